#include "sampledata.h"

#include "core/money.h"

#include <QJsonObject>

#include <array>
#include <iterator>

namespace Hearth::Bench {

namespace {

struct Place
{
    const char16_t *province;
    const char16_t *city;
    std::array<const char16_t *, 3> districts;
};

constexpr Place places[] = {
    {u"广东省", u"广州市", {u"天河区", u"越秀区", u"海珠区"}},
    {u"广东省", u"深圳市", {u"南山区", u"福田区", u"宝安区"}},
    {u"广东省", u"佛山市", {u"顺德区", u"南海区", u"禅城区"}},
    {u"浙江省", u"杭州市", {u"西湖区", u"余杭区", u"滨江区"}},
    {u"浙江省", u"宁波市", {u"鄞州区", u"海曙区", u"江北区"}},
    {u"江苏省", u"南京市", {u"鼓楼区", u"建邺区", u"江宁区"}},
    {u"江苏省", u"苏州市", {u"姑苏区", u"吴中区", u"工业园区"}},
    {u"北京市", u"北京市", {u"朝阳区", u"海淀区", u"丰台区"}},
    {u"上海市", u"上海市", {u"浦东新区", u"徐汇区", u"闵行区"}},
    {u"重庆市", u"重庆市", {u"渝北区", u"江北区", u"南岸区"}},
    {u"四川省", u"成都市", {u"武侯区", u"锦江区", u"高新区"}},
    {u"湖北省", u"武汉市", {u"洪山区", u"江汉区", u"武昌区"}},
    {u"山东省", u"青岛市", {u"市南区", u"黄岛区", u"崂山区"}},
    {u"山东省", u"济南市", {u"历下区", u"槐荫区", u"天桥区"}},
    {u"福建省", u"厦门市", {u"思明区", u"湖里区", u"集美区"}},
    {u"河南省", u"郑州市", {u"金水区", u"二七区", u"中原区"}},
    {u"湖南省", u"长沙市", {u"岳麓区", u"雨花区", u"开福区"}},
    {u"陕西省", u"西安市", {u"雁塔区", u"未央区", u"碑林区"}},
    {u"安徽省", u"合肥市", {u"蜀山区", u"包河区", u"庐阳区"}},
    {u"广西壮族自治区", u"南宁市", {u"青秀区", u"西乡塘区", u"良庆区"}},
};

constexpr const char16_t *surnames[]
    = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵",   u"吴",  u"周", u"徐",
       u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林",   u"罗",  u"郑", u"梁",
       u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",   u"彭",  u"曾", u"肖",
       u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡", u"欧阳", u"司马"};

constexpr char16_t givenChars[]
    = u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉萍文辉斌宇浩然"
      u"欣怡子涵梓轩雨桐佳琪思远嘉俊晨曦博文一诺可馨睿泽雅婷晓东海燕春梅德胜金凤";

constexpr const char16_t *roads[]
    = {u"人民路", u"解放路", u"中山路", u"建设路", u"文三路",   u"科技园路", u"滨江大道",
       u"长江路", u"和平路", u"新华路", u"学院路", u"光明大道", u"东风路",   u"迎宾大道",
       u"湖滨路", u"青年路", u"南京路", u"花园街", u"世纪大道", u"振兴路"};

constexpr const char16_t *styles[]
    = {u"北欧", u"新中式", u"现代简约", u"轻奢", u"美式", u"日式", u"意式极简", u"法式"};
constexpr const char16_t *materials[]
    = {u"实木", u"岩板", u"多层板", u"颗粒板", u"烤漆", u"胡桃木"};
struct Item
{
    const char16_t *name;
    const char16_t *category;
    int basePrice; // yuan
};
constexpr Item items[] = {
    {u"衣柜", u"定制柜类", 3800},   {u"橱柜", u"定制柜类", 6200},   {u"书柜", u"定制柜类", 2400},
    {u"鞋柜", u"定制柜类", 1300},   {u"电视柜", u"客厅家具", 1800}, {u"榻榻米", u"定制柜类", 5200},
    {u"餐边柜", u"餐厅家具", 2100}, {u"床头柜", u"卧室家具", 600},  {u"酒柜", u"餐厅家具", 3300},
    {u"浴室柜", u"卫浴", 2600},     {u"餐桌", u"餐厅家具", 2900},   {u"沙发", u"客厅家具", 7600},
    {u"双人床", u"卧室家具", 4300}, {u"茶几", u"客厅家具", 1500},   {u"书桌", u"书房家具", 1700},
    {u"拉手", u"五金", 25}};

constexpr const char16_t *dealerWords[]
    = {u"雅居", u"尚品", u"宜家美", u"木语", u"匠心", u"悦居", u"森居", u"御府"};

/// splitmix64: a small, good mixing function, so every record follows from its index alone.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Dice
{
public:
    Dice(quint64 kind, quint64 index) : m_state(mix(kind * 0x100000001B3ULL ^ index)) { }
    quint64 next() { return m_state = mix(m_state); }
    int below(int n) { return int(next() % quint64(n)); }
    template<typename T, size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[next() % N];
    }

private:
    quint64 m_state;
};

QString text(const char16_t *s)
{
    return QString::fromUtf16(s);
}

QString digits(quint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

constexpr const char *mobilePrefixes[]
    = {"138", "139", "135", "136", "137", "150", "151", "152", "158", "159",
       "186", "187", "188", "177", "180", "189", "130", "131", "132", "155",
       "156", "185", "176", "133", "153", "181", "199", "191"};

} // namespace

QString SampleCustomer::addressLine() const
{
    const QString head = province == city ? province.chopped(1) : province;
    return QStringList {head, city, district, street}.join(u' ');
}

SampleData::SampleData(int customers, int products, int dealers)
    : m_customers(customers), m_products(products), m_dealers(dealers)
{ }

SampleCustomer SampleData::customer(int index) const
{
    Dice dice(1, quint64(index));
    SampleCustomer c;
    c.memberName
        = QStringLiteral("tb") + digits((quint64(index) * 7919ULL + 104729) % 10000000000ULL, 10);
    c.name = text(dice.pick(surnames));
    const int given = dice.below(10) < 7 ? 2 : 1;
    const qsizetype chars = std::size(givenChars) - 1;
    for (int i = 0; i < given; ++i)
        c.name += QChar(givenChars[dice.next() % chars]);
    // An odd multiplier not divisible by 5 is a bijection modulo 10^8: mobiles never repeat.
    const quint64 tail = (quint64(index) * 2654435761ULL + 12345) % 100000000ULL;
    c.mobile = QLatin1String(dice.pick(mobilePrefixes)) + digits(tail, 8);
    const Place &place = dice.pick(places);
    c.province = text(place.province);
    c.city = text(place.city);
    c.district = text(place.districts[dice.below(3)]);
    c.street = text(dice.pick(roads)) + QString::number(1 + dice.below(999)) + QStringLiteral("号");
    if (dice.below(3) > 0) {
        c.street += QStringLiteral("%1栋%2单元%3室")
                        .arg(1 + dice.below(30))
                        .arg(1 + dice.below(4))
                        .arg((1 + dice.below(32)) * 100 + 1 + dice.below(4));
    }
    return c;
}

SampleProduct SampleData::product(int index) const
{
    Dice dice(2, quint64(index));
    const Item &item = dice.pick(items);
    SampleProduct p;
    p.sku = QStringLiteral("HX-%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    p.name = text(dice.pick(styles)) + text(dice.pick(materials)) + text(item.name);
    p.category = text(item.category);
    const qint64 yuan = item.basePrice / 2 + dice.below(item.basePrice);
    p.priceMicros = yuan * 1'000'000 + (dice.below(2) ? 500'000 : 0);
    return p;
}

SampleDealer SampleData::dealer(int index) const
{
    Dice dice(3, quint64(index));
    const Place &place = places[index % std::size(places)];
    SampleDealer d;
    d.code = QStringLiteral("DL%1").arg(index + 1, 4, 10, QLatin1Char('0'));
    d.name = text(place.city).chopped(1) + text(place.districts[dice.below(3)])
        + text(dice.pick(dealerWords)) + QStringLiteral("家居%1店").arg(index / 20 + 1);
    d.province = text(place.province);
    return d;
}

SampleOrder SampleData::order(qint64 index, int minLines, int maxLines,
                              std::optional<Orders::Channel> channel) const
{
    using Orders::Channel;
    using Orders::OrderStatus;
    Dice dice(4, quint64(index));
    SampleOrder o;
    // A bijection modulo 10^17 again, so shop order numbers are unique and look random.
    const quint64 serial = (quint64(index) * 6364136223846793ULL + 7) % 100000000000000000ULL;
    o.channelOrderNo = QLatin1Char('3') + digits(serial, 17);
    o.customer = int(dice.next() % quint64(m_customers));
    if (channel) {
        o.channel = *channel;
    } else {
        const int c = dice.below(100);
        o.channel = c < 25 ? Channel::Store
            : c < 60       ? Channel::Dealer
            : c < 90       ? Channel::Ecommerce
            : c < 97       ? Channel::Designer
                           : Channel::Other;
    }
    if (o.channel == Channel::Dealer && m_dealers > 0)
        o.dealer = dice.below(m_dealers);
    const int s = dice.below(100);
    o.status = s < 20 ? OrderStatus::New
        : s < 30      ? OrderStatus::Reviewing
        : s < 40      ? OrderStatus::Approved
        : s < 55      ? OrderStatus::InProduction
        : s < 70      ? OrderStatus::Shipped
        : s < 85      ? OrderStatus::Installed
        : s < 97      ? OrderStatus::Closed
                      : OrderStatus::Cancelled;
    o.signedOn = QDate(2020, 1, 1).addDays(dice.below(5 * 365 + 1));
    o.signedAt = QTime(9, 0).addSecs(dice.below(12 * 3600));
    o.promisedOn = o.signedOn.addDays(20 + dice.below(40));
    const int lines = minLines + dice.below(maxLines - minLines + 1);
    for (int i = 0; i < lines; ++i) {
        SampleLine l;
        l.product = dice.below(m_products);
        l.quantity = dice.below(10) < 7 ? 1 : 1 + dice.below(4);
        l.channelLineNo = o.channelOrderNo + digits(quint64(i + 1), 2);
        o.lines.append(l);
    }
    return o;
}

Orders::SalesOrder SampleData::cabinetOrder(qint64 index, const QStringList &materials,
                                            const QStringList &colours) const
{
    using Orders::Channel;
    Dice dice(5, quint64(index));
    Orders::SalesOrder o;
    const int c = dice.below(100);
    o.channel = c < 45 ? Channel::Store : c < 85 ? Channel::Dealer : Channel::Designer;
    o.channelOrderNo = QStringLiteral("CAB%1").arg(index + 1, 9, 10, QLatin1Char('0'));
    const SampleCustomer cu = customer(int(dice.next() % quint64(m_customers)));
    o.customer.name = cu.name;
    o.customer.mobile = cu.mobile;
    o.customer.externalCode = cu.mobile;
    o.customer.address = {cu.province, cu.city, cu.district, cu.street, QString()};
    o.address = o.customer.address;
    if (o.channel == Channel::Dealer && m_dealers > 0) {
        const SampleDealer d = dealer(dice.below(m_dealers));
        o.dealer = {QString(), QStringLiteral("dealer"), d.code, d.name};
    }
    o.signedOn = QDate(2025, 1, 1).addDays(dice.below(700));
    o.promisedOn = o.signedOn.addDays(30 + dice.below(20));

    const QString material = materials.isEmpty() ? QString() : materials[dice.below(
                                 int(materials.size()))];
    const QString colour = colours.isEmpty() ? QString() : colours[dice.below(
                               int(colours.size()))];
    auto cabinet = [&](const QString &templ, const QString &name, qint64 w, qint64 h, qint64 d,
                       qint64 pricePerM2) {
        Orders::OrderLine l;
        l.lineNo = int(o.lines.size()) + 1;
        l.sku = QStringLiteral("CUS-%1").arg(templ.toUpper());
        l.description = name;
        l.category = QStringLiteral("定制柜类");
        l.subCategory = name;
        l.widthMm = w;
        l.heightMm = h;
        l.depthMm = d;
        l.material = material;
        l.colour = colour;
        l.unit = Orders::Unit::SquareMetre;
        // Priced by the front's area (投影面积), as cabinet makers quote.
        l.quantity = Core::Decimal::fromMicros(w * h);
        l.unitPrice = Core::Decimal::fromInt(pricePerM2);
        l.amount = Core::Decimal::fromMicros(w * h * pricePerM2);
        l.spec = QJsonObject{{QStringLiteral("template"), templ},
                             {QStringLiteral("thickness_mm"), 18}};
        o.lines.append(l);
    };
    auto bought = [&](const QString &sku, const QString &name, const QString &category,
                      Orders::Unit unit, qint64 quantityMicros, qint64 priceYuan) {
        Orders::OrderLine l;
        l.lineNo = int(o.lines.size()) + 1;
        l.sku = sku;
        l.description = name;
        l.category = category;
        l.unit = unit;
        l.quantity = Core::Decimal::fromMicros(quantityMicros);
        l.unitPrice = Core::Decimal::fromInt(priceYuan);
        l.amount = Core::Decimal::fromMicros(quantityMicros * priceYuan);
        o.lines.append(l);
    };

    if (dice.below(2) == 0) {
        const int bases = 3 + dice.below(4);
        qint64 run = 0;
        for (int i = 0; i < bases; ++i) {
            const qint64 w = 300 + 50 * dice.below(13);
            run += w;
            cabinet(QStringLiteral("base_cabinet"), QStringLiteral("地柜"), w, 720, 560, 1280);
        }
        for (int i = 0, walls = 2 + dice.below(3); i < walls; ++i) {
            cabinet(QStringLiteral("wall_cabinet"), QStringLiteral("吊柜"),
                    300 + 50 * dice.below(13), 700, 330, 1080);
        }
        if (dice.below(3) == 0)
            cabinet(QStringLiteral("tall_cabinet"), QStringLiteral("高柜"), 600, 2200, 560, 1380);
        bought(QStringLiteral("TOP-QZ20"), QStringLiteral("石英石台面 20mm"),
               QStringLiteral("台面"), Orders::Unit::Metre, run * 1000, 1500);
        if (dice.below(2) == 0) {
            bought(QStringLiteral("APP-HOOD"), QStringLiteral("侧吸式油烟机"),
                   QStringLiteral("电器"), Orders::Unit::Piece, 1'000'000, 2999);
        }
        bought(QStringLiteral("HW-HDL-128"), QStringLiteral("铝合金拉手 128mm"),
               QStringLiteral("五金"), Orders::Unit::Piece, qint64(bases) * 2'000'000, 18);
    } else {
        for (int i = 0, wardrobes = 1 + dice.below(3); i < wardrobes; ++i) {
            cabinet(QStringLiteral("wardrobe"), QStringLiteral("衣柜"),
                    800 + 100 * dice.below(17), 2200 + 100 * dice.below(5),
                    dice.below(2) ? 580 : 600, 980);
        }
        if (dice.below(3) == 0) {
            bought(QStringLiteral("GL-DOOR-TEA"), QStringLiteral("茶色玻璃门"),
                   QStringLiteral("玻璃门"), Orders::Unit::Piece, 2'000'000, 460);
        }
    }

    const qint64 totalFen = Core::Money::fromDecimal(o.total()).minor();
    // 30 % deposit, rounded to whole yuan up, as stores collect it.
    o.depositFen = (totalFen * 3 / 10 + 99) / 100 * 100;
    switch (dice.below(60)) {
    case 0:
        o.depositFen = totalFen / 10;
        break;
    case 1:
        for (Orders::OrderLine &l : o.lines) {
            if (l.isCustom())
                l.colour = QStringLiteral("星空紫");
        }
        break;
    case 2:
        o.customer.mobile = o.customer.mobile.left(3) + QStringLiteral("****")
                            + o.customer.mobile.right(4);
        break;
    default:
        break;
    }
    return o;
}

QString SampleData::orderNo(qint64 index)
{
    return QStringLiteral("SO%1").arg(index + 1, 8, 10, QLatin1Char('0'));
}

} // namespace Hearth::Bench
