#include "supplierdelay.h"

#include "purchasingrows.h"
#include "storage/database.h"
#include "workflow/taskstore.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

Core::Result<QList<OrderRisk>> SupplierDelay::check(Connection &c, const PurchaseOrderLine &line,
                                                    const QString &source)
{
    QList<OrderRisk> written;
    const QDate newDate = line.promisedOn();
    if (!newDate.isValid())
        return written;

    struct Served
    {
        QString orderId, orderNo, ownerId;
        QDate neededBy;
    };
    QList<Served> served;
    {
        Statement &q = c.prepare(
            "SELECT r.order_id, o.order_no, COALESCE(o.owner_id, ''), MIN(r.needed_by) "
            "FROM purchase_requisitions r JOIN sales_orders o ON o.id = r.order_id "
            "WHERE r.deleted = 0 AND r.po_line_id = ? AND r.needed_by IS NOT NULL "
            "GROUP BY r.order_id, o.order_no, o.owner_id ORDER BY o.order_no");
        q.bind(1, line.id);
        while (q.next())
            served.append({q.text(0), q.text(1), q.text(2), Internal::dayFrom(q.text(3))});
        if (q.failed())
            return dbError(q, "purchase_requisitions");
        q.reset();
    }

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), line.ref()};
    const QString newText = Internal::dayText(newDate);
    for (const Served &s : served) {
        if (!(newDate > s.neededBy))
            continue;
        Statement &seen = c.prepare("SELECT 1 FROM order_risks WHERE order_id = ? "
                                    "AND po_line_id = ? AND new_date = ? AND deleted = 0");
        seen.bind(1, s.orderId).bind(2, line.id).bind(3, newText);
        const bool known = seen.next();
        seen.reset();
        if (known)
            continue;

        OrderRisk risk;
        risk.id = Workflow::Internal::newId();
        risk.orderId = s.orderId;
        risk.poLineId = line.id;
        risk.source = source;
        risk.neededBy = s.neededBy;
        risk.newDate = newDate;
        risk.reason = source == QLatin1String("notice")
            ? tr("the supplier's shipping notice for %1 (%2) expects it on %3, after %4 when "
                 "order %5 needs it")
                  .arg(line.ref(), line.description, newText, Internal::dayText(s.neededBy),
                       s.orderNo)
            : tr("the supplier confirmed %1 (%2) for %3, after %4 when order %5 needs it")
                  .arg(line.ref(), line.description, newText, Internal::dayText(s.neededBy),
                       s.orderNo);

        if (!s.ownerId.isEmpty()) {
            Workflow::NewTask task;
            task.orderId = s.orderId;
            task.key = QStringLiteral("%1:%2@%3")
                           .arg(QLatin1String(TaskKind), line.ref(), newText);
            task.kind = QLatin1String(TaskKind);
            task.title = tr("%1 at risk: %2 arrives %3, needed by %4")
                             .arg(s.orderNo, line.ref(), newText,
                                  Internal::dayText(s.neededBy));
            task.assigneeId = s.ownerId;
            task.details = {{QStringLiteral("po_line_id"), line.id},
                            {QStringLiteral("po_line"), line.ref()},
                            {QStringLiteral("description"), line.description},
                            {QStringLiteral("needed_by"), Internal::dayText(s.neededBy)},
                            {QStringLiteral("new_date"), newText},
                            {QStringLiteral("reason"), risk.reason}};
            task.reason = tr("supplier delay");
            const auto created = Workflow::TaskStore::create(c, task);
            if (!created)
                return created.error();
            risk.taskId = created->id;
        }

        risk.hlc = Storage::Database::clock().now();
        Statement &q = c.prepare(
            "INSERT INTO order_risks(id, hlc, order_id, po_line_id, source, reason, needed_by, "
            "new_date, task_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, risk.id)
            .bind(2, risk.hlc)
            .bind(3, risk.orderId)
            .bind(4, risk.poLineId)
            .bind(5, risk.source)
            .bind(6, risk.reason)
            .bind(7, Internal::dayText(risk.neededBy))
            .bind(8, newText)
            .bind(9, Internal::nullIfEmpty(risk.taskId))
            .bind(10, Workflow::Internal::nowIso());
        if (!q.exec())
            return dbError(q, "order_risks");
        q.reset();
        if (auto st = Internal::recordRow(c, QStringLiteral("order_risks"), risk.id,
                                          ChangeLog::Op::Insert, {}, risk.toJson(), risk.hlc,
                                          tr("supplier delay"), risk.orderId);
            !st)
            return st.error();
        written.append(risk);
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return written;
}

Core::Result<QList<OrderRisk>> SupplierDelay::forOrder(Connection &c, const QString &orderId)
{
    Statement &q = c.prepare(
        "SELECT id, order_id, po_line_id, source, reason, needed_by, new_date, "
        "COALESCE(task_id, ''), hlc FROM order_risks WHERE deleted = 0 AND order_id = ? "
        "ORDER BY created_at, new_date");
    q.bind(1, orderId);
    QList<OrderRisk> all;
    while (q.next()) {
        OrderRisk r;
        r.id = q.text(0);
        r.orderId = q.text(1);
        r.poLineId = q.text(2);
        r.source = q.text(3);
        r.reason = q.text(4);
        r.neededBy = Internal::dayFrom(q.text(5));
        r.newDate = Internal::dayFrom(q.text(6));
        r.taskId = q.text(7);
        r.hlc = q.text(8);
        all.append(r);
    }
    if (q.failed())
        return dbError(q, "order_risks");
    q.reset();
    return all;
}

} // namespace Hearth::Warehouse
