#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <charconv>
#include <string_view>

namespace Hearth::Workflow::Internal {

namespace {

// The escape of an ASCII character in a JSON string: 0 for none, 'u' for \u00XX.
char escapeOf(char16_t u)
{
    switch (u) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return u < 0x20 ? 'u' : 0;
    }
}

// Printable ASCII that a JSON string holds as it is.
inline bool plainAscii(char16_t u)
{
    return u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\';
}

// Writes the text as a JSON string at out, which has room for six bytes per code unit and the
// quotes: UTF-8 in quotes, escaped as QJsonDocument escapes. Returns the end of what it wrote,
// or nullptr when the text is not valid UTF-16.
char *writeJsonText(char *out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        while (p < end && plainAscii(*p))
            *out++ = char(*p++);
        if (p == end)
            break;
        const char32_t u = *p++;
        if (u < 0x80) {
            const char escape = escapeOf(char16_t(u));
            *out++ = '\\';
            *out++ = escape;
            if (escape == 'u') {
                *out++ = '0';
                *out++ = '0';
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u)) {
            if (p == end || !QChar::isLowSurrogate(*p))
                return nullptr;
            const char32_t c = QChar::surrogateToUcs4(char16_t(u), *p++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isLowSurrogate(u)) {
            return nullptr;
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    return out;
}

qsizetype digitCount(qint64 n)
{
    qsizetype count = n < 0 ? 2 : 1;
    for (quint64 rest = n < 0 ? 0 - quint64(n) : quint64(n); rest >= 10; rest /= 10)
        ++count;
    return count;
}

// The magnitude's whole units and its decimals without trailing zeros, as Decimal::toString()
// writes them: "-12.5", "3", "0.000001".
struct DecimalParts
{
    bool negative = false;
    quint64 whole = 0;
    quint64 fraction = 0;  // the decimals as a number, trailing zeros removed
    int decimals = 0;      // how many decimals that is
};

DecimalParts decimalParts(Core::Decimal value)
{
    DecimalParts d;
    d.negative = value.micros() < 0;
    const quint64 magnitude = d.negative ? 0 - quint64(value.micros()) : quint64(value.micros());
    d.whole = magnitude / quint64(Core::Decimal::One);
    d.fraction = magnitude % quint64(Core::Decimal::One);
    if (d.fraction != 0) {
        d.decimals = Core::Decimal::Scale;
        while (d.fraction % 10 == 0) {
            d.fraction /= 10;
            --d.decimals;
        }
    }
    return d;
}

qsizetype decimalSize(const DecimalParts &d)
{
    qsizetype size = (d.negative ? 1 : 0) + digitCount(qint64(d.whole));
    return d.decimals > 0 ? size + 1 + d.decimals : size;
}

char *writeDecimal(char *out, const DecimalParts &d)
{
    if (d.negative)
        *out++ = '-';
    out = std::to_chars(out, out + 20, d.whole).ptr;
    if (d.decimals > 0) {
        *out++ = '.';
        quint64 rest = d.fraction;
        for (int i = d.decimals - 1; i >= 0; --i) {
            out[i] = char('0' + rest % 10);
            rest /= 10;
        }
        out += d.decimals;
    }
    return out;
}

// A key written as it is: printable ASCII other than quote and backslash.
[[maybe_unused]] bool plainKey(QLatin1StringView key)
{
    return std::all_of(key.begin(), key.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x7f && u != '"' && u != '\\';
    });
}

} // namespace

JsonWriter::JsonWriter(qsizetype expectedSize)
{
    m_text.resize(std::max<qsizetype>(expectedSize, 16));
    m_data = m_text.data();
}

QByteArray JsonWriter::take()
{
    m_text.resize(m_size);
    QByteArray text = std::move(m_text);
    m_text = QByteArray();
    m_data = nullptr;
    m_size = 0;
    m_comma = false;
    return text;
}

void JsonWriter::reserve(qsizetype bytes)
{
    m_text.resize(std::max(m_size + bytes, 2 * m_text.size() + 64));
    m_data = m_text.data();
}

void JsonWriter::key(QLatin1StringView key)
{
    Q_ASSERT(plainKey(key));
    char *p = next(key.size() + 3);
    *p++ = '"';
    p = std::copy(key.begin(), key.end(), p);
    *p++ = '"';
    *p = ':';
    m_comma = false;
}

void JsonWriter::value(const QString &text)
{
    const qsizetype start = m_size;
    const char *end = writeJsonText(next(6 * text.size() + 2), text);
    if (!end) {
        // Not valid UTF-16: as QJsonDocument writes it.
        m_size = start;
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        json(array.sliced(1, array.size() - 2));
        return;
    }
    m_size = end - m_data;
    m_comma = true;
}

void JsonWriter::value(qint64 number)
{
    char *p = next(digitCount(number));
    std::to_chars(p, p + 20, number);
    m_comma = true;
}

void JsonWriter::value(bool truth)
{
    const std::string_view word = truth ? "true" : "false";
    std::copy(word.begin(), word.end(), next(qsizetype(word.size())));
    m_comma = true;
}

void JsonWriter::valueText(Core::Decimal value)
{
    const DecimalParts d = decimalParts(value);
    char *p = next(decimalSize(d) + 2);
    *p++ = '"';
    p = writeDecimal(p, d);
    *p = '"';
    m_comma = true;
}

void JsonWriter::valueText(const Value &value)
{
    if (const QString *text = std::get_if<QString>(&value))
        this->value(*text);
    else if (const Core::Decimal *d = std::get_if<Core::Decimal>(&value))
        valueText(*d);
    else
        this->value(valueToString(value));
}

void JsonWriter::json(const QByteArray &text)
{
    std::copy(text.cbegin(), text.cend(), next(text.size()));
    m_comma = true;
}

QString decimalText(Core::Decimal value)
{
    char text[32];
    const char *end = writeDecimal(text, decimalParts(value));
    return QString::fromLatin1(text, end - text);
}

} // namespace Hearth::Workflow::Internal
