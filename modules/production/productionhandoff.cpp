#include "productionhandoff.h"

#include "logging.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/processengine.h"
#include "workflow/taskstore.h"

namespace Hearth::Production {

namespace {

bool isMade(const QString &status)
{
    return status == u"made" || status == u"packed";
}

} // namespace

Core::Result<ProductionHandoff::Outcome> ProductionHandoff::afterProgress(
    Storage::Connection &c, const QString &workOrderId)
{
    Outcome outcome;
    Storage::Statement &wo = c.prepare(
        "SELECT w.status, w.task_id, w.order_id, w.wo_no, o.order_no FROM work_orders w "
        "JOIN sales_orders o ON o.id = w.order_id WHERE w.id = ? AND w.deleted = 0");
    wo.bind(1, workOrderId);
    if (!wo.next())
        return outcome;
    const QString status = wo.text(0);
    const QString taskId = wo.text(1);
    const QString orderId = wo.text(2);
    const QString woNo = wo.text(3);
    const QString orderNo = wo.text(4);
    wo.reset();
    if (!isMade(status))
        return outcome;

    if (!taskId.isEmpty()) {
        const auto task = Workflow::TaskStore::find(c, taskId);
        if (task && task->isActive()) {
            // The system completes it: the station's operator need not be in the task's pool.
            const auto done = Workflow::TaskStore::complete(
                c, taskId, QString(), tr("Work order %1 made").arg(woNo));
            if (!done)
                return done.error();
            outcome.taskCompleted = true;
        }
    }

    Storage::Statement &open = c.prepare(
        "SELECT COUNT(*) FROM work_orders WHERE order_id = ? AND deleted = 0 "
        "AND status NOT IN ('made', 'packed', 'cancelled')");
    open.bind(1, orderId);
    const qint64 stillOpen = open.next() ? open.int64(0) : 0;
    open.reset();
    if (stillOpen > 0) {
        if (outcome.taskCompleted)
            outcome.message = tr("%1 made; %n work order(s) of %2 still in production", nullptr,
                                 int(stillOpen))
                                  .arg(woNo, orderNo);
        return outcome;
    }

    Storage::Statement &state = c.prepare(
        "SELECT state FROM order_processes WHERE order_id = ? AND deleted = 0");
    state.bind(1, orderId);
    const QString fromState = state.next() ? state.text(0) : QString();
    state.reset();
    if (fromState.isEmpty())
        return outcome;

    Workflow::ProcessEngine engine;
    if (Core::Status s = engine.prepare(); !s)
        return s.error();
    const auto step = engine.fire(orderId, QStringLiteral("production_done"),
                                  tr("every work order of %1 is made").arg(orderNo));
    if (!step) {
        // The process is not waiting for production (still splitting, already shipped, or a
        // definition without the event): the order stays where it is and says why in the log.
        qCInfo(lcProduction) << "order" << orderNo << "in state" << fromState
                             << "did not take production_done:" << step.error().toString();
        return outcome;
    }
    outcome.orderMovedOn = step->toState != fromState;
    outcome.toState = step->toState;
    if (outcome.orderMovedOn)
        outcome.message = tr("every work order of %1 is made: the order moves on").arg(orderNo);
    return outcome;
}

} // namespace Hearth::Production
