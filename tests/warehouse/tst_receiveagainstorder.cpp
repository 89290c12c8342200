// Receiving by scanning against a purchase order (采购入库): the PO: code or a label's AI 400
// names the order, each read lands on the order's line of the item at the line's price.

#include "purchasingfixture.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/receivehandler.h"
#include "warehouse/requisitionstore.h"
#include "warehouse/scanevent.h"
#include "warehouse/scancode.h"
#include "warehouse/stockbalance.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PurchasingFixture;

class tst_ReceiveAgainstOrder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void receivesOnTheOrdersLine();
    void goodsNotOnTheOrderAreRefused();
    void labelNamesTheOrder();
    void labelNamingAnotherOrderIsRefused();
    void lastLineClosesTheOrder();
    void closedAndUnknownOrdersAreRefused();
    void withoutAnOrderReceivesAtStandardCost();

private:
    /// One letter per read: O ok, W wrong, D duplicate; reads two seconds apart.
    QString scanAll(ReceiveHandler &handler, const QStringList &reads);
    QString lineItem(const char *poNo, int lineNo) const;

    QTemporaryDir m_dir;
    Ids m_ids;
    QDateTime m_at = QDateTime(QDate(2026, 12, 6), QTime(8, 0), QTimeZone::utc());
    QString m_log;
};

const QString GS = QString(QChar(0x1D));
// HG-35 hinges as their supplier prints them: EAN-13 6901234567892.
const QString Hinge = QStringLiteral("]C1" "0106901234567892");

void tst_ReceiveAgainstOrder::init()
{
    QVERIFY(setUp(m_dir, QLatin1String(QTest::currentTestFunction()), &m_ids));
    QVERIFY(exec("UPDATE items SET gtin = '6901234567892' WHERE code = 'HG-35'"));
    QVERIFY(RequisitionStore::collect(db()));
    QVERIFY(PurchaseOrderStore::createFromRequisitions(db(), QDate(2026, 12, 5), "test run"));
    m_log.clear();
}

void tst_ReceiveAgainstOrder::cleanup()
{
    if (QTest::currentTestFailed())
        qWarning("%s", qPrintable(m_log));
    Storage::Database::close();
}

QString tst_ReceiveAgainstOrder::scanAll(ReceiveHandler &handler, const QStringList &reads)
{
    QString outcomes;
    for (const QString &read : reads) {
        m_at = m_at.addSecs(2);
        const ScanResult r = handler.handle(ScanEvent::fromRead(
            read, ScanEvent::Source::Keyboard, ScanEvent::Suffix::Enter, m_at));
        outcomes += r.outcome == ScanResult::Outcome::Ok          ? 'O'
                    : r.outcome == ScanResult::Outcome::Duplicate ? 'D'
                                                                  : 'W';
        m_log += ScanCode::visible(read) + " -> " + r.message + " / " + r.detail + "\n";
    }
    return outcomes;
}

QString tst_ReceiveAgainstOrder::lineItem(const char *poNo, int lineNo) const
{
    const auto line = PurchaseOrderStore::findLine(db(), QLatin1String(poNo), lineNo);
    return line ? scalar("SELECT code FROM items WHERE id = '" + line->itemId + "'") : QString();
}

void tst_ReceiveAgainstOrder::receivesOnTheOrdersLine()
{
    // PO20261205-01 line 2: 50 hinges at 6.20 (their standard cost is 6.50).
    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"PO:PO20261205-01", "BN:HW-RCV", Hinge + "3030"}), QString("OOO"));
    QCOMPARE(handler.purchaseOrder()->poNo, QString("PO20261205-01"));
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("30"));
    QCOMPARE(scalar("SELECT unit_cost_micros FROM stock_moves"), QString("6200000"));
    QCOMPARE(scalar("SELECT value_micros FROM stock_moves"), QString("186000000"));
    QCOMPARE(scalar("SELECT purchase_line_ref FROM stock_moves"), QString("PO20261205-01/2"));
    QCOMPARE(StockBalance::inBin(db(), m_ids.items.value("HG-35"), m_ids.bins.value("HW-RCV"))
                 .value(),
             d("30"));
    QVERIFY2(m_log.contains("30 of 50"), qPrintable(m_log));

    // A second carton of 20 completes the line.
    QCOMPARE(scanAll(handler, {Hinge + "3020"}), QString("O"));
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("50"));
    QCOMPARE(rows("stock_moves"), 2);
}

void tst_ReceiveAgainstOrder::goodsNotOnTheOrderAreRefused()
{
    // PO20261205-02 buys the worktop from the stone supplier: no hinges on it.
    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"PO:PO20261205-02", "BN:HW-RCV", Hinge + "3010"}),
             QString("OOW"));
    QVERIFY2(m_log.contains("not on PO20261205-02"), qPrintable(m_log));
    QCOMPARE(rows("stock_moves"), 0);
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("0"));
}

void tst_ReceiveAgainstOrder::labelNamesTheOrder()
{
    // No PO: scanned; the supplier's label carries the buyer's order number in AI 400.
    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"BN:HW-RCV", Hinge + "3020" + GS + "400PO20261205-01"}),
             QString("OO"));
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("20"));
    QCOMPARE(scalar("SELECT unit_cost_micros FROM stock_moves"), QString("6200000"));
}

void tst_ReceiveAgainstOrder::labelNamingAnotherOrderIsRefused()
{
    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"PO:PO20261205-02", "BN:HW-RCV",
                               Hinge + "3020" + GS + "400PO20261205-01"}),
             QString("OOO"));
    // The label's order is open and holds hinges: the label wins over the order scanned.
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("20"));

    // A label naming an order Hearth doesn't know, while an order is scanned, is refused.
    QCOMPARE(scanAll(handler, {"PO:PO20261205-02", Hinge + "3020" + GS + "400PO-ELSEWHERE"}),
             QString("OW"));
    QVERIFY2(m_log.contains("PO-ELSEWHERE"), qPrintable(m_log));
    QCOMPARE(rows("stock_moves"), 1);
}

void tst_ReceiveAgainstOrder::lastLineClosesTheOrder()
{
    const QString line1 = lineItem("PO20261205-01", 1);
    const QString line3 = lineItem("PO20261205-01", 3);
    QVERIFY(!line1.isEmpty() && !line3.isEmpty());
    const Core::Decimal ordered1 = PurchaseOrderStore::findLine(db(), "PO20261205-01", 1)->quantity;
    const Core::Decimal ordered3 = PurchaseOrderStore::findLine(db(), "PO20261205-01", 3)->quantity;

    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"PO:PO20261205-01", "BN:HW-RCV", Hinge + "3050"}),
             QString("OOO"));
    handler.setNextQuantity(ordered1);
    QCOMPARE(scanAll(handler, {line1}), QString("O"));
    QCOMPARE(PurchaseOrderStore::findByNo(db(), "PO20261205-01")->status, QString("open"));
    handler.setNextQuantity(ordered3);
    QCOMPARE(scanAll(handler, {line3}), QString("O"));
    QVERIFY2(m_log.contains("complete and closed"), qPrintable(m_log));
    QCOMPARE(PurchaseOrderStore::findByNo(db(), "PO20261205-01")->status, QString("closed"));
    // The closed order is no longer what the reads go against.
    QVERIFY(!handler.purchaseOrder());
}

void tst_ReceiveAgainstOrder::closedAndUnknownOrdersAreRefused()
{
    QVERIFY(exec("UPDATE purchase_orders SET status = 'closed' WHERE po_no = 'PO20261205-01'"));
    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"PO:PO20261205-01", "PO:PO19990101-09", "PO:"}), QString("WWW"));
    QVERIFY2(m_log.contains("is closed"), qPrintable(m_log));
    QVERIFY2(m_log.contains("PO19990101-09"), qPrintable(m_log));
    QVERIFY(!handler.purchaseOrder());
    QCOMPARE(rows("stock_moves"), 0);
}

void tst_ReceiveAgainstOrder::withoutAnOrderReceivesAtStandardCost()
{
    ReceiveHandler handler(db());
    QCOMPARE(scanAll(handler, {"BN:HW-RCV", Hinge + "3010"}), QString("OO"));
    QCOMPARE(scalar("SELECT unit_cost_micros FROM stock_moves"), QString("6500000"));
    QCOMPARE(scalar("SELECT COALESCE(purchase_line_ref, '') FROM stock_moves"), QString());
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 2)->received, d("0"));
}

QTEST_GUILESS_MAIN(tst_ReceiveAgainstOrder)
#include "tst_receiveagainstorder.moc"
