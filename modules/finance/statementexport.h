#pragma once

#include "core/result.h"
#include "finance/dealerstatement.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Finance {

/// A dealer statement (对账单) as an xlsx workbook (libxlsxwriter) or an A4 PDF (QPdfWriter,
/// Chinese font embedded), with the summary, every entry and the dealer's confirmation or a
/// line to sign. Both need finance built with Qt6::Gui and libxlsxwriter; without them
/// available() is false and the exports return an error saying so. The PDF also needs a
/// QGuiApplication (fonts): hearth has one, an offscreen one serves the command line.
class StatementExport
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::StatementExport)

public:
    static bool available();
    static Core::Status toXlsx(const DealerStatement &statement, const QString &path);
    static Core::Status toPdf(const DealerStatement &statement, const QString &path);
    /// "12,345.60" for 1234560 fen: yuan with grouping, two decimals, a minus sign when below 0.
    static QString yuan(qint64 fen);
};

} // namespace Hearth::Finance
