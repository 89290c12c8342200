#include "purchasingfixture.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/purchasereceipt.h"
#include "warehouse/requisitionstore.h"
#include "warehouse/stockbalance.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PurchasingFixture;

class tst_PurchaseReceipt : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void receivesAtOrderPrice();
    void overReceipt_data();
    void overReceipt();
    void repeatedScanReceivesOnce();
    void refusesUnknownLine();

private:
    PurchaseReceiptRequest request(const char *ref, const char *quantity) const;

    QTemporaryDir m_dir;
    Ids m_ids;
};

void tst_PurchaseReceipt::init()
{
    QVERIFY(setUp(m_dir, QLatin1String(QTest::currentTestFunction()), &m_ids));
    QVERIFY(RequisitionStore::collect(db()));
    QVERIFY(PurchaseOrderStore::createFromRequisitions(db(), QDate(2026, 12, 5), "test run"));
}

PurchaseReceiptRequest tst_PurchaseReceipt::request(const char *ref, const char *quantity) const
{
    PurchaseReceiptRequest r;
    r.lineRef = QLatin1String(ref);
    r.quantity = d(quantity);
    r.toBinId = m_ids.bins.value("HW-RCV");
    return r;
}

void tst_PurchaseReceipt::receivesAtOrderPrice()
{
    // Hinges: 50 ordered at 6.20 (the item's standard cost is 6.50).
    auto first = PurchaseReceipt::receive(db(), request("PO20261205-01/2", "30"));
    QVERIFY2(first, why(first));
    QCOMPARE(first->receipt.move.unitCost, d("6.2"));
    QCOMPARE(first->receipt.move.value, d("186"));
    QCOMPARE(first->receipt.move.purchaseLineRef, QString("PO20261205-01/2"));
    QCOMPARE(first->line.received, d("30"));

    auto second = PurchaseReceipt::receive(db(), request("PO20261205-01/2", "20"));
    QVERIFY2(second, why(second));
    QCOMPARE(second->line.received, d("50"));
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("50"));
    QCOMPARE(StockBalance::inBin(db(), m_ids.items.value("HG-35"), m_ids.bins.value("HW-RCV"))
                 .value(),
             d("50"));
    QCOMPARE(PurchaseOrderStore::onOrder(db(), m_ids.items.value("HG-35")).value(), d("0"));
    QCOMPARE(rows("outbox", "table_name = 'stock_moves'"), 2);
    QCOMPARE(rows("outbox", "table_name = 'purchase_order_lines' AND op = 'update'"), 2);

    // The order stays open until its handles and runners are in too.
    QCOMPARE(PurchaseOrderStore::findByNo(db(), "PO20261205-01")->status, QString("open"));
    QVERIFY(PurchaseReceipt::receive(db(), request("PO20261205-01/1", "20")));
    QCOMPARE(PurchaseOrderStore::findByNo(db(), "PO20261205-01")->status, QString("open"));
    QVERIFY(PurchaseReceipt::receive(db(), request("PO20261205-01/3", "10")));
    QCOMPARE(PurchaseOrderStore::findByNo(db(), "PO20261205-01")->status, QString("closed"));
    QCOMPARE(PurchaseOrderStore::findByNo(db(), "PO20261205-02")->status, QString("open"));
    QCOMPARE(rows("outbox", "table_name = 'purchase_orders' AND op = 'update'"), 1);
}

void tst_PurchaseReceipt::overReceipt_data()
{
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("error");  // empty: received

    QTest::newRow("no tolerance: exactly the order") << "0" << "50" << "";
    QTest::newRow("no tolerance: one more refused")
        << "0" << "51"
        << "PO20261205-01/2: receiving 51 would make 51 received of 50 ordered on "
           "PO20261205-01/2, more than the 0% over-receipt allowed";
    QTest::newRow("10%: 55 of 50") << "10" << "55" << "";
    QTest::newRow("10%: 55.5 of 50 refused")
        << "10" << "55.5"
        << "PO20261205-01/2: receiving 55.5 would make 55.5 received of 50 ordered on "
           "PO20261205-01/2, more than the 10% over-receipt allowed";
}

void tst_PurchaseReceipt::overReceipt()
{
    QFETCH(QString, percent);
    QFETCH(QString, quantity);
    QFETCH(QString, error);
    QVERIFY(PurchaseReceipt::setOverReceiptPercent(db(), d(qPrintable(percent))));
    QCOMPARE(PurchaseReceipt::overReceiptPercent(db()), d(qPrintable(percent)));
    const int moves = rows("stock_moves");
    const auto got =
        PurchaseReceipt::receive(db(), request("PO20261205-01/2", qPrintable(quantity)));
    if (error.isEmpty()) {
        QVERIFY2(got, why(got));
        QCOMPARE(got->line.received, d(qPrintable(quantity)));
        QCOMPARE(rows("stock_moves"), moves + 1);
    } else {
        QVERIFY(!got);
        QCOMPARE(got.error().toString(), error);
        QCOMPARE(rows("stock_moves"), moves);
        QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("0"));
    }
}

void tst_PurchaseReceipt::repeatedScanReceivesOnce()
{
    PurchaseReceiptRequest r = request("PO20261205-01/1", "20");
    r.key = "scan-0001";
    r.scanCode = "PO20261205-01/1";
    const auto first = PurchaseReceipt::receive(db(), r);
    QVERIFY2(first, why(first));
    QVERIFY(!first->receipt.repeated);
    const auto again = PurchaseReceipt::receive(db(), r);
    QVERIFY2(again, why(again));
    QVERIFY(again->receipt.repeated);
    QCOMPARE(again->receipt.move.id, first->receipt.move.id);
    QCOMPARE(again->line.received, d("20"));
    QCOMPARE(rows("stock_moves"), 1);
}

void tst_PurchaseReceipt::refusesUnknownLine()
{
    const auto got = PurchaseReceipt::receive(db(), request("PO20261205-01/9", "1"));
    QVERIFY(!got);
    QCOMPARE(got.error().toString(),
             QString("PO20261205-01/9: no purchase order line PO20261205-01/9"));
    QCOMPARE(rows("stock_moves"), 0);
}

QTEST_GUILESS_MAIN(tst_PurchaseReceipt)
#include "tst_purchasereceipt.moc"
