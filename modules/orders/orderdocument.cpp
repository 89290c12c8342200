#include "orderdocument.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <string>
#include <vector>

namespace Hearth::Orders::Internal {

namespace {

/// Writes a JSON document as compact text. Strings that would not read back the same (a
/// lone UTF-16 surrogate) are noted, so that the caller can build the document another way.
class JsonText
{
public:
    void beginObject()
    {
        separate();
        m_out.push_back('{');
        m_first = true;
    }
    void endObject()
    {
        m_out.push_back('}');
        m_first = false;
    }
    void beginArray(const char *key)
    {
        name(key);
        m_out.push_back('[');
        m_first = true;
    }
    void endArray()
    {
        m_out.push_back(']');
        m_first = false;
    }
    void value(const char *key, const QString &text)
    {
        name(key);
        appendString(text);
    }
    void value(const char *key, qint64 number)
    {
        name(key);
        m_out += std::to_string(number);
    }
    void value(const char *key, bool flag)
    {
        name(key);
        m_out += flag ? "true" : "false";
    }
    void value(const char *key, const std::optional<qint64> &number)
    {
        if (number)
            value(key, *number);
        else
            null(key);
    }
    void null(const char *key)
    {
        name(key);
        m_out += "null";
    }

    bool roundTrips() const { return !m_loneSurrogate; }
    QByteArray bytes() const { return QByteArray(m_out.data(), qsizetype(m_out.size())); }

private:
    void separate()
    {
        if (!m_first)
            m_out.push_back(',');
        m_first = false;
    }
    void name(const char *key)
    {
        separate();
        m_out.push_back('"');
        m_out += key;
        m_out += "\":";
    }
    void appendString(const QString &text)
    {
        static constexpr char hex[] = "0123456789abcdef";
        m_out.push_back('"');
        const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
        const char16_t *end = p + text.size();
        while (p != end) {
            const char16_t u = *p++;
            if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
                m_out.push_back(char(u));
            } else if (u < 0x80) {
                m_out.push_back('\\');
                switch (u) {
                case u'"':
                    m_out.push_back('"');
                    break;
                case u'\\':
                    m_out.push_back('\\');
                    break;
                case u'\n':
                    m_out.push_back('n');
                    break;
                case u'\r':
                    m_out.push_back('r');
                    break;
                case u'\t':
                    m_out.push_back('t');
                    break;
                default:
                    m_out += "u00";
                    m_out.push_back(hex[u >> 4]);
                    m_out.push_back(hex[u & 0xf]);
                }
            } else if (u < 0x800) {
                m_out.push_back(char(0xc0 | (u >> 6)));
                m_out.push_back(char(0x80 | (u & 0x3f)));
            } else if (!QChar::isSurrogate(u)) {
                m_out.push_back(char(0xe0 | (u >> 12)));
                m_out.push_back(char(0x80 | ((u >> 6) & 0x3f)));
                m_out.push_back(char(0x80 | (u & 0x3f)));
            } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
                const char32_t c = QChar::surrogateToUcs4(u, *p++);
                m_out.push_back(char(0xf0 | (c >> 18)));
                m_out.push_back(char(0x80 | ((c >> 12) & 0x3f)));
                m_out.push_back(char(0x80 | ((c >> 6) & 0x3f)));
                m_out.push_back(char(0x80 | (c & 0x3f)));
            } else {
                m_loneSurrogate = true;
            }
        }
        m_out.push_back('"');
    }

    std::string m_out;
    bool m_first = true;
    bool m_loneSurrogate = false;
};

/// Builds the same document as a QJsonObject, value by value.
class JsonBuilder
{
public:
    void beginObject() { m_frames.push_back({}); }
    void endObject()
    {
        QJsonObject object = std::move(m_frames.back().object);
        m_frames.pop_back();
        if (m_frames.empty())
            m_result = std::move(object);
        else
            m_frames.back().array.append(object);
    }
    void beginArray(const char *key) { m_frames.push_back({QLatin1String(key), {}, {}}); }
    void endArray()
    {
        Frame array = std::move(m_frames.back());
        m_frames.pop_back();
        m_frames.back().object.insert(array.key, array.array);
    }
    void value(const char *key, const QString &text) { insert(key, text); }
    void value(const char *key, qint64 number) { insert(key, number); }
    void value(const char *key, bool flag) { insert(key, flag); }
    void value(const char *key, const std::optional<qint64> &number)
    {
        insert(key, number ? QJsonValue(*number) : QJsonValue());
    }
    void null(const char *key) { insert(key, QJsonValue()); }

    QJsonObject result() const { return m_result; }

private:
    struct Frame
    {
        QString key;
        QJsonObject object;
        QJsonArray array;
    };

    void insert(const char *key, const QJsonValue &value)
    {
        m_frames.back().object.insert(QLatin1String(key), value);
    }

    std::vector<Frame> m_frames;
    QJsonObject m_result;
};

/// The document that goes to the outbox and the audit trail, written once for both ways of
/// building it; keys in the order a QJsonObject keeps them.
template<typename Writer>
void writeOrderDocument(Writer &w, const SalesOrder &o)
{
    w.beginObject();
    w.value("address", o.address.toString());
    w.value("channel", channelCode(o.channel));
    w.value("channel_order_no", o.channelOrderNo);
    w.value("customer", o.customer.name);
    if (!o.dealer.code.isEmpty())
        w.value("dealer", o.dealer.code);
    w.value("deposit_fen", o.depositFen);
    if (!o.designer.code.isEmpty())
        w.value("designer", o.designer.code);
    w.value("id", o.id);
    w.beginArray("lines");
    for (const OrderLine &l : o.lines) {
        const bool custom = l.isCustom();
        w.beginObject();
        w.value("amount", l.amount.toString());
        if (!l.channelLineNo.isEmpty())
            w.value("channel_line_no", l.channelLineNo);
        if (custom) {
            w.value("colour", l.colour);
            w.value("depth_mm", l.depthMm);
        }
        w.value("description", l.description);
        w.value("discount", l.discount.toString());
        if (custom)
            w.value("height_mm", l.heightMm);
        w.value("id", l.id);
        w.value("line_no", qint64(l.lineNo));
        if (custom)
            w.value("material", l.material);
        if (l.profit)
            w.value("profit", l.profit->toString());
        w.value("quantity", l.quantity.toString());
        w.value("sku", l.sku);
        if (!l.spec.isEmpty()) {
            w.value("spec", QString::fromUtf8(QJsonDocument(l.spec).toJson(
                                QJsonDocument::Compact)));
        }
        w.value("unit", unitCode(l.unit));
        if (l.unitPrice)
            w.value("unit_price", l.unitPrice->toString());
        else
            w.null("unit_price");
        if (custom)
            w.value("width_mm", l.widthMm);
        w.endObject();
    }
    w.endArray();
    w.value("mobile", o.customer.mobile);
    w.value("order_no", o.orderNo);
    w.value("promised_on", OrderDocument::dateText(o.promisedOn));
    if (o.returned)
        w.value("returned", true);
    if (o.shippedOn.isValid())
        w.value("shipped_on", OrderDocument::dateText(o.shippedOn));
    w.value("signed_on", OrderDocument::dateText(o.signedOn));
    w.value("status", statusCode(o.status));
    if (!o.store.code.isEmpty())
        w.value("store", o.store.code);
    w.value("total", o.total().toString());
    w.endObject();
}

} // namespace

QString OrderDocument::dateText(const QDate &d)
{
    if (!d.isValid())
        return QString();
    int year = 0;
    int month = 0;
    int day = 0;
    d.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return d.toString(Qt::ISODate);
    // What Qt::ISODate gives for these years, without going through the locale machinery.
    const char16_t text[] = {char16_t(u'0' + year / 1000), char16_t(u'0' + year / 100 % 10),
                             char16_t(u'0' + year / 10 % 10), char16_t(u'0' + year % 10), u'-',
                             char16_t(u'0' + month / 10), char16_t(u'0' + month % 10), u'-',
                             char16_t(u'0' + day / 10), char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QJsonObject OrderDocument::build(const SalesOrder &o)
{
    // Parsing compact text is several times cheaper than inserting value by value into a
    // QJsonObject, and the import writes one document per order.
    JsonText text;
    writeOrderDocument(text, o);
    if (text.roundTrips()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.bytes(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return document.object();
    }
    JsonBuilder builder;
    writeOrderDocument(builder, o);
    return builder.result();
}

} // namespace Hearth::Orders::Internal
