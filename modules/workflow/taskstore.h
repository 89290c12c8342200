#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

class WorkCalendar;

enum class TaskStatus { Open, Claimed, Started, Done, Cancelled };

/// A task (任务): work for a person, a role's pool or a unit's pool, usually for one order.
struct Task
{
    QString id;
    QString orderId;  // empty for a task of no order
    QString key;      // stable per order: "work_order:WS-CAB", "collection:balance"
    QString kind;     // work_order, purchase, collection, installation, shipment, approval,
                      // escalation, ...
    QString title;
    TaskStatus status = TaskStatus::Open;
    QString role;        // the pool: a role code, a unit, or both
    QString unitId;
    QString assigneeId;  // empty while the task waits in its pool
    QDateTime dueAt;     // UTC; invalid for no deadline
    QDateTime escalatedAt;
    QString escalatedTo;
    qint64 amountFen = 0;  // 0 where no money is involved
    QJsonObject details;
    QString result;  // what the person who completed it reported
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;
    QString hlc;

    /// Open, claimed or started.
    bool isActive() const;
    bool isOverdue(const QDateTime &now) const;
    /// The document recorded in the outbox and the order's timeline.
    QJsonObject toJson() const;
};

struct NewTask
{
    QString orderId;
    QString key;
    QString kind;
    QString title;
    QString role;
    QString unitId;
    QString assigneeId;
    QDateTime dueAt;
    qint64 amountFen = 0;
    QJsonObject details;
    QString reason;  // why it was created ("split", "amendment 2"), on the timeline
};

/// What adjust() changes; unset fields stay as they are.
struct TaskAdjustment
{
    std::optional<QString> title;
    std::optional<QJsonObject> details;
    std::optional<qint64> amountFen;
    std::optional<QDateTime> dueAt;  // an invalid QDateTime clears the deadline
};

struct TaskComment
{
    QString id;
    QString taskId;
    QString author;  // the user name recorded (Storage::Database::currentUser())
    QString body;
    QDateTime createdAt;
};

/// One task escalated (升级) by escalateOverdue().
struct Escalation
{
    QString taskId;
    QString orderId;
    QString leadId;        // escalated_to
    QString notifyTaskId;  // the lead's escalation task

    bool operator==(const Escalation &) const = default;
};

struct EscalationReport
{
    QList<Escalation> escalated;
    QStringList skipped;  // translated, one per overdue task that found no lead

    bool operator==(const EscalationReport &) const = default;
};

/// Creates tasks and moves them through their life. Every method runs in the caller's
/// transaction, or in its own when none is open, and records each change with
/// Storage::ChangeLog: table "tasks" (comments "task_comments"), row id the ORDER's id so that
/// it shows on the order's timeline (the task's id for a task of no order), after = the task's
/// document with "event" (created, claimed, handed_over, started, completed, cancelled,
/// adjusted, commented, escalated) and the reason. actorId is the acting user's id; an empty
/// actorId is the process engine itself, which may do anything.
class TaskStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::TaskStore)

public:
    static constexpr char EscalationKind[] = "escalation";
    /// How long a lead has for an escalation task, in working hours.
    static constexpr int EscalationDueWorkingHours = 4;

    static QString statusCode(TaskStatus status);
    static std::optional<TaskStatus> statusFromCode(const QString &code);
    /// Translated: 待处理, 已认领, 进行中, 已完成, 已取消.
    static QString statusTitle(TaskStatus status);

    /// Creates the task, open. A task with the same order and key that exists already is
    /// returned unchanged and nothing is recorded (creating twice is harmless).
    static Core::Result<Task> create(Storage::Connection &c, const NewTask &task);

    /// A pool task becomes the actor's (claimed); the actor must be of the pool. Claiming a task
    /// already assigned to the actor acknowledges it.
    static Core::Result<Task> claim(Storage::Connection &c, const QString &taskId,
                                    const QString &actorId);
    /// Gives the task to another active user (open again, for them); by its assignee, a member
    /// of its pool while unassigned, the lead of its unit or an administrator. Needs a reason.
    static Core::Result<Task> handOver(Storage::Connection &c, const QString &taskId,
                                       const QString &actorId, const QString &toUserId,
                                       const QString &reason);
    /// By its assignee, or a member of its pool (who claims it so).
    static Core::Result<Task> start(Storage::Connection &c, const QString &taskId,
                                    const QString &actorId);
    /// Done, with what was done; by its assignee or a member of its pool.
    static Core::Result<Task> complete(Storage::Connection &c, const QString &taskId,
                                       const QString &actorId, const QString &result);
    /// By the engine, an administrator or the lead of the task's assignee or unit. Needs a
    /// reason.
    static Core::Result<Task> cancel(Storage::Connection &c, const QString &taskId,
                                     const QString &actorId, const QString &reason);
    /// Changes title, details, amount or deadline of an active task; same people as cancel().
    static Core::Result<Task> adjust(Storage::Connection &c, const QString &taskId,
                                     const QString &actorId, const TaskAdjustment &change,
                                     const QString &reason);
    /// Any active user (or the engine), at any status.
    static Core::Result<TaskComment> comment(Storage::Connection &c, const QString &taskId,
                                             const QString &actorId, const QString &body);

    static Core::Result<Task> find(Storage::Connection &c, const QString &taskId);
    static std::optional<Task> findByKey(Storage::Connection &c, const QString &orderId,
                                         const QString &key);
    /// Every task of the order, cancelled and done too, by creation.
    static QList<Task> forOrder(Storage::Connection &c, const QString &orderId);
    static QList<TaskComment> comments(Storage::Connection &c, const QString &taskId);

    /// Every active task past due at now and not yet escalated gets escalated_to = the lead of
    /// its assignee (OrgUnits::leadOf) or, in a pool, of its unit (OrgUnits::leadOfUnit), a
    /// timeline entry, and an escalation task for the lead due EscalationDueWorkingHours later
    /// in the calendar (key "escalation:<task key>@<due_at>", one per task and deadline).
    /// Escalation tasks themselves are not escalated. Tasks with no lead to
    /// go to stay unescalated and are listed in skipped. Running it again does nothing new.
    static Core::Result<EscalationReport> escalateOverdue(Storage::Connection &c,
                                                          const WorkCalendar &calendar,
                                                          const QDateTime &now);
};

} // namespace Hearth::Workflow
