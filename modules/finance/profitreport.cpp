#include "profitreport.h"

#include "allocation.h"
#include "core/money.h"
#include "logging.h"
#include "orders/salesorder.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>

namespace Hearth::Finance {

namespace {

/// Every query reads the same lines, so that the groups of any kind add up to the same total.
/// A line of an order costed by cost lines (led) adds its revenue only: the cost lines are
/// added per group by addLedger().
QByteArray selectLines(const char *key, const char *label, const char *rest)
{
    return QByteArray("WITH led(order_id) AS (SELECT DISTINCT order_id FROM cost_lines "
                      "WHERE deleted = 0) SELECT ")
           + key + ", " + label
           + ", COUNT(DISTINCT o.id), COUNT(*), "
             "SUM(l.profit_micros IS NULL AND led.order_id IS NULL), "
             "SUM(l.amount_micros), "
             "SUM(CASE WHEN l.profit_micros IS NULL OR led.order_id IS NOT NULL THEN 0 "
             "ELSE l.amount_micros - l.profit_micros END) "
             "FROM order_lines l JOIN sales_orders o ON o.id = l.order_id "
             "LEFT JOIN products p ON p.id = l.product_id "
             "LEFT JOIN partners d ON d.id = o.dealer_id "
             "LEFT JOIN led ON led.order_id = COALESCE(o.parent_order_id, o.id) "
             "WHERE l.deleted = 0 AND o.deleted = 0 AND o.status <> 'cancelled' "
           + rest;
}

/// An order costed by its cost lines, with the keys of the order-level groups (the region
/// falling back to the province as sqlFor's does).
struct LedOrder
{
    QString id;
    QString keys[int(ProfitReport::GroupBy::Month) + 1];
    QString label;  // by order: the channel's order number; by dealer: the dealer's name
    QString dealerName;
    qint64 costFen = 0;
};

/// Orders signed in month ("2026-03", one bound parameter ?1), through the signing date's index.
constexpr const char *signedInMonth =
    "AND o.signed_on >= ?1 || '-01' AND o.signed_on <= ?1 || '-31' ";

/// The orders costed by cost lines; month: only those signed in it.
Core::Result<QList<LedOrder>> ledOrders(Storage::Connection &c, const QString &month = {})
{
    // For one month the orders come first, through the signing date's index (CROSS JOIN
    // keeps SQLite from scanning every cost line; "+o.id" from walking orders by id).
    const QByteArray sql =
        QByteArray("SELECT o.id, o.order_no, COALESCE(o.channel_order_no, o.order_no), "
                   "COALESCE(NULLIF(o.region, ''), o.province, ''), o.channel, "
                   "COALESCE(d.code, ''), COALESCE(d.name, ''), "
                   "COALESCE(substr(o.signed_on, 1, 7), ''), SUM(k.amount_fen) ")
        + (month.isEmpty() ? "FROM cost_lines k JOIN sales_orders o ON o.id = k.order_id "
                           : "FROM sales_orders o CROSS JOIN cost_lines k ON k.order_id = o.id ")
        + "LEFT JOIN partners d ON d.id = o.dealer_id "
          "WHERE k.deleted = 0 AND o.deleted = 0 AND o.status <> 'cancelled' "
        + (month.isEmpty() ? QByteArray("GROUP BY o.id ")
                           : QByteArray(signedInMonth) + "GROUP BY +o.id ")
        + "ORDER BY o.order_no";
    // Not Connection::prepare(): its cache is keyed by the text's address, for literals.
    Storage::Statement q(c.handle(), sql.constData());
    if (!month.isEmpty())
        q.bind(1, month);
    using G = ProfitReport::GroupBy;
    QList<LedOrder> out;
    while (q.next()) {
        LedOrder o;
        o.id = q.text(0);
        o.keys[int(G::Order)] = q.text(1);
        o.label = q.text(2);
        o.keys[int(G::Region)] = q.text(3);
        o.keys[int(G::Channel)] = q.text(4);
        o.keys[int(G::Dealer)] = q.text(5);
        o.dealerName = q.text(6);
        o.keys[int(G::Month)] = q.text(7);
        o.costFen = q.int64(8);
        out.append(o);
    }
    if (q.failed()) {
        const QString error = q.error();
        q.reset();
        return Core::Error{ProfitReport::tr("the cost lines could not be read: %1").arg(error),
                           QStringLiteral("cost_lines")};
    }
    q.reset();
    return out;
}

/// An order's cost split over its lines' categories by their amounts; all lines alike when
/// the amounts add up to nothing, one uncategorised part when it has no lines.
Core::Result<QList<QPair<QString, qint64>>> byCategory(Storage::Connection &c,
                                                       const LedOrder &o)
{
    Storage::Statement &q = c.prepare(
        "SELECT COALESCE(l.category, p.category, ''), l.amount_micros FROM order_lines l "
        "LEFT JOIN products p ON p.id = l.product_id "
        "WHERE l.order_id = ? AND l.deleted = 0 ORDER BY l.line_no");
    q.bind(1, o.id);
    QStringList keys;
    QList<qint64> weights;
    qint64 sum = 0;
    while (q.next()) {
        keys.append(q.text(0));
        weights.append(q.int64(1));
        sum += q.int64(1);
    }
    if (q.failed()) {
        const QString error = q.error();
        q.reset();
        return Core::Error{ProfitReport::tr("the order lines could not be read: %1").arg(error),
                           QStringLiteral("order_lines")};
    }
    q.reset();
    if (keys.isEmpty())
        return QList<QPair<QString, qint64>>{{QString(), o.costFen}};
    if (sum == 0)
        std::fill(weights.begin(), weights.end(), 1);
    const auto parts = Allocation::split(o.costFen, weights);
    if (!parts)
        return parts.error();
    QList<QPair<QString, qint64>> out;
    for (qsizetype i = 0; i < keys.size(); ++i)
        out.append({keys.at(i), parts->at(i)});
    return out;
}

/// Adds the cost lines of the orders costed by them to the groups (by nullopt: the total).
Core::Status addLedger(Storage::Connection &c, std::optional<ProfitReport::GroupBy> by,
                       QList<ProfitRow> &rows, const QString &month = {})
{
    const auto orders = ledOrders(c, month);
    if (!orders)
        return orders.error();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).key, i);
    const auto add = [&](const LedOrder &o, const QString &key, qint64 fen) {
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            // An order with costs and no lines yet: a group of its own with no revenue.
            ProfitRow r;
            r.key = key;
            if (by == ProfitReport::GroupBy::Order)
                r.label = o.label;
            else if (by == ProfitReport::GroupBy::Dealer)
                r.label = o.dealerName;
            r.orders = 1;
            it = index.insert(key, rows.size());
            rows.append(r);
        }
        ProfitRow &r = rows[*it];
        r.ledgerCostFen += fen;
        r.cost += Core::Decimal::fromMicros(fen * 10'000);
        ++r.ordersWithCostLines;
    };
    for (const LedOrder &o : *orders) {
        if (!by) {
            add(o, rows.isEmpty() ? QString() : rows.first().key, o.costFen);
        } else if (*by == ProfitReport::GroupBy::Category) {
            const auto parts = byCategory(c, o);
            if (!parts)
                return parts.error();
            QHash<QString, qint64> perKey;
            QStringList keys;
            for (const auto &[key, part] : *parts) {
                if (!perKey.contains(key))
                    keys.append(key);
                perKey[key] += part;
            }
            for (const QString &key : std::as_const(keys))
                add(o, key, perKey.value(key));
        } else {
            add(o, o.keys[int(*by)], o.costFen);
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const ProfitRow &a, const ProfitRow &b) { return a.key < b.key; });
    return {};
}

/// An order's region for grouping: the imported region (Superstore's "Central", "East", ...)
/// where it has one, else its province (the orders entered or imported without a region), so
/// that by region no order with an address falls into the group of none.
constexpr const char *regionKey = "COALESCE(NULLIF(o.region, ''), o.province, '')";

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
        return selectLines(regionKey, "''", "GROUP BY 1 ORDER BY 1");
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
    return fen(profit() + Core::Decimal::fromMicros(ledgerCostFen * 10'000)) - ledgerCostFen;
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
                  {QStringLiteral("lines_without_cost"), linesWithoutCost},
                  {QStringLiteral("orders_with_cost_lines"), ordersWithCostLines}};
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
            rows.append(std::move(r));
    }
    if (q.failed())
        return Core::Error{tr("the profit by %1 could not be read: %2")
                               .arg(groupCode(by), q.error()),
                           QStringLiteral("order_lines")};
    if (Core::Status s = addLedger(c, by, rows); !s)
        return s.error();
    for (ProfitRow &r : rows) {
        if (by == GroupBy::Channel) {
            if (const auto channel = Orders::channelFromCode(r.key))
                r.label = Orders::channelName(*channel);
        }
        if (r.label.isEmpty())
            r.label = r.key;
    }
    qCInfo(lcFinance) << "profit by" << groupCode(by) << rows.size() << "groups in"
                      << timer.elapsed() << "ms";
    return rows;
}

Core::Result<ProfitRow> ProfitReport::month(Storage::Connection &c, const QString &month)
{
    const QByteArray sql = selectLines("?1", "''", signedInMonth);
    Storage::Statement q(c.handle(), sql.constData());
    q.bind(1, month);
    QList<ProfitRow> rows;
    if (q.next() && q.int64(3) > 0)
        rows.append(rowFrom(q));
    if (q.failed()) {
        return Core::Error{tr("the profit of %1 could not be read: %2").arg(month, q.error()),
                           QStringLiteral("order_lines")};
    }
    q.reset();
    if (Core::Status s = addLedger(c, GroupBy::Month, rows, month); !s)
        return s.error();
    ProfitRow r = rows.isEmpty() ? ProfitRow() : rows.first();
    r.key = month;
    r.label = month;
    return r;
}

Core::Result<ProfitRow> ProfitReport::total(Storage::Connection &c)
{
    const QByteArray sql = selectLines("''", "''", "");
    Storage::Statement q(c.handle(), sql.constData());
    if (!q.next()) {
        return Core::Error{tr("the profit total could not be read: %1").arg(q.error()),
                           QStringLiteral("order_lines")};
    }
    QList<ProfitRow> rows{rowFrom(q)};
    q.reset();
    rows[0].key = QString();
    if (Core::Status s = addLedger(c, std::nullopt, rows); !s)
        return s.error();
    ProfitRow r = rows.first();
    r.key = QStringLiteral("total");
    r.label = tr("Total");
    return r;
}

} // namespace Hearth::Finance
