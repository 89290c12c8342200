#include "profitreport.h"

#include "core/money.h"
#include "logging.h"
#include "orders/salesorder.h"
#include "storage/database.h"

#include <QElapsedTimer>

namespace Hearth::Finance {

namespace {

/// Every query reads the same lines, so that the groups of any kind add up to the same total.
QByteArray selectLines(const char *key, const char *label, const char *rest)
{
    return QByteArray("SELECT ") + key + ", " + label
           + ", COUNT(DISTINCT o.id), COUNT(*), SUM(l.profit_micros IS NULL), "
             "SUM(l.amount_micros), "
             "SUM(CASE WHEN l.profit_micros IS NULL THEN 0 "
             "ELSE l.amount_micros - l.profit_micros END) "
             "FROM order_lines l JOIN sales_orders o ON o.id = l.order_id "
             "LEFT JOIN products p ON p.id = l.product_id "
             "LEFT JOIN partners d ON d.id = o.dealer_id "
             "WHERE l.deleted = 0 AND o.deleted = 0 AND o.status <> 'cancelled' "
           + rest;
}

QByteArray sqlFor(ProfitReport::GroupBy by)
{
    using G = ProfitReport::GroupBy;
    switch (by) {
    case G::Order:
        return selectLines("o.order_no", "MIN(COALESCE(o.channel_order_no, o.order_no))",
                           "GROUP BY o.order_no ORDER BY 1");
    case G::Category:
        return selectLines("COALESCE(l.category, p.category, '')", "''", "GROUP BY 1 ORDER BY 1");
    case G::Region:
        return selectLines("COALESCE(o.region, '')", "''", "GROUP BY 1 ORDER BY 1");
    case G::Channel:
        return selectLines("o.channel", "''", "GROUP BY 1 ORDER BY 1");
    case G::Dealer:
        return selectLines("COALESCE(d.code, '')", "COALESCE(MIN(d.name), '')",
                           "GROUP BY 1 ORDER BY 1");
    case G::Month:
        return selectLines("COALESCE(substr(o.signed_on, 1, 7), '')", "''",
                           "GROUP BY 1 ORDER BY 1");
    }
    return {};
}

ProfitRow rowFrom(Storage::Statement &q)
{
    ProfitRow r;
    r.key = q.text(0);
    r.label = q.text(1);
    r.orders = q.int64(2);
    r.lines = q.int64(3);
    r.linesWithoutCost = q.int64(4);
    r.revenue = Core::Decimal::fromMicros(q.int64(5));
    r.cost = Core::Decimal::fromMicros(q.int64(6));
    return r;
}

qint64 fen(Core::Decimal d)
{
    return Core::Money::fromDecimal(d).minor();
}

} // namespace

qint64 ProfitRow::revenueFen() const
{
    return fen(revenue);
}

qint64 ProfitRow::costFen() const
{
    return revenueFen() - profitFen();
}

qint64 ProfitRow::profitFen() const
{
    return fen(profit());
}

QJsonObject ProfitRow::toJson() const
{
    const auto money = [](qint64 fen) { return Core::Money(fen).toString(); };
    QJsonObject o{{QStringLiteral("key"), key},
                  {QStringLiteral("orders"), orders},
                  {QStringLiteral("lines"), lines},
                  {QStringLiteral("revenue"), money(revenueFen())},
                  {QStringLiteral("cost"), money(costFen())},
                  {QStringLiteral("profit"), money(profitFen())},
                  {QStringLiteral("revenue_exact"), revenue.toString(2)},
                  {QStringLiteral("profit_exact"), profit().toString(2)},
                  {QStringLiteral("lines_without_cost"), linesWithoutCost}};
    if (label != key)
        o.insert(QStringLiteral("label"), label);
    return o;
}

QString ProfitReport::groupCode(GroupBy by)
{
    switch (by) {
    case GroupBy::Order:
        return QStringLiteral("order");
    case GroupBy::Category:
        return QStringLiteral("category");
    case GroupBy::Region:
        return QStringLiteral("region");
    case GroupBy::Channel:
        return QStringLiteral("channel");
    case GroupBy::Dealer:
        return QStringLiteral("dealer");
    case GroupBy::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<ProfitReport::GroupBy> ProfitReport::groupFromCode(const QString &code)
{
    for (GroupBy by : {GroupBy::Order, GroupBy::Category, GroupBy::Region, GroupBy::Channel,
                       GroupBy::Dealer, GroupBy::Month}) {
        if (groupCode(by) == code)
            return by;
    }
    return std::nullopt;
}

Core::Result<QList<ProfitRow>> ProfitReport::build(Storage::Connection &c, GroupBy by)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray sql = sqlFor(by);
    Storage::Statement q(c.handle(), sql.constData());
    QList<ProfitRow> rows;
    while (q.next()) {
        ProfitRow r = rowFrom(q);
        if (by == GroupBy::Channel) {
            if (const auto channel = Orders::channelFromCode(r.key))
                r.label = Orders::channelName(*channel);
        }
        if (r.label.isEmpty())
            r.label = r.key;
        rows.append(std::move(r));
    }
    if (q.failed())
        return Core::Error{tr("the profit by %1 could not be read: %2")
                               .arg(groupCode(by), q.error()),
                           QStringLiteral("order_lines")};
    qCInfo(lcFinance) << "profit by" << groupCode(by) << rows.size() << "groups in"
                      << timer.elapsed() << "ms";
    return rows;
}

Core::Result<ProfitRow> ProfitReport::total(Storage::Connection &c)
{
    const QByteArray sql = selectLines("''", "''", "");
    Storage::Statement q(c.handle(), sql.constData());
    if (!q.next()) {
        return Core::Error{tr("the profit total could not be read: %1").arg(q.error()),
                           QStringLiteral("order_lines")};
    }
    ProfitRow r = rowFrom(q);
    r.key = QStringLiteral("total");
    r.label = tr("Total");
    return r;
}

} // namespace Hearth::Finance
