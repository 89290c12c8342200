// Rebates (返利) by volume tiers: retroactive tiers (back to the first fen) and marginal ones,
// periods of a policy, progress to the next tier, and settlements that pay only what was not
// paid before, with the statements that show them.
#include "financefixture.h"
#include "finance/dealerstatements.h"
#include "finance/rebateledger.h"
#include "finance/rebatepolicies.h"
#include "storage/database.h"
#include "workflow/orgunits.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using Orders::Channel;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

/// ≥ 20,000.00: 2 %; ≥ 50,000.00: 3 %; ≥ 100,000.00: 5 %.
RebatePolicy quarterly(RebatePolicy::Mode mode)
{
    RebatePolicy p;
    p.code = QStringLiteral("Q-2026");
    p.name = QStringLiteral("2026 季度返利");
    p.startsOn = QDate(2026, 1, 1);
    p.endsOn = QDate(2026, 12, 31);
    p.period = RebatePolicy::Period::Quarter;
    p.mode = mode;
    p.tiers = {{2000000, 20000}, {5000000, 30000}, {10000000, 50000}};
    return p;
}

QString order(const char *amount, QDate signedOn)
{
    return FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-GZ"), {}, signedOn,
                                     {{"柜体", amount, nullptr}});
}

qint64 rowCount(const char *table)
{
    Storage::Statement q(db().handle(), table);
    return q.next() ? q.int64(0) : -1;
}

} // namespace

class tst_Rebate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void earned_data();
    void earned();
    void periods_data();
    void periods();
    void policyRefused_data();
    void policyRefused();
    void firstSettlement();
    void secondSettlementPaysTheDifference();
    void nothingMoreToSettle();
    void nextPeriodStandsAlone();
    void statusListsEveryPolicyPeriod();
    void statementsShowEachSettlement();
    void settledPolicyKeepsItsTerms_data();
    void settledPolicyKeepsItsTerms();
    void settledPolicyIsEnded();

private:
    QTemporaryDir m_dir;
    QString m_unit;  // D-GZ
    QString m_policyId;
};

void tst_Rebate::initTestCase()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("rebate.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("finance"));
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QStringLiteral("D-GZ");
    unit.name = QStringLiteral("广州经销商");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    QVERIFY(made.ok());
    m_unit = made->id;
    const auto saved = RebatePolicies::save(db(), quarterly(RebatePolicy::Mode::Retroactive));
    QVERIFY(saved.ok());
    m_policyId = saved->id;
    QCOMPARE(RebatePolicies::findByCode(db(), QStringLiteral("Q-2026"))->tiers.size(), 3);
}

void tst_Rebate::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_Rebate::earned_data()
{
    QTest::addColumn<bool>("retroactive");
    QTest::addColumn<qint64>("volume");
    QTest::addColumn<qint64>("earned");
    QTest::newRow("retroactive, below the first tier") << true << qint64(1999999) << qint64(0);
    QTest::newRow("retroactive, at 20,000.00: 2 %") << true << qint64(2000000) << qint64(40000);
    // 49,999.99 × 2 % = 999.9998, rounded to 1,000.00
    QTest::newRow("retroactive, just below 50,000.00") << true << qint64(4999999)
                                                       << qint64(100000);
    // the whole 50,000.00 at 3 %, back to the first fen
    QTest::newRow("retroactive, at 50,000.00: 3 % on all") << true << qint64(5000000)
                                                            << qint64(150000);
    // 123,456.78 × 5 % = 6,172.839 → 6,172.84
    QTest::newRow("retroactive, top tier") << true << qint64(12345678) << qint64(617284);
    QTest::newRow("marginal, below the first tier") << false << qint64(1999999) << qint64(0);
    // (49,999.99 − 20,000.00) × 2 % = 599.9998 → 600.00
    QTest::newRow("marginal, just below 50,000.00") << false << qint64(4999999) << qint64(60000);
    QTest::newRow("marginal, at 50,000.00") << false << qint64(5000000) << qint64(60000);
    // 30,000.00 × 2 % + 50,000.00 × 3 % + 23,456.78 × 5 % = 600 + 1,500 + 1,172.839
    // = 3,272.839 → 3,272.84 (rounded once, not per band)
    QTest::newRow("marginal, top tier") << false << qint64(12345678) << qint64(327284);
    QTest::newRow("no volume") << true << qint64(0) << qint64(0);
}

void tst_Rebate::earned()
{
    QFETCH(bool, retroactive);
    QFETCH(qint64, volume);
    QFETCH(qint64, earned);
    const RebatePolicy p = quarterly(retroactive ? RebatePolicy::Mode::Retroactive
                                                 : RebatePolicy::Mode::Marginal);
    QCOMPARE(p.earnedFen(volume), earned);
}

void tst_Rebate::periods_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<QDate>("starts");
    QTest::addColumn<QDate>("ends");
    QTest::addColumn<QString>("expected");
    QTest::newRow("quarters of a year")
        << int(RebatePolicy::Period::Quarter) << QDate(2026, 1, 1) << QDate(2026, 12, 31)
        << "2026-01-01..2026-03-31 2026-04-01..2026-06-30 2026-07-01..2026-09-30 "
           "2026-10-01..2026-12-31";
    QTest::newRow("months cut short at the end")
        << int(RebatePolicy::Period::Month) << QDate(2026, 1, 31) << QDate(2026, 3, 15)
        << "2026-01-31..2026-02-27 2026-02-28..2026-03-15";
    QTest::newRow("whole") << int(RebatePolicy::Period::Whole) << QDate(2026, 2, 1)
                           << QDate(2026, 7, 31) << "2026-02-01..2026-07-31";
}

void tst_Rebate::periods()
{
    QFETCH(int, period);
    QFETCH(QDate, starts);
    QFETCH(QDate, ends);
    QFETCH(QString, expected);
    RebatePolicy p = quarterly(RebatePolicy::Mode::Retroactive);
    p.period = RebatePolicy::Period(period);
    p.startsOn = starts;
    p.endsOn = ends;
    QStringList got;
    for (const auto &[from, to] : p.periods())
        got.append(from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate));
    QCOMPARE(got.join(QLatin1Char(' ')), expected);
}

void tst_Rebate::policyRefused_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("no code") << 0 << "Code: every rebate policy needs a code.";
    QTest::newRow("ends before it starts")
        << 1 << "End date: 2025-12-31 is before the start date 2026-01-01.";
    QTest::newRow("no tiers") << 2 << "Tiers: the policy BAD has no tiers; add at least one.";
    QTest::newRow("tiers out of order")
        << 3 << "Tier 2: the threshold 20,000.00 is not above 50,000.00 of tier 1; "
                "thresholds must ascend.";
    QTest::newRow("rate of 100 %")
        << 4 << "Tier 1: the rate 100 % is too high; a rate must be below 100 %.";
    QTest::newRow("code of another policy")
        << 5 << "Code: Q-2026 is already the code of the policy “2026 季度返利”.";
}

void tst_Rebate::policyRefused()
{
    QFETCH(int, fault);
    QFETCH(QString, message);
    RebatePolicy p = quarterly(RebatePolicy::Mode::Marginal);
    p.code = QStringLiteral("BAD");
    switch (fault) {
    case 0:
        p.code = QStringLiteral(" ");
        break;
    case 1:
        p.endsOn = p.startsOn.addDays(-1);
        break;
    case 2:
        p.tiers.clear();
        break;
    case 3:
        p.tiers = {{5000000, 30000}, {2000000, 20000}};
        break;
    case 4:
        p.tiers = {{0, 1000000}};
        break;
    default:
        p.code = QStringLiteral("Q-2026");
        break;
    }
    const auto saved = RebatePolicies::save(db(), p);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, message);
    QVERIFY(!RebatePolicies::findByCode(db(), QStringLiteral("BAD")));
    QCOMPARE(RebatePolicies::findByCode(db(), QStringLiteral("Q-2026"))->id, m_policyId);
}

// Q1: 15,000.00 on Jan 10 and 10,000.00 on Feb 20 (and 40,000.00 cancelled): 25,000.00 at 2 %
// = 500.00, settled on Mar 1; 25,000.00 more to the 3 % tier.
void tst_Rebate::firstSettlement()
{
    QVERIFY(!order("15000.00", QDate(2026, 1, 10)).isEmpty());
    QVERIFY(!order("10000.00", QDate(2026, 2, 20)).isEmpty());
    const QString cancelled = order("40000.00", QDate(2026, 2, 21));
    Storage::Statement cancel(db().handle(),
                              "UPDATE sales_orders SET status = 'cancelled' WHERE id = ?");
    cancel.bind(1, cancelled);
    QVERIFY(cancel.exec());

    const RebatePolicy policy = *RebatePolicies::find(db(), m_policyId);
    const auto st = RebateLedger::periodStatus(db(), m_unit, policy, QDate(2026, 2, 28));
    QVERIFY(st.ok());
    QCOMPARE(st->from, QDate(2026, 1, 1));
    QCOMPARE(st->to, QDate(2026, 3, 31));
    QCOMPARE(st->volumeFen, qint64(2500000));
    QCOMPARE(st->earnedFen, qint64(50000));
    QCOMPARE(st->rateMicros, qint64(20000));
    QVERIFY(st->hasNextTier);
    QCOMPARE(st->nextThresholdFen, qint64(5000000));
    QCOMPARE(st->nextRateMicros, qint64(30000));
    QCOMPARE(st->toNextTierFen(), qint64(2500000));

    const auto paid = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 2, 28),
                                           QDate(2026, 3, 1), QStringLiteral("Q1-first"));
    QVERIFY(paid.ok());
    QCOMPARE(paid->amountFen, qint64(50000));
    QCOMPARE(paid->earnedFen, qint64(50000));
    QCOMPARE(paid->periodFrom, QDate(2026, 1, 1));
    QCOMPARE(rowCount("SELECT COUNT(*) FROM outbox WHERE table_name = 'rebate_settlements'"),
             qint64(1));
}

// 30,000.00 more on Mar 15: 55,000.00 reaches 3 %, which now applies to the whole volume:
// 1,650.00 earned, 500.00 already paid, 1,150.00 paid by the second settlement on Apr 5.
void tst_Rebate::secondSettlementPaysTheDifference()
{
    QVERIFY(!order("30000.00", QDate(2026, 3, 15)).isEmpty());
    const RebatePolicy policy = *RebatePolicies::find(db(), m_policyId);
    const auto st = RebateLedger::periodStatus(db(), m_unit, policy, QDate(2026, 3, 31));
    QVERIFY(st.ok());
    QCOMPARE(st->volumeFen, qint64(5500000));
    QCOMPARE(st->earnedFen, qint64(165000));
    QCOMPARE(st->settledFen, qint64(50000));
    QCOMPARE(st->dueFen(), qint64(115000));
    QCOMPARE(st->toNextTierFen(), qint64(4500000));

    const auto paid = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 3, 31),
                                           QDate(2026, 4, 5), QStringLiteral("Q1-second"));
    QVERIFY(paid.ok());
    QCOMPARE(paid->amountFen, qint64(115000));
    QCOMPARE(paid->earnedFen, qint64(165000));
    QCOMPARE(paid->settledOn, QDate(2026, 4, 5));
}

void tst_Rebate::nothingMoreToSettle()
{
    const auto again = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 1, 1),
                                            QDate(2026, 4, 6), QStringLiteral("Q1-third"));
    QVERIFY(again.ok());
    QCOMPARE(again->amountFen, qint64(0));
    QVERIFY(again->id.isEmpty());

    // The second settlement entered again (a double click) returns what it wrote.
    const auto repeated = RebateLedger::settle(db(), m_unit, m_policyId, QDate(2026, 3, 31),
                                               QDate(2026, 4, 5), QStringLiteral("Q1-second"));
    QVERIFY(repeated.ok());
    QCOMPARE(repeated->amountFen, qint64(115000));
    const auto all = RebateLedger::settlements(db(), m_unit);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).amountFen + all->at(1).amountFen, qint64(165000));

    Storage::Statement edit(db().handle(), "UPDATE rebate_settlements SET amount_fen = 1");
    QVERIFY(!edit.exec());
}

// Q2 starts again from nothing: 60,000.00 on Apr 8 is 3 % = 1,800.00, 40,000.00 from 5 %.
void tst_Rebate::nextPeriodStandsAlone()
{
    QVERIFY(!order("60000.00", QDate(2026, 4, 8)).isEmpty());
    const RebatePolicy policy = *RebatePolicies::find(db(), m_policyId);
    const auto q2 = RebateLedger::periodStatus(db(), m_unit, policy, QDate(2026, 4, 10));
    QVERIFY(q2.ok());
    QCOMPARE(q2->from, QDate(2026, 4, 1));
    QCOMPARE(q2->volumeFen, qint64(6000000));
    QCOMPARE(q2->earnedFen, qint64(180000));
    QCOMPARE(q2->settledFen, qint64(0));
    QCOMPARE(q2->toNextTierFen(), qint64(4000000));
    const auto q1 = RebateLedger::periodStatus(db(), m_unit, policy, QDate(2026, 2, 1));
    QCOMPARE(q1->volumeFen, qint64(5500000));
    QCOMPARE(q1->dueFen(), qint64(0));
    QVERIFY(!RebateLedger::periodStatus(db(), m_unit, policy, QDate(2027, 1, 1)).ok());
}

// A dealer's own marginal policy for the whole year beside the quarterly one for everyone:
// 115,000.00 by Apr 8 = 100,000.00 × 1 % + 15,000.00 × 2 % = 1,000.00 + 300.00 = 1,300.00.
void tst_Rebate::statusListsEveryPolicyPeriod()
{
    RebatePolicy year;
    year.code = QStringLiteral("GZ-YEAR");
    year.name = QStringLiteral("广州年度返利");
    year.dealerUnitId = m_unit;
    year.startsOn = QDate(2026, 1, 1);
    year.endsOn = QDate(2026, 12, 31);
    year.period = RebatePolicy::Period::Whole;
    year.mode = RebatePolicy::Mode::Marginal;
    year.tiers = {{0, 10000}, {10000000, 20000}};
    QVERIFY(RebatePolicies::save(db(), year).ok());

    const auto all = RebateLedger::status(db(), m_unit, QDate(2026, 4, 10));
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);  // Q1 and Q2 of Q-2026, and GZ-YEAR
    QCOMPARE(all->at(0).policy.code, QStringLiteral("GZ-YEAR"));
    QCOMPARE(all->at(0).volumeFen, qint64(11500000));
    QCOMPARE(all->at(0).earnedFen, qint64(130000));
    QVERIFY(!all->at(0).hasNextTier);
    QCOMPARE(all->at(1).from, QDate(2026, 1, 1));
    QCOMPARE(all->at(1).settledFen, qint64(165000));
    QCOMPARE(all->at(2).from, QDate(2026, 4, 1));
    QCOMPARE(all->at(2).earnedFen, qint64(180000));
}

// Q1: orders 55,000.00, the first settlement 500.00: closing 54,500.00. Q2 opens there, the
// second settlement 1,150.00 on Apr 5 and the order of 60,000.00: closing 113,350.00.
void tst_Rebate::statementsShowEachSettlement()
{
    const auto q1 = DealerStatements::build(db(), m_unit, QDate(2026, 1, 1), QDate(2026, 3, 31));
    QVERIFY(q1.ok());
    QCOMPARE(q1->ordersFen, qint64(5500000));
    QCOMPARE(q1->rebatesFen, qint64(50000));
    QCOMPARE(q1->closingFen, qint64(5450000));
    const auto q2 = DealerStatements::build(db(), m_unit, QDate(2026, 4, 1), QDate(2026, 6, 30));
    QVERIFY(q2.ok());
    QCOMPARE(q2->openingFen, qint64(5450000));
    QCOMPARE(q2->rebatesFen, qint64(115000));
    QCOMPARE(q2->ordersFen, qint64(6000000));
    QCOMPARE(q2->closingFen, qint64(11335000));
    QCOMPARE(q2->entries.size(), 2);
    QCOMPARE(q2->entries.at(0).kind, StatementEntry::Kind::Rebate);
    QCOMPARE(q2->entries.at(0).balanceFen, qint64(5335000));
}

// Q-2026 is settled for Q1 (to 2026-03-31): its terms are those Q1 was paid on.
void tst_Rebate::settledPolicyKeepsItsTerms_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("message");
    const QString settled = QStringLiteral("The policy Q-2026 is settled up to 2026-03-31, so its "
                                           "%1 can no longer change; end it and start a new "
                                           "policy for later periods.");
    QTest::newRow("a tier's rate") << 0 << settled.arg(QStringLiteral("tiers"));
    QTest::newRow("a tier added") << 1 << settled.arg(QStringLiteral("tiers"));
    QTest::newRow("mode") << 2 << settled.arg(QStringLiteral("mode"));
    QTest::newRow("basis") << 3 << settled.arg(QStringLiteral("basis"));
    QTest::newRow("start") << 4 << settled.arg(QStringLiteral("start date"));
    QTest::newRow("ends inside Q1")
        << 5 << "End date: the policy Q-2026 is settled up to 2026-03-31 and cannot end before it.";
}

void tst_Rebate::settledPolicyKeepsItsTerms()
{
    QFETCH(int, change);
    QFETCH(QString, message);
    QCOMPARE(RebatePolicies::settledUntil(db(), m_policyId), QDate(2026, 3, 31));
    RebatePolicy p = *RebatePolicies::find(db(), m_policyId);
    switch (change) {
    case 0:
        p.tiers[1].rateMicros = 25000;
        break;
    case 1:
        p.tiers.append({20000000, 60000});
        break;
    case 2:
        p.mode = RebatePolicy::Mode::Marginal;
        break;
    case 3:
        p.basis = RebatePolicy::Basis::WithoutTax;
        break;
    case 4:
        p.startsOn = QDate(2026, 2, 1);
        break;
    default:
        p.endsOn = QDate(2026, 3, 30);
        break;
    }
    const auto saved = RebatePolicies::save(db(), p);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().message, message);
    QCOMPARE(RebatePolicies::find(db(), m_policyId)->tiers,
             quarterly(RebatePolicy::Mode::Retroactive).tiers);
    QCOMPARE(RebatePolicies::find(db(), m_policyId)->endsOn, QDate(2026, 12, 31));
}

// Renamed and ended at the end of Q2: Q3 and Q4 are gone from the ledger, Q1 and Q2 stay
// as they were; the end can come back to the last settled day but not before.
void tst_Rebate::settledPolicyIsEnded()
{
    RebatePolicy p = *RebatePolicies::find(db(), m_policyId);
    p.name = QStringLiteral("2026 上半年季度返利");
    p.endsOn = QDate(2026, 6, 30);
    QVERIFY(RebatePolicies::save(db(), p).ok());
    const RebatePolicy ended = *RebatePolicies::find(db(), m_policyId);
    QCOMPARE(ended.endsOn, QDate(2026, 6, 30));
    QCOMPARE(ended.name, QStringLiteral("2026 上半年季度返利"));
    QCOMPARE(ended.periods().size(), 2);
    const auto q1 = RebateLedger::periodStatus(db(), m_unit, ended, QDate(2026, 3, 1));
    QCOMPARE(q1->settledFen, qint64(165000));
    QCOMPARE(q1->dueFen(), qint64(0));
    QVERIFY(!RebateLedger::periodStatus(db(), m_unit, ended, QDate(2026, 7, 1)).ok());

    p.endsOn = QDate(2026, 3, 31);
    QVERIFY(RebatePolicies::save(db(), p).ok());
    QCOMPARE(RebatePolicies::find(db(), m_policyId)->periods().size(), 1);
}

QTEST_GUILESS_MAIN(tst_Rebate)
#include "tst_rebate.moc"
