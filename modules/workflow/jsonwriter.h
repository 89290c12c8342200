#pragma once

#include "core/decimal.h"
#include "workflow/expression.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

// Writing the JSON the split makes (task details, lines, cabinet parameters) as text. Not for
// use elsewhere.
namespace Hearth::Workflow::Internal {

/// Writes compact JSON text as it is given, the text QJsonDocument writes for the same values:
/// UTF-8, no spaces, the same escapes. The caller gives each object's keys in the order
/// QJsonObject keeps them (byte by byte), so that equal objects give equal text; a key out of
/// order is still read right, only compared the slow way (JsonObjectText). Keys are names of
/// printable ASCII without quotes or backslashes.
class JsonWriter
{
public:
    /// A writer with room for about the given number of bytes.
    explicit JsonWriter(qsizetype expectedSize = 256);

    /// The text written; the writer is empty afterwards.
    QByteArray take();

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(QLatin1StringView key);

    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool truth);
    /// The decimal as text, as Decimal::toString() writes it.
    void valueText(Core::Decimal value);
    /// The value as text, as valueToString() writes it.
    void valueText(const Value &value);
    /// A value already written as JSON (an object or an array).
    void json(const QByteArray &text);

    template<typename T>
    void member(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

private:
    // Room for bytes more, after a comma where a key or value follows another.
    char *next(qsizetype bytes)
    {
        if (m_size + bytes + 1 > m_text.size())
            reserve(bytes + 1);
        char *p = m_data + m_size;
        if (m_comma)
            *p++ = ',';
        m_size = p - m_data + bytes;
        return p;
    }
    void open(char bracket)
    {
        *next(1) = bracket;
        m_comma = false;
    }
    void close(char bracket)
    {
        m_comma = false;
        *next(1) = bracket;
        m_comma = true;
    }
    void reserve(qsizetype bytes);

    QByteArray m_text;  // larger than what is written while writing
    char *m_data = nullptr;
    qsizetype m_size = 0;  // the bytes written
    bool m_comma = false;  // whether a comma goes before the next key or value
};

/// The decimal as Decimal::toString() writes it ("2.64", "-3", "0.000001"), made directly.
QString decimalText(Core::Decimal value);

} // namespace Hearth::Workflow::Internal
