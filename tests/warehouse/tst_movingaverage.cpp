#include "warehouse/movingaverage.h"

#include <QTest>

using namespace Hearth;
using Core::Decimal;
using Warehouse::MovingAverage;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

class tst_MovingAverage : public QObject
{
    Q_OBJECT

private slots:
    void valueOf_data();
    void valueOf();
    void receiptsAndIssues();
    void lastGoodsOutTakeTheRest();
    void beyondStockAtAverage_data();
    void beyondStockAtAverage();
};

void tst_MovingAverage::valueOf_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("unitCost");
    QTest::addColumn<QString>("value");
    QTest::newRow("whole sheets") << "10" << "168" << "1680";
    QTest::newRow("edge banding metres") << "37.5" << "0.85" << "31.875";
    QTest::newRow("half a micro rounds up") << "0.5" << "0.000001" << "0.000001";
    QTest::newRow("under half a micro rounds down") << "0.4" << "0.000001" << "0";
    QTest::newRow("seven at a third") << "7" << "165.333333" << "1157.333331";
}

void tst_MovingAverage::valueOf()
{
    QFETCH(QString, quantity);
    QFETCH(QString, unitCost);
    QFETCH(QString, value);
    QCOMPARE(MovingAverage::valueOf(*Decimal::parse(quantity), *Decimal::parse(unitCost)),
             *Decimal::parse(value));
}

void tst_MovingAverage::receiptsAndIssues()
{
    MovingAverage h;
    h.receive(d("10"), d("168"));
    QCOMPARE(h.averageCost(), d("168"));
    h.receive(d("5"), d("171.5"));
    QCOMPARE(h.value(), d("2537.5"));
    // 2537.5 ÷ 15 = 169.1666…, rounded at the sixth decimal.
    QCOMPARE(h.averageCost(), d("169.166667"));

    // 2.3 sheets take 2.3/15 of the value: 389.083333, not 2.3 × 169.166667 = 389.083334.
    QCOMPARE(h.take(d("2.3")), d("389.083333"));
    QCOMPARE(h.quantity(), d("12.7"));
    QCOMPARE(h.value(), d("2148.416667"));

    h.receive(d("7"), d("165.333333"));
    QCOMPARE(h.value(), d("3305.749998"));
    QCOMPARE(h.averageCost(), d("167.804568"));
    QCOMPARE(h.take(d("3")), d("503.413705"));
    QCOMPARE(h.averageCost(), d("167.804568"));
}

void tst_MovingAverage::lastGoodsOutTakeTheRest()
{
    MovingAverage h;
    h.receive(d("3"), d("10"));
    h.receive(d("3"), d("10.01"));
    // Thirds of 60.03: the three issues round, the last one takes what is left.
    QCOMPARE(h.take(d("2")), d("20.01"));
    QCOMPARE(h.take(d("2")), d("20.01"));
    QCOMPARE(h.take(d("2")), d("20.01"));
    QCOMPARE(h.value(), Decimal());
    QCOMPARE(h.quantity(), Decimal());

    MovingAverage odd;
    odd.receive(d("3"), d("0.000001"));
    odd.receive(d("0.000001"), d("1"));
    QCOMPARE(odd.value(), d("0.000004"));
    const Decimal first = odd.take(d("1"));
    const Decimal second = odd.take(d("1"));
    const Decimal third = odd.take(d("1.000001"));
    QCOMPARE(first + second + third, d("0.000004"));
    QCOMPARE(odd.value(), Decimal());
}

void tst_MovingAverage::beyondStockAtAverage_data()
{
    QTest::addColumn<QString>("held");
    QTest::addColumn<QString>("take");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("left");
    QTest::newRow("two beyond four held") << "4" << "6" << "300" << "-100";
    QTest::newRow("from nothing at the last receipt cost") << "0" << "2" << "100" << "-100";
}

void tst_MovingAverage::beyondStockAtAverage()
{
    QFETCH(QString, held);
    QFETCH(QString, take);
    QFETCH(QString, value);
    QFETCH(QString, left);
    MovingAverage h;
    h.receive(*Decimal::parse(held), d("50"));
    if (h.quantity().isZero())
        h = MovingAverage(Decimal(), Decimal(), d("50"));
    QCOMPARE(h.take(*Decimal::parse(take)), *Decimal::parse(value));
    QCOMPARE(h.value(), *Decimal::parse(left));
}

QTEST_GUILESS_MAIN(tst_MovingAverage)
#include "tst_movingaverage.moc"
