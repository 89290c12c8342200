#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "marginwatch.h"
#include "monthclose.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// A month as the finance dashboard (经营概览) shows it: MonthClose's figures, so that the
/// dashboard, the month close page and `hearthctl profit --by month` agree to the fen, and the
/// receivables open at the month's end.
struct DashboardMonth
{
    MonthFigures figures;
    /// Receivables open (应收未收) at the end of the month's last day: for every order not
    /// cancelled nor deleted and signed by then, its total rounded to the fen once, less the
    /// deposit its channel reported paid, less its receipts received by then net of refunds
    /// (ReceiptBook's OrderBalance::dueFen as of that day, added up; an order paid more than
    /// its total lowers the sum).
    qint64 receivablesFen = 0;
    /// Profit ÷ revenue, rounded to the micro; none without revenue.
    std::optional<Core::Decimal> margin() const;
};

/// One month of the dashboard's trend: revenue and profit of the orders signed in it.
struct MonthTrend
{
    QString month;  // "2026-03"
    qint64 revenueFen = 0;
    qint64 profitFen = 0;
};

/// A dealer with account entries in a month and no confirmed statement covering the month as
/// it stands (MonthClose's dealer statement check, one row a dealer).
struct UnconfirmedStatement
{
    QString dealerUnitId;
    QString code;
    QString name;
    QDate from;  // the month's first and last day
    QDate to;
    bool changed = false;  // a statement was confirmed, but entries changed it since
};

/// Where the close of a month stands.
struct CloseState
{
    QString month;
    FinancePeriod period;
    /// Why it cannot be closed now (MonthClose::closable), empty when it is closed or can be.
    QString refusal;
};

/// The figures of the finance dashboard. Logic only: the page is Finance::DashboardPage.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::DashboardFigures)

public:
    static Core::Result<DashboardMonth> month(Storage::Connection &c, const QString &month);
    /// Several months at once: the receivables of all of them in one pass over the orders.
    static Core::Result<QList<DashboardMonth>> months(Storage::Connection &c,
                                                      const QStringList &months);
    /// The receivables open at the end of day (see DashboardMonth::receivablesFen), in SQL.
    static Core::Result<qint64> receivablesAt(Storage::Connection &c, QDate day);
    /// The same at the end of each day, in one pass.
    static Core::Result<QList<qint64>> receivablesAt(Storage::Connection &c,
                                                     const QList<QDate> &days);
    /// Revenue and profit of the `count` months ending with lastMonth, oldest first, months
    /// without orders at 0. Summed in SQL by month (no order is held in memory) and rounded
    /// as ProfitReport rounds a group, so each month equals MonthClose::figures.
    static Core::Result<QList<MonthTrend>> trend(Storage::Connection &c,
                                                 const QString &lastMonth, int count = 12);
    /// MarginWatch's orders losing money or below the margin, the largest loss first.
    static Core::Result<QList<MarginRow>> worstOrders(Storage::Connection &c, int limit = 10);
    static Core::Result<QList<UnconfirmedStatement>> unconfirmedStatements(
        Storage::Connection &c, const QString &month);
    /// Runs MonthClose's checks (gathering pending costs first) unless the month is closed.
    static Core::Result<CloseState> closeState(Storage::Connection &c, const QString &month);
    /// The last month that has ended on the site's calendar on today (invalid: now).
    static QString lastEndedMonth(Storage::Connection &c, QDate today = {});
    static QDate siteToday(Storage::Connection &c);
};

} // namespace Hearth::Finance
