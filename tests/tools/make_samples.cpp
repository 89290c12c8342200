// Writes the sample channel exports of resources/samples/, as the shops, dealers and designers
// really export them: a Tmall item-level CSV (GBK bytes, CRLF, as Chinese Excel saves it), a JD
// export and a dealer order sheet as .xlsx, and a design tool's JSON. Every person, mobile and
// street number is made up; provinces, cities, districts and roads are real names.
// The output is the same on every run. It prints what an import of each file must give.
//
//   make_samples OUTPUT_FOLDER

#include "sampledata.h"

#include <xlsxwriter.h>

#include <iconv.h>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

namespace {

using namespace Hearth::Samples;

// ---- output ------------------------------------------------------------------------------

struct Expected
{
    Expected() = default;
    explicit Expected(const char *name) : file(name) {}

    std::string file;
    int orders = 0;
    int lines = 0;
    std::set<std::string> customers;
    std::int64_t amountMicros = 0;
    std::int64_t quantityHundredths = 0;

    void print() const
    {
        std::cout << file << ": " << orders << " orders, " << lines << " lines, "
                  << customers.size() << " customers, amount " << micros(amountMicros)
                  << ", quantity " << general(quantityHundredths) << "\n";
    }
};

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

/// GBK bytes, as Excel's "CSV (逗号分隔)" writes on a Chinese Windows; GB18030 reads them.
bool writeGbkCsv(const std::string &path, const std::vector<std::vector<std::string>> &rows)
{
    std::string utf8;
    for (const auto &row : rows) {
        for (size_t i = 0; i < row.size(); ++i)
            utf8 += (i ? "," : "") + csvField(row[i]);
        utf8 += "\r\n";
    }
    iconv_t cd = iconv_open("GBK", "UTF-8");
    if (cd == iconv_t(-1)) {
        std::cerr << "make_samples: this system's iconv cannot write GBK\n";
        return false;
    }
    std::string out(utf8.size() * 2, '\0');
    char *in = utf8.data();
    size_t inLeft = utf8.size();
    char *to = out.data();
    size_t outLeft = out.size();
    const size_t done = iconv(cd, &in, &inLeft, &to, &outLeft);
    iconv_close(cd);
    if (done == size_t(-1)) {
        std::cerr << "make_samples: a character of the Tmall sample is not in GBK\n";
        return false;
    }
    out.resize(out.size() - outLeft);
    std::ofstream file(path, std::ios::binary);
    file << out;
    return bool(file);
}

std::string jsonString(const std::string &text)
{
    std::string s = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            s += '\\';
        s += c;
    }
    return s + '"';
}

lxw_workbook *newWorkbook(const std::string &path, const char *title, const char *author)
{
    lxw_workbook *book = workbook_new(path.c_str());
    if (!book)
        return nullptr;
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title);
    properties.author = const_cast<char *>(author);
    properties.created = 1766200000;  // fixed, so that the file is the same on every run
    workbook_set_properties(book, &properties);
    return book;
}

bool closeWorkbook(lxw_workbook *book, const std::string &path)
{
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        std::cerr << "make_samples: " << path << ": " << lxw_strerror(error) << "\n";
    return error == LXW_NO_ERROR;
}

void writeHeader(lxw_worksheet *sheet, const std::vector<const char *> &headers,
                 lxw_format *format)
{
    for (size_t c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], format);
}

// ---- Tmall -------------------------------------------------------------------------------

std::string taobaoNumber(Random &r, int offset)
{
    // Orders before mid-2024 have 18 digits, later ones 19.
    if (offset < 200)
        return "2" + r.digits(17);
    const std::string second = std::to_string(r.between(5, 9));
    return "3" + second + r.digits(17);
}

std::string buyerNick(Random &r, int index)
{
    static const std::vector<const char *> nicks{
        "小熊爱吃鱼", "橘子汽水", "安静的猫", "向日葵2018", "木木夕", "晴天小猪", "江南烟雨88",
        "大白兔不白", "lanlan_520", "xiaoyu_1990", "momo酱", "阿辉爱家居"};
    switch (index % 3) {
    case 0:
        return "tb" + r.digits(9);
    case 1:
        return nicks[size_t(index / 3) % nicks.size()];
    default:
        return "t_15" + r.digits(11) + "_0" + r.digits(3);
    }
}

Expected makeTmall(const std::string &folder)
{
    Random r(20240305);
    People people(r);
    Expected expected("tmall_orders.csv");
    struct Buyer
    {
        std::string nick;
        Person person;
        const Place *place;
        std::string street;
    };
    std::vector<Buyer> buyers;
    std::vector<std::vector<std::string>> rows{
        {"订单编号", "子订单编号", "买家会员名", "订单状态", "订单创建时间", "订单付款时间",
         "发货时间", "宝贝标题", "商品属性", "商家编码", "宝贝单价", "购买数量", "实付金额",
         "收货人姓名", "联系手机", "收货地址", "运送方式", "物流公司", "物流单号", "买家留言",
         "订单备注", "店铺名称"}};
    static const std::vector<const char *> messages{
        "", "", "", "请尽快发货", "周末送货,谢谢", "送货前请电话联系", "需要安装师傅上门",
        "颜色要和图片一样"};
    static const std::vector<const char *> notes{
        "", "", "", "", "已约上门量尺", "客户要求周末安装", "老客户,赠送灯带",
        "客户说\"电梯房8楼\"", "已电话确认尺寸"};

    const std::vector<int> days = spreadDays(r, 30);
    std::vector<std::vector<std::vector<std::string>>> orders;
    for (int i = 0; i < int(days.size()); ++i) {
        const int day = days[size_t(i)];
        const bool returning = !buyers.empty() && r.chance(10);  // bought here before
        if (!returning) {
            const Place &place = r.pick(nationwide());
            buyers.push_back({buyerNick(r, int(buyers.size())), people.make(), &place,
                              homeAddress(r, place)});
        }
        const Buyer &buyer = returning ? r.pick(buyers) : buyers.back();
        std::vector<CartLine> cart = fillCart(r);
        Fen gross = 0;
        bool madeToOrder = false;
        for (const CartLine &l : cart) {
            gross += l.item->price * l.quantity;
            madeToOrder = madeToOrder || l.item->madeToOrder;
        }
        shareCoupon(cart, gross >= 300000 && r.chance(40) ? 20000 : gross >= 100000 ? 5000 : 0);

        const Stamp created = stampAt(r, day);
        const Stamp paid = minutesLater(created, r.between(0, 25));
        const int age = exportDay - day;
        const int shipAfter = madeToOrder ? r.between(18, 35) : r.between(1, 5);
        std::string status = "买家已付款，等待卖家发货";
        std::string shipped;
        std::string carrier;
        std::string tracking;
        if (age > 10 && r.chance(8)) {
            status = "交易关闭";
        } else if (age >= shipAfter) {
            shipped = isoStamp(stampAt(r, day + shipAfter, 9));
            status = age >= shipAfter + 15 ? "交易成功" : "卖家已发货，等待买家确认";
            if (madeToOrder) {
                carrier = "德邦快递";
                tracking = "DPK" + r.digits(12);
            } else if (r.chance(50)) {
                carrier = "顺丰速运";
                tracking = "SF" + r.digits(13);
            } else {
                carrier = "安能物流";
                tracking = "300" + r.digits(9);
            }
        }
        const std::string number = taobaoNumber(r, day);
        std::string province = buyer.place->province;
        if (province == buyer.place->city)
            province.resize(province.size() - 3);  // Taobao writes "上海 上海市"
        std::string address = province + " " + buyer.place->city + " " + buyer.place->district;
        if (buyer.place->subdistrict)
            address += std::string(" ") + buyer.place->subdistrict;
        address += " " + buyer.street;
        const std::string message = r.pick(messages);
        const std::string note = r.pick(notes);

        std::vector<std::vector<std::string>> orderRows;
        for (const CartLine &l : cart) {
            const std::string sub = cart.size() == 1 ? number : taobaoNumber(r, day);
            orderRows.push_back(
                {number, sub, buyer.nick, status, isoStamp(created), isoStamp(paid), shipped,
                 l.item->tmallTitle, l.item->properties, l.item->code, general(l.item->price),
                 std::to_string(l.quantity), general(l.paid), buyer.person.name,
                 buyer.person.mobile, address, madeToOrder ? "物流配送" : "快递", carrier,
                 tracking, message, note, "炉边家居旗舰店"});
            ++expected.lines;
            expected.amountMicros += l.paid * 10000;
            expected.quantityHundredths += l.quantity * 100;
        }
        orders.push_back(orderRows);
        ++expected.orders;
        expected.customers.insert(buyer.nick);
    }
    for (auto it = orders.rbegin(); it != orders.rend(); ++it)  // newest first, as Tmall lists
        rows.insert(rows.end(), it->begin(), it->end());
    if (!writeGbkCsv(folder + "/tmall_orders.csv", rows))
        expected.orders = -1;
    return expected;
}

// ---- JD ----------------------------------------------------------------------------------

Expected makeJd(const std::string &folder)
{
    Random r(20240618);
    People people(r);
    Expected expected("jd_orders.xlsx");
    const std::string path = folder + "/jd_orders.xlsx";
    lxw_workbook *book = newWorkbook(path, "订单导出", "京东商家后台");
    if (!book)
        return {};
    lxw_worksheet *sheet = workbook_add_worksheet(book, "订单列表");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "0.00");
    const std::vector<const char *> headers{
        "订单号", "商品编号", "货号", "商品名称", "订购数量", "京东价", "订单金额", "运费金额",
        "优惠金额", "应付金额", "支付方式", "下单时间", "付款确认时间", "出库时间", "订单状态",
        "下单帐号", "客户姓名", "省", "市", "县", "详细地址", "联系电话", "订单备注", "商家备注"};
    writeHeader(sheet, headers, bold);
    worksheet_set_column(sheet, 0, 2, 15, nullptr);
    worksheet_set_column(sheet, 3, 3, 40, nullptr);
    worksheet_set_column(sheet, 11, 13, 20, nullptr);
    worksheet_set_column(sheet, 20, 20, 36, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);

    struct Buyer
    {
        std::string account;
        Person person;
        const Place *place;
        std::string street;
    };
    std::vector<Buyer> buyers;
    static const std::vector<const char *> remarks{"", "", "", "工作日送货", "发票抬头:个人",
                                                   "送货上门请提前电话"};
    const std::vector<int> days = spreadDays(r, 25);
    lxw_row_t row = 1;
    for (int i = int(days.size()) - 1; i >= 0; --i) {  // newest first
        const int day = days[size_t(i)];
        const bool returning = !buyers.empty() && r.chance(10);
        if (!returning) {
            const Place &place = r.pick(nationwide());
            std::string account = "jd_";
            for (int k = 0; k < 13; ++k)
                account += "0123456789abcdef"[r.between(0, 15)];
            buyers.push_back({account, people.make(), &place, homeAddress(r, place)});
        }
        const Buyer &buyer = returning ? r.pick(buyers) : buyers.back();
        std::vector<CartLine> cart = fillCart(r);
        if (r.chance(40))
            cart.resize(1);
        Fen total = 0;
        bool madeToOrder = false;
        for (const CartLine &l : cart) {
            total += l.item->price * l.quantity;
            madeToOrder = madeToOrder || l.item->madeToOrder;
        }
        const Stamp created = stampAt(r, day);
        const int age = exportDay - day;
        const int shipAfter = madeToOrder ? r.between(20, 40) : r.between(1, 4);
        std::string status = "等待出库";
        std::string shipped;
        if (age > 10 && r.chance(8)) {
            status = "已取消";
        } else if (age >= shipAfter) {
            shipped = isoStamp(stampAt(r, day + shipAfter, 9));
            status = age >= shipAfter + 15 ? "完成" : "等待确认收货";
        }
        const std::string prefix = std::to_string(r.between(28, 31));
        const std::string number = prefix + r.digits(10);
        const std::string remark = r.pick(remarks);
        const std::string note = madeToOrder ? "定制件,需量尺后下单" : "";
        for (const CartLine &l : cart) {
            const auto text = [&](lxw_col_t c, const std::string &s) {
                worksheet_write_string(sheet, row, c, s.c_str(), nullptr);
            };
            text(0, number);
            text(1, l.item->jdSku);
            text(2, l.item->code);
            text(3, l.item->jdTitle);
            worksheet_write_number(sheet, row, 4, l.quantity, nullptr);
            worksheet_write_number(sheet, row, 5, double(l.item->price) / 100, money);
            worksheet_write_number(sheet, row, 6, double(total) / 100, money);
            worksheet_write_number(sheet, row, 7, 0, money);
            worksheet_write_number(sheet, row, 8, 0, money);
            worksheet_write_number(sheet, row, 9, double(total) / 100, money);
            text(10, "在线支付");
            text(11, isoStamp(created));
            text(12, isoStamp(minutesLater(created, r.between(0, 20))));
            text(13, shipped);
            text(14, status);
            text(15, buyer.account);
            text(16, buyer.person.name);
            text(17, buyer.place->province);
            text(18, buyer.place->city);
            text(19, buyer.place->district);
            text(20, buyer.street);
            text(21, buyer.person.mobile);
            text(22, remark);
            text(23, note);
            ++row;
            ++expected.lines;
            expected.amountMicros += l.item->price * l.quantity * 10000;
            expected.quantityHundredths += l.quantity * 100;
        }
        ++expected.orders;
        expected.customers.insert(buyer.account);
    }
    worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(headers.size() - 1));
    if (!closeWorkbook(book, path))
        expected.orders = -1;
    return expected;
}

// ---- dealer sheet ------------------------------------------------------------------------

Expected makeDealerSheet(const std::string &folder)
{
    Random r(20240820);
    People people(r);
    Expected expected("dealer_orders.xlsx");
    const std::string path = folder + "/dealer_orders.xlsx";
    lxw_workbook *book = newWorkbook(path, "经销商订单", "炉边家居 渠道部");
    if (!book)
        return {};
    lxw_worksheet *summary = workbook_add_worksheet(book, "汇总");
    lxw_worksheet *sheet = workbook_add_worksheet(book, "订单明细");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xDDEBF7);
    lxw_format *signedFormat = workbook_add_format(book);
    format_set_num_format(signedFormat, "yyyy/m/d");
    lxw_format *promisedFormat = workbook_add_format(book);
    format_set_num_format(promisedFormat, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0.00");

    struct Dealer
    {
        const char *code;
        const char *name;
        const char *city;
    };
    const std::vector<Dealer> dealers{{"010025", "杭州西溪炉边家居经销部", "杭州市"},
                                      {"010031", "南京河西炉边全屋定制", "南京市"},
                                      {"020007", "成都锦城炉边家居", "成都市"},
                                      {"030112", "郑州金水炉边橱衣柜", "郑州市"}};
    const std::vector<const char *> headers{
        "订单号", "行号", "经销商编号", "经销商名称", "签单日期", "交货日期", "订单状态",
        "客户姓名", "联系电话", "安装地址", "空间", "产品类别", "产品名称", "宽(mm)", "高(mm)",
        "深(mm)", "板材", "颜色", "单位", "数量", "单价", "折扣", "定金", "备注"};
    writeHeader(sheet, headers, bold);
    worksheet_set_column(sheet, 0, 0, 18, nullptr);
    worksheet_set_column(sheet, 3, 3, 24, nullptr);
    worksheet_set_column(sheet, 4, 5, 14, nullptr);
    worksheet_set_column(sheet, 9, 9, 44, nullptr);
    worksheet_set_column(sheet, 12, 12, 14, nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    const std::vector<const char *> summaryHeaders{"订单号", "经销商名称", "客户姓名", "签单日期",
                                                   "订单金额", "定金"};
    writeHeader(summary, summaryHeaders, bold);
    worksheet_set_column(summary, 0, 2, 22, nullptr);
    worksheet_set_column(summary, 3, 5, 14, nullptr);

    static const std::vector<const char *> remarks{"", "", "", "", "客户自购台盆", "周末安装",
                                                   "旧柜拆除", "门板与样板同色"};
    struct Household
    {
        Person person;
        std::string address;
        const Dealer *dealer;
    };
    std::vector<Household> households;
    const std::vector<int> days = spreadDays(r, 22);
    lxw_row_t row = 1;
    for (int i = 0; i < int(days.size()); ++i) {
        const int day = days[size_t(i)];
        const Dealer &dealer = r.pick(dealers);
        const Household *home = nullptr;
        if (r.chance(12)) {  // a family that came back for another room
            for (const Household &h : households) {
                if (h.dealer == &dealer)
                    home = &h;
            }
        }
        if (!home) {
            const std::vector<Place> local = placesIn(dealer.city);
            const Place &p = r.pick(local);
            households.push_back({people.make(),
                                  std::string(p.province) + p.city + p.district + homeAddress(r, p),
                                  &dealer});
            home = &households.back();
        }
        const std::vector<CustomLine> lines = customOrder(r);
        const Discount discount = pickDiscount(r);
        std::int64_t total = 0;
        for (const CustomLine &l : lines)
            total += lineMicros(l, discount.paid);
        const Fen deposit = depositFor(total, r);
        const int promisedAfter = r.between(25, 45);
        const std::string status =
            dealerStatus(exportDay - day, promisedAfter, exportDay - day > 30 && r.chance(6));
        const Date signedOn = dayAt(day);
        const Date promisedOn = dayAt(day + promisedAfter);
        const std::string number = format("JX%s-%02d%02d-%02d", dealer.code,
                                          signedOn.year % 100, signedOn.month, i + 1);
        const std::string remark = r.pick(remarks);

        const lxw_row_t summaryRow = lxw_row_t(i + 1);
        worksheet_write_string(summary, summaryRow, 0, number.c_str(), nullptr);
        worksheet_write_string(summary, summaryRow, 1, dealer.name, nullptr);
        worksheet_write_string(summary, summaryRow, 2, home->person.name.c_str(), nullptr);
        lxw_datetime signedCell{signedOn.year, signedOn.month, signedOn.day, 0, 0, 0};
        worksheet_write_datetime(summary, summaryRow, 3, &signedCell, signedFormat);
        worksheet_write_number(summary, summaryRow, 4, double(total) / 1e6, money);
        worksheet_write_number(summary, summaryRow, 5, double(deposit) / 100, money);

        for (size_t n = 0; n < lines.size(); ++n, ++row) {
            const CustomLine &l = lines[n];
            const auto text = [&](lxw_col_t c, const std::string &s) {
                if (!s.empty())
                    worksheet_write_string(sheet, row, c, s.c_str(), nullptr);
            };
            const auto value = [&](lxw_col_t c, double v) {
                worksheet_write_number(sheet, row, c, v, nullptr);
            };
            text(0, number);
            value(1, double(n + 1));
            text(2, dealer.code);
            text(3, dealer.name);
            lxw_datetime promisedCell{promisedOn.year, promisedOn.month, promisedOn.day, 0, 0, 0};
            worksheet_write_datetime(sheet, row, 4, &signedCell, signedFormat);
            worksheet_write_datetime(sheet, row, 5, &promisedCell, promisedFormat);
            text(6, status);
            text(7, home->person.name);
            text(8, home->person.mobile);
            text(9, home->address);
            text(10, l.room);
            text(11, l.category);
            text(12, l.product);
            if (l.width > 0) {
                value(13, l.width);
                value(14, l.height);
                value(15, l.depth);
            }
            text(16, l.board);
            text(17, l.colour);
            text(18, l.unit);
            value(19, double(l.quantity) / 100);
            value(20, double(l.price) / 100);
            text(21, l.discounted ? discount.asZhe : "");
            value(22, double(deposit) / 100);
            text(23, n == 0 ? remark : "");
            ++expected.lines;
            expected.quantityHundredths += l.quantity;
        }
        ++expected.orders;
        expected.amountMicros += total;
        expected.customers.insert(home->person.mobile);
    }
    worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(headers.size() - 1));
    if (!closeWorkbook(book, path))
        expected.orders = -1;
    return expected;
}

// ---- designer's JSON ---------------------------------------------------------------------

std::string designerStatus(int age, int promisedAfter, bool cancelled)
{
    const std::string s = dealerStatus(age, promisedAfter, cancelled);
    if (s == "待审核")
        return "待确认";
    if (s == "已审核")
        return "已确认";
    if (s == "已发货")
        return "已送货";
    if (s == "已完成")
        return "已结案";
    return s;
}

Expected makeDesignerJson(const std::string &folder)
{
    Random r(20241111);
    People people(r);
    Expected expected("designer_orders.json");
    struct Designer
    {
        const char *code;
        const char *name;
        const char *phone;
        const char *city;
    };
    const std::vector<Designer> designers{{"SJ017", "林晓雯", "13900006317", "长沙市"},
                                          {"SJ023", "周子墨", "18600002345", "厦门市"},
                                          {"SJ031", "欧阳青", "13700008812", "武汉市"}};
    std::string json = "{\n  \"exportedAt\": \"2025/12/20 18:30\",\n"
                       "  \"source\": \"设计师订单导出\",\n  \"orders\": [\n";
    struct Household
    {
        Person person;
        std::string address;
        const Designer *designer;
    };
    std::vector<Household> households;
    const std::vector<int> days = spreadDays(r, 16);
    for (int i = 0; i < int(days.size()); ++i) {
        const int day = days[size_t(i)];
        const Designer &designer = r.pick(designers);
        const Household *home = nullptr;
        if (r.chance(12)) {  // a family that came back for another room
            for (const Household &h : households) {
                if (h.designer == &designer)
                    home = &h;
            }
        }
        if (!home) {
            const std::vector<Place> local = placesIn(designer.city);
            const Place &p = r.pick(local);
            households.push_back({people.make(),
                                  std::string(p.province) + p.city + p.district + homeAddress(r, p),
                                  &designer});
            home = &households.back();
        }
        const std::vector<CustomLine> lines = customOrder(r);
        const Discount discount = pickDiscount(r);
        std::int64_t total = 0;
        for (const CustomLine &l : lines)
            total += lineMicros(l, discount.paid);
        const int promisedAfter = r.between(30, 50);
        const Date signedOn = dayAt(day);
        const std::string status = designerStatus(exportDay - day, promisedAfter,
                                                  exportDay - day > 30 && r.chance(6));
        json += "    {\n";
        json += format("      \"orderNo\": \"SJ%02d%02d%02d-%03d\",\n", signedOn.year % 100,
                       signedOn.month, signedOn.day, i + 1);
        json += std::string("      \"designer\": {\"code\": \"") + designer.code
            + "\", \"name\": \"" + designer.name + "\", \"phone\": \"" + designer.phone
            + "\"},\n";
        json += "      \"customer\": {\"name\": " + jsonString(home->person.name)
            + ", \"mobile\": " + jsonString(home->person.mobile)
            + ", \"address\": " + jsonString(home->address) + "},\n";
        json += "      \"signDate\": \"" + slashDate(signedOn) + "\",\n";
        json += "      \"deliveryDate\": \"" + slashDate(dayAt(day + promisedAfter)) + "\",\n";
        json += "      \"deposit\": " + std::to_string(depositFor(total, r) / 100) + ",\n";
        json += "      \"status\": \"" + status + "\",\n";
        json += "      \"lines\": [\n";
        for (size_t n = 0; n < lines.size(); ++n) {
            const CustomLine &l = lines[n];
            std::string spec;
            if (l.width > 0) {
                const char *times = n % 3 == 2 ? "*" : "×";
                spec = std::to_string(l.width) + times + std::to_string(l.height);
                if (l.category != "门板")
                    spec += times + std::to_string(l.depth);
            }
            json += format("        {\"lineNo\": %d, ", int(n + 1));
            json += "\"room\": " + jsonString(l.room) + ", \"category\": "
                + jsonString(l.category) + ", \"product\": " + jsonString(l.product)
                + ", \"spec\": " + jsonString(spec) + ", \"board\": " + jsonString(l.board)
                + ", \"color\": " + jsonString(l.colour) + ", \"unit\": " + jsonString(l.unit)
                + ", \"qty\": " + general(l.quantity) + ", \"price\": " + general(l.price)
                + ", \"discount\": "
                + jsonString(l.discounted ? discount.asPercentOff : std::string()) + "}";
            json += n + 1 < lines.size() ? ",\n" : "\n";
            ++expected.lines;
            expected.quantityHundredths += l.quantity;
        }
        json += "      ]\n";
        json += i + 1 < int(days.size()) ? "    },\n" : "    }\n";
        ++expected.orders;
        expected.amountMicros += total;
        expected.customers.insert(home->person.mobile);
    }
    json += "  ]\n}\n";
    std::ofstream file(folder + "/designer_orders.json", std::ios::binary);
    file << json;
    if (!file)
        expected.orders = -1;
    return expected;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: make_samples OUTPUT_FOLDER\n";
        return 2;
    }
    const std::string folder = argv[1];
    const std::vector<Expected> made{makeTmall(folder), makeJd(folder), makeDealerSheet(folder),
                                     makeDesignerJson(folder)};
    int failed = 0;
    for (const Expected &e : made) {
        if (e.orders <= 0)
            ++failed;
        else
            e.print();
    }
    return failed == 0 ? 0 : 1;
}

