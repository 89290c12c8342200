#include "purchasingfixture.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/requisitionstore.h"
#include "warehouse/supplierdelay.h"
#include "warehouse/supplierfeed.h"
#include "workflow/taskstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PurchasingFixture;

namespace {

QString sample(const char *name)
{
    return QStringLiteral(HEARTH_SOURCE_DIR "/tests/data/suppliers/") + QLatin1String(name);
}

QString riskText(const OrderRisk &r)
{
    return QString("%1 %2 needed %3 now %4")
        .arg(scalar("SELECT order_no FROM sales_orders WHERE id = '" + r.orderId + "'"),
             r.source, r.neededBy.toString(Qt::ISODate), r.newDate.toString(Qt::ISODate));
}

} // namespace

class tst_SupplierFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void confirmationMarksOrdersAtRisk();
    void orderWithoutOwnerIsMarkedOnly();
    void sameSheetTwiceChangesNothing();
    void shippingNoticeFromXlsx();
    void badSheetsWriteNothing_data();
    void badSheetsWriteNothing();

private:
    QTemporaryDir m_dir;
    Ids m_ids;
};

void tst_SupplierFeed::init()
{
    QVERIFY(setUp(m_dir, QLatin1String(QTest::currentTestFunction()), &m_ids));
    QVERIFY(RequisitionStore::collect(db()));
    const auto orders =
        PurchaseOrderStore::createFromRequisitions(db(), QDate(2026, 12, 5), "test run");
    QVERIFY2(orders, why(orders));
    QCOMPARE(orders->first().poNo, QString("PO20261205-01"));
}

void tst_SupplierFeed::confirmationMarksOrdersAtRisk()
{
    const auto report =
        SupplierFeed::importFile(db(), sample("confirmation_sup-hw.csv"), FeedKind::Confirmation);
    QVERIFY2(report, why(report));
    QCOMPARE(report->errors.size(), 0);
    QCOMPARE(report->rows, 3);
    QCOMPARE(report->changed, 3);
    QCOMPARE(report->unchanged, 0);

    const auto hinges = PurchaseOrderStore::findLine(db(), "PO20261205-01", 2);
    QCOMPARE(hinges->confirmedQuantity, std::optional<Core::Decimal>(d("50")));
    QCOMPARE(hinges->confirmedOn, QDate(2026, 12, 9));
    QCOMPARE(PurchaseOrderStore::findLine(db(), "PO20261205-01", 1)->confirmedOn,
             QDate(2026, 12, 1));

    // Hinges confirmed for 12-09: SO-B needs them by 12-08, SO-A only by 12-10. Runners
    // confirmed for 12-10, the day SO-A needs them: not late.
    QCOMPARE(report->risks.size(), 1);
    QCOMPARE(riskText(report->risks.first()),
             QString("SO-B confirmation needed 2026-12-08 now 2026-12-09"));
    QCOMPARE(report->risks.first().poLineId, hinges->id);
    QVERIFY(SupplierDelay::forOrder(db(), "o-a")->isEmpty());
    const auto risks = SupplierDelay::forOrder(db(), "o-b");
    QCOMPARE(risks->size(), 1);
    QCOMPARE(risks->first().reason,
             QString("the supplier confirmed PO20261205-01/2 (HG-35 35mm阻尼铰链) for "
                     "2026-12-09, after 2026-12-08 when order SO-B needs it"));

    // The owner's task, and the risk on the order's timeline.
    const auto task = Workflow::TaskStore::find(db(), risks->first().taskId);
    QVERIFY2(task, why(task));
    QCOMPARE(task->assigneeId, QString("u-owner"));
    QCOMPARE(task->kind, QString("supplier_delay"));
    QCOMPARE(task->orderId, QString("o-b"));
    QCOMPARE(task->title,
             QString("SO-B at risk: PO20261205-01/2 arrives 2026-12-09, needed by 2026-12-08"));
    QCOMPARE(rows("audit_log", "row_id = 'o-b' AND table_name = 'order_risks'"), 1);
    QCOMPARE(rows("outbox", "table_name = 'purchase_order_lines' AND op = 'update'"), 3);
}

void tst_SupplierFeed::orderWithoutOwnerIsMarkedOnly()
{
    QVERIFY(exec("UPDATE sales_orders SET owner_id = NULL WHERE id = 'o-b'"));
    const auto report =
        SupplierFeed::importFile(db(), sample("confirmation_sup-hw.csv"), FeedKind::Confirmation);
    QVERIFY2(report, why(report));
    QCOMPARE(report->risks.size(), 1);
    QCOMPARE(report->risks.first().orderId, QString("o-b"));
    QCOMPARE(report->risks.first().taskId, QString());
    QCOMPARE(rows("tasks", "kind = 'supplier_delay'"), 0);
    QCOMPARE(rows("order_risks", "order_id = 'o-b' AND task_id IS NULL"), 1);
}

void tst_SupplierFeed::sameSheetTwiceChangesNothing()
{
    QVERIFY(SupplierFeed::importFile(db(), sample("confirmation_sup-hw.csv"),
                                     FeedKind::Confirmation));
    const int outbox = rows("outbox");
    const int audit = rows("audit_log");
    const QString hlc = scalar("SELECT hlc FROM purchase_order_lines WHERE line_no = 2 "
                               "AND po_id = (SELECT id FROM purchase_orders "
                               "WHERE po_no = 'PO20261205-01')");
    const auto again =
        SupplierFeed::importFile(db(), sample("confirmation_sup-hw.csv"), FeedKind::Confirmation);
    QVERIFY2(again, why(again));
    QCOMPARE(again->rows, 3);
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->unchanged, 3);
    QVERIFY(again->risks.isEmpty());
    QCOMPARE(rows("outbox"), outbox);
    QCOMPARE(rows("audit_log"), audit);
    QCOMPARE(rows("order_risks"), 1);
    QCOMPARE(rows("tasks", "kind = 'supplier_delay'"), 1);
    QCOMPARE(scalar("SELECT hlc FROM purchase_order_lines WHERE line_no = 2 "
                    "AND po_id = (SELECT id FROM purchase_orders WHERE po_no = 'PO20261205-01')"),
             hlc);
}

void tst_SupplierFeed::shippingNoticeFromXlsx()
{
    QVERIFY(SupplierFeed::importFile(db(), sample("confirmation_sup-hw.csv"),
                                     FeedKind::Confirmation));
    const auto report =
        SupplierFeed::importFile(db(), sample("notice_sup-hw.xlsx"), FeedKind::ShippingNotice);
    QVERIFY2(report, why(report));
    QCOMPARE(report->errors.size(), 0);
    QCOMPARE(report->rows, 1);
    QCOMPARE(report->changed, 1);

    const auto hinges = PurchaseOrderStore::findLine(db(), "PO20261205-01", 2);
    QCOMPARE(hinges->asnNo, QString("ASN-7781"));
    QCOMPARE(hinges->shippedQuantity, std::optional<Core::Decimal>(d("50")));
    QCOMPARE(hinges->expectedOn, QDate(2026, 12, 12));
    QCOMPARE(hinges->promisedOn(), QDate(2026, 12, 12));

    // Now 12-12: both orders are late, SO-B a second time at the new date.
    QStringList got;
    for (const OrderRisk &r : report->risks)
        got << riskText(r);
    QCOMPARE(got, (QStringList{"SO-A notice needed 2026-12-10 now 2026-12-12",
                               "SO-B notice needed 2026-12-08 now 2026-12-12"}));
    QCOMPARE(SupplierDelay::forOrder(db(), "o-b")->size(), 2);
    QCOMPARE(rows("tasks", "kind = 'supplier_delay' AND assignee_id = 'u-owner'"), 3);

    const auto again =
        SupplierFeed::importFile(db(), sample("notice_sup-hw.xlsx"), FeedKind::ShippingNotice);
    QVERIFY2(again, why(again));
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->unchanged, 1);
    QCOMPARE(rows("order_risks"), 3);
}

void tst_SupplierFeed::badSheetsWriteNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("unknown order and line, bad quantity and date")
        << "confirmation_errors.csv" << int(FeedKind::Confirmation)
        << QStringList{
               "confirmation_errors.csv, row 3, column \"po_no\": no purchase order "
               "PO20991231-01",
               "confirmation_errors.csv, row 4, column \"line\": purchase order PO20261205-01 "
               "has no line 9",
               "confirmation_errors.csv, row 5, column \"confirmed_quantity\": expected a "
               "quantity of 0 or more, not \"many\"",
               "confirmation_errors.csv, row 6, column \"confirmed_date\": expected a date as "
               "2026-12-20, not \"next week\""};
    QTest::newRow("a column missing")
        << "confirmation_missing_column.csv" << int(FeedKind::Confirmation)
        << QStringList{"confirmation_missing_column.csv, row 1, column \"confirmed_quantity\": "
                       "the sheet has no such column; expected a header named "
                       "confirmed_quantity / 确认数量"};
    QTest::newRow("a shipping notice without its number")
        << "notice_without_asn.csv" << int(FeedKind::ShippingNotice)
        << QStringList{"notice_without_asn.csv, row 2, column \"asn_no\": expected the shipping "
                       "notice's number"};
}

void tst_SupplierFeed::badSheetsWriteNothing()
{
    QFETCH(QString, file);
    QFETCH(int, kind);
    QFETCH(QStringList, errors);
    const int outbox = rows("outbox");
    const auto report =
        SupplierFeed::importFile(db(), sample(qPrintable(file)), FeedKind(kind));
    QVERIFY2(report, why(report));
    QStringList got;
    for (const Orders::RowError &e : report->errors)
        got << e.toString();
    QCOMPARE(got, errors);
    QCOMPARE(report->changed, 0);
    // The good row 2 of the first sheet is not written either.
    QCOMPARE(rows("purchase_order_lines",
                  "confirmed_on IS NOT NULL OR expected_on IS NOT NULL OR asn_no IS NOT NULL"),
             0);
    QCOMPARE(rows("outbox"), outbox);
}

QTEST_GUILESS_MAIN(tst_SupplierFeed)
#include "tst_supplierfeed.moc"
