#include "packingfixture.h"
#include "production/shopfloorcode.h"
#include "warehouse/completeness.h"
#include "warehouse/loadhandler.h"
#include "warehouse/packagestore.h"
#include "warehouse/packhandler.h"
#include "warehouse/packplanner.h"
#include "warehouse/stockbalance.h"

#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PackingFixture;

namespace {

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

ScanEvent scan(const QString &read)
{
    return ScanEvent::fromRead(read, ScanEvent::Source::Serial, ScanEvent::Suffix::Enter);
}

QString footprint()
{
    return scalar("SELECT COUNT(*) FROM outbox") + '/'
           + scalar("SELECT group_concat(status || ':' || COALESCE(load_ref, '-'), ',') FROM "
                    "(SELECT status, load_ref FROM packages WHERE deleted = 0 ORDER BY order_id, "
                    "number)")
           + '/' + scalar("SELECT COUNT(*) FROM stock_moves");
}

} // namespace

class tst_LoadHandler : public QObject
{
    Q_OBJECT

private slots:
    void loads_data();
    void loads();
    void truckLeavesWithWholeOrders();

private:
    /// Both orders planned; order A packed and staged by scanning; B too when bComplete.
    void prepare(bool bComplete);

    QTemporaryDir m_dir;
};

void tst_LoadHandler::prepare(bool bComplete)
{
    QVERIFY(openWithOrders(m_dir, true));
    QVERIFY(receive("HG-35", "HW-C01", 10));
    for (const char *order : {"ord-a", "ord-b"}) {
        const auto plan = PackPlanner::planOrder(db(), order);
        QVERIFY(plan);
        QVERIFY(PackageStore::writePlan(db(), order, *plan, "test"));
    }
    PackHandler pack(db());
    QStringList reads;
    for (int n : {1, 2, 1, 3, 3})
        reads.append(Production::ShopfloorCode::forPart(partId(n)));
    reads << "HG-35" << "PK:SO-PACK-A-1/3" << "PK:SO-PACK-A-2/3" << "PK:SO-PACK-A-3/3";
    if (bComplete)
        reads << Production::ShopfloorCode::forPart(partId(4)) << "PK:SO-PACK-B-1/1";
    for (const QString &r : std::as_const(reads))
        QCOMPARE(outcomeName(pack.handle(scan(r)).outcome), QString("ok"));
    QVERIFY(Completeness::isComplete(db(), "ord-a"));
}

void tst_LoadHandler::loads_data()
{
    QTest::addColumn<bool>("bComplete");
    QTest::addColumn<QString>("before");  // SQL run before loading
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QString>("outcomes");
    QTest::addColumn<QString>("last");

    QTest::newRow("first package of a complete order")
        << false << QString() << QStringList{"PK:SO-PACK-A-1/3"} << "ok"
        << "1 of 3 packages of the order on LD-TEST";
    QTest::newRow("whole order on")
        << false << QString()
        << QStringList{"PK:SO-PACK-A-1/3", "]C0PK:SO-PACK-A-2/3", "PK:SO-PACK-A-3/3"}
        << "ok ok ok" << "3 of 3 packages of the order on LD-TEST; the order is all on";
    QTest::newRow("same package twice")
        << false << QString() << QStringList{"PK:SO-PACK-A-1/3", "PK:SO-PACK-A-1/3"}
        << "ok dup" << "Already on this truck";
    QTest::newRow("loaded on another truck before")
        << false
        << QString("UPDATE packages SET status = 'loaded', load_ref = 'LD-OLD' WHERE number = 1 "
                   "AND order_id = 'ord-a';")
        << QStringList{"PK:SO-PACK-A-1/3"} << "dup" << "Already loaded on LD-OLD";
    QTest::newRow("incomplete order refused with what it lacks")
        << false << QString() << QStringList{"PK:SO-PACK-B-1/1"} << "wrong"
        << "Order SO-PACK-B is incomplete: 2 thing(s) missing | Package 1/1: nothing packed "
           "yet\n顶板 800×560: made; not packed yet (package 1)\nNothing loaded";
    QTest::newRow("order made incomplete again after staging")
        << false << QString("UPDATE packages SET status = 'closed' WHERE number = 2 "
                            "AND order_id = 'ord-a';")
        << QStringList{"PK:SO-PACK-A-1/3"} << "wrong"
        << "Package 2/3: closed, not scanned into staging";
    QTest::newRow("another order while one is half on")
        << true << QString() << QStringList{"PK:SO-PACK-A-1/3", "PK:SO-PACK-B-1/1"} << "ok wrong"
        << "Order SO-PACK-A is being loaded: 1 of 3 packages on";
    QTest::newRow("next order once the first is all on")
        << true << QString()
        << QStringList{"PK:SO-PACK-A-1/3", "PK:SO-PACK-A-2/3", "PK:SO-PACK-A-3/3",
                       "PK:SO-PACK-B-1/1"}
        << "ok ok ok ok" << "1 of 1 packages of the order on LD-TEST";
    QTest::newRow("unknown package") << false << QString() << QStringList{"PK:SO-PACK-A-5/5"}
                                     << "wrong" << "Order SO-PACK-A has no package 5";
    QTest::newRow("label out of date") << false << QString() << QStringList{"PK:SO-PACK-A-1/2"}
                                       << "wrong" << "the order now has 3 package(s)";
    QTest::newRow("a panel is not loaded on its own")
        << false << QString()
        << QStringList{Production::ShopfloorCode::forPart(partId(1))} << "wrong"
        << "Only package labels are loaded";
    QTest::newRow("a bin label") << false << QString() << QStringList{"BN:FG-STAGE"} << "wrong"
                                 << "Only package labels are loaded";
}

void tst_LoadHandler::loads()
{
    QFETCH(bool, bComplete);
    QFETCH(QString, before);
    QFETCH(QStringList, reads);
    QFETCH(QString, outcomes);
    QFETCH(QString, last);

    prepare(bComplete);
    if (!before.isEmpty())
        QVERIFY(exec(before));
    LoadHandler load(db(), "LD-TEST");
    QStringList got;
    ScanResult result;
    for (const QString &r : std::as_const(reads)) {
        const QString was = footprint();
        result = load.handle(scan(r));
        got.append(outcomeName(result.outcome));
        if (result.outcome != ScanResult::Outcome::Ok)
            QCOMPARE(footprint(), was);
    }
    QCOMPARE(got.join(' '), outcomes);
    const QString text = result.message + " | " + result.detail;
    QVERIFY2(text.contains(last), qPrintable(text));
}

void tst_LoadHandler::truckLeavesWithWholeOrders()
{
    prepare(true);
    LoadHandler load(db(), "LD-0001");
    for (const char *r : {"PK:SO-PACK-A-1/3", "PK:SO-PACK-A-2/3", "PK:SO-PACK-A-3/3",
                          "PK:SO-PACK-B-1/1"}) {
        const ScanResult loaded = load.handle(scan(r));
        QVERIFY2(loaded.outcome == ScanResult::Outcome::Ok,
                 qPrintable(loaded.message + " | " + loaded.detail));
    }
    QCOMPARE(scalar("SELECT COUNT(*) FROM packages WHERE deleted = 0 AND status = 'loaded' "
                    "AND load_ref = 'LD-0001'")
                 .toInt(),
             4);
    const auto state = Completeness::state(db(), "ord-a");
    QVERIFY(state);
    QCOMPARE(state->loaded, 3);
    QCOMPARE(state->orderNo, QString("SO-PACK-A"));
    // The staging bin is empty again: each package was shipped from it.
    const QString pkg = scalar("SELECT id FROM items WHERE code = 'PKG'");
    const QString stage = scalar("SELECT id FROM bins WHERE code = 'FG-STAGE'");
    QCOMPARE(StockBalance::inBin(db(), pkg, stage).value_or(Core::Decimal::fromInt(99)),
             Core::Decimal());
    QCOMPARE(scalar("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship' AND note = 'LD-0001'")
                 .toInt(),
             4);

    // The truck's shipment holds the four packages of the two orders, loaded, waiting for
    // its carrier and tracking number.
    QCOMPARE(scalar("SELECT COUNT(*) FROM shipments").toInt(), 1);
    QCOMPARE(scalar("SELECT status || ' ' || note FROM shipments"), QString("loaded Load LD-0001"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM shipment_packages WHERE deleted = 0 AND shipment_id = '"
                    + load.shipmentId() + "'")
                 .toInt(),
             4);
    QCOMPARE(scalar("SELECT group_concat(package_label, ',') FROM (SELECT package_label FROM "
                    "shipment_packages ORDER BY order_id, package_label)"),
             QString("1/3,2/3,3/3,1/1"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM shipment_orders WHERE deleted = 0").toInt(), 2);

    load.reset();
    QVERIFY(load.loadRef() != "LD-0001");
    QVERIFY(load.shipmentId().isEmpty());
    const ScanResult again = load.handle(scan("PK:SO-PACK-B-1/1"));
    QCOMPARE(outcomeName(again.outcome), QString("dup"));
    QVERIFY(again.detail.contains("Already loaded on LD-0001"));
}

QTEST_GUILESS_MAIN(tst_LoadHandler)
#include "tst_loadhandler.moc"
