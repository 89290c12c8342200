#pragma once

#include "core/decimal.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Hearth::Finance {

/// How the finance pages write money and margins: "¥12,345.67", "−¥82.50", "12.3 %".
class FinanceFormat
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::FinanceFormat)

public:
    static QString fen(qint64 fen);
    /// Yuan without the sign, for narrow chart labels: "1,234" (rounded half away from zero).
    static QString yuanShort(qint64 fen);
    static QString margin(const std::optional<Core::Decimal> &margin);
};

} // namespace Hearth::Finance
