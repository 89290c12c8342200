#include "scanjobfixture.h"
#include "storage/database.h"
#include "warehouse/receivehandler.h"
#include "warehouse/transferhandler.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace ScanJobFixture;

class tst_TransferHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void transfer_data();
    void transfer();
    void valueTravelsBetweenWarehouses();

private:
    QTemporaryDir m_dir;
};

void tst_TransferHandler::init()
{
    const QString tag = QTest::currentDataTag() ? QTest::currentDataTag() : "";
    QVERIFY(openFresh(m_dir.filePath(QString("%1-%2.db")
                                         .arg(QTest::currentTestFunction())
                                         .arg(qHash(tag)))));
    // 10 hinges and 10 runners (lot L2403) on the receiving dock HW-RCV.
    ReceiveHandler receive(db());
    Scanner scanner(&receive);
    receive.setNextQuantity(Core::Decimal::fromInt(10));
    QCOMPARE(scanner.scanAll({"BN:HW-RCV", "]E06901234567892",
                              "]C10209501101020917" "3710" + GS + "10L2403"}),
             QString("OOO"));
}

void tst_TransferHandler::cleanup()
{
    Storage::Database::close();
}

void tst_TransferHandler::transfer_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("hingesRcv");
    QTest::addColumn<QString>("hingesC01");
    QTest::addColumn<QString>("runnersC01");
    QTest::addColumn<int>("transfers");
    QTest::addColumn<int>("pending");

    QTest::newRow("from, three items, to")
        << "" << QStringList{"]A0BN:HW-RCV", "]E06901234567892", "]E06901234567892",
                             "]C10209501101020917" "3704" + GS + "10L2403", "]A0BN:HW-C01"}
        << "OOOOO" << "8" << "2" << "4" << 3 << 0;
    QTest::newRow("nothing moves before the bin they go to")
        << "" << QStringList{"BN:HW-RCV", "]E06901234567892", "]E06901234567892"} << "OOO"
        << "10" << "0" << "0" << 0 << 2;
    QTest::newRow("goods before the bin they leave are refused")
        << "" << QStringList{"]E06901234567892", "BN:HW-RCV", "]E06901234567892", "BN:HW-C01"}
        << "WOOO" << "9" << "1" << "0" << 1 << 0;
    QTest::newRow("more than the bin holds, over several reads, is refused")
        << "" << QStringList{"BN:HW-RCV", "]d20106901234567892" "306",
                             "]d20106901234567892" "305", "BN:HW-C01"}
        << "OOWO" << "4" << "6" << "0" << 1 << 0;
    QTest::newRow("the same bin twice is refused")
        << "" << QStringList{"BN:HW-RCV", "]E06901234567892", "BN:HW-RCV"} << "OOW" << "10"
        << "0" << "0" << 0 << 1;
    QTest::newRow("bin of another warehouse is refused")
        << "WH-HW" << QStringList{"BN:HW-RCV", "]E06901234567892", "BN:RAW-A01", "BN:HW-C01"}
        << "OOWO" << "9" << "1" << "0" << 1 << 0;
    QTest::newRow("CMD:CLEAR drops what was read")
        << "" << QStringList{"BN:HW-RCV", "]E06901234567892", "CMD:CLEAR", "BN:HW-C01"}
        << "OOOO" << "10" << "0" << "0" << 0 << 0;
    QTest::newRow("runners read without their batch move from the lot")
        << "" << QStringList{"BN:HW-RCV", "]C10109501101020917", "]C10109501101020917",
                             "BN:HW-C01"}
        << "OOOO" << "10" << "0" << "2" << 2 << 0;
    QTest::newRow("a serial read twice moves once")
        << "" << QStringList{"BN:HW-RCV", "]d20106901234567892" "21SN-9",
                             "]d20106901234567892" "21SN-9", "BN:HW-C01"}
        << "OODO" << "9" << "1" << "0" << 1 << 0;
}

void tst_TransferHandler::transfer()
{
    QFETCH(QString, warehouse);
    QFETCH(QStringList, reads);
    QFETCH(QString, outcomes);
    QFETCH(QString, hingesRcv);
    QFETCH(QString, hingesC01);
    QFETCH(QString, runnersC01);
    QFETCH(int, transfers);
    QFETCH(int, pending);

    TransferHandler handler(db());
    if (!warehouse.isEmpty())
        handler.setWarehouse(warehouseId(warehouse));
    Scanner scanner(&handler);
    QVERIFY2(scanner.scanAll(reads) == outcomes, qPrintable(scanner.log()));
    QCOMPARE(held("HG-35", "HW-RCV"), hingesRcv);
    QCOMPARE(held("HG-35", "HW-C01"), hingesC01);
    QCOMPARE(held("SL-450", "HW-C01"), runnersC01);
    QCOMPARE(rows("stock_moves", "kind = 'transfer'"), transfers);
    QCOMPARE(handler.pendingCount(), pending);
}

void tst_TransferHandler::valueTravelsBetweenWarehouses()
{
    TransferHandler handler(db());
    Scanner scanner(&handler);
    handler.setNextQuantity(Core::Decimal::fromInt(4));
    QCOMPARE(scanner.scanAll({"BN:HW-RCV", "]E06901234567892", "BN:FG-D01"}), QString("OOO"));
    // Four hinges at the 6.50 standard cost leave the hardware warehouse for finished goods.
    QCOMPARE(StockBalance::holding(db(), itemId("HG-35"), warehouseId("WH-FG"))
                 ->value()
                 .toString(2),
             QString("26.00"));
    QCOMPARE(StockBalance::holding(db(), itemId("HG-35"), warehouseId("WH-HW"))
                 ->value()
                 .toString(2),
             QString("39.00"));
    QVERIFY(StockBalance::differences(db())->isEmpty());
}

QTEST_GUILESS_MAIN(tst_TransferHandler)
#include "tst_transferhandler.moc"
