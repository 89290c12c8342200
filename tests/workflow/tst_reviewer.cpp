#include "workflow/catalogue.h"
#include "workflow/reviewer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;
using Core::Decimal;
using Orders::Channel;
using Orders::OrderLine;
using Orders::SalesOrder;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QLatin1String(text));
}

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test: %s", json);
    return doc.object();
}

RuleSet ruleSet(const QJsonArray &rules)
{
    RuleSet set;
    set.review = QJsonObject{{"rules", rules}};
    return set;
}

RuleSet oneRule(const char *json)
{
    return ruleSet(QJsonArray{object(json)});
}

RuleSet shippedRules()
{
    QFile file(QStringLiteral(HEARTH_SOURCE_DIR "/resources/rules/review.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped review.json");
    RuleSet set;
    set.review = QJsonDocument::fromJson(file.readAll()).object();
    return set;
}

Catalogue testCatalogue()
{
    Catalogue c;
    c.add({"material", "PB-E0", "颗粒板 E0", "Particle board E0", true});
    c.add({"material", "PLY", "多层板", "Plywood", true});
    c.add({"material", "OLD", "旧板", "Old board", false});
    c.add({"colour", "W01", "暖白", "Warm white", true});
    c.add({"colour", "WN01", "胡桃木纹", "Walnut grain", true});
    c.add({"colour", "RED", "大红", "Red", false});
    return c;
}

/// A store order with one custom wardrobe of ¥10,000.00, 30 % paid, complete address.
SalesOrder wardrobeOrder()
{
    SalesOrder o;
    o.channel = Channel::Store;
    o.customer.name = "王伟";
    o.customer.mobile = "13912345678";
    o.address = {"江苏省", "南京市", "鼓楼区", "中山北路 88 号", {}};
    o.depositFen = 300000;
    OrderLine l;
    l.lineNo = 1;
    l.description = "衣柜";
    l.widthMm = 1800;
    l.heightMm = 2400;
    l.depthMm = 600;
    l.material = "颗粒板 E0";
    l.colour = "暖白";
    l.quantity = Decimal::fromInt(1);
    l.unitPrice = Decimal::fromInt(10000);
    l.amount = Decimal::fromInt(10000);
    o.lines = {l};
    return o;
}

Part part(qint64 length, qint64 width, qint64 thickness, const char *grain = "length")
{
    Part p;
    p.key = "1.1.side";
    p.lineNo = 1;
    p.code = "side";
    p.name = "侧板";
    p.lengthMm = length;
    p.widthMm = width;
    p.thicknessMm = thickness;
    p.quantity = 2;
    p.grain = QLatin1String(grain);
    return p;
}

/// "hold|1|message" per finding, with "|sales_manager>general_manager" for approvals.
QStringList describe(const ReviewResult &result)
{
    QStringList out;
    for (const ReviewFinding &f : result.findings) {
        QString text = outcomeCode(f.outcome) + u'|' + QString::number(f.lineNo) + u'|'
                       + f.message;
        if (!f.approvers.isEmpty())
            text += u'|' + f.approvers.join(u'>');
        out.append(text);
    }
    return out;
}

QStringList run(const RuleSet &rules, const SalesOrder &order, const QList<Part> &parts = {},
                const QString &process = {})
{
    const auto result = Reviewer::review(order, parts, testCatalogue(), rules, process);
    if (!result)
        return {"error: " + result.error().toString()};
    return describe(result.value());
}

const char depositRule[] =
    R"({"id": "deposit", "type": "deposit_share", "name": "定金比例", "outcome": "hold",
        "min": 0.3})";
const char panelRule[] =
    R"({"id": "panel_size", "type": "panel_size", "name": "板件尺寸", "outcome": "hold",
        "max_length_mm": 2800, "max_width_mm": 1220, "min_mm": 50, "thickness_mm": [9, 18, 25]})";
const char catalogueRule[] =
    R"({"id": "catalogue", "type": "catalogue", "name": "材质花色", "outcome": "hold"})";
const char addressRule[] =
    R"({"id": "address_mobile", "type": "address_mobile", "name": "地址电话",
        "outcome": "hold"})";
const char discountRule[] =
    R"({"id": "discount", "type": "discount_limit", "name": "折扣", "outcome": "approval",
        "approvers": ["sales_manager"], "max": "0.15"})";
const char totalRule[] =
    R"({"id": "large_order", "type": "total_limit", "name": "大额订单", "outcome": "approval",
        "approvers": ["sales_manager", "general_manager"], "max": 100000})";

} // namespace

class tst_Reviewer : public QObject
{
    Q_OBJECT

private slots:
    void shippedRulesAreValid();
    void shippedRulesPassAGoodOrder();
    void depositShare_data();
    void depositShare();
    void panelSize_data();
    void panelSize();
    void catalogue_data();
    void catalogue();
    void addressMobile_data();
    void addressMobile();
    void discountLimit_data();
    void discountLimit();
    void totalLimit_data();
    void totalLimit();
    void restrictions_data();
    void restrictions();
    void expression_data();
    void expression();
    void invalidRules_data();
    void invalidRules();
    void reviewRefusesInvalidRules();
    void outcomeOrder_data();
    void outcomeOrder();
};

void tst_Reviewer::shippedRulesAreValid()
{
    const QList<Core::Error> errors = Reviewer::validate(shippedRules());
    QStringList texts;
    for (const Core::Error &e : errors)
        texts.append(e.toString());
    QCOMPARE(texts, QStringList());
    const auto reviewer = Reviewer::compile(shippedRules());
    QVERIFY(reviewer.ok());
    QCOMPARE(reviewer->ruleIds(), QStringList({"deposit", "panel_size", "catalogue",
                                               "address_mobile", "discount", "large_order",
                                               "remake_cause", "total_positive",
                                               "deposit_range", "credit"}));
    QCOMPARE(reviewer->ruleName("large_order"), QStringLiteral("Large order approval"));
}

void tst_Reviewer::shippedRulesPassAGoodOrder()
{
    const auto result = Reviewer::review(wardrobeOrder(), {part(2400, 560, 18)}, testCatalogue(),
                                         shippedRules());
    QVERIFY(result.ok());
    QCOMPARE(result->outcome(), ReviewFinding::Outcome::Pass);
    QCOMPARE(result->findings.size(), 9);
    QCOMPARE(result->findings.first().message,
             QStringLiteral("deposit ¥3,000.00 is 30 % of ¥10,000.00"));

    SalesOrder remake = wardrobeOrder();
    remake.parentOrderId = "parent";
    const auto held = Reviewer::review(remake, {}, testCatalogue(), shippedRules());
    QVERIFY(held.ok());
    QCOMPARE(held->outcome(), ReviewFinding::Outcome::Hold);
    QCOMPARE(describe(held.value()).filter("re-make"),
             QStringList("hold|0|the re-make does not say who is charged for it (factory, "
                         "dealer or installer)"));
}

void tst_Reviewer::depositShare_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<qint64>("depositFen");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exactly 30 %") << "10000" << qint64(300000)
                                  << QStringList("pass|0|deposit ¥3,000.00 is 30 % of ¥10,000.00");
    QTest::newRow("20 %") << "10000" << qint64(200000)
                          << QStringList("hold|0|deposit ¥2,000.00 is 20 % of ¥10,000.00; at "
                                         "least 30 % (¥3,000.00) is required");
    QTest::newRow("one fen short") << "10000" << qint64(299999)
                                   << QStringList("hold|0|deposit ¥2,999.99 is 29.99 % of "
                                                  "¥10,000.00; at least 30 % (¥3,000.00) is "
                                                  "required");
    QTest::newRow("required rounds up to the fen")
        << "3333.33" << qint64(99999)
        << QStringList("hold|0|deposit ¥999.99 is 29.99 % of ¥3,333.33; at least 30 % "
                       "(¥1,000.00) is required");
    QTest::newRow("enough at the fen") << "3333.33" << qint64(100000)
                                       << QStringList("pass|0|deposit ¥1,000.00 is 30 % of "
                                                      "¥3,333.33");
    QTest::newRow("no deposit") << "128500.5" << qint64(0)
                                << QStringList("hold|0|deposit ¥0.00 is 0 % of ¥128,500.50; at "
                                               "least 30 % (¥38,550.15) is required");
    QTest::newRow("no total") << "0" << qint64(0)
                              << QStringList("pass|0|the order has no total to check the "
                                             "deposit against");
}

void tst_Reviewer::depositShare()
{
    QFETCH(QString, total);
    QFETCH(qint64, depositFen);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    o.lines[0].amount = *Decimal::parse(total);
    o.depositFen = depositFen;
    QCOMPARE(run(oneRule(depositRule), o), expected);
}

void tst_Reviewer::panelSize_data()
{
    QTest::addColumn<QList<Part>>("parts");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QStringList>("expected");
    const QString side = "1|line 1 (衣柜), 侧板 ";
    QTest::newRow("within") << QList<Part>{part(2400, 560, 18), part(2400, 560, 18)} << ""
                            << QStringList("pass|0|2 panel(s) within the machines' limits");
    QTest::newRow("exactly the limits") << QList<Part>{part(2800, 1220, 25)} << ""
                                        << QStringList("pass|0|1 panel(s) within the machines' "
                                                       "limits");
    QTest::newRow("too long") << QList<Part>{part(2900, 560, 18)} << ""
                              << QStringList("hold|" + side + "2900 × 560 × 18 mm: 2900 mm is "
                                             "more than the machines' maximum length of 2800 mm");
    QTest::newRow("too wide across the grain")
        << QList<Part>{part(2000, 1300, 18)} << ""
        << QStringList("hold|" + side + "2000 × 1300 × 18 mm: 1300 mm is more than the "
                       "machines' maximum width of 1220 mm");
    QTest::newRow("no grain may turn") << QList<Part>{part(1000, 2500, 18, "none")} << ""
                                       << QStringList("pass|0|1 panel(s) within the machines' "
                                                      "limits");
    QTest::newRow("grain along the width")
        << QList<Part>{part(1000, 2900, 18, "width")} << ""
        << QStringList("hold|" + side + "1000 × 2900 × 18 mm: 2900 mm is more than the "
                       "machines' maximum length of 2800 mm");
    QTest::newRow("grain along the length cannot turn")
        << QList<Part>{part(1000, 2500, 18)} << ""
        << QStringList("hold|" + side + "1000 × 2500 × 18 mm: 2500 mm is more than the "
                       "machines' maximum width of 1220 mm");
    QTest::newRow("too small") << QList<Part>{part(300, 40, 18)} << ""
                               << QStringList("hold|" + side + "300 × 40 × 18 mm: 40 mm is less "
                                              "than the machines' minimum of 50 mm");
    QTest::newRow("thickness") << QList<Part>{part(700, 560, 16)} << ""
                               << QStringList("hold|" + side + "700 × 560 × 16 mm: 16 mm boards "
                                              "are not used; the allowed thicknesses are 9, 18, "
                                              "25 mm");
    QTest::newRow("two problems, one part")
        << QList<Part>{part(3000, 30, 18)} << ""
        << QStringList({"hold|" + side + "3000 × 30 × 18 mm: 3000 mm is more than the machines' "
                        "maximum length of 2800 mm",
                        "hold|" + side + "3000 × 30 × 18 mm: 30 mm is less than the machines' "
                        "minimum of 50 mm"});
    QTest::newRow("height missing") << QList<Part>{} << "no height"
                                    << QStringList("hold|1|line 1 (衣柜): the size W 1800 × H — "
                                                   "× D 600 mm is incomplete");
    QTest::newRow("depth zero") << QList<Part>{} << "zero depth"
                                << QStringList("hold|1|line 1 (衣柜): the size W 1800 × H 2400 × "
                                               "D — mm is incomplete");
    QTest::newRow("template without size") << QList<Part>{} << "template only"
                                           << QStringList("hold|1|line 1 (衣柜): the size W — × "
                                                          "H — × D — mm is incomplete");
}

void tst_Reviewer::panelSize()
{
    QFETCH(QList<Part>, parts);
    QFETCH(QString, change);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    if (change == "no height") {
        o.lines[0].heightMm.reset();
    } else if (change == "zero depth") {
        o.lines[0].depthMm = 0;
    } else if (change == "template only") {
        o.lines[0].widthMm.reset();
        o.lines[0].heightMm.reset();
        o.lines[0].depthMm.reset();
        o.lines[0].spec = QJsonObject{{"template", "wardrobe"}};
    }
    QCOMPARE(run(oneRule(panelRule), o, parts), expected);
}

void tst_Reviewer::catalogue_data()
{
    QTest::addColumn<QString>("material");
    QTest::addColumn<QString>("colour");
    QTest::addColumn<QStringList>("expected");
    const QStringList pass("pass|0|materials and colours of 1 custom line(s) are in the "
                           "catalogue");
    QTest::newRow("by name") << "颗粒板 E0" << "暖白" << pass;
    QTest::newRow("by code, any case") << "pb-e0" << "wn01" << pass;
    QTest::newRow("full width, spaces") << " 颗粒板ｅ０ " << "暖白" << pass;
    QTest::newRow("by English name") << "plywood" << "Walnut Grain" << pass;
    QTest::newRow("unknown material")
        << "密度板" << "暖白"
        << QStringList("hold|1|line 1 (衣柜): material \"密度板\" is not in the catalogue");
    QTest::newRow("inactive material")
        << "旧板" << "暖白"
        << QStringList("hold|1|line 1 (衣柜): material \"旧板\" is no longer offered");
    QTest::newRow("inactive colour")
        << "多层板" << "大红"
        << QStringList("hold|1|line 1 (衣柜): colour \"大红\" is no longer offered");
    QTest::newRow("colour is not a material")
        << "暖白" << "颗粒板 E0"
        << QStringList({"hold|1|line 1 (衣柜): material \"暖白\" is not in the catalogue",
                        "hold|1|line 1 (衣柜): colour \"颗粒板 E0\" is not in the catalogue"});
    QTest::newRow("nothing given") << "" << " "
                                   << QStringList({"hold|1|line 1 (衣柜): no material given",
                                                   "hold|1|line 1 (衣柜): no colour given"});
}

void tst_Reviewer::catalogue()
{
    QFETCH(QString, material);
    QFETCH(QString, colour);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    o.lines[0].material = material;
    o.lines[0].colour = colour;
    OrderLine hinge;  // not custom: not checked against the catalogue
    hinge.lineNo = 2;
    hinge.description = "铰链";
    hinge.material = "不锈钢";
    hinge.quantity = Decimal::fromInt(8);
    o.lines.append(hinge);
    QCOMPARE(run(oneRule(catalogueRule), o), expected);
}

void tst_Reviewer::addressMobile_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("mobile");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QStringList>("expected");
    const QStringList pass("pass|0|the delivery address and the mobile number are complete");
    const int store = int(Channel::Store);
    const int shop = int(Channel::Ecommerce);
    QTest::newRow("complete") << store << "13912345678" << "鼓楼区" << "中山北路 88 号" << pass;
    QTest::newRow("+86 with dashes") << store << "+86 139-1234-5678" << "鼓楼区" << "x" << pass;
    QTest::newRow("0086 with spaces") << store << "0086 139 1234 5678" << "鼓楼区" << "x" << pass;
    QTest::newRow("full-width digits") << store << "１３９１２３４５６７８" << "鼓楼区" << "x"
                                       << pass;
    QTest::newRow("starts 12") << store << "12912345678" << "鼓楼区" << "x"
                               << QStringList("hold|0|\"12912345678\" is not a mainland mobile "
                                              "number (11 digits starting 13 to 19)");
    QTest::newRow("ten digits") << store << "1391234567" << "鼓楼区" << "x"
                                << QStringList("hold|0|\"1391234567\" is not a mainland mobile "
                                               "number (11 digits starting 13 to 19)");
    QTest::newRow("landline") << store << "025-8888 6666" << "鼓楼区" << "x"
                              << QStringList("hold|0|\"025-8888 6666\" is not a mainland mobile "
                                             "number (11 digits starting 13 to 19)");
    QTest::newRow("masked by the online shop")
        << shop << "138****1234" << "鼓楼区" << "x"
        << QStringList("hold|0|the mobile 138****1234 is masked by the online shop; ask the "
                       "shop or the customer for the full number");
    QTest::newRow("masked elsewhere") << store << "138****1234" << "鼓楼区" << "x"
                                      << QStringList("hold|0|the mobile 138****1234 is masked; "
                                                     "the full number is needed for delivery");
    QTest::newRow("no mobile") << store << "" << "鼓楼区" << "x"
                               << QStringList("hold|0|the customer's mobile number is missing");
    QTest::newRow("no district, no street")
        << store << "13912345678" << "" << " "
        << QStringList("hold|0|the delivery address is incomplete: no district, street and "
                       "number");
}

void tst_Reviewer::addressMobile()
{
    QFETCH(int, channel);
    QFETCH(QString, mobile);
    QFETCH(QString, district);
    QFETCH(QString, street);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    o.channel = Channel(channel);
    o.customer.mobile = mobile;
    o.address.district = district;
    o.address.street = street;
    QCOMPARE(run(oneRule(addressRule), o), expected);
}

void tst_Reviewer::discountLimit_data()
{
    QTest::addColumn<QString>("discount");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("orderDiscountLine");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exactly the limit") << "0.15" << "8500" << ""
                                       << QStringList("pass|0|no discount above 15 %");
    QTest::newRow("above the limit")
        << "0.1501" << "8499" << ""
        << QStringList("approval|1|line 1 (衣柜): discount 15.01 % is above the 15 % limit; "
                       "approval by Sales manager needed|sales_manager");
    QTest::newRow("amount says more than the rate")
        << "0.1" << "8000" << ""
        << QStringList("approval|1|line 1 (衣柜): discount 20 % is above the 15 % limit; "
                       "approval by Sales manager needed|sales_manager");
    QTest::newRow("a fen below the limit's amount")
        << "0" << "8499.99" << ""
        << QStringList("approval|1|line 1 (衣柜): discount 15.01 % is above the 15 % limit; "
                       "approval by Sales manager needed|sales_manager");
    QTest::newRow("whole-order discount line")
        << "0" << "10000" << "-2000"
        << QStringList("approval|0|the order's discount of 20 % (¥2,000.00 off ¥10,000.00) is "
                       "above the 15 % limit; approval by Sales manager needed|sales_manager");
    QTest::newRow("small whole-order discount") << "0" << "10000" << "-1500"
                                                << QStringList("pass|0|no discount above 15 %");
}

void tst_Reviewer::discountLimit()
{
    QFETCH(QString, discount);
    QFETCH(QString, amount);
    QFETCH(QString, orderDiscountLine);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    o.lines[0].discount = *Decimal::parse(discount);
    o.lines[0].amount = *Decimal::parse(amount);
    if (!orderDiscountLine.isEmpty()) {
        OrderLine off;
        off.lineNo = 2;
        off.description = "整单优惠";
        off.quantity = Decimal::fromInt(1);
        off.amount = *Decimal::parse(orderDiscountLine);
        o.lines.append(off);
    }
    QCOMPARE(run(oneRule(discountRule), o), expected);
}

void tst_Reviewer::totalLimit_data()
{
    QTest::addColumn<QString>("total");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("exactly ¥100,000") << "100000"
                                      << QStringList("pass|0|the total ¥100,000.00 is within "
                                                     "¥100,000.00");
    QTest::newRow("¥100,000.01 needs both, in order")
        << "100000.01"
        << QStringList("approval|0|the total ¥100,000.01 is above ¥100,000.00; approval by "
                       "Sales manager, then General manager needed|sales_manager>general_manager");
}

void tst_Reviewer::totalLimit()
{
    QFETCH(QString, total);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    o.lines[0].amount = *Decimal::parse(total);
    o.lines[0].unitPrice = *Decimal::parse(total);
    QCOMPARE(run(oneRule(totalRule), o), expected);
}

void tst_Reviewer::restrictions_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("process");
    QTest::addColumn<int>("findings");
    const QString base = R"({"id": "deposit", "type": "deposit_share", "name": "定金",
                             "outcome": "hold", "min": 0.5 %1})";
    const int store = int(Channel::Store);
    const int shop = int(Channel::Ecommerce);
    QTest::newRow("enabled") << base.arg("") << store << "" << 1;
    QTest::newRow("disabled") << base.arg(R"(, "enabled": false)") << store << "" << 0;
    QTest::newRow("other channel") << base.arg(R"(, "channels": ["ecommerce"])") << store << ""
                                   << 0;
    QTest::newRow("its channel") << base.arg(R"(, "channels": ["ecommerce", "dealer"])") << shop
                                 << "" << 1;
    QTest::newRow("other process") << base.arg(R"(, "processes": ["cabinetry"])") << store
                                   << "remake" << 0;
    QTest::newRow("no process given") << base.arg(R"(, "processes": ["cabinetry"])") << store
                                      << "" << 0;
    QTest::newRow("its process") << base.arg(R"(, "processes": ["cabinetry"])") << store
                                 << "cabinetry" << 1;
}

void tst_Reviewer::restrictions()
{
    QFETCH(QString, rule);
    QFETCH(int, channel);
    QFETCH(QString, process);
    QFETCH(int, findings);
    SalesOrder o = wardrobeOrder();
    o.channel = Channel(channel);
    const QStringList got = run(oneRule(rule.toUtf8().constData()), o, {}, process);
    QCOMPARE(got.size(), findings);
    if (findings == 1) {
        QCOMPARE(got.first(), QStringLiteral("hold|0|deposit ¥3,000.00 is 30 % of ¥10,000.00; "
                                             "at least 50 % (¥5,000.00) is required"));
    }
}

void tst_Reviewer::expression_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("order scope, applies")
        << R"({"id": "big_shop", "type": "expression", "name": "大单", "outcome": "approval",
               "approvers": ["general_manager"],
               "when": "order.total >= 12000 and order.channel == 'store'",
               "message": "门店大单 {order.total} 元", "message_en": "store order of {order.total}"})"
        << QStringList("approval|0|store order of 12000.5; approval by General manager "
                       "needed|general_manager");
    QTest::newRow("order scope, does not apply")
        << R"({"id": "big_shop", "type": "expression", "name": "大单", "outcome": "hold",
               "when": "order.total > 20000", "message": "大单"})"
        << QStringList("pass|0|does not apply: order.total > 20000");
    QTest::newRow("line scope")
        << R"({"id": "tall", "type": "expression", "name": "超高柜", "outcome": "hold",
               "scope": "line", "when": "custom and height_mm > 2400",
               "message": "第 {line} 行高 {height_mm} mm",
               "message_en": "line {line} is {height_mm} mm tall"})"
        << QStringList("hold|2|line 2 is 2700 mm tall");
    QTest::newRow("no English message")
        << R"({"id": "tall", "type": "expression", "name": "超高柜", "outcome": "hold",
               "scope": "line", "when": "height_mm > 2400", "message": "第 {line} 行超高"})"
        << QStringList("hold|2|第 2 行超高");
    QTest::newRow("any line")
        << R"j({"id": "glass", "type": "expression", "name": "玻璃", "outcome": "hold",
               "when": "any(lines, material == '多层板')", "message": "多层板",
               "message_en": "{order.line_count} lines, one of plywood"})j"
        << QStringList("hold|0|2 lines, one of plywood");
}

void tst_Reviewer::expression()
{
    QFETCH(QString, rule);
    QFETCH(QStringList, expected);
    SalesOrder o = wardrobeOrder();
    o.lines[0].amount = dec("10000.5");
    OrderLine tall = o.lines[0];
    tall.lineNo = 2;
    tall.heightMm = 2700;
    tall.material = "多层板";
    tall.amount = Decimal::fromInt(2000);
    o.lines.append(tall);
    QCOMPARE(run(oneRule(rule.toUtf8().constData()), o), expected);
}

void tst_Reviewer::invalidRules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const QString deposit = R"({"id": "d%1", "type": "deposit_share", "name": "定金",
                                "outcome": "hold", "min": 0.3})";
    QTest::newRow("not a list") << R"({"id": "x"})" << "review.json: rules"
                                << "expected a list of rules";
    QTest::newRow("unknown type")
        << R"([{"id": "x", "type": "colour_limit", "name": "x", "outcome": "hold"}])"
        << "review.json: rules[0].type"
        << "unknown rule type \"colour_limit\"; expected one of deposit_share, panel_size, "
           "catalogue, address_mobile, discount_limit, total_limit, expression, credit_limit";
    QTest::newRow("bad min in the fourth rule")
        << "[" + deposit.arg(1) + "," + deposit.arg(2) + "," + deposit.arg(3) + ","
               + R"({"id": "d4", "type": "deposit_share", "name": "定金", "outcome": "hold",
                     "min": "三成"}])"
        << "review.json: rules[3].min" << "expected a number";
    QTest::newRow("min above 1")
        << R"([{"id": "d", "type": "deposit_share", "name": "定金", "outcome": "hold",
                "min": 30}])"
        << "review.json: rules[0].min" << "expected a share above 0 and at most 1, such as 0.3";
    QTest::newRow("missing min")
        << R"([{"id": "d", "type": "deposit_share", "name": "定金", "outcome": "hold"}])"
        << "review.json: rules[0].min" << "required for a deposit_share rule";
    QTest::newRow("misspelt parameter")
        << R"([{"id": "d", "type": "deposit_share", "name": "定金", "outcome": "hold",
                "min": 0.3, "mni": 0.3}])"
        << "review.json: rules[0].mni"
        << "unknown parameter for a deposit_share rule; it takes min";
    QTest::newRow("second id")
        << "[" + deposit.arg(1) + "," + deposit.arg(1) + "]" << "review.json: rules[1].id"
        << "rules[0] already has the id \"d1\"";
    QTest::newRow("approval without approvers")
        << R"([{"id": "t", "type": "total_limit", "name": "大额", "outcome": "approval",
                "max": 100000}])"
        << "review.json: rules[0].approvers"
        << "an approval needs the roles that approve, in order, such as [\"sales_manager\"]";
    QTest::newRow("unknown role")
        << R"([{"id": "t", "type": "total_limit", "name": "大额", "outcome": "approval",
                "approvers": ["boss"], "max": 100000}])"
        << "review.json: rules[0].approvers[0]" << "\"boss\" is not one of ";
    QTest::newRow("unknown outcome")
        << R"([{"id": "t", "type": "total_limit", "name": "大额", "outcome": "warn",
                "max": 100000}])"
        << "review.json: rules[0].outcome" << "expected \"hold\" or \"approval\"";
    QTest::newRow("unknown channel")
        << R"([{"id": "t", "type": "total_limit", "name": "大额", "outcome": "hold",
                "max": 100000, "channels": ["tmall"]}])"
        << "review.json: rules[0].channels[0]"
        << "\"tmall\" is not one of store, dealer, ecommerce, designer, other";
    QTest::newRow("thickness list")
        << R"([{"id": "p", "type": "panel_size", "name": "尺寸", "outcome": "hold",
                "max_length_mm": 2800, "max_width_mm": 1220, "min_mm": 50,
                "thickness_mm": [18, 2.5]}])"
        << "review.json: rules[0].thickness_mm[1]" << "expected whole millimetres from 1 to 100000";
    QTest::newRow("expression syntax")
        << R"([{"id": "e", "type": "expression", "name": "式", "outcome": "hold",
                "when": "order.total = 5", "message": "m"}])"
        << "review.json: rules[0].when" << "column 13: write == to compare";
    QTest::newRow("expression unknown name")
        << R"([{"id": "e", "type": "expression", "name": "式", "outcome": "hold",
                "when": "order.totl > 5", "message": "m"}])"
        << "review.json: rules[0].when" << "column 1";
    QTest::newRow("expression not a condition")
        << R"([{"id": "e", "type": "expression", "name": "式", "outcome": "hold",
                "when": "order.total + 5", "message": "m"}])"
        << "review.json: rules[0].when" << "the condition must be true or false";
    QTest::newRow("message name")
        << R"([{"id": "e", "type": "expression", "name": "式", "outcome": "hold",
                "when": "order.total > 5", "message": "{order.totl}"}])"
        << "review.json: rules[0].message"
        << "the message uses {order.totl}, which is not a known name";
    QTest::newRow("line in an order rule")
        << R"([{"id": "e", "type": "expression", "name": "式", "outcome": "hold",
                "when": "order.total > 5", "message": "m", "message_en": "line {line}"}])"
        << "review.json: rules[0].message_en"
        << "the message uses {line}, which is not a known name";
    QTest::newRow("enabled as text")
        << R"([{"id": "t", "type": "total_limit", "name": "大额", "outcome": "hold",
                "max": 1, "enabled": "no"}])"
        << "review.json: rules[0].enabled" << "expected true or false";
}

void tst_Reviewer::invalidRules()
{
    QFETCH(QString, rules);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const QJsonDocument doc = QJsonDocument::fromJson(rules.toUtf8());
    QVERIFY(!doc.isNull());
    RuleSet set;
    set.review = doc.isArray() ? QJsonObject{{"rules", doc.array()}}
                               : QJsonObject{{"rules", doc.object()}};
    const QList<Core::Error> errors = Reviewer::validate(set);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().where, where);
    QVERIFY2(errors.first().message.startsWith(message), qPrintable(errors.first().message));
}

void tst_Reviewer::reviewRefusesInvalidRules()
{
    const auto result = Reviewer::review(wardrobeOrder(), {}, testCatalogue(),
                                         oneRule(R"({"id": "x", "type": "deposit_share",
                                                     "name": "x", "outcome": "hold"})"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().toString(),
             QStringLiteral("review.json: rules[0].min: required for a deposit_share rule"));
}

void tst_Reviewer::outcomeOrder_data()
{
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << "" << "pass";
    QTest::newRow("all pass") << "pass,pass" << "pass";
    QTest::newRow("approval beats pass") << "pass,approval" << "approval";
    QTest::newRow("hold beats approval") << "approval,hold,pass" << "hold";
}

void tst_Reviewer::outcomeOrder()
{
    QFETCH(QString, outcomes);
    QFETCH(QString, expected);
    ReviewResult result;
    for (const QString &code : outcomes.split(',', Qt::SkipEmptyParts)) {
        ReviewFinding f;
        f.outcome = code == "hold"       ? ReviewFinding::Outcome::Hold
                    : code == "approval" ? ReviewFinding::Outcome::Approval
                                         : ReviewFinding::Outcome::Pass;
        result.findings.append(f);
    }
    QCOMPARE(outcomeCode(result.outcome()), expected);
    QCOMPARE(result.holds().size(), outcomes.count("hold"));
    QCOMPARE(result.approvals().size(), outcomes.count("approval"));
}

QTEST_GUILESS_MAIN(tst_Reviewer)
#include "tst_reviewer.moc"
