#include "warehouse/packrule.h"

#include <QTest>

using namespace Hearth;
using Core::Decimal;
using Warehouse::PackRule;

class tst_PackRule : public QObject
{
    Q_OBJECT

private slots:
    void purchase_data();
    void purchase();
    void shortfall_data();
    void shortfall();
};

void tst_PackRule::purchase_data()
{
    QTest::addColumn<QString>("packSize");
    QTest::addColumn<QString>("need");
    QTest::addColumn<qint64>("packs");
    QTest::addColumn<QString>("buy");
    QTest::addColumn<QString>("surplus");
    QTest::newRow("2.3 sheets buy 3 sheets") << "1" << "2.3" << qint64(3) << "3" << "0.7";
    QTest::newRow("whole sheets buy exactly") << "1" << "4" << qint64(4) << "4" << "0";
    QTest::newRow("a micro over a sheet") << "1" << "1.000001" << qint64(2) << "2" << "0.999999";
    QTest::newRow("51 hinges buy two boxes of 50") << "50" << "51" << qint64(2) << "100" << "49";
    QTest::newRow("edge banding in 200 m rolls") << "200" << "37.5" << qint64(1) << "200"
                                                 << "162.5";
    QTest::newRow("no need buys nothing") << "50" << "0" << qint64(0) << "0" << "0";
    QTest::newRow("no pack rule buys the need") << "0" << "3.75" << qint64(1) << "3.75" << "0";
    QTest::newRow("sheets sold by area") << "2.9768" << "5" << qint64(2) << "5.9536" << "0.9536";
}

void tst_PackRule::purchase()
{
    QFETCH(QString, packSize);
    QFETCH(QString, need);
    QFETCH(qint64, packs);
    QFETCH(QString, buy);
    QFETCH(QString, surplus);
    const PackRule rule(*Decimal::parse(packSize));
    QCOMPARE(rule.packsFor(*Decimal::parse(need)), packs);
    QCOMPARE(rule.purchaseQuantity(*Decimal::parse(need)).toString(), buy);
    QCOMPARE(rule.surplus(*Decimal::parse(need)).toString(), surplus);
}

void tst_PackRule::shortfall_data()
{
    QTest::addColumn<QString>("demand");
    QTest::addColumn<QString>("onHand");
    QTest::addColumn<QString>("buy");
    QTest::newRow("stock covers the demand") << "5.5" << "6" << "0";
    QTest::newRow("short by 2.3 sheets") << "10" << "7.7" << "3";
    QTest::newRow("negative stock adds to the need") << "2" << "-0.5" << "3";
}

void tst_PackRule::shortfall()
{
    QFETCH(QString, demand);
    QFETCH(QString, onHand);
    QFETCH(QString, buy);
    const PackRule sheets(Decimal::fromInt(1));
    QCOMPARE(sheets.purchaseForShortfall(*Decimal::parse(demand), *Decimal::parse(onHand))
                 .toString(),
             buy);
}

QTEST_GUILESS_MAIN(tst_PackRule)
#include "tst_packrule.moc"
