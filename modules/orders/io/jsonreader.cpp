#include "jsonparser.h"
#include "rowreader.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <deque>
#include <vector>

namespace Hearth::Orders {

namespace {

using Internal::JsonParser;
using Internal::JsonValue;

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
    std::optional<Core::Error> error() const override { return m_parser.error(); }
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

    void recordError(const QString &message);

    JsonParser m_parser;
    bool m_topIsObject = false;
    bool m_firstRecord = true;
    bool m_recordsDone = false;
    int m_recordIndex = 0;
    QStringList m_headers;
    QHash<QString, int> m_columns;
    std::deque<Fields> m_pending;
    int m_pendingIndex = 0;
};

JsonReader::JsonReader(const QString &path)
    : m_parser(path)
{
}

// Reads the whole file once to check it and to collect the headers, then rewinds.
std::optional<Core::Error> JsonReader::open()
{
    if (!m_parser.open() || !start())
        return m_parser.error();

    JsonValue record;
    std::vector<Fields> rows;
    for (;;) {
        const Step step = nextRecord(&record);
        if (step == Step::Failed)
            return m_parser.error();
        if (step == Step::End)
            break;
        if (!toRows(record, &rows))
            return m_parser.error();
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
        return m_parser.error();
    if (m_headers.isEmpty()) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the file holds no records; expected "
                                                       "an array of objects with the orders' "
                                                       "fields"),
                           m_parser.fileName()};
    }
    if (!start())
        return m_parser.error();
    return std::nullopt;
}

bool JsonReader::start()
{
    if (!m_parser.rewind())
        return false;
    m_firstRecord = true;
    m_recordsDone = false;
    m_recordIndex = 0;
    m_pending.clear();
    m_pendingIndex = 0;
    return findRecords();
}

// Positions the parser inside the array of records: the top-level array, or the array under
// "orders" or "rows" in a top-level object.
bool JsonReader::findRecords()
{
    m_parser.skipWhitespace();
    const int first = m_parser.peek();
    if (first == '[') {
        m_parser.get();
        m_topIsObject = false;
        return true;
    }
    if (first != '{') {
        if (first < 0 && !m_parser.error()) {
            m_parser.setError(Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                                      "the file is empty; "
                                                                      "expected JSON records"),
                                          m_parser.fileName()});
        } else if (!m_parser.error()) {
            m_parser.syntaxError(QCoreApplication::translate(
                "Hearth::Orders", "an array of records or an object with an \"orders\" array"));
        }
        return false;
    }
    m_parser.get();
    m_topIsObject = true;
    m_parser.skipWhitespace();
    if (m_parser.peek() == '}')
        m_parser.get();
    else {
        for (;;) {
            m_parser.skipWhitespace();
            QString key;
            if (!m_parser.parseString(&key))
                return false;
            m_parser.skipWhitespace();
            if (!m_parser.expect(':', "':'"))
                return false;
            m_parser.skipWhitespace();
            if ((key == u"orders" || key == u"rows") && m_parser.peek() == '[') {
                m_parser.get();
                return true;
            }
            if (!m_parser.skipValue())
                return false;
            m_parser.skipWhitespace();
            if (m_parser.accept('}'))
                break;
            if (!m_parser.accept(',')) {
                m_parser.syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or '}'"));
                return false;
            }
        }
    }
    m_parser.setError(Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                              "the object holds no \"orders\" "
                                                              "or \"rows\" array; expected the "
                                                              "records there"),
                                  m_parser.fileName()});
    return false;
}

JsonReader::Step JsonReader::nextRecord(JsonValue *record)
{
    if (m_recordsDone)
        return Step::End;
    m_parser.skipWhitespace();
    if (m_firstRecord) {
        m_firstRecord = false;
        if (m_parser.peek() == ']') {
            m_parser.get();
            m_recordsDone = true;
            return Step::End;
        }
    } else {
        if (m_parser.accept(']')) {
            m_recordsDone = true;
            return Step::End;
        }
        if (!m_parser.accept(',')) {
            if (!m_parser.error())
                m_parser.syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or ']'"));
            return Step::Failed;
        }
        m_parser.skipWhitespace();
    }
    *record = JsonValue();
    if (!m_parser.parseValue(record, 1))
        return Step::Failed;
    ++m_recordIndex;
    return Step::Record;
}

// After the records: the rest of the enclosing object, then nothing but white space.
bool JsonReader::finishDocument()
{
    if (m_topIsObject) {
        for (;;) {
            m_parser.skipWhitespace();
            if (m_parser.accept('}'))
                break;
            if (!m_parser.accept(',')) {
                m_parser.syntaxError(QCoreApplication::translate("Hearth::Orders", "',' or '}'"));
                return false;
            }
            m_parser.skipWhitespace();
            QString key;
            if (!m_parser.parseString(&key))
                return false;
            m_parser.skipWhitespace();
            if (!m_parser.expect(':', "':'"))
                return false;
            m_parser.skipWhitespace();
            if (!m_parser.skipValue())
                return false;
        }
    }
    m_parser.skipWhitespace();
    if (m_parser.peek() >= 0) {
        m_parser.syntaxError(QCoreApplication::translate("Hearth::Orders", "the end of the file"));
        return false;
    }
    return !m_parser.error();
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
            fields->emplace_back(key, value.toJson());
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
        if (m_parser.error())
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
    const qint64 size = m_parser.size();
    if (size <= 0 || m_recordsDone)
        return 1000;
    return int(std::clamp<qint64>(m_parser.offset() * 1000 / size, 0, 1000));
}

void JsonReader::recordError(const QString &message)
{
    m_parser.setError(Core::Error{message,
                                  QCoreApplication::translate("Hearth::Orders", "%1, record %2")
                                      .arg(m_parser.fileName())
                                      .arg(m_recordIndex)});
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
