#include "jsonvalues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>

namespace Hearth::Workflow::Internal {

namespace {

// JSON numbers are doubles; a rule file writes them with at most six decimals.
std::optional<QString> numberText(double d)
{
    if (!std::isfinite(d) || std::abs(d) >= 1e12)
        return std::nullopt;
    if (d == std::floor(d))
        return QString::number(qint64(d));
    QString text = QString::number(d, 'f', Core::Decimal::Scale);
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

// Whole numbers a JSON text carries exactly (a double's 53 bits).
constexpr qint64 exactIntegerLimit = qint64(1) << 53;

// Writes a JSON string of valid UTF-16 text at out, which has room for 6 bytes per code unit
// and the quotes: UTF-8 with quotes, backslashes and control characters escaped. Returns the
// end of what it wrote.
char *writeJsonText(char *out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char32_t u = *p++;
        if (u < 0x80) {
            if (u == '"' || u == '\\') {
                *out++ = '\\';
                *out++ = char(u);
            } else if (u < 0x20) {
                *out++ = '\\';
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            } else {
                *out++ = char(u);
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(char16_t(u), *p++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    return out;
}

} // namespace

qsizetype JsonObjectBuilder::room() const
{
    // Every member at its longest: quotes, colon and comma around the key, six bytes per code
    // unit of a text (an escaped control character), 20 digits and a sign; then the braces.
    qsizetype room = 2;
    for (const Member &m : m_members) {
        room += m.first.size() + 4;
        if (const QString *s = std::get_if<QString>(&m.second))
            room += 6 * s->size() + 2;
        else
            room += 21;
    }
    return room;
}

char *JsonObjectBuilder::write(char *out, char *end) const
{
    const char *const start = out;
    *out++ = '{';
    for (const Member &m : m_members) {
        if (out - start > 1)
            *out++ = ',';
        *out++ = '"';
        for (const char c : m.first) {
            const auto u = static_cast<unsigned char>(c);
            if (u == '"' || u == '\\' || u < 0x20 || u >= 0x80)
                return nullptr;
            *out++ = c;
        }
        *out++ = '"';
        *out++ = ':';
        if (const QString *s = std::get_if<QString>(&m.second)) {
            if (!s->isValidUtf16())
                return nullptr;
            out = writeJsonText(out, *s);
        } else if (const qint64 *n = std::get_if<qint64>(&m.second)) {
            if (*n >= exactIntegerLimit || *n <= -exactIntegerLimit)
                return nullptr;
            out = std::to_chars(out, end, *n).ptr;
        } else {
            const char *word = std::get<bool>(m.second) ? "true" : "false";
            while (*word)
                *out++ = *word++;
        }
    }
    *out++ = '}';
    return out;
}

QJsonObject JsonObjectBuilder::object() const
{
    const qsizetype size = room();
    QVarLengthArray<char, 1024> buffer(size);
    const char *end = write(buffer.data(), buffer.data() + size);
    if (!end)
        return slowObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(buffer.data(), qsizetype(end - buffer.data())), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return slowObject();
    return document.object();
}

QJsonArray JsonObjectBuilder::array(const QList<JsonObjectBuilder> &objects)
{
    const auto slowArray = [&objects] {
        QJsonArray array;
        for (const JsonObjectBuilder &o : objects)
            array.append(o.object());
        return array;
    };
    qsizetype size = 2;
    for (const JsonObjectBuilder &o : objects)
        size += o.room() + 1;
    QVarLengthArray<char, 4096> buffer(size);
    char *out = buffer.data();
    char *const end = buffer.data() + size;
    *out++ = '[';
    for (const JsonObjectBuilder &o : objects) {
        if (out - buffer.data() > 1)
            *out++ = ',';
        out = o.write(out, end);
        if (!out)
            return slowArray();
    }
    *out++ = ']';
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(buffer.data(), qsizetype(out - buffer.data())), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return slowArray();
    return document.array();
}

QJsonObject JsonObjectBuilder::slowObject() const
{
    QJsonObject o;
    for (const Member &m : m_members) {
        const QString key(m.first);
        if (const QString *s = std::get_if<QString>(&m.second))
            o.insert(key, *s);
        else if (const qint64 *n = std::get_if<qint64>(&m.second))
            o.insert(key, *n);
        else
            o.insert(key, std::get<bool>(m.second));
    }
    return o;
}

std::optional<QString> formulaText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

std::optional<Core::Decimal> jsonDecimal(const QJsonValue &value)
{
    if (value.isString())
        return Core::Decimal::parse(value.toString());
    if (value.isDouble()) {
        const auto text = numberText(value.toDouble());
        return text ? Core::Decimal::parse(*text) : std::nullopt;
    }
    return std::nullopt;
}

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Bool:
        return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "true/false");
    case ValueType::Number:
        return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "a number");
    case ValueType::Text:
        return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "text");
    case ValueType::Any:
        break;
    }
    return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "any value");
}

} // namespace Hearth::Workflow::Internal
