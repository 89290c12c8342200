#include "appdesk.h"
#include "syncharness.h"

#include "orders/orderrepository.h"
#include "production/planstore.h"
#include "production/productionsetup.h"
#include "production/workcenterstore.h"
#include "production/workordermaker.h"
#include "production/workorderstore.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "workflow/definitionstore.h"
#include "workflow/orgunits.h"
#include "workflow/processdefinition.h"
#include "workflow/processengine.h"

#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

using namespace SyncTest;
using namespace Hearth;
using Hearth::Sync::SyncConflict;

// The production and process configuration syncs to every desk: a factory desk made with
// migrations only (hearthctl init) pulls head office's calendars, work centers, routings,
// outages and process definitions with the work orders that name them, and can plan them.
class tst_ProductionSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void factoryDeskGetsTheSetupItsWorkOrdersName();
    void twoDesksSetUpTheDefaultsOffline();
    void anUpgradedDeskSendsTheSetupItHeld();

private:
    Harness m_h;
};

namespace {

/// Two base cabinets every review rule passes, 30 % deposit.
Orders::SalesOrder kitchen()
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = QStringLiteral("K-2026-0107");
    o.customer.name = QStringLiteral("陈静");
    o.customer.mobile = QStringLiteral("13812345678");
    o.customer.address = {QStringLiteral("江苏省"), QStringLiteral("苏州市"),
                          QStringLiteral("姑苏区"), QStringLiteral("人民路8号"), QString()};
    o.address = o.customer.address;
    o.signedOn = QDate(2026, 11, 20);
    o.promisedOn = QDate(2026, 12, 20);
    o.ownerId = personId("zhang.clerk");
    o.lines = {cabinet(1, 800, 3000), cabinet(2, 600, 3000)};
    o.depositFen = 600000 * 3 / 10;
    return o;
}

/// Opens the desk's file as the app does, with its clerk and planner.
bool openAsApp(Desk &desk)
{
    return SyncTest::openAsApp(desk, {{"zhang.clerk", "clerk"}, {"wu.planner", "planner"}});
}

QStringList column(Desk &desk, const QString &sql)
{
    QSqlQuery q(desk.connection->sql());
    q.exec(sql);
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

/// The parent tables that PRAGMA foreign_key_check finds rows missing from, with how many.
QMap<QString, int> missingParents(Desk &desk)
{
    QSqlQuery q(desk.connection->sql());
    q.exec(QStringLiteral("PRAGMA foreign_key_check"));
    QMap<QString, int> parents;
    while (q.next())
        ++parents[q.value(0).toString() + QStringLiteral(" → ") + q.value(2).toString()];
    return parents;
}

struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// hearthctl in English, as a process of its own.
CtlRun runCtl(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEARTH_LANG"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEARTH_CTL_PATH), args);
    process.closeWriteChannel();
    CtlRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString conflictText(const QList<SyncConflict> &conflicts)
{
    return conflicts.isEmpty() ? QString()
                               : conflicts.first().table + u' ' + conflicts.first().detail;
}

} // namespace

void tst_ProductionSync::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_ProductionSync::init()
{
    QVERIFY(m_h.start());
}

void tst_ProductionSync::cleanup()
{
    m_h.stop();
}

void tst_ProductionSync::factoryDeskGetsTheSetupItsWorkOrdersName()
{
    Desk office;
    Desk factory;
    Hearth::Sync::SyncSettings settings = m_h.settings(m_h.adminToken);
    settings.pushBatch = 5;  // a split's entries are large
    QVERIFY(office.open(m_h.dir->filePath(QStringLiteral("office.hearth")), settings));
    QVERIFY(office.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
    // The factory desk as hearthctl init leaves it: migrations only, foreign keys on.
    QVERIFY(factory.open(m_h.dir->filePath(QStringLiteral("factory.hearth")), settings));

    // Head office: the shipped production setup and process definitions, a work center and an
    // outage of its own, a holiday, and an order reviewed, split and made into work orders.
    QVERIFY(openAsApp(office));
    QString handCenter;
    QString orderId;
    qint64 officeOperations = 0;
    {
        Storage::Connection &c = Storage::Database::connection();
        QVERIFY(Production::ProductionSetup::ensure(c).ok());
        QVERIFY(Workflow::DefinitionStore::installBuiltIns(c).ok());
        Production::WorkCenter hand;
        hand.code = QStringLiteral("EDGE-HAND");
        hand.name = QStringLiteral("手工封边台");
        hand.kind = QStringLiteral("edging");
        hand.capacity = 2;
        const auto made = Production::WorkCenterStore::create(c, hand, QStringLiteral("test"));
        QVERIFY(made.ok());
        handCenter = made->id;
        Production::Outage outage;
        outage.workCenterId = handCenter;
        outage.start = QDateTime(QDate(2026, 12, 8), QTime(0, 0), Qt::UTC)
                           .toSecsSinceEpoch();
        outage.end = outage.start + 4 * 3600;
        outage.reason = QStringLiteral("保养");
        QVERIFY(Production::WorkCenterStore::addOutage(c, outage).ok());
        const auto calendar = office.value(QStringLiteral("SELECT id FROM work_calendars "
                                                          "ORDER BY code LIMIT 1"))
                                  .toString();
        QVERIFY(!calendar.isEmpty());
        QVERIFY(Production::WorkCenterStore::setCalendarDay(c, calendar, QDate(2026, 12, 31),
                                                            QStringLiteral(""),
                                                            QStringLiteral("盘点"))
                    .ok());

        Orders::SalesOrder order = kitchen();
        QVERIFY(Orders::OrderRepository::save(order).ok());
        orderId = order.id;
        Workflow::ProcessEngine engine;
        QVERIFY(engine.prepare().ok());
        if (const auto workshop = Workflow::OrgUnits::findByCode(c, QStringLiteral("WS-CAB")))
            QVERIFY(Workflow::OrgUnits::addMember(c, workshop->id, personId("wu.planner")).ok());
        const auto run = engine.runWaiting();
        QVERIFY(run.ok());
        QCOMPARE(run->split, 1);
        const auto report = Production::WorkOrderMaker::make(c);
        QVERIFY(report.ok());
        QVERIFY2(report->created >= 1, qPrintable(QString::number(report->created)));
    }
    Storage::Database::close();
    // Head office's planner takes a task: a person the factory desk does not hold.
    const QString taskId = office.value(QStringLiteral("SELECT id FROM tasks WHERE order_id = ? "
                                                       "ORDER BY task_key LIMIT 1"),
                                        {orderId})
                               .toString();
    QVERIFY(updateRow(office, QStringLiteral("tasks"), taskId,
                      {{QStringLiteral("assignee_id"), personId("wu.planner")},
                       {QStringLiteral("status"), QStringLiteral("claimed")}},
                      orderId));
    officeOperations = office.count(QStringLiteral("operations"));
    QVERIFY(officeOperations >= 2);
    // Membership names the desk's own users and stays off the outbox; so do review findings.
    QCOMPARE(office.count(QStringLiteral("outbox"),
                          QStringLiteral("table_name IN ('unit_members', 'review_findings')")),
             qint64(0));
    QVERIFY(office.count(QStringLiteral("audit_log"),
                         QStringLiteral("table_name = 'unit_members'"))
            >= 1);

    QVERIFY(office.sync());
    QVERIFY(factory.sync());
    QCOMPARE(office.engine->replica().pendingCount(), 0);
    QCOMPARE(factory.engine->replica().pendingCount(), 0);
    QVERIFY2(office.engine->replica().conflicts().isEmpty(),
             qPrintable(conflictText(office.engine->replica().conflicts())));

    // The same rows under the same ids, the shipped ones and head office's own.
    for (const char *table : {"work_calendars", "work_centers", "work_center_outages",
                              "routings", "process_definitions"}) {
        const QString name = QLatin1String(table);
        QVERIFY2(office.count(name) > 0, table);
        QCOMPARE(factory.snapshot(name), office.snapshot(name));
    }
    QCOMPARE(factory.count(QStringLiteral("work_centers"),
                           QStringLiteral("id = '%1' AND capacity = 2").arg(handCenter)),
             qint64(1));
    for (const QString &sql :
         {QStringLiteral("SELECT calendar_id || '|' || day || '|' || hours || '|' || name FROM "
                         "work_calendar_days ORDER BY 1"),
          QStringLiteral("SELECT routing_id || '|' || seq || '|' || work_center_id || '|' || "
                         "run_seconds_per_part FROM routing_steps ORDER BY 1")}) {
        const QStringList rows = column(office, sql);
        QVERIFY2(!rows.isEmpty(), qPrintable(sql));
        QCOMPARE(column(factory, sql), rows);
    }
    QCOMPARE(column(factory, QStringLiteral("SELECT name FROM work_calendar_days WHERE "
                                            "day = '2026-12-31'")),
             QStringList{QStringLiteral("盘点")});
    QCOMPARE(factory.count(QStringLiteral("operations")), officeOperations);

    // Nothing the factory's work orders, operations and processes name is missing, but the
    // people of head office, who do not sync.
    const QMap<QString, int> missing = missingParents(factory);
    for (auto it = missing.cbegin(); it != missing.cend(); ++it)
        QVERIFY2(it.key().endsWith(QStringLiteral(" → users")), qPrintable(it.key()));
    const qint64 assigned = office.count(QStringLiteral("tasks"),
                                         QStringLiteral("assignee_id IS NOT NULL"))
                            + office.count(QStringLiteral("tasks"),
                                           QStringLiteral("escalated_to IS NOT NULL"));
    QVERIFY(assigned >= 1);
    QCOMPARE(missing.value(QStringLiteral("tasks → users")), int(assigned));

    // The factory plans: every operation's work center is one it holds.
    QVERIFY(Storage::Database::open(factory.path));
    {
        Storage::Connection &c = Storage::Database::connection();
        const auto centers = Production::WorkCenterStore::list(c, false);
        QVERIFY(centers.ok());
        QSet<QString> centerIds;
        for (const Production::WorkCenter &w : *centers)
            centerIds.insert(w.id);
        QVERIFY(centerIds.contains(handCenter));
        const auto workOrders = Production::WorkOrderStore::list(c);
        QVERIFY(workOrders.ok());
        QVERIFY(!workOrders->isEmpty());
        qint64 seen = 0;
        for (const Production::WorkOrder &wo : *workOrders) {
            const auto ops = Production::WorkOrderStore::operations(c, wo.id);
            QVERIFY(ops.ok());
            for (const Production::Operation &op : *ops) {
                QVERIFY2(centerIds.contains(op.workCenterId), qPrintable(op.workCenterId));
                ++seen;
            }
        }
        QCOMPARE(seen, officeOperations);
        const qint64 from =
            QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const auto plan = Production::PlanStore::load(c, from);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
        QVERIFY(!plan->operations().isEmpty());
        for (const Production::PlanOperation &op : plan->operations())
            QVERIFY2(op.center >= 0, qPrintable(op.id));
        const int hand = plan->centerIndex(handCenter);
        QVERIFY(hand >= 0);
        QCOMPARE(plan->centers().at(hand).outages.size(), 1);
        QCOMPARE(plan->centers().at(hand).outages.first().reason, QStringLiteral("保养"));
    }
    Storage::Database::close();

    // hearthctl check calls the factory desk sound, and names head office's people that its
    // tasks are assigned to as information; a missing work center is damage.
    const QStringList args{QStringLiteral("check"), QStringLiteral("--db"), factory.path};
    const CtlRun sound = runCtl(args);
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.out + sound.err));
    QVERIFY2(sound.out.contains(QStringLiteral("no damage found")), qPrintable(sound.out));
    QVERIFY(assigned > 1);
    QVERIFY2(sound.out.contains(QStringLiteral("Information: %1 references tasks → users name "
                                               "people of another desk")
                                    .arg(assigned)),
             qPrintable(sound.out));
    QVERIFY(factory.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
    QVERIFY(factory.exec(QStringLiteral("UPDATE operations SET work_center_id = 'gone' WHERE "
                                        "rowid = (SELECT MIN(rowid) FROM operations)")));
    const CtlRun damaged = runCtl(args);
    QCOMPARE(damaged.exitCode, 2);
    QVERIFY2(damaged.err.contains(QStringLiteral("operations")), qPrintable(damaged.err));
    QVERIFY2(damaged.err.contains(QStringLiteral("damaged")), qPrintable(damaged.err));
}

void tst_ProductionSync::twoDesksSetUpTheDefaultsOffline()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    // Offline, each desk sets up the shipped process definitions and production defaults.
    for (Desk *desk : {&a, &b}) {
        QVERIFY(openAsApp(*desk));
        Storage::Connection &c = Storage::Database::connection();
        QVERIFY(Workflow::DefinitionStore::installBuiltIns(c).ok());
        QVERIFY(Production::ProductionSetup::ensure(c).ok());
        Storage::Database::close();
    }
    const auto shipped = Workflow::ProcessDefinition::builtIns();
    QVERIFY(shipped.ok());
    const qint64 definitions = shipped->size();
    const qint64 centers = a.count(QStringLiteral("work_centers"));
    QVERIFY(centers > 0);
    QCOMPARE(column(b, QStringLiteral("SELECT id FROM work_centers ORDER BY id")),
             column(a, QStringLiteral("SELECT id FROM work_centers ORDER BY id")));

    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(desk->count(QStringLiteral("process_definitions")), definitions);
        QCOMPARE(desk->count(QStringLiteral("process_definitions"), QStringLiteral("active = 1")),
                 definitions);
        QCOMPARE(desk->count(QStringLiteral("work_centers")), centers);
        QCOMPARE(desk->count(QStringLiteral("work_centers"), QStringLiteral("code LIKE '%~%' "
                                                                           "OR code LIKE '%-2'")),
                 qint64(0));
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
        const QList<SyncConflict> conflicts = desk->engine->replica().conflicts();
        QVERIFY2(conflicts.isEmpty(), qPrintable(conflictText(conflicts)));
    }
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'process_definitions'")), definitions);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'work_centers'")), centers);
    for (const char *table : {"process_definitions", "work_centers", "routings",
                              "work_calendars"}) {
        QCOMPARE(b.snapshot(QLatin1String(table)), a.snapshot(QLatin1String(table)));
    }
}

void tst_ProductionSync::anUpgradedDeskSendsTheSetupItHeld()
{
    // A desk from before the setup synced (schema 22) holding a calendar with a holiday, a
    // routing with a step and a process definition, none of them ever in its outbox.
    const QString file = m_h.dir->filePath(QStringLiteral("old.hearth"));
    {
        Storage::Connection old([&file] {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("old-desk"));
            db.setDatabaseName(file);
            db.open();
            return db;
        }());
        QVERIFY(old.sql().isOpen());
        QVERIFY(old.execScript(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER "
                                              "PRIMARY KEY, name TEXT NOT NULL, applied_at "
                                              "TEXT NOT NULL)"))
                    .ok());
        for (const Storage::Migrator::Migration &m : Storage::Migrator::available()) {
            if (m.version > 22)
                break;
            QFile f(m.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(old.execScript(QString::fromUtf8(f.readAll())).ok(), qPrintable(m.name));
            QVERIFY(old.execScript(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, "
                                                  "'%2', 'then'); PRAGMA user_version = %1")
                                       .arg(QString::number(m.version), m.name))
                        .ok());
        }
        QVERIFY(old.execScript(QStringLiteral(
                                   "INSERT INTO work_calendars(id, code, name, time_zone, "
                                   "working_days, hours, created_at, updated_at) VALUES "
                                   "('cal-1', 'CAL-DAY', '白班', 'Asia/Shanghai', '1-6', "
                                   "'08:00-17:00', '2026-11-01T00:00:00Z', "
                                   "'2026-11-01T00:00:00Z');"
                                   "INSERT INTO work_calendar_days(calendar_id, day, hours, "
                                   "name) VALUES ('cal-1', '2026-12-31', '', '盘点');"
                                   "INSERT INTO work_centers(id, hlc, code, name, kind, "
                                   "calendar_id, created_at, updated_at) VALUES ('wc-1', "
                                   "'1796400000000-00000-0000old0', 'SAW-01', '电子锯', "
                                   "'cutting', 'cal-1', '2026-11-01T00:00:00Z', "
                                   "'2026-11-01T00:00:00Z');"
                                   "INSERT INTO routings(id, code, name, workshop, created_at, "
                                   "updated_at) VALUES ('rt-1', 'R-CAB', '柜体', 'WS-CAB', "
                                   "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');"
                                   "INSERT INTO routing_steps(routing_id, seq, work_center_id, "
                                   "name, run_seconds_per_part) VALUES ('rt-1', 10, 'wc-1', "
                                   "'开料', 90);"
                                   "INSERT INTO process_definitions(id, code, version, body, "
                                   "sha256, created_at, created_by) VALUES ('cabinetry@1', "
                                   "'cabinetry', 1, '{}', '0', '2026-11-01T00:00:00Z', "
                                   "'hearth');"))
                    .ok());
    }

    // Opening it migrates it: its setup is queued for the next push, stamped with a clock.
    Desk old;
    QVERIFY(m_h.openDesk(old, QStringLiteral("old"), m_h.adminToken));
    QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(),
             Storage::Migrator::latestVersion());
    QCOMPARE(old.value(QStringLiteral("SELECT id FROM routing_steps")).toString(),
             QStringLiteral("rt-1/10"));
    QCOMPARE(old.value(QStringLiteral("SELECT id FROM work_calendar_days")).toString(),
             QStringLiteral("cal-1/2026-12-31"));
    const QString stamp = old.value(QStringLiteral("SELECT hlc FROM routings")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{13}-00000-00000000$")).match(stamp)
                 .hasMatch(),
             qPrintable(stamp));
    QCOMPARE(old.count(QStringLiteral("outbox"),
                       QStringLiteral("sent_at IS NULL AND table_name IN ('work_calendars', "
                                      "'routings', 'process_definitions')")),
             qint64(3));
    QVERIFY(old.sync());
    QCOMPARE(old.engine->replica().pendingCount(), 0);

    // A new desk gets all of it, the holiday and the step inside their parents.
    Desk fresh;
    QVERIFY(m_h.openDesk(fresh, QStringLiteral("fresh"), m_h.adminToken));
    QVERIFY(fresh.sync());
    for (const char *table : {"work_calendars", "work_centers", "routings",
                              "process_definitions"}) {
        QCOMPARE(fresh.count(QLatin1String(table)), qint64(1));
        QCOMPARE(fresh.snapshot(QLatin1String(table)), old.snapshot(QLatin1String(table)));
    }
    QCOMPARE(fresh.value(QStringLiteral("SELECT seq || '|' || work_center_id || '|' || "
                                        "run_seconds_per_part FROM routing_steps WHERE "
                                        "routing_id = 'rt-1'"))
                 .toString(),
             QStringLiteral("10|wc-1|90"));
    QCOMPARE(fresh.value(QStringLiteral("SELECT name FROM work_calendar_days WHERE "
                                        "calendar_id = 'cal-1'"))
                 .toString(),
             QStringLiteral("盘点"));
}

QTEST_GUILESS_MAIN(tst_ProductionSync)
#include "tst_productionsync.moc"
