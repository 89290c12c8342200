#include "taskactions.h"

#include "widgets/session.h"
#include "workflow/orgunits.h"
#include "workflow/taskquery.h"

namespace Hearth::Workflow {

TaskActor TaskActions::currentActor()
{
    const Widgets::Session::User &user = Widgets::Session::user();
    return {user.id, user.role};
}

TaskAbilities TaskActions::abilities(Storage::Connection &c, const Task &task,
                                     const TaskActor &actor, bool orderLinks)
{
    TaskAbilities can;
    if (task.id.isEmpty())
        return can;
    can.openOrder = orderLinks && !task.orderId.isEmpty();
    can.comment = !actor.userId.isEmpty();
    if (!task.isActive() || actor.userId.isEmpty())
        return can;

    const bool mine = task.assigneeId == actor.userId;
    const bool claimable = task.assigneeId.isEmpty() && TaskQuery::inPool(c, actor.userId, task);
    const bool approval = task.kind == QLatin1String(ApprovalKind);
    // Claiming a task already given to the actor acknowledges it (open -> claimed).
    can.claim = task.status == TaskStatus::Open && (mine || claimable);
    can.start = task.status != TaskStatus::Started && (mine || claimable) && !approval;
    can.complete = (mine || claimable) && !approval;

    // The task's lead: the one it was escalated to, the assignee's lead or the pool unit's.
    const bool leads = (!task.escalatedTo.isEmpty() && task.escalatedTo == actor.userId)
        || (!task.assigneeId.isEmpty() && OrgUnits::leadOf(c, task.assigneeId) == actor.userId)
        || (!task.unitId.isEmpty() && OrgUnits::leadOfUnit(c, task.unitId) == actor.userId);
    can.handOver = mine || claimable || leads || actor.isAdmin();

    if (approval) {
        const std::optional<Approval> step = approvalOf(c, task);
        can.decide = step && step->status == QLatin1String(ApprovalStore::Pending)
            && step->role == actor.role;
    }
    return can;
}

std::optional<Approval> TaskActions::approvalOf(Storage::Connection &c, const Task &task)
{
    if (task.kind != QLatin1String(ApprovalKind))
        return std::nullopt;
    const QString id = task.details.value(QLatin1String("approval_id")).toString();
    if (!id.isEmpty()) {
        const Core::Result<Approval> named = ApprovalStore::get(c, id);
        return named ? std::optional<Approval>(named.value()) : std::nullopt;
    }
    if (task.orderId.isEmpty())
        return std::nullopt;
    const Core::Result<QList<Approval>> steps = ApprovalStore::forOrder(c, task.orderId);
    if (!steps)
        return std::nullopt;
    for (const Approval &a : steps.value()) {
        if (a.status == QLatin1String(ApprovalStore::Pending)
            && (task.role.isEmpty() || a.role == task.role)) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace Hearth::Workflow
