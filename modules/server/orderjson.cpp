#include "orderjson.h"

#include "jsonbody.h"
#include "orders/channelmapping.h"
#include "orders/columnmap.h"
#include "orders/rowparser.h"
#include "orders/seenorders.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>

namespace Hearth::Server {

namespace {

using Type = JsonBody::Type;

constexpr std::array<JsonBody::Field, 25> orderFields{{
    {"channel_order_no", Type::String, true}, {"signed_on", Type::String, true},
    {"promised_on", Type::String}, {"shipped_on", Type::String}, {"ship_mode", Type::String},
    {"deposit", Type::Decimal}, {"customer_code", Type::String},
    {"customer_name", Type::String, true}, {"mobile", Type::String},
    {"segment", Type::String}, {"address", Type::String}, {"province", Type::String},
    {"city", Type::String}, {"district", Type::String}, {"street", Type::String},
    {"postal_code", Type::String}, {"region", Type::String}, {"dealer_code", Type::String},
    {"dealer_name", Type::String}, {"store_code", Type::String}, {"store_name", Type::String},
    {"designer_code", Type::String}, {"designer_name", Type::String},
    {"note", Type::String}, {"lines", Type::ObjectArray, true}}};

constexpr std::array<JsonBody::Field, 17> lineFields{{
    {"channel_line_no", Type::String}, {"sku", Type::String}, {"product_name", Type::String},
    {"category", Type::String}, {"sub_category", Type::String}, {"size", Type::String},
    {"width_mm", Type::Integer}, {"height_mm", Type::Integer}, {"depth_mm", Type::Integer},
    {"material", Type::String}, {"colour", Type::String}, {"unit", Type::String},
    {"quantity", Type::Decimal, true}, {"unit_price", Type::Decimal},
    {"discount", Type::String}, {"amount", Type::Decimal}, {"profit", Type::Decimal}}};

QString linePrefix(qsizetype index)
{
    return QStringLiteral("lines[%1].").arg(index);
}

} // namespace

OrderJson::Read OrderJson::read(const QJsonObject &object, Orders::Channel channel)
{
    Read result;
    result.problems = JsonBody::check(object, orderFields);
    const QJsonArray lines = object.value(QStringLiteral("lines")).toArray();
    const bool objects = std::all_of(lines.begin(), lines.end(),
                                     [](const QJsonValue &line) { return line.isObject(); });
    for (qsizetype i = 0; objects && i < lines.size(); ++i)
        result.problems += JsonBody::check(lines[i].toObject(), lineFields, linePrefix(i));
    if (object.value(QStringLiteral("lines")).isArray() && lines.isEmpty())
        result.problems.append({QStringLiteral("lines"), tr("an order needs at least one line")});
    if (lines.size() > MaxLines) {
        result.problems.append({QStringLiteral("lines"),
                                tr("an order may have at most %1 lines").arg(MaxLines)});
    }
    if (!result.problems.isEmpty()) {
        result.status = 400;
        return result;
    }

    // The import's parser reads a row of cells under headers; here the headers are the field
    // names and each line is a row that also carries the order's fields, as in a flat file.
    Orders::ChannelMapping mapping;
    mapping.name = QStringLiteral("api");
    mapping.channel = channel;
    mapping.dateOrder = Orders::DateOrder::YearMonthDay;
    Orders::Internal::ColumnMap columns;
    QSet<QString> lineNames;
    for (const JsonBody::Field &field : orderFields) {
        if (field.type == Type::ObjectArray)
            continue;
        columns.index.insert(QLatin1String(field.name), int(columns.headers.size()));
        columns.headers.append(QLatin1String(field.name));
    }
    const qsizetype lineStart = columns.headers.size();
    for (const JsonBody::Field &field : lineFields) {
        columns.index.insert(QLatin1String(field.name), int(columns.headers.size()));
        columns.headers.append(QLatin1String(field.name));
        lineNames.insert(QLatin1String(field.name));
    }
    for (const QString &header : std::as_const(columns.headers))
        mapping.fields.insert(header, header);

    QStringList orderCells;
    for (qsizetype c = 0; c < lineStart; ++c)
        orderCells.append(JsonBody::text(object, orderFields[size_t(c)].name));

    const Orders::Internal::RowParser parser(mapping, columns, QStringLiteral("order"),
                                             mapping.dateOrder);
    Orders::Internal::SeenOrders seen;
    seen.setFile(QStringLiteral("order"));
    QSet<QString> reported;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringList cells = orderCells;
        const QJsonObject line = lines[i].toObject();
        for (const JsonBody::Field &field : lineFields)
            cells.append(JsonBody::text(line, field.name));
        Orders::Internal::ParsedRow row = parser.parse(cells, int(i) + 1, &seen);
        for (const Orders::RowError &error : std::as_const(row.errors)) {
            const QString field = lineNames.contains(error.column)
                ? linePrefix(i) + error.column
                : error.column;
            if (reported.contains(field + error.message))
                continue;
            reported.insert(field + error.message);
            result.problems.append({field, error.message});
        }
        if (i == 0) {
            result.order = row.order;
            result.order.lines.clear();
            result.note = row.note;
        }
        Orders::OrderLine parsed = row.order.lines.value(0);
        parsed.lineNo = int(i) + 1;
        result.order.lines.append(parsed);
    }
    if (!result.problems.isEmpty())
        result.status = 422;
    return result;
}

} // namespace Hearth::Server
