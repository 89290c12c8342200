#include "rowreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <deque>
#include <vector>

namespace Hearth::Orders {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
constexpr int maxDepth = 64;

/// One parsed JSON value. Numbers keep their text as written; objects keep their key order.
struct JsonValue
{
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    QString text;
    std::vector<QString> keys;      // Object: keys[i] names values[i]
    std::vector<JsonValue> values;  // Array and Object
};

// Compact JSON text of a value, for arrays that do not become rows.
QString toJson(const JsonValue &value)
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
    switch (value.kind) {
    case JsonValue::Kind::Null:
        return QStringLiteral("null");
    case JsonValue::Kind::Bool:
    case JsonValue::Kind::Number:
        return value.text;
    case JsonValue::Kind::String:
        return quoted(value.text);
    case JsonValue::Kind::Array:
    case JsonValue::Kind::Object: {
        const bool object = value.kind == JsonValue::Kind::Object;
        QString out = object ? QStringLiteral("{") : QStringLiteral("[");
        for (size_t i = 0; i < value.values.size(); ++i) {
            if (i > 0)
                out += u',';
            if (object)
                out += quoted(value.keys[i]) + u':';
            out += toJson(value.values[i]);
        }
        return out + (object ? u'}' : u']');
    }
    }
    return QString();
}

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

/// A flat record: field name and text, in order.
using Fields = std::vector<std::pair<QString, QString>>;

/// Reads a JSON file of records a chunk at a time: finds the array of records, then parses one
/// record at a time, turning each into one row, or one row per order line.
class JsonReader final : public RowReader
{
public:
    explicit JsonReader(const QString &path);

    std::optional<Core::Error> open();

    QStringList headers() const override { return m_headers; }
    bool readRow(QStringList *cells, int *rowNumber) override;
    std::optional<Core::Error> error() const override { return m_error; }
    bool rewind() override;
    int permille() const override;
    QString detail() const override { return QStringLiteral("UTF-8"); } // as JSON must be

private:
    enum class Step { Record, End, Failed };

    bool start();
    bool findRecords();
    Step nextRecord(JsonValue *record);
    bool finishDocument();
    bool toRows(const JsonValue &record, std::vector<Fields> *rows);
    bool flatten(const JsonValue &object, const QString &prefix, bool topLevel, Fields *fields,
                 const JsonValue **lines);

    bool parseValue(JsonValue *value, int depth);
    bool parseString(QString *text);
    bool parseNumber(QString *text);
    bool parseLiteral(const char *word);
    bool skipValue();
    bool expect(char c, const char *what);
    bool accept(char c);
    bool parseHex4(char16_t *unit);
    void skipWhitespace();
    int peek();
    int get();
    bool fill();
    void syntaxError(const QString &expected, qint64 offset = -1, int found = -2);
    void recordError(const QString &message);

    QString m_fileName;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    int m_line = 1;
    qint64 m_lineStart = 0;    // file offset where m_line starts

    bool m_topIsObject = false;
    bool m_firstRecord = true;
    bool m_recordsDone = false;
    int m_recordIndex = 0;
    QStringList m_headers;
    QHash<QString, int> m_columns;
    std::deque<Fields> m_pending;
    int m_pendingIndex = 0;
    std::optional<Core::Error> m_error;
};

JsonReader::JsonReader(const QString &path)
    : m_fileName(QFileInfo(path).fileName())
    , m_file(path)
{
}

// Reads the whole file once to check it and to collect the headers, then rewinds.
std::optional<Core::Error> JsonReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the file cannot be opened: %1")
                               .arg(m_file.errorString()),
                           m_fileName};
    }
    if (!start())
        return m_error;

    JsonValue record;
    std::vector<Fields> rows;
    for (;;) {
        const Step step = nextRecord(&record);
        if (step == Step::Failed)
            return m_error;
        if (step == Step::End)
            break;
        if (!toRows(record, &rows))
            return m_error;
        for (const Fields &row : rows) {
            for (const auto &[key, text] : row) {
                if (!m_columns.contains(key)) {
                    m_columns.insert(key, int(m_headers.size()));
                    m_headers.append(key);
                }
            }
        }
    }
    if (!finishDocument())
        return m_error;
    if (m_headers.isEmpty()) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the file holds no records; expected "
                                                       "an array of objects with the orders' "
                                                       "fields"),
                           m_fileName};
    }
    if (!start())
        return m_error;
    return std::nullopt;
}

bool JsonReader::start()
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
    m_firstRecord = true;
    m_recordsDone = false;
    m_recordIndex = 0;
    m_pending.clear();
    m_pendingIndex = 0;

    if (peek() == 0xEF) { // a UTF-8 byte order mark
        get();
        if (get() != 0xBB || get() != 0xBF) {
            syntaxError(QCoreApplication::translate("Hearth::Orders", "a JSON value"));
            return false;
        }
        m_lineStart = 3;
    }
    return findRecords();
}

// Positions the parser inside the array of records: the top-level array, or the array under
// "orders" or "rows" in a top-level object.
bool JsonReader::findRecords()
{
    skipWhitespace();
    const int first = peek();
    if (first == '[') {
        get();
        m_topIsObject = false;
        return true;
    }
    if (first != '{') {
        if (first < 0 && !m_error) {
            m_error = Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                              "the file is empty; expected "
                                                              "JSON records"),
                                  m_fileName};
        } else if (!m_error) {
            syntaxError(QCoreApplication::translate(
                "Hearth::Orders", "an array of records or an object with an \"orders\" array"));
        }
        return false;
    }
    get();
    m_topIsObject = true;
    skipWhitespace();
    if (peek() == '}')
        get();
    else {
        for (;;) {
            skipWhitespace();
            QString key;
            if (!parseString(&key))
                return false;
            skipWhitespace();
            if (!expect(':', "':'"))
                return false;
            skipWhitespace();
            if ((key == u"orders" || key == u"rows") && peek() == '[') {
                get();
                return true;
            }
            if (!skipValue())
                return false;
            skipWhitespace();
            if (accept('}'))
                break;
            if (!accept(',')) {
                syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or '}'"));
                return false;
            }
        }
    }
    m_error = Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                      "the object holds no \"orders\" or "
                                                      "\"rows\" array; expected the records "
                                                      "there"),
                          m_fileName};
    return false;
}

JsonReader::Step JsonReader::nextRecord(JsonValue *record)
{
    if (m_recordsDone)
        return Step::End;
    skipWhitespace();
    if (m_firstRecord) {
        m_firstRecord = false;
        if (peek() == ']') {
            get();
            m_recordsDone = true;
            return Step::End;
        }
    } else {
        if (accept(']')) {
            m_recordsDone = true;
            return Step::End;
        }
        if (!accept(',')) {
            if (!m_error)
                syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or ']'"));
            return Step::Failed;
        }
        skipWhitespace();
    }
    *record = JsonValue();
    if (!parseValue(record, 1))
        return Step::Failed;
    ++m_recordIndex;
    return Step::Record;
}

// After the records: the rest of the enclosing object, then nothing but white space.
bool JsonReader::finishDocument()
{
    if (m_topIsObject) {
        for (;;) {
            skipWhitespace();
            if (accept('}'))
                break;
            if (!accept(',')) {
                syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or '}'"));
                return false;
            }
            skipWhitespace();
            QString key;
            if (!parseString(&key))
                return false;
            skipWhitespace();
            if (!expect(':', "':'"))
                return false;
            skipWhitespace();
            if (!skipValue())
                return false;
        }
    }
    skipWhitespace();
    if (peek() >= 0) {
        syntaxError(QCoreApplication::translate("Hearth::Orders", "the end of the file"));
        return false;
    }
    return !m_error;
}

bool JsonReader::toRows(const JsonValue &record, std::vector<Fields> *rows)
{
    rows->clear();
    if (record.kind != JsonValue::Kind::Object) {
        recordError(QCoreApplication::translate("Hearth::Orders",
                                                "the record is not an object; expected "
                                                "{\"field\": value, ...}"));
        return false;
    }
    Fields orderFields;
    const JsonValue *lines = nullptr;
    if (!flatten(record, QString(), true, &orderFields, &lines))
        return false;
    if (!lines || lines->values.empty()) {
        rows->push_back(std::move(orderFields));
        return true;
    }

    for (const JsonValue &line : lines->values) {
        Fields lineFields;
        if (!flatten(line, QString(), false, &lineFields, nullptr))
            return false;
        Fields row = orderFields;
        for (auto &[key, text] : lineFields) {
            const bool clash = std::any_of(orderFields.cbegin(), orderFields.cend(),
                                           [&key](const auto &field) {
                                               return field.first == key;
                                           });
            row.emplace_back(clash ? QStringLiteral("lines.") + key : key, std::move(text));
        }
        rows->push_back(std::move(row));
    }
    return true;
}

// Nested objects become "a.b" fields; an array of objects called "lines" at the top level is
// the order's lines; other arrays are kept as their JSON text.
bool JsonReader::flatten(const JsonValue &object, const QString &prefix, bool topLevel,
                         Fields *fields, const JsonValue **lines)
{
    for (size_t i = 0; i < object.keys.size(); ++i) {
        const QString key = prefix.isEmpty() ? object.keys[i] : prefix + u'.' + object.keys[i];
        const JsonValue &value = object.values[i];
        const bool duplicate = std::any_of(fields->cbegin(), fields->cend(),
                                           [&key](const auto &field) {
                                               return field.first == key;
                                           });
        if (duplicate) {
            recordError(QCoreApplication::translate("Hearth::Orders",
                                                    "the field \"%1\" appears twice")
                            .arg(key));
            return false;
        }
        switch (value.kind) {
        case JsonValue::Kind::Object:
            if (!flatten(value, key, false, fields, nullptr))
                return false;
            break;
        case JsonValue::Kind::Array: {
            const bool ofObjects = std::all_of(value.values.cbegin(), value.values.cend(),
                                               [](const JsonValue &item) {
                                                   return item.kind == JsonValue::Kind::Object;
                                               });
            if (topLevel && lines && key == u"lines" && ofObjects) {
                *lines = &value;
                break;
            }
            fields->emplace_back(key, toJson(value));
            break;
        }
        case JsonValue::Kind::Null:
            fields->emplace_back(key, QString());
            break;
        case JsonValue::Kind::Bool:
            fields->emplace_back(key, value.text == u"true" ? QStringLiteral("TRUE")
                                                            : QStringLiteral("FALSE"));
            break;
        case JsonValue::Kind::Number:
        case JsonValue::Kind::String:
            fields->emplace_back(key, value.text);
            break;
        }
    }
    return true;
}

bool JsonReader::readRow(QStringList *cells, int *rowNumber)
{
    for (;;) {
        if (m_error)
            return false;
        if (!m_pending.empty()) {
            Fields fields = std::move(m_pending.front());
            m_pending.pop_front();
            QStringList row(m_headers.size());
            bool empty = true;
            for (auto &[key, text] : fields) {
                const auto column = m_columns.constFind(key);
                if (column == m_columns.cend()) {
                    recordError(QCoreApplication::translate("Hearth::Orders",
                                                            "the file changed while it was "
                                                            "read; import it again"));
                    return false;
                }
                empty = empty && text.trimmed().isEmpty();
                row[*column] = std::move(text);
            }
            if (empty)
                continue;
            *cells = std::move(row);
            *rowNumber = m_recordIndex;
            return true;
        }

        JsonValue record;
        const Step step = nextRecord(&record);
        if (step != Step::Record)
            return false;
        std::vector<Fields> rows;
        if (!toRows(record, &rows))
            return false;
        for (Fields &row : rows)
            m_pending.push_back(std::move(row));
    }
}

bool JsonReader::rewind()
{
    return start();
}

int JsonReader::permille() const
{
    const qint64 size = m_file.size();
    if (size <= 0 || m_recordsDone)
        return 1000;
    return int(std::clamp<qint64>((m_bufferOffset + m_pos) * 1000 / size, 0, 1000));
}

bool JsonReader::parseValue(JsonValue *value, int depth)
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

bool JsonReader::parseString(QString *text)
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

bool JsonReader::parseHex4(char16_t *unit)
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
bool JsonReader::parseNumber(QString *text)
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

bool JsonReader::parseLiteral(const char *word)
{
    for (const char *c = word; *c; ++c) {
        if (!accept(*c)) {
            syntaxError(QCoreApplication::translate("Hearth::Orders", "true, false or null"));
            return false;
        }
    }
    return true;
}

bool JsonReader::skipValue()
{
    JsonValue ignored;
    return parseValue(&ignored, 1);
}

bool JsonReader::expect(char c, const char *what)
{
    if (peek() == uchar(c)) {
        get();
        return true;
    }
    if (!m_error)
        syntaxError(QString::fromLatin1(what));
    return false;
}

bool JsonReader::accept(char c)
{
    if (peek() != uchar(c))
        return false;
    get();
    return true;
}

void JsonReader::skipWhitespace()
{
    for (int c = peek(); c == ' ' || c == '\t' || c == '\n' || c == '\r'; c = peek())
        get();
}

int JsonReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return uchar(m_buffer[m_pos]);
}

int JsonReader::get()
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

bool JsonReader::fill()
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
void JsonReader::syntaxError(const QString &expected, qint64 offset, int found)
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

void JsonReader::recordError(const QString &message)
{
    m_error = Core::Error{message, QCoreApplication::translate("Hearth::Orders", "%1, record %2")
                                       .arg(m_fileName)
                                       .arg(m_recordIndex)};
}

} // namespace

Core::Result<std::unique_ptr<RowReader>> openJson(const QString &path)
{
    auto reader = std::make_unique<JsonReader>(path);
    if (auto failure = reader->open())
        return *failure;
    return std::unique_ptr<RowReader>(std::move(reader));
}

} // namespace Hearth::Orders
