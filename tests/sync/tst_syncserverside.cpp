#include "syncharness.h"

#include "orders/orderrepository.h"
#include "orders/remakes.h"
#include "server/accounts.h"
#include "server/installsettlement.h"
#include "server/serverstore.h"
#include "storage/database.h"

#include <functional>

using namespace SyncTest;
using namespace Hearth;
using Core::Decimal;

// What the server keeps right whatever the desks send and in whatever order: an order's total
// is the sum of its lines, a customer pushed after its order follows the order to its dealer,
// and a carrier's tracking event recorded on two desks is one event.
class tst_SyncServerSide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dealersTamperedTotalIsCorrected();
    void orderAndLinesInSeparatePushes();
    void offlineLineEditsGiveOneTotal();
    void customerPushedAfterItsOrderFollows_data();
    void customerPushedAfterItsOrderFollows();
    void trackingEventRecordedTwiceIsOne();
    void rowsHeldBeforeTheUpgradeCount();

private:
    Harness m_h;
};

namespace {

constexpr qint64 MicrosPerFen = 10'000;

QString addDealerPartner(Desk &desk, const QString &code)
{
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString id = desk.newId();
    return insertRow(desk, QStringLiteral("partners"), id,
                     {{QStringLiteral("kind"), QStringLiteral("dealer")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("name"), code},
                      {QStringLiteral("created_at"), stamp},
                      {QStringLiteral("updated_at"), stamp}})
               ? id
               : QString();
}

/// The order's total on the server, in fen.
qint64 serverTotalFen(Harness &h, const QString &order)
{
    const QJsonObject fields =
        QJsonDocument::fromJson(h.serverFields(QStringLiteral("sales_orders"), order).toUtf8())
            .object();
    return fields.value(QStringLiteral("total_micros")).toInteger(-1) / MicrosPerFen;
}

qint64 deskTotalFen(Desk &desk, const QString &order)
{
    return desk.orderField(order, QStringLiteral("total_micros")).toLongLong() / MicrosPerFen;
}

qint64 deskLinesFen(Desk &desk, const QString &order)
{
    return desk.value(QStringLiteral("SELECT COALESCE(SUM(amount_micros), 0) FROM order_lines "
                                     "WHERE order_id = ? AND deleted = 0"),
                      {order})
               .toLongLong()
           / MicrosPerFen;
}

Orders::OrderLine line(const QString &description, int quantity, int unitYuan)
{
    Orders::OrderLine l;
    l.description = description;
    l.quantity = Decimal::fromInt(quantity);
    l.unitPrice = Decimal::fromInt(unitYuan);
    l.amount = Decimal::fromInt(quantity * unitYuan);
    return l;
}

/// Saves the order as the desk's order page does (OrderRepository on the desk's file): a new
/// one when orderId is empty. Returns the order's id.
QString editOnDesk(Desk &desk, const QString &orderId,
                   const std::function<void(Orders::SalesOrder &)> &edit)
{
    if (!Storage::Database::open(desk.path))
        return {};
    Storage::Database::setCurrentUser(QStringLiteral("clerk"));
    Orders::SalesOrder order;
    if (orderId.isEmpty()) {
        order.channel = Orders::Channel::Store;
        order.customer.name = QStringLiteral("周女士");
        order.customer.mobile = QStringLiteral("13900002222");
        order.signedOn = QDate(2026, 11, 28);
        order.lines = {line(QStringLiteral("地柜"), 2, 1500),
                       line(QStringLiteral("拉手"), 6, 25)};
    } else if (auto loaded = Orders::OrderRepository::load(orderId)) {
        order = *loaded;
    } else {
        qWarning() << "cannot load the order:" << loaded.error().toString();
        Storage::Database::close();
        return {};
    }
    edit(order);
    const Core::Status saved = Orders::OrderRepository::save(order);
    if (!saved)
        qWarning() << "cannot save the order:" << saved.error().toString();
    Storage::Database::close();
    return saved ? order.id : QString();
}

} // namespace

void tst_SyncServerSide::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_SyncServerSide::init()
{
    QVERIFY(m_h.start());
}

void tst_SyncServerSide::cleanup()
{
    m_h.stop();
}

// A dealer's desk pushes its own order with a total that is not the sum of its lines (the
// table edited by hand): the server keeps the sum, and the dealer's desk, head office and the
// installation commission all go by it. An order without lines keeps the total it was given.
void tst_SyncServerSide::dealersTamperedTotalIsCorrected()
{
    const QString east = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-EAST"),
                                       QStringLiteral("east.dealer"), Users::Role::Dealer);
    QVERIFY(!east.isEmpty());
    Desk eastDesk;
    QVERIFY(m_h.openDesk(eastDesk, QStringLiteral("east"), east));
    // 1200 + 800 yuan of lines under a total of 50,000 yuan.
    const QString order = eastDesk.addOrder(QStringLiteral("SO-E-0001"), {}, 50'000'000'000);
    QVERIFY(!order.isEmpty());
    QVERIFY(!eastDesk.addLine(order, 1, 1'200'000'000).isEmpty());
    QVERIFY(!eastDesk.addLine(order, 2, 800'000'000).isEmpty());
    const QString bare = eastDesk.addOrder(QStringLiteral("SO-E-0002"), {}, 30'000'000);
    QVERIFY(!bare.isEmpty());
    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.engine->replica().conflicts().size(), 0);
    QCOMPARE(serverTotalFen(m_h, order), 200'000);
    QCOMPARE(serverTotalFen(m_h, bare), 3'000);
    // The desk's own push came back corrected (the same round pulls after it pushes).
    QVERIFY(eastDesk.sync());
    QCOMPARE(deskTotalFen(eastDesk, order), 200'000);
    QCOMPARE(deskTotalFen(eastDesk, bare), 3'000);

    // Tampered again later, on its own: corrected again.
    QVERIFY(eastDesk.setOrderField(order, QStringLiteral("total_micros"),
                                   qint64(90'000'000'000)));
    QVERIFY(eastDesk.sync());
    QVERIFY(eastDesk.sync());
    QCOMPARE(serverTotalFen(m_h, order), 200'000);
    QCOMPARE(deskTotalFen(eastDesk, order), 200'000);
    QCOMPARE(eastDesk.engine->replica().pendingCount(), 0);

    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    QVERIFY(office.sync());
    QCOMPARE(deskTotalFen(office, order), 200'000);
    QCOMPARE(deskLinesFen(office, order), 200'000);

    // 3 % of the installation's order: of 2000 yuan, not of 90,000.
    Server::ServerStore &store = *m_h.f.store;
    const auto admin = Server::Accounts(store).findUser(QStringLiteral("admin"));
    QVERIFY(admin);
    Server::InstallSettlement settlement(store);
    Server::SettlementRule rule;
    rule.rateBp = 300;
    rule.validFrom = QDate(2026, 1, 1);
    Server::InstallJob job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.orderId = order;
    job.orderNo = QStringLiteral("SO-E-0001");
    job.scopeUnit = QStringLiteral("*");
    job.checkOut = Server::FieldPosition{m_h.f.now, 22'540'000, 113'950'000, 500};
    QVERIFY(store.begin());
    QVERIFY(settlement.replaceRules({rule}, admin->id, m_h.f.now));
    const auto settled = settlement.settle(job, true, m_h.f.now);
    QVERIFY(store.commit());
    QVERIFY(settled && *settled);
    const QJsonObject cost = QJsonDocument::fromJson(
                                 m_h.serverFields(QStringLiteral("cost_lines"),
                                                  Server::InstallSettlement::costLineId(
                                                      order, job.id))
                                     .toUtf8())
                                 .object();
    QCOMPARE(cost.value(QStringLiteral("amount_fen")).toInteger(), 6'000);
}

// A desk that pushes one change a request sends the order and its lines apart; the server's
// total is the lines' sum once they are all in, and a re-make (补件) stays priceless.
void tst_SyncServerSide::orderAndLinesInSeparatePushes()
{
    Desk desk;
    Sync::SyncSettings one = m_h.settings(m_h.adminToken);
    one.pushBatch = 1;
    QVERIFY(desk.open(m_h.dir->filePath(QStringLiteral("one.hearth")), one));
    const QString order = editOnDesk(desk, {}, [](Orders::SalesOrder &) {});
    QVERIFY(!order.isEmpty());
    QCOMPARE(deskTotalFen(desk, order), 315'000);
    QVERIFY(desk.sync());
    QCOMPARE(serverTotalFen(m_h, order), 315'000);

    QVERIFY(Storage::Database::open(desk.path));
    Storage::Database::setCurrentUser(QStringLiteral("clerk"));
    const auto loaded = Orders::OrderRepository::load(order);
    QVERIFY(loaded);
    Orders::RemakeRequest request;
    request.parentOrderId = order;
    request.lines = {{loaded->lines.first().id, Decimal::fromInt(1)}};
    request.reason = QStringLiteral("门板运输划伤");
    request.party = QStringLiteral("factory");
    const auto remake = Orders::Remakes::create(request);
    Storage::Database::close();
    QVERIFY2(remake, qPrintable(remake ? QString() : remake.error().toString()));
    QVERIFY(desk.sync());
    QCOMPARE(serverTotalFen(m_h, remake->id), 0);
    QCOMPARE(serverTotalFen(m_h, order), 315'000);

    Desk other;
    QVERIFY(m_h.openDesk(other, QStringLiteral("other"), m_h.adminToken));
    QVERIFY(other.sync());
    QCOMPARE(deskTotalFen(other, order), 315'000);
    QCOMPARE(deskTotalFen(other, remake->id), 0);
    QCOMPARE(deskLinesFen(other, remake->id), 0);
    QCOMPARE(other.count(QStringLiteral("order_lines"),
                         QStringLiteral("order_id = '%1'").arg(remake->id)),
             1);
}

// Two desks change different lines of one order offline and one adds a line: each desk's
// total is the sum of its own lines only; after both sync, every desk and the server hold the
// sum of the merged lines.
void tst_SyncServerSide::offlineLineEditsGiveOneTotal()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    // 2 cabinets at 1500 and 6 handles at 25: 3150 yuan.
    const QString order = editOnDesk(a, {}, [](Orders::SalesOrder &) {});
    QVERIFY(!order.isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(deskTotalFen(b, order), 315'000);

    // A sells 8 handles (200 yuan); B prices the cabinets at 1600 (3200) and adds a wall
    // cabinet of 900.
    QVERIFY(!editOnDesk(a, order, [](Orders::SalesOrder &o) {
                 o.lines[1].quantity = Decimal::fromInt(8);
                 o.lines[1].amount = Decimal::fromInt(200);
             }).isEmpty());
    QVERIFY(!editOnDesk(b, order, [](Orders::SalesOrder &o) {
                 o.lines[0].unitPrice = Decimal::fromInt(1600);
                 o.lines[0].amount = Decimal::fromInt(3200);
                 o.lines.append(line(QStringLiteral("吊柜"), 1, 900));
             }).isEmpty());
    QCOMPARE(deskTotalFen(a, order), 320'000);
    QCOMPARE(deskTotalFen(b, order), 425'000);

    for (int round = 0; round < 2; ++round) {
        QVERIFY(b.sync());
        QVERIFY(a.sync());
    }
    // 3200 + 200 + 900 yuan.
    QCOMPARE(serverTotalFen(m_h, order), 430'000);
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(deskLinesFen(*desk, order), 430'000);
        QCOMPARE(deskTotalFen(*desk, order), 430'000);
        QCOMPARE(desk->engine->replica().conflicts().size(), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
    }
}

void tst_SyncServerSide::customerPushedAfterItsOrderFollows_data()
{
    QTest::addColumn<bool>("laterPush");
    QTest::addColumn<bool>("westOrderToo");
    QTest::newRow("same push") << false << false;
    QTest::newRow("later push") << true << false;
    // The west dealer's order names the customer after the east dealer's: the east keeps it.
    QTest::newRow("two dealers' orders") << true << true;
}

// Head office pushes a dealer's order before its customer (the customer's row comes later in
// the push, or in a later one): the dealer's desk still receives the customer.
void tst_SyncServerSide::customerPushedAfterItsOrderFollows()
{
    QFETCH(bool, laterPush);
    QFETCH(bool, westOrderToo);
    const QString east = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-EAST"),
                                       QStringLiteral("east.dealer"), Users::Role::Dealer);
    const QString west = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-WEST"),
                                       QStringLiteral("west.dealer"), Users::Role::Dealer);
    QVERIFY(!east.isEmpty() && !west.isEmpty());
    Desk office;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    const QString eastPartner = addDealerPartner(office, QStringLiteral("D-EAST"));
    const QString westPartner = addDealerPartner(office, QStringLiteral("D-WEST"));
    QVERIFY(!eastPartner.isEmpty() && !westPartner.isEmpty());
    const QString customer = office.newId();
    QVERIFY(!newOrder(office, QStringLiteral("SO-HQ-0101"),
                      {{QStringLiteral("dealer_id"), eastPartner},
                       {QStringLiteral("customer_id"), customer}})
                 .isEmpty());
    if (westOrderToo) {
        QVERIFY(!newOrder(office, QStringLiteral("SO-HQ-0102"),
                          {{QStringLiteral("dealer_id"), westPartner},
                           {QStringLiteral("customer_id"), customer}})
                     .isEmpty());
    }
    if (laterPush)
        QVERIFY(office.sync());
    QVERIFY(insertRow(office, QStringLiteral("customers"), customer,
                      {{QStringLiteral("channel"), QStringLiteral("dealer")},
                       {QStringLiteral("name"), QStringLiteral("吴先生")},
                       {QStringLiteral("created_at"), QStringLiteral("2026-12-01T08:00:00Z")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T08:00:00Z")}}));
    QVERIFY(office.sync());
    QCOMPARE(office.engine->replica().pendingCount(), 0);

    Desk eastDesk;
    QVERIFY(m_h.openDesk(eastDesk, QStringLiteral("east"), east));
    QVERIFY(eastDesk.sync());
    QCOMPARE(eastDesk.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(eastDesk.value(QStringLiteral("SELECT c.name FROM sales_orders o JOIN customers c "
                                           "ON c.id = o.customer_id"))
                 .toString(),
             QStringLiteral("吴先生"));

    Desk westDesk;
    QVERIFY(m_h.openDesk(westDesk, QStringLiteral("west"), west));
    QVERIFY(westDesk.sync());
    QCOMPARE(westDesk.count(QStringLiteral("sales_orders")), westOrderToo ? 1 : 0);
    QCOMPARE(westDesk.count(QStringLiteral("customers")), 0);
}

// Two desks poll the carrier for one shipment offline and record the same event (the same
// event_key under their own row ids): the server keeps it once and every desk holds it once.
// The same event_key on another shipment (two parcels picked up together) is another event.
void tst_SyncServerSide::trackingEventRecordedTwiceIsOne()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString stamp = QStringLiteral("2026-12-03T09:00:00Z");
    QStringList shipments;
    for (const char *no : {"SH-0001", "SH-0002"}) {
        const QString id = a.newId();
        QVERIFY(insertRow(a, QStringLiteral("shipments"), id,
                          {{QStringLiteral("shipment_no"), QLatin1String(no)},
                           {QStringLiteral("carrier_code"), QStringLiteral("sf")},
                           {QStringLiteral("tracking_no"), QStringLiteral("SF") + id.left(8)},
                           {QStringLiteral("status"), QStringLiteral("shipped")},
                           {QStringLiteral("created_at"), stamp},
                           {QStringLiteral("updated_at"), stamp}}));
        shipments.append(id);
    }
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.count(QStringLiteral("shipments")), 2);

    const auto track = [&stamp](Desk &desk, const QString &shipment) {
        return insertRow(desk, QStringLiteral("tracking_events"), desk.newId(),
                         {{QStringLiteral("shipment_id"), shipment},
                          {QStringLiteral("event_key"), QStringLiteral("e3b0c442")},
                          {QStringLiteral("occurred_at"), stamp},
                          {QStringLiteral("status"), QStringLiteral("accepted")},
                          {QStringLiteral("place"), QStringLiteral("佛山")},
                          {QStringLiteral("description"), QStringLiteral("快件已揽收")},
                          {QStringLiteral("recorded_at"), stamp}},
                         shipment);
    };
    QVERIFY(track(a, shipments.at(0)));
    QVERIFY(track(a, shipments.at(1)));
    QVERIFY(track(b, shipments.at(0)));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());

    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'tracking_events'")), 2);
    Desk fresh;
    QVERIFY(m_h.openDesk(fresh, QStringLiteral("fresh"), m_h.adminToken));
    QVERIFY(fresh.sync());
    for (Desk *desk : {&a, &b, &fresh}) {
        for (const QString &shipment : std::as_const(shipments)) {
            QCOMPARE(desk->count(QStringLiteral("tracking_events"),
                                 QStringLiteral("shipment_id = '%1'").arg(shipment)),
                     1);
        }
        QCOMPARE(desk->engine->replica().conflicts().size(), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
    }
}

// A server that held lines and tracking events before 0011_sync_derived.sql records, when it
// is upgraded, the order of every line and the key of every tracking event: a later edit of
// one line sums all of its order's lines, and an event polled again on another desk is the
// one held.
void tst_SyncServerSide::rowsHeldBeforeTheUpgradeCount()
{
    if (Server::ServerStore::latestSchemaVersion() != 11)
        QSKIP("this test runs 0011_sync_derived.sql again, which works while it is the latest");
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = a.addOrder(QStringLiteral("SO-UP-0001"), {}, 2'000'000'000);
    const QString first = a.addLine(order, 1, 1'200'000'000);
    QVERIFY(!order.isEmpty() && !first.isEmpty() && !a.addLine(order, 2, 800'000'000).isEmpty());
    const QString stamp = QStringLiteral("2026-12-03T09:00:00Z");
    const QString shipment = a.newId();
    QVERIFY(insertRow(a, QStringLiteral("shipments"), shipment,
                      {{QStringLiteral("shipment_no"), QStringLiteral("SH-UP-1")},
                       {QStringLiteral("status"), QStringLiteral("shipped")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    const auto track = [&stamp, &shipment](Desk &desk) {
        return insertRow(desk, QStringLiteral("tracking_events"), desk.newId(),
                         {{QStringLiteral("shipment_id"), shipment},
                          {QStringLiteral("event_key"), QStringLiteral("9f86d081")},
                          {QStringLiteral("occurred_at"), stamp},
                          {QStringLiteral("status"), QStringLiteral("in_transit")},
                          {QStringLiteral("recorded_at"), stamp}},
                         shipment);
    };
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(track(a));
    QVERIFY(track(b));
    QVERIFY(a.sync());

    // The server as it was before the migration: without its tables and keys.
    Server::ServerStore &store = *m_h.f.store;
    QVERIFY(store.execScript(QStringLiteral("DELETE FROM sync_event_keys WHERE table_name = "
                                            "'tracking_events';\n"
                                            "DROP TABLE sync_order_lines;\n"
                                            "DROP TABLE sync_customer_waits;\n"
                                            "DELETE FROM schema_migrations WHERE version = 11;\n"),
                             QStringLiteral("downgrade")));
    {
        Server::ServerStore upgraded;
        const Core::Status opened =
            upgraded.open(store.uri(), Server::ServerStore::OpenMode::Existing);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        QCOMPARE(upgraded.schemaVersion(), 11);
    }

    // The first line costs 1500 now, and the desk claims a total of 100 yuan.
    QVERIFY(updateRow(a, QStringLiteral("order_lines"), first,
                      {{QStringLiteral("amount_micros"), qint64(1'500'000'000)}}));
    QVERIFY(a.setOrderField(order, QStringLiteral("total_micros"), qint64(100'000'000)));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(serverTotalFen(m_h, order), 230'000);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'tracking_events'")), 1);
    QCOMPARE(b.count(QStringLiteral("tracking_events")), 1);
    QCOMPARE(deskTotalFen(b, order), 230'000);
}

QTEST_GUILESS_MAIN(tst_SyncServerSide)
#include "tst_syncserverside.moc"
