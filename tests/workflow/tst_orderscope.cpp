#include "workflow/orderscope.h"

#include <QTest>

using namespace Hearth::Workflow;
using namespace Hearth::Orders;
using Hearth::Core::Decimal;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

OrderLine line(int no, const QString &category, const char *quantity, const char *price,
               const char *discount)
{
    OrderLine l;
    l.id = QString("line-%1").arg(no);
    l.lineNo = no;
    l.sku = QString("SKU-%1").arg(no);
    l.description = category;
    l.category = category;
    l.quantity = dec(quantity);
    l.unitPrice = dec(price);
    l.discount = dec(discount);
    l.amount = Decimal::multiply(Decimal::multiply(l.quantity, *l.unitPrice),
                                 Decimal::fromInt(1) - l.discount);
    return l;
}

/// A dealer's kitchen order: a base cabinet run given by size with a spec, and a sink basket.
SalesOrder kitchenOrder()
{
    SalesOrder o;
    o.id = "order-1";
    o.orderNo = "SO-240208-001";
    o.channel = Channel::Dealer;
    o.customer.name = "王雨萱";
    o.customer.mobile = "15100001779";
    o.dealer.code = "JXS-WH-01";
    o.address.province = "湖北省";
    o.address.city = "武汉市";
    o.address.district = "武昌区";
    o.address.street = "中北路666号";
    o.signedOn = QDate(2024, 2, 8);
    o.depositFen = 330'000;

    OrderLine cabinet = line(1, "橱柜", "4.15", "1580", "0.2");
    cabinet.subCategory = "地柜";
    cabinet.widthMm = 4150;
    cabinet.heightMm = 800;
    cabinet.depthMm = 580;
    cabinet.material = "多层实木板";
    cabinet.colour = "橡木原色";
    cabinet.unit = Unit::Metre;
    cabinet.spec = QJsonObject{{"template", "base_cabinet"},
                               {"thickness_mm", 18},
                               {"door_style", "shaker"},
                               {"doors", "4"},
                               {"shelves", 1}};
    o.lines.append(cabinet);

    OrderLine basket = line(2, "五金", "2", "560", "0");
    basket.unit = Unit::Set;
    o.lines.append(basket);
    return o;
}

QString shown(const Value &v)
{
    if (std::holds_alternative<QString>(v))
        return "'" + valueToString(v) + "'";
    return valueToString(v);
}

} // namespace

class tst_OrderScope : public QObject
{
    Q_OBJECT

private slots:
    void orderFields_data();
    void orderFields();
    void facts_data();
    void facts();
    void emptyOrder();
    void lineItems_data();
    void lineItems();
    void customLineScope_data();
    void customLineScope();
    void schemaHasEveryName();
    void guardsOverTheOrder_data();
    void guardsOverTheOrder();
};

void tst_OrderScope::orderFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    // 4.15 × 1580 × 0.8 = 5245.6; 2 × 560 = 1120
    QTest::newRow("total") << "order.total" << "6365.6";
    QTest::newRow("deposit in yuan") << "order.deposit" << "3300";
    QTest::newRow("deposit share") << "order.deposit_share" << "0.518411";
    QTest::newRow("line count") << "order.line_count" << "2";
    QTest::newRow("custom lines") << "order.custom_lines" << "1";
    QTest::newRow("largest discount") << "order.max_discount" << "0.2";
    QTest::newRow("channel code") << "order.channel" << "'dealer'";
    QTest::newRow("order number") << "order.order_no" << "'SO-240208-001'";
    QTest::newRow("province") << "order.province" << "'湖北省'";
    QTest::newRow("city") << "order.city" << "'武汉市'";
    QTest::newRow("district") << "order.district" << "'武昌区'";
    QTest::newRow("street") << "order.street" << "'中北路666号'";
    QTest::newRow("mobile") << "order.mobile" << "'15100001779'";
    QTest::newRow("customer") << "order.customer" << "'王雨萱'";
    QTest::newRow("dealer code") << "order.dealer" << "'JXS-WH-01'";
    QTest::newRow("charged to, none") << "order.charged_to" << "''";
    QTest::newRow("signed on") << "order.signed_on" << "'2024-02-08'";
    QTest::newRow("promised on, none") << "order.promised_on" << "''";
    QTest::newRow("not a re-make") << "order.is_remake" << "false";
    QTest::newRow("status") << "order.status" << "'new'";
    QTest::newRow("not a name") << "order.nothing" << "null";
}

void tst_OrderScope::orderFields()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const SalesOrder order = kitchenOrder();
    QCOMPARE(shown(OrderScope(order).value(name)), expected);
}

void tst_OrderScope::facts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("review outcome") << "review.outcome" << "'approval'";
    QTest::newRow("approvals pending") << "approvals.pending" << "1";
    QTest::newRow("approvals rejected") << "approvals.rejected" << "0";
    QTest::newRow("approvals approved") << "approvals.approved" << "2";
    QTest::newRow("split done") << "split.done" << "true";
    QTest::newRow("open tasks") << "tasks.open" << "5";
    QTest::newRow("event") << "event" << "'resubmit'";
}

void tst_OrderScope::facts()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const SalesOrder order = kitchenOrder();
    OrderFacts facts;
    facts.reviewOutcome = "approval";
    facts.approvalsPending = 1;
    facts.approvalsApproved = 2;
    facts.splitDone = true;
    facts.openTasks = 5;
    facts.event = "resubmit";
    QCOMPARE(shown(OrderScope(order, facts).value(name)), expected);
}

void tst_OrderScope::emptyOrder()
{
    SalesOrder order;
    order.depositFen = 10'000;
    order.parentOrderId = "order-0";
    order.chargedTo = "installer";
    const OrderScope scope(order);
    QCOMPARE(shown(scope.value("order.total")), QString("0"));
    QCOMPARE(shown(scope.value("order.deposit_share")), QString("0"));
    QCOMPARE(shown(scope.value("order.max_discount")), QString("0"));
    QCOMPARE(shown(scope.value("order.is_remake")), QString("true"));
    QCOMPARE(shown(scope.value("order.charged_to")), QString("'installer'"));
    QCOMPARE(shown(scope.value("review.outcome")), QString("''"));
    QCOMPARE(shown(scope.value("split.done")), QString("false"));
    QCOMPARE(scope.count("lines"), 0);
    QCOMPARE(shown(scope.item("lines", 0, "width_mm")), QString("null"));
}

void tst_OrderScope::lineItems_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1: line no") << 0 << "line_no" << "1";
    QTest::newRow("1: width") << 0 << "width_mm" << "4150";
    QTest::newRow("1: depth") << 0 << "depth_mm" << "580";
    QTest::newRow("1: amount") << 0 << "amount" << "5245.6";
    QTest::newRow("1: unit code") << 0 << "unit" << "'m'";
    QTest::newRow("1: template from spec") << 0 << "template" << "'base_cabinet'";
    QTest::newRow("1: thickness from spec") << 0 << "thickness_mm" << "18";
    QTest::newRow("1: doors written as text") << 0 << "doors" << "4";
    QTest::newRow("1: custom") << 0 << "custom" << "true";
    QTest::newRow("2: no width") << 1 << "width_mm" << "null";
    QTest::newRow("2: no template") << 1 << "template" << "null";
    QTest::newRow("2: no shelves") << 1 << "shelves" << "null";
    QTest::newRow("2: not custom") << 1 << "custom" << "false";
    QTest::newRow("2: category") << 1 << "category" << "'五金'";
    QTest::newRow("out of range") << 2 << "line_no" << "null";
}

void tst_OrderScope::lineItems()
{
    QFETCH(int, index);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const SalesOrder order = kitchenOrder();
    const OrderScope scope(order);
    QCOMPARE(scope.count("lines"), 2);
    QCOMPARE(shown(scope.item("lines", index, field)), expected);
}

void tst_OrderScope::customLineScope_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("width") << "width_mm" << "4150";
    QTest::newRow("height") << "height_mm" << "800";
    QTest::newRow("thickness") << "thickness_mm" << "18";
    QTest::newRow("shelves") << "shelves" << "1";
    QTest::newRow("doors") << "doors" << "4";
    QTest::newRow("door style") << "door_style" << "'shaker'";
    QTest::newRow("template") << "template" << "'base_cabinet'";
    QTest::newRow("material") << "material" << "'多层实木板'";
    QTest::newRow("colour") << "colour" << "'橡木原色'";
    QTest::newRow("sub-category") << "sub_category" << "'地柜'";
    QTest::newRow("unit price") << "unit_price" << "1580";
    QTest::newRow("inner height") << "height_mm - 2 * thickness_mm" << "764";
    QTest::newRow("doors per 600 mm") << "ceil(width_mm / 600)" << "7";
    QTest::newRow("order field beside") << "order.channel == 'dealer' and custom" << "true";
    QTest::newRow("share of the order") << "round(amount / order.total, 2)" << "0.82";
    QTest::newRow("collection still there") << "count(lines, not custom)" << "1";
}

void tst_OrderScope::customLineScope()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const SalesOrder order = kitchenOrder();
    const auto expression = Expression::parse(text, LineScope::schema());
    QVERIFY2(expression.ok(), qPrintable(expression.ok() ? QString()
                                                         : expression.error().toString()));
    const auto value = expression->evaluate(LineScope(order, 0));
    QVERIFY(value.ok());
    QCOMPARE(shown(value.value()), expected);
}

void tst_OrderScope::schemaHasEveryName()
{
    const FieldSchema &schema = OrderScope::schema();
    const QStringList numbers = {"order.total", "order.deposit", "order.deposit_share",
                                 "order.line_count", "order.custom_lines", "order.max_discount",
                                 "approvals.pending", "approvals.rejected", "approvals.approved",
                                 "tasks.open"};
    const QStringList texts = {"order.channel", "order.order_no", "order.province", "order.city",
                               "order.district", "order.street", "order.mobile",
                               "order.customer", "order.dealer", "order.charged_to",
                               "order.signed_on", "order.promised_on", "review.outcome",
                               "event"};
    for (const QString &n : numbers)
        QVERIFY2(schema.fields.value(n, ValueType::Any) == ValueType::Number, qPrintable(n));
    for (const QString &n : texts)
        QVERIFY2(schema.fields.value(n, ValueType::Any) == ValueType::Text, qPrintable(n));
    QCOMPARE(schema.fields.value("order.is_remake"), ValueType::Bool);
    QCOMPARE(schema.fields.value("split.done"), ValueType::Bool);

    const auto lines = schema.lists.value("lines");
    for (const char *n : {"line_no", "width_mm", "height_mm", "depth_mm", "quantity",
                          "unit_price", "discount", "amount", "thickness_mm", "shelves", "doors"})
        QVERIFY2(lines.value(n, ValueType::Any) == ValueType::Number, n);
    for (const char *n : {"sku", "description", "category", "sub_category", "material", "colour",
                          "unit", "template", "door_style"})
        QVERIFY2(lines.value(n, ValueType::Any) == ValueType::Text, n);
    QCOMPARE(lines.value("custom"), ValueType::Bool);
    QCOMPARE(LineScope::schema().fields.value("width_mm"), ValueType::Number);
    QVERIFY(!OrderScope::schema().fields.contains("width_mm"));
}

void tst_OrderScope::guardsOverTheOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("holds");
    QTest::newRow("deposit at least 30 %") << "order.deposit_share >= 0.3" << true;
    QTest::newRow("a panel too wide") << "any(lines, custom and width_mm > 2800)" << true;
    QTest::newRow("hardware only") << "all(lines, category == '五金')" << false;
    QTest::newRow("discount above 15 %") << "order.max_discount > 0.15" << true;
    QTest::newRow("mobile of 11 digits") << "len(order.mobile) == 11" << true;
    QTest::newRow("no promise date yet") << "order.promised_on == ''" << true;
    QTest::newRow("depth missing on hardware")
        << "any(lines, not custom and depth_mm == null)" << true;
}

void tst_OrderScope::guardsOverTheOrder()
{
    QFETCH(QString, text);
    QFETCH(bool, holds);
    const SalesOrder order = kitchenOrder();
    const auto expression = Expression::parse(text, OrderScope::schema());
    QVERIFY2(expression.ok(), qPrintable(expression.ok() ? QString()
                                                         : expression.error().toString()));
    QCOMPARE(expression->test(OrderScope(order)).value(), holds);
}

QTEST_GUILESS_MAIN(tst_OrderScope)
#include "tst_orderscope.moc"
