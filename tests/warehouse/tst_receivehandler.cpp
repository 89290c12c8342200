#include "scanjobfixture.h"
#include "storage/database.h"
#include "warehouse/itemstore.h"
#include "warehouse/receivehandler.h"
#include "warehouse/stockledger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace ScanJobFixture;

class tst_ReceiveHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void receive_data();
    void receive();
    void lotAndExpiryFromTheLabel();
    void resentReadIsDuplicate_data();
    void resentReadIsDuplicate();
    void typedQuantityIsUsedOnce();
    void replayedSessionWritesNothing();
    void twoHundredScansCommit();
    void crashBetweenScansKeepsEveryScan_data();
    void crashBetweenScansKeepsEveryScan();

private:
    QString path() const
    {
        return m_dir.filePath(QString("%1-%2.db")
                                  .arg(QTest::currentTestFunction())
                                  .arg(QTest::currentDataTag() ? QTest::currentDataTag()
                                                               : "")
                                  .replace(' ', '_'));
    }

    QTemporaryDir m_dir;
};

void tst_ReceiveHandler::init()
{
    QVERIFY(openFresh(path()));
}

void tst_ReceiveHandler::cleanup()
{
    Storage::Database::close();
}

void tst_ReceiveHandler::receive_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("bin");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<int>("moves");

    QTest::newRow("EAN-13 hinges ]E0, one piece a read")
        << "" << QStringList{"]A0BN:HW-RCV\r", "]E06901234567892\r", "]E06901234567892\r",
                             "]E06901234567892\r"}
        << "OOOO" << "HG-35" << "HW-RCV" << "3" << 3;
    QTest::newRow("EAN-13 without AIM, Tab suffix")
        << "" << QStringList{"BN:HW-C01\t", "6901234567892\t"} << "OO" << "HG-35" << "HW-C01"
        << "1" << 1;
    QTest::newRow("GS1-128 carton: AI 02 and count 37, batch")
        << "" << QStringList{"BN:HW-RCV", "]C10209501101020917" "3710" + GS + "10L2403\r"}
        << "OO" << "SL-450" << "HW-RCV" << "10" << 1;
    QTest::newRow("GS1 DataMatrix ]d2 with count 30")
        << "" << QStringList{"BN:HW-RCV", "]d20106901234567892" "3050" + GS + "10H-0311"}
        << "OO" << "HG-35" << "HW-RCV" << "50" << 1;
    QTest::newRow("edge banding roll: GTIN-8 and length 3110 in metres")
        << "" << QStringList{"BN:RAW-B01", "]C10100000012345670" "3110000200"} << "OO"
        << "EB1-W" << "RAW-B01" << "200" << 1;
    QTest::newRow("serial numbers: each unit once")
        << "" << QStringList{"BN:HW-RCV", "]d20106901234567892" "21SN-0001",
                             "]d20106901234567892" "21SN-0002",
                             "]d20106901234567892" "21SN-0001"}
        << "OOOD" << "HG-35" << "HW-RCV" << "2" << 2;
    QTest::newRow("an item's own code typed")
        << "" << QStringList{"BN:RAW-A01", "PB18-W"} << "OO" << "PB18-W" << "RAW-A01" << "1"
        << 1;
    QTest::newRow("goods before the bin are refused")
        << "" << QStringList{"]E06901234567892\r", "BN:HW-RCV", "]E06901234567892\r"} << "WOO"
        << "HG-35" << "HW-RCV" << "1" << 1;
    QTest::newRow("unknown GTIN is refused")
        << "" << QStringList{"BN:HW-RCV", "]E04006381333931"} << "OW" << "HG-35" << "HW-RCV"
        << "0" << 0;
    QTest::newRow("supplier's own Code 128 is refused")
        << "" << QStringList{"BN:HW-RCV", "]C0HX-88231"} << "OW" << "HG-35" << "HW-RCV" << "0"
        << 0;
    QTest::newRow("unknown bin is refused")
        << "" << QStringList{"BN:ZZ-99", "]E06901234567892"} << "WW" << "HG-35" << "HW-RCV"
        << "0" << 0;
    QTest::newRow("bin of another warehouse is refused")
        << "WH-HW" << QStringList{"BN:RAW-RCV", "]E06901234567892", "BN:HW-RCV",
                                  "]E06901234567892"}
        << "WWOO" << "HG-35" << "RAW-RCV" << "0" << 1;
    QTest::newRow("pallet SSCC alone is refused")
        << "" << QStringList{"BN:HW-RCV", "]C100106141412345678908"} << "OW" << "HG-35"
        << "HW-RCV" << "0" << 0;
    QTest::newRow("input method changed the read")
        << "" << QStringList{"BN:HW-RCV", "\uFF16901234567892"} << "OW" << "HG-35" << "HW-RCV"
        << "0" << 0;
    QTest::newRow("a work order is no goods to receive")
        << "" << QStringList{"BN:HW-RCV", "]C0WO:WO-SCAN-A\r"} << "OW" << "HG-35" << "HW-RCV"
        << "0" << 0;
}

void tst_ReceiveHandler::receive()
{
    QFETCH(QString, warehouse);
    QFETCH(QStringList, reads);
    QFETCH(QString, outcomes);
    QFETCH(QString, item);
    QFETCH(QString, bin);
    QFETCH(QString, quantity);
    QFETCH(int, moves);

    ReceiveHandler handler(db());
    if (!warehouse.isEmpty())
        handler.setWarehouse(warehouseId(warehouse));
    Scanner scanner(&handler);
    QCOMPARE(scanner.scanAll(reads), outcomes);
    QCOMPARE(held(item, bin), quantity);
    QCOMPARE(rows("stock_moves"), moves);
    QCOMPARE(rows("stock_moves", "kind <> 'receive'"), 0);
    QCOMPARE(rows("outbox", "table_name = 'stock_moves'"), moves);
    QCOMPARE(handler.received(), moves);
}

void tst_ReceiveHandler::lotAndExpiryFromTheLabel()
{
    ReceiveHandler handler(db());
    Scanner scanner(&handler);
    QCOMPARE(scanner.scanAll({"BN:HW-RCV", "]d20106901234567892" "17270331" "10H-0311" + GS
                                               + "3012"}),
             QString("OO"));
    const auto lot = ItemStore::findLot(db(), itemId("HG-35"), "H-0311");
    QVERIFY(lot);
    QCOMPARE(lot->expiresOn, QDate(2027, 3, 31));
    QCOMPARE(StockBalance::inBin(db(), itemId("HG-35"), binId("HW-RCV"), lot->id)->toString(),
             QString("12"));
    QCOMPARE(StockBalance::inBin(db(), itemId("HG-35"), binId("HW-RCV"), QString())->toString(),
             QString("0"));
    // Received at the item's standard cost while no price is known: 12 × 6.50.
    QCOMPARE(scalar("SELECT value_micros FROM stock_moves"), QString("78000000"));
    QCOMPARE(scalar("SELECT scan_code FROM stock_moves"),
             QString("0106901234567892" "17270331" "10H-0311<GS>3012"));
}

void tst_ReceiveHandler::resentReadIsDuplicate_data()
{
    QTest::addColumn<int>("afterMs");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("quantity");

    QTest::newRow("the same event twice") << 0 << "D" << "1";
    QTest::newRow("sent again 300 ms later") << 300 << "D" << "1";
    QTest::newRow("at the end of the window") << StockScanHandler::ResendWindowMs << "D" << "1";
    QTest::newRow("read again 0.8 s later: another piece") << 800 << "O" << "2";
}

void tst_ReceiveHandler::resentReadIsDuplicate()
{
    QFETCH(int, afterMs);
    QFETCH(QString, outcome);
    QFETCH(QString, quantity);

    ReceiveHandler handler(db());
    Scanner scanner(&handler);
    QCOMPARE(scanner.scanAll({"BN:HW-RCV", "]E06901234567892\r"}), QString("OO"));
    const QString firstKey = handler.currentKey();
    const ScanResult again = scanner.scan("]E06901234567892\r", afterMs);
    QCOMPARE(QString(again.outcome == ScanResult::Outcome::Ok ? "O" : again.outcome
                     == ScanResult::Outcome::Duplicate ? "D" : "W"),
             outcome);
    QCOMPARE(handler.currentKey() == firstKey, outcome == "D");
    QCOMPARE(held("HG-35", "HW-RCV"), quantity);
}

void tst_ReceiveHandler::typedQuantityIsUsedOnce()
{
    ReceiveHandler handler(db());
    Scanner scanner(&handler);
    scanner.scan("BN:HW-RCV");
    handler.setNextQuantity(Core::Decimal::fromInt(24));
    QCOMPARE(scanner.scan("]E06901234567892").outcome, ScanResult::Outcome::Ok);
    QVERIFY(!handler.nextQuantity());
    QCOMPARE(scanner.scan("]E06901234567892").outcome, ScanResult::Outcome::Ok);
    QCOMPARE(held("HG-35", "HW-RCV"), QString("25"));
    // A refused read keeps the typed quantity for the next good one.
    handler.setNextQuantity(Core::Decimal::fromInt(5));
    QCOMPARE(scanner.scan("]E04006381333931").outcome, ScanResult::Outcome::Wrong);
    QCOMPARE(handler.nextQuantity(), Core::Decimal::fromInt(5));
}

void tst_ReceiveHandler::replayedSessionWritesNothing()
{
    const QStringList reads{"BN:HW-RCV", "]E06901234567892\r", "]E06901234567892\r",
                            "]C10209501101020917" "3710" + GS + "10L2403"};
    ReceiveHandler first(db());
    first.setSessionId("desk-7/page-1");
    Scanner a(&first);
    QCOMPARE(a.scanAll(reads), QString("OOOO"));
    QCOMPARE(rows("stock_moves"), 3);

    // The same reads of the same session again (a page replaying its reads): the keys are the
    // same, the ledger knows them, nothing is written twice.
    ReceiveHandler replay(db());
    replay.setSessionId("desk-7/page-1");
    Scanner b(&replay);
    QCOMPARE(b.scanAll(reads), QString("ODDD"));
    QCOMPARE(rows("stock_moves"), 3);
    QCOMPARE(held("HG-35", "HW-RCV"), QString("2"));
    QCOMPARE(held("SL-450", "HW-RCV"), QString("10"));

    // A new session is new reads.
    ReceiveHandler next(db());
    Scanner c(&next);
    QCOMPARE(c.scanAll(reads), QString("OOOO"));
    QCOMPARE(held("HG-35", "HW-RCV"), QString("4"));
}

void tst_ReceiveHandler::twoHundredScansCommit()
{
    ReceiveHandler handler(db());
    Scanner scanner(&handler);
    QCOMPARE(scanner.scan("BN:HW-RCV").outcome, ScanResult::Outcome::Ok);
    int ok = 0;
    for (int i = 0; i < 200; ++i) {
        // Hinges by the piece and runners by the carton, as a delivery is scanned.
        const QString read = i % 4 == 3 ? "]C10209501101020917" "3710" + GS + "10L2403"
                                        : "]E06901234567892\r";
        ok += scanner.scan(read).outcome == ScanResult::Outcome::Ok ? 1 : 0;
    }
    QCOMPARE(ok, 200);
    QCOMPARE(rows("stock_moves"), 200);
    QCOMPARE(rows("outbox", "table_name = 'stock_moves' AND sent_at IS NULL"), 200);
    QCOMPARE(held("HG-35", "HW-RCV"), QString("150"));
    QCOMPARE(held("SL-450", "HW-RCV"), QString("500"));
    QCOMPARE(rows("stock_moves", "idempotency_key LIKE 'scan:%'"), 200);
    QCOMPARE(scalar("SELECT COUNT(DISTINCT idempotency_key) FROM stock_moves"), QString("200"));
    QVERIFY(StockBalance::differences(db())->isEmpty());
}

void tst_ReceiveHandler::crashBetweenScansKeepsEveryScan_data()
{
    QTest::addColumn<bool>("copyWhileOpen");
    QTest::newRow("closed and opened again") << false;
    QTest::newRow("files copied while open, as a crash leaves them") << true;
}

void tst_ReceiveHandler::crashBetweenScansKeepsEveryScan()
{
    QFETCH(bool, copyWhileOpen);
    const QString file = path();
    QString reopen = file;
    {
        ReceiveHandler handler(db());
        Scanner scanner(&handler);
        QCOMPARE(scanner.scan("BN:HW-RCV").outcome, ScanResult::Outcome::Ok);
        for (int i = 0; i < 37; ++i)
            QCOMPARE(scanner.scan("]E06901234567892").outcome, ScanResult::Outcome::Ok);
        if (copyWhileOpen) {
            // The disk as the crash leaves it: the database and its write-ahead log, while the
            // connection is still open and nothing was checkpointed.
            reopen = file + ".crash";
            QVERIFY(QFile::copy(file, reopen));
            if (QFile::exists(file + "-wal"))
                QVERIFY(QFile::copy(file + "-wal", reopen + "-wal"));
        }
    }
    Storage::Database::close();
    QVERIFY(Storage::Database::open(reopen).ok());
    QCOMPARE(rows("stock_moves"), 37);
    QCOMPARE(rows("outbox", "table_name = 'stock_moves'"), 37);
    QCOMPARE(held("HG-35", "HW-RCV"), QString("37"));
    QVERIFY(StockBalance::differences(db())->isEmpty());

    // Scanning goes on after the restart in a new session, and loses nothing.
    ReceiveHandler after(db());
    Scanner scanner(&after);
    QCOMPARE(scanner.scanAll({"BN:HW-RCV", "]E06901234567892", "]E06901234567892"}),
             QString("OOO"));
    QCOMPARE(held("HG-35", "HW-RCV"), QString("39"));
}

QTEST_GUILESS_MAIN(tst_ReceiveHandler)
#include "tst_receivehandler.moc"
