#include "changelog.h"

#include "database.h"

#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUuid>

#include <cstring>
#include <limits>
#include <string>

namespace Hearth::Storage {

namespace {

/// Writes CBOR, as QCborValue encodes a JSON document, as the compact JSON text that
/// QJsonDocument writes for it. Returns false for anything it does not expect, so that the
/// caller can fall back on QJsonDocument: the two must give the same text.
class CborToJson
{
public:
    CborToJson(const QByteArray &cbor, std::string *json)
        : m_p(reinterpret_cast<const uchar *>(cbor.constData())), m_end(m_p + cbor.size()),
          m_json(json)
    {}

    bool convert() { return item(0) && m_p == m_end; }

private:
    static constexpr int maxDepth = 64;

    bool argument(uchar info, quint64 *value)
    {
        int bytes = 0;
        if (info < 24) {
            *value = info;
            return true;
        }
        switch (info) {
        case 24:
            bytes = 1;
            break;
        case 25:
            bytes = 2;
            break;
        case 26:
            bytes = 4;
            break;
        case 27:
            bytes = 8;
            break;
        default:
            return false;  // indefinite lengths and reserved values
        }
        if (m_end - m_p < bytes)
            return false;
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | *m_p++;
        *value = v;
        return true;
    }

    bool text(quint64 length)
    {
        if (quint64(m_end - m_p) < length)
            return false;
        static constexpr char hex[] = "0123456789abcdef";
        const uchar *end = m_p + length;
        m_json->push_back('"');
        while (m_p != end) {
            // The encoder writes a lone UTF-16 surrogate as '?', which QJsonDocument escapes
            // instead; a real '?' is rare enough to take the slow way.
            const uchar *run = m_p;
            while (m_p != end && *m_p >= 0x20 && *m_p != '"' && *m_p != '\\' && *m_p != '?')
                ++m_p;
            m_json->append(reinterpret_cast<const char *>(run), size_t(m_p - run));
            if (m_p == end)
                break;
            const uchar c = *m_p++;
            if (c == '?')
                return false;
            m_json->push_back('\\');
            switch (c) {
            case '"':
                m_json->push_back('"');
                break;
            case '\\':
                m_json->push_back('\\');
                break;
            case '\b':
                m_json->push_back('b');
                break;
            case '\f':
                m_json->push_back('f');
                break;
            case '\n':
                m_json->push_back('n');
                break;
            case '\r':
                m_json->push_back('r');
                break;
            case '\t':
                m_json->push_back('t');
                break;
            default:
                m_json->append("u00");
                m_json->push_back(hex[c >> 4]);
                m_json->push_back(hex[c & 0xf]);
            }
        }
        m_json->push_back('"');
        return true;
    }

    bool item(int depth)
    {
        if (m_p == m_end || depth > maxDepth)
            return false;
        const uchar head = *m_p++;
        const int major = head >> 5;
        const uchar info = head & 0x1f;
        if (major == 7) {
            switch (info) {
            case 20:
                m_json->append("false");
                return true;
            case 21:
                m_json->append("true");
                return true;
            case 22:
            case 23:
                m_json->append("null");
                return true;
            case 27: {
                quint64 bits = 0;
                if (!argument(info, &bits))
                    return false;
                double d = 0;
                std::memcpy(&d, &bits, sizeof d);
                if (qIsFinite(d))
                {
                    const QByteArray number =
                        QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
                    m_json->append(number.constData(), size_t(number.size()));
                }
                else
                    m_json->append("null");
                return true;
            }
            default:
                return false;
            }
        }
        quint64 n = 0;
        if (!argument(info, &n))
            return false;
        switch (major) {
        case 0:
            if (n > quint64(std::numeric_limits<qint64>::max()))
                return false;
            m_json->append(std::to_string(qint64(n)));
            return true;
        case 1:
            if (n > quint64(std::numeric_limits<qint64>::max()))
                return false;
            m_json->append(std::to_string(-1 - qint64(n)));
            return true;
        case 3:
            return text(n);
        case 4:
            m_json->push_back('[');
            for (quint64 i = 0; i < n; ++i) {
                if (i > 0)
                    m_json->push_back(',');
                if (!item(depth + 1))
                    return false;
            }
            m_json->push_back(']');
            return true;
        case 5:
            m_json->push_back('{');
            for (quint64 i = 0; i < n; ++i) {
                if (i > 0)
                    m_json->push_back(',');
                if (m_p == m_end || (*m_p >> 5) != 3)
                    return false;
                if (!item(depth + 1))
                    return false;
                m_json->push_back(':');
                if (!item(depth + 1))
                    return false;
            }
            m_json->push_back('}');
            return true;
        default:
            return false;  // byte strings and tags do not come from JSON
        }
    }

    const uchar *m_p;
    const uchar *m_end;
    std::string *m_json;
};

/// The time now as ISO 8601 UTC text with milliseconds. Formatting a QDateTime costs more
/// than writing the row it stamps, so the text is kept for the rest of the millisecond.
QString nowText()
{
    thread_local qint64 lastMs = -1;
    thread_local QString lastText;
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

/// The object as QJsonDocument writes it in compact form. Going through the object's CBOR
/// encoding is about twice as fast, and every imported order is recorded twice.
QString compact(const QJsonObject &o)
{
    if (o.isEmpty())
        return QString();
    const QByteArray cbor = QCborValue(QCborMap::fromJsonObject(o)).toCbor();
    std::string json;
    json.reserve(size_t(cbor.size() + cbor.size() / 8 + 16));
    if (CborToJson(cbor, &json).convert())
        return QString::fromUtf8(json.data(), qsizetype(json.size()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString ChangeLog::opName(Op op)
{
    switch (op) {
    case Op::Insert:
        return QStringLiteral("insert");
    case Op::Update:
        return QStringLiteral("update");
    case Op::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString ChangeLog::changedFields(const Change &change)
{
    if (change.op != Op::Update || change.before.isEmpty())
        return {};
    QJsonArray names;
    for (auto it = change.after.begin(); it != change.after.end(); ++it) {
        if (change.before.value(it.key()) != it.value())
            names.append(it.key());
    }
    for (auto it = change.before.begin(); it != change.before.end(); ++it) {
        if (!change.after.contains(it.key()))
            names.append(it.key());
    }
    return QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact));
}

Core::Status ChangeLog::record(Connection &connection, const Change &change)
{
    return record(connection, change, change.rowId);
}

Core::Status ChangeLog::record(Connection &connection, const Change &change,
                               const QString &anchorId)
{
    const QString at = nowText();
    const QString op = opName(change.op);
    const QString after = compact(change.after);

    Statement &outbox = connection.prepare(
        "INSERT INTO outbox(change_id, table_name, row_id, op, hlc, payload, created_at, changed) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    outbox.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, change.table)
        .bind(3, change.rowId)
        .bind(4, op)
        .bind(5, change.hlc)
        .bind(6, after)
        .bind(7, at)
        .bind(8, changedFields(change));
    if (!outbox.exec())
        return Core::Error{outbox.error(), QStringLiteral("outbox")};
    return recordAudit(connection, change, anchorId, at, after);
}

Core::Status ChangeLog::recordLocal(Connection &connection, const Change &change,
                                    const QString &anchorId)
{
    return recordAudit(connection, change, anchorId, nowText(), compact(change.after));
}

Core::Status ChangeLog::recordAudit(Connection &connection, const Change &change,
                                    const QString &anchorId, const QString &at,
                                    const QString &after)
{
    const QString op = opName(change.op);
    Statement &audit = connection.prepare(
        "INSERT INTO audit_log(at, user_name, table_name, row_id, action, before_json, after_json,"
        " reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    audit.bind(1, at)
        .bind(2, Database::currentUser())
        .bind(3, change.table)
        .bind(4, anchorId.isEmpty() ? change.rowId : anchorId)
        .bind(5, op)
        .bind(6, compact(change.before))
        .bind(7, after)
        .bind(8, change.reason);
    if (!audit.exec())
        return Core::Error{audit.error(), QStringLiteral("audit_log")};
    return {};
}

} // namespace Hearth::Storage
