// Month close (月结): the checks before closing March 2026, its figures against the profit and
// cost reports to the fen, the refusals (month not ended, a blocking check, an earlier month
// still open), a closed month refusing receipts and tax documents, a receipt pulled by sync
// after the close showing as a change, and reopening with a reason.
#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/costreport.h"
#include "finance/dealerstatements.h"
#include "finance/monthclose.h"
#include "finance/profitreport.h"
#include "finance/receiptbook.h"
#include "finance/taxdocumentstore.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using Status = MonthCheck::Status;
using Kind = MonthCheck::Kind;

namespace {

const QString march = QStringLiteral("2026-03");

Storage::Connection &db()
{
    return Storage::Database::connection();
}

Core::Status feed(const QString &orderId, CostKind kind, qint64 fen, const char *source,
                  const char *atUtc)
{
    CostLine l;
    l.orderId = orderId;
    l.kind = kind;
    l.amountFen = fen;
    l.sourceTable = QStringLiteral("bills");
    l.sourceId = QLatin1String(source);
    l.occurredAt = QDateTime::fromString(QLatin1String(atUtc), Qt::ISODate);
    return CostLedger::record(db(), l);
}

Core::Result<RecordOutcome> pay(const QString &orderId, ReceiptKind kind, PaymentMethod method,
                                qint64 fen, QDate on, const char *key)
{
    NewReceipt r;
    r.orderId = orderId;
    r.kind = kind;
    r.method = method;
    r.amountFen = fen;
    r.receivedOn = on;
    r.idempotencyKey = QLatin1String(key);
    return ReceiptBook::record(db(), r);
}

MonthCheck checkOf(const QList<MonthCheck> &checks, Kind kind)
{
    for (const MonthCheck &c : checks) {
        if (c.kind == kind)
            return c;
    }
    return {};
}

qint64 differenceOf(const QList<FigureChange> &changes, const QString &key)
{
    for (const FigureChange &c : changes) {
        if (c.key == key)
            return c.difference();
    }
    return -999'999;
}

} // namespace

class tst_MonthClose : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checklist();
    void figuresAgreeWithTheReports();
    void refusedBeforeTheMonthEnds();
    void refusedWhileABlockingCheckFails();
    void closeStoresTheSnapshot();
    void refusedWithAnEarlierMonthOpen();
    void closedMonthRefusesReceipts();
    void pulledReceiptShowsAsAChange();
    void reopenNeedsAReason();
    void closedMonthRefusesTaxDocuments();

private:
    QTemporaryDir m_dir;
    QString m_unit;
    QString m_a, m_b, m_c, m_d;
};

// March 2026 (signed):
//   A  dealer D-SH, 10,000.00; cost lines material 4,000.00 and installation 500.00
//   B  store,        3,000.00; cost line labour 3,500.00: loses 500.00
//   C  online,       2,000.00 with an imported profit of 800.00 (own cost 1,200.00); no lines
//   D  store,        1,500.00; no cost lines, no profit known
// Receipts in March: A deposit 3,000.00 by bank transfer (5th), B balance 3,000.00 by WeChat
// Pay (28th), B refund 200.00 by WeChat Pay (30th).
// E signed 10 Feb (1,000.00) and F signed 8 Apr (800.00) are activity in the months around.
// Revenue 16,500.00; cost 4,500.00 + 3,500.00 + 1,200.00 = 9,200.00; profit 7,300.00.
void tst_MonthClose::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("monthclose.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("cashier"));
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QStringLiteral("D-SH");
    unit.name = QStringLiteral("D-SH 家居");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    QVERIFY(made);
    m_unit = made->id;

    using Orders::Channel;
    using FinanceFixture::saveOrder;
    m_a = saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {}, QDate(2026, 3, 5),
                    {{"柜体", "10000.00", nullptr}});
    m_b = saveOrder(Channel::Store, {}, {}, QDate(2026, 3, 12), {{"衣柜", "3000.00", nullptr}});
    m_c = saveOrder(Channel::Ecommerce, {}, {}, QDate(2026, 3, 20),
                    {{"书柜", "2000.00", "800.00"}});
    m_d = saveOrder(Channel::Store, {}, {}, QDate(2026, 3, 25), {{"鞋柜", "1500.00", nullptr}});
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && !m_c.isEmpty() && !m_d.isEmpty());
    QVERIFY(!saveOrder(Channel::Store, {}, {}, QDate(2026, 2, 10), {{"柜体", "1000.00", nullptr}})
                 .isEmpty());
    QVERIFY(!saveOrder(Channel::Store, {}, {}, QDate(2026, 4, 8), {{"柜体", "800.00", nullptr}})
                 .isEmpty());

    QVERIFY(feed(m_a, CostKind::Material, 400000, "m-a", "2026-03-10T02:00:00Z"));
    QVERIFY(feed(m_a, CostKind::Installation, 50000, "i-a", "2026-03-20T02:00:00Z"));
    QVERIFY(feed(m_b, CostKind::Labour, 350000, "l-b", "2026-03-15T02:00:00Z"));

    QVERIFY(pay(m_a, ReceiptKind::Deposit, PaymentMethod::BankTransfer, 300000,
                QDate(2026, 3, 5), "r1"));
    QVERIFY(pay(m_b, ReceiptKind::Balance, PaymentMethod::WeChatPay, 300000, QDate(2026, 3, 28),
                "r2"));
    QVERIFY(pay(m_b, ReceiptKind::Refund, PaymentMethod::WeChatPay, 20000, QDate(2026, 3, 30),
                "r3"));
}

void tst_MonthClose::checklist()
{
    const auto checks = MonthClose::checklist(db(), march);
    QVERIFY2(checks, qPrintable(checks ? QString() : checks.error().toString()));
    QCOMPARE(checks->size(), 6);

    const MonthCheck pending = checkOf(*checks, Kind::PendingCosts);
    QCOMPARE(pending.status, Status::Ok);
    QCOMPARE(pending.count, 0);

    // C and D have revenue and no cost lines.
    const MonthCheck estimate = checkOf(*checks, Kind::EstimateOnly);
    QCOMPARE(estimate.status, Status::Warning);
    QCOMPARE(estimate.count, 2);
    QCOMPARE(estimate.items.size(), 2);
    QCOMPARE(estimate.items.at(0).orderId, m_c);
    QCOMPARE(estimate.items.at(0).amountFen, 200000);
    QCOMPARE(estimate.items.at(1).orderId, m_d);
    QCOMPARE(estimate.items.at(1).amountFen, 150000);

    const MonthCheck receipts = checkOf(*checks, Kind::Receipts);
    QCOMPARE(receipts.status, Status::Ok);
    QCOMPARE(receipts.count, 3);
    QCOMPARE(receipts.items.at(2).orderId, m_b);
    QCOMPARE(receipts.items.at(2).amountFen, -20000);
    QVERIFY2(receipts.text.contains(QStringLiteral("¥5800.00")), qPrintable(receipts.text));
    QVERIFY2(receipts.text.contains(QStringLiteral("WeChat Pay ¥2800.00")),
             qPrintable(receipts.text));
    QVERIFY2(receipts.text.contains(QStringLiteral("Refund ¥200.00")), qPrintable(receipts.text));

    // D-SH: order A and its deposit in March, no statement confirmed.
    const MonthCheck dealers = checkOf(*checks, Kind::DealerStatements);
    QCOMPARE(dealers.status, Status::Blocking);
    QCOMPARE(dealers.count, 1);
    QCOMPARE(dealers.items.size(), 1);
    QCOMPARE(dealers.items.at(0).orderId, m_a);
    QVERIFY(dealers.items.at(0).text.contains(QStringLiteral("D-SH")));

    const MonthCheck rebates = checkOf(*checks, Kind::Rebates);
    QCOMPARE(rebates.status, Status::Ok);
    QCOMPARE(rebates.count, 0);

    // B: 3,000.00 against 3,500.00.
    const MonthCheck losing = checkOf(*checks, Kind::LosingOrders);
    QCOMPARE(losing.status, Status::Warning);
    QCOMPARE(losing.count, 1);
    QCOMPARE(losing.items.at(0).orderId, m_b);
    QCOMPARE(losing.items.at(0).amountFen, -50000);
}

void tst_MonthClose::figuresAgreeWithTheReports()
{
    const auto f = MonthClose::figures(db(), march);
    QVERIFY(f);
    QCOMPARE(f->orders, 4);
    QCOMPARE(f->revenueFen, 1650000);
    QCOMPARE(f->costFen, 920000);
    QCOMPARE(f->profitFen, 730000);
    QCOMPARE(f->ledgerCostFen, 800000);
    QCOMPARE(f->lineCostFen(), 120000);
    QCOMPARE(f->costByTypeFen[size_t(CostType::Material)], 400000);
    QCOMPARE(f->costByTypeFen[size_t(CostType::Installation)], 50000);
    QCOMPARE(f->costByTypeFen[size_t(CostType::Labour)], 350000);
    QCOMPARE(f->receipts, 3);
    QCOMPARE(f->receivedByMethodFen[size_t(PaymentMethod::BankTransfer)], 300000);
    QCOMPARE(f->receivedByMethodFen[size_t(PaymentMethod::WeChatPay)], 280000);
    QCOMPARE(f->receivedByMethodFen[size_t(PaymentMethod::Cash)], 0);
    QCOMPARE(f->receivedByKindFen[size_t(ReceiptKind::Deposit)], 300000);
    QCOMPARE(f->receivedByKindFen[size_t(ReceiptKind::Balance)], 300000);
    QCOMPARE(f->receivedByKindFen[size_t(ReceiptKind::Refund)], 20000);
    QCOMPARE(f->receivedNetFen(), 580000);

    // The same month in `hearthctl profit --by month`...
    const auto rows = ProfitReport::build(db(), ProfitReport::GroupBy::Month);
    QVERIFY(rows);
    bool found = false;
    for (const ProfitRow &r : *rows) {
        if (r.key != march)
            continue;
        found = true;
        QCOMPARE(r.revenueFen(), f->revenueFen);
        QCOMPARE(r.costFen(), f->costFen);
        QCOMPARE(r.profitFen(), f->profitFen);
        QCOMPARE(r.orders, f->orders);
        QCOMPARE(r.ledgerCostFen, f->ledgerCostFen);
    }
    QVERIFY(found);
    // ... and in `hearthctl costs --from 2026-03-01 --to 2026-03-31` (every cost line of the
    // month's orders arose in March).
    const auto costs = CostReport::build(db(), CostDimension::Channel, QDate(2026, 3, 1),
                                         QDate(2026, 3, 31));
    QVERIFY(costs);
    const CostGroup total = costs->total();
    for (int t = 0; t < CostTypeCount; ++t)
        QCOMPARE(f->costByTypeFen[size_t(t)], total.of(CostType(t)));
    QCOMPARE(total.total(), f->ledgerCostFen);
}

void tst_MonthClose::refusedBeforeTheMonthEnds()
{
    const auto april = MonthClose::close(db(), QStringLiteral("2026-04"), QStringLiteral("lead"),
                                         QDate(2026, 4, 30));
    QVERIFY(!april);
    QVERIFY2(april.error().message.contains(QStringLiteral("2026-04 has not ended yet")),
             qPrintable(april.error().message));
    QVERIFY2(april.error().message.contains(QStringLiteral("2026-05-01")),
             qPrintable(april.error().message));

    const QDate today = QDateTime::currentDateTimeUtc()
                            .toTimeZone(CostLedger::siteZone(db()))
                            .date();
    const auto current = MonthClose::close(db(), MonthClose::monthOf(today),
                                           QStringLiteral("lead"));
    QVERIFY(!current);
    QVERIFY(current.error().message.contains(QStringLiteral("has not ended yet")));
    QVERIFY(!MonthClose::close(db(), QStringLiteral("2026-3"), QStringLiteral("lead")));
}

void tst_MonthClose::refusedWhileABlockingCheckFails()
{
    const auto refused = MonthClose::close(db(), march, QStringLiteral("lead"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("1 dealer(s) with entries in the month have no confirmed")),
             qPrintable(refused.error().message));
    QCOMPARE(MonthClose::period(db(), march)->status, FinancePeriod::Status::Open);
    QVERIFY(!MonthClose::closedPeriodOn(db(), QDate(2026, 3, 31)));
}

void tst_MonthClose::closeStoresTheSnapshot()
{
    // The dealer confirms March; February stays open, which the first close ever allows.
    const auto statement = DealerStatements::build(db(), m_unit, QDate(2026, 3, 1),
                                                   QDate(2026, 3, 31));
    QVERIFY(statement);
    QVERIFY(DealerStatements::confirm(db(), *statement, QStringLiteral("刘经理"),
                                      QDate(2026, 4, 2)));
    const auto checks = MonthClose::checklist(db(), march);
    QVERIFY(checks);
    QCOMPARE(checkOf(*checks, Kind::DealerStatements).status, Status::Ok);

    const auto closed = MonthClose::close(db(), march, QStringLiteral("finance-lead"));
    QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().toString()));
    QCOMPARE(closed->status, FinancePeriod::Status::Closed);
    QCOMPARE(closed->id, MonthClose::periodId(march));
    const auto stored = MonthClose::period(db(), march);
    QVERIFY(stored);
    QVERIFY(stored->isClosed());
    QCOMPARE(stored->closedBy, QStringLiteral("finance-lead"));
    QCOMPARE(stored->snapshot.revenueFen, 1650000);
    QCOMPARE(stored->snapshot.profitFen, 730000);
    QCOMPARE(stored->snapshot.receivedByMethodFen[size_t(PaymentMethod::WeChatPay)], 280000);
    // The close is in the outbox and the audit trail.
    Storage::Statement outbox(db().handle(), "SELECT COUNT(*) FROM outbox WHERE table_name = ? "
                                             "AND row_id = ?");
    outbox.bind(1, QStringLiteral("finance_periods")).bind(2, closed->id);
    QVERIFY(outbox.next());
    QCOMPARE(outbox.int64(0), 1);

    const auto again = MonthClose::close(db(), march, QStringLiteral("finance-lead"));
    QVERIFY(!again);
    QVERIFY(again.error().message.contains(QStringLiteral("already closed")));
}

void tst_MonthClose::refusedWithAnEarlierMonthOpen()
{
    // April has order F and is open: May waits for it.
    const auto may = MonthClose::close(db(), QStringLiteral("2026-05"), QStringLiteral("lead"));
    QVERIFY(!may);
    QVERIFY2(may.error().message.contains(QStringLiteral("close 2026-04 first")),
             qPrintable(may.error().message));
}

void tst_MonthClose::closedMonthRefusesReceipts()
{
    const auto refused = pay(m_d, ReceiptKind::Balance, PaymentMethod::Cash, 50000,
                             QDate(2026, 3, 31), "r4");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("2026-03 is closed (by finance-lead on ")),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.contains(QStringLiteral("received on 2026-03-31")));
    // April is open.
    QVERIFY(pay(m_d, ReceiptKind::Balance, PaymentMethod::Cash, 10000, QDate(2026, 4, 1), "r5"));
    // A repeated receipt of March writes nothing new and is not refused.
    QVERIFY(pay(m_a, ReceiptKind::Deposit, PaymentMethod::BankTransfer, 300000,
                QDate(2026, 3, 5), "r1"));
}

void tst_MonthClose::pulledReceiptShowsAsAChange()
{
    // A receipt an offline desk recorded on 31 March, pulled after the close: sync writes it
    // as it comes.
    Storage::Statement pulled(db().handle(),
                              "INSERT INTO receipts(id, revision, hlc, order_id, kind, method, "
                              "amount_fen, received_on, idempotency_key, recorded_by, "
                              "recorded_at) VALUES ('pulled-1', 41, 'h', ?, 'balance', "
                              "'alipay', 100000, '2026-03-31', 'desk-b-1', 'cashier2', "
                              "'2026-03-31T09:00:00.000Z')");
    pulled.bind(1, m_d);
    QVERIFY(pulled.exec());

    const auto changes = MonthClose::changesSinceClose(db(), march);
    QVERIFY(changes);
    QCOMPARE(differenceOf(*changes, QStringLiteral("received.alipay")), 100000);
    QCOMPARE(differenceOf(*changes, QStringLiteral("received.balance")), 100000);
    QCOMPARE(differenceOf(*changes, QStringLiteral("received")), 100000);
    QCOMPARE(differenceOf(*changes, QStringLiteral("receipts")), 1);
    int changed = 0;
    for (const FigureChange &c : *changes)
        changed += c.difference() != 0 ? 1 : 0;
    QCOMPARE(changed, 4);
    QVERIFY(!MonthClose::changesSinceClose(db(), QStringLiteral("2026-02")));
}

void tst_MonthClose::reopenNeedsAReason()
{
    const auto noReason = MonthClose::reopen(db(), march, QStringLiteral("finance-lead"),
                                             QStringLiteral("  "));
    QVERIFY(!noReason);
    QVERIFY(noReason.error().message.contains(QStringLiteral("say why 2026-03 is reopened")));
    QVERIFY(MonthClose::period(db(), march)->isClosed());

    const auto reopened = MonthClose::reopen(db(), march, QStringLiteral("finance-lead"),
                                             QStringLiteral("离线收款补录"));
    QVERIFY(reopened);
    const auto stored = MonthClose::period(db(), march);
    QCOMPARE(stored->status, FinancePeriod::Status::Reopened);
    QCOMPARE(stored->reopenReason, QStringLiteral("离线收款补录"));
    QVERIFY(!MonthClose::reopen(db(), march, QStringLiteral("finance-lead"),
                                QStringLiteral("again")));

    // The receipt refused before is taken now, and March closes again with a new snapshot.
    QVERIFY(pay(m_d, ReceiptKind::Balance, PaymentMethod::Cash, 50000, QDate(2026, 3, 31),
                "r4"));
    const auto closed = MonthClose::close(db(), march, QStringLiteral("finance-lead"));
    QVERIFY2(closed, qPrintable(closed ? QString() : closed.error().toString()));
    QCOMPARE(closed->snapshot.receivedNetFen(), 580000 + 100000 + 50000);
    const auto changes = MonthClose::changesSinceClose(db(), march);
    QVERIFY(changes);
    for (const FigureChange &c : *changes)
        QCOMPARE(c.difference(), 0);
}

void tst_MonthClose::closedMonthRefusesTaxDocuments()
{
    // This month can only be closed on a desk whose clock ran ahead; its row arrives by sync.
    const QDate today = QDateTime::currentDateTimeUtc()
                            .toTimeZone(CostLedger::siteZone(db()))
                            .date();
    const QString month = MonthClose::monthOf(today);
    Storage::Statement row(db().handle(),
                           "INSERT INTO finance_periods(id, hlc, month, status, closed_at, "
                           "closed_by, snapshot, created_at, updated_at) VALUES (?, 'h', ?, "
                           "'closed', '2026-01-01T00:00:00.000Z', 'desk-b', '{}', "
                           "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
    row.bind(1, MonthClose::periodId(month)).bind(2, month);
    QVERIFY(row.exec());
    const auto refused = TaxDocumentStore::issue(db(), m_c, QStringLiteral("invoice"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(month + QStringLiteral(" is closed (by desk-b")),
             qPrintable(refused.error().message));
    QVERIFY(TaxDocumentStore::forOrder(db(), m_c)->isEmpty());
}

QTEST_GUILESS_MAIN(tst_MonthClose)
#include "tst_monthclose.moc"
