#pragma once

#include "workflow/approvalstore.h"
#include "workflow/taskstore.h"

#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// Who acts in the inbox: the signed-in user's id and role code ("admin", "finance", ...).
struct TaskActor
{
    QString userId;
    QString role;

    bool isAdmin() const { return role == QLatin1String("admin"); }
};

/// What the actor may do with one task now, for the inbox's buttons. The rules are TaskStore's
/// and ApprovalStore's; the stores check them again when the action runs.
struct TaskAbilities
{
    bool claim = false;
    bool start = false;
    bool complete = false;  // not for approvals, which are decided
    bool handOver = false;
    bool comment = false;
    bool decide = false;  // approve or reject the task's pending approval step
    bool openOrder = false;

    bool operator==(const TaskAbilities &) const = default;
};

/// Works out TaskAbilities, and finds the approval step an approval task (审批) stands for.
class TaskActions
{
public:
    static constexpr char ApprovalKind[] = "approval";

    /// The signed-in user (Widgets::Session).
    static TaskActor currentActor();
    /// orderLinks: whether an order can be opened at all here (a handler and the permission).
    static TaskAbilities abilities(Storage::Connection &c, const Task &task,
                                   const TaskActor &actor, bool orderLinks);
    /// The approval step of an approval task: the one its details name ("approval_id"), else
    /// the order's pending step for the task's role. Empty for other tasks.
    static std::optional<Approval> approvalOf(Storage::Connection &c, const Task &task);
};

} // namespace Hearth::Workflow
