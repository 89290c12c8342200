#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Hearth::Server {

namespace {

// Integers beyond this lose digits as doubles; no field of ours needs more.
constexpr double MaxExactInteger = 9007199254740991.0;

QString typeName(JsonBody::Type type)
{
    switch (type) {
    case JsonBody::Type::String:
        return JsonBody::tr("a string without control characters");
    case JsonBody::Type::Decimal:
        return JsonBody::tr("a decimal number written as a string, e.g. \"1999.00\"");
    case JsonBody::Type::Integer:
        return JsonBody::tr("a whole number");
    case JsonBody::Type::Boolean:
        return JsonBody::tr("true or false");
    case JsonBody::Type::ObjectArray:
        return JsonBody::tr("an array of objects");
    }
    return {};
}

bool isWhole(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= MaxExactInteger;
}

// NUL and other control characters are refused: PostgreSQL cannot store NUL in text, and no
// field of an order needs them (tabs and line breaks excepted).
bool isCleanText(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            || c.unicode() == 0x7f;
    });
}

bool fits(const QJsonValue &value, JsonBody::Type type)
{
    switch (type) {
    case JsonBody::Type::String:
    case JsonBody::Type::Decimal:
        return value.isString() && isCleanText(value.toString());
    case JsonBody::Type::Integer:
        return isWhole(value);
    case JsonBody::Type::Boolean:
        return value.isBool();
    case JsonBody::Type::ObjectArray: {
        if (!value.isArray())
            return false;
        const QJsonArray array = value.toArray();
        return std::all_of(array.begin(), array.end(),
                           [](const QJsonValue &v) { return v.isObject(); });
    }
    }
    return false;
}

} // namespace

std::optional<ApiResponse> JsonBody::parse(const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty()) {
        return ApiResponse::error(400, QStringLiteral("malformed_json"),
                                  tr("the request has no body; a JSON object was expected"));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(error.offset), body.size());
        const QByteArray before = body.left(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int line = int(before.count('\n')) + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        ApiResponse response = ApiResponse::error(
            400, QStringLiteral("malformed_json"),
            tr("the JSON breaks at line %1, column %2 (byte %3): %4")
                .arg(line).arg(column).arg(offset).arg(error.errorString()));
        QJsonObject e = response.body.value(QStringLiteral("error")).toObject();
        e.insert(QStringLiteral("line"), line);
        e.insert(QStringLiteral("column"), column);
        e.insert(QStringLiteral("offset"), qint64(offset));
        response.body.insert(QStringLiteral("error"), e);
        return response;
    }
    if (!document.isObject()) {
        return ApiResponse::error(400, QStringLiteral("malformed_json"),
                                  tr("the body must be a JSON object"));
    }
    *object = document.object();
    return std::nullopt;
}

QList<FieldProblem> JsonBody::check(const QJsonObject &object, std::span<const Field> fields,
                                    const QString &prefix)
{
    QList<FieldProblem> problems;
    QSet<QString> known;
    for (const Field &field : fields) {
        const QString name = QLatin1String(field.name);
        known.insert(name);
        const QJsonValue value = object.value(name);
        if (value.isUndefined() || value.isNull()) {
            if (field.required)
                problems.append({prefix + name, tr("is required")});
            continue;
        }
        if (!fits(value, field.type)) {
            problems.append({prefix + name, tr("must be %1").arg(typeName(field.type))});
        }
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            problems.append({prefix + it.key(), tr("is not a field of this request")});
    }
    return problems;
}

QString JsonBody::text(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isString())
        return value.toString();
    if (isWhole(value))
        return QString::number(qint64(value.toDouble()));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

} // namespace Hearth::Server
