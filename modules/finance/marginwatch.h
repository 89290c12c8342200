#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// An order's revenue against its gathered cost.
struct MarginRow
{
    QString orderId;
    QString orderNo;
    QString customer;
    qint64 revenueFen = 0;
    qint64 costFen = 0;
    qint64 profitFen() const { return revenueFen - costFen; }
    std::optional<Core::Decimal> margin;  // profit ÷ revenue; none without revenue
};

/// The orders losing money or earning less than the lowest margin the company accepts
/// (setting finance.min_margin, 0.15 unless set), worst first.
class MarginWatch
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::MarginWatch)

public:
    static constexpr char MinMarginKey[] = "finance.min_margin";

    static Core::Result<Core::Decimal> minMargin(Storage::Connection &c);
    static Core::Status setMinMargin(Storage::Connection &c, Core::Decimal margin);

    /// Orders (not cancelled, not re-makes) with cost lines whose profit is below zero or
    /// whose margin is below minMargin, lowest margin first (no revenue counts lowest).
    static Core::Result<QList<MarginRow>> below(Storage::Connection &c, Core::Decimal minMargin);
};

} // namespace Hearth::Finance
