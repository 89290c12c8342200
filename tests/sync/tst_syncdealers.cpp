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
    void orderGivenToAnotherDealerMoves();
    void dealerCannotGiveItsOrderAway();

private:
    /// The east and west dealers on the server, each with a user: their sign-in tokens.
    std::pair<QString, QString> addDealers()
    {
        return {m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-EAST"),
                              QStringLiteral("east.dealer"), Users::Role::Dealer),
                m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-WEST"),
                              QStringLiteral("west.dealer"), Users::Role::Dealer)};
    }

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

QString addDealerPartner(Desk &desk, const QString &code, const QString &name)
{
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString id = desk.newId();
    return insertRow(desk, QStringLiteral("partners"), id,
                     {{QStringLiteral("kind"), QStringLiteral("dealer")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("created_at"), stamp},
                      {QStringLiteral("updated_at"), stamp}})
               ? id
               : QString();
}

} // namespace

void tst_SyncDealers::eachDealerReadsItsOwnTerms()
{
    const auto [east, west] = addDealers();
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
    const auto [east, west] = addDealers();
    QVERIFY(!east.isEmpty() && !west.isEmpty());

    // Head office imports an order the east dealer sold, with its customer.
    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    const QString partner = addDealerPartner(office, QStringLiteral("D-EAST"),
                                             QStringLiteral("东区经销商"));
    QVERIFY(!partner.isEmpty());
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


// Head office gives an order of the east dealer to the west dealer: the order, its lines and
// its customer leave the east desk (an offline edit there is listed, not lost) and reach the
// west desk; given back, they return to the east desk.
void tst_SyncDealers::orderGivenToAnotherDealerMoves()
{
    const auto [east, west] = addDealers();
    QVERIFY(!east.isEmpty() && !west.isEmpty());

    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    const QString eastPartner = addDealerPartner(office, QStringLiteral("D-EAST"),
                                                 QStringLiteral("东区经销商"));
    const QString westPartner = addDealerPartner(office, QStringLiteral("D-WEST"),
                                                 QStringLiteral("西区经销商"));
    QVERIFY(!eastPartner.isEmpty() && !westPartner.isEmpty());
    const QString customer = office.addCustomer(QStringLiteral("钱女士"));
    const QString order = newOrder(office, QStringLiteral("SO-HQ-0077"),
                                   {{QStringLiteral("dealer_id"), eastPartner},
                                    {QStringLiteral("customer_id"), customer}});
    QVERIFY(!order.isEmpty());
    QVERIFY(!office.addLine(order, 1, 1'200'000'000).isEmpty());
    QVERIFY(!office.addLine(order, 2, 800'000'000).isEmpty());
    // Another order of the east dealer for someone else stays where it is.
    const QString other = newOrder(office, QStringLiteral("SO-HQ-0078"),
                                   {{QStringLiteral("dealer_id"), eastPartner},
                                    {QStringLiteral("customer_id"),
                                     office.addCustomer(QStringLiteral("孙先生"))}});
    QVERIFY(!other.isEmpty());
    QVERIFY(office.sync());

    Desk eastDesk;
    // Two changes a page: the exits and the rows of the other order share pages.
    QVERIFY(m_h.openDesk(eastDesk, QStringLiteral("east"), east, 2));
    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.count(QStringLiteral("sales_orders")), 2);
    QCOMPARE(eastDesk.count(QStringLiteral("order_lines")), 2);
    QCOMPARE(eastDesk.count(QStringLiteral("customers")), 2);
    QCOMPARE(eastDesk.count(QStringLiteral("orders_fts")), 2);
    Desk westDesk;
    QVERIFY(m_h.openDesk(westDesk, QStringLiteral("west"), west));
    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.count(QStringLiteral("sales_orders")), 0);

    // The east desk edits the order offline while head office gives it to the west dealer.
    QVERIFY(eastDesk.setOrderField(order, QStringLiteral("promised_on"),
                                   QStringLiteral("2026-12-20")));
    QVERIFY(updateRow(office, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("dealer_id"), westPartner}}));
    QVERIFY(office.sync());
    QCOMPARE(office.engine->replica().conflicts().size(), 0);

    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(eastDesk.orderField(other, QStringLiteral("order_no")),
             QStringLiteral("SO-HQ-0078"));
    QCOMPARE(eastDesk.count(QStringLiteral("order_lines")), 0);
    QCOMPARE(eastDesk.count(QStringLiteral("customers")), 1);
    QCOMPARE(eastDesk.value(QStringLiteral("SELECT name FROM customers")).toString(),
             QStringLiteral("孙先生"));
    QCOMPARE(eastDesk.count(QStringLiteral("orders_fts")), 1);
    // The edit it could not send is listed for a person, with what it wanted.
    const QList<Sync::SyncConflict> conflicts = eastDesk.engine->replica().conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().rowId, order);
    QCOMPARE(conflicts.first().kind, Sync::SyncConflict::Kind::Refused);
    QCOMPARE(eastDesk.engine->replica().pendingCount(), 0);

    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(westDesk.orderField(order, QStringLiteral("order_no")),
             QStringLiteral("SO-HQ-0077"));
    QCOMPARE(westDesk.value(QStringLiteral("SELECT SUM(amount_micros) FROM order_lines "
                                           "WHERE order_id = ?"), {order})
                 .toLongLong(),
             2'000'000'000);
    QCOMPARE(westDesk.value(QStringLiteral("SELECT c.name FROM sales_orders o JOIN customers c "
                                           "ON c.id = o.customer_id"))
                 .toString(),
             QStringLiteral("钱女士"));
    QCOMPARE(westDesk.count(QStringLiteral("orders_fts")), 1);
    // The server scopes the order's rows to the west dealer now.
    QCOMPARE(m_h.serverCount(QStringLiteral("scope_unit = (SELECT id FROM org_units "
                                            "WHERE code = 'D-WEST')")),
             4);

    // Given back, the order returns to the east desk whole and leaves the west desk.
    QVERIFY(updateRow(office, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("dealer_id"), eastPartner}}));
    QVERIFY(office.sync());
    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.count(QStringLiteral("sales_orders")), 2);
    QCOMPARE(eastDesk.count(QStringLiteral("order_lines")), 2);
    QCOMPARE(eastDesk.count(QStringLiteral("customers")), 2);
    QCOMPARE(eastDesk.orderField(order, QStringLiteral("deleted")), QStringLiteral("0"));
    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.count(QStringLiteral("sales_orders")), 0);
    QCOMPARE(westDesk.count(QStringLiteral("customers")), 0);

    // Head office's desk, read afresh, has everything once.
    Desk audit;
    QVERIFY(m_h.openDesk(audit, QStringLiteral("audit"), m_h.adminToken));
    QVERIFY(audit.sync());
    QCOMPARE(audit.count(QStringLiteral("sales_orders")), 2);
    QCOMPARE(audit.count(QStringLiteral("order_lines")), 2);
}

// Only head office gives an order to another dealer: a dealer's desk that changes the dealer
// of its order, or makes an order naming another dealer, is refused and the refusal is listed
// on that desk; the order stays where it was on the server.
void tst_SyncDealers::dealerCannotGiveItsOrderAway()
{
    const auto [east, west] = addDealers();
    QVERIFY(!east.isEmpty() && !west.isEmpty());
    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    const QString eastPartner = addDealerPartner(office, QStringLiteral("D-EAST"),
                                                 QStringLiteral("东区经销商"));
    const QString westPartner = addDealerPartner(office, QStringLiteral("D-WEST"),
                                                 QStringLiteral("西区经销商"));
    const QString order = newOrder(office, QStringLiteral("SO-HQ-0091"),
                                   {{QStringLiteral("dealer_id"), eastPartner}});
    QVERIFY(!order.isEmpty());
    QVERIFY(office.sync());

    Desk eastDesk;
    QVERIFY(m_h.openDesk(eastDesk, QStringLiteral("east"), east));
    QVERIFY(eastDesk.sync());
    QVERIFY(updateRow(eastDesk, QStringLiteral("sales_orders"), order,
                      {{QStringLiteral("dealer_id"), westPartner}}));
    const QString foreign = newOrder(eastDesk, QStringLiteral("SO-EAST-0001"),
                                     {{QStringLiteral("dealer_id"), westPartner}});
    const QString own = newOrder(eastDesk, QStringLiteral("SO-EAST-0002"),
                                 {{QStringLiteral("dealer_id"), eastPartner}});
    QVERIFY(!foreign.isEmpty() && !own.isEmpty());
    QVERIFY(eastDesk.sync());
    const QList<Sync::SyncConflict> conflicts = eastDesk.engine->replica().conflicts();
    QCOMPARE(conflicts.size(), 2);
    for (const Sync::SyncConflict &c : conflicts) {
        QCOMPARE(c.kind, Sync::SyncConflict::Kind::Refused);
        QVERIFY2(c.detail.contains(QStringLiteral("dealer")), qPrintable(c.detail));
    }
    QVERIFY(m_h.serverFields(QStringLiteral("sales_orders"), order).contains(eastPartner));
    QVERIFY(m_h.serverFields(QStringLiteral("sales_orders"), foreign).isEmpty());
    QVERIFY(!m_h.serverFields(QStringLiteral("sales_orders"), own).isEmpty());

    Desk westDesk;
    QVERIFY(m_h.openDesk(westDesk, QStringLiteral("west"), west));
    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.count(QStringLiteral("sales_orders")), 0);
}

QTEST_GUILESS_MAIN(tst_SyncDealers)
#include "tst_syncdealers.moc"
