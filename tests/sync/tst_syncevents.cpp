#include "syncharness.h"

using namespace SyncTest;
using Hearth::Sync::SyncConflict;
using Hearth::Sync::SyncTables;

// Events that never conflict, the tables that joined sync and their scope, retries that never
// duplicate, and orders received through intake reaching the desks and their search.
class tst_SyncEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void eventsOfTwoDesksAllArrive();
    void changingAnEventIsRefused_data();
    void changingAnEventIsRefused();
    void everySyncedTableReachesTheOtherDesk();
    void childrenFollowTheirOrdersScope();
    void retryAfterLostAnswerKeepsOneSetOfTasks();
    void intakeOrderReachesDesksAndSearch();
    void pulledChangeMarksCostsAgain();
    void rowFirstRecordedAsAnUpdateGoesWhole();

private:
    /// Every row of a synced table as text, keyed by the table's own key.
    static QStringList rows(Desk &desk, const QString &table);
    QString workOrder(Desk &desk, const QString &order, const QString &woNo);
    QString event(Desk &desk, const QString &order, const QString &workOrderId,
                  const QString &sourceKey);
    QString task(Desk &desk, const QString &order, const QString &key);

    Harness m_h;
};

void tst_SyncEvents::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_SyncEvents::init()
{
    QVERIFY(m_h.start());
}

void tst_SyncEvents::cleanup()
{
    m_h.stop();
}

QStringList tst_SyncEvents::rows(Desk &desk, const QString &table)
{
    const QStringList columns = SyncTables::columns(table);
    QSqlQuery q(desk.connection->sql());
    if (!q.exec(QStringLiteral("SELECT %1, deleted, %2 FROM %3 ORDER BY 1")
                    .arg(SyncTables::keyColumn(table), columns.join(QStringLiteral(", ")),
                         table))) {
        return {QStringLiteral("cannot read %1").arg(table)};
    }
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns.size() + 2; ++i)
            cells.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
        out.append(cells.join(u'|'));
    }
    return out;
}

QString tst_SyncEvents::workOrder(Desk &desk, const QString &order, const QString &woNo)
{
    const QString id = desk.newId();
    // Filed under the sales order, as the production module files it.
    const bool ok = insertRow(
        desk, QStringLiteral("work_orders"), id,
        {{QStringLiteral("wo_no"), woNo}, {QStringLiteral("order_id"), order},
         {QStringLiteral("task_key"), QStringLiteral("cabinets")},
         {QStringLiteral("workshop"), QStringLiteral("panel")},
         {QStringLiteral("status"), QStringLiteral("released")},
         {QStringLiteral("created_at"), QStringLiteral("2026-12-02T08:00:00Z")},
         {QStringLiteral("updated_at"), QStringLiteral("2026-12-02T08:00:00Z")}},
        order);
    return ok ? id : QString();
}

QString tst_SyncEvents::event(Desk &desk, const QString &order, const QString &workOrderId,
                              const QString &sourceKey)
{
    const QString id = desk.newId();
    const bool ok = insertRow(
        desk, QStringLiteral("production_events"), id,
        {{QStringLiteral("work_order_id"), workOrderId},
         {QStringLiteral("kind"), QStringLiteral("report")}, {QStringLiteral("good_qty"), 2},
         {QStringLiteral("scrap_qty"), 0}, {QStringLiteral("at"), QStringLiteral("2026-12-03")},
         {QStringLiteral("source"), QStringLiteral("scan")},
         {QStringLiteral("source_key"), sourceKey},
         {QStringLiteral("created_at"), QStringLiteral("2026-12-03T08:00:00Z")}},
        order);
    return ok ? id : QString();
}

QString tst_SyncEvents::task(Desk &desk, const QString &order, const QString &key)
{
    const QString id = desk.newId();
    const bool ok = insertRow(
        desk, QStringLiteral("tasks"), id,
        {{QStringLiteral("order_id"), order}, {QStringLiteral("task_key"), key},
         {QStringLiteral("kind"), QStringLiteral("purchase")},
         {QStringLiteral("title"), QStringLiteral("采购五金")},
         {QStringLiteral("status"), QStringLiteral("open")},
         {QStringLiteral("created_at"), QStringLiteral("2026-12-02T08:00:00Z")},
         {QStringLiteral("updated_at"), QStringLiteral("2026-12-02T08:00:00Z")}},
        order.isEmpty() ? id : order);
    return ok ? id : QString();
}

void tst_SyncEvents::eventsOfTwoDesksAllArrive()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-E-0001"));
    const QString wo = workOrder(a, order, QStringLiteral("WO-0001"));
    QVERIFY(!wo.isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.count(QStringLiteral("work_orders")), 1);

    // Both stations report on the same work order while offline.
    for (int i = 0; i < 2; ++i) {
        QVERIFY(!event(a, order, wo, QStringLiteral("a-%1").arg(i)).isEmpty());
        QVERIFY(!event(b, order, wo, QStringLiteral("b-%1").arg(i)).isEmpty());
    }
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());

    QCOMPARE(a.count(QStringLiteral("production_events")), 4);
    QCOMPARE(b.count(QStringLiteral("production_events")), 4);
    QCOMPARE(a.value(QStringLiteral("SELECT SUM(good_qty) FROM production_events")).toInt(), 8);
    QCOMPARE(rows(a, QStringLiteral("production_events")),
             rows(b, QStringLiteral("production_events")));
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'production_events'")), 4);
    QCOMPARE(a.engine->replica().conflicts().size(), 0);
    QCOMPARE(b.engine->replica().conflicts().size(), 0);
}

void tst_SyncEvents::changingAnEventIsRefused_data()
{
    QTest::addColumn<QString>("op");
    QTest::newRow("update") << QStringLiteral("update");
    QTest::newRow("delete") << QStringLiteral("delete");
}

void tst_SyncEvents::changingAnEventIsRefused()
{
    QFETCH(QString, op);
    Desk a;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-E-0002"));
    const QString wo = workOrder(a, order, QStringLiteral("WO-0002"));
    const QString id = event(a, order, wo, QStringLiteral("k-1"));
    QVERIFY(a.sync());
    const QString before = m_h.serverFields(QStringLiteral("production_events"), id);
    QVERIFY(before.contains(QStringLiteral("\"good_qty\":2")));

    if (op == QLatin1String("update"))
        QVERIFY(updateRow(a, QStringLiteral("production_events"), id,
                          {{QStringLiteral("good_qty"), 20}}));
    else
        QVERIFY(deleteRow(a, QStringLiteral("production_events"), id));
    const auto got = a.sync();
    QVERIFY(got);
    QCOMPARE(got->refused, 1);
    QCOMPARE(m_h.serverFields(QStringLiteral("production_events"), id), before);
    QCOMPARE(m_h.serverCount(QStringLiteral("deleted = 1")), 0);
    const QList<SyncConflict> conflicts = a.engine->replica().conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).kind, SyncConflict::Kind::Refused);
    QCOMPARE(conflicts.at(0).rowId, id);
    QVERIFY(conflicts.at(0).detail.contains(QStringLiteral("production_events")));
}

void tst_SyncEvents::everySyncedTableReachesTheOtherDesk()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    QVERIFY(insertRow(a, QStringLiteral("org_units"), a.newId(),
                      {{QStringLiteral("kind"), QStringLiteral("store")},
                       {QStringLiteral("code"), QStringLiteral("ST-GZ-02")},
                       {QStringLiteral("name"), QStringLiteral("广州天河店")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    const QString dealer = a.newId();
    QVERIFY(insertRow(a, QStringLiteral("partners"), dealer,
                      {{QStringLiteral("kind"), QStringLiteral("dealer")},
                       {QStringLiteral("code"), QStringLiteral("D-GZ-03")},
                       {QStringLiteral("name"), QStringLiteral("广州经销商")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    QVERIFY(insertRow(a, QStringLiteral("products"), a.newId(),
                      {{QStringLiteral("sku"), QStringLiteral("HW-HINGE-35")},
                       {QStringLiteral("name"), QStringLiteral("铰链")},
                       {QStringLiteral("kind"), QStringLiteral("standard")},
                       {QStringLiteral("unit"), QStringLiteral("piece")},
                       {QStringLiteral("price_micros"), 12500000},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    // The production and process configuration the work order and the process name; a
    // calendar's days and a routing's steps travel inside them.
    const QString calendar = a.newId();
    QVERIFY(a.exec(QStringLiteral("INSERT INTO work_calendar_days(id, calendar_id, day, hours, "
                                  "name) VALUES (?, ?, '2026-12-31', '', '盘点')"),
                   {calendar + QStringLiteral("/2026-12-31"), calendar}));
    QVERIFY(insertRow(a, QStringLiteral("work_calendars"), calendar,
                      {{QStringLiteral("code"), QStringLiteral("CAL-NIGHT")},
                       {QStringLiteral("name"), QStringLiteral("夜班")},
                       {QStringLiteral("time_zone"), QStringLiteral("Asia/Shanghai")},
                       {QStringLiteral("working_days"), QStringLiteral("1-5")},
                       {QStringLiteral("hours"), QStringLiteral("20:00-04:00")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    QVERIFY(insertRow(a, QStringLiteral("work_centers"), QStringLiteral("wc-saw"),
                      {{QStringLiteral("code"), QStringLiteral("SAW-01")},
                       {QStringLiteral("name"), QStringLiteral("电子锯")},
                       {QStringLiteral("kind"), QStringLiteral("cutting")},
                       {QStringLiteral("calendar_id"), calendar},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    QVERIFY(insertRow(a, QStringLiteral("work_center_outages"), a.newId(),
                      {{QStringLiteral("work_center_id"), QStringLiteral("wc-saw")},
                       {QStringLiteral("starts_at"), QStringLiteral("2026-12-08T00:00:00Z")},
                       {QStringLiteral("ends_at"), QStringLiteral("2026-12-08T04:00:00Z")},
                       {QStringLiteral("reason"), QStringLiteral("保养")},
                       {QStringLiteral("created_at"), stamp}}));
    const QString routing = a.newId();
    QVERIFY(a.exec(QStringLiteral("INSERT INTO routing_steps(id, routing_id, seq, "
                                  "work_center_id, name, run_seconds_per_part) "
                                  "VALUES (?, ?, 10, 'wc-saw', '开料', 60)"),
                   {routing + QStringLiteral("/10"), routing}));
    QVERIFY(insertRow(a, QStringLiteral("routings"), routing,
                      {{QStringLiteral("code"), QStringLiteral("R-CAB")},
                       {QStringLiteral("name"), QStringLiteral("柜体")},
                       {QStringLiteral("workshop"), QStringLiteral("WS-CAB")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    QVERIFY(insertRow(a, QStringLiteral("process_definitions"), QStringLiteral("cabinetry@1"),
                      {{QStringLiteral("code"), QStringLiteral("cabinetry")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("body"), QStringLiteral("{}")},
                       {QStringLiteral("sha256"), QStringLiteral("0")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("created_by"), QStringLiteral("hearth")}}));
    const QString customer = a.addCustomer(QStringLiteral("刘先生"));
    const QString order = newOrder(a, QStringLiteral("SO-E-0003"),
                                   {{QStringLiteral("dealer_id"), dealer},
                                    {QStringLiteral("customer_id"), customer}});
    const QString line = a.addLine(order, 1, 1000000000);
    QVERIFY(insertRow(a, QStringLiteral("order_processes"), order,
                      {{QStringLiteral("definition_id"), QStringLiteral("cabinetry@1")},
                       {QStringLiteral("state"), QStringLiteral("split")},
                       {QStringLiteral("entered_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    QVERIFY(insertRow(a, QStringLiteral("order_notes"), a.newId(),
                      {{QStringLiteral("order_id"), order},
                       {QStringLiteral("author"), QStringLiteral("admin")},
                       {QStringLiteral("body"), QStringLiteral("客户要求周末送货")},
                       {QStringLiteral("created_at"), stamp}},
                      order));
    QVERIFY(insertRow(a, QStringLiteral("order_parts"), a.newId(),
                      {{QStringLiteral("order_id"), order}, {QStringLiteral("line_id"), line},
                       {QStringLiteral("task_key"), QStringLiteral("cabinets")},
                       {QStringLiteral("part_key"), QStringLiteral("1-side-L")},
                       {QStringLiteral("name"), QStringLiteral("左侧板")},
                       {QStringLiteral("length_mm"), 720}, {QStringLiteral("width_mm"), 350},
                       {QStringLiteral("thickness_mm"), 18}, {QStringLiteral("quantity"), 1},
                       {QStringLiteral("area_mm2"), 252000}, {QStringLiteral("edge_mm"), 720},
                       {QStringLiteral("edges"), QStringLiteral("L")},
                       {QStringLiteral("grain"), QStringLiteral("length")}}));
    QVERIFY(insertRow(a, QStringLiteral("order_hardware"), a.newId(),
                      {{QStringLiteral("order_id"), order}, {QStringLiteral("line_id"), line},
                       {QStringLiteral("task_key"), QStringLiteral("hardware")},
                       {QStringLiteral("item_key"), QStringLiteral("1-hinge")},
                       {QStringLiteral("code"), QStringLiteral("HW-HINGE-35")},
                       {QStringLiteral("name"), QStringLiteral("铰链")},
                       {QStringLiteral("quantity_micros"), 4000000},
                       {QStringLiteral("unit"), QStringLiteral("piece")}}));
    const QString taskId = task(a, order, QStringLiteral("hardware"));
    QVERIFY(insertRow(a, QStringLiteral("task_comments"), a.newId(),
                      {{QStringLiteral("task_id"), taskId},
                       {QStringLiteral("author"), QStringLiteral("admin")},
                       {QStringLiteral("body"), QStringLiteral("已下单")},
                       {QStringLiteral("created_at"), stamp}}));
    const QString wo = workOrder(a, order, QStringLiteral("WO-0003"));
    const QString operation = a.newId();
    QVERIFY(insertRow(a, QStringLiteral("operations"), operation,
                      {{QStringLiteral("work_order_id"), wo}, {QStringLiteral("seq"), 10},
                       {QStringLiteral("work_center_id"), QStringLiteral("wc-saw")},
                       {QStringLiteral("name"), QStringLiteral("开料")},
                       {QStringLiteral("run_seconds"), 600},
                       {QStringLiteral("status"), QStringLiteral("waiting")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}},
                      order));
    QVERIFY(!event(a, order, wo, QStringLiteral("s-1")).isEmpty());
    // A later change of one field of a row filed under its order.
    QVERIFY(updateRow(a, QStringLiteral("operations"), operation,
                      {{QStringLiteral("status"), QStringLiteral("started")}}, order));
    QVERIFY(addStockAndFinanceRows(a, order));
    QVERIFY(addPackingShippingAndCostRows(a, order));
    QVERIFY(addDealerRows(a));

    const auto pushed = a.sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->refused + pushed->conflicts + pushed->statusRefused, 0);
    QVERIFY(b.sync());
    for (const QString &table : SyncTables::tables()) {
        QVERIFY2(b.count(table) >= 1, qPrintable(table));
        QCOMPARE(rows(b, table), rows(a, table));
    }
    QCOMPARE(field(b, QStringLiteral("operations"), operation, QStringLiteral("status")),
             QStringLiteral("started"));
    QCOMPARE(b.count(QStringLiteral("sync_conflicts")), 0);
    QCOMPARE(a.engine->replica().pendingCount(), 0);
}

void tst_SyncEvents::pulledChangeMarksCostsAgain()
{
    // A pulled row is written with an upsert, whose conflict handling SQLite applies to the
    // triggers it fires: marking an order whose costs are already marked must not fail.
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString order = newOrder(a, QStringLiteral("SO-E-0077"));
    const QString wo = workOrder(a, order, QStringLiteral("WO-0077"));
    const QString operation = a.newId();
    QVERIFY(insertRow(a, QStringLiteral("operations"), operation,
                      {{QStringLiteral("work_order_id"), wo}, {QStringLiteral("seq"), 10},
                       {QStringLiteral("work_center_id"), QStringLiteral("wc-saw")},
                       {QStringLiteral("name"), QStringLiteral("开料")},
                       {QStringLiteral("run_seconds"), 600},
                       {QStringLiteral("status"), QStringLiteral("waiting")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}},
                      order));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(b.exec(QStringLiteral("INSERT INTO cost_pending (order_id, marked_at) VALUES (?, ?)"),
                   {order, stamp}));

    for (const char *status : {"started", "done"}) {
        QVERIFY(updateRow(a, QStringLiteral("operations"), operation,
                          {{QStringLiteral("status"), QLatin1String(status)}}, order));
        QVERIFY(a.sync());
        QVERIFY(b.sync());
        QCOMPARE(field(b, QStringLiteral("operations"), operation, QStringLiteral("status")),
                 QLatin1String(status));
    }
    QCOMPARE(b.count(QStringLiteral("sync_conflicts")), 0);
    QCOMPARE(b.count(QStringLiteral("cost_pending")), 1);
}

void tst_SyncEvents::rowFirstRecordedAsAnUpdateGoesWhole()
{
    // The process engine writes an order's process row and records its first change as an
    // update naming only the fields it set: the server must still get the whole row, or
    // other desks could not store it (definition_id is required).
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString order = newOrder(a, QStringLiteral("SO-E-0088"));
    QVERIFY(a.exec(QStringLiteral("INSERT INTO order_processes (order_id, hlc, definition_id, "
                                  "state, entered_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                   {order, a.clock->now(), QStringLiteral("cabinetry@1"), QStringLiteral("new"),
                    stamp, stamp}));
    QVERIFY(updateRow(a, QStringLiteral("order_processes"), order,
                      {{QStringLiteral("state"), QStringLiteral("review")}}, order));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.count(QStringLiteral("sync_conflicts")), 0);
    QCOMPARE(field(b, QStringLiteral("order_processes"), order, QStringLiteral("definition_id")),
             QStringLiteral("cabinetry@1"));
    QCOMPARE(field(b, QStringLiteral("order_processes"), order, QStringLiteral("state")),
             QStringLiteral("review"));

    // Once the server has the row, a later change sends only what it changed.
    QVERIFY(updateRow(a, QStringLiteral("order_processes"), order,
                      {{QStringLiteral("state"), QStringLiteral("approved")}}, order));
    const auto entries = a.engine->replica().pendingEntries(10);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().fields.keys(), QStringList({QStringLiteral("state")}));
}

void tst_SyncEvents::childrenFollowTheirOrdersScope()
{
    const QString north = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-BJ-01"),
                                        QStringLiteral("dealer.zhao"),
                                        Hearth::Users::Role::Dealer);
    const QString south = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-SZ-07"),
                                        QStringLiteral("dealer.qian"),
                                        Hearth::Users::Role::Dealer);
    QVERIFY(!north.isEmpty() && !south.isEmpty());
    Desk office;
    Desk n;
    Desk s;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    QVERIFY(m_h.openDesk(n, QStringLiteral("north"), north));
    QVERIFY(m_h.openDesk(s, QStringLiteral("south"), south));

    // Head office enters an order for the northern dealer: the dealer partner's code names
    // the dealer's organisation unit, which the order and its children are scoped to.
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString partner = office.newId();
    QVERIFY(insertRow(office, QStringLiteral("partners"), partner,
                      {{QStringLiteral("kind"), QStringLiteral("dealer")},
                       {QStringLiteral("code"), QStringLiteral("D-BJ-01")},
                       {QStringLiteral("name"), QStringLiteral("北京经销商")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    const QString order = newOrder(office, QStringLiteral("SO-E-0004"),
                                   {{QStringLiteral("dealer_id"), partner}});
    const QString mine = newOrder(office, QStringLiteral("SO-E-0005"));
    QVERIFY(!task(office, order, QStringLiteral("measure")).isEmpty());
    QVERIFY(!task(office, mine, QStringLiteral("measure")).isEmpty());
    QVERIFY(!workOrder(office, order, QStringLiteral("WO-0004")).isEmpty());
    QVERIFY(office.sync());
    QVERIFY(n.sync());
    QVERIFY(s.sync());

    QCOMPARE(n.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(field(n, QStringLiteral("sales_orders"), order, QStringLiteral("order_no")),
             QStringLiteral("SO-E-0004"));
    QCOMPARE(n.count(QStringLiteral("tasks")), 1);
    // A dealer's role does not read production, even of its own orders.
    QCOMPARE(n.count(QStringLiteral("work_orders")), 0);
    // The catalogue reaches every desk.
    QCOMPARE(n.count(QStringLiteral("partners")), 1);
    QCOMPARE(s.count(QStringLiteral("partners")), 1);
    QCOMPARE(s.count(QStringLiteral("sales_orders")), 0);
    QCOMPARE(s.count(QStringLiteral("tasks")), 0);

    // The dealer works its task; it may not change the catalogue.
    const QString taskId = n.value(QStringLiteral("SELECT id FROM tasks")).toString();
    QVERIFY(updateRow(n, QStringLiteral("tasks"), taskId,
                      {{QStringLiteral("status"), QStringLiteral("done")}}, order));
    QVERIFY(updateRow(n, QStringLiteral("partners"), partner,
                      {{QStringLiteral("name"), QStringLiteral("改名")}}));
    const auto got = n.sync();
    QVERIFY(got);
    QCOMPARE(got->applied, 1);
    QCOMPARE(got->refused, 1);
    QVERIFY(office.sync());
    QCOMPARE(field(office, QStringLiteral("tasks"), taskId, QStringLiteral("status")),
             QStringLiteral("done"));
    QCOMPARE(field(office, QStringLiteral("partners"), partner, QStringLiteral("name")),
             QStringLiteral("北京经销商"));
}

void tst_SyncEvents::retryAfterLostAnswerKeepsOneSetOfTasks()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-E-0006"));
    QVERIFY(!task(a, order, QStringLiteral("measure")).isEmpty());
    QVERIFY(!task(a, order, QStringLiteral("design")).isEmpty());
    const auto first = a.sync();
    QVERIFY(first);
    QCOMPARE(first->applied, 3);

    // The answer was lost: everything goes again, and is applied once.
    QVERIFY(a.exec(QStringLiteral("UPDATE outbox SET sent_at = NULL")));
    const auto retry = a.sync();
    QVERIFY(retry);
    QCOMPARE(retry->duplicates, 3);
    QCOMPARE(retry->applied, 0);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'sales_orders'")), 1);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'tasks'")), 2);

    QVERIFY(b.sync());
    QCOMPARE(b.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(b.count(QStringLiteral("tasks")), 2);
    QCOMPARE(b.count(QStringLiteral("tasks"), QStringLiteral("order_id = '%1'").arg(order)), 2);
    QCOMPARE(rows(b, QStringLiteral("tasks")), rows(a, QStringLiteral("tasks")));
}

void tst_SyncEvents::intakeOrderReachesDesksAndSearch()
{
    const QString dealer = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-SZ-07"),
                                         QStringLiteral("dealer.qian"),
                                         Hearth::Users::Role::Dealer);
    const QString other = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-BJ-01"),
                                        QStringLiteral("dealer.zhao"),
                                        Hearth::Users::Role::Dealer);
    QVERIFY(!dealer.isEmpty() && !other.isEmpty());

    // The dealer system sends the order, then again after a lost answer, then with a new key.
    const QString path = QStringLiteral("/api/v1/orders");
    const ServerTest::Reply first = m_h.f.postJson(path, ServerTest::Fixture::order(),
                                                   m_h.f.intakeHeaders("k-1"));
    QCOMPARE(first.status, 201);
    QCOMPARE(m_h.f.postJson(path, ServerTest::Fixture::order(), m_h.f.intakeHeaders("k-1"))
                 .status,
             201);
    QCOMPARE(m_h.f.postJson(path, ServerTest::Fixture::order(), m_h.f.intakeHeaders("k-2"))
                 .status,
             201);
    const QString orderId = first.json.value(QStringLiteral("order")).toObject()
                                .value(QStringLiteral("id")).toString();
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'sales_orders'")), 1);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'order_lines'")), 2);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'customers'")), 1);

    Desk office;
    Desk own;
    Desk foreign;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    QVERIFY(m_h.openDesk(own, QStringLiteral("own"), dealer));
    QVERIFY(m_h.openDesk(foreign, QStringLiteral("foreign"), other));
    for (Desk *desk : {&office, &own, &foreign})
        QVERIFY(desk->sync());

    for (Desk *desk : {&office, &own}) {
        QCOMPARE(desk->count(QStringLiteral("sales_orders")), 1);
        QCOMPARE(desk->count(QStringLiteral("order_lines")), 2);
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), orderId,
                       QStringLiteral("channel_order_no")),
                 QStringLiteral("DLR-2026-0001"));
        QCOMPARE(field(*desk, QStringLiteral("sales_orders"), orderId,
                       QStringLiteral("total_micros")),
                 QStringLiteral("4098200000"));
        const QString customer = field(*desk, QStringLiteral("sales_orders"), orderId,
                                       QStringLiteral("customer_id"));
        QCOMPARE(field(*desk, QStringLiteral("customers"), customer, QStringLiteral("name")),
                 QStringLiteral("王女士"));
        // The order search finds it by the customer's name and by a run of the mobile.
        for (const QString &search : {QStringLiteral("王女士"), QStringLiteral("38000")}) {
            const QVariant hit = desk->value(
                QStringLiteral("SELECT o.id FROM orders_fts f JOIN sales_orders o ON o.rowid = "
                               "f.rowid WHERE orders_fts MATCH ?"),
                {Hearth::Core::SearchText::matchQuery(search)});
            QCOMPARE(hit.toString(), orderId);
        }
    }
    QCOMPARE(foreign.count(QStringLiteral("sales_orders")), 0);
    QCOMPARE(foreign.count(QStringLiteral("customers")), 0);
    QCOMPARE(foreign.count(QStringLiteral("order_lines")), 0);

    // A dealer's edit of the received order reaches head office.
    QVERIFY(updateRow(own, QStringLiteral("sales_orders"), orderId,
                      {{QStringLiteral("promised_on"), QStringLiteral("2026-12-28")}}));
    QVERIFY(own.sync());
    QVERIFY(office.sync());
    QCOMPARE(field(office, QStringLiteral("sales_orders"), orderId,
                   QStringLiteral("promised_on")),
             QStringLiteral("2026-12-28"));
}

QTEST_GUILESS_MAIN(tst_SyncEvents)
#include "tst_syncevents.moc"
