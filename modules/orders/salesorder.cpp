#include "salesorder.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

} // namespace

QString channelCode(Channel c) { return QLatin1String(channelCodes[int(c)].code); }
std::optional<Channel> channelFromCode(const QString &code)
{
    return fromCode<Channel>(channelCodes, code);
}
QString channelName(Channel c) { return tr(channelCodes[int(c)].name); }

QString statusCode(OrderStatus s) { return QLatin1String(statusCodes[int(s)].code); }
std::optional<OrderStatus> statusFromCode(const QString &code)
{
    return fromCode<OrderStatus>(statusCodes, code);
}
QString statusName(OrderStatus s) { return tr(statusCodes[int(s)].name); }
bool isPastReview(OrderStatus s) { return s != OrderStatus::New && s != OrderStatus::Reviewing; }

QString unitCode(Unit u) { return QLatin1String(unitCodes[int(u)].code); }
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

Address Address::parse(const QString &text)
{
    Address a;
    QString rest = text.simplified();
    // Each level ends with its own suffix; a part missing from the text stays empty.
    static const QRegularExpression province(QStringLiteral(
        "^(北京市|天津市|上海市|重庆市|[^\\s省]{2,7}?(省|自治区|特别行政区))\\s*"));
    static const QRegularExpression city(
        QStringLiteral("^([^\\s]{2,9}?(市|自治州|地区|盟))\\s*"));
    static const QRegularExpression district(
        QStringLiteral("^([^\\s]{1,9}?(区|县|旗|市))\\s*"));
    if (auto m = province.match(rest); m.hasMatch()) {
        a.province = m.captured(1);
        rest = rest.mid(m.capturedLength());
        if (a.province.endsWith(u'市') && a.province.size() == 3)
            a.city = a.province;  // 直辖市: the municipality is both province and city
    }
    if (a.city.isEmpty()) {
        if (auto m = city.match(rest); m.hasMatch()) {
            a.city = m.captured(1);
            rest = rest.mid(m.capturedLength());
        }
    } else if (rest.startsWith(a.city)) {
        rest = rest.mid(a.city.size()).trimmed();
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
        && amount == o.amount && profit == o.profit;
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
        && address == o.address;
}

} // namespace Hearth::Orders
