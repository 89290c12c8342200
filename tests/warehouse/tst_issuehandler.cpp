#include "scanjobfixture.h"
#include "storage/database.h"
#include "warehouse/issuehandler.h"
#include "warehouse/itemstore.h"
#include "warehouse/receivehandler.h"
#include "warehouse/stockledger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace ScanJobFixture;

class tst_IssueHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void issue_data();
    void issue();
    void issuedToTheWorkOrder();
    void lotTakenFromTheBin();

private:
    QTemporaryDir m_dir;
};

void tst_IssueHandler::init()
{
    const QString tag = QTest::currentDataTag() ? QTest::currentDataTag() : "";
    QVERIFY(openFresh(m_dir.filePath(QString("%1-%2.db")
                                         .arg(QTest::currentTestFunction())
                                         .arg(qHash(tag)))));
    // 20 hinges and 10 runners (lot L2403) on shelf C01, 5 hinges on C02.
    ReceiveHandler receive(db());
    Scanner scanner(&receive);
    receive.setNextQuantity(Core::Decimal::fromInt(20));
    QCOMPARE(scanner.scanAll({"BN:HW-C01", "]E06901234567892",
                              "]C10209501101020917" "3710" + GS + "10L2403", "BN:HW-C02"}),
             QString("OOOO"));
    receive.setNextQuantity(Core::Decimal::fromInt(5));
    QCOMPARE(scanner.scan("]E06901234567892").outcome, ScanResult::Outcome::Ok);
    QCOMPARE(rows("stock_moves"), 3);
}

void tst_IssueHandler::cleanup()
{
    Storage::Database::close();
}

void tst_IssueHandler::issue_data()
{
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("hingesC01");
    QTest::addColumn<QString>("hingesC02");
    QTest::addColumn<QString>("runnersC01");
    QTest::addColumn<int>("issues");
    QTest::addColumn<QString>("lastSays");

    QTest::newRow("work order, bin, three hinges")
        << QStringList{"]C0WO:WO-SCAN-A\r", "]A0BN:HW-C01", "]E06901234567892",
                       "]E06901234567892", "]E06901234567892"}
        << "OOOOO" << "17" << "5" << "10" << 3 << "Issued 1 piece HG-35";
    QTest::newRow("a carton of runners by its label count")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C01", "]C10209501101020917" "3704" + GS + "10L2403"}
        << "OOO" << "20" << "5" << "6" << 1 << "Issued 4 set SL-450";
    QTest::newRow("another bin changes where goods come from")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C01", "]E06901234567892", "BN:HW-C02",
                       "]E06901234567892"}
        << "OOOOO" << "19" << "4" << "10" << 2 << "from HW-C02";
    QTest::newRow("goods before the work order are refused")
        << QStringList{"BN:HW-C01", "]E06901234567892", "WO:WO-SCAN-A", "]E06901234567892"}
        << "OWOO" << "19" << "5" << "10" << 1 << "Issued 1";
    QTest::newRow("goods before the bin are refused")
        << QStringList{"WO:WO-SCAN-A", "]E06901234567892"} << "OW" << "20" << "5" << "10" << 0
        << "Scan the bin the goods are taken from first";
    QTest::newRow("item not in this bin is refused")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C02", "]C10209501101020917" "3701" + GS + "10L2403"}
        << "OOW" << "20" << "5" << "10" << 0 << "SL-450 450mm三节阻尼滑轨 is not in bin HW-C02";
    QTest::newRow("more than the bin holds is refused")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C02", "]d20106901234567892" "306"} << "OOW"
        << "20" << "5" << "10" << 0 << "not enough HG-35";
    QTest::newRow("unknown work order is refused")
        << QStringList{"WO:WO-NONE", "BN:HW-C01", "]E06901234567892"} << "WOW" << "20" << "5"
        << "10" << 0 << "Scan the work order first";
    QTest::newRow("cancelled work order is refused")
        << QStringList{"WO:WO-SCAN-X", "BN:HW-C01", "]E06901234567892"} << "WOW" << "20" << "5"
        << "10" << 0 << "Scan the work order first";
    QTest::newRow("another order's package is refused")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C01", "]Q1PK:SO-SCAN-B-1/2"} << "OOW" << "20"
        << "5" << "10" << 0 << "Another order's goods: SO-SCAN-B";
    QTest::newRow("another order's part is refused")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C01",
                       "]Q1PT:" + partId('b').toUpper().remove('-')}
        << "OOW" << "20" << "5" << "10" << 0 << "Another order's goods: SO-SCAN-B";
    QTest::newRow("the order's own part is not issued either")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C01", "]Q1PT:" + partId('a')} << "OOW" << "20"
        << "5" << "10" << 0 << "Parts and packages are not issued";
    QTest::newRow("lot not in the bin is refused")
        << QStringList{"WO:WO-SCAN-A", "BN:HW-C01",
                       "]C10209501101020917" "3701" + GS + "10L9999"}
        << "OOW" << "20" << "5" << "10" << 0 << "has no lot L9999";
}

void tst_IssueHandler::issue()
{
    QFETCH(QStringList, reads);
    QFETCH(QString, outcomes);
    QFETCH(QString, hingesC01);
    QFETCH(QString, hingesC02);
    QFETCH(QString, runnersC01);
    QFETCH(int, issues);
    QFETCH(QString, lastSays);

    IssueHandler handler(db());
    Scanner scanner(&handler);
    QCOMPARE(scanner.scanAll(reads), outcomes);
    const QString last = scanner.log().trimmed().section('\n', -1);
    QVERIFY2(last.contains(lastSays), qPrintable(last));
    QCOMPARE(held("HG-35", "HW-C01"), hingesC01);
    QCOMPARE(held("HG-35", "HW-C02"), hingesC02);
    QCOMPARE(held("SL-450", "HW-C01"), runnersC01);
    QCOMPARE(rows("stock_moves", "kind = 'issue'"), issues);
    QCOMPARE(rows("stock_moves"), 3 + issues);
}

void tst_IssueHandler::issuedToTheWorkOrder()
{
    IssueHandler handler(db());
    Scanner scanner(&handler);
    QCOMPARE(scanner.scanAll({"WO:WO-SCAN-A", "BN:HW-C01", "]E06901234567892", "WO:WO-SCAN-B",
                              "]E06901234567892", "]E06901234567892"}),
             QString("OOOOOO"));
    const auto a = StockLedger::issuedTo(db(), "wo-a");
    const auto b = StockLedger::issuedTo(db(), "wo-b");
    QCOMPARE(a->size(), 1);
    QCOMPARE(b->size(), 2);
    QCOMPARE(a->first().orderId, QString("ord-a"));
    QCOMPARE(b->first().orderId, QString("ord-b"));
    QCOMPARE(b->first().fromBinId, binId("HW-C01"));
    // Valued at the moving average of the hardware warehouse: 6.50 a hinge.
    QCOMPARE(b->first().value.toString(2), QString("6.50"));
    QCOMPARE(handler.context().at(0).value, QString("WO-SCAN-B"));
    QCOMPARE(handler.context().at(1).value, QString("SO-SCAN-B"));
    QCOMPARE(handler.context().at(2).value, QString("HW-C01"));
}

void tst_IssueHandler::lotTakenFromTheBin()
{
    // Runners read without their batch come from the bin's lot.
    IssueHandler handler(db());
    Scanner scanner(&handler);
    handler.setNextQuantity(Core::Decimal::fromInt(3));
    QCOMPARE(scanner.scanAll({"WO:WO-SCAN-A", "BN:HW-C01", "]C10109501101020917"}),
             QString("OOO"));
    QCOMPARE(held("SL-450", "HW-C01"), QString("7"));
    const auto lot = ItemStore::findLot(db(), itemId("SL-450"), "L2403");
    QCOMPARE(StockLedger::issuedTo(db(), "wo-a")->first().lotId, lot->id);
}

QTEST_GUILESS_MAIN(tst_IssueHandler)
#include "tst_issuehandler.moc"
