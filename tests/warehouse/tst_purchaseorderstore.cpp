#include "purchasingfixture.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/reorderpoints.h"
#include "warehouse/requisitionstore.h"
#include "warehouse/stockledger.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PurchasingFixture;

class tst_PurchaseOrderStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void seedSuppliers();
    void requisitionsFromSplit();
    void collectTwiceWritesNothing();
    void amendmentChangesOpenRequisitions();
    void oneOrderPerSupplier();
    void linesRoundedToPacks_data();
    void linesRoundedToPacks();
    void changeLogRecordsEveryWrite();
    void reorderPointAsksOnce();
    void reorderPointNotReached();

private:
    QList<PurchaseOrder> runOrders();

    QTemporaryDir m_dir;
    Ids m_ids;
};

void tst_PurchaseOrderStore::init()
{
    QVERIFY(setUp(m_dir, QLatin1String(QTest::currentTestFunction()), &m_ids));
}

QList<PurchaseOrder> tst_PurchaseOrderStore::runOrders()
{
    const auto run = RequisitionStore::collect(db());
    if (!run)
        qFatal("collect failed: %s", why(run).constData());
    const auto orders =
        PurchaseOrderStore::createFromRequisitions(db(), QDate(2026, 12, 5), "test run");
    if (!orders)
        qFatal("purchase orders failed: %s", why(orders).constData());
    return orders.value();
}

void tst_PurchaseOrderStore::seedSuppliers()
{
    QCOMPARE(rows("suppliers"), 7);
    QCOMPARE(rows("supplier_items"), 11);
    const auto again = SupplierStore::seedDefaults(db());
    QVERIFY2(again, why(again));
    QCOMPARE(again->suppliers, 0);
    QCOMPARE(again->items, 0);
    const auto hinge = SupplierStore::sourceFor(db(), m_ids.items.value("HG-35"));
    QVERIFY(hinge);
    QCOMPARE(SupplierStore::find(db(), hinge->supplierId)->code, QString("SUP-HW"));
    QCOMPARE(hinge->price, d("6.2"));
    QCOMPARE(SupplierStore::findByCode(db(), "SUP-STONE")->leadDays, 9);
}

void tst_PurchaseOrderStore::requisitionsFromSplit()
{
    const auto run = RequisitionStore::collect(db());
    QVERIFY2(run, why(run));
    QCOMPARE(run->created, 5);
    QCOMPARE(run->repeated, 0);
    QCOMPARE(run->warnings,
             QStringList{"order SO-A, 1.shelf_pin: no stock item is set for the hardware code "
                         "\"shelf_pin\" (resources/warehouse/suppliers.json)"});

    const auto all = RequisitionStore::list(db(), "open");
    QVERIFY2(all, why(all));
    QStringList got;
    for (const Requisition &r : all.value()) {
        got << QString("%1 | %2 | %3 | %4 %5 | %6")
                   .arg(r.sourceKey, SupplierStore::find(db(), r.supplierId)->code,
                        r.description, r.quantity.toString(), Orders::unitCode(r.unit),
                        r.neededBy.toString(Qt::ISODate));
    }
    const QStringList expected{
        "hardware:o-a:1.handle | SUP-HW | HD-160 160mm铝合金拉手 | 3 piece | 2026-12-10",
        "hardware:o-a:1.hinge | SUP-HW | HG-35 35mm阻尼铰链 | 6 piece | 2026-12-10",
        "hardware:o-a:1.runner | SUP-HW | SL-450 450mm三节阻尼滑轨 | 2 set | 2026-12-10",
        "hardware:o-b:1.hinge | SUP-HW | HG-35 35mm阻尼铰链 | 8 piece | 2026-12-08",
        "split:t-a:la2 | SUP-STONE | 石英石台面 | 3.2 m | 2026-12-20"};
    QCOMPARE(got, expected);
    const auto quartz = RequisitionStore::findByKey(db(), "split:t-a:la2");
    QCOMPARE(quartz->itemId, m_ids.items.value("ST-QTZ"));
    QCOMPARE(quartz->orderId, QString("o-a"));
    QCOMPARE(quartz->taskId, QString("t-a"));
}

void tst_PurchaseOrderStore::collectTwiceWritesNothing()
{
    QVERIFY(RequisitionStore::collect(db()));
    const int outbox = rows("outbox");
    const auto again = RequisitionStore::collect(db());
    QVERIFY2(again, why(again));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->repeated, 5);
    QCOMPARE(rows("purchase_requisitions"), 5);
    QCOMPARE(rows("outbox"), outbox);
}

void tst_PurchaseOrderStore::amendmentChangesOpenRequisitions()
{
    QVERIFY(RequisitionStore::collect(db()));
    // SO-A now needs 10 hinges; SO-B's re-split has none.
    QVERIFY(exec("UPDATE order_hardware SET quantity_micros = 10000000 WHERE id = 'ha1';"
                 "DELETE FROM order_hardware WHERE id = 'hb1';"));
    const auto run = RequisitionStore::collect(db());
    QVERIFY2(run, why(run));
    QCOMPARE(run->created, 0);
    QCOMPARE(run->updated, 1);
    QCOMPARE(run->cancelled, 1);
    QCOMPARE(run->repeated, 3);
    QCOMPARE(RequisitionStore::findByKey(db(), "hardware:o-a:1.hinge")->quantity, d("10"));
    QCOMPARE(RequisitionStore::findByKey(db(), "hardware:o-b:1.hinge")->status,
             QString("cancelled"));

    const QList<PurchaseOrder> orders = runOrders();
    QCOMPARE(orders.first().lines.at(1).need, d("10"));
    QCOMPARE(orders.first().lines.at(1).quantity, d("50"));
    QCOMPARE(orders.first().lines.at(1).neededBy, QDate(2026, 12, 10));

    // Once ordered, a change is the purchaser's to make on the purchase order.
    QVERIFY(exec("UPDATE order_hardware SET quantity_micros = 5000000 WHERE id = 'ha2';"));
    const int outbox = rows("outbox");
    const auto late = RequisitionStore::collect(db());
    QVERIFY2(late, why(late));
    QCOMPARE(late->updated, 0);
    QCOMPARE(late->warnings.size(), 2);
    QCOMPARE(late->warnings.at(0),
             QString("HD-160 160mm铝合金拉手: order SO-A now needs 5 piece, the purchase order "
                     "has 3; change the purchase order by hand"));

    // And an order that drops hardware already ordered.
    QVERIFY(exec("DELETE FROM order_hardware WHERE id = 'ha3';"));
    const auto dropped = RequisitionStore::collect(db());
    QVERIFY2(dropped, why(dropped));
    QCOMPARE(dropped->cancelled, 0);
    QCOMPARE(dropped->warnings.last(),
             QString("SL-450 450mm三节阻尼滑轨: order SO-A no longer needs the 2 set on a "
                     "purchase order; change the purchase order by hand"));
    QCOMPARE(RequisitionStore::findByKey(db(), "hardware:o-a:1.runner")->status,
             QString("ordered"));
    QCOMPARE(rows("outbox"), outbox);
}

void tst_PurchaseOrderStore::oneOrderPerSupplier()
{
    const QList<PurchaseOrder> orders = runOrders();
    QCOMPARE(orders.size(), 2);
    QCOMPARE(orders.at(0).poNo, QString("PO20261205-01"));
    QCOMPARE(orders.at(0).supplierCode, QString("SUP-HW"));
    QCOMPARE(orders.at(0).lines.size(), 3);
    QCOMPARE(orders.at(0).total, d("903"));
    QCOMPARE(orders.at(1).poNo, QString("PO20261205-02"));
    QCOMPARE(orders.at(1).supplierCode, QString("SUP-STONE"));
    QCOMPARE(orders.at(1).lines.size(), 1);
    QCOMPARE(orders.at(1).total, d("2080"));

    // Every requisition is on a line now, and a second run has nothing to order.
    QCOMPARE(rows("purchase_requisitions", "status = 'ordered' AND po_line_id IS NOT NULL"), 5);
    const auto second =
        PurchaseOrderStore::createFromRequisitions(db(), QDate(2026, 12, 5), "again");
    QVERIFY2(second, why(second));
    QVERIFY(second->isEmpty());
    QCOMPARE(rows("purchase_orders"), 2);

    const auto stored = PurchaseOrderStore::findByNo(db(), "PO20261205-01");
    QVERIFY(stored);
    QCOMPARE(stored->total, d("903"));
    QCOMPARE(stored->orderedOn, QDate(2026, 12, 5));
    QCOMPARE(stored->lines.size(), 3);
}

void tst_PurchaseOrderStore::linesRoundedToPacks_data()
{
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("need");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("surplus");
    QTest::addColumn<qint64>("packs");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QDate>("neededBy");
    QTest::addColumn<int>("requisitions");

    QTest::newRow("handles: a box of 20 for 3")
        << "PO20261205-01/1" << "HD-160 160mm铝合金拉手" << "3" << "20" << "17" << qint64(1)
        << "11.4" << "228" << QDate(2026, 12, 10) << 1;
    QTest::newRow("hinges of two orders: a box of 50 for 14, needed by the earlier")
        << "PO20261205-01/2" << "HG-35 35mm阻尼铰链" << "14" << "50" << "36" << qint64(1)
        << "6.2" << "310" << QDate(2026, 12, 8) << 2;
    QTest::newRow("runners: a carton of 10 sets for 2")
        << "PO20261205-01/3" << "SL-450 450mm三节阻尼滑轨" << "2" << "10" << "8" << qint64(1)
        << "36.5" << "365" << QDate(2026, 12, 10) << 1;
    QTest::newRow("quartz worktop: no pack rule, bought as needed")
        << "PO20261205-02/1" << "ST-QTZ 石英石台面" << "3.2" << "3.2" << "0" << qint64(0)
        << "650" << "2080" << QDate(2026, 12, 20) << 1;
}

void tst_PurchaseOrderStore::linesRoundedToPacks()
{
    QFETCH(QString, ref);
    QFETCH(QString, need);
    QFETCH(QString, quantity);
    QFETCH(QString, surplus);
    QFETCH(QString, price);
    QFETCH(QString, amount);
    runOrders();
    const auto line = PurchaseOrderStore::findLineByRef(db(), ref);
    QVERIFY(line);
    QCOMPARE(line->ref(), ref);
    QTEST(line->description, "description");
    QCOMPARE(line->need.toString(), need);
    QCOMPARE(line->quantity.toString(), quantity);
    QCOMPARE(line->surplus.toString(), surplus);
    QTEST(line->packs, "packs");
    QCOMPARE(line->price.toString(), price);
    QCOMPARE(line->amount.toString(), amount);
    QTEST(line->neededBy, "neededBy");
    const auto served = RequisitionStore::forLine(db(), line->id);
    QVERIFY2(served, why(served));
    QTEST(int(served->size()), "requisitions");
}

void tst_PurchaseOrderStore::changeLogRecordsEveryWrite()
{
    runOrders();
    QCOMPARE(rows("outbox", "table_name = 'purchase_orders'"), 2);
    QCOMPARE(rows("outbox", "table_name = 'purchase_order_lines'"), 4);
    // Each requisition written once and updated once when ordered.
    QCOMPARE(rows("outbox", "table_name = 'purchase_requisitions' AND op = 'insert'"), 5);
    QCOMPARE(rows("outbox", "table_name = 'purchase_requisitions' AND op = 'update'"), 5);
    // Order SO-A's timeline shows its four requisitions, written and ordered.
    QCOMPARE(rows("audit_log", "row_id = 'o-a' AND table_name = 'purchase_requisitions'"), 8);
    QCOMPARE(rows("purchase_orders", "hlc = '' OR revision <> 0 OR deleted <> 0"), 0);
}

void tst_PurchaseOrderStore::reorderPointAsksOnce()
{
    runOrders();
    const QString hinge = m_ids.items.value("HG-35");
    ReorderPoint point;
    point.itemId = hinge;
    point.point = d("100");
    point.quantity = d("500");
    QVERIFY(ReorderPoints::set(db(), point, "test"));

    // 20 in stock, 50 on order, 14 reserved for SO-A and SO-B: 56 available, below 100.
    MoveRequest receipt;
    receipt.itemId = hinge;
    receipt.toBinId = m_ids.bins.value("HW-C01");
    receipt.quantity = d("20");
    receipt.unitCost = d("6.2");
    QVERIFY(StockLedger(db()).receive(receipt));
    const auto pos = ReorderPoints::position(db(), hinge);
    QVERIFY2(pos, why(pos));
    QCOMPARE(pos->onHand, d("20"));
    QCOMPARE(pos->onOrder, d("50"));
    QCOMPARE(pos->reserved, d("14"));
    QCOMPARE(pos->available(), d("56"));

    const auto asked = ReorderPoints::check(db(), QDate(2026, 12, 5));
    QVERIFY2(asked, why(asked));
    QCOMPARE(asked->size(), 1);
    QCOMPARE(asked->first().sourceKey, "reorder:" + hinge + ":1");
    QCOMPARE(asked->first().quantity, d("500"));
    QCOMPARE(asked->first().neededBy, QDate(2026, 12, 8));
    QCOMPARE(asked->first().orderId, QString());

    // Still open: asking again writes nothing.
    const auto again = ReorderPoints::check(db(), QDate(2026, 12, 5));
    QVERIFY2(again, why(again));
    QVERIFY(again->isEmpty());

    const auto orders =
        PurchaseOrderStore::createFromRequisitions(db(), QDate(2026, 12, 5), "reorder");
    QVERIFY2(orders, why(orders));
    QCOMPARE(orders->size(), 1);
    QCOMPARE(orders->first().poNo, QString("PO20261205-03"));
    const PurchaseOrderLine &line = orders->first().lines.first();
    QCOMPARE(line.quantity, d("500"));
    QCOMPARE(line.surplus, d("0"));
    QCOMPARE(line.packs, qint64(10));
    QCOMPARE(line.amount, d("3100"));

    // On order now: 550; 20 + 550 - 14 = 556 is above the point.
    QCOMPARE(ReorderPoints::position(db(), hinge)->available(), d("556"));
    QVERIFY(ReorderPoints::check(db(), QDate(2026, 12, 6))->isEmpty());
}

void tst_PurchaseOrderStore::reorderPointNotReached()
{
    const QString connector = m_ids.items.value("CN-3IN1");
    ReorderPoint point;
    point.itemId = connector;
    point.point = d("100");
    point.quantity = d("1000");
    QVERIFY(ReorderPoints::set(db(), point, "test"));
    MoveRequest receipt;
    receipt.itemId = connector;
    receipt.toBinId = m_ids.bins.value("HW-C01");
    receipt.quantity = d("100");
    receipt.unitCost = d("0.4");
    QVERIFY(StockLedger(db()).receive(receipt));
    // Exactly at the point is not below it.
    QVERIFY(ReorderPoints::check(db(), QDate(2026, 12, 5))->isEmpty());
    point.point = d("100.5");
    QVERIFY(ReorderPoints::set(db(), point, "test"));
    QCOMPARE(ReorderPoints::check(db(), QDate(2026, 12, 5))->size(), 1);
    QCOMPARE(rows("reorder_points"), 1);
}

QTEST_GUILESS_MAIN(tst_PurchaseOrderStore)
#include "tst_purchaseorderstore.moc"
