// Rebates (返利) after the fact: a period settled, then an order of it cancelled or reduced,
// settles again as a claw-back (追回) of exactly what was paid too much, which the dealer's
// statement shows in the period it is recorded; and policies that count the volume without
// tax, from the net amounts of the orders' tax documents.
#include "financefixture.h"
#include "finance/dealerstatements.h"
#include "finance/rebateledger.h"
#include "finance/rebatepolicies.h"
#include "finance/taxdocumentstore.h"
#include "finance/taxpolicy.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using Orders::Channel;
using State = RebatePeriodStatus::State;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

/// Quarterly, retroactive: ≥ 20,000.00: 2 %; ≥ 50,000.00: 3 %; ≥ 100,000.00: 5 %.
RebatePolicy quarterly(const QString &code, const QString &dealerUnitId, RebatePolicy::Basis b)
{
    RebatePolicy p;
    p.code = code;
    p.name = code + QStringLiteral(" 季度返利");
    p.dealerUnitId = dealerUnitId;
    p.startsOn = QDate(2026, 1, 1);
    p.endsOn = QDate(2026, 12, 31);
    p.period = RebatePolicy::Period::Quarter;
    p.mode = RebatePolicy::Mode::Retroactive;
    p.basis = b;
    p.tiers = {{2000000, 20000}, {5000000, 30000}, {10000000, 50000}};
    return p;
}

QString dealerUnit(const char *code, const char *name)
{
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QString::fromUtf8(code);
    unit.name = QString::fromUtf8(name);
    const auto made = Workflow::OrgUnits::create(db(), unit);
    return made ? made->id : QString();
}

QString order(const char *dealer, const char *amount, QDate signedOn)
{
    return FinanceFixture::saveOrder(Channel::Dealer, QString::fromUtf8(dealer), {}, signedOn,
                                     {{"柜体", amount, nullptr}});
}

bool exec(const char *sql, const QString &id)
{
    Storage::Statement q(db().handle(), sql);
    q.bind(1, id);
    return q.exec();
}

qint64 settlementRows(const QString &policyId)
{
    Storage::Statement q(db().handle(),
                         "SELECT COUNT(*) FROM rebate_settlements WHERE policy_id = ?");
    q.bind(1, policyId);
    return q.next() ? q.int64(0) : -1;
}

bool setVatRate(qint64 micros)
{
    TaxPolicy p;
    p.rate = Core::Decimal::fromMicros(micros);
    return TaxPolicy::save(db(), p).ok();
}

} // namespace

class tst_RebateClawback : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void settledInFull();
    void cancelledOrderIsClawedBack();
    void nothingMoreToClawBack();
    void reducedOrderIsClawedBackToTheFen();
    void statementShowsTheClawBacks();
    void basisDecidesTheTier();
    void storedTaxFiguresCount();

private:
    RebatePeriodStatus q1();

    QTemporaryDir m_dir;
    QString m_unit;  // D-CB
    QString m_policyId;
    QString m_orderA;
    QString m_orderB;
    QString m_taxUnit;  // D-TX
    QString m_grossId;
    QString m_netId;
};

void tst_RebateClawback::initTestCase()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("clawback.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("finance"));
    m_unit = dealerUnit("D-CB", "成都经销商");
    QVERIFY(!m_unit.isEmpty());
    const auto saved = RebatePolicies::save(
        db(), quarterly(QStringLiteral("CB-Q"), m_unit, RebatePolicy::Basis::WithTax));
    QVERIFY(saved.ok());
    m_policyId = saved->id;
}

void tst_RebateClawback::cleanupTestCase()
{
    Storage::Database::close();
}

RebatePeriodStatus tst_RebateClawback::q1()
{
    const RebatePolicy policy = *RebatePolicies::find(db(), m_policyId);
    const auto st = RebateLedger::periodStatus(db(), m_unit, policy, QDate(2026, 2, 1));
    return st ? *st : RebatePeriodStatus();
}

// Q1: A 30,000.00 on Jan 10 and B 25,000.00 on Feb 5: 55,000.00 reaches 3 %, on all of it:
// 1,650.00, settled on Mar 31.
void tst_RebateClawback::settledInFull()
{
    m_orderA = order("D-CB", "30000.00", QDate(2026, 1, 10));
    m_orderB = order("D-CB", "25000.00", QDate(2026, 2, 5));
    QVERIFY(!m_orderA.isEmpty() && !m_orderB.isEmpty());
    QCOMPARE(q1().state(), State::Settle);
    const auto paid = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 3, 1),
                                           QDate(2026, 3, 31), QStringLiteral("cb-1"));
    QVERIFY(paid.ok());
    QCOMPARE(paid->amountFen, qint64(165000));
    const RebatePeriodStatus st = q1();
    QCOMPARE(st.settledFen, qint64(165000));
    QCOMPARE(st.settlementCount, 1);
    QCOMPARE(st.state(), State::Settled);
    QCOMPARE(RebateLedger::stateTitle(st.state()), QStringLiteral("settled"));
}

// B cancelled on Apr 3: Q1 is 30,000.00, back at 2 %: 600.00 earned, 1,650.00 paid:
// 1,050.00 to claw back, recorded on Apr 10 as a settlement of −1,050.00.
void tst_RebateClawback::cancelledOrderIsClawedBack()
{
    QVERIFY(exec("UPDATE sales_orders SET status = 'cancelled' WHERE id = ?", m_orderB));
    const RebatePeriodStatus st = q1();
    QCOMPARE(st.volumeFen, qint64(3000000));
    QCOMPARE(st.earnedFen, qint64(60000));
    QCOMPARE(st.settledFen, qint64(165000));
    QCOMPARE(st.dueFen(), qint64(-105000));
    QCOMPARE(st.state(), State::ClawBack);
    QCOMPARE(RebateLedger::stateTitle(st.state()), QStringLiteral("to claw back"));

    const auto all = RebateLedger::status(db(), m_unit, QDate(2026, 4, 10));
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);  // Q1 and Q2
    QCOMPARE(all->at(0).state(), State::ClawBack);

    const auto back = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 1, 1),
                                           QDate(2026, 4, 10), QStringLiteral("cb-2"));
    QVERIFY(back.ok());
    QVERIFY(!back->id.isEmpty());
    QCOMPARE(back->amountFen, qint64(-105000));
    QCOMPARE(back->earnedFen, qint64(60000));
    QCOMPARE(back->volumeFen, qint64(3000000));
    QCOMPARE(back->periodFrom, QDate(2026, 1, 1));
    QCOMPARE(q1().settledFen, qint64(60000));
    QCOMPARE(q1().state(), State::Settled);
}

// Settled as earned again: a third settlement writes nothing, and the claw-back entered again
// (the same key) returns what it wrote.
void tst_RebateClawback::nothingMoreToClawBack()
{
    const auto none = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 3, 31),
                                           QDate(2026, 4, 11), QStringLiteral("cb-3"));
    QVERIFY(none.ok());
    QCOMPARE(none->amountFen, qint64(0));
    QVERIFY(none->id.isEmpty());
    const auto again = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 1, 1),
                                            QDate(2026, 4, 10), QStringLiteral("cb-2"));
    QVERIFY(again.ok());
    QCOMPARE(again->amountFen, qint64(-105000));
    QCOMPARE(settlementRows(m_policyId), qint64(2));
}

// A reduced to 24,321.07: 2 % = 486.4214, 486.42 earned; 600.00 paid: −113.58 on Apr 20.
void tst_RebateClawback::reducedOrderIsClawedBackToTheFen()
{
    QVERIFY(exec("UPDATE sales_orders SET total_micros = 24321070000 WHERE id = ?", m_orderA));
    const RebatePeriodStatus st = q1();
    QCOMPARE(st.volumeFen, qint64(2432107));
    QCOMPARE(st.earnedFen, qint64(48642));
    QCOMPARE(st.dueFen(), qint64(-11358));
    const auto back = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 2, 2),
                                           QDate(2026, 4, 20), QStringLiteral("cb-4"));
    QVERIFY(back.ok());
    QCOMPARE(back->amountFen, qint64(-11358));
    // 1,650.00 − 1,050.00 − 113.58 = 486.42: what Q1 earns.
    QCOMPARE(q1().settledFen, qint64(48642));
    QCOMPARE(q1().dueFen(), qint64(0));
    QCOMPARE(settlementRows(m_policyId), qint64(3));
}

// Q1: the order A of 24,321.07 (B cancelled), the rebate of 1,650.00 on Mar 31: closes at
// 22,671.07. Q2 opens there; an order of 10,000.00 on Apr 2, the claw-backs of 1,050.00 on
// Apr 10 and 113.58 on Apr 20 add to what the dealer owes: rebates −1,163.58, closing
// 22,671.07 + 10,000.00 + 1,163.58 = 33,834.65.
void tst_RebateClawback::statementShowsTheClawBacks()
{
    QVERIFY(!order("D-CB", "10000.00", QDate(2026, 4, 2)).isEmpty());
    const auto s1 = DealerStatements::build(db(), m_unit, QDate(2026, 1, 1), QDate(2026, 3, 31));
    QVERIFY(s1.ok());
    QCOMPARE(s1->ordersFen, qint64(2432107));
    QCOMPARE(s1->rebatesFen, qint64(165000));
    QCOMPARE(s1->closingFen, qint64(2267107));

    const auto s2 = DealerStatements::build(db(), m_unit, QDate(2026, 4, 1), QDate(2026, 6, 30));
    QVERIFY(s2.ok());
    QCOMPARE(s2->openingFen, qint64(2267107));
    QCOMPARE(s2->ordersFen, qint64(1000000));
    QCOMPARE(s2->paymentsFen, qint64(0));
    QCOMPARE(s2->rebatesFen, qint64(-116358));
    QCOMPARE(s2->closingFen, qint64(3383465));
    QCOMPARE(s2->entries.size(), 3);
    const StatementEntry &first = s2->entries.at(1);
    QCOMPARE(first.on, QDate(2026, 4, 10));
    QCOMPARE(first.kind, StatementEntry::Kind::Rebate);
    QCOMPARE(first.amountFen, qint64(105000));
    QCOMPARE(first.balanceFen, qint64(3372107));
    QCOMPARE(first.reference, QStringLiteral("CB-Q"));
    QCOMPARE(DealerStatements::entryTitle(first), QStringLiteral("Rebate claw-back"));
    QCOMPARE(s2->entries.at(2).amountFen, qint64(11358));
    QCOMPARE(s2->entries.at(2).balanceFen, qint64(3383465));
}

// Q3 for D-TX: X of 55,370.00 on Jul 8, invoiced at the company's 13 % (prices with tax):
// tax 55,370.00 × 13 ÷ 113 = 6,370.00, net 49,000.00. With tax it reaches 3 %: 1,661.10;
// without, it stays at 2 %: 980.00, 1,000.00 short of the 3 % tier.
void tst_RebateClawback::basisDecidesTheTier()
{
    m_taxUnit = dealerUnit("D-TX", "杭州经销商");
    QVERIFY(!m_taxUnit.isEmpty());
    const auto gross = RebatePolicies::save(
        db(), quarterly(QStringLiteral("TX-GROSS"), m_taxUnit, RebatePolicy::Basis::WithTax));
    const auto net = RebatePolicies::save(
        db(), quarterly(QStringLiteral("TX-NET"), m_taxUnit, RebatePolicy::Basis::WithoutTax));
    QVERIFY(gross.ok() && net.ok());
    m_grossId = gross->id;
    m_netId = net->id;
    QCOMPARE(RebatePolicies::find(db(), m_netId)->basis, RebatePolicy::Basis::WithoutTax);
    QCOMPARE(RebatePolicies::find(db(), m_grossId)->basis, RebatePolicy::Basis::WithTax);

    const QString x = order("D-TX", "55370.00", QDate(2026, 7, 8));
    QVERIFY(!x.isEmpty());
    const auto invoice = TaxDocumentStore::issue(db(), x, QStringLiteral("invoice"));
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->netFen, qint64(4900000));

    const auto withTax = RebateLedger::periodStatus(db(), m_taxUnit, *gross, QDate(2026, 7, 8));
    QVERIFY(withTax.ok());
    QCOMPARE(withTax->volumeFen, qint64(5537000));
    QCOMPARE(withTax->rateMicros, qint64(30000));
    QCOMPARE(withTax->earnedFen, qint64(166110));

    const auto withoutTax = RebateLedger::periodStatus(db(), m_taxUnit, *net, QDate(2026, 7, 8));
    QVERIFY(withoutTax.ok());
    QCOMPARE(withoutTax->volumeFen, qint64(4900000));
    QCOMPARE(withoutTax->rateMicros, qint64(20000));
    QCOMPARE(withoutTax->earnedFen, qint64(98000));
    QCOMPARE(withoutTax->toNextTierFen(), qint64(100000));
}

// Q4: Y of 54,500.00 on Oct 9 invoiced while the company's VAT was 9 %: tax 4,500.00, net
// 50,000.00 (at 13 % it would be 48,230.09, below the tier); the company back at 13 %, Z of
// 11,300.00 on Oct 20 has no document: net 10,000.00 under the current rate. Without tax:
// 60,000.00 at 3 % = 1,800.00; with tax: 65,800.00 at 3 % = 1,974.00.
void tst_RebateClawback::storedTaxFiguresCount()
{
    const QString y = order("D-TX", "54500.00", QDate(2026, 10, 9));
    QVERIFY(!y.isEmpty());
    QVERIFY(setVatRate(90000));
    const auto invoice = TaxDocumentStore::issue(db(), y, QStringLiteral("invoice"));
    QVERIFY(invoice.ok());
    QCOMPARE(invoice->taxFen, qint64(450000));
    QVERIFY(setVatRate(130000));
    QVERIFY(!order("D-TX", "11300.00", QDate(2026, 10, 20)).isEmpty());

    const auto net = RebateLedger::periodStatus(db(), m_taxUnit,
                                                *RebatePolicies::find(db(), m_netId),
                                                QDate(2026, 10, 31));
    QVERIFY(net.ok());
    QCOMPARE(net->volumeFen, qint64(6000000));
    QCOMPARE(net->earnedFen, qint64(180000));
    const auto gross = RebateLedger::periodStatus(db(), m_taxUnit,
                                                  *RebatePolicies::find(db(), m_grossId),
                                                  QDate(2026, 10, 31));
    QVERIFY(gross.ok());
    QCOMPARE(gross->volumeFen, qint64(6580000));
    QCOMPARE(gross->earnedFen, qint64(197400));
}

QTEST_GUILESS_MAIN(tst_RebateClawback)
#include "tst_rebateclawback.moc"
