#include "jsonformatter.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Hearth::Workflow {

namespace {

// Keys in the order people read a definition, a rule or a template; others follow sorted.
const char *const leadingKeys[] = {
    "id", "code", "version", "kind", "key", "name", "name_en", "title", "title_en",
    "message", "message_en", "description", "description_en", "from", "to", "on", "when",
    "applies_when", "priority", "initial", "status", "final", "deadline", "type",
};
// Keys whose values are long lists or big objects go last, in this order.
const char *const trailingKeys[] = {
    "on_enter", "do", "ui", "parameters", "values", "parts", "hardware", "rules", "workshops",
    "suppliers", "lines", "part_routes", "collection", "states", "transitions",
};

int rank(const QString &key)
{
    int i = 0;
    for (const char *k : leadingKeys) {
        if (key == QLatin1String(k))
            return i;
        ++i;
    }
    int t = 0;
    for (const char *k : trailingKeys) {
        if (key == QLatin1String(k))
            return 1000 + t;
        ++t;
    }
    return 500;
}

QStringList orderedKeys(const QJsonObject &object, bool isAction)
{
    QStringList keys = object.keys();
    std::stable_sort(keys.begin(), keys.end(), [isAction](const QString &a, const QString &b) {
        // In an action "do" names the action and comes first; in a transition it lists the
        // actions and comes last.
        const int ra = isAction && a == QLatin1String("do") ? -1 : rank(a);
        const int rb = isAction && b == QLatin1String("do") ? -1 : rank(b);
        return ra != rb ? ra < rb : a < b;
    });
    return keys;
}

bool isAction(const QJsonObject &object)
{
    return object.value(QLatin1String("do")).isString();
}

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out.append(QStringLiteral("\\\"")); break;
        case '\\': out.append(QStringLiteral("\\\\")); break;
        case '\n': out.append(QStringLiteral("\\n")); break;
        case '\r': out.append(QStringLiteral("\\r")); break;
        case '\t': out.append(QStringLiteral("\\t")); break;
        case '\b': out.append(QStringLiteral("\\b")); break;
        case '\f': out.append(QStringLiteral("\\f")); break;
        default:
            if (c.unicode() < 0x20)
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(u'"');
    return out;
}

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String:
        return quoted(value.toString());
    default:
        return QStringLiteral("null");
    }
}

QString compact(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        QStringList parts;
        for (const QString &k : orderedKeys(o, isAction(o)))
            parts.append(quoted(k) + QStringLiteral(": ") + compact(o.value(k)));
        return parts.isEmpty() ? QStringLiteral("{}")
                               : u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts.append(compact(v));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    return scalar(value);
}

void write(const QJsonValue &value, int indent, int used, QString &out)
{
    if (!value.isObject() && !value.isArray()) {
        out.append(scalar(value));
        return;
    }
    const QString oneLine = compact(value);
    if (used + oneLine.size() <= JsonFormatter::InlineWidth) {
        out.append(oneLine);
        return;
    }
    const QString inner(indent + 2, u' ');
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        const QStringList keys = orderedKeys(o, isAction(o));
        out.append(QStringLiteral("{\n"));
        for (int i = 0; i < keys.size(); ++i) {
            const QString head = inner + quoted(keys.at(i)) + QStringLiteral(": ");
            out.append(head);
            write(o.value(keys.at(i)), indent + 2, int(head.size()), out);
            out.append(i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n"));
        }
        out.append(QString(indent, u' ') + u'}');
        return;
    }
    const QJsonArray a = value.toArray();
    out.append(QStringLiteral("[\n"));
    for (int i = 0; i < a.size(); ++i) {
        out.append(inner);
        write(a.at(i), indent + 2, int(inner.size()), out);
        out.append(i + 1 < a.size() ? QStringLiteral(",\n") : QStringLiteral("\n"));
    }
    out.append(QString(indent, u' ') + u']');
}

} // namespace

QString JsonFormatter::format(const QJsonObject &object)
{
    return format(QJsonValue(object));
}

QString JsonFormatter::format(const QJsonValue &value)
{
    QString out;
    write(value, 0, 0, out);
    out.append(u'\n');
    return out;
}

} // namespace Hearth::Workflow
