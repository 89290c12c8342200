#include "scancode.h"

namespace Hearth::Warehouse {

namespace {

constexpr QLatin1StringView PackagePrefix("PK:");
constexpr QLatin1StringView BinPrefix("BN:");
constexpr QLatin1StringView PurchaseOrderPrefix("PO:");
constexpr int MaxPackages = 9999;
// Longest read shown back in a message.
constexpr int MaxShownLength = 60;

bool isWrapping(QChar c)
{
    // The suffix (CR, LF, Tab), STX/ETX and spaces; GS is data and stays.
    return c.unicode() != Gs1::GroupSeparator
           && (c.isSpace() || c.category() == QChar::Other_Control);
}

/// Characters an input method puts in place of what the scanner typed: full-width forms,
/// the ideographic space and CJK punctuation, Chinese characters, and the curly quotes, dot,
/// dash and ellipsis a Chinese punctuation mode gives for ' " ` _ ^.
bool isInputMethodCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x303f) || (u >= 0xff00 && u <= 0xffef)
           || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0x3400 && u <= 0x4dbf) || u == 0x2018
           || u == 0x2019 || u == 0x201c || u == 0x201d || u == 0x00b7 || u == 0x2014
           || u == 0x2026;
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString shown(const QString &text)
{
    const QString v = ScanCode::visible(text);
    return v.size() > MaxShownLength ? v.left(MaxShownLength) + QChar(0x2026) : v;
}

} // namespace

ScanCode ScanCode::parse(const QString &read, const QDate &today)
{
    ScanCode code;
    qsizetype begin = 0;
    qsizetype end = read.size();
    while (begin < end && isWrapping(read[begin]))
        ++begin;
    // A GS at the end separates nothing: some encoders add one after the last field.
    while (end > begin
           && (isWrapping(read[end - 1]) || read[end - 1] == QChar(Gs1::GroupSeparator))) {
        --end;
    }
    QString text = read.mid(begin, end - begin);
    text.replace(QChar(0x241d), QChar(Gs1::GroupSeparator));  // the visible GS symbol
    code.m_text = text;
    if (text.isEmpty())
        return code;

    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isInputMethodCharacter(text[i])) {
            code.m_inputMethod = true;
            code.fail(int(begin + i + 1),
                      tr("the input method changed this read (\"%1\" at position %2): switch the "
                         "Chinese input method off or to English (Ctrl+Space or Shift) and scan "
                         "again")
                          .arg(QString(text[i]))
                          .arg(begin + i + 1));
            return code;
        }
    }

    code.m_aim = Aim::fromRead(text);
    const QString data = text.mid(code.m_aim.length());
    code.m_text = data;
    code.parseData(data, int(begin) + code.m_aim.length() + 1, today);
    return code;
}

void ScanCode::parseData(const QString &data, int position, const QDate &today)
{
    if (data.isEmpty()) {
        fail(position, tr("only the symbology identifier %1 was read, no data")
                           .arg(m_aim.identifier()));
        return;
    }
    const auto takeGs1 = [this](const Core::Result<QList<Gs1Element>> &parsed, int errorAt) {
        if (!parsed) {
            fail(errorAt, tr("GS1 data %1: %2").arg(parsed.error().where, parsed.error().message));
            return;
        }
        m_kind = Kind::Gs1;
        m_elements = parsed.value();
    };
    const auto takeGtin = [this](const QString &digits) {
        Gs1Element e;
        e.ai = QStringLiteral("01");
        e.value = Gs1::gtin14(digits);
        e.position = 0;
        m_elements = {e};
        m_kind = Kind::Gs1;
    };

    int errorAt = 0;
    if (m_aim.content() == Aim::Content::Gs1ElementString
        || data.front() == QChar(Gs1::GroupSeparator)) {
        auto parsed = Gs1::parse(data, position, today, &errorAt);
        takeGs1(parsed, errorAt);
        return;
    }
    if (m_aim.symbology() == Aim::Symbology::Ean13 || m_aim.symbology() == Aim::Symbology::Ean8) {
        // ]E3 sends the EAN-13 and its add-on together; the GTIN is the first 13 digits.
        const QString digits = m_aim.symbology() == Aim::Symbology::Ean13 ? data.left(13) : data;
        const int expected = m_aim.symbology() == Aim::Symbology::Ean13 ? 13 : 8;
        if (!allDigits(digits) || digits.size() != expected) {
            fail(position, tr("%1 should send %2 digits, got \"%3\"")
                               .arg(m_aim.name())
                               .arg(expected)
                               .arg(shown(data)));
        } else if (!Gs1::hasValidCheckDigit(digits)) {
            const QChar right = Gs1::checkDigit(QStringView(digits).chopped(1));
            fail(position + expected - 1, tr("%1 %2: check digit %3 is wrong, expected %4")
                                              .arg(m_aim.name(), digits, digits.back(), right));
        } else {
            takeGtin(digits);
        }
        return;
    }
    if (parseHearth(data, position))
        return;
    if (m_aim.fnc1() == Aim::Fnc1::SecondPosition) {
        m_kind = Kind::Unknown;  // an industry's own AIs, not GS1's
        return;
    }
    if (data.front() == u'(' && data.size() > 1 && data[1].isDigit()) {
        auto parsed = Gs1::parseBracketed(data, position, today, &errorAt);
        takeGs1(parsed, errorAt);
        return;
    }
    if (data.contains(QChar(Gs1::GroupSeparator))) {
        auto parsed = Gs1::parse(data, position, today, &errorAt);
        takeGs1(parsed, errorAt);
        return;
    }
    if (allDigits(data)) {
        const qsizetype n = data.size();
        if ((n == 8 || n == 12 || n == 13 || n == 14) && Gs1::hasValidCheckDigit(data)) {
            takeGtin(data);
            return;
        }
        // A GS1-128 read by a scanner that sends no identifier and drops the FNC1: accept it
        // when it starts with an AI that carries a check digit and all of it parses.
        if (data.startsWith(QLatin1StringView("00")) || data.startsWith(QLatin1StringView("01"))
            || data.startsWith(QLatin1StringView("02"))) {
            auto parsed = Gs1::parse(data, position, today);
            if (parsed) {
                takeGs1(parsed, 0);
                return;
            }
        }
    }
    m_kind = Kind::Unknown;
}

bool ScanCode::parseHearth(const QString &data, int position)
{
    if (data.startsWith(PackagePrefix, Qt::CaseInsensitive)) {
        const QString rest = data.mid(PackagePrefix.size());
        const qsizetype dash = rest.lastIndexOf(u'-');
        const qsizetype slash = rest.indexOf(u'/', dash + 1);
        bool numberOk = false;
        bool countOk = false;
        const int number = dash > 0 && slash > dash ? rest.mid(dash + 1, slash - dash - 1)
                                                          .toInt(&numberOk)
                                                    : 0;
        const int count = slash > 0 ? rest.mid(slash + 1).toInt(&countOk) : 0;
        if (!numberOk || !countOk || number < 1 || count < number || count > MaxPackages) {
            fail(position + int(PackagePrefix.size()),
                 tr("package code \"%1\": expected PK:<order no>-<n>/<count> with "
                    "1 ≤ n ≤ count, like PK:SO00000012-3/12")
                     .arg(shown(data)));
            return true;
        }
        m_kind = Kind::Package;
        m_value = rest.left(dash);
        m_packageNumber = number;
        m_packageCount = count;
        return true;
    }
    if (data.startsWith(BinPrefix, Qt::CaseInsensitive)) {
        m_value = data.mid(BinPrefix.size()).trimmed();
        if (m_value.isEmpty()) {
            fail(position + int(BinPrefix.size()),
                 tr("bin code \"%1\": the bin is missing after BN:").arg(shown(data)));
        } else {
            m_kind = Kind::Bin;
        }
        return true;
    }
    if (data.startsWith(PurchaseOrderPrefix, Qt::CaseInsensitive)) {
        m_value = data.mid(PurchaseOrderPrefix.size()).trimmed().toUpper();
        if (m_value.isEmpty()) {
            fail(position + int(PurchaseOrderPrefix.size()),
                 tr("purchase order code \"%1\": the order number is missing after PO:")
                     .arg(shown(data)));
        } else {
            m_kind = Kind::PurchaseOrder;
        }
        return true;
    }
    const Production::ShopfloorCode shopfloor = Production::ShopfloorCode::parse(data);
    switch (shopfloor.kind()) {
    case Production::ShopfloorCode::Kind::WorkOrder:
        m_kind = Kind::WorkOrder;
        break;
    case Production::ShopfloorCode::Kind::Part:
        m_kind = Kind::Part;
        break;
    case Production::ShopfloorCode::Kind::Station:
        m_kind = Kind::Station;
        break;
    case Production::ShopfloorCode::Kind::Command:
        m_kind = Kind::Command;
        break;
    case Production::ShopfloorCode::Kind::Empty:
    case Production::ShopfloorCode::Kind::Unknown:
        return false;
    }
    m_value = shopfloor.value();
    m_command = shopfloor.command();
    return true;
}

void ScanCode::fail(int position, const QString &message)
{
    m_kind = Kind::Malformed;
    m_errorPosition = position;
    m_error = message;
}

QString ScanCode::forPackage(const QString &orderNo, int number, int count)
{
    return PackagePrefix + orderNo + u'-' + QString::number(number) + u'/'
           + QString::number(count);
}

QString ScanCode::forBin(const QString &binCode)
{
    return BinPrefix + binCode;
}

QString ScanCode::forPurchaseOrder(const QString &poNo)
{
    return PurchaseOrderPrefix + poNo;
}

QString ScanCode::visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.unicode() == Gs1::GroupSeparator)
            out += QLatin1StringView("<GS>");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("<0x%1>").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool ScanCode::isValid() const
{
    return m_kind != Kind::Empty && m_kind != Kind::Malformed && m_kind != Kind::Unknown;
}

QString ScanCode::error() const
{
    switch (m_kind) {
    case Kind::Empty:
        return tr("nothing was read");
    case Kind::Malformed:
        return m_error;
    case Kind::Unknown:
        return tr("unknown code \"%1\": not a GS1 code, nor a Hearth work order, part, "
                  "package, bin or purchase order code")
            .arg(shown(m_text));
    case Kind::Gs1:
    case Kind::WorkOrder:
    case Kind::Part:
    case Kind::Station:
    case Kind::Command:
    case Kind::Package:
    case Kind::Bin:
    case Kind::PurchaseOrder:
        break;
    }
    return QString();
}

QString ScanCode::elementValue(const QString &ai) const
{
    for (const Gs1Element &e : m_elements) {
        if (e.ai == ai)
            return e.value;
    }
    return QString();
}

QDate ScanCode::elementDate(const QString &ai) const
{
    for (const Gs1Element &e : m_elements) {
        if (e.ai == ai)
            return e.date;
    }
    return QDate();
}

QString ScanCode::summary() const
{
    switch (m_kind) {
    case Kind::Empty:
    case Kind::Malformed:
    case Kind::Unknown:
        return error();
    case Kind::WorkOrder:
        return tr("work order %1").arg(m_value);
    case Kind::Part:
        return tr("part %1").arg(m_value);
    case Kind::Station:
        return tr("station %1").arg(m_value);
    case Kind::Command:
        return tr("command %1").arg(m_text);
    case Kind::Package:
        return tr("order %1, package %2 of %3")
            .arg(m_value)
            .arg(m_packageNumber)
            .arg(m_packageCount);
    case Kind::Bin:
        return tr("bin %1").arg(m_value);
    case Kind::PurchaseOrder:
        return tr("purchase order %1").arg(m_value);
    case Kind::Gs1:
        break;
    }
    QStringList parts;
    for (const Gs1Element &e : m_elements) {
        const QString date = e.date.isValid() ? e.date.toString(Qt::ISODate) : QString();
        if (e.ai == u"00")
            parts.append(tr("SSCC %1").arg(e.value));
        else if (e.ai == u"01")
            parts.append(tr("GTIN %1").arg(e.value));
        else if (e.ai == u"10")
            parts.append(tr("batch %1").arg(e.value));
        else if (e.ai == u"21")
            parts.append(tr("serial %1").arg(e.value));
        else if (e.ai == u"11")
            parts.append(tr("made %1").arg(date));
        else if (e.ai == u"17")
            parts.append(tr("expires %1").arg(date));
        else if (e.ai == u"30" || e.ai == u"37")
            parts.append(tr("count %1").arg(e.value.toLongLong()));
        else
            parts.append(QStringLiteral("%1 %2").arg(Gs1::title(e.ai),
                                                     date.isEmpty() ? e.decimalText() : date));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace Hearth::Warehouse
