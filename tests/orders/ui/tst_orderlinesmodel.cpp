#include "orders/ui/orderlinesmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Orders;

class tst_OrderLinesModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelTester();
    void amountIsComputedExactly_data();
    void amountIsComputedExactly();
    void unreadableTextStaysMarked();
    void amountIsTypedWithoutAUnitPrice();
    void readOnlyByDefault();
    void rowErrorsFollowRemovedRows();
    void itemShowsSizeAndFinish();
    void paidAmountFollowsTheQuantity_data();
    void paidAmountFollowsTheQuantity();
    void paidLineKeepsItsAmountOnOtherEdits();
    void repricingAPaidLineComputesAgain();
    void editorShowsPricesGrouped();
};

namespace {

OrderLine customLine()
{
    OrderLine l;
    l.description = QStringLiteral("衣柜");
    l.sku = QStringLiteral("YG-01");
    l.widthMm = 2400;
    l.heightMm = 2200;
    l.depthMm = 600;
    l.material = QStringLiteral("颗粒板");
    l.colour = QStringLiteral("象牙白");
    l.unit = Unit::SquareMetre;
    l.quantity = Core::Decimal::parse(QStringLiteral("5.28")).value();
    l.unitPrice = Core::Decimal::fromInt(899);
    l.amount = Core::Decimal::parse(QStringLiteral("4746.72")).value();
    return l;
}

} // namespace

void tst_OrderLinesModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_OrderLinesModel::modelTester()
{
    OrderLinesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEditable(true);
    model.setLines({customLine(), customLine()});
    const int row = model.addLine();
    QCOMPARE(row, 2);
    QVERIFY(model.setData(model.index(row, OrderLinesModel::Quantity), QStringLiteral("2")));
    model.setRowErrors({{0, QStringLiteral("bad")}});
    model.removeLine(0);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OrderLinesModel::ColumnCount));
}

void tst_OrderLinesModel::amountIsComputedExactly_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("discount");
    QTest::addColumn<QString>("amount");  // exact
    QTest::addColumn<QString>("shown");   // to the fen, half away from zero

    QTest::newRow("plain") << "899" << "2" << "" << "1798" << "1,798.00";
    QTest::newRow("area") << "899" << "5.28" << "" << "4746.72" << "4,746.72";
    QTest::newRow("discount") << "1999.99" << "3" << "15%" << "5099.9745" << "5,099.97";
    QTest::newRow("half fen rounds up") << "0.125" << "1" << "" << "0.125" << "0.13";
    QTest::newRow("discount as 折 rate") << "100" << "1" << "12.5" << "87.5" << "87.50";
}

void tst_OrderLinesModel::amountIsComputedExactly()
{
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, discount);
    QFETCH(QString, amount);
    QFETCH(QString, shown);

    OrderLinesModel model;
    model.setEditable(true);
    const int row = model.addLine();
    QSignalSpy total(&model, &OrderLinesModel::totalChanged);
    QVERIFY(model.setData(model.index(row, OrderLinesModel::UnitPrice), price));
    QVERIFY(model.setData(model.index(row, OrderLinesModel::Quantity), quantity));
    QVERIFY(model.setData(model.index(row, OrderLinesModel::Discount), discount));
    QVERIFY(model.inputErrors().isEmpty());
    QCOMPARE(model.lines().at(row).amount, Core::Decimal::parse(amount).value());
    QCOMPARE(model.total(), Core::Decimal::parse(amount).value());
    QCOMPARE(model.index(row, OrderLinesModel::Amount).data().toString(), shown);
    QVERIFY(!total.isEmpty());
}

void tst_OrderLinesModel::unreadableTextStaysMarked()
{
    OrderLinesModel model;
    model.setEditable(true);
    model.setLines({customLine()});
    const QModelIndex width = model.index(0, OrderLinesModel::Width);
    QVERIFY(model.setData(width, QStringLiteral("24OO")));
    QCOMPARE(width.data().toString(), QStringLiteral("24OO"));
    QVERIFY(width.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.lines().first().widthMm, std::optional<qint64>(2400));  // last good value
    QCOMPARE(model.inputErrors().size(), 1);
    QVERIFY(model.inputErrors().first().contains(QStringLiteral("24OO")));

    QVERIFY(model.setData(width, QStringLiteral("2500")));
    QVERIFY(model.inputErrors().isEmpty());
    QVERIFY(!width.data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.lines().first().widthMm, std::optional<qint64>(2500));

    // A discount with more than four decimals of a percent cannot be a six-decimal rate.
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Discount), QStringLiteral("12.34567")));
    QCOMPARE(model.inputErrors().size(), 1);
}

void tst_OrderLinesModel::amountIsTypedWithoutAUnitPrice()
{
    OrderLinesModel model;
    model.setEditable(true);
    OrderLine imported = customLine();
    imported.unitPrice.reset();
    imported.amount = Core::Decimal::parse(QStringLiteral("261.96")).value();
    model.setLines({imported});
    const QModelIndex amount = model.index(0, OrderLinesModel::Amount);
    QVERIFY(model.flags(amount) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("3")));
    QCOMPARE(model.lines().first().amount, Core::Decimal::parse(QStringLiteral("261.96")).value());
    QVERIFY(model.setData(amount, QStringLiteral("300.5")));
    QCOMPARE(model.lines().first().amount, Core::Decimal::parse(QStringLiteral("300.5")).value());

    QVERIFY(model.setData(model.index(0, OrderLinesModel::UnitPrice), QStringLiteral("100")));
    QVERIFY(!(model.flags(amount) & Qt::ItemIsEditable));
    QCOMPARE(model.lines().first().amount, Core::Decimal::fromInt(300));
}

void tst_OrderLinesModel::readOnlyByDefault()
{
    OrderLinesModel model;
    model.setLines({customLine()});
    for (int c = 0; c < OrderLinesModel::ColumnCount; ++c)
        QVERIFY(!(model.flags(model.index(0, c)) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("9")));
    QCOMPARE(model.index(0, OrderLinesModel::UnitPrice).data().toString(),
             QStringLiteral("899.00"));
}

void tst_OrderLinesModel::rowErrorsFollowRemovedRows()
{
    OrderLinesModel model;
    model.setEditable(true);
    model.setLines({customLine(), customLine(), customLine()});
    model.setRowErrors({{2, QStringLiteral("line 3: the quantity must be above zero")}});
    QCOMPARE(model.index(2, OrderLinesModel::Sku).data(Qt::ToolTipRole).toString(),
             QStringLiteral("line 3: the quantity must be above zero"));
    model.removeLine(0);
    QCOMPARE(model.index(1, OrderLinesModel::Sku).data(Qt::ToolTipRole).toString(),
             QStringLiteral("line 3: the quantity must be above zero"));
    QCOMPARE(model.lines().at(1).lineNo, 2);
}

void tst_OrderLinesModel::itemShowsSizeAndFinish()
{
    OrderLinesModel model;
    model.setLines({customLine()});
    QCOMPARE(model.index(0, OrderLinesModel::Item).data().toString(),
             QStringLiteral("衣柜\nYG-01 · 2400×2200×600 mm · 颗粒板 · 象牙白"));
    QCOMPARE(model.index(0, OrderLinesModel::Size).data().toString(),
             QStringLiteral("2400 × 2200 × 600 mm"));
    QCOMPARE(model.index(0, OrderLinesModel::QuantityPrice).data().toString(),
             QStringLiteral("5.28 m²\n× 899.00"));
    QVERIFY(OrderLinesModel::isDisplayOnly(OrderLinesModel::Item));
    QVERIFY(!OrderLinesModel::isDisplayOnly(OrderLinesModel::Width));
}

namespace {

// A Tmall line: listed at 1,599, paid 1,591.16 after a shop coupon, no discount column.
OrderLine paidLine()
{
    OrderLine l;
    l.description = QStringLiteral("实木餐椅");
    l.quantity = Core::Decimal::fromInt(1);
    l.unitPrice = Core::Decimal::fromInt(1599);
    l.amount = Core::Decimal::parse(QStringLiteral("1591.16")).value();
    return l;
}

} // namespace

void tst_OrderLinesModel::paidAmountFollowsTheQuantity_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("newQuantity");
    QTest::addColumn<QString>("expected");  // exact, to the micro

    QTest::newRow("coupon, two of them") << "1591.16" << "1" << "2" << "3182.32";
    QTest::newRow("coupon, half") << "1591.16" << "1" << "0.5" << "795.58";
    QTest::newRow("thirds round once") << "100" << "3" << "1" << "33.333333";
    QTest::newRow("thirds come back whole") << "100" << "3" << "6" << "200";
    QTest::newRow("half a micro away from zero") << "0.000001" << "2" << "1" << "0.000001";
    QTest::newRow("a refund line") << "-10" << "3" << "1" << "-3.333333";
    QTest::newRow("area") << "4700" << "5.28" << "2.64" << "2350";
}

void tst_OrderLinesModel::paidAmountFollowsTheQuantity()
{
    QFETCH(QString, amount);
    QFETCH(QString, quantity);
    QFETCH(QString, newQuantity);
    QFETCH(QString, expected);

    const auto result = OrderLinesModel::paidAmount(Core::Decimal::parse(amount).value(),
                                                    Core::Decimal::parse(quantity).value(),
                                                    Core::Decimal::parse(newQuantity).value());
    QVERIFY(result);
    QCOMPARE(result->toString(), expected);
    QVERIFY(!OrderLinesModel::paidAmount(Core::Decimal::fromInt(5), Core::Decimal(),
                                         Core::Decimal::fromInt(1)));
}

void tst_OrderLinesModel::paidLineKeepsItsAmountOnOtherEdits()
{
    OrderLinesModel model;
    model.setEditable(true);
    model.setLines({paidLine()});
    const QModelIndex amount = model.index(0, OrderLinesModel::Amount);
    QCOMPARE(amount.data().toString(), QStringLiteral("1,591.16"));

    // Two of them cost twice what one was paid, not twice the list price (3,198.00).
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("2")));
    QCOMPARE(amount.data().toString(), QStringLiteral("3,182.32"));
    QCOMPARE(model.total(), Core::Decimal::parse(QStringLiteral("3182.32")).value());
    QVERIFY(amount.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1,591.16")));

    // Editing the name, or mistyping the quantity, leaves the amount alone.
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Description), QStringLiteral("餐椅")));
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("two")));
    QCOMPARE(amount.data().toString(), QStringLiteral("3,182.32"));

    // Back to one: the amount paid, exactly.
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("1")));
    QCOMPARE(model.lines().first().amount,
             Core::Decimal::parse(QStringLiteral("1591.16")).value());
    QCOMPARE(model.lines().first().unitPrice, std::optional(Core::Decimal::fromInt(1599)));
}

void tst_OrderLinesModel::repricingAPaidLineComputesAgain()
{
    OrderLinesModel model;
    model.setEditable(true);
    model.setLines({paidLine()});
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("2")));
    // The same price typed again is no new price.
    QVERIFY(model.setData(model.index(0, OrderLinesModel::UnitPrice), QStringLiteral("1,599.00")));
    QCOMPARE(model.lines().first().amount,
             Core::Decimal::parse(QStringLiteral("3182.32")).value());
    // A new price or a discount prices the line from them.
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Discount), QStringLiteral("10%")));
    QCOMPARE(model.lines().first().amount,
             Core::Decimal::parse(QStringLiteral("2878.2")).value());
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("1")));
    QCOMPARE(model.lines().first().amount,
             Core::Decimal::parse(QStringLiteral("1439.1")).value());
    QCOMPARE(model.index(0, OrderLinesModel::Amount).data(Qt::ToolTipRole).toString(),
             QStringLiteral("unit price × quantity × (1 − discount)"));

    // A line whose amount is its price × quantity is computed as before.
    OrderLine plain = paidLine();
    plain.amount = Core::Decimal::fromInt(1599);
    model.setLines({plain});
    QVERIFY(model.setData(model.index(0, OrderLinesModel::Quantity), QStringLiteral("2")));
    QCOMPARE(model.lines().first().amount, Core::Decimal::fromInt(3198));
}

void tst_OrderLinesModel::editorShowsPricesGrouped()
{
    OrderLinesModel model;
    model.setEditable(true);
    model.setLines({paidLine()});
    const QModelIndex price = model.index(0, OrderLinesModel::UnitPrice);
    // Shown as the amount next to it is (1,591.16), typed without grouping.
    QCOMPARE(price.data().toString(), QStringLiteral("1,599.00"));
    QCOMPARE(price.data(Qt::EditRole).toString(), QStringLiteral("1599.00"));
    QVERIFY(model.setData(price, QStringLiteral("12,800.5")));
    QCOMPARE(price.data().toString(), QStringLiteral("12,800.50"));
}

QTEST_GUILESS_MAIN(tst_OrderLinesModel)
#include "tst_orderlinesmodel.moc"
