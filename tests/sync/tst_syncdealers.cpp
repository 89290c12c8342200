#include "syncharness.h"

#include "finance/dealercredit.h"
#include "finance/rebatepolicies.h"
#include "users/passwordhasher.h"
#include "workflow/orgunits.h"

using namespace SyncTest;
using namespace Hearth;

// Head office sets dealers' credit limits and rebate policies on its desk; each dealer's desk
// receives its own limit and the policies meant for it or for every dealer, never another
// dealer's.
class tst_SyncDealers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void eachDealerReadsItsOwnTerms();
    void dealerReceivesTheCustomersOfItsOrders();

private:
    Harness m_h;
};

void tst_SyncDealers::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_SyncDealers::init()
{
    QVERIFY(m_h.start());
}

void tst_SyncDealers::cleanup()
{
    m_h.stop();
}

namespace {

Finance::RebatePolicy policy(const char *code, const QString &dealerUnitId)
{
    Finance::RebatePolicy p;
    p.code = QLatin1String(code);
    p.name = QLatin1String(code);
    p.dealerUnitId = dealerUnitId;
    p.startsOn = QDate(2026, 1, 1);
    p.endsOn = QDate(2026, 12, 31);
    p.period = Finance::RebatePolicy::Period::Quarter;
    p.tiers = {{0, 10'000}, {10'000'000, 20'000}};
    return p;
}

} // namespace

void tst_SyncDealers::eachDealerReadsItsOwnTerms()
{
    const QString east = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-EAST"),
                                       QStringLiteral("east.dealer"), Users::Role::Dealer);
    const QString west = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-WEST"),
                                       QStringLiteral("west.dealer"), Users::Role::Dealer);
    QVERIFY(!east.isEmpty() && !west.isEmpty());

    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    QString unitOf[2];
    const char *codes[] = {"D-EAST", "D-WEST"};
    for (int i = 0; i < 2; ++i) {
        Workflow::OrgUnit unit;
        unit.kind = Workflow::UnitKind::Dealer;
        unit.code = QLatin1String(codes[i]);
        unit.name = unit.code;
        const auto made = Workflow::OrgUnits::create(*office.connection, unit);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
        unitOf[i] = made->id;
    }
    QVERIFY(Finance::DealerCredit::setLimit(*office.connection, unitOf[0], 5'000'000));
    QVERIFY(Finance::DealerCredit::setLimit(*office.connection, unitOf[1], 8'000'000));
    QVERIFY(Finance::RebatePolicies::save(*office.connection, policy("ALL-2026", QString())));
    QVERIFY(Finance::RebatePolicies::save(*office.connection, policy("WEST-2026", unitOf[1])));
    const auto sent = office.sync();
    QVERIFY(sent);
    QCOMPARE(office.engine->replica().pendingCount(), 0);
    QCOMPARE(office.engine->replica().conflicts().size(), 0);

    Desk eastDesk;
    QVERIFY(m_h.openDesk(eastDesk, QStringLiteral("east"), east));
    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.count(QStringLiteral("dealer_credit_limits")), 1);
    QCOMPARE(eastDesk.value(QStringLiteral("SELECT limit_fen FROM dealer_credit_limits"))
                 .toLongLong(),
             5'000'000);
    QCOMPARE(eastDesk.value(QStringLiteral("SELECT group_concat(code) FROM rebate_policies"))
                 .toString(),
             QStringLiteral("ALL-2026"));
    QCOMPARE(eastDesk.count(QStringLiteral("rebate_policy_tiers")), 2);

    Desk westDesk;
    QVERIFY(m_h.openDesk(westDesk, QStringLiteral("west"), west));
    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.value(QStringLiteral("SELECT limit_fen FROM dealer_credit_limits"))
                 .toLongLong(),
             8'000'000);
    QCOMPARE(westDesk.count(QStringLiteral("rebate_policies")), 2);
    QCOMPARE(westDesk.count(QStringLiteral("rebate_policy_tiers")), 4);

    // Head office's own desk, read afresh, has every row.
    Desk audit;
    QVERIFY(m_h.openDesk(audit, QStringLiteral("audit"), m_h.adminToken));
    QVERIFY(audit.sync());
    QCOMPARE(audit.count(QStringLiteral("dealer_credit_limits")), 2);
    QCOMPARE(audit.count(QStringLiteral("rebate_policies")), 2);
}

void tst_SyncDealers::dealerReceivesTheCustomersOfItsOrders()
{
    const QString east = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-EAST"),
                                       QStringLiteral("east.dealer"), Users::Role::Dealer);
    const QString west = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-WEST"),
                                       QStringLiteral("west.dealer"), Users::Role::Dealer);
    QVERIFY(!east.isEmpty() && !west.isEmpty());

    // Head office imports an order the east dealer sold, with its customer.
    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString partner = office.newId();
    QVERIFY(insertRow(office, QStringLiteral("partners"), partner,
                      {{QStringLiteral("kind"), QStringLiteral("dealer")},
                       {QStringLiteral("code"), QStringLiteral("D-EAST")},
                       {QStringLiteral("name"), QStringLiteral("东区经销商")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    const QString customer = office.addCustomer(QStringLiteral("钱女士"));
    const QString order = newOrder(office, QStringLiteral("SO-HQ-0042"),
                                   {{QStringLiteral("dealer_id"), partner},
                                    {QStringLiteral("customer_id"), customer}});
    QVERIFY(!order.isEmpty());
    const QString ownCustomer = office.addCustomer(QStringLiteral("孙先生"));
    QVERIFY(!newOrder(office, QStringLiteral("SO-HQ-0043"),
                      {{QStringLiteral("customer_id"), ownCustomer}})
                 .isEmpty());
    QVERIFY(office.sync());

    Desk eastDesk;
    QVERIFY(m_h.openDesk(eastDesk, QStringLiteral("east"), east));
    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(eastDesk.value(QStringLiteral("SELECT c.name FROM sales_orders o JOIN customers c "
                                           "ON c.id = o.customer_id"))
                 .toString(),
             QStringLiteral("钱女士"));
    QCOMPARE(eastDesk.count(QStringLiteral("customers")), 1);

    Desk westDesk;
    QVERIFY(m_h.openDesk(westDesk, QStringLiteral("west"), west));
    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.count(QStringLiteral("customers")), 0);
    QCOMPARE(westDesk.count(QStringLiteral("sales_orders")), 0);

    // Head office still has both customers.
    Desk audit;
    QVERIFY(m_h.openDesk(audit, QStringLiteral("audit"), m_h.adminToken));
    QVERIFY(audit.sync());
    QCOMPARE(audit.count(QStringLiteral("customers")), 2);
}

QTEST_GUILESS_MAIN(tst_SyncDealers)
#include "tst_syncdealers.moc"
