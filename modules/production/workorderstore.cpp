#include "workorderstore.h"

#include "instanttext.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/writescope.h"
#include "workorderstatuses.h"

#include <algorithm>

namespace Hearth::Production {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

#define WORK_ORDER_COLUMNS                                                                       \
    "SELECT w.id, w.wo_no, w.order_id, o.order_no, COALESCE(w.task_id, ''), w.task_key, "         \
    "w.workshop, COALESCE(w.routing_id, ''), w.parts, w.area_mm2, w.edge_mm, "                   \
    "COALESCE(w.material, ''), COALESCE(w.colour, ''), COALESCE(w.due_date, ''), "               \
    "COALESCE(w.deadline_at, ''), w.priority, w.status, w.hlc FROM work_orders w "               \
    "JOIN sales_orders o ON o.id = w.order_id WHERE w.deleted = 0 "

WorkOrder readWorkOrder(Statement &q)
{
    WorkOrder w;
    w.id = q.text(0);
    w.woNo = q.text(1);
    w.orderId = q.text(2);
    w.orderNo = q.text(3);
    w.taskId = q.text(4);
    w.taskKey = q.text(5);
    w.workshop = q.text(6);
    w.routingId = q.text(7);
    w.parts = q.int64(8);
    w.areaMm2 = q.int64(9);
    w.edgeMm = q.int64(10);
    w.material = q.text(11);
    w.colour = q.text(12);
    w.dueDate = QDate::fromString(q.text(13), Qt::ISODate);
    w.deadline = Internal::parseInstant(q.text(14));
    w.priority = int(q.int64(15));
    w.status = WorkOrderStatuses::fromCode(q.text(16)).value_or(WorkOrderStatus::Planned);
    w.hlc = q.text(17);
    return w;
}

Operation readOperation(Statement &q)
{
    Operation op;
    op.id = q.text(0);
    op.workOrderId = q.text(1);
    op.seq = int(q.int64(2));
    op.workCenterId = q.text(3);
    op.name = q.text(4);
    op.runSeconds = q.int64(5);
    op.setupSeconds = q.int64(6);
    op.quantity = q.int64(7);
    op.status = WorkOrderStatuses::operationFromCode(q.text(8)).value_or(OperationStatus::Waiting);
    op.plannedStart = Internal::parseInstant(q.text(9));
    op.plannedEnd = Internal::parseInstant(q.text(10));
    if (!q.isNull(11))
        op.lane = int(q.int64(11));
    op.locked = q.int64(12) != 0;
    op.hlc = q.text(13);
    return op;
}

/// One change-log entry: the row after the change with the event that made it, and before it.
Core::Status recordRow(Connection &c, const QString &table, const QString &rowId,
                       const QJsonObject *before, QJsonObject after, const QString &hlc,
                       const char *event, const QString &reason,
                       const QString &anchorId = QString())
{
    after.insert(QStringLiteral("event"), QLatin1String(event));
    return ChangeLog::record(c, {table, rowId,
                                 before ? ChangeLog::Op::Update : ChangeLog::Op::Insert,
                                 before ? *before : QJsonObject(), after, hlc, reason},
                             anchorId);
}

Core::Status recordWorkOrder(Connection &c, const WorkOrder *before, const WorkOrder &after,
                             const char *event, const QString &reason)
{
    const QJsonObject was = before ? before->toJson() : QJsonObject();
    // Anchored on the sales order, so that the change stands on the order's timeline.
    return recordRow(c, QStringLiteral("work_orders"), after.id, before ? &was : nullptr,
                     after.toJson(), after.hlc, event, reason, after.orderId);
}

Core::Status recordOperation(Connection &c, const Operation *before, const Operation &after,
                             const char *event, const QString &reason)
{
    const QJsonObject was = before ? before->toJson() : QJsonObject();
    return recordRow(c, QStringLiteral("operations"), after.id, before ? &was : nullptr,
                     after.toJson(), after.hlc, event, reason);
}

QString optionalText(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

} // namespace

Core::Result<WorkOrder> WorkOrderStore::find(Connection &c, const QString &workOrderId)
{
    Statement &q = c.prepare(WORK_ORDER_COLUMNS "AND w.id = ?");
    q.bind(1, workOrderId);
    if (!q.next()) {
        if (Workflow::Internal::stepFailed(q))
            return dbError(q, "work_orders");
        q.reset();
        return Core::Error{tr("the work order does not exist (any more)"), workOrderId};
    }
    WorkOrder w = readWorkOrder(q);
    q.reset();
    auto ops = operations(c, w.id);
    if (!ops)
        return ops.error();
    w.operations = ops.value();
    return w;
}

std::optional<WorkOrder> WorkOrderStore::findByNo(Connection &c, const QString &woNo)
{
    Statement &q = c.prepare(WORK_ORDER_COLUMNS "AND w.wo_no = ?");
    q.bind(1, woNo);
    std::optional<QString> id;
    if (q.next())
        id = q.text(0);
    q.reset();
    if (!id)
        return std::nullopt;
    auto found = find(c, *id);
    return found ? std::optional<WorkOrder>(found.value()) : std::nullopt;
}

std::optional<WorkOrder> WorkOrderStore::findByTask(Connection &c, const QString &orderId,
                                                    const QString &taskKey)
{
    Statement &q = c.prepare(WORK_ORDER_COLUMNS "AND w.order_id = ? AND w.task_key = ?");
    q.bind(1, orderId).bind(2, taskKey);
    std::optional<QString> id;
    if (q.next())
        id = q.text(0);
    q.reset();
    if (!id)
        return std::nullopt;
    auto found = find(c, *id);
    return found ? std::optional<WorkOrder>(found.value()) : std::nullopt;
}

Core::Result<QList<WorkOrder>> WorkOrderStore::list(Connection &c, const WorkOrderFilter &filter)
{
    Statement &q = c.prepare(
        WORK_ORDER_COLUMNS "AND (? = '' OR w.order_id = ?) AND (? = 0 OR w.status NOT IN "
                           "('made', 'packed', 'cancelled')) "
                           "ORDER BY w.due_date IS NULL, w.due_date, w.wo_no LIMIT ?");
    // A null text binds NULL, which "= ''" does not match.
    const QString order = filter.orderId.isNull() ? QStringLiteral("") : filter.orderId;
    q.bind(1, order)
        .bind(2, order)
        .bind(3, filter.activeOnly ? 1 : 0)
        .bind(4, filter.limit > 0 ? qint64(filter.limit) : qint64(-1));
    QList<WorkOrder> result;
    while (q.next())
        result.append(readWorkOrder(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "work_orders");
    q.reset();
    if (filter.withOperations) {
        for (WorkOrder &w : result) {
            auto ops = operations(c, w.id);
            if (!ops)
                return ops.error();
            w.operations = ops.value();
        }
    }
    return result;
}

Core::Result<QList<Operation>> WorkOrderStore::operations(Connection &c,
                                                          const QString &workOrderId)
{
    Statement &q = c.prepare(
        "SELECT id, work_order_id, seq, work_center_id, name, run_seconds, setup_seconds, "
        "quantity, status, planned_start, planned_end, lane, locked, hlc FROM operations "
        "WHERE work_order_id = ? AND deleted = 0 ORDER BY seq");
    q.bind(1, workOrderId);
    QList<Operation> ops;
    while (q.next())
        ops.append(readOperation(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "operations");
    q.reset();
    return ops;
}

Core::Result<WorkOrder> WorkOrderStore::insert(Connection &c, WorkOrder w, const QString &reason)
{
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), w.woNo};
    // A caller may give the id (WorkOrderMaker keys it by order and task, the same on every
    // desk); otherwise the work order gets a new one.
    if (w.id.isEmpty())
        w.id = Workflow::Internal::newId();
    w.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO work_orders(id, hlc, wo_no, order_id, task_id, task_key, workshop, "
        "routing_id, parts, area_mm2, edge_mm, material, colour, due_date, deadline_at, "
        "priority, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, w.id)
        .bind(2, w.hlc)
        .bind(3, w.woNo)
        .bind(4, w.orderId)
        .bind(5, optionalText(w.taskId))
        .bind(6, w.taskKey)
        .bind(7, w.workshop)
        .bind(8, optionalText(w.routingId))
        .bind(9, w.parts)
        .bind(10, w.areaMm2)
        .bind(11, w.edgeMm)
        .bind(12, optionalText(w.material))
        .bind(13, optionalText(w.colour))
        .bind(14, w.dueDate.isValid() ? w.dueDate.toString(Qt::ISODate) : QString())
        .bind(15, Internal::instantText(w.deadline))
        .bind(16, w.priority)
        .bind(17, WorkOrderStatuses::code(w.status))
        .bind(18, now)
        .bind(19, now);
    if (!q.exec())
        return dbError(q, "work_orders");
    if (Core::Status s = recordWorkOrder(c, nullptr, w, "created", reason); !s)
        return s.error();

    for (Operation &op : w.operations) {
        if (op.id.isEmpty())
            op.id = Workflow::Internal::newId();
        op.workOrderId = w.id;
        op.hlc = w.hlc;
        Statement &o = c.prepare(
            "INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
            "run_seconds, setup_seconds, quantity, status, planned_start, planned_end, lane, "
            "locked, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)");
        o.bind(1, op.id)
            .bind(2, op.hlc)
            .bind(3, op.workOrderId)
            .bind(4, op.seq)
            .bind(5, op.workCenterId)
            .bind(6, op.name)
            .bind(7, op.runSeconds)
            .bind(8, op.setupSeconds)
            .bind(9, op.quantity)
            .bind(10, WorkOrderStatuses::code(op.status))
            .bind(11, Internal::instantText(op.plannedStart))
            .bind(12, Internal::instantText(op.plannedEnd))
            .bind(13, op.lane ? std::optional<qint64>(*op.lane) : std::nullopt)
            .bind(14, op.locked ? 1 : 0)
            .bind(15, now)
            .bind(16, now);
        if (!o.exec())
            return dbError(o, "operations");
        if (Core::Status s = recordOperation(c, nullptr, op, "created", reason); !s)
            return s.error();
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return w;
}

Core::Status WorkOrderStore::update(Connection &c, const WorkOrder &before, const WorkOrder &after,
                                    const QString &reason)
{
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), before.woNo};
    WorkOrder w = after;
    w.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "UPDATE work_orders SET parts = ?, area_mm2 = ?, edge_mm = ?, material = ?, colour = ?, "
        "due_date = ?, deadline_at = ?, priority = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bind(1, w.parts)
        .bind(2, w.areaMm2)
        .bind(3, w.edgeMm)
        .bind(4, optionalText(w.material))
        .bind(5, optionalText(w.colour))
        .bind(6, w.dueDate.isValid() ? w.dueDate.toString(Qt::ISODate) : QString())
        .bind(7, Internal::instantText(w.deadline))
        .bind(8, w.priority)
        .bind(9, w.hlc)
        .bind(10, now)
        .bind(11, w.id);
    if (!q.exec())
        return dbError(q, "work_orders");
    if (Core::Status s = recordWorkOrder(c, &before, w, "changed", reason); !s)
        return s;
    for (const Operation &op : after.operations) {
        const auto old = std::find_if(before.operations.begin(), before.operations.end(),
                                      [&](const Operation &o) { return o.seq == op.seq; });
        if (old == before.operations.end() || old->status != OperationStatus::Waiting)
            continue;
        if (old->runSeconds == op.runSeconds && old->setupSeconds == op.setupSeconds
            && old->quantity == op.quantity)
            continue;
        Operation changed = *old;
        changed.runSeconds = op.runSeconds;
        changed.setupSeconds = op.setupSeconds;
        changed.quantity = op.quantity;
        changed.hlc = w.hlc;
        Statement &o = c.prepare(
            "UPDATE operations SET run_seconds = ?, setup_seconds = ?, quantity = ?, hlc = ?, "
            "updated_at = ? WHERE id = ?");
        o.bind(1, changed.runSeconds)
            .bind(2, changed.setupSeconds)
            .bind(3, changed.quantity)
            .bind(4, changed.hlc)
            .bind(5, now)
            .bind(6, changed.id);
        if (!o.exec())
            return dbError(o, "operations");
        if (Core::Status s = recordOperation(c, &*old, changed, "changed", reason); !s)
            return s;
    }
    return scope.finish();
}

Core::Status WorkOrderStore::setStatus(Connection &c, const QString &workOrderId,
                                       WorkOrderStatus status, const QString &reason)
{
    auto found = find(c, workOrderId);
    if (!found)
        return found.error();
    const WorkOrder &before = found.value();
    if (before.status == status)
        return {};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), before.woNo};
    WorkOrder after = before;
    after.status = status;
    after.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "UPDATE work_orders SET status = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bind(1, WorkOrderStatuses::code(status)).bind(2, after.hlc).bind(3, now).bind(4, after.id);
    if (!q.exec())
        return dbError(q, "work_orders");
    if (Core::Status s = recordWorkOrder(c, &before, after,
                                         status == WorkOrderStatus::Cancelled ? "cancelled"
                                                                              : "status",
                                         reason);
        !s)
        return s;
    if (status == WorkOrderStatus::Cancelled) {
        for (const Operation &op : before.operations) {
            if (op.status != OperationStatus::Waiting)
                continue;
            if (Core::Status s = setOperationStatus(c, op.id, OperationStatus::Cancelled, reason);
                !s)
                return s;
        }
    }
    return scope.finish();
}

Core::Status WorkOrderStore::setOperationStatus(Connection &c, const QString &operationId,
                                                OperationStatus status, const QString &reason)
{
    Statement &read = c.prepare(
        "SELECT id, work_order_id, seq, work_center_id, name, run_seconds, setup_seconds, "
        "quantity, status, planned_start, planned_end, lane, locked, hlc FROM operations "
        "WHERE id = ? AND deleted = 0");
    read.bind(1, operationId);
    if (!read.next()) {
        read.reset();
        return Core::Error{tr("the operation does not exist (any more)"), operationId};
    }
    const Operation before = readOperation(read);
    read.reset();
    if (before.status == status)
        return {};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), operationId};
    Operation after = before;
    after.status = status;
    after.hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "UPDATE operations SET status = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bind(1, WorkOrderStatuses::code(status))
        .bind(2, after.hlc)
        .bind(3, Workflow::Internal::nowIso())
        .bind(4, after.id);
    if (!q.exec())
        return dbError(q, "operations");
    if (Core::Status s = recordOperation(c, &before, after, "status", reason); !s)
        return s;
    return scope.finish();
}

Core::Status WorkOrderStore::writePlacement(Connection &c, const Operation &before,
                                            const Operation &after, const QString &reason)
{
    if (before.plannedStart == after.plannedStart && before.plannedEnd == after.plannedEnd
        && before.lane == after.lane && before.locked == after.locked)
        return {};
    Operation changed = before;
    changed.plannedStart = after.plannedStart;
    changed.plannedEnd = after.plannedEnd;
    changed.lane = after.lane;
    changed.locked = after.locked;
    changed.hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "UPDATE operations SET planned_start = ?, planned_end = ?, lane = ?, locked = ?, hlc = ?, "
        "updated_at = ? WHERE id = ?");
    q.bind(1, Internal::instantText(changed.plannedStart))
        .bind(2, Internal::instantText(changed.plannedEnd))
        .bind(3, changed.lane ? std::optional<qint64>(*changed.lane) : std::nullopt)
        .bind(4, changed.locked ? 1 : 0)
        .bind(5, changed.hlc)
        .bind(6, Workflow::Internal::nowIso())
        .bind(7, changed.id);
    if (!q.exec())
        return dbError(q, "operations");
    return recordOperation(c, &before, changed, "planned", reason);
}

} // namespace Hearth::Production
