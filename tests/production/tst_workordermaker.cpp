// Work orders from the split on a real database: a kitchen of two base cabinets goes through the
// process engine (review, split into tasks and exploded panels), then becomes work orders with
// their operations; made twice it makes nothing new; a cancelled task cancels its work order;
// the plan is read, scheduled, saved and read back; an order gets a promise date.

#include "orders/orderrepository.h"
#include "production/planchecker.h"
#include "production/planstore.h"
#include "production/productionsetup.h"
#include "production/progressquery.h"
#include "production/progressrecorder.h"
#include "production/routingstore.h"
#include "production/scheduler.h"
#include "production/workcenterstore.h"
#include "production/workordermaker.h"
#include "production/workorderstore.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/orgunits.h"
#include "workflow/processengine.h"
#include "workflow/taskstore.h"
#include "workflow/workcalendar.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

qint64 count(const char *sql, const QString &arg = QString())
{
    Storage::Statement q(db().handle(), sql);
    if (!arg.isNull())
        q.bind(1, arg);
    return q.next() ? q.int64(0) : -1;
}

QString addUser(const QString &name, const QString &role)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, name).bind(3, name).bind(4, role);
    if (!q.exec())
        qFatal("cannot add user");
    return id;
}

qint64 shanghai(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(t.date(), t.time(), Workflow::WorkCalendar::zoneFor("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

Orders::OrderLine cabinet(int lineNo, qint64 width)
{
    Orders::OrderLine l;
    l.lineNo = lineNo;
    l.sku = "CUS-BASE_CABINET";
    l.description = "地柜";
    l.category = "定制柜类";
    l.widthMm = width;
    l.heightMm = 720;
    l.depthMm = 560;
    l.material = "颗粒板 E0";
    l.colour = "暖白";
    l.unit = Orders::Unit::Piece;
    l.quantity = Core::Decimal::fromInt(1);
    l.unitPrice = Core::Decimal::fromInt(3000);
    l.amount = Core::Decimal::fromInt(3000);
    l.spec = QJsonObject{{"template", "base_cabinet"}, {"thickness_mm", 18}};
    return l;
}

/// Two base cabinets for a customer in Hangzhou, signed on Monday 28 September 2026, with a
/// 30 % deposit: an order review passes.
QString saveKitchen(const QString &ownerId)
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
    o.customer.name = "王伟";
    o.customer.mobile = "13912345678";
    o.customer.address = {"浙江省", "杭州市", "西湖区", "文三路12号", QString()};
    o.address = o.customer.address;
    o.signedOn = QDate(2026, 9, 28);
    o.ownerId = ownerId;
    o.lines = {cabinet(1, 800), cabinet(2, 600)};
    o.depositFen = 180000;
    const Core::Status s = Orders::OrderRepository::save(o);
    if (!s)
        qFatal("cannot save the order: %s", qPrintable(s.error().toString()));
    return o.id;
}

} // namespace

class tst_WorkOrderMaker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultsAreWrittenOnce();
    void runSeconds_data();
    void runSeconds();
    void rushTaskMakesAHighPriorityWorkOrder();
    void splitOrderBecomesWorkOrders();
    void makingTwiceMakesNothingNew();
    void cancelledTaskCancelsItsUnstartedWorkOrder();
    void amendedPartsChangeTheUnstartedWorkOrder();
    void planIsSavedAndReadBack();
    void promiseDateForAnOrderNotYetSplit();
    void madeWorkOrdersMoveTheOrderOn();

private:
    QTemporaryDir m_dir;
    Workflow::ProcessEngine *m_engine = nullptr;
    QString m_owner;
};

void tst_WorkOrderMaker::init()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(
        m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + ".db")));
    Storage::Database::setCurrentUser("tester");
    m_owner = addUser("zhang.clerk", "clerk");
    const QString planner = addUser("wu.planner", "planner");
    for (const QString &role : QStringList{"sales_manager", "general_manager", "finance",
                                           "purchaser", "warehouse"})
        addUser(role + ".user", role);
    m_engine = new Workflow::ProcessEngine;
    m_engine->setNow(QDateTime::fromSecsSinceEpoch(shanghai("2026-09-28 10:00"), Qt::UTC));
    const Core::Status ready = m_engine->prepare();
    QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().toString()));
    const auto workshop = Workflow::OrgUnits::findByCode(db(), "WS-CAB");
    QVERIFY(workshop);
    QVERIFY(Workflow::OrgUnits::addMember(db(), workshop->id, planner));
    const Core::Status setup = ProductionSetup::ensure(db());
    QVERIFY2(setup, qPrintable(setup ? QString() : setup.error().toString()));
}

void tst_WorkOrderMaker::cleanup()
{
    delete m_engine;
    m_engine = nullptr;
    Storage::Database::close();
}

void tst_WorkOrderMaker::defaultsAreWrittenOnce()
{
    const auto centers = WorkCenterStore::list(db());
    QVERIFY(centers);
    QCOMPARE(centers->size(), 9);
    const auto nesting = WorkCenterStore::findByCode(db(), "NEST-01");
    QVERIFY(nesting);
    QCOMPARE(nesting->name, QString("数控开料中心"));
    QCOMPARE(nesting->nameEn, QString("CNC nesting router"));
    QCOMPARE(nesting->capacity, 2);
    QVERIFY(nesting->setupByMaterial);
    QVERIFY(!nesting->calendarId.isEmpty());
    QVERIFY(WorkCenterStore::findByCode(db(), "SORT-01")->calendarId.isEmpty());
    const auto routings = RoutingStore::list(db());
    QVERIFY(routings);
    QCOMPARE(routings->size(), 5);
    QCOMPARE(RoutingStore::choose(routings.value(), "WS-CAB", {"base_cabinet"})->code,
             QString("RT-CAB"));
    QCOMPARE(RoutingStore::choose(routings.value(), "WS-CAB", {"drawer_unit"})->code,
             QString("RT-CAB-ASSY"));
    QVERIFY(!RoutingStore::choose(routings.value(), "WS-NONE", {}));
    QVERIFY(ProductionSetup::ensure(db()));
    QCOMPARE(count("SELECT COUNT(*) FROM work_centers"), 9);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE table_name = 'work_centers'"), 9);
}

void tst_WorkOrderMaker::runSeconds_data()
{
    QTest::addColumn<qint64>("perPart");
    QTest::addColumn<qint64>("perM2");
    QTest::addColumn<qint64>("parts");
    QTest::addColumn<qint64>("areaMm2");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("per part") << qint64(45) << qint64(0) << qint64(16) << qint64(0)
                              << qint64(720);
    QTest::newRow("per m², whole") << qint64(0) << qint64(90) << qint64(3)
                                   << qint64(2'000'000) << qint64(180);
    QTest::newRow("per m², a part of a second rounds up")
        << qint64(0) << qint64(90) << qint64(3) << qint64(1'000'001) << qint64(91);
    QTest::newRow("both") << qint64(45) << qint64(90) << qint64(16) << qint64(5'432'100)
                          << qint64(720 + 489);
    QTest::newRow("a large lacquer job") << qint64(0) << qint64(1200) << qint64(400)
                                         << qint64(123'456'789'012) << qint64(148'148'147);
}

void tst_WorkOrderMaker::runSeconds()
{
    QFETCH(qint64, perPart);
    QFETCH(qint64, perM2);
    QFETCH(qint64, parts);
    QFETCH(qint64, areaMm2);
    QFETCH(qint64, seconds);
    RoutingStep step;
    step.runSecondsPerPart = perPart;
    step.runSecondsPerM2 = perM2;
    QCOMPARE(WorkOrderMaker::runSeconds(step, parts, areaMm2), seconds);
}

void tst_WorkOrderMaker::rushTaskMakesAHighPriorityWorkOrder()
{
    const auto routings = RoutingStore::list(db());
    const auto list = WorkCenterStore::list(db());
    QVERIFY(list);
    QHash<QString, WorkCenter> centers;
    for (const WorkCenter &w : list.value())
        centers.insert(w.id, w);
    WorkOrderSource s;
    s.orderNo = "SO00000042";
    s.taskKey = "work_order:WS-DOOR";
    s.promisedOn = QDate(2026, 10, 20);
    s.details = QJsonObject{{"workshop", "WS-DOOR"}, {"rush", true},
                            {"lines", QJsonArray{QJsonObject{{"template", "door_set"}}}}};
    s.parts = {{2, 1'200'000, 4'800, "多层板", "白"}, {1, 3'000'000, 7'000, "密度板", "红"}};
    const auto w = WorkOrderMaker::build(s, routings.value(), centers);
    QVERIFY2(w, qPrintable(w ? QString() : w.error().toString()));
    QCOMPARE(w->woNo, QString("WO-SO00000042-DOOR"));
    QCOMPARE(w->priority, WorkOrder::RushPriority);
    QCOMPARE(w->parts, qint64(3));
    QCOMPARE(w->areaMm2, qint64(4'200'000));
    // The board of the largest area.
    QCOMPARE(w->material, QString("密度板"));
    QCOMPARE(w->colour, QString("红"));
    QCOMPARE(w->operations.size(), 5);
    QCOMPARE(w->operations[3].name, QString("喷涂"));
    QCOMPARE(w->operations[3].runSeconds, qint64(5040));  // 1200 s/m² × 4.2 m²

    s.details.insert("workshop", "WS-NONE");
    const auto none = WorkOrderMaker::build(s, routings.value(), centers);
    QVERIFY(!none);
    QVERIFY2(none.error().message.contains("no routing"), qPrintable(none.error().toString()));
    QVERIFY(none.error().where.contains("SO00000042"));
}

void tst_WorkOrderMaker::splitOrderBecomesWorkOrders()
{
    const QString id = saveKitchen(m_owner);
    const auto run = m_engine->runWaiting();
    QVERIFY2(run && run->split == 1, qPrintable(run ? QString::number(run->split)
                                                   : run.error().toString()));
    const auto made = WorkOrderMaker::make(db());
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    QVERIFY2(made->problems.isEmpty(), qPrintable(made->problems.value(0).toString()));
    QCOMPARE(made->created, int(count("SELECT COUNT(*) FROM tasks WHERE kind = 'work_order' AND "
                                      "order_id = ?",
                                      id)));

    const auto order = Orders::OrderRepository::load(id);
    QVERIFY(order);
    const auto wo = WorkOrderStore::findByTask(db(), id, "work_order:WS-CAB");
    QVERIFY(wo);
    QCOMPARE(wo->woNo, "WO-" + order->orderNo + "-CAB");
    QCOMPARE(wo->workshop, QString("WS-CAB"));
    QCOMPARE(wo->parts, count("SELECT SUM(quantity) FROM order_parts WHERE order_id = ? AND "
                              "task_key = 'work_order:WS-CAB'",
                              id));
    QVERIFY(wo->parts >= 10);
    QCOMPARE(wo->areaMm2, count("SELECT SUM(area_mm2) FROM order_parts WHERE order_id = ? AND "
                                "task_key = 'work_order:WS-CAB'",
                                id));
    QCOMPARE(wo->edgeMm, count("SELECT SUM(edge_mm) FROM order_parts WHERE order_id = ? AND "
                               "task_key = 'work_order:WS-CAB'",
                               id));
    QCOMPARE(wo->material, QString("颗粒板 E0"));
    QCOMPARE(wo->colour, QString("暖白"));
    QVERIFY(order->promisedOn.isValid());
    QCOMPARE(wo->dueDate, order->promisedOn);
    QCOMPARE(wo->priority, WorkOrder::NormalPriority);
    QCOMPARE(wo->status, WorkOrderStatus::Planned);

    // The carcass routing: cut, band, bore, sort, pack, timed from the parts.
    QStringList names;
    for (const Operation &op : wo->operations)
        names.append(op.name);
    QCOMPARE(names.join(','), QString("开料,封边,排钻,分拣,包装"));
    const Operation &cut = wo->operations.first();
    QCOMPARE(cut.workCenterId, WorkCenterStore::findByCode(db(), "NEST-01")->id);
    QCOMPARE(cut.runSeconds, 45 * wo->parts + (90 * wo->areaMm2 + 999'999) / 1'000'000);
    QCOMPARE(cut.setupSeconds, qint64(300));
    QCOMPARE(cut.quantity, wo->parts);
    QCOMPARE(cut.status, OperationStatus::Waiting);
    QVERIFY(!cut.plannedStart);

    // On the order's timeline, and in the outbox for every operation.
    QStringList tables;
    for (const auto &e : Orders::OrderRepository::timeline(id))
        tables.append(e.table);
    QVERIFY(tables.contains("work_orders"));
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE table_name = 'operations'"),
             count("SELECT COUNT(*) FROM operations"));
}

void tst_WorkOrderMaker::makingTwiceMakesNothingNew()
{
    saveKitchen(m_owner);
    QVERIFY(m_engine->runWaiting());
    const auto first = WorkOrderMaker::make(db());
    QVERIFY(first && first->created > 0);
    const qint64 workOrders = count("SELECT COUNT(*) FROM work_orders");
    const qint64 operations = count("SELECT COUNT(*) FROM operations");
    const qint64 audit = count("SELECT COUNT(*) FROM audit_log");

    const auto again = WorkOrderMaker::make(db());
    QVERIFY(again);
    QCOMPARE(again->created, 0);
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->unchanged, first->created);
    QCOMPARE(count("SELECT COUNT(*) FROM work_orders"), workOrders);
    QCOMPARE(count("SELECT COUNT(*) FROM operations"), operations);
    QCOMPARE(count("SELECT COUNT(*) FROM audit_log"), audit);
}

void tst_WorkOrderMaker::cancelledTaskCancelsItsUnstartedWorkOrder()
{
    const QString id = saveKitchen(m_owner);
    const QString other = saveKitchen(m_owner);
    QVERIFY(m_engine->runWaiting());
    QVERIFY(WorkOrderMaker::make(db()));
    // Production has started on the other order's cabinets.
    const auto started = WorkOrderStore::findByTask(db(), other, "work_order:WS-CAB");
    QVERIFY(started);
    QVERIFY(WorkOrderStore::setOperationStatus(db(), started->operations.first().id,
                                               OperationStatus::Started, "scanned at NEST-01"));
    for (const QString &order : {id, other}) {
        const auto task = Workflow::TaskStore::findByKey(db(), order, "work_order:WS-CAB");
        QVERIFY(task);
        const auto cancelled = Workflow::TaskStore::cancel(db(), task->id, QString(),
                                                           "customer withdrew");
        QVERIFY2(cancelled, qPrintable(cancelled ? QString() : cancelled.error().toString()));
    }

    const auto made = WorkOrderMaker::make(db());
    QVERIFY(made);
    QCOMPARE(made->cancelled, 1);
    QCOMPARE(made->problems.size(), 1);
    QCOMPARE(made->problems.first().where, started->woNo);
    const auto wo = WorkOrderStore::findByTask(db(), id, "work_order:WS-CAB");
    QCOMPARE(wo->status, WorkOrderStatus::Cancelled);
    for (const Operation &op : wo->operations)
        QCOMPARE(op.status, OperationStatus::Cancelled);
    QCOMPARE(WorkOrderStore::findByTask(db(), other, "work_order:WS-CAB")->status,
             WorkOrderStatus::Planned);
    // Again: nothing more to cancel.
    const auto again = WorkOrderMaker::make(db());
    QCOMPARE(again->cancelled, 0);
}

void tst_WorkOrderMaker::amendedPartsChangeTheUnstartedWorkOrder()
{
    const QString id = saveKitchen(m_owner);
    QVERIFY(m_engine->runWaiting());
    QVERIFY(WorkOrderMaker::make(db()));
    const auto before = WorkOrderStore::findByTask(db(), id, "work_order:WS-CAB");
    QVERIFY(before);
    // An amendment re-split the order: two more shelves.
    Storage::Statement more(db().handle(),
                            "UPDATE order_parts SET quantity = quantity + 2 WHERE rowid = "
                            "(SELECT MIN(rowid) FROM order_parts WHERE order_id = ? AND "
                            "task_key = 'work_order:WS-CAB')");
    more.bind(1, id);
    QVERIFY(more.exec());
    const auto made = WorkOrderMaker::make(db());
    QVERIFY(made);
    QCOMPARE(made->changed, 1);
    const auto after = WorkOrderStore::findByTask(db(), id, "work_order:WS-CAB");
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->parts, before->parts + 2);
    QCOMPARE(after->operations.first().runSeconds, before->operations.first().runSeconds + 90);
    QCOMPARE(after->operations.first().quantity, before->parts + 2);
    QCOMPARE(WorkOrderMaker::make(db())->changed, 0);
}

void tst_WorkOrderMaker::planIsSavedAndReadBack()
{
    saveKitchen(m_owner);
    saveKitchen(m_owner);
    QVERIFY(m_engine->runWaiting());
    QVERIFY(WorkOrderMaker::make(db()));
    const qint64 now = shanghai("2026-10-08 08:00");

    auto loaded = PlanStore::load(db(), now);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
    Plan plan = loaded.value();
    QCOMPARE(plan.centers().size(), 9);
    QCOMPARE(plan.activeCount(), int(count("SELECT COUNT(*) FROM operations")));
    // Due at the end of the promised day in Shanghai.
    const PlanJob &job = plan.job(0);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(job.deadline, Qt::UTC)
                 .toTimeZone(plan.siteZone())
                 .toString("yyyy-MM-dd HH:mm"),
             job.dueDate.addDays(1).toString(Qt::ISODate) + " 00:00");

    ScheduleOptions options;
    options.from = now;
    const ScheduleResult r = Scheduler::plan(plan, options);
    QCOMPARE(r.unplaced, 0);
    QCOMPARE(r.planned, plan.activeCount());
    QVERIFY(PlanChecker::verify(plan).isEmpty());
    // The site calendar's National Day is over; nesting runs two shifts from 08:00.
    const PlanOperation &first = plan.operation(plan.job(0).operations.first());
    QCOMPARE(first.start, now);
    const auto written = PlanStore::save(db(), plan, "plan");
    QVERIFY(written);
    QCOMPARE(written.value(), plan.activeCount());
    QCOMPARE(PlanStore::save(db(), plan, "plan").value(), 0);

    const auto again = PlanStore::load(db(), now);
    QVERIFY(again);
    for (const PlanOperation &o : plan.operations()) {
        const int i = again->operationIndex(o.id);
        QVERIFY(i >= 0);
        QCOMPARE(again->operation(i).placement(), o.placement());
        QCOMPARE(again->operation(i).changeoverSeconds, o.changeoverSeconds);
    }
    QVERIFY(PlanChecker::verify(again.value()).isEmpty());
    const auto stored = WorkOrderStore::find(db(), plan.job(0).id);
    QCOMPARE(*stored->operations.first().plannedStart, first.start);
    QCOMPARE(*stored->operations.first().lane, first.lane);
}

void tst_WorkOrderMaker::promiseDateForAnOrderNotYetSplit()
{
    saveKitchen(m_owner);
    QVERIFY(m_engine->runWaiting());
    QVERIFY(WorkOrderMaker::make(db()));
    const qint64 now = shanghai("2026-10-08 08:00");
    auto plan = PlanStore::load(db(), now);
    ScheduleOptions options;
    options.from = now;
    Scheduler::plan(plan.value(), options);
    QVERIFY(PlanStore::save(db(), plan.value(), "plan"));
    const qint64 operations = count("SELECT COUNT(*) FROM operations");

    // A quote, saved but not yet through the engine: no tasks, no work orders.
    const QString quote = saveKitchen(m_owner);
    QCOMPARE(count("SELECT COUNT(*) FROM work_orders WHERE order_id = ?", quote), 0);
    const auto promised = PlanStore::promiseForOrder(db(), quote, now);
    QVERIFY2(promised, qPrintable(promised ? QString() : promised.error().toString()));
    QVERIFY(promised->finish > now);
    QCOMPARE(promised->date, QDate(2026, 10, 8));
    // Written nowhere.
    QCOMPARE(count("SELECT COUNT(*) FROM operations"), operations);
    QCOMPARE(count("SELECT COUNT(*) FROM work_orders WHERE order_id = ?", quote), 0);
}

QTEST_GUILESS_MAIN(tst_WorkOrderMaker)

void tst_WorkOrderMaker::madeWorkOrdersMoveTheOrderOn()
{
    // The shop floor finishes every operation of every work order: each work order's task from
    // the split is done by then, and the order's process moves from 生产中 to 待发货.
    const QString id = saveKitchen(m_owner);
    QVERIFY(m_engine->runWaiting());
    QVERIFY(WorkOrderMaker::make(db()));
    Storage::Statement state(db().handle(),
                             "SELECT state FROM order_processes WHERE order_id = ?");
    state.bind(1, id);
    QVERIFY(state.next());
    QCOMPARE(state.text(0), QString("in_production"));
    state.reset();

    WorkOrderFilter filter;
    filter.orderId = id;
    const auto workOrders = WorkOrderStore::list(db(), filter);
    QVERIFY(workOrders);
    QStringList ids;
    for (const WorkOrder &w : workOrders.value())
        ids.append(w.id);
    QVERIFY(!ids.isEmpty());

    ProgressRecorder recorder(db());
    int scan = 0;
    QString lastMessage;
    for (qsizetype n = 0; n < ids.size(); ++n) {
        const auto progress = ProgressQuery::workOrder(db(), ids[n]);
        QVERIFY(progress);
        for (const OperationProgress &op : progress->operations) {
            for (const ProgressKind kind : {ProgressKind::Start, ProgressKind::Finish}) {
                ProgressEvent e;
                e.operationId = op.id;
                e.kind = kind;
                e.good = kind == ProgressKind::Finish ? op.quantity : 0;
                e.source = "scan";
                e.sourceKey = QString("handoff-%1").arg(++scan);
                const auto outcome = recorder.record(e);
                QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
                lastMessage = outcome->message;
            }
        }
        const auto task = Workflow::TaskStore::find(
            db(), WorkOrderStore::find(db(), ids[n])->taskId);
        QVERIFY(task);
        QCOMPARE(task->status, Workflow::TaskStatus::Done);
        QVERIFY2(task->result.contains(WorkOrderStore::find(db(), ids[n])->woNo),
                 qPrintable(task->result));
        state.bind(1, id);
        QVERIFY(state.next());
        // Only the last work order made moves the order on.
        QCOMPARE(state.text(0), n + 1 < ids.size() ? QString("in_production")
                                                   : QString("ready_to_ship"));
        state.reset();
    }
    QVERIFY2(lastMessage.contains("moves on"), qPrintable(lastMessage));
}

#include "tst_workordermaker.moc"
