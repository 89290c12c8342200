// Receipts as append-only events, balances derived from them, and the payment schedule kept
// from the split's collection tasks.

#include "financefixture.h"
#include "finance/paymentschedule.h"
#include "finance/receiptbook.h"
#include "storage/database.h"
#include "workflow/taskstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QTimeZone>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;

namespace {

QString scalar(const char *sql, const QString &bind = {})
{
    Storage::Statement q(Storage::Database::connection().handle(), sql);
    if (!bind.isNull())
        q.bind(1, bind);
    return q.next() ? q.text(0) : QString();
}

NewReceipt receipt(const QString &orderId, ReceiptKind kind, PaymentMethod method, qint64 fen,
                   const QString &key)
{
    NewReceipt r;
    r.orderId = orderId;
    r.kind = kind;
    r.method = method;
    r.amountFen = fen;
    r.receivedOn = QDate(2026, 3, 5);
    r.idempotencyKey = key;
    return r;
}

} // namespace

class tst_ReceiptBook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void receiptsMakeTheBalance();
    void repeatedKeyWritesNothing();
    void refused_data();
    void refused();
    void receiptsCannotBeEdited();
    void scheduleFollowsTheCollectionTasks();

private:
    QTemporaryDir m_dir;
    QString m_orderId;  // 12,000.00 with 1,000.00 deposit reported by the channel
};

void tst_ReceiptBook::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("receipts.db")));
    Storage::Database::setCurrentUser("finance1");
    m_orderId = FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华东",
                                          QDate(2026, 3, 2),
                                          {Line{"柜体", "10000.00", nullptr},
                                           Line{"五金", "2000.00", nullptr}},
                                          100000);
    QVERIFY(!m_orderId.isEmpty());
}

void tst_ReceiptBook::receiptsMakeTheBalance()
{
    Storage::Connection &c = Storage::Database::connection();
    auto b = ReceiptBook::balance(c, m_orderId);
    QVERIFY(b);
    QCOMPARE(b->totalFen, 1200000);
    QCOMPARE(b->dueFen(), 1100000);

    NewReceipt deposit = receipt(m_orderId, ReceiptKind::Deposit, PaymentMethod::WeChatPay,
                                 260000, "wx-4200001");
    deposit.reference = "4200001234202603050001";
    const auto first = ReceiptBook::record(c, deposit);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QVERIFY(!first->repeated);
    QCOMPARE(first->receipt.recordedBy, QString("finance1"));
    QCOMPARE(first->receipt.id.size(), 36);

    NewReceipt balance = receipt(m_orderId, ReceiptKind::Balance, PaymentMethod::BankTransfer,
                                 840000, "bank-0305-17");
    balance.fapiaoNo = "04403190";
    QVERIFY(ReceiptBook::record(c, balance));
    QVERIFY(ReceiptBook::record(c, receipt(m_orderId, ReceiptKind::Refund, PaymentMethod::Alipay,
                                           5050, "ali-refund-1")));

    b = ReceiptBook::balance(c, m_orderId);
    QVERIFY(b);
    QCOMPARE(b->receivedFen, 1100000);
    QCOMPARE(b->refundedFen, 5050);
    QCOMPARE(b->paidFen(), 1194950);
    QCOMPARE(b->dueFen(), 5050);

    const auto list = ReceiptBook::forOrder(c, m_orderId);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(1).fapiaoNo, QString("04403190"));
    QCOMPARE(list->at(0).reference, QString("4200001234202603050001"));
    QCOMPARE(list->at(2).signedFen(), -5050);
    // Each receipt went to the outbox under its own id (for sync) and to the audit trail
    // under the order (for its timeline).
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox o JOIN receipts r ON r.id = o.row_id "
                    "WHERE o.table_name = 'receipts' AND r.order_id = ?",
                    m_orderId),
             QString("3"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'receipts' "
                    "AND row_id = ?",
                    m_orderId),
             QString("3"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'receipts' "
                    "AND user_name = 'finance1'"),
             QString("3"));
}

void tst_ReceiptBook::repeatedKeyWritesNothing()
{
    Storage::Connection &c = Storage::Database::connection();
    const QString before = scalar("SELECT COUNT(*) FROM outbox");
    const auto again = ReceiptBook::record(c, receipt(m_orderId, ReceiptKind::Deposit,
                                                      PaymentMethod::WeChatPay, 260000,
                                                      "wx-4200001"));
    QVERIFY(again);
    QVERIFY(again->repeated);
    QCOMPARE(again->receipt.amountFen, 260000);
    QCOMPARE(scalar("SELECT COUNT(*) FROM receipts"), QString("3"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), before);
}

void tst_ReceiptBook::refused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("error");
    QTest::newRow("zero") << int(ReceiptKind::Balance) << 0LL << "k1"
                          << "receipts.amount_fen: the amount must be more than 0, not 0.00";
    QTest::newRow("no key") << int(ReceiptKind::Balance) << 100LL << " "
                            << "receipts.idempotency_key: a receipt needs its idempotency key, "
                               "so that entering it twice records it once";
    QTest::newRow("refund beyond what was paid")
        << int(ReceiptKind::Refund) << 1194951LL << "k2"
        << "receipts.amount_fen: a refund of 11949.51 is more than the 11949.50 paid on this "
           "order";
    QTest::newRow("a key used for another receipt")
        << int(ReceiptKind::Balance) << 100LL << "wx-4200001"
        << "receipts.idempotency_key: the key wx-4200001 was already used for another receipt "
           "(deposit 2600.00)";
}

void tst_ReceiptBook::refused()
{
    QFETCH(int, kind);
    QFETCH(qint64, fen);
    QFETCH(QString, key);
    QFETCH(QString, error);
    const auto result = ReceiptBook::record(Storage::Database::connection(),
                                            receipt(m_orderId, ReceiptKind(kind),
                                                    PaymentMethod::Cash, fen, key));
    QVERIFY(!result);
    QCOMPARE(result.error().toString(), error);
    QCOMPARE(scalar("SELECT COUNT(*) FROM receipts"), QString("3"));
}

void tst_ReceiptBook::receiptsCannotBeEdited()
{
    Storage::Connection &c = Storage::Database::connection();
    Storage::Statement edit(c.handle(), "UPDATE receipts SET amount_fen = 1");
    QVERIFY(!edit.exec());
    QVERIFY(edit.error().contains("append-only"));
    Storage::Statement remove(c.handle(), "DELETE FROM receipts");
    QVERIFY(!remove.exec());
    Storage::Statement revision(c.handle(), "UPDATE receipts SET revision = 7");
    QVERIFY(revision.exec());  // the server's revision may still be stored
}

void tst_ReceiptBook::scheduleFollowsTheCollectionTasks()
{
    Storage::Connection &c = Storage::Database::connection();
    const QString orderId = FinanceFixture::saveOrder(
        Orders::Channel::Dealer, "D01", "华东", QDate(2026, 3, 2),
        {Line{"柜体", "8000.00", nullptr}, Line{"台面", "2000.00", nullptr}});
    QVERIFY(!orderId.isEmpty());

    // The split's collections: 30 % deposit due 3 March 17:00 Beijing time (09:00 UTC), the
    // balance due 20 March 01:00 Beijing time (19 March 17:00 UTC).
    Workflow::NewTask deposit;
    deposit.orderId = orderId;
    deposit.key = "collection:deposit";
    deposit.kind = "collection";
    deposit.title = "deposit";
    deposit.amountFen = 300000;
    deposit.dueAt = QDateTime(QDate(2026, 3, 3), QTime(9, 0), QTimeZone::utc());
    const auto depositTask = Workflow::TaskStore::create(c, deposit);
    QVERIFY2(depositTask, qPrintable(depositTask ? QString() : depositTask.error().toString()));
    Workflow::NewTask balance = deposit;
    balance.key = "collection:balance";
    balance.title = "balance";
    balance.amountFen = 700000;
    balance.dueAt = QDateTime(QDate(2026, 3, 19), QTime(17, 0), QTimeZone::utc());
    QVERIFY(Workflow::TaskStore::create(c, balance));

    auto changed = PaymentSchedule::refresh(c, orderId);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().toString()));
    QCOMPARE(changed.value(), 2);
    // Each row's id comes from the order and the stage: another desk making the same
    // schedule offline writes the same rows, which merge when they sync.
    QCOMPARE(scalar("SELECT id FROM payment_schedules WHERE stage = 'balance'"),
             PaymentSchedule::rowId(orderId, "balance"));
    QCOMPARE(PaymentSchedule::rowId(orderId, "balance"),
             QUuid::createUuidV5(QUuid(QStringLiteral("{b3e0d6a2-5c1f-4e7b-8a94-2f6d1c0e7a35}")),
                                 orderId + "/balance")
                 .toString(QUuid::WithoutBraces));
    QVERIFY(PaymentSchedule::rowId(orderId, "deposit") != PaymentSchedule::rowId(orderId,
                                                                                "balance"));
    changed = PaymentSchedule::refresh(c, orderId);
    QVERIFY(changed);
    QCOMPARE(changed.value(), 0);

    QVERIFY(ReceiptBook::record(c, receipt(orderId, ReceiptKind::Deposit, PaymentMethod::Cash,
                                           350000, "cash-001")));
    auto plan = PaymentSchedule::forOrder(c, orderId);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 2);
    QCOMPARE(plan->at(0).stage, QString("deposit"));
    QCOMPARE(plan->at(0).dueOn, QDate(2026, 3, 3));
    QCOMPARE(plan->at(0).paidFen, 300000);
    QCOMPARE(plan->at(0).outstandingFen(), 0);
    QCOMPARE(plan->at(1).stage, QString("balance"));
    QCOMPARE(plan->at(1).dueOn, QDate(2026, 3, 20));  // the site's date, not UTC's
    QCOMPARE(plan->at(1).paidFen, 50000);
    QCOMPARE(plan->at(1).outstandingFen(), 650000);
    QVERIFY(!plan->at(1).isOverdue(QDate(2026, 3, 20)));
    QVERIFY(plan->at(1).isOverdue(QDate(2026, 3, 21)));

    // The deposit task is cancelled: its instalment gets a tombstone.
    QVERIFY(Workflow::TaskStore::cancel(c, depositTask->id, QString(), "paid in full"));
    changed = PaymentSchedule::refresh(c, orderId);
    QVERIFY(changed);
    QCOMPARE(changed.value(), 1);
    plan = PaymentSchedule::forOrder(c, orderId);
    QVERIFY(plan);
    QCOMPARE(plan->size(), 1);
    QCOMPARE(plan->at(0).paidFen, 350000);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'payment_schedules'"),
             QString("3"));
}

QTEST_GUILESS_MAIN(tst_ReceiptBook)
#include "tst_receiptbook.moc"
