#include "orderremoval.h"

#include "orders/orderrepository.h"
#include "orders/salesorder.h"
#include "processengine.h"
#include "storage/database.h"
#include "storage/statement.h"

namespace Hearth::Workflow {

namespace {

using Orders::OrderStatus;

qint64 countOf(Storage::Connection &c, const char *sql, const QString &orderId)
{
    Storage::Statement &q = c.prepare(sql);
    q.bind(1, orderId);
    const qint64 n = q.next() ? q.int64(0) : 0;
    q.reset();
    return n;
}

struct OrderHead
{
    bool found = false;
    QString orderNo;
    QString status;
    bool hasProcess = false;
    bool processFinal = false;
};

OrderHead headOf(Storage::Connection &c, const QString &orderId)
{
    // An order cancelled or closed has its process in a final state.
    Storage::Statement &q = c.prepare(
        "SELECT o.order_no, o.status, p.order_id IS NOT NULL, "
        "o.status IN ('cancelled', 'closed') FROM sales_orders o "
        "LEFT JOIN order_processes p ON p.order_id = o.id AND p.deleted = 0 "
        "WHERE o.id = ? AND o.deleted = 0");
    q.bind(1, orderId);
    OrderHead head;
    if (q.next()) {
        head = {true, q.text(0), q.text(1), q.int64(2) != 0, q.int64(3) != 0};
    }
    q.reset();
    return head;
}

bool pastProduction(const QString &status)
{
    const std::optional<OrderStatus> s = Orders::statusFromCode(status);
    return s && (*s == OrderStatus::InProduction || *s == OrderStatus::Shipped
                 || *s == OrderStatus::Installed || *s == OrderStatus::Closed);
}

} // namespace

QString OrderRemoval::cancelRefusal(Storage::Connection &c, const QString &orderId)
{
    const OrderHead head = headOf(c, orderId);
    if (!head.found)
        return tr("there is no such order");
    const std::optional<OrderStatus> status = Orders::statusFromCode(head.status);
    if (status == OrderStatus::Cancelled)
        return tr("%1 is cancelled already").arg(head.orderNo);
    if (pastProduction(head.status)) {
        return tr("%1 is %2: an order in production or later cannot be cancelled; record a "
                  "refund or a return instead")
            .arg(head.orderNo, status ? Orders::statusName(*status) : head.status);
    }
    return {};
}

QStringList OrderRemoval::deleteBlockers(Storage::Connection &c, const QString &orderId)
{
    const OrderHead head = headOf(c, orderId);
    if (!head.found)
        return {tr("there is no such order")};
    QStringList blockers;
    if (pastProduction(head.status)) {
        const std::optional<OrderStatus> status = Orders::statusFromCode(head.status);
        blockers.append(tr("its status is %1").arg(status ? Orders::statusName(*status)
                                                           : head.status));
    }
    struct Check
    {
        const char *sql;
        const char *text;
    };
    static const Check checks[] = {
        {"SELECT COUNT(*) FROM receipts WHERE order_id = ? AND deleted = 0",
         QT_TRANSLATE_N_NOOP("Hearth::Workflow::OrderRemoval",
                           "%n receipt(s) are recorded on it (record a refund instead)")},
        {"SELECT COUNT(*) FROM work_orders WHERE order_id = ? AND deleted = 0 "
         "AND status <> 'cancelled'",
         QT_TRANSLATE_N_NOOP("Hearth::Workflow::OrderRemoval", "it has %n work order(s)")},
        {"SELECT COUNT(*) FROM stock_moves WHERE order_id = ?",
         QT_TRANSLATE_N_NOOP("Hearth::Workflow::OrderRemoval",
                           "%n stock move(s) were booked for it")},
        {"SELECT COUNT(*) FROM packages WHERE order_id = ? AND deleted = 0",
         QT_TRANSLATE_N_NOOP("Hearth::Workflow::OrderRemoval", "it has %n package(s)")},
        {"SELECT COUNT(*) FROM sales_orders WHERE parent_order_id = ? AND deleted = 0",
         QT_TRANSLATE_N_NOOP("Hearth::Workflow::OrderRemoval", "it has %n re-make(s)")},
    };
    for (const Check &check : checks) {
        const qint64 n = countOf(c, check.sql, orderId);
        if (n > 0)
            blockers.append(tr(check.text, nullptr, int(n)));
    }
    return blockers;
}

Core::Result<QString> OrderRemoval::cancel(ProcessEngine &engine, const QString &orderId,
                                           const QString &reason)
{
    Storage::Connection &c = Storage::Database::connection();
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("give the reason for cancelling the order"), orderId};
    if (const QString refusal = cancelRefusal(c, orderId); !refusal.isEmpty())
        return Core::Error{refusal, orderId};
    const OrderHead head = headOf(c, orderId);
    const Core::Result<OrderStep> step = engine.fire(orderId, QStringLiteral("cancel"),
                                                     reason.trimmed());
    if (!step)
        return step.error();
    return tr("%1 cancelled (%n open task(s) cancelled)", nullptr, step->tasksCancelled)
        .arg(head.orderNo);
}

Core::Result<QString> OrderRemoval::remove(ProcessEngine &engine, const QString &orderId,
                                           const QString &reason)
{
    Storage::Connection &c = Storage::Database::connection();
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("give the reason for deleting the order"), orderId};
    const OrderHead head = headOf(c, orderId);
    if (const QStringList blockers = deleteBlockers(c, orderId); !blockers.isEmpty()) {
        return Core::Error{tr("%1 cannot be deleted: %2; cancel it instead")
                               .arg(head.orderNo, blockers.join(tr("; "))),
                           orderId};
    }
    // Its tasks leave the inboxes first; if the delete then fails, the order is cancelled,
    // which is where the person was going anyway.
    int tasksCancelled = 0;
    if (head.hasProcess && !head.processFinal) {
        const Core::Result<OrderStep> step = engine.fire(orderId, QStringLiteral("cancel"),
                                                         reason.trimmed());
        if (!step)
            return step.error();
        tasksCancelled = step->tasksCancelled;
    }
    if (Core::Status s = Orders::OrderRepository::remove(orderId, reason.trimmed()); !s)
        return s.error();
    return tr("%1 deleted (%n open task(s) cancelled)", nullptr, tasksCancelled)
        .arg(head.orderNo);
}

} // namespace Hearth::Workflow
