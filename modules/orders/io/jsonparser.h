#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <optional>
#include <vector>

namespace Hearth::Orders::Internal {

/// One parsed JSON value. Numbers keep their text as written; objects keep their key order.
struct JsonValue
{
    enum class Kind { Null, Bool, Number, String, Array, Object };

    Kind kind = Kind::Null;
    QString text;
    std::vector<QString> keys;      // Object: keys[i] names values[i]
    std::vector<JsonValue> values;  // Array and Object

    /// Compact JSON text, for arrays that do not become rows.
    QString toJson() const;
};

/// Reads a JSON file a chunk at a time, value by value, and knows where it stands in the file
/// (line, column, offset), so that an error says where the JSON breaks and what it expected.
/// Once an error is set, reading stops: peek() gives -1 and the parse functions false.
class JsonParser
{
public:
    explicit JsonParser(const QString &path);

    /// Opens the file; false (with error()) when it cannot be read.
    bool open();
    /// Starts again at the first byte, after a UTF-8 byte order mark; clears the error.
    bool rewind();

    int peek();
    int get();
    /// Consumes c when it comes next.
    bool accept(char c);
    /// Consumes c, or fails with "expected what".
    bool expect(char c, const char *what);
    void skipWhitespace();
    bool parseValue(JsonValue *value, int depth = 1);
    bool parseString(QString *text);
    bool skipValue();

    /// Records that the JSON is broken here (or at offset on the current line), with what was
    /// expected; found is the byte met, -1 at the end of the file.
    void syntaxError(const QString &expected, qint64 offset = -1, int found = -2);
    void setError(const Core::Error &error) { m_error = error; }
    const std::optional<Core::Error> &error() const { return m_error; }

    QString fileName() const { return m_fileName; }
    qint64 size() const { return m_file.size(); }
    /// How far the parser has read, in bytes from the start of the file.
    qint64 offset() const { return m_bufferOffset + m_pos; }

private:
    bool parseNumber(QString *text);
    bool parseLiteral(const char *word);
    bool parseHex4(char16_t *unit);
    bool fill();

    QString m_fileName;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferOffset = 0; // file offset of m_buffer[0]
    int m_line = 1;
    qint64 m_lineStart = 0;    // file offset where m_line starts
    std::optional<Core::Error> m_error;
};

} // namespace Hearth::Orders::Internal
