#include "orderroutes.h"

#include "core/decimal.h"
#include "core/money.h"
#include "serverstore.h"

#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtNumeric>

#include <algorithm>

namespace Hearth::Server {

namespace {

const QStringList &filterParameters()
{
    static const QStringList names{QStringLiteral("status"), QStringLiteral("channel"),
                                   QStringLiteral("signed_from"), QStringLiteral("signed_to"),
                                   QStringLiteral("q")};
    return names;
}

/// A whole-number field (money in micros, fen, quantities), or nullopt for anything else.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d != double(qint64(d)))
        return std::nullopt;
    return value.toInteger();
}

/// An amount as the desk shows it: rounded to the fen once, half away from zero (Core::Money).
QString fenText(qint64 micros)
{
    return Core::Money::fromDecimal(Core::Decimal::fromMicros(micros)).toString();
}

QJsonValue amountText(const QJsonValue &micros)
{
    const std::optional<qint64> whole = wholeNumber(micros);
    return whole ? QJsonValue(fenText(*whole)) : QJsonValue();
}

QJsonObject parse(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

ApiResponse databaseDown(const Core::Error &error)
{
    return ApiResponse::error(503, QStringLiteral("database"), error.message);
}

/// One CSV cell: quoted when it must be, and a text that a spreadsheet would run as a formula
/// kept as text.
QString csvCell(const QString &value, bool isText)
{
    QString cell = value;
    if (isText && !cell.isEmpty()
        && QStringView(u"=+-@\t\r").contains(cell.front())) {
        cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
        || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

QString fieldText(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (const std::optional<qint64> whole = wholeNumber(v))
        return QString::number(*whole);
    return {};
}

} // namespace

Core::Result<QList<OrderRoutes::Found>> OrderRoutes::select(const OrderFilter::Sql &from,
                                                           const QString &tail,
                                                           const QVariantList &tailValues)
{
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT o.row_id, o.revision, o.fields, "
                                                 "c.row_id, c.fields ")
                                  + from.text + tail);
    for (const QVariant &value : from.values)
        q.addBindValue(value);
    for (const QVariant &value : tailValues)
        q.addBindValue(value);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QList<Found> found;
    while (q.next()) {
        Found f;
        f.id = q.value(0).toString();
        f.order = parse(q.value(2));
        f.order.insert(QStringLiteral("total"),
                       amountText(f.order.value(QStringLiteral("total_micros"))));
        QJsonValue customer;
        if (!q.value(3).isNull()) {
            QJsonObject c = parse(q.value(4));
            c.insert(QStringLiteral("id"), q.value(3).toString());
            customer = c;
        }
        f.order.insert(QStringLiteral("customer"), customer);
        f.order.insert(QStringLiteral("id"), f.id);
        f.order.insert(QStringLiteral("revision"), q.value(1).toLongLong());
        found.append(f);
    }
    return found;
}

Core::Result<qint64> OrderRoutes::count(const OrderFilter::Sql &from)
{
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT COUNT(*) ") + from.text);
    for (const QVariant &value : from.values)
        q.addBindValue(value);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Core::Result<QJsonArray> OrderRoutes::linesOf(const OrderFilter &filter, const QString &orderId)
{
    const OrderFilter::Sql from = filter.linesOf(orderId);
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT l.row_id, l.fields ") + from.text);
    for (const QVariant &value : from.values)
        q.addBindValue(value);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QList<QJsonObject> lines;
    while (q.next()) {
        QJsonObject line = parse(q.value(1));
        line.insert(QStringLiteral("id"), q.value(0).toString());
        line.insert(QStringLiteral("amount"),
                    amountText(line.value(QStringLiteral("amount_micros"))));
        lines.append(line);
    }
    std::sort(lines.begin(), lines.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 left = wholeNumber(a.value(QStringLiteral("line_no"))).value_or(0);
        const qint64 right = wholeNumber(b.value(QStringLiteral("line_no"))).value_or(0);
        if (left != right)
            return left < right;
        return a.value(QStringLiteral("id")).toString() < b.value(QStringLiteral("id"))
                                                              .toString();
    });
    QJsonArray array;
    for (const QJsonObject &line : lines)
        array.append(line);
    return array;
}

ApiResponse OrderRoutes::withLines(const OrderFilter &filter, const Found &found,
                                   const QJsonObject &extra)
{
    const Core::Result<QJsonArray> lines = linesOf(filter, found.id);
    if (!lines)
        return databaseDown(lines.error());
    QJsonObject body{{QStringLiteral("order"), found.order},
                     {QStringLiteral("lines"), *lines}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return ApiResponse::json(200, body);
}

ApiResponse OrderRoutes::list(const QUrlQuery &query)
{
    OrderFilter filter(m_store.engine(), m_scope);
    if (std::optional<ApiResponse> bad = filter.read(
            query, filterParameters() + QStringList{QStringLiteral("page"),
                                                    QStringLiteral("page_size")})) {
        return *bad;
    }
    const OrderFilter::Sql from = filter.from();
    const Core::Result<qint64> total = count(from);
    if (!total)
        return databaseDown(total.error());
    const Core::Result<QList<Found>> rows = select(
        from,
        QStringLiteral(" ORDER BY ") + filter.listOrder() + QStringLiteral(" LIMIT ? OFFSET ?"),
        {filter.pageSize(), qint64(filter.page() - 1) * filter.pageSize()});
    if (!rows)
        return databaseDown(rows.error());
    QJsonArray orders;
    for (const Found &f : *rows)
        orders.append(f.order);
    return ApiResponse::json(200, {{QStringLiteral("orders"), orders},
                                   {QStringLiteral("total"), *total},
                                   {QStringLiteral("page"), filter.page()},
                                   {QStringLiteral("page_size"), filter.pageSize()}});
}

ApiResponse OrderRoutes::show(const QString &orderId, const QUrlQuery &query)
{
    OrderFilter filter(m_store.engine(), m_scope);
    if (std::optional<ApiResponse> bad = filter.read(query, {}))
        return *bad;
    if (const QString problem = OrderFilter::textProblem(orderId, MaxIdLength);
        !problem.isEmpty() || orderId.isEmpty()) {
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  problem.isEmpty() ? tr("must not be empty") : problem,
                                  QStringLiteral("id"));
    }
    const Core::Result<QList<Found>> rows = select(filter.fromOrder(orderId), {}, {});
    if (!rows)
        return databaseDown(rows.error());
    if (rows->isEmpty()) {
        return ApiResponse::error(404, QStringLiteral("not_found"), tr("no such order"),
                                  QStringLiteral("id"));
    }
    return withLines(filter, rows->constFirst(), {});
}

ApiResponse OrderRoutes::exportCsv(const QUrlQuery &query)
{
    OrderFilter filter(m_store.engine(), m_scope);
    if (std::optional<ApiResponse> bad = filter.read(query, filterParameters()))
        return *bad;
    const OrderFilter::Sql from = filter.from();
    const Core::Result<qint64> total = count(from);
    if (!total)
        return databaseDown(total.error());
    if (*total > MaxExportRows) {
        return ApiResponse::error(
            400, QStringLiteral("too_many_rows"),
            tr("%1 orders match; export at most %2 at a time: narrow the signing dates")
                .arg(*total).arg(MaxExportRows),
            QStringLiteral("signed_from"));
    }
    const Core::Result<QList<Found>> rows = select(
        from, QStringLiteral(" ORDER BY ") + filter.listOrder(), {});
    if (!rows)
        return databaseDown(rows.error());

    const QStringList header{tr("Order no."), tr("Channel"), tr("Channel order no."),
                             tr("Customer"), tr("Signed on"), tr("Status"), tr("Total")};
    QStringList lines{header.join(u',')};
    for (const Found &f : *rows) {
        const QJsonObject customer = f.order.value(QStringLiteral("customer")).toObject();
        lines.append(QStringList{csvCell(fieldText(f.order, "order_no"), true),
                                 csvCell(fieldText(f.order, "channel"), true),
                                 csvCell(fieldText(f.order, "channel_order_no"), true),
                                 csvCell(fieldText(customer, "name"), true),
                                 csvCell(fieldText(f.order, "signed_on"), true),
                                 csvCell(fieldText(f.order, "status"), true),
                                 csvCell(f.order.value(QStringLiteral("total")).toString(),
                                         false)}
                         .join(u','));
    }
    QByteArray csv("\xEF\xBB\xBF");
    csv += lines.join(QStringLiteral("\r\n")).toUtf8();
    csv += "\r\n";
    ApiResponse response = ApiResponse::bytes(200, QByteArrayLiteral("text/csv; charset=utf-8"),
                                              csv);
    response.headers.append({QByteArrayLiteral("Content-Disposition"),
                             QByteArrayLiteral("attachment; filename=\"orders.csv\"")});
    return response;
}

ApiResponse OrderRoutes::totals(const QUrlQuery &query)
{
    OrderFilter filter(m_store.engine(), m_scope);
    if (std::optional<ApiResponse> bad = filter.read(query, filterParameters()))
        return *bad;
    const OrderFilter::Sql from = filter.from();
    const QString status = filter.text(QStringLiteral("o"), QStringLiteral("status"));
    const QString channel = filter.text(QStringLiteral("o"), QStringLiteral("channel"));
    QSqlQuery q = m_store.prepare(
        QStringLiteral("SELECT %1, %2, COUNT(*), %3 ")
            .arg(status, channel,
                 filter.sumOf(QStringLiteral("o"), QStringLiteral("total_micros")))
        + from.text + QStringLiteral(" GROUP BY %1, %2").arg(status, channel));
    for (const QVariant &value : from.values)
        q.addBindValue(value);
    if (Core::Status s = m_store.exec(q); !s)
        return databaseDown(s.error());

    struct Sum
    {
        qint64 count = 0;
        qint64 micros = 0;
    };
    QMap<QString, Sum> byStatus;
    QMap<QString, Sum> byChannel;
    Sum all;
    bool overflow = false;
    const auto add = [&overflow](Sum &sum, qint64 count, qint64 micros) {
        sum.count += count;
        overflow = qAddOverflow(sum.micros, micros, &sum.micros) || overflow;
    };
    while (q.next()) {
        bool ok = false;
        const qint64 micros = q.value(3).toString().toLongLong(&ok);
        overflow = overflow || !ok;
        const qint64 n = q.value(2).toLongLong();
        add(byStatus[q.value(0).toString()], n, micros);
        add(byChannel[q.value(1).toString()], n, micros);
        add(all, n, micros);
    }
    if (overflow) {
        return ApiResponse::error(422, QStringLiteral("overflow"),
                                  tr("the amounts add up to more than a total can hold; "
                                     "narrow the filters"),
                                  QStringLiteral("signed_from"));
    }
    const auto groups = [](const QMap<QString, Sum> &sums, const QString &key) {
        QJsonArray array;
        for (auto it = sums.begin(); it != sums.end(); ++it) {
            array.append(QJsonObject{
                {key, it.key().isEmpty() ? QJsonValue() : QJsonValue(it.key())},
                {QStringLiteral("count"), it->count},
                {QStringLiteral("total_micros"), QString::number(it->micros)},
                {QStringLiteral("total"), fenText(it->micros)}});
        }
        return array;
    };
    return ApiResponse::json(
        200, {{QStringLiteral("count"), all.count},
              {QStringLiteral("total_micros"), QString::number(all.micros)},
              {QStringLiteral("total"), fenText(all.micros)},
              {QStringLiteral("by_status"), groups(byStatus, QStringLiteral("status"))},
              {QStringLiteral("by_channel"), groups(byChannel, QStringLiteral("channel"))}});
}

QString OrderRoutes::cleanScan(const QString &read, bool *orderNoOnly)
{
    QString code = read.normalized(QString::NormalizationForm_KC).trimmed();
    if (code.size() >= 3 && code.front() == u']' && code.at(1).isLetter())
        code = code.mid(3).trimmed();
    const QLatin1StringView prefix("SO:");
    *orderNoOnly = code.startsWith(prefix, Qt::CaseInsensitive);
    if (*orderNoOnly)
        code = code.mid(prefix.size()).trimmed();
    return code;
}

ApiResponse OrderRoutes::scan(const QString &code, const QUrlQuery &query)
{
    OrderFilter filter(m_store.engine(), m_scope);
    if (std::optional<ApiResponse> bad = filter.read(query, {}))
        return *bad;
    bool orderNoOnly = false;
    const QString cleaned = cleanScan(code, &orderNoOnly);
    if (const QString problem = OrderFilter::textProblem(cleaned, OrderFilter::MaxTextLength);
        !problem.isEmpty() || cleaned.isEmpty()) {
        return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                  problem.isEmpty() ? tr("nothing was read") : problem,
                                  QStringLiteral("code"));
    }
    const Core::Result<QList<Found>> rows = select(
        filter.fromCode(cleaned, orderNoOnly),
        QStringLiteral(" ORDER BY ") + filter.listOrder() + QStringLiteral(" LIMIT ?"),
        {MaxScanMatches + 1});
    if (!rows)
        return databaseDown(rows.error());
    if (rows->isEmpty()) {
        // The same answer for a code nobody has and for an order of someone else's.
        return ApiResponse::error(404, QStringLiteral("not_found"),
                                  tr("no order you may see has this code"),
                                  QStringLiteral("code"));
    }
    if (rows->size() > 1) {
        ApiResponse response = ApiResponse::error(
            409, QStringLiteral("ambiguous"),
            tr("the code names several orders; choose one"), QStringLiteral("code"));
        QJsonArray matches;
        for (qsizetype i = 0; i < rows->size() && i < MaxScanMatches; ++i)
            matches.append(rows->at(i).order);
        response.body.insert(QStringLiteral("matches"), matches);
        return response;
    }
    return withLines(filter, rows->constFirst(), {});
}

} // namespace Hearth::Server
