#include "orderquery.h"

#include "core/searchtext.h"
#include "storage/database.h"

#include <QVariant>

#include <algorithm>
#include <optional>
#include <string>

namespace Hearth::Orders {

using Storage::Statement;

namespace {

struct Where
{
    QString sql;
    QVariantList values;
};

// How a page with a search finds its rows. Measured at a million orders: reading every match
// and sorting them costs ~2.5 µs a match; walking the sort's index costs ~0.1 µs a match to
// build the set of matches first, or, checking each walked order with its own FTS5 lookup,
// ~25 µs a walked order for a single token (phrases and prefixes cost several times more).
enum class SearchPath { FromMatches, AlongIndex, AlongIndexChecking };

struct SearchPlan
{
    SearchPath path = SearchPath::FromMatches;
    QString matches;  // FromMatches: the matching rowids as a JSON array, read once
};

// Fewer matches than this are read and sorted (the two ways cost about the same near 5,000).
constexpr int commonSearchMatches = 5000;

/// The cheapest way to a search's page that needs rowsNeeded rows (offset and limit). The full
/// text index is read once for a search with few matches: a short prefix ("hx"*) can cost as
/// much as the rest of the query.
SearchPlan searchPlan(const QString &match, qint64 rowsNeeded)
{
    Storage::Connection &c = Storage::Database::connection();
    Statement &hits = c.prepare("SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?");
    hits.bind(1, match);
    std::string ids = "[";
    qint64 count = 0;
    qint64 last = 0;
    while (count < commonSearchMatches && hits.next()) {
        last = hits.int64(0);
        if (count++ > 0)
            ids += ',';
        ids += std::to_string(last);
    }
    hits.reset();
    if (count < commonSearchMatches || last <= 0) {
        ids += ']';
        return {SearchPath::FromMatches, QString::fromLatin1(ids.data(), qsizetype(ids.size()))};
    }

    // The first matches, in rowid order, show how densely the matches lie among the orders.
    Statement &orders = c.prepare("SELECT MAX(rowid) FROM sales_orders");
    const qint64 lastOrder = orders.next() ? orders.int64(0) : last;
    orders.reset();
    const double density = double(count) / double(last);
    const double walked = double(rowsNeeded) / density;
    const double matches = density * double(std::max(lastOrder, last));
    const bool oneToken = match.size() > 2 && match.startsWith(u'"') && match.endsWith(u'"')
        && match.count(u'"') == 2 && !match.contains(u' ');
    return {oneToken && walked * 250 < matches ? SearchPath::AlongIndexChecking
                                               : SearchPath::AlongIndex,
            {}};
}

/// The filter in SQL. With a plan, a search's matches come from it: read already, or checked
/// row by row so that the query walks the sort's index instead of starting from the matches.
Where whereClause(const OrderFilter &f, const SearchPlan *plan = nullptr)
{
    QStringList parts{QStringLiteral("o.deleted = 0")};
    QVariantList values;
    if (f.channel) {
        parts << QStringLiteral("o.channel = ?");
        values << channelCode(*f.channel);
    }
    if (f.status) {
        parts << QStringLiteral("o.status = ?");
        values << statusCode(*f.status);
    }
    if (f.signedFrom.isValid()) {
        parts << QStringLiteral("o.signed_on >= ?");
        values << f.signedFrom.toString(Qt::ISODate);
    }
    if (f.signedTo.isValid()) {
        parts << QStringLiteral("o.signed_on <= ?");
        values << f.signedTo.toString(Qt::ISODate);
    }
    if (!f.dealerId.isEmpty()) {
        parts << QStringLiteral("o.dealer_id = ?");
        values << f.dealerId;
    }
    if (!f.province.isEmpty()) {
        parts << QStringLiteral("o.province = ?");
        values << f.province;
    }
    const QString match = Core::SearchText::matchQuery(f.search);
    if (!match.isEmpty()) {
        switch (plan ? plan->path : SearchPath::FromMatches) {
        case SearchPath::FromMatches:
            if (plan) {
                parts << QStringLiteral("o.rowid IN (SELECT value FROM json_each(?))");
                values << plan->matches;
            } else {
                parts << QStringLiteral(
                    "o.rowid IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)");
                values << match;
            }
            break;
        case SearchPath::AlongIndex:
            parts << QStringLiteral(
                "+o.rowid IN (SELECT rowid FROM orders_fts WHERE orders_fts MATCH ?)");
            values << match;
            break;
        case SearchPath::AlongIndexChecking:
            parts << QStringLiteral("EXISTS (SELECT 1 FROM orders_fts f WHERE f.orders_fts "
                                    "MATCH ? AND f.rowid = o.rowid)");
            values << match;
            break;
        }
    } else if (!f.search.trimmed().isEmpty()) {
        // A search of only characters the index does not keep (🪑, punctuation) finds nothing.
        parts << QStringLiteral("0");
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

// The ORDER BY for a sort, in terms an index serves: the columns with few distinct values
// (channel, status, province) go on by date, as their indexes do.
QString orderBy(OrderSort sort, const QString &dir)
{
    auto by = [&dir](std::initializer_list<const char *> columns) {
        QStringList parts;
        for (const char *c : columns)
            parts << QLatin1String(c) + u' ' + dir;
        return parts.join(QStringLiteral(", "));
    };
    switch (sort) {
    case OrderSort::OrderNo:
        return by({"o.order_no"});
    case OrderSort::Channel:
        return by({"o.channel", "o.signed_on", "o.order_no"});
    case OrderSort::SignedOn:
        return by({"o.signed_on", "o.order_no"});
    case OrderSort::PromisedOn:
        return by({"o.promised_on", "o.order_no"});
    case OrderSort::Status:
        return by({"o.status", "o.signed_on", "o.order_no"});
    case OrderSort::Total:
        return by({"o.total_micros", "o.order_no"});
    case OrderSort::Province:
        return by({"o.province", "o.signed_on", "o.order_no"});
    }
    return by({"o.signed_on", "o.order_no"});
}

// Statements built at run time are not cached by the connection; this keeps them alive.
class DynamicStatement
{
public:
    explicit DynamicStatement(const QString &sql)
        : m_sql(sql.toUtf8()), m_statement(Storage::Database::connection().handle(),
                                           m_sql.constData())
    {}
    Statement &get() { return m_statement; }

private:
    QByteArray m_sql;
    Statement m_statement;
};

} // namespace

QList<OrderRow> OrderQuery::page(const OrderFilter &filter, OrderSort sort, bool descending,
                                 qint64 offset, int limit)
{
    const QString match = Core::SearchText::matchQuery(filter.search);
    const std::optional<SearchPlan> plan = match.isEmpty()
        ? std::nullopt
        : std::optional<SearchPlan>(searchPlan(match, offset + limit));
    const Where w = whereClause(filter, plan ? &*plan : nullptr);
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString columns = QStringLiteral(
        "SELECT o.id, o.order_no, o.channel, o.channel_order_no, c.name, c.mobile, o.province, "
        "o.city, d.name, o.signed_on, o.promised_on, o.status, o.total_micros ");
    const QString joins = QStringLiteral("LEFT JOIN customers c ON c.id = o.customer_id "
                                         "LEFT JOIN partners d ON d.id = o.dealer_id ");
    // A search's page is found and sorted first and joined with customers and dealers after,
    // so that a search that matches thousands of orders does not look up all their customers.
    const QString sql = match.isEmpty()
        ? columns
            + QStringLiteral("FROM sales_orders o %1WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(joins, w.sql, orderBy(sort, direction))
        : columns
            + QStringLiteral("FROM (SELECT o.rowid AS r FROM sales_orders o WHERE %1 "
                             "ORDER BY %2 LIMIT ? OFFSET ?) AS p "
                             "JOIN sales_orders o ON o.rowid = p.r %3ORDER BY %2")
                  .arg(w.sql, orderBy(sort, direction), joins);
    DynamicStatement holder(sql);
    Statement &q = holder.get();
    int i = 1;
    for (const QVariant &v : w.values)
        q.bindVariant(i++, v);
    q.bind(i++, qint64(limit));
    q.bind(i, offset);

    QList<OrderRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        OrderRow r;
        r.id = q.text(0);
        r.orderNo = q.text(1);
        r.channel = channelFromCode(q.text(2)).value_or(Channel::Other);
        r.channelOrderNo = q.text(3);
        r.customerName = q.text(4);
        r.mobile = q.text(5);
        r.province = q.text(6);
        r.city = q.text(7);
        r.dealerName = q.text(8);
        r.signedOn = QDate::fromString(q.text(9), Qt::ISODate);
        r.promisedOn = QDate::fromString(q.text(10), Qt::ISODate);
        r.status = statusFromCode(q.text(11)).value_or(OrderStatus::New);
        r.total = Core::Decimal::fromMicros(q.int64(12));
        rows.append(r);
    }
    return rows;
}

qint64 OrderQuery::count(const OrderFilter &filter)
{
    const Where w = whereClause(filter);
    DynamicStatement holder(
        QStringLiteral("SELECT COUNT(*) FROM sales_orders o WHERE %1").arg(w.sql));
    Statement &q = holder.get();
    int i = 1;
    for (const QVariant &v : w.values)
        q.bindVariant(i++, v);
    return q.next() ? q.int64(0) : 0;
}

Core::Result<OrderStats> OrderQuery::stats()
{
    OrderStats s;
    Storage::Connection &c = Storage::Database::connection();
    auto failed = [](Statement &q) {
        const Core::Error error{q.error(), Storage::Database::path()};
        q.reset();
        return error;
    };
    Statement &orders = c.prepare(
        "SELECT COUNT(*), COALESCE(SUM(returned), 0) FROM sales_orders WHERE deleted = 0");
    if (!orders.next())
        return failed(orders);
    s.orders = orders.int64(0);
    s.returnedOrders = orders.int64(1);
    orders.reset();
    Statement &lines = c.prepare(
        "SELECT COUNT(*), COALESCE(SUM(l.amount_micros), 0), COALESCE(SUM(l.quantity_micros), 0),"
        " COALESCE(SUM(l.profit_micros), 0) FROM order_lines l "
        "JOIN sales_orders o ON o.id = l.order_id WHERE o.deleted = 0 AND l.deleted = 0");
    if (!lines.next())
        return failed(lines);
    s.lines = lines.int64(0);
    s.amount = Core::Decimal::fromMicros(lines.int64(1));
    s.quantity = Core::Decimal::fromMicros(lines.int64(2));
    s.profit = Core::Decimal::fromMicros(lines.int64(3));
    lines.reset();
    Statement &customers = c.prepare("SELECT COUNT(*) FROM customers WHERE deleted = 0");
    if (!customers.next())
        return failed(customers);
    s.customers = customers.int64(0);
    customers.reset();
    Statement &products = c.prepare("SELECT COUNT(*) FROM products WHERE deleted = 0");
    if (!products.next())
        return failed(products);
    s.products = products.int64(0);
    products.reset();
    return s;
}

QList<std::pair<QString, QString>> OrderQuery::dealers()
{
    QList<std::pair<QString, QString>> result;
    Statement &q = Storage::Database::connection().prepare(
        "SELECT id, name FROM partners WHERE kind = 'dealer' AND deleted = 0 ORDER BY name");
    while (q.next())
        result.append({q.text(0), q.text(1)});
    q.reset();
    return result;
}

QStringList OrderQuery::provinces()
{
    QStringList result;
    // A skip-scan over the province index: one probe per distinct value, not a full scan.
    Statement &q = Storage::Database::connection().prepare(
        "SELECT DISTINCT province FROM sales_orders WHERE province IS NOT NULL ORDER BY province");
    while (q.next())
        result.append(q.text(0));
    q.reset();
    return result;
}

} // namespace Hearth::Orders
