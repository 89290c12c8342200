#include "orderfilter.h"

#include "orders/salesorder.h"

#include <QSet>
#include <QUrlQuery>

namespace Hearth::Server {

namespace {

constexpr QLatin1StringView OrdersTable("sales_orders");
constexpr QLatin1StringView CustomersTable("customers");
constexpr QLatin1StringView LinesTable("order_lines");
constexpr QChar LikeEscape = u'!';

QStringList statusCodes()
{
    QStringList codes;
    for (int i = 0; i <= int(Orders::OrderStatus::Cancelled); ++i)
        codes.append(Orders::statusCode(Orders::OrderStatus(i)));
    return codes;
}

QStringList channelCodes()
{
    QStringList codes;
    for (int i = 0; i <= int(Orders::Channel::Other); ++i)
        codes.append(Orders::channelCode(Orders::Channel(i)));
    return codes;
}

/// A LIKE pattern that finds text anywhere, with the pattern's own wildcards taken literally.
QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == LikeEscape || c == u'%' || c == u'_')
            escaped.append(LikeEscape);
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

ApiResponse badParameter(const QString &name, const QString &message)
{
    return ApiResponse::error(400, QStringLiteral("invalid_request"), message, name);
}

} // namespace

QString OrderFilter::textProblem(const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return tr("must be at most %1 characters").arg(maxLength);
    if (!QStringView(value).isValidUtf16())
        return tr("must be valid Unicode text");
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c.isNonCharacter())
            return tr("must not hold control characters");
    }
    return {};
}

std::optional<ApiResponse> OrderFilter::read(const QUrlQuery &query, const QStringList &accepted)
{
    QSet<QString> seen;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        const QString shown = name.left(MaxTextLength);
        if (!accepted.contains(name))
            return badParameter(shown, tr("unknown query parameter"));
        if (seen.contains(name))
            return badParameter(shown, tr("is given more than once"));
        seen.insert(name);
        if (const QString problem = textProblem(value, MaxTextLength); !problem.isEmpty())
            return badParameter(name, problem);
        bool ok = false;
        if (name == QLatin1String("status")) {
            if (!statusCodes().contains(value)) {
                return badParameter(name, tr("is one of %1")
                                              .arg(statusCodes().join(QStringLiteral(", "))));
            }
            m_status = value;
        } else if (name == QLatin1String("channel")) {
            if (!channelCodes().contains(value)) {
                return badParameter(name, tr("is one of %1")
                                              .arg(channelCodes().join(QStringLiteral(", "))));
            }
            m_channel = value;
        } else if (name == QLatin1String("signed_from") || name == QLatin1String("signed_to")) {
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (!day.isValid() || value.size() != 10)
                return badParameter(name, tr("must be a date as YYYY-MM-DD"));
            (name == QLatin1String("signed_from") ? m_signedFrom : m_signedTo) = day;
        } else if (name == QLatin1String("q")) {
            m_search = value.trimmed().toLower();
        } else if (name == QLatin1String("page")) {
            m_page = value.toInt(&ok);
            if (!ok || m_page < 1 || m_page > MaxPage)
                return badParameter(name, tr("must be from 1 to %1").arg(MaxPage));
        } else if (name == QLatin1String("page_size")) {
            m_pageSize = value.toInt(&ok);
            if (!ok || m_pageSize < 1 || m_pageSize > MaxPageSize)
                return badParameter(name, tr("must be from 1 to %1").arg(MaxPageSize));
        }
    }
    if (m_signedFrom.isValid() && m_signedTo.isValid() && m_signedTo < m_signedFrom)
        return badParameter(QStringLiteral("signed_to"), tr("must not be before signed_from"));
    return std::nullopt;
}

QString OrderFilter::text(const QString &alias, const QString &field) const
{
    // Field names are this file's own constants, never a caller's text.
    if (m_engine == DatabaseUri::Engine::Postgres)
        return QStringLiteral("(CAST(%1.fields AS JSON) ->> '%2')").arg(alias, field);
    return QStringLiteral("CAST(json_extract(%1.fields, '$.%2') AS TEXT)").arg(alias, field);
}

QString OrderFilter::sumOf(const QString &alias, const QString &field) const
{
    // Only whole numbers count, the same ones on both engines; anything else adds nothing.
    if (m_engine == DatabaseUri::Engine::Postgres) {
        return QStringLiteral(
                   "CAST(COALESCE(SUM(CASE WHEN json_typeof(CAST(%1.fields AS JSON) -> '%2') = "
                   "'number' AND (CAST(%1.fields AS JSON) ->> '%2') ~ '^-?[0-9]{1,18}$' "
                   "THEN CAST(CAST(%1.fields AS JSON) ->> '%2' AS NUMERIC) ELSE 0 END), 0) "
                   "AS TEXT)")
            .arg(alias, field);
    }
    return QStringLiteral("CAST(COALESCE(SUM(CASE WHEN json_type(%1.fields, '$.%2') = 'integer' "
                          "THEN json_extract(%1.fields, '$.%2') ELSE 0 END), 0) AS TEXT)")
        .arg(alias, field);
}

QString OrderFilter::listOrder() const
{
    return QStringLiteral("COALESCE(%1, '') DESC, COALESCE(%2, '') DESC, o.row_id DESC")
        .arg(text(QStringLiteral("o"), QStringLiteral("signed_on")),
             text(QStringLiteral("o"), QStringLiteral("order_no")));
}

OrderFilter::Sql OrderFilter::scoped(const QString &extra, const QVariantList &extraValues) const
{
    const QString o = QStringLiteral("o");
    const QString c = QStringLiteral("c");
    Sql sql;
    sql.text = QStringLiteral("FROM sync_rows o LEFT JOIN sync_rows c ON c.table_name = ? "
                              "AND c.deleted = 0 AND c.row_id = %1")
                   .arg(text(o, QStringLiteral("customer_id")));
    sql.values.append(QString(CustomersTable));
    if (!m_scope.readable.contains(CustomersTable))
        sql.text += QStringLiteral(" AND 1 = 0");
    else if (!m_scope.seesAll) {
        sql.text += QStringLiteral(" AND c.scope_unit = ?");
        sql.values.append(m_scope.unitId);
    }
    sql.text += QStringLiteral(" WHERE o.table_name = ? AND o.deleted = 0");
    sql.values.append(QString(OrdersTable));
    if (!m_scope.readable.contains(OrdersTable)) {
        sql.text += QStringLiteral(" AND 1 = 0");
    } else if (!m_scope.seesAll) {
        sql.text += QStringLiteral(" AND o.scope_unit = ?");
        sql.values.append(m_scope.unitId);
    }
    if (!m_status.isEmpty()) {
        sql.text += QStringLiteral(" AND %1 = ?").arg(text(o, QStringLiteral("status")));
        sql.values.append(m_status);
    }
    if (!m_channel.isEmpty()) {
        sql.text += QStringLiteral(" AND %1 = ?").arg(text(o, QStringLiteral("channel")));
        sql.values.append(m_channel);
    }
    if (m_signedFrom.isValid()) {
        sql.text += QStringLiteral(" AND %1 >= ?").arg(text(o, QStringLiteral("signed_on")));
        sql.values.append(m_signedFrom.toString(Qt::ISODate));
    }
    if (m_signedTo.isValid()) {
        // A day's end, whether signed_on holds a date or a date and a time.
        sql.text += QStringLiteral(" AND %1 < ?").arg(text(o, QStringLiteral("signed_on")));
        sql.values.append(m_signedTo.addDays(1).toString(Qt::ISODate));
    }
    if (!m_search.isEmpty()) {
        const QString like = QStringLiteral("LOWER(%1) LIKE ? ESCAPE '") + LikeEscape
                             + QStringLiteral("'");
        sql.text += QStringLiteral(" AND (%1 OR %2 OR %3)")
                        .arg(like.arg(text(o, QStringLiteral("order_no"))),
                             like.arg(text(o, QStringLiteral("channel_order_no"))),
                             like.arg(text(c, QStringLiteral("name"))));
        const QString pattern = containsPattern(m_search);
        sql.values << pattern << pattern << pattern;
    }
    sql.text += extra;
    sql.values.append(extraValues);
    return sql;
}

OrderFilter::Sql OrderFilter::from() const
{
    return scoped(QString(), {});
}

OrderFilter::Sql OrderFilter::fromOrder(const QString &orderId) const
{
    return scoped(QStringLiteral(" AND o.row_id = ?"), {orderId});
}

OrderFilter::Sql OrderFilter::fromCode(const QString &code, bool orderNoOnly) const
{
    const QString orderNo = QStringLiteral("UPPER(%1) = ?")
                                .arg(text(QStringLiteral("o"), QStringLiteral("order_no")));
    if (orderNoOnly)
        return scoped(QStringLiteral(" AND ") + orderNo, {code.toUpper()});
    return scoped(QStringLiteral(" AND (%1 OR UPPER(%2) = ? OR LOWER(o.row_id) = ?)")
                      .arg(orderNo, text(QStringLiteral("o"),
                                         QStringLiteral("channel_order_no"))),
                  {code.toUpper(), code.toUpper(), code.toLower()});
}

OrderFilter::Sql OrderFilter::linesOf(const QString &orderId) const
{
    Sql sql;
    sql.text = QStringLiteral("FROM sync_rows l WHERE l.table_name = ? AND l.deleted = 0 "
                              "AND %1 = ?")
                   .arg(text(QStringLiteral("l"), QStringLiteral("order_id")));
    sql.values << QString(LinesTable) << orderId;
    if (!m_scope.readable.contains(LinesTable)) {
        sql.text += QStringLiteral(" AND 1 = 0");
    } else if (!m_scope.seesAll) {
        sql.text += QStringLiteral(" AND l.scope_unit = ?");
        sql.values.append(m_scope.unitId);
    }
    return sql;
}

} // namespace Hearth::Server
