#include "workordermaker.h"

#include "core/decimal.h"
#include "logging.h"
#include "routingstore.h"
#include "storage/database.h"
#include "workcenterstore.h"
#include "workflow/splitplan.h"
#include "workflow/taskrows.h"
#include "workflow/writescope.h"
#include "workorderstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>


namespace Hearth::Production {

using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;

namespace {

constexpr qint64 Mm2PerM2 = 1'000'000;

struct Totals
{
    qint64 parts = 0;
    qint64 area = 0;
    qint64 edge = 0;
    QString material;
    QString colour;
};

/// Pieces, area and edge of the parts, and the material and colour of the largest area; a
/// work order with no panels (finished furniture) counts the pieces of its lines.
Totals totals(const WorkOrderSource &s)
{
    Totals t;
    QMap<std::pair<QString, QString>, qint64> areaByBoard;
    for (const PartFigures &p : s.parts) {
        t.parts += p.quantity;
        t.area += p.areaMm2;
        t.edge += p.edgeMm;
        areaByBoard[{p.material, p.colour}] += p.areaMm2;
    }
    qint64 largest = -1;
    for (auto it = areaByBoard.cbegin(); it != areaByBoard.cend(); ++it) {
        if (it.value() > largest) {
            largest = it.value();
            t.material = it.key().first;
            t.colour = it.key().second;
        }
    }
    if (!s.parts.isEmpty())
        return t;
    for (const QJsonValue &v : s.details.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        const auto quantity =
            Core::Decimal::parse(line.value(QLatin1String("quantity")).toString());
        if (quantity && quantity->micros() > 0)
            t.parts += (quantity->micros() + Core::Decimal::One - 1) / Core::Decimal::One;
        if (t.material.isEmpty()) {
            t.material = line.value(QLatin1String("material")).toString();
            t.colour = line.value(QLatin1String("colour")).toString();
        }
    }
    return t;
}

QStringList productTypes(const QJsonObject &details)
{
    QStringList types;
    for (const QJsonValue &v : details.value(QLatin1String("lines")).toArray()) {
        const QJsonObject line = v.toObject();
        for (const char *key : {"template", "rule"}) {
            const QString type = line.value(QLatin1String(key)).toString();
            if (!type.isEmpty() && !types.contains(type))
                types.append(type);
        }
    }
    return types;
}

/// Whether the figures the split decides differ (an amendment changed the order).
bool sameFigures(const WorkOrder &a, const WorkOrder &b)
{
    if (a.parts != b.parts || a.areaMm2 != b.areaMm2 || a.edgeMm != b.edgeMm
        || a.material != b.material || a.colour != b.colour || a.dueDate != b.dueDate
        || a.priority != b.priority || a.operations.size() != b.operations.size())
        return false;
    for (qsizetype i = 0; i < a.operations.size(); ++i) {
        const Operation &x = a.operations[i];
        const Operation &y = b.operations[i];
        if (x.seq != y.seq || x.runSeconds != y.runSeconds || x.setupSeconds != y.setupSeconds
            || x.quantity != y.quantity)
            return false;
    }
    return true;
}

bool hasStarted(const WorkOrder &w)
{
    if (w.status != WorkOrderStatus::Planned && w.status != WorkOrderStatus::Released)
        return true;
    for (const Operation &op : w.operations) {
        if (op.status == OperationStatus::Started || op.status == OperationStatus::Done)
            return true;
    }
    return false;
}

struct Reference
{
    QList<Routing> routings;
    QHash<QString, WorkCenter> centers;
};

Core::Result<Reference> reference(Connection &c)
{
    Reference r;
    auto routings = RoutingStore::list(c);
    if (!routings)
        return routings.error();
    r.routings = routings.value();
    auto centers = WorkCenterStore::list(c, false);
    if (!centers)
        return centers.error();
    for (const WorkCenter &w : centers.value())
        r.centers.insert(w.id, w);
    return r;
}

Core::Result<QList<PartFigures>> partsOf(Connection &c, const QString &orderId,
                                         const QString &taskKey)
{
    Statement &q = c.prepare(
        "SELECT quantity, area_mm2, edge_mm, COALESCE(material, ''), COALESCE(colour, '') "
        "FROM order_parts WHERE order_id = ? AND task_key = ? ORDER BY part_key");
    q.bind(1, orderId).bind(2, taskKey);
    QList<PartFigures> parts;
    while (q.next())
        parts.append({q.int64(0), q.int64(1), q.int64(2), q.text(3), q.text(4)});
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "order_parts");
    q.reset();
    return parts;
}

struct TaskRow
{
    WorkOrderSource source;
    bool cancelled = false;
};

} // namespace

QString WorkOrderMaker::workOrderNo(const QString &orderNo, const QString &workshop)
{
    QString suffix = workshop;
    if (suffix.startsWith(QLatin1String("WS-")))
        suffix = suffix.mid(3);
    return QStringLiteral("WO-%1-%2").arg(orderNo, suffix);
}

qint64 WorkOrderMaker::runSeconds(const RoutingStep &step, qint64 parts, qint64 areaMm2)
{
    const qint64 byArea = (step.runSecondsPerM2 * areaMm2 + Mm2PerM2 - 1) / Mm2PerM2;
    return step.runSecondsPerPart * parts + byArea;
}

Core::Result<WorkOrder> WorkOrderMaker::build(const WorkOrderSource &s,
                                              const QList<Routing> &routings,
                                              const QHash<QString, WorkCenter> &centers)
{
    const QString workshop = s.details.value(QLatin1String("workshop")).toString();
    const QString where = tr("order %1, task %2").arg(s.orderNo, s.taskKey);
    if (workshop.isEmpty())
        return Core::Error{tr("the task names no workshop"), where};
    const QStringList types = productTypes(s.details);
    const Routing *routing = RoutingStore::choose(routings, workshop, types);
    if (!routing)
        return Core::Error{tr("no routing for workshop %1 (product %2): add one to the "
                              "production settings")
                               .arg(workshop, types.join(QStringLiteral(", "))),
                           where};
    const Totals t = totals(s);

    WorkOrder w;
    w.woNo = workOrderNo(s.orderNo, workshop);
    w.orderId = s.orderId;
    w.orderNo = s.orderNo;
    w.taskId = s.taskId;
    w.taskKey = s.taskKey;
    w.workshop = workshop;
    w.routingId = routing->id;
    w.parts = t.parts;
    w.areaMm2 = t.area;
    w.edgeMm = t.edge;
    w.material = t.material;
    w.colour = t.colour;
    w.dueDate = s.promisedOn;
    w.priority = s.details.value(QLatin1String("rush")).toBool() ? WorkOrder::RushPriority
                                                                 : WorkOrder::NormalPriority;
    for (const RoutingStep &step : routing->steps) {
        const auto center = centers.constFind(step.workCenterId);
        if (center == centers.constEnd())
            return Core::Error{tr("routing %1, step %2: its work center is gone")
                                   .arg(routing->code)
                                   .arg(step.seq),
                               where};
        Operation op;
        op.seq = step.seq;
        op.workCenterId = step.workCenterId;
        op.name = step.name;
        op.runSeconds = runSeconds(step, t.parts, t.area);
        op.setupSeconds = step.setupSeconds > 0 ? step.setupSeconds : center->setupSeconds;
        op.quantity = t.parts;
        w.operations.append(op);
    }
    return w;
}

Core::Result<MakeReport> WorkOrderMaker::make(Connection &c, const QString &orderId)
{
    const auto ref = reference(c);
    if (!ref)
        return ref.error();

    QList<TaskRow> rows;
    Statement &q = c.prepare(
        "SELECT t.id, t.order_id, t.task_key, t.status, COALESCE(t.details, ''), o.order_no, "
        "COALESCE(o.promised_on, '') FROM tasks t JOIN sales_orders o ON o.id = t.order_id "
        "WHERE t.kind = 'work_order' AND t.deleted = 0 AND (? = '' OR t.order_id = ?) "
        "ORDER BY o.order_no, t.task_key");
    // A null text binds NULL, which "= ''" does not match.
    const QString order = orderId.isNull() ? QStringLiteral("") : orderId;
    q.bind(1, order).bind(2, order);
    while (q.next()) {
        TaskRow r;
        r.source.taskId = q.text(0);
        r.source.orderId = q.text(1);
        r.source.taskKey = q.text(2);
        r.cancelled = q.text(3) == QLatin1String("cancelled");
        r.source.details = QJsonDocument::fromJson(q.text(4).toUtf8()).object();
        r.source.orderNo = q.text(5);
        r.source.promisedOn = QDate::fromString(q.text(6), Qt::ISODate);
        rows.append(r);
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "tasks");
    q.reset();

    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("work_orders")};
    MakeReport report;
    for (TaskRow &r : rows) {
        const auto existing = WorkOrderStore::findByTask(c, r.source.orderId, r.source.taskKey);
        if (r.cancelled) {
            if (!existing || existing->status == WorkOrderStatus::Cancelled)
                continue;
            if (hasStarted(*existing)) {
                report.problems.append(
                    {tr("its task was cancelled, but production has started: decide by hand "
                        "whether to finish or stop it"),
                     existing->woNo});
                continue;
            }
            if (Core::Status s = WorkOrderStore::setStatus(c, existing->id,
                                                           WorkOrderStatus::Cancelled,
                                                           tr("its task was cancelled"));
                !s)
                return s.error();
            ++report.cancelled;
            continue;
        }
        const auto parts = partsOf(c, r.source.orderId, r.source.taskKey);
        if (!parts)
            return parts.error();
        r.source.parts = parts.value();
        auto built = build(r.source, ref->routings, ref->centers);
        if (!built) {
            report.problems.append(built.error());
            continue;
        }
        if (!existing) {
            // The same order and task key make the same ids on every desk, so that two desks
            // making the work orders of one split offline end with one work order, not two.
            WorkOrder made = built.value();
            made.id = Workflow::Internal::TaskRows::keyedId(QStringLiteral("work_orders"),
                                                            made.orderId, made.taskKey);
            for (Operation &op : made.operations) {
                op.id = Workflow::Internal::TaskRows::keyedId(QStringLiteral("operations"),
                                                              made.id, QString::number(op.seq));
            }
            auto inserted = WorkOrderStore::insert(c, made, tr("made from the split"));
            if (!inserted)
                return inserted.error();
            ++report.created;
            report.made.append(inserted->woNo);
            continue;
        }
        if (existing->status == WorkOrderStatus::Cancelled || hasStarted(*existing)
            || sameFigures(*existing, built.value())) {
            ++report.unchanged;
            continue;
        }
        WorkOrder after = built.value();
        after.id = existing->id;
        after.deadline = existing->deadline;
        if (Core::Status s = WorkOrderStore::update(c, *existing, after,
                                                    tr("the order was amended"));
            !s)
            return s.error();
        ++report.changed;
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    qCInfo(lcProduction) << "work orders made:" << report.created << "created,"
                         << report.changed << "changed," << report.cancelled << "cancelled,"
                         << report.problems.size() << "problems";
    return report;
}

Core::Result<QList<WorkOrder>> WorkOrderMaker::preview(Connection &c,
                                                       const Workflow::SplitPlan &plan,
                                                       const QString &orderId,
                                                       const QString &orderNo, QDate promisedOn)
{
    const auto ref = reference(c);
    if (!ref)
        return ref.error();
    QList<WorkOrder> result;
    for (const Workflow::PlannedTask &t : plan.tasks) {
        if (t.kind != QLatin1String("work_order"))
            continue;
        WorkOrderSource s;
        s.orderId = orderId;
        s.orderNo = orderNo;
        s.promisedOn = promisedOn;
        s.taskKey = t.key;
        s.details = t.details;
        for (const Workflow::Part &p : plan.parts) {
            if (p.taskKey == t.key)
                s.parts.append({p.quantity, p.areaMm2, p.edgeMm, p.material, p.colour});
        }
        auto built = build(s, ref->routings, ref->centers);
        if (!built)
            return built.error();
        result.append(built.value());
    }
    return result;
}

} // namespace Hearth::Production
