#include "sampledata.h"

namespace Hearth::Samples {

namespace {

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

std::int64_t hundredthsOfArea(int widthMm, int heightMm)
{
    return (std::int64_t(widthMm) * heightMm + 5000) / 10000;
}

} // namespace

std::string Random::digits(int count)
{
    std::string s;
    for (int i = 0; i < count; ++i)
        s += char('0' + between(0, 9));
    return s;
}

Date dayAt(int offset)
{
    Date d;
    d.day += offset;
    while (d.day > daysInMonth(d.year, d.month)) {
        d.day -= daysInMonth(d.year, d.month);
        if (++d.month > 12) {
            d.month = 1;
            ++d.year;
        }
    }
    return d;
}

std::string isoDate(const Date &d) { return format("%04d-%02d-%02d", d.year, d.month, d.day); }
std::string slashDate(const Date &d) { return format("%d/%d/%d", d.year, d.month, d.day); }
std::string isoStamp(const Stamp &s)
{
    return isoDate(s.date) + format(" %02d:%02d:%02d", s.hour, s.minute, s.second);
}

Stamp stampAt(Random &r, int offset, int earliestHour)
{
    return {dayAt(offset), r.between(earliestHour, 23), r.between(0, 59), r.between(0, 59)};
}

Stamp minutesLater(Stamp s, int minutes)
{
    s.minute += minutes;
    s.hour += s.minute / 60;
    s.minute %= 60;
    if (s.hour > 23)
        s.hour = 23;
    return s;
}

std::vector<int> spreadDays(Random &r, int count)
{
    // 40 % of the orders fall in the last two months, so that recent ones stand at every step of
    // their life; the last two fall in the export's week.
    std::vector<int> days;
    const int recent = count * 2 / 5;
    const int recentFrom = exportDay - 60;
    auto spread = [&](int first, int last, int n) {
        for (int i = 0; i < n; ++i)
            days.push_back(r.between(first + i * (last - first) / n,
                                     first + (i + 1) * (last - first) / n - 1));
    };
    spread(0, recentFrom, count - recent);
    spread(recentFrom, exportDay - 6, recent);
    days[size_t(count - 2)] = exportDay - r.between(3, 5);
    days[size_t(count - 1)] = exportDay - r.between(0, 2);
    return days;
}

std::string general(std::int64_t hundredths)
{
    std::string s = std::to_string(hundredths / 100);
    const int cents = int(hundredths % 100);
    if (cents != 0)
        s += cents % 10 == 0 ? format(".%d", cents / 10) : format(".%02d", cents);
    return s;
}

std::string micros(std::int64_t value)
{
    return format("%lld.%06lld", value / 1000000, value % 1000000);
}

const std::vector<Place> &nationwide()
{
    static const std::vector<Place> places{
        {"浙江省", "杭州市", "西湖区", {"文三路", "天目山路", "古墩路"}, "翠苑街道"},
        {"浙江省", "杭州市", "余杭区", {"文一西路", "五常大道"}, "五常街道"},
        {"浙江省", "宁波市", "鄞州区", {"天童南路", "四明中路"}},
        {"浙江省", "杭州市", "桐庐县", {"迎春南路"}},
        {"江苏省", "南京市", "鼓楼区", {"中山北路", "北京西路"}},
        {"江苏省", "南京市", "建邺区", {"江东中路", "庐山路"}, "沙洲街道"},
        {"江苏省", "苏州市", "昆山市", {"前进中路"}},
        {"江苏省", "无锡市", "滨湖区", {"蠡湖大道"}},
        {"广东省", "广州市", "天河区", {"天河北路", "黄埔大道西"}, "林和街道"},
        {"广东省", "深圳市", "南山区", {"南海大道", "科苑路"}, "粤海街道"},
        {"广东省", "佛山市", "顺德区", {"德民路"}},
        {"上海市", "上海市", "浦东新区", {"张杨路", "锦绣路"}},
        {"北京市", "北京市", "朝阳区", {"望京街", "朝阳北路"}},
        {"天津市", "天津市", "南开区", {"卫津路"}},
        {"重庆市", "重庆市", "渝北区", {"金开大道"}},
        {"四川省", "成都市", "武侯区", {"科华北路", "武侯大道"}},
        {"湖北省", "武汉市", "洪山区", {"珞喻路", "雄楚大道"}},
        {"湖南省", "长沙市", "岳麓区", {"麓山南路", "枫林三路"}},
        {"河南省", "郑州市", "金水区", {"花园路", "农业路"}},
        {"山东省", "青岛市", "崂山区", {"香港东路", "松岭路"}},
        {"山东省", "济南市", "历下区", {"经十路", "解放路"}},
        {"福建省", "厦门市", "思明区", {"湖滨南路", "厦禾路"}},
        {"陕西省", "西安市", "雁塔区", {"长安南路", "科技路"}},
        {"安徽省", "合肥市", "蜀山区", {"长江西路"}},
        {"广西壮族自治区", "南宁市", "青秀区", {"民族大道"}},
        {"云南省", "昆明市", "五华区", {"滇缅大道"}},
        {"河北省", "石家庄市", "长安区", {"中山东路"}},
        {"辽宁省", "沈阳市", "和平区", {"三好街"}},
        {"江西省", "南昌市", "红谷滩区", {"丰和中大道"}},
    };
    return places;
}

std::vector<Place> placesIn(const char *city)
{
    static const std::vector<Place> local{
        {"浙江省", "杭州市", "西湖区", {"文三路", "古墩路", "西溪路"}},
        {"浙江省", "杭州市", "拱墅区", {"莫干山路", "湖墅南路"}},
        {"浙江省", "杭州市", "滨江区", {"江南大道", "滨盛路"}},
        {"浙江省", "杭州市", "余杭区", {"文一西路", "良睦路"}},
        {"江苏省", "南京市", "鼓楼区", {"中山北路", "虎踞路"}},
        {"江苏省", "南京市", "建邺区", {"江东中路", "嘉陵江东街"}},
        {"江苏省", "南京市", "江宁区", {"双龙大道", "胜太路"}},
        {"四川省", "成都市", "武侯区", {"科华北路", "武侯大道"}},
        {"四川省", "成都市", "锦江区", {"静安路", "东大街"}},
        {"四川省", "成都市", "成华区", {"建设路", "双林路"}},
        {"河南省", "郑州市", "金水区", {"花园路", "农业路"}},
        {"河南省", "郑州市", "二七区", {"大学路", "航海中路"}},
        {"河南省", "郑州市", "中原区", {"建设西路", "桐柏路"}},
        {"湖南省", "长沙市", "岳麓区", {"麓山南路", "枫林三路"}},
        {"湖南省", "长沙市", "雨花区", {"韶山中路", "劳动东路"}},
        {"湖南省", "长沙市", "开福区", {"芙蓉中路", "湘江中路"}},
        {"福建省", "厦门市", "思明区", {"湖滨南路", "厦禾路"}},
        {"福建省", "厦门市", "湖里区", {"仙岳路", "枋湖北二路"}},
        {"湖北省", "武汉市", "洪山区", {"珞喻路", "雄楚大道"}},
        {"湖北省", "武汉市", "武昌区", {"中北路", "徐东大街"}},
        {"湖北省", "武汉市", "江汉区", {"建设大道", "新华路"}},
    };
    std::vector<Place> found;
    for (const Place &p : local) {
        if (std::string(p.city) == city)
            found.push_back(p);
    }
    return found;
}

std::string homeAddress(Random &r, const Place &p)
{
    static const std::vector<const char *> estates{
        "翠苑小区", "锦绣花园", "金色家园", "阳光城", "滨江花园", "枫林苑", "和园",
        "世纪新城", "明珠苑", "嘉园", "紫荆公寓", "凤凰城", "望湖苑", "书香门第",
        "江南名府", "天悦府"};
    const char *road = r.pick(p.roads);
    const int number = r.between(1, 999);
    const char *estate = r.pick(estates);
    const int building = r.between(1, 32);
    const int unit = r.between(1, 4);
    const int floor = r.between(2, 32);
    const int flat = r.between(1, 4);
    return format("%s%d号%s%d幢%d单元%d%02d室", road, number, estate, building, unit, floor, flat);
}

Person People::make()
{
    static const std::vector<const char *> surnames{
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "林", "高", "罗", "郑", "梁", "谢", "宋", "唐", "许",
        "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋",
        "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "沈", "欧阳", "司马"};
    static const std::vector<const char *> given{
        "建国", "秀英", "晓明", "丽娟", "志强", "海燕", "俊杰", "雨萱", "子涵", "思远",
        "婷婷", "浩然", "明辉", "静怡", "伟", "芳", "磊", "敏", "洋", "娜", "欣怡",
        "嘉怡", "宇航", "梓轩", "晨曦", "文博", "慧敏", "国强", "桂兰", "凤英", "佳琪",
        "一鸣", "若溪", "振华", "美玲", "天宇", "雪梅", "立新", "春燕", "博文"};
    static const std::vector<const char *> prefixes{
        "138", "139", "137", "136", "135", "150", "151", "158", "186", "187", "188",
        "189", "177", "199", "131", "132", "155", "180"};
    Person p;
    p.name = std::string(m_random.pick(surnames)) + m_random.pick(given);
    do {
        p.mobile = std::string(m_random.pick(prefixes)) + "0000" + m_random.digits(4);
    } while (!m_mobiles.insert(p.mobile).second);
    return p;
}

const std::vector<ShopItem> &catalogue()
{
    static const std::vector<ShopItem> items{
        {"QW-YG-TL01", "100058763412",
         "全屋定制衣柜 整体衣柜 卧室推拉门 颗粒板 按平米计价",
         "炉边 全屋定制衣柜 推拉门衣柜 E0级颗粒板 每平米投影面积",
         "颜色分类:暖白;计价方式:按平米", 69900, 4, 9, true},
        {"QW-YG-KM02", "100058763498",
         "定制衣柜 平开门 多层实木板 北欧简约 按平米计价",
         "炉边 定制平开门衣柜 多层实木板 北欧风 每平米投影面积",
         "颜色分类:橡木原色;计价方式:按平米", 89900, 4, 8, true},
        {"QW-TTM-01", "100061120533",
         "榻榻米床 定制 欧松板 储物地台 按平米计价",
         "炉边 榻榻米地台床 欧松板 定制 每平米",
         "颜色分类:浅灰;计价方式:按平米", 89900, 3, 7, true},
        {"QW-CG-YM01", "100061120871",
         "整体橱柜定制 石英石台面 每延米 暖白吸塑",
         "炉边 整体橱柜定制 石英石台面 每延米",
         "颜色分类:暖白;计价方式:按延米", 158000, 3, 5, true},
        {"CTG-BO-01", "100047281104",
         "北欧实木床头柜 卧室简约 胡桃色 小户型",
         "炉边 北欧实木床头柜 胡桃色",
         "颜色分类:胡桃色", 39900, 1, 2, false},
        {"XG-FD-800", "100047281190",
         "玄关鞋柜 超薄翻斗 暖白 800宽",
         "炉边 超薄翻斗鞋柜 800宽 暖白",
         "颜色分类:暖白;尺寸:800宽", 109900, 1, 1, false},
        {"SZ-SG-120", "100052339016",
         "书桌书柜一体 儿童学习桌 1.2米 橡木色",
         "炉边 书桌书柜一体 1.2米 橡木色",
         "颜色分类:橡木色;尺寸:1.2米", 159900, 1, 1, false},
        {"DSG-240", "100052339077",
         "电视柜 现代简约 客厅地柜 2.4米 胡桃木纹",
         "炉边 客厅电视柜 2.4米 胡桃木纹",
         "颜色分类:胡桃木纹;尺寸:2.4米", 189900, 1, 1, false},
        {"WJ-JL-10", "100039904521",
         "衣柜五金 液压阻尼铰链 10只装",
         "炉边 液压阻尼铰链 10只装",
         "规格:10只装", 8900, 1, 3, false},
        {"WJ-HG-02", "100039904588",
         "三节阻尼滑轨 静音抽屉导轨 (2条装)",
         "炉边 三节阻尼滑轨 静音 2条装",
         "长度:450mm", 3990, 2, 6, false},
        {"CBG-YB-120", "100066410259",
         "餐边柜 岩板台面 1.2米 奶咖色",
         "炉边 岩板餐边柜 1.2米 奶咖色",
         "颜色分类:奶咖色;尺寸:1.2米", 229900, 1, 1, false},
        {"YG-LED-01", "100039904630",
         "衣柜LED感应灯带 人体感应 每米",
         "炉边 衣柜LED感应灯带 每米",
         "色温:暖光3000K", 5900, 2, 6, false},
        {"DJ-SMCL", "100071852206",
         "全屋定制 上门测量设计 定金 可抵扣",
         "炉边 全屋定制 上门量尺 定金",
         "服务:上门量尺", 10000, 1, 1, false},
    };
    return items;
}

std::vector<CartLine> fillCart(Random &r)
{
    std::vector<CartLine> cart;
    const int lines = r.chance(55) ? 1 : r.between(2, 3);
    while (int(cart.size()) < lines) {
        const ShopItem &item = r.pick(catalogue());
        bool taken = false;
        for (const CartLine &l : cart)
            taken = taken || l.item == &item;
        if (!taken)
            cart.push_back({&item, r.between(item.minQuantity, item.maxQuantity), 0});
    }
    return cart;
}

void shareCoupon(std::vector<CartLine> &cart, Fen coupon)
{
    Fen gross = 0;
    for (const CartLine &l : cart)
        gross += l.item->price * l.quantity;
    Fen left = coupon;
    for (size_t i = 0; i < cart.size(); ++i) {
        const Fen value = cart[i].item->price * cart[i].quantity;
        const Fen share = i + 1 == cart.size() ? left : coupon * value / gross;
        cart[i].paid = value - share;
        left -= share;
    }
}

std::vector<CustomLine> customOrder(Random &r)
{
    static const std::vector<std::string> boards{"颗粒板", "多层实木板", "欧松板", "生态板"};
    static const std::vector<std::string> colours{"暖白", "胡桃木纹", "北美黑胡桃", "橡木原色",
                                                  "浅灰", "奶咖", "象牙白"};
    const std::string board = r.pick(boards);
    const std::string colour = r.pick(colours);
    const Fen boardPrice = board == "多层实木板" ? 79800 : board == "欧松板" ? 69800
        : board == "生态板"                      ? 65800 : 59800;
    std::vector<CustomLine> lines;
    auto wardrobe = [&](const std::string &room) {
        const int w = r.between(32, 56) * 50 - (r.chance(30) ? r.between(1, 40) : 0);
        const int h = r.pick(std::vector<int>{2200, 2400, 2450, 2600, 2700});
        lines.push_back({room, "衣柜", room + "衣柜柜体", w, h, 600, board, colour, "㎡",
                         hundredthsOfArea(w, h), boardPrice});
        const bool sliding = r.chance(50);
        lines.push_back({room, "门板", sliding ? "衣柜移门" : "衣柜平开门", w, h - 50, 20,
                         sliding ? "铝框玻璃" : board, colour, "㎡", hundredthsOfArea(w, h - 50),
                         sliding ? 48000 : boardPrice / 2});
        if (!sliding)
            lines.push_back({room, "五金", "液压阻尼铰链", 0, 0, 0, "", "", "件",
                             r.between(8, 16) * 100, 1850, false});
    };
    auto kitchen = [&]() {
        const int w = r.between(240, 420) * 10;
        lines.push_back({"厨房", "橱柜", "橱柜地柜", w, 800, 580, board, colour, "延米", w / 10,
                         board == "多层实木板" ? 158000 : 128000});
        const int upper = w - r.between(0, 8) * 100;
        lines.push_back({"厨房", "橱柜", "橱柜吊柜", upper, 700, 350, board, colour, "延米",
                         upper / 10, board == "多层实木板" ? 108000 : 88000});
        lines.push_back({"厨房", "台面", "石英石台面", w, 15, 600, "石英石", "雪山白", "延米",
                         w / 10, 98000});
        lines.push_back({"厨房", "五金", "不锈钢拉篮", 0, 0, 0, "", "", "套",
                         r.between(1, 3) * 100, 56000, false});
    };
    auto extra = [&]() {
        switch (r.between(0, 4)) {
        case 0: {
            const int w = r.between(10, 18) * 100;
            lines.push_back({"玄关", "鞋柜", "玄关鞋柜", w, 2400, 350, board, colour, "㎡",
                             hundredthsOfArea(w, 2400), boardPrice});
            break;
        }
        case 1: {
            const int w = r.between(12, 24) * 100;
            lines.push_back({"书房", "书柜", "书柜", w, 2400, 350, board, colour, "㎡",
                             hundredthsOfArea(w, 2400), boardPrice});
            break;
        }
        case 2: {
            const int w = r.between(18, 24) * 100;
            const int d = r.between(18, 24) * 100;
            lines.push_back({"次卧", "榻榻米", "榻榻米地台", w, 400, d, "欧松板", colour, "㎡",
                             hundredthsOfArea(w, d), 89900});
            break;
        }
        case 3:
            lines.push_back({"衣帽间", "五金", "LED感应灯带", 0, 0, 0, "", "", "米",
                             r.between(20, 60) * 10, 8000, false});
            break;
        default:
            lines.push_back({"客厅", "五金", "铝合金隐形拉手", 0, 0, 0, "", "黑色", "件",
                             r.between(6, 20) * 100, 2500, false});
            break;
        }
    };
    switch (r.between(0, 2)) {
    case 0:
        wardrobe("主卧");
        extra();
        break;
    case 1:
        kitchen();
        if (r.chance(50))
            extra();
        break;
    default:
        wardrobe("主卧");
        if (r.chance(50))
            wardrobe("次卧");
        extra();
        extra();
        break;
    }
    if (r.chance(60))
        lines.push_back({"", "五金", "三节阻尼滑轨", 0, 0, 0, "", "", "套", r.between(2, 8) * 100,
                         6500, false});
    return lines;
}

Discount pickDiscount(Random &r)
{
    static const std::vector<Discount> discounts{
        {1000, "", ""},      {950, "95折", "5%"}, {900, "9折", "10%"},
        {880, "88折", "12%"}, {850, "85折", "15%"}, {800, "8折", "20%"}};
    return r.pick(discounts);
}

std::int64_t lineMicros(const CustomLine &l, int paid)
{
    return l.price * l.quantity * (l.discounted ? paid : 1000) / 10;
}

Fen depositFor(std::int64_t totalMicros, Random &r)
{
    const Fen total = totalMicros / 10000;
    return total * r.between(20, 40) / 100 / 10000 * 10000;
}

std::string dealerStatus(int age, int promisedAfter, bool cancelled)
{
    if (cancelled)
        return "已取消";
    if (age <= 4)
        return "待审核";
    if (age <= 8)
        return "已审核";
    if (age <= promisedAfter)
        return "生产中";
    if (age <= promisedAfter + 6)
        return "已发货";
    if (age <= promisedAfter + 20)
        return "已安装";
    return "已完成";
}

} // namespace Hearth::Samples
