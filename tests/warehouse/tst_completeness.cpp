#include "packingfixture.h"
#include "warehouse/completeness.h"
#include "warehouse/packagestore.h"
#include "warehouse/packplanner.h"

#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PackingFixture;

class tst_Completeness : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void unknownOrder();
    void summaryShortens();

private:
    QTemporaryDir m_dir;
};

void tst_Completeness::check_data()
{
    QTest::addColumn<bool>("made");
    QTest::addColumn<int>("hingesInStock");
    QTest::addColumn<bool>("planned");
    QTest::addColumn<QString>("packing");  // SQL run after planning
    QTest::addColumn<QStringList>("missing");

    const QString packAll = "UPDATE package_items SET packed_micros = quantity_micros;"
                            "UPDATE packages SET status = 'closed';";
    QTest::newRow("nothing planned, door in edge banding, no hinges")
        << false << 0 << false << QString()
        << QStringList{
               "Package plan | SO-PACK-A | no packages planned: plan them on the packages page",
               "侧板 720×560 | WO-A1 | made; not in the package plan: plan the packages again",
               "层板 560×540 | WO-A1 | made; not in the package plan: plan the packages again",
               "门板 700×396 | WO-A2 | work order WO-A2 not finished: waiting for operation 20 "
               "封边",
               "HG-35 铰链 | HG-35 | purchase not received: 0 in stock, 4 needed"};
    QTest::newRow("planned, nothing packed")
        << true << 10 << true << QString()
        << QStringList{"Package 1/3 | PK:SO-PACK-A-1/3 | nothing packed yet",
                       "Package 2/3 | PK:SO-PACK-A-2/3 | nothing packed yet",
                       "Package 3/3 | PK:SO-PACK-A-3/3 | nothing packed yet",
                       "侧板 720×560 | WO-A1 | made; not packed yet (package 1)",
                       "层板 560×540 | WO-A1 | made; not packed yet (package 1)",
                       "门板 700×396 | WO-A2 | made; not packed yet (package 2)",
                       "HG-35 铰链 | HG-35 | received; not packed yet (package 3)"};
    QTest::newRow("two hinges short, one side panel in")
        << true << 2 << true
        << QString("UPDATE package_items SET packed_micros = 1000000 WHERE part_id = '%1';"
                   "UPDATE packages SET status = 'open' WHERE number = 1;")
               .arg(partId(1))
        << QStringList{"Package 1/3 | PK:SO-PACK-A-1/3 | being packed: 0 of 2 lines in",
                       "Package 2/3 | PK:SO-PACK-A-2/3 | nothing packed yet",
                       "Package 3/3 | PK:SO-PACK-A-3/3 | nothing packed yet",
                       "侧板 720×560 | WO-A1 | made; not packed yet (package 1)",
                       "层板 560×540 | WO-A1 | made; not packed yet (package 1)",
                       "门板 700×396 | WO-A2 | made; not packed yet (package 2)",
                       "HG-35 铰链 | HG-35 | purchase not received: 2 in stock, 4 needed"};
    const QString supplier =
        "INSERT INTO suppliers(id, hlc, code, name, created_at, updated_at) VALUES "
        "('sup-1', 'h', 'SUP-HW', '五金供应商', 'x', 'x');";
    const QString requisition =
        "INSERT INTO purchase_requisitions(id, hlc, source_key, source, order_id, item_id, "
        "description, supplier_id, quantity_micros, unit, status, po_line_id, created_at, "
        "updated_at) VALUES ('req-1', 'h', 'hardware:ord-a:H01', 'hardware', 'ord-a', "
        "(SELECT id FROM items WHERE code = 'HG-35'), '铰链', 'sup-1', 4000000, 'piece', "
        "'%1', %2, 'x', 'x');";
    const QString purchaseOrder =
        "INSERT INTO purchase_orders(id, hlc, po_no, supplier_id, ordered_on, created_at, "
        "updated_at) VALUES ('po-1', 'h', 'PO2603-0007', 'sup-1', '2026-03-01', 'x', 'x');"
        "INSERT INTO purchase_order_lines(id, hlc, po_id, line_no, item_id, description, unit, "
        "need_micros, quantity_micros, expected_on, created_at, updated_at) VALUES ('pol-1', "
        "'h', 'po-1', 2, (SELECT id FROM items WHERE code = 'HG-35'), '铰链', 'piece', 4000000, "
        "50000000, %1, 'x', 'x');";
    const QStringList planned{"Package 1/3 | PK:SO-PACK-A-1/3 | nothing packed yet",
                              "Package 2/3 | PK:SO-PACK-A-2/3 | nothing packed yet",
                              "Package 3/3 | PK:SO-PACK-A-3/3 | nothing packed yet",
                              "侧板 720×560 | WO-A1 | made; not packed yet (package 1)",
                              "层板 560×540 | WO-A1 | made; not packed yet (package 1)",
                              "门板 700×396 | WO-A2 | made; not packed yet (package 2)"};
    QTest::newRow("hinges requisitioned, not ordered")
        << true << 0 << true << supplier + requisition.arg("open", "NULL")
        << planned + QStringList{"HG-35 铰链 | HG-35 | purchase not received: 0 in stock, 4 "
                                 "needed; requisitioned, not on a purchase order yet"};
    QTest::newRow("hinges on a purchase order with a date")
        << true << 0 << true
        << supplier + purchaseOrder.arg("'2026-03-09'") + requisition.arg("ordered", "'pol-1'")
        << planned + QStringList{"HG-35 铰链 | PO2603-0007 | purchase not received: 0 in "
                                 "stock, 4 needed; on PO2603-0007 line 2, expected 2026-03-09"};
    QTest::newRow("hinges on a purchase order without a date")
        << true << 1 << true
        << supplier + purchaseOrder.arg("NULL") + requisition.arg("ordered", "'pol-1'")
        << planned + QStringList{"HG-35 铰链 | PO2603-0007 | purchase not received: 1 in "
                                 "stock, 4 needed; on PO2603-0007 line 2, no delivery date "
                                 "from the supplier yet"};
    QTest::newRow("all packed, none staged")
        << true << 10 << true << packAll
        << QStringList{"Package 1/3 | PK:SO-PACK-A-1/3 | closed, not scanned into staging",
                       "Package 2/3 | PK:SO-PACK-A-2/3 | closed, not scanned into staging",
                       "Package 3/3 | PK:SO-PACK-A-3/3 | closed, not scanned into staging"};
    QTest::newRow("two staged, one closed")
        << true << 10 << true << packAll + "UPDATE packages SET status = 'staged' WHERE number < 3;"
        << QStringList{"Package 3/3 | PK:SO-PACK-A-3/3 | closed, not scanned into staging"};
    QTest::newRow("all staged: complete")
        << true << 10 << true << packAll + "UPDATE packages SET status = 'staged';"
        << QStringList{};
    QTest::newRow("staged and loaded: complete")
        << true << 10 << true
        << packAll + "UPDATE packages SET status = 'staged';"
                     "UPDATE packages SET status = 'loaded' WHERE number = 2;"
        << QStringList{};
    QTest::newRow("a panel added after planning")
        << true << 10 << true
        << packAll + "UPDATE packages SET status = 'staged';"
                     "UPDATE order_parts SET quantity = 3 WHERE part_key = 'P03' "
                     "AND order_id = 'ord-a';"
        << QStringList{"门板 700×396 | WO-A2 | made; not in the package plan: plan the "
                       "packages again"};
}

void tst_Completeness::check()
{
    QFETCH(bool, made);
    QFETCH(int, hingesInStock);
    QFETCH(bool, planned);
    QFETCH(QString, packing);
    QFETCH(QStringList, missing);

    QVERIFY(openWithOrders(m_dir, made));
    if (hingesInStock > 0)
        QVERIFY(receive("HG-35", "HW-C01", hingesInStock));
    if (planned) {
        const auto plan = PackPlanner::planOrder(db(), "ord-a");
        QVERIFY(plan);
        QVERIFY(PackageStore::writePlan(db(), "ord-a", *plan, "test"));
    }
    if (!packing.isEmpty())
        QVERIFY(exec(packing));

    const auto result = Completeness::check(db(), "ord-a");
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QStringList got;
    for (const MissingItem &m : *result)
        got.append(QString("%1 | %2 | %3").arg(m.name, m.source, m.reason));
    QCOMPARE(got, missing);
    QCOMPARE(Completeness::isComplete(db(), "ord-a"), missing.isEmpty());
    // The other order is never complete by this one's packing.
    QVERIFY(!Completeness::isComplete(db(), "ord-b"));
}

void tst_Completeness::unknownOrder()
{
    QVERIFY(openWithOrders(m_dir, true));
    const auto result = Completeness::check(db(), "no-such-order");
    QVERIFY(!result);
    QCOMPARE(result.error().where, QString("sales_orders: no-such-order"));
    QVERIFY(!Completeness::isComplete(db(), "no-such-order"));
}

void tst_Completeness::summaryShortens()
{
    QList<MissingItem> missing;
    for (int i = 1; i <= 5; ++i)
        missing.append(MissingItem{MissingItem::Kind::Package, {}, QString("Package %1/5").arg(i),
                                   {}, {}, "nothing packed yet"});
    QCOMPARE(Completeness::summary(missing, 2),
             QString("Package 1/5: nothing packed yet\nPackage 2/5: nothing packed yet\n"
                     "and 3 more"));
    QCOMPARE(Completeness::summary(missing.mid(0, 1)),
             QString("Package 1/5: nothing packed yet"));
}

QTEST_GUILESS_MAIN(tst_Completeness)
#include "tst_completeness.moc"
