// The finance dashboard's figures (经营概览): each month equal to MonthClose::figures and to
// ProfitReport's month group to the fen (tiles and the 12-month trend), the receivables open at
// a month's end worked out by hand, the change against the month before, the orders losing most,
// the dealer statements still to confirm and where the close of a month stands.
#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/dashboardfigures.h"
#include "finance/dealerstatements.h"
#include "finance/monthclose.h"
#include "finance/profitreport.h"
#include "finance/receiptbook.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;

namespace {

const QString february = QStringLiteral("2026-02");
const QString march = QStringLiteral("2026-03");

Storage::Connection &db()
{
    return Storage::Database::connection();
}

bool feed(const QString &orderId, CostKind kind, qint64 fen, const char *source)
{
    CostLine l;
    l.orderId = orderId;
    l.kind = kind;
    l.amountFen = fen;
    l.sourceTable = QStringLiteral("bills");
    l.sourceId = QLatin1String(source);
    l.occurredAt = QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC);
    return CostLedger::record(db(), l).ok();
}

bool pay(const QString &orderId, ReceiptKind kind, PaymentMethod method, qint64 fen, QDate on,
         const char *key)
{
    NewReceipt r;
    r.orderId = orderId;
    r.kind = kind;
    r.method = method;
    r.amountFen = fen;
    r.receivedOn = on;
    r.idempotencyKey = QLatin1String(key);
    const auto recorded = ReceiptBook::record(db(), r);
    if (!recorded)
        qWarning("%s", qPrintable(recorded.error().toString()));
    return recorded.ok();
}

const ProfitRow *monthRow(const QList<ProfitRow> &rows, const QString &month)
{
    for (const ProfitRow &r : rows) {
        if (r.key == month)
            return &r;
    }
    return nullptr;
}

} // namespace

class tst_DashboardFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void monthsEqualTheMonthClose_data();
    void monthsEqualTheMonthClose();
    void receivablesByHand();
    void changeAgainstTheMonthBefore();
    void trendEqualsTheReports();
    void worstOrdersFirst();
    void statementsAndClose();

private:
    QTemporaryDir m_dir;
    QString m_unit;
    QString m_a, m_b, m_c, m_e, m_f, m_h, m_x;
};

// February 2026 (signed):
//   E  store, 1,000.00; cost line material 600.00
//   F  online, 2,000.00 with an imported profit of 500.00 (own cost 1,500.00); the channel
//      reported a deposit of 200.00 paid
//   H  store, 100.005 + 0.001 = 100.006 (100.01 rounded); no cost known
//   X  store, 500.00, cancelled after a deposit of 100.00 (11 Feb): left out everywhere but
//      the receipts of the month, which count money received whatever the order became
// March 2026:
//   A  dealer D-SH, 10,000.00; material 4,000.00, installation 500.00
//   B  store, 3,000.00; labour 3,500.00: loses 500.00
//   C  online, 2,000.00 with an imported profit of 800.00
// Receipts: E deposit 300.00 (10 Feb, bank) and balance 700.00 (2 Mar, cash); F balance
// 1,800.00 (28 Feb, Alipay); A deposit 3,000.00 (5 Mar, bank); B balance 3,000.00 (28 Mar,
// WeChat Pay) and refund 200.00 (30 Mar).
void tst_DashboardFigures::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("dashboard.db"))).ok());
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
    m_e = saveOrder(Channel::Store, {}, {}, QDate(2026, 2, 10), {{"柜体", "1000.00", nullptr}});
    m_f = saveOrder(Channel::Ecommerce, {}, {}, QDate(2026, 2, 20),
                    {{"书柜", "2000.00", "500.00"}}, 20000);
    m_h = saveOrder(Channel::Store, {}, {}, QDate(2026, 2, 26),
                    {{"配件", "100.005", nullptr}, {"配件", "0.001", nullptr}});
    m_x = saveOrder(Channel::Store, {}, {}, QDate(2026, 2, 11), {{"鞋柜", "500.00", nullptr}});
    m_a = saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {}, QDate(2026, 3, 5),
                    {{"柜体", "10000.00", nullptr}});
    m_b = saveOrder(Channel::Store, {}, {}, QDate(2026, 3, 12), {{"衣柜", "3000.00", nullptr}});
    m_c = saveOrder(Channel::Ecommerce, {}, {}, QDate(2026, 3, 20),
                    {{"书柜", "2000.00", "800.00"}});
    for (const QString &id : {m_a, m_b, m_c, m_e, m_f, m_h, m_x})
        QVERIFY(!id.isEmpty());

    QVERIFY(feed(m_e, CostKind::Material, 60000, "m-e"));
    QVERIFY(feed(m_a, CostKind::Material, 400000, "m-a"));
    QVERIFY(feed(m_a, CostKind::Installation, 50000, "i-a"));
    QVERIFY(feed(m_b, CostKind::Labour, 350000, "l-b"));

    using K = ReceiptKind;
    using M = PaymentMethod;
    QVERIFY(pay(m_e, K::Deposit, M::BankTransfer, 30000, QDate(2026, 2, 10), "r1"));
    QVERIFY(pay(m_x, K::Deposit, M::Cash, 10000, QDate(2026, 2, 11), "r2"));
    QVERIFY(pay(m_f, K::Balance, M::Alipay, 180000, QDate(2026, 2, 28), "r3"));
    QVERIFY(pay(m_e, K::Balance, M::Cash, 70000, QDate(2026, 3, 2), "r4"));
    QVERIFY(pay(m_a, K::Deposit, M::BankTransfer, 300000, QDate(2026, 3, 5), "r5"));
    QVERIFY(pay(m_b, K::Balance, M::WeChatPay, 300000, QDate(2026, 3, 28), "r6"));
    QVERIFY(pay(m_b, K::Refund, M::WeChatPay, 20000, QDate(2026, 3, 30), "r7"));

    Storage::Statement cancel(db().handle(),
                              "UPDATE sales_orders SET status = 'cancelled' WHERE id = ?");
    cancel.bind(1, m_x);
    QVERIFY(cancel.exec());
}

void tst_DashboardFigures::monthsEqualTheMonthClose_data()
{
    QTest::addColumn<QString>("month");
    QTest::addColumn<qint64>("revenue");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("profit");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("marginMicros");
    // February: 3,100.006 of revenue rounds to 3,100.01; profit is 3,100.006 less F's own
    // 1,500.00, rounded (1,600.01), less E's 600.00 of cost lines; received 300 + 100 + 1,800.
    QTest::newRow("february") << february << qint64(310001) << qint64(210000) << qint64(100001)
                              << qint64(220000) << qint64(322583);
    // March: 15,000.00 less C's own 1,200.00 and 8,000.00 of cost lines; received 700 + 3,000
    // + 3,000 − 200. Margin 5,800 ÷ 15,000.
    QTest::newRow("march") << march << qint64(1500000) << qint64(920000) << qint64(580000)
                           << qint64(650000) << qint64(386667);
}

void tst_DashboardFigures::monthsEqualTheMonthClose()
{
    QFETCH(QString, month);
    QFETCH(qint64, revenue);
    QFETCH(qint64, cost);
    QFETCH(qint64, profit);
    QFETCH(qint64, received);
    QFETCH(qint64, marginMicros);
    const auto m = DashboardFigures::month(db(), month);
    QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
    QCOMPARE(m->figures.revenueFen, revenue);
    QCOMPARE(m->figures.costFen, cost);
    QCOMPARE(m->figures.profitFen, profit);
    QCOMPARE(m->figures.receivedNetFen(), received);
    QVERIFY(m->margin());
    QCOMPARE(m->margin()->micros(), marginMicros);

    const auto close = MonthClose::figures(db(), month);
    QVERIFY(close);
    QCOMPARE(m->figures.toJson(), close->toJson());

    const auto rows = ProfitReport::build(db(), ProfitReport::GroupBy::Month);
    QVERIFY(rows);
    const ProfitRow *row = monthRow(*rows, month);
    QVERIFY(row);
    QCOMPARE(row->revenueFen(), revenue);
    QCOMPARE(row->costFen(), cost);
    QCOMPARE(row->profitFen(), profit);
}

void tst_DashboardFigures::receivablesByHand()
{
    // At 28 Feb: E 1,000.00 + F 2,000.00 + H 100.01, less F's reported deposit of 200.00, less
    // E's 300.00 and F's 1,800.00 received (X is cancelled: its order and its deposit are out).
    const auto feb = DashboardFigures::receivablesAt(db(), QDate(2026, 2, 28));
    QVERIFY(feb);
    QCOMPARE(*feb, qint64(80001));
    // At 31 Mar: + A 10,000.00, B 3,000.00 and C 2,000.00, less 700 + 3,000 + 3,000 − 200.
    const auto mar = DashboardFigures::receivablesAt(db(), QDate(2026, 3, 31));
    QVERIFY(mar);
    QCOMPARE(*mar, qint64(930001));
    // Before any order was signed, nothing is open.
    const auto jan = DashboardFigures::receivablesAt(db(), QDate(2026, 1, 31));
    QVERIFY(jan);
    QCOMPARE(*jan, qint64(0));

    // Every receipt is dated by 31 March: the sum of the orders' balances as ReceiptBook
    // gives them now.
    qint64 due = 0;
    for (const QString &id : {m_a, m_b, m_c, m_e, m_f, m_h}) {
        const auto balance = ReceiptBook::balance(db(), id);
        QVERIFY(balance);
        due += balance->dueFen();
    }
    QCOMPARE(due, *mar);

    const auto month = DashboardFigures::month(db(), march);
    QVERIFY(month);
    QCOMPARE(month->receivablesFen, qint64(930001));
}

void tst_DashboardFigures::changeAgainstTheMonthBefore()
{
    const auto now = DashboardFigures::month(db(), march);
    const auto before = DashboardFigures::month(db(), february);
    QVERIFY(now && before);
    QCOMPARE(now->figures.revenueFen - before->figures.revenueFen, qint64(1189999));
    QCOMPARE(now->figures.profitFen - before->figures.profitFen, qint64(479999));
    QCOMPARE(now->figures.receivedNetFen() - before->figures.receivedNetFen(), qint64(430000));
    QCOMPARE(now->receivablesFen - before->receivablesFen, qint64(850000));
    QCOMPARE(now->margin()->micros() - before->margin()->micros(), qint64(64084));

    // A month with no orders has no margin.
    const auto empty = DashboardFigures::month(db(), QStringLiteral("2026-01"));
    QVERIFY(empty);
    QCOMPARE(empty->figures.revenueFen, 0);
    QVERIFY(!empty->margin());
    QVERIFY(!DashboardFigures::month(db(), QStringLiteral("2026-3")));
}

void tst_DashboardFigures::trendEqualsTheReports()
{
    const auto trend = DashboardFigures::trend(db(), QStringLiteral("2026-04"), 12);
    QVERIFY(trend);
    QCOMPARE(trend->size(), 12);
    QCOMPARE(trend->first().month, QStringLiteral("2025-05"));
    QCOMPARE(trend->last().month, QStringLiteral("2026-04"));
    const auto rows = ProfitReport::build(db(), ProfitReport::GroupBy::Month);
    QVERIFY(rows);
    for (const MonthTrend &t : *trend) {
        const auto f = MonthClose::figures(db(), t.month);
        QVERIFY(f);
        QCOMPARE(t.revenueFen, f->revenueFen);
        QCOMPARE(t.profitFen, f->profitFen);
        const ProfitRow *row = monthRow(*rows, t.month);
        QCOMPARE(t.revenueFen, row ? row->revenueFen() : 0);
        QCOMPARE(t.profitFen, row ? row->profitFen() : 0);
    }
    QCOMPARE(trend->at(9).revenueFen, qint64(310001));
    QCOMPARE(trend->at(9).profitFen, qint64(100001));
    QCOMPARE(trend->at(10).revenueFen, qint64(1500000));
    QCOMPARE(trend->at(10).profitFen, qint64(580000));
    QCOMPARE(trend->at(11).revenueFen, qint64(0));
}

void tst_DashboardFigures::worstOrdersFirst()
{
    // E earns 40 % and A 55 %: only B (−500.00) is below the 15 % margin.
    auto worst = DashboardFigures::worstOrders(db(), 10);
    QVERIFY(worst);
    QCOMPARE(worst->size(), 1);
    QCOMPARE(worst->at(0).orderId, m_b);
    QCOMPARE(worst->at(0).profitFen(), -50000);

    // At a 50 % minimum E (400.00) joins; the larger loss stays first, and the limit holds.
    QVERIFY(MarginWatch::setMinMargin(db(), Core::Decimal::fromMicros(500'000)));
    worst = DashboardFigures::worstOrders(db(), 10);
    QVERIFY(worst);
    QCOMPARE(worst->size(), 2);
    QCOMPARE(worst->at(0).orderId, m_b);
    QCOMPARE(worst->at(1).orderId, m_e);
    worst = DashboardFigures::worstOrders(db(), 1);
    QVERIFY(worst);
    QCOMPARE(worst->size(), 1);
    QVERIFY(MarginWatch::setMinMargin(db(), Core::Decimal::fromMicros(150'000)));
}

void tst_DashboardFigures::statementsAndClose()
{
    // March: D-SH has order A and its deposit and no confirmed statement; February has no
    // dealer entries.
    auto open = DashboardFigures::unconfirmedStatements(db(), march);
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->at(0).dealerUnitId, m_unit);
    QCOMPARE(open->at(0).code, QStringLiteral("D-SH"));
    QCOMPARE(open->at(0).from, QDate(2026, 3, 1));
    QCOMPARE(open->at(0).to, QDate(2026, 3, 31));
    QVERIFY(!open->at(0).changed);
    const auto checks = MonthClose::checklist(db(), march);
    QVERIFY(checks);
    for (const MonthCheck &check : *checks) {
        if (check.kind == MonthCheck::Kind::DealerStatements)
            QCOMPARE(check.count, open->size());
    }
    QVERIFY(DashboardFigures::unconfirmedStatements(db(), february)->isEmpty());

    auto state = DashboardFigures::closeState(db(), march);
    QVERIFY(state);
    QVERIFY(!state->period.isClosed());
    QVERIFY2(state->refusal.contains(QStringLiteral("1 dealer(s) with entries")),
             qPrintable(state->refusal));
    // February's checks pass (estimate-only orders only warn): it can be closed.
    state = DashboardFigures::closeState(db(), february);
    QVERIFY(state);
    QVERIFY2(state->refusal.isEmpty(), qPrintable(state->refusal));
    QVERIFY(MonthClose::close(db(), february, QStringLiteral("lead")));
    state = DashboardFigures::closeState(db(), february);
    QVERIFY(state);
    QVERIFY(state->period.isClosed());
    QVERIFY(state->refusal.isEmpty());

    // Once the dealer confirms, March has nothing left to confirm and can close.
    const auto statement = DealerStatements::build(db(), m_unit, QDate(2026, 3, 1),
                                                   QDate(2026, 3, 31));
    QVERIFY(statement);
    QVERIFY(DealerStatements::confirm(db(), *statement, QStringLiteral("刘经理"),
                                      QDate(2026, 4, 2)));
    open = DashboardFigures::unconfirmedStatements(db(), march);
    QVERIFY(open);
    QVERIFY(open->isEmpty());
    state = DashboardFigures::closeState(db(), march);
    QVERIFY(state);
    QVERIFY2(state->refusal.isEmpty(), qPrintable(state->refusal));

    // A receipt after the confirmation changes the statement: to confirm again.
    QVERIFY(pay(m_a, ReceiptKind::Balance, PaymentMethod::Cash, 10000, QDate(2026, 3, 31), "r8"));
    open = DashboardFigures::unconfirmedStatements(db(), march);
    QVERIFY(open);
    QCOMPARE(open->size(), 1);
    QVERIFY(open->at(0).changed);

    QCOMPARE(DashboardFigures::lastEndedMonth(db(), QDate(2026, 3, 31)), february);
    QCOMPARE(DashboardFigures::lastEndedMonth(db(), QDate(2026, 1, 1)),
             QStringLiteral("2025-12"));
}

QTEST_GUILESS_MAIN(tst_DashboardFigures)
#include "tst_dashboardfigures.moc"
