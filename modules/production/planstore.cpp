#include "planstore.h"

#include "calendarrules.h"
#include "instanttext.h"
#include "orders/orderrepository.h"
#include "storage/database.h"
#include "workcenterstore.h"
#include "workflow/processengine.h"
#include "workflow/workcalendar.h"
#include "workflow/writescope.h"
#include "workordermaker.h"
#include "workorderstatuses.h"
#include "workorderstore.h"

#include <QHash>

namespace Hearth::Production {

using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;
constexpr qint64 Day = 86400;

Core::Status loadCenters(Connection &c, Plan &plan, const Workflow::WorkCalendar &site,
                         qint64 from, qint64 to)
{
    const auto centers = WorkCenterStore::list(c, false);
    if (!centers)
        return centers.error();
    QHash<QString, ProductionCalendar> calendars;
    for (const WorkCenter &w : centers.value()) {
        auto it = calendars.constFind(w.calendarId);
        if (it == calendars.constEnd()) {
            CalendarRules rules = CalendarRules::fromSite(site);
            if (!w.calendarId.isEmpty()) {
                auto own = CalendarRules::load(c, w.calendarId, site);
                if (!own)
                    return Core::Error{own.error().message,
                                       PlanStore::tr("work center %1: %2")
                                           .arg(w.code, own.error().where)};
                rules = own.value();
            }
            it = calendars.insert(w.calendarId, ProductionCalendar(rules, from, to));
        }
        PlanCenter pc;
        pc.id = w.id;
        pc.code = w.code;
        pc.name = w.name;
        pc.nameEn = w.nameEn;
        pc.kind = w.kind;
        pc.capacity = w.capacity;
        pc.setupByMaterial = w.setupByMaterial;
        pc.changeoverSeconds = w.changeoverSeconds;
        pc.calendar = *it;
        plan.addCenter(pc);
    }
    const auto outages = WorkCenterStore::outages(c, from, std::numeric_limits<qint64>::max());
    if (!outages)
        return outages.error();
    for (const Outage &o : outages.value()) {
        const int center = plan.centerIndex(o.workCenterId);
        if (center >= 0)
            plan.center(center).outages.append(o);
    }
    return {};
}

Core::Status loadJobs(Connection &c, Plan &plan)
{
    Statement &q = c.prepare(
        "SELECT w.id, w.wo_no, w.order_id, o.order_no, w.workshop, COALESCE(w.material, ''), "
        "COALESCE(w.colour, ''), COALESCE(w.due_date, ''), COALESCE(w.deadline_at, ''), "
        "w.priority FROM work_orders w JOIN sales_orders o ON o.id = w.order_id "
        "WHERE w.deleted = 0 AND w.status IN ('planned', 'released', 'started') "
        "ORDER BY w.wo_no");
    while (q.next()) {
        PlanJob j;
        j.id = q.text(0);
        j.woNo = q.text(1);
        j.orderId = q.text(2);
        j.orderNo = q.text(3);
        j.workshop = q.text(4);
        j.material = q.text(5);
        j.colour = q.text(6);
        j.dueDate = QDate::fromString(q.text(7), Qt::ISODate);
        const auto deadline = Internal::parseInstant(q.text(8));
        j.deadline = deadline ? *deadline : Plan::endOfDay(j.dueDate, plan.siteZone());
        j.priority = int(q.int64(9));
        plan.addJob(j);
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "work_orders");
    q.reset();

    Statement &ops = c.prepare(
        "SELECT op.id, op.work_order_id, op.seq, op.work_center_id, op.name, op.run_seconds, "
        "op.setup_seconds, op.quantity, op.status, op.planned_start, op.planned_end, op.lane, "
        "op.locked FROM operations op JOIN work_orders w ON w.id = op.work_order_id "
        "WHERE op.deleted = 0 AND w.deleted = 0 AND op.status <> 'cancelled' "
        "AND w.status IN ('planned', 'released', 'started')");
    while (ops.next()) {
        PlanOperation o;
        o.id = ops.text(0);
        o.job = plan.jobIndex(ops.text(1));
        o.seq = int(ops.int64(2));
        o.center = plan.centerIndex(ops.text(3));
        if (o.job < 0 || o.center < 0)
            continue;
        o.name = ops.text(4);
        o.runSeconds = ops.int64(5);
        o.setupSeconds = ops.int64(6);
        o.quantity = ops.int64(7);
        o.status = WorkOrderStatuses::operationFromCode(ops.text(8))
                       .value_or(OperationStatus::Waiting);
        const auto start = Internal::parseInstant(ops.text(9));
        const auto end = Internal::parseInstant(ops.text(10));
        if (start && end && *end >= *start) {
            o.start = *start;
            o.end = *end;
            o.lane = ops.isNull(11) ? -1 : int(ops.int64(11));
        }
        o.locked = ops.int64(12) != 0;
        o.saved = o.placement();
        plan.addOperation(o);
    }
    if (Workflow::Internal::stepFailed(ops))
        return dbError(ops, "operations");
    ops.reset();
    // The changeover each placed operation has, from the job before it on its lane.
    for (int ci = 0; ci < plan.centers().size(); ++ci) {
        if (!plan.center(ci).setupByMaterial)
            continue;
        for (int lane = 0; lane < plan.center(ci).capacity; ++lane) {
            int before = -1;
            for (int op : plan.onLane(ci, lane)) {
                plan.operation(op).changeoverSeconds = plan.changeoverAfter(before, op);
                before = op;
            }
        }
    }
    return {};
}

Operation asOperation(const Plan &plan, const PlanOperation &o, const Placement &p)
{
    Operation op;
    op.id = o.id;
    op.workOrderId = plan.job(o.job).id;
    op.seq = o.seq;
    op.workCenterId = plan.center(o.center).id;
    op.name = o.name;
    op.runSeconds = o.runSeconds;
    op.setupSeconds = o.setupSeconds;
    op.quantity = o.quantity;
    op.status = o.status;
    if (p.start != NoTime) {
        op.plannedStart = p.start;
        op.plannedEnd = p.end;
    }
    if (p.lane >= 0)
        op.lane = p.lane;
    op.locked = p.locked;
    return op;
}

} // namespace

Core::Result<Plan> PlanStore::load(Connection &c, qint64 from, int horizonDays)
{
    const auto site = Workflow::WorkCalendar::load(c);
    if (!site)
        return site.error();
    Plan plan(site->timeZone());
    if (Core::Status s = loadCenters(c, plan, site.value(), from - 2 * Day,
                                     from + qint64(std::max(horizonDays, 1)) * Day);
        !s)
        return s.error();
    if (Core::Status s = loadJobs(c, plan); !s)
        return s.error();
    return plan;
}

Core::Result<int> PlanStore::save(Connection &c, Plan &plan, const QString &reason)
{
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("operations")};
    int written = 0;
    for (int i = 0; i < plan.operations().size(); ++i) {
        const PlanOperation &o = plan.operation(i);
        if (o.placement() == o.saved)
            continue;
        if (Core::Status s = WorkOrderStore::writePlacement(c, asOperation(plan, o, o.saved),
                                                            asOperation(plan, o, o.placement()),
                                                            reason);
            !s)
            return s.error();
        ++written;
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    for (int i = 0; i < plan.operations().size(); ++i)
        plan.operation(i).saved = plan.operation(i).placement();
    return written;
}

int PlanStore::addWorkOrder(Plan &plan, const WorkOrder &w)
{
    PlanJob j;
    j.id = w.id;
    j.woNo = w.woNo;
    j.orderId = w.orderId;
    j.orderNo = w.orderNo;
    j.workshop = w.workshop;
    j.material = w.material;
    j.colour = w.colour;
    j.dueDate = w.dueDate;
    j.deadline = w.deadline ? *w.deadline : Plan::endOfDay(w.dueDate, plan.siteZone());
    j.priority = w.priority;
    const int job = plan.addJob(j);
    for (const Operation &op : w.operations) {
        if (op.status == OperationStatus::Cancelled)
            continue;
        PlanOperation o;
        o.id = op.id;
        o.job = job;
        o.seq = op.seq;
        o.center = plan.centerIndex(op.workCenterId);
        if (o.center < 0)
            continue;
        o.name = op.name;
        o.runSeconds = op.runSeconds;
        o.setupSeconds = op.setupSeconds;
        o.quantity = op.quantity;
        o.status = op.status;
        if (op.plannedStart && op.plannedEnd) {
            o.start = *op.plannedStart;
            o.end = *op.plannedEnd;
            o.lane = op.lane.value_or(-1);
        }
        o.locked = op.locked;
        o.saved = o.placement();
        plan.addOperation(o);
    }
    return job;
}

Core::Result<Promise> PlanStore::promiseForOrder(Connection &c, const QString &orderId,
                                                 qint64 from)
{
    auto loaded = load(c, from);
    if (!loaded)
        return loaded.error();
    Plan plan = loaded.value();

    QList<int> jobs;
    for (int j = 0; j < plan.jobs().size(); ++j) {
        if (plan.job(j).orderId != orderId)
            continue;
        jobs.append(j);
        for (int op : plan.job(j).operations) {
            PlanOperation &o = plan.operation(op);
            if (o.isActive() && !o.isFixed()) {
                o.start = NoTime;
                o.end = NoTime;
                o.lane = -1;
            }
        }
    }
    if (jobs.isEmpty()) {
        const auto order = Orders::OrderRepository::load(orderId);
        if (!order)
            return order.error();
        Workflow::ProcessEngine engine;
        if (Core::Status s = engine.prepare(); !s)
            return s.error();
        const auto split = engine.previewSplit(order.value());
        if (!split)
            return split.error();
        const auto workOrders = WorkOrderMaker::preview(c, split.value(), orderId,
                                                        order->orderNo, order->promisedOn);
        if (!workOrders)
            return workOrders.error();
        for (qsizetype i = 0; i < workOrders->size(); ++i) {
            WorkOrder w = workOrders->at(i);
            w.id = QStringLiteral("preview:%1").arg(i);
            for (qsizetype k = 0; k < w.operations.size(); ++k)
                w.operations[k].id = QStringLiteral("preview:%1:%2").arg(i).arg(k);
            jobs.append(addWorkOrder(plan, w));
        }
    }
    if (jobs.isEmpty())
        return Core::Error{tr("the order has nothing made in the factory"), orderId};
    return Scheduler::promise(plan, jobs, from);
}

} // namespace Hearth::Production
