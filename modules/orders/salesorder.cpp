#include "salesorder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace Hearth::Orders {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::Orders", text);
}

struct Code
{
    const char *code;
    const char *name;
};

constexpr Code channelCodes[] = {
    {"store", QT_TRANSLATE_NOOP("Hearth::Orders", "Own store")},
    {"dealer", QT_TRANSLATE_NOOP("Hearth::Orders", "Dealer")},
    {"ecommerce", QT_TRANSLATE_NOOP("Hearth::Orders", "Online shop")},
    {"designer", QT_TRANSLATE_NOOP("Hearth::Orders", "Designer")},
    {"other", QT_TRANSLATE_NOOP("Hearth::Orders", "Other")},
};

constexpr Code statusCodes[] = {
    {"new", QT_TRANSLATE_NOOP("Hearth::Orders", "New")},
    {"reviewing", QT_TRANSLATE_NOOP("Hearth::Orders", "In review")},
    {"approved", QT_TRANSLATE_NOOP("Hearth::Orders", "Approved")},
    {"in_production", QT_TRANSLATE_NOOP("Hearth::Orders", "In production")},
    {"shipped", QT_TRANSLATE_NOOP("Hearth::Orders", "Shipped")},
    {"installed", QT_TRANSLATE_NOOP("Hearth::Orders", "Installed")},
    {"closed", QT_TRANSLATE_NOOP("Hearth::Orders", "Closed")},
    {"cancelled", QT_TRANSLATE_NOOP("Hearth::Orders", "Cancelled")},
};

constexpr Code unitCodes[] = {
    {"piece", QT_TRANSLATE_NOOP("Hearth::Orders", "piece")},
    {"set", QT_TRANSLATE_NOOP("Hearth::Orders", "set")},
    {"m2", QT_TRANSLATE_NOOP("Hearth::Orders", "m²")},
    {"m", QT_TRANSLATE_NOOP("Hearth::Orders", "linear m")},
    {"kg", QT_TRANSLATE_NOOP("Hearth::Orders", "kg")},
};

template<typename Enum, size_t N>
std::optional<Enum> fromCode(const Code (&codes)[N], const QString &code)
{
    for (size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i].code))
            return Enum(i);
    }
    return std::nullopt;
}

/// A table's codes as QStrings made once: they are bound and compared for every imported row.
template<size_t N>
std::array<QString, N> codeTexts(const Code (&codes)[N])
{
    std::array<QString, N> texts;
    for (size_t i = 0; i < N; ++i)
        texts[i] = QLatin1String(codes[i].code);
    return texts;
}

} // namespace

QString channelCode(Channel c)
{
    static const auto texts = codeTexts(channelCodes);
    return texts[size_t(c)];
}
std::optional<Channel> channelFromCode(const QString &code)
{
    return fromCode<Channel>(channelCodes, code);
}
QString channelName(Channel c) { return tr(channelCodes[int(c)].name); }

QString statusCode(OrderStatus s)
{
    static const auto texts = codeTexts(statusCodes);
    return texts[size_t(s)];
}
std::optional<OrderStatus> statusFromCode(const QString &code)
{
    return fromCode<OrderStatus>(statusCodes, code);
}
QString statusName(OrderStatus s) { return tr(statusCodes[int(s)].name); }
bool isPastReview(OrderStatus s) { return s != OrderStatus::New && s != OrderStatus::Reviewing; }

QString unitCode(Unit u)
{
    static const auto texts = codeTexts(unitCodes);
    return texts[size_t(u)];
}
std::optional<Unit> unitFromCode(const QString &code) { return fromCode<Unit>(unitCodes, code); }
QString unitName(Unit u) { return tr(unitCodes[int(u)].name); }

QString Address::toString() const
{
    QStringList parts;
    for (const QString &p : {province, city, district, street}) {
        if (!p.isEmpty())
            parts.append(p);
    }
    return parts.join(u' ');
}

namespace {

// Provinces as shops often write them, without 省 or the full name of the region.
QString fullProvinceName(const QString &shortName)
{
    static const QHash<QString, QString> regions{
        {QStringLiteral("内蒙古"), QStringLiteral("内蒙古自治区")},
        {QStringLiteral("广西"), QStringLiteral("广西壮族自治区")},
        {QStringLiteral("西藏"), QStringLiteral("西藏自治区")},
        {QStringLiteral("宁夏"), QStringLiteral("宁夏回族自治区")},
        {QStringLiteral("新疆"), QStringLiteral("新疆维吾尔自治区")},
        {QStringLiteral("香港"), QStringLiteral("香港特别行政区")},
        {QStringLiteral("澳门"), QStringLiteral("澳门特别行政区")},
    };
    static const QStringList provinces{
        QStringLiteral("河北"), QStringLiteral("山西"), QStringLiteral("辽宁"),
        QStringLiteral("吉林"), QStringLiteral("黑龙江"), QStringLiteral("江苏"),
        QStringLiteral("浙江"), QStringLiteral("安徽"), QStringLiteral("福建"),
        QStringLiteral("江西"), QStringLiteral("山东"), QStringLiteral("河南"),
        QStringLiteral("湖北"), QStringLiteral("湖南"), QStringLiteral("广东"),
        QStringLiteral("海南"), QStringLiteral("四川"), QStringLiteral("贵州"),
        QStringLiteral("云南"), QStringLiteral("陕西"), QStringLiteral("甘肃"),
        QStringLiteral("青海"), QStringLiteral("台湾")};
    if (regions.contains(shortName))
        return regions.value(shortName);
    return provinces.contains(shortName) ? shortName + u'省' : QString();
}

} // namespace

Address Address::parse(const QString &text)
{
    Address a;
    QString rest = text.simplified();
    // Each level ends with its own suffix; a part missing from the text stays empty.
    static const QRegularExpression municipality(
        QStringLiteral("^(北京|天津|上海|重庆)市?\\s*"));
    static const QRegularExpression province(QStringLiteral(
        "^([^\\s省]{2,7}?(省|自治区|特别行政区))\\s*"));
    static const QRegularExpression shortProvince(
        QStringLiteral("^(内蒙古|黑龙江|[^\\s]{2})\\s*"));
    static const QRegularExpression city(
        QStringLiteral("^([^\\s]{2,9}?(市|自治州|地区|盟))\\s*"));
    static const QRegularExpression district(
        QStringLiteral("^([^\\s]{1,9}?(区|县|旗|市))\\s*"));
    if (auto m = municipality.match(rest); m.hasMatch()) {
        // 直辖市: the municipality is both province and city, often written twice.
        a.province = m.captured(1) + u'市';
        a.city = a.province;
        rest = rest.mid(m.capturedLength());
        if (rest.startsWith(a.city))
            rest = rest.mid(a.city.size()).trimmed();
    } else if (auto p = province.match(rest); p.hasMatch()) {
        a.province = p.captured(1);
        rest = rest.mid(p.capturedLength());
    } else if (auto s = shortProvince.match(rest); s.hasMatch()) {
        const QString full = fullProvinceName(s.captured(1));
        if (!full.isEmpty()) {
            a.province = full;
            rest = rest.mid(s.capturedLength());
        }
    }
    if (a.city.isEmpty()) {
        if (auto m = city.match(rest); m.hasMatch()) {
            a.city = m.captured(1);
            rest = rest.mid(m.capturedLength());
        }
    }
    if (auto m = district.match(rest); m.hasMatch()) {
        a.district = m.captured(1);
        rest = rest.mid(m.capturedLength());
    }
    a.street = rest.trimmed();
    return a;
}

bool OrderLine::sameContent(const OrderLine &o) const
{
    return channelLineNo == o.channelLineNo && sku == o.sku && description == o.description
        && widthMm == o.widthMm && heightMm == o.heightMm && depthMm == o.depthMm
        && material == o.material && colour == o.colour && unit == o.unit
        && quantity == o.quantity && unitPrice == o.unitPrice && discount == o.discount
        && amount == o.amount && profit == o.profit && spec == o.spec;
}

Core::Decimal SalesOrder::total() const
{
    Core::Decimal sum;
    for (const OrderLine &l : lines)
        sum += l.amount;
    return sum;
}

bool SalesOrder::sameContent(const SalesOrder &o) const
{
    if (lines.size() != o.lines.size())
        return false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].sameContent(o.lines[i]))
            return false;
    }
    return channel == o.channel && channelOrderNo == o.channelOrderNo
        && customer.name == o.customer.name && customer.mobile == o.customer.mobile
        && dealer.code == o.dealer.code && store.code == o.store.code
        && designer.code == o.designer.code && signedOn == o.signedOn
        && promisedOn == o.promisedOn && shippedOn == o.shippedOn && shipMode == o.shipMode
        && returned == o.returned && depositFen == o.depositFen && region == o.region
        && address == o.address && ownerId == o.ownerId
        && parentOrderId == o.parentOrderId && chargedTo == o.chargedTo
        && remakeReason == o.remakeReason;
}

} // namespace Hearth::Orders
