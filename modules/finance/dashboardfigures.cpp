#include "dashboardfigures.h"

#include "costledger.h"
#include "dealerstatements.h"
#include "logging.h"
#include "profitreport.h"
#include "storage/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace Hearth::Finance {

namespace {

Core::Error readError(Storage::Statement &q, const char *table)
{
    return Core::Error{DashboardFigures::tr("the dashboard could not read %1: %2")
                           .arg(QLatin1String(table), q.error()),
                       QLatin1String(table)};
}

Core::Error badMonth(const QString &month)
{
    return Core::Error{DashboardFigures::tr("expected a month such as 2026-03, not \"%1\"")
                           .arg(month),
                       QStringLiteral("month")};
}

} // namespace

std::optional<Core::Decimal> DashboardMonth::margin() const
{
    if (figures.revenueFen == 0)
        return std::nullopt;
    return Core::Decimal::fromMicros(
        CostLedger::mulDivRound(figures.profitFen, Core::Decimal::One, figures.revenueFen));
}

Core::Result<DashboardMonth> DashboardFigures::month(Storage::Connection &c, const QString &month)
{
    const auto list = months(c, {month});
    if (!list)
        return list.error();
    return list->first();
}

Core::Result<QList<DashboardMonth>> DashboardFigures::months(Storage::Connection &c,
                                                             const QStringList &months)
{
    QList<DashboardMonth> out;
    QList<QDate> ends;
    for (const QString &month : months) {
        const QDate first = MonthClose::firstDay(month);
        if (!first.isValid())
            return badMonth(month);
        const auto figures = MonthClose::figures(c, month);
        if (!figures)
            return figures.error();
        out.append({*figures, 0});
        ends.append(first.addMonths(1).addDays(-1));
    }
    const auto open = receivablesAt(c, ends);
    if (!open)
        return open.error();
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].receivablesFen = open->at(i);
    return out;
}

Core::Result<qint64> DashboardFigures::receivablesAt(Storage::Connection &c, QDate day)
{
    const auto open = receivablesAt(c, QList<QDate>{day});
    if (!open)
        return open.error();
    return open->first();
}

Core::Result<QList<qint64>> DashboardFigures::receivablesAt(Storage::Connection &c,
                                                           const QList<QDate> &days)
{
    QList<qint64> out(days.size(), 0);
    if (days.isEmpty())
        return out;
    // One column a day: ?1 is the latest day, ?2... the days asked. The totals are rounded per
    // order as ReceiptBook::balance and the dealer ledger round them.
    QByteArray totals = "SELECT ";
    QByteArray paid = "SELECT ";
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QByteArray day = "?" + QByteArray::number(i + 2);
        const QByteArray comma = i == 0 ? "" : ", ";
        totals += comma + "COALESCE(SUM(CASE WHEN o.signed_on <= " + day
                  + " THEN (CASE WHEN o.total_micros >= 0 THEN (o.total_micros + 5000) / 10000 "
                    "ELSE -((5000 - o.total_micros) / 10000) END) - o.deposit_fen END), 0)";
        paid += comma + "COALESCE(SUM(CASE WHEN r.received_on <= " + day + " AND o.signed_on <= "
                + day + " THEN (CASE WHEN r.kind = 'refund' THEN -r.amount_fen "
                        "ELSE r.amount_fen END) END), 0)";
    }
    totals += " FROM sales_orders o WHERE o.deleted = 0 AND o.status <> 'cancelled' "
              "AND o.signed_on <= ?1";
    paid += " FROM receipts r JOIN sales_orders o ON o.id = r.order_id WHERE r.deleted = 0 "
            "AND r.received_on <= ?1 AND o.deleted = 0 AND o.status <> 'cancelled' "
            "AND o.signed_on <= ?1";
    const QDate latest = *std::max_element(days.begin(), days.end());
    for (const QByteArray *sql : {&totals, &paid}) {
        Storage::Statement q(c.handle(), sql->constData());
        q.bind(1, latest.toString(Qt::ISODate));
        for (qsizetype i = 0; i < days.size(); ++i)
            q.bind(int(i + 2), days.at(i).toString(Qt::ISODate));
        if (!q.next())
            return readError(q, "sales_orders");
        const int sign = sql == &totals ? 1 : -1;
        for (qsizetype i = 0; i < days.size(); ++i)
            out[i] += sign * q.int64(int(i));
    }
    return out;
}

Core::Result<QList<MonthTrend>> DashboardFigures::trend(Storage::Connection &c,
                                                        const QString &lastMonth, int count)
{
    const QDate last = MonthClose::firstDay(lastMonth);
    if (!last.isValid())
        return badMonth(lastMonth);
    QElapsedTimer timer;
    timer.start();
    const QDate first = last.addMonths(1 - qMax(count, 1));
    const QString from = first.toString(Qt::ISODate);
    const QString until = last.addMonths(1).toString(Qt::ISODate);

    // ProfitReport's month groups, limited to the months shown: the lines' revenue and own
    // cost (none for an order costed by its cost lines, or a re-make of one), then the cost
    // lines of the orders signed in each month.
    struct Sums
    {
        qint64 revenueMicros = 0;
        qint64 lineCostMicros = 0;
        qint64 ledgerFen = 0;
    };
    QHash<QString, Sums> sums;
    Storage::Statement lines(
        c.handle(),
        "SELECT substr(o.signed_on, 1, 7), SUM(l.amount_micros), "
        "SUM(CASE WHEN l.profit_micros IS NULL OR EXISTS (SELECT 1 FROM cost_lines k "
        "WHERE k.order_id = COALESCE(o.parent_order_id, o.id) AND k.deleted = 0) THEN 0 "
        "ELSE l.amount_micros - l.profit_micros END) "
        "FROM sales_orders o JOIN order_lines l ON l.order_id = o.id AND l.deleted = 0 "
        "WHERE o.deleted = 0 AND o.status <> 'cancelled' AND o.signed_on >= ?1 "
        "AND o.signed_on < ?2 GROUP BY 1");
    lines.bind(1, from).bind(2, until);
    while (lines.next()) {
        Sums &s = sums[lines.text(0)];
        s.revenueMicros = lines.int64(1);
        s.lineCostMicros = lines.int64(2);
    }
    if (lines.failed())
        return readError(lines, "order_lines");
    Storage::Statement ledger(c.handle(),
                              "SELECT substr(o.signed_on, 1, 7), SUM(k.amount_fen) "
                              "FROM sales_orders o JOIN cost_lines k ON k.order_id = o.id "
                              "AND k.deleted = 0 WHERE o.deleted = 0 "
                              "AND o.status <> 'cancelled' AND o.signed_on >= ?1 "
                              "AND o.signed_on < ?2 GROUP BY 1");
    ledger.bind(1, from).bind(2, until);
    while (ledger.next())
        sums[ledger.text(0)].ledgerFen = ledger.int64(1);
    if (ledger.failed())
        return readError(ledger, "cost_lines");

    QList<MonthTrend> out;
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const QString key = MonthClose::monthOf(m);
        const Sums s = sums.value(key);
        // Rounded by ProfitRow itself, as ProfitReport rounds its month group.
        ProfitRow row;
        row.revenue = Core::Decimal::fromMicros(s.revenueMicros);
        row.cost = Core::Decimal::fromMicros(s.lineCostMicros)
                   + Core::Decimal::fromMicros(s.ledgerFen * 10'000);
        row.ledgerCostFen = s.ledgerFen;
        out.append({key, row.revenueFen(), row.profitFen()});
    }
    qCInfo(lcFinance) << "dashboard trend of" << out.size() << "months in" << timer.elapsed()
                      << "ms";
    return out;
}

Core::Result<QList<MarginRow>> DashboardFigures::worstOrders(Storage::Connection &c, int limit)
{
    const auto minMargin = MarginWatch::minMargin(c);
    if (!minMargin)
        return minMargin.error();
    const auto below = MarginWatch::below(c, *minMargin);
    if (!below)
        return below.error();
    QList<MarginRow> rows = *below;
    std::stable_sort(rows.begin(), rows.end(), [](const MarginRow &a, const MarginRow &b) {
        return a.profitFen() < b.profitFen();
    });
    if (rows.size() > limit)
        rows.resize(qMax(limit, 0));
    return rows;
}

Core::Result<QList<UnconfirmedStatement>> DashboardFigures::unconfirmedStatements(
    Storage::Connection &c, const QString &month)
{
    const QDate first = MonthClose::firstDay(month);
    if (!first.isValid())
        return badMonth(month);
    const QDate last = first.addMonths(1).addDays(-1);
    Storage::Statement units(c.handle(),
                             "SELECT DISTINCT e.dealer_unit_id, u.code, u.name "
                             "FROM dealer_account_entries e "
                             "JOIN org_units u ON u.id = e.dealer_unit_id "
                             "WHERE e.entry_on BETWEEN ? AND ? ORDER BY u.code");
    units.bind(1, first.toString(Qt::ISODate)).bind(2, last.toString(Qt::ISODate));
    QList<UnconfirmedStatement> dealers;
    while (units.next())
        dealers.append({units.text(0), units.text(1), units.text(2), first, last, false});
    if (units.failed())
        return readError(units, "dealer_account_entries");

    QList<UnconfirmedStatement> out;
    for (UnconfirmedStatement &d : dealers) {
        // The statement MonthClose's check looks at: the latest confirmed one covering the month.
        Storage::Statement conf(c.handle(),
                                "SELECT period_from, period_to FROM dealer_statements "
                                "WHERE dealer_unit_id = ? AND deleted = 0 AND period_from <= ? "
                                "AND period_to >= ? ORDER BY confirmed_on DESC, "
                                "recorded_at DESC LIMIT 1");
        conf.bind(1, d.dealerUnitId)
            .bind(2, first.toString(Qt::ISODate))
            .bind(3, last.toString(Qt::ISODate));
        if (conf.next()) {
            const auto s = DealerStatements::build(
                c, d.dealerUnitId, QDate::fromString(conf.text(0), Qt::ISODate),
                QDate::fromString(conf.text(1), Qt::ISODate));
            if (!s)
                return s.error();
            if (!s->changedSinceConfirmation())
                continue;
            d.changed = true;
        } else if (conf.failed()) {
            return readError(conf, "dealer_statements");
        }
        out.append(d);
    }
    return out;
}

Core::Result<CloseState> DashboardFigures::closeState(Storage::Connection &c,
                                                      const QString &month)
{
    CloseState state;
    state.month = month;
    const auto period = MonthClose::period(c, month);
    if (!period)
        return period.error();
    state.period = *period;
    if (period->isClosed())
        return state;
    const auto checks = MonthClose::checklist(c, month);
    if (!checks)
        return checks.error();
    if (Core::Status s = MonthClose::closable(c, month, *checks); !s)
        state.refusal = s.error().message;
    return state;
}

QDate DashboardFigures::siteToday(Storage::Connection &c)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(CostLedger::siteZone(c)).date();
}

QString DashboardFigures::lastEndedMonth(Storage::Connection &c, QDate today)
{
    if (!today.isValid())
        today = siteToday(c);
    return MonthClose::monthOf(today.addMonths(-1));
}

} // namespace Hearth::Finance
