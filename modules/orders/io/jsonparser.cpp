#include "jsonparser.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Hearth::Orders::Internal {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr int maxDepth = 64;

// The index of the first byte that is not well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        char32_t smallest = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            code = lead & 0x1F;
            smallest = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            code = lead & 0x0F;
            smallest = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            code = lead & 0x07;
            smallest = 0x10000;
        } else {
            return i;
        }
        if (i + length > bytes.size())
            return i;
        for (int k = 1; k < length; ++k) {
            const uchar next = uchar(bytes[i + k]);
            if ((next & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < smallest || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

QString JsonValue::toJson() const
{
    auto quoted = [](const QString &text) {
        QString out = QStringLiteral("\"");
        for (const QChar c : text) {
            if (c == u'"' || c == u'\\')
                out += u'\\';
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
        return out + u'"';
    };
    switch (kind) {
    case JsonValue::Kind::Null:
        return QStringLiteral("null");
    case JsonValue::Kind::Bool:
    case JsonValue::Kind::Number:
        return text;
    case JsonValue::Kind::String:
        return quoted(text);
    case JsonValue::Kind::Array:
    case JsonValue::Kind::Object: {
        const bool object = kind == JsonValue::Kind::Object;
        QString out = object ? QStringLiteral("{") : QStringLiteral("[");
        for (size_t i = 0; i < values.size(); ++i) {
            if (i > 0)
                out += u',';
            if (object)
                out += quoted(keys[i]) + u':';
            out += values[i].toJson();
        }
        return out + (object ? u'}' : u']');
    }
    }
    return QString();
}

JsonParser::JsonParser(const QString &path)
    : m_fileName(QFileInfo(path).fileName())
    , m_file(path)
{
}

bool JsonParser::open()
{
    if (m_file.open(QIODevice::ReadOnly))
        return true;
    m_error = Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                      "the file cannot be opened: %1")
                              .arg(m_file.errorString()),
                          m_fileName};
    return false;
}

bool JsonParser::rewind()
{
    m_error.reset();
    if (!m_file.seek(0)) {
        m_error = Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                          "the file cannot be read: %1")
                                  .arg(m_file.errorString()),
                              m_fileName};
        return false;
    }
    m_buffer.clear();
    m_pos = 0;
    m_bufferOffset = 0;
    m_line = 1;
    m_lineStart = 0;

    if (peek() == 0xEF) { // a UTF-8 byte order mark
        get();
        if (get() != 0xBB || get() != 0xBF) {
            syntaxError(QCoreApplication::translate("Hearth::Orders", "a JSON value"));
            return false;
        }
        m_lineStart = 3;
    }
    return true;
}

bool JsonParser::parseValue(JsonValue *value, int depth)
{
    if (depth > maxDepth) {
        syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                "less deeply nested data (at most %1 levels)")
                        .arg(maxDepth));
        return false;
    }
    skipWhitespace();
    const int c = peek();
    switch (c) {
    case '{': {
        get();
        value->kind = JsonValue::Kind::Object;
        skipWhitespace();
        if (peek() == '}') {
            get();
            return true;
        }
        for (;;) {
            skipWhitespace();
            QString key;
            if (!parseString(&key))
                return false;
            skipWhitespace();
            if (!expect(':', "':'"))
                return false;
            value->keys.push_back(std::move(key));
            value->values.emplace_back();
            if (!parseValue(&value->values.back(), depth + 1))
                return false;
            skipWhitespace();
            if (accept('}'))
                return true;
            if (!accept(',')) {
                syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or '}'"));
                return false;
            }
        }
    }
    case '[': {
        get();
        value->kind = JsonValue::Kind::Array;
        skipWhitespace();
        if (peek() == ']') {
            get();
            return true;
        }
        for (;;) {
            value->values.emplace_back();
            if (!parseValue(&value->values.back(), depth + 1))
                return false;
            skipWhitespace();
            if (accept(']'))
                return true;
            if (!accept(',')) {
                syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or ']'"));
                return false;
            }
        }
    }
    case '"':
        value->kind = JsonValue::Kind::String;
        return parseString(&value->text);
    case 't':
        value->kind = JsonValue::Kind::Bool;
        value->text = QStringLiteral("true");
        return parseLiteral("true");
    case 'f':
        value->kind = JsonValue::Kind::Bool;
        value->text = QStringLiteral("false");
        return parseLiteral("false");
    case 'n':
        value->kind = JsonValue::Kind::Null;
        return parseLiteral("null");
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            value->kind = JsonValue::Kind::Number;
            return parseNumber(&value->text);
        }
        if (!m_error)
            syntaxError(QCoreApplication::translate("Hearth::Orders", "a JSON value"));
        return false;
    }
}

bool JsonParser::parseString(QString *text)
{
    if (peek() != '"') {
        if (!m_error)
            syntaxError(QCoreApplication::translate("Hearth::Orders", "a string in quotes"));
        return false;
    }
    get();
    text->clear();
    QByteArray run; // raw UTF-8 between escapes
    qint64 runStart = m_bufferOffset + m_pos;
    auto flush = [&] {
        const qsizetype bad = firstInvalidUtf8(run);
        if (bad >= 0) {
            syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                    "UTF-8 text (JSON files are UTF-8)"),
                        runStart + bad, uchar(run[bad]));
            return false;
        }
        *text += QString::fromUtf8(run);
        run.clear();
        return true;
    };
    for (;;) {
        const int c = peek();
        if (c < 0) {
            if (!m_error)
                syntaxError(QCoreApplication::translate("Hearth::Orders", "a closing '\"'"));
            return false;
        }
        if (c < 0x20) {
            syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                    "an escape such as \\n instead of a "
                                                    "control character in the string"));
            return false;
        }
        if (c != '\\' && c != '"') {
            run.append(char(get()));
            continue;
        }
        if (!flush())
            return false;
        if (c == '"') {
            get();
            return true;
        }

        const qint64 escapeStart = m_bufferOffset + m_pos;
        get();
        const int escape = peek();
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            text->append(QChar(escape));
            break;
        case 'b':
            text->append(u'\b');
            break;
        case 'f':
            text->append(u'\f');
            break;
        case 'n':
            text->append(u'\n');
            break;
        case 'r':
            text->append(u'\r');
            break;
        case 't':
            text->append(u'\t');
            break;
        case 'u': {
            get();
            char16_t unit = 0;
            if (!parseHex4(&unit))
                return false;
            // A character beyond U+FFFF comes as two escapes, its surrogate halves.
            char16_t low = 0;
            const bool paired = QChar::isHighSurrogate(unit) && accept('\\') && accept('u')
                                && parseHex4(&low) && QChar::isLowSurrogate(low);
            if (m_error)
                return false;
            if (QChar::isSurrogate(unit) && !paired) {
                syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                        "a \\u escape pair for a character "
                                                        "beyond U+FFFF"),
                            escapeStart, '\\');
                return false;
            }
            text->append(QChar(unit));
            if (paired)
                text->append(QChar(low));
            runStart = m_bufferOffset + m_pos;
            continue;
        }
        default:
            syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                    "an escape: \\\" \\\\ \\/ \\b \\f \\n \\r "
                                                    "\\t or \\u"));
            return false;
        }
        get();
        runStart = m_bufferOffset + m_pos;
    }
}

bool JsonParser::parseHex4(char16_t *unit)
{
    *unit = 0;
    for (int k = 0; k < 4; ++k) {
        const int h = peek();
        int digit = -1;
        if (h >= '0' && h <= '9')
            digit = h - '0';
        else if (h >= 'a' && h <= 'f')
            digit = h - 'a' + 10;
        else if (h >= 'A' && h <= 'F')
            digit = h - 'A' + 10;
        if (digit < 0) {
            syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                    "four hex digits after \\u"));
            return false;
        }
        get();
        *unit = char16_t(*unit * 16 + digit);
    }
    return true;
}

// Checks the number's grammar and keeps its text; an error points at the first wrong byte.
bool JsonParser::parseNumber(QString *text)
{
    QByteArray number;
    auto digit = [this] { return peek() >= '0' && peek() <= '9'; };
    auto digits = [&] {
        if (!digit())
            return false;
        while (digit())
            number.append(char(get()));
        return true;
    };
    bool ok = true;
    if (peek() == '-')
        number.append(char(get()));
    if (peek() == '0') {
        number.append(char(get()));
        ok = !digit(); // no leading zeros
    } else {
        ok = digits();
    }
    if (ok && peek() == '.') {
        number.append(char(get()));
        ok = digits();
    }
    if (ok && (peek() == 'e' || peek() == 'E')) {
        number.append(char(get()));
        if (peek() == '+' || peek() == '-')
            number.append(char(get()));
        ok = digits();
    }
    if (!ok) {
        syntaxError(QCoreApplication::translate("Hearth::Orders",
                                                "a number such as 12, -3.5 or 1e6"));
        return false;
    }
    *text = QString::fromLatin1(number);
    return true;
}

bool JsonParser::parseLiteral(const char *word)
{
    for (const char *c = word; *c; ++c) {
        if (!accept(*c)) {
            syntaxError(QCoreApplication::translate("Hearth::Orders", "true, false or null"));
            return false;
        }
    }
    return true;
}

bool JsonParser::skipValue()
{
    JsonValue ignored;
    return parseValue(&ignored, 1);
}

bool JsonParser::expect(char c, const char *what)
{
    if (peek() == uchar(c)) {
        get();
        return true;
    }
    if (!m_error)
        syntaxError(QString::fromLatin1(what));
    return false;
}

bool JsonParser::accept(char c)
{
    if (peek() != uchar(c))
        return false;
    get();
    return true;
}

void JsonParser::skipWhitespace()
{
    for (int c = peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek())
        get();
}

int JsonParser::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return uchar(m_buffer[m_pos]);
}

int JsonParser::get()
{
    const int c = peek();
    if (c < 0)
        return c;
    ++m_pos;
    if (c == '\n') {
        ++m_line;
        m_lineStart = m_bufferOffset + m_pos;
    }
    return c;
}

bool JsonParser::fill()
{
    if (m_error)
        return false;
    m_bufferOffset += m_buffer.size();
    m_buffer = m_file.read(chunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty() && m_file.error() != QFileDevice::NoError) {
        m_error = Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                          "the file cannot be read: %1")
                                  .arg(m_file.errorString()),
                              m_fileName};
    }
    return !m_buffer.isEmpty();
}

// Where the parser stands (or the given offset on the current line), with what it expected.
void JsonParser::syntaxError(const QString &expected, qint64 offset, int found)
{
    if (m_error)
        return;
    if (offset < 0) {
        offset = m_bufferOffset + m_pos;
        found = m_pos < m_buffer.size() ? uchar(m_buffer[m_pos]) : -1;
    }
    QString foundText;
    if (found < 0)
        foundText = QCoreApplication::translate("Hearth::Orders", "the end of the file");
    else if (found >= 0x20 && found < 0x7F)
        foundText = QStringLiteral("'%1'").arg(QChar(found));
    else
        foundText = QStringLiteral("byte 0x%1").arg(found, 2, 16, QChar(u'0'));
    m_error = Core::Error{
        QCoreApplication::translate("Hearth::Orders", "the JSON is broken: expected %1, found %2")
            .arg(expected, foundText),
        QCoreApplication::translate("Hearth::Orders", "%1, line %2, column %3 (offset %4)")
            .arg(m_fileName)
            .arg(m_line)
            .arg(offset - m_lineStart + 1)
            .arg(offset)};
}

} // namespace Hearth::Orders::Internal
