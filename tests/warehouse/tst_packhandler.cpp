#include "packingfixture.h"
#include "production/shopfloorcode.h"
#include "warehouse/completeness.h"
#include "warehouse/packagestore.h"
#include "warehouse/packhandler.h"
#include "warehouse/packplanner.h"
#include "warehouse/stockbalance.h"

#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PackingFixture;

namespace {

/// "PT<n>" is test part n's label; anything else is sent as it is.
QString read(const QString &token)
{
    if (token.startsWith("PT") && token.mid(2).toInt() > 0)
        return Production::ShopfloorCode::forPart(partId(token.mid(2).toInt()));
    return token;
}

QString outcomeName(ScanResult::Outcome o)
{
    switch (o) {
    case ScanResult::Outcome::Ok:
        return "ok";
    case ScanResult::Outcome::Wrong:
        return "wrong";
    case ScanResult::Outcome::Duplicate:
        return "dup";
    }
    return {};
}

/// Everything a scan may change: the outbox, the package rows and the stock moves.
QString footprint()
{
    return scalar("SELECT COUNT(*) FROM outbox") + '/'
           + scalar("SELECT group_concat(status || ':' || COALESCE(bin_id, '-'), ',') FROM "
                    "(SELECT status, bin_id FROM packages WHERE deleted = 0 ORDER BY order_id, "
                    "number)")
           + '/' + scalar("SELECT SUM(packed_micros) FROM package_items WHERE deleted = 0") + '/'
           + scalar("SELECT COUNT(*) FROM stock_moves");
}

bool planBoth()
{
    for (const char *order : {"ord-a", "ord-b"}) {
        const auto plan = PackPlanner::planOrder(db(), order);
        if (!plan || !PackageStore::writePlan(db(), order, *plan, "test"))
            return false;
    }
    return true;
}

} // namespace

class tst_PackHandler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scans_data();
    void scans();
    void wholeOrderToStaging();
    void labelContents();

private:
    QList<ScanResult> run(PackHandler &handler, const QStringList &tokens, QStringList *outcomes);

    QTemporaryDir m_dir;
    QStringList m_changedByRefusal;  // refused scans that changed something
};

void tst_PackHandler::init()
{
    QVERIFY(openWithOrders(m_dir, true));
    QVERIFY(receive("HG-35", "HW-C01", 10));
    QVERIFY(planBoth());
    m_changedByRefusal.clear();
}

QList<ScanResult> tst_PackHandler::run(PackHandler &handler, const QStringList &tokens,
                                       QStringList *outcomes)
{
    QList<ScanResult> results;
    for (const QString &token : tokens) {
        const QString before = footprint();
        const ScanResult r = handler.handle(ScanEvent::fromRead(
            read(token), ScanEvent::Source::Keyboard, ScanEvent::Suffix::Enter));
        if (r.outcome != ScanResult::Outcome::Ok) {
            if (footprint() != before)
                m_changedByRefusal.append(token);
        }
        outcomes->append(outcomeName(r.outcome));
        results.append(r);
    }
    return results;
}

void tst_PackHandler::scans_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<int>("labels");
    QTest::addColumn<QString>("last");  // the last result's message and detail, in part

    QTest::newRow("one piece at a time, then a duplicate")
        << QStringList{"PT1", "PT1", "PT1"} << "ok ok dup" << 0
        << "Already packed in package 1/3 of order SO-PACK-A";
    QTest::newRow("last line closes the package and prints")
        << QStringList{"PT1", "PT2", "PT1"} << "ok ok ok" << 1
        << "package 1/3 of order SO-PACK-A is complete and closed";
    QTest::newRow("another order's panel while a package is open")
        << QStringList{"PT1", "PT4"} << "ok wrong" << 0
        << "顶板 800×560 belongs to order SO-PACK-B";
    QTest::newRow("set aside, then another order")
        << QStringList{"PT1", "CMD:CLEAR", "PT4"} << "ok ok ok" << 1
        << "顶板 800×560 → package 1/1";
    QTest::newRow("a panel of another package while one is open")
        << QStringList{"PT3", "PT1"} << "ok wrong" << 0
        << "侧板 720×560 belongs in package 1/3 | package 2/3 of order SO-PACK-A is open";
    QTest::newRow("hardware of another package while one is open")
        << QStringList{"PT1", "HG-35"} << "ok wrong" << 0 << "HG-35 铰链 belongs in package 3/3";
    QTest::newRow("set aside, then back to it")
        << QStringList{"PT1", "CMD:CLEAR", "PT3", "PT3", "PT1", "PT2"} << "ok ok ok ok ok ok" << 2
        << "package 1/3 of order SO-PACK-A is complete and closed";
    QTest::newRow("finish a package that is not full")
        << QStringList{"PT1", "CMD:FINISH"} << "ok wrong" << 0 << "Still to pack: 侧板, 层板";
    QTest::newRow("finish with nothing open") << QStringList{"CMD:FINISH"} << "wrong" << 0
                                              << "No package is open";
    QTest::newRow("hardware by its item code packs the whole line")
        << QStringList{"HG-35", "HG-35"} << "ok dup" << 1 << "Already packed";
    QTest::newRow("staging a package not closed")
        << QStringList{"PT1", "PK:SO-PACK-A-1/3"} << "ok wrong" << 0 << "is not closed yet";
    QTest::newRow("staging a closed package, twice")
        << QStringList{"PT1", "PT1", "PT2", "PK:SO-PACK-A-1/3", "PK:SO-PACK-A-1/3"}
        << "ok ok ok ok dup" << 1 << "Already in staging bin FG-STAGE";
    QTest::newRow("staging bin chosen first")
        << QStringList{"BN:FG-STAGE", "PT4", "PK:SO-PACK-B-1/1"} << "ok ok ok" << 1
        << "1 of 1 packages of the order in staging; the order is complete and ready to load";
    QTest::newRow("a storage bin is no staging bin")
        << QStringList{"BN:RAW-A01"} << "wrong" << 0 << "Not a staging bin";
    QTest::newRow("unknown bin") << QStringList{"BN:NOPE"} << "wrong" << 0 << "Unknown bin NOPE";
    QTest::newRow("unknown panel")
        << QStringList{"PT:00000000000040008000999999999999"} << "wrong" << 0 << "Unknown panel";
    QTest::newRow("unknown package")
        << QStringList{"PK:SO-PACK-A-7/9"} << "wrong" << 0 << "Order SO-PACK-A has no package 7";
    QTest::newRow("label out of date")
        << QStringList{"PK:SO-PACK-A-1/4"} << "wrong" << 0 << "the order now has 3 package(s)";
    QTest::newRow("item no order needs")
        << QStringList{"SL-450"} << "wrong" << 0 << "No order waits for this item";
    QTest::newRow("station card") << QStringList{"WC:EDGE-1"} << "wrong" << 0
                                  << "Not a panel, hardware, package or staging bin";
    QTest::newRow("read changed by an input method")
        << QStringList{"ＰＫ：SO-PACK-A-1/3"} << "wrong" << 0 << "Not accepted";
}

void tst_PackHandler::scans()
{
    QFETCH(QStringList, tokens);
    QFETCH(QString, outcomes);
    QFETCH(int, labels);
    QFETCH(QString, last);

    QList<PackageLabel> printed;
    PackHandler handler(db(), [&](const PackageLabel &label) {
        printed.append(label);
        return Core::Status();
    });
    QStringList got;
    const QList<ScanResult> results = run(handler, tokens, &got);
    QCOMPARE(got.join(' '), outcomes);
    QCOMPARE(m_changedByRefusal, QStringList());
    QCOMPARE(printed.size(), labels);
    const QString text = results.last().message + " | " + results.last().detail;
    QVERIFY2(text.contains(last), qPrintable(text));
}

void tst_PackHandler::wholeOrderToStaging()
{
    QList<PackageLabel> printed;
    PackHandler handler(db(), [&](const PackageLabel &label) {
        printed.append(label);
        return Core::Status();
    });
    QStringList got;
    run(handler, {"PT1", "PT2", "PT1", "PT3", "PT3", "HG-35", "PK:SO-PACK-A-1/3",
                  "PK:SO-PACK-A-3/3"},
        &got);
    QCOMPARE(got.join(' '), QString("ok ok ok ok ok ok ok ok"));
    QCOMPARE(printed.size(), 3);
    QCOMPARE(printed.at(0).code, QString("PK:SO-PACK-A-1/3"));
    QCOMPARE(printed.at(1).code, QString("PK:SO-PACK-A-2/3"));
    QCOMPARE(printed.at(2).code, QString("PK:SO-PACK-A-3/3"));
    QVERIFY(!Completeness::isComplete(db(), "ord-a"));

    const QList<ScanResult> lastOne = run(handler, {"PK:SO-PACK-A-2/3"}, &got);
    QVERIFY2(lastOne.last().detail.contains("ready to load"), qPrintable(lastOne.last().detail));
    QVERIFY(Completeness::isComplete(db(), "ord-a"));

    // Each staged package is one finished package in the staging bin.
    const QString pkg = scalar("SELECT id FROM items WHERE code = 'PKG'");
    const QString stage = scalar("SELECT id FROM bins WHERE code = 'FG-STAGE'");
    QCOMPARE(StockBalance::inBin(db(), pkg, stage).value_or(Core::Decimal()),
             Core::Decimal::fromInt(3));
    QCOMPARE(scalar("SELECT COUNT(*) FROM stock_moves WHERE kind = 'pack' AND order_id = 'ord-a'")
                 .toInt(),
             3);
}

void tst_PackHandler::labelContents()
{
    QList<PackageLabel> printed;
    PackHandler handler(db(), [&](const PackageLabel &label) {
        printed.append(label);
        return Core::Status();
    });
    QStringList got;
    run(handler, {"PT1", "PT2", "PT1"}, &got);
    QCOMPARE(printed.size(), 1);
    const PackageLabel &label = printed.first();
    QCOMPARE(label.orderNo, QString("SO-PACK-A"));
    QCOMPARE(label.customer, QString("张三"));
    QCOMPARE(label.city, QString("杭州市"));
    QCOMPARE(label.number, 1);
    QCOMPARE(label.count, 3);
    QCOMPARE(label.panels, 3);
    QCOMPARE(label.contents, QStringList({"侧板 ×2", "层板 ×1"}));
    // 2 × 5081 g + 3 × 560 × 540 × 18 × 0.7 / 1000 = 10162 + 3811 g
    QCOMPARE(label.weightGrams, qint64(13973));
    QCOMPARE(label.contentsSummary(), QString("3 panel(s) · 14.0 kg"));
}

QTEST_GUILESS_MAIN(tst_PackHandler)
#include "tst_packhandler.moc"
