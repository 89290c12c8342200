#include "scanjobfixture.h"
#include "storage/database.h"
#include "warehouse/counthandler.h"
#include "warehouse/receivehandler.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace ScanJobFixture;

class tst_CountHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void count_data();
    void count();
    void nothingWrittenUntilClosed();

private:
    QTemporaryDir m_dir;
};

void tst_CountHandler::init()
{
    const QString tag = QTest::currentDataTag() ? QTest::currentDataTag() : "";
    QVERIFY(openFresh(m_dir.filePath(QString("%1-%2.db")
                                         .arg(QTest::currentTestFunction())
                                         .arg(qHash(tag)))));
    // Shelf C01 holds 3 hinges and 10 runners of lot L2403.
    ReceiveHandler receive(db());
    Scanner scanner(&receive);
    receive.setNextQuantity(Core::Decimal::fromInt(3));
    QCOMPARE(scanner.scanAll({"BN:HW-C01", "]E06901234567892",
                              "]C10209501101020917" "3710" + GS + "10L2403"}),
             QString("OOO"));
}

void tst_CountHandler::cleanup()
{
    Storage::Database::close();
}

void tst_CountHandler::count_data()
{
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QString>("typed");  // a quantity typed before the second read
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("hinges");
    QTest::addColumn<QString>("runners");
    QTest::addColumn<int>("counts");
    QTest::addColumn<QString>("lastSays");

    const QString hinge = "]E06901234567892\r";
    const QString runners = "]C10209501101020917" "3710" + GS + "10L2403";
    QTest::newRow("all as booked")
        << QStringList{"BN:HW-C01", hinge, hinge, hinge, runners, "CMD:FINISH"} << ""
        << "OOOOOO" << "3" << "10" << 2 << "Everything as booked";
    QTest::newRow("a hinge more, runners not found")
        << QStringList{"BN:HW-C01", hinge, hinge, hinge, hinge, "CMD:FINISH"} << ""
        << "OOOOOO" << "4" << "0" << 2 << "HG-35 +1, SL-450 −10";
    QTest::newRow("typed quantity for a box of hinges")
        << QStringList{"BN:HW-C01", hinge, runners, "]C0CMD:FINISH\r"} << "50" << "OOOO"
        << "50" << "10" << 2 << "HG-35 +47";
    QTest::newRow("an empty count empties the bin")
        << QStringList{"BN:HW-C01", "CMD:FINISH"} << "" << "OO" << "0" << "0" << 2
        << "HG-35 −3, SL-450 −10";
    QTest::newRow("runners read without their batch are the bin's one lot")
        << QStringList{"BN:HW-C01", hinge, hinge, hinge, "]C10109501101020917", "CMD:FINISH"}
        << "" << "OOOOOO" << "3" << "1" << 2 << "SL-450 −9";
    QTest::newRow("close without a bin is refused")
        << QStringList{"CMD:FINISH"} << "" << "W" << "3" << "10" << 0 << "No count is open";
    QTest::newRow("another bin while a count is open is refused")
        << QStringList{"BN:HW-C01", hinge, "BN:HW-C02"} << "" << "OOW" << "3" << "10" << 0
        << "A count of HW-C01 is open";
    QTest::newRow("CMD:CLEAR drops the count")
        << QStringList{"BN:HW-C01", hinge, "CMD:CLEAR", "CMD:FINISH"} << "" << "OOOW" << "3"
        << "10" << 0 << "No count is open";
    QTest::newRow("other command cards are refused")
        << QStringList{"BN:HW-C01", "CMD:START"} << "" << "OW" << "3" << "10" << 0
        << "Close a count with CMD:FINISH";
    QTest::newRow("re-sent read counted once")
        << QStringList{"BN:HW-C01", hinge, "~" + hinge, "CMD:FINISH"} << "" << "OODO"
        << "1" << "0" << 2 << "HG-35 −2, SL-450 −10";
}

void tst_CountHandler::count()
{
    QFETCH(QStringList, reads);
    QFETCH(QString, typed);
    QFETCH(QString, outcomes);
    QFETCH(QString, hinges);
    QFETCH(QString, runners);
    QFETCH(int, counts);
    QFETCH(QString, lastSays);

    CountHandler handler(db());
    Scanner scanner(&handler);
    QString got;
    for (int i = 0; i < reads.size(); ++i) {
        if (i == 1 && !typed.isEmpty())
            handler.setNextQuantity(Core::Decimal::parse(typed));
        got += scanner.scanAll({reads.at(i)});
    }
    QVERIFY2(got == outcomes, qPrintable(got + "\n" + scanner.log()));
    const QString last = scanner.log().trimmed().section('\n', -1);
    QVERIFY2(last.contains(lastSays), qPrintable(last));
    QCOMPARE(held("HG-35", "HW-C01"), hinges);
    QCOMPARE(held("SL-450", "HW-C01"), runners);
    QCOMPARE(rows("stock_moves", "kind = 'count'"), counts);
    QVERIFY(StockBalance::differences(db())->isEmpty());
}

void tst_CountHandler::nothingWrittenUntilClosed()
{
    CountHandler handler(db());
    Scanner scanner(&handler);
    QCOMPARE(scanner.scanAll({"BN:HW-C01", "]E06901234567892", "]E06901234567892"}),
             QString("OOO"));
    QCOMPARE(handler.counted(itemId("HG-35")).toString(), QString("2"));
    QCOMPARE(rows("stock_moves"), 2);
    QCOMPARE(handler.context().at(0).value, QString("HW-C01"));
    QCOMPARE(handler.context().at(1).value, QString("1"));
}

QTEST_GUILESS_MAIN(tst_CountHandler)
#include "tst_counthandler.moc"
