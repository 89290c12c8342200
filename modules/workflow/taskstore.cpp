#include "taskstore.h"

#include "orgunits.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "taskquery.h"
#include "taskrows.h"
#include "workcalendar.h"
#include "writescope.h"

#include <QJsonDocument>

namespace Hearth::Workflow {

using Internal::dbError;
using Internal::TaskRows;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;

namespace {

constexpr char Table[] = "tasks";

/// Who is acting, as far as permissions go.
struct Actor
{
    QString id;
    bool system = false;  // the process engine
    bool exists = false;
    bool active = false;
    QString role;
    QString name;
};

Actor actorFor(Connection &c, const QString &actorId)
{
    Actor a;
    a.id = actorId;
    if (actorId.isEmpty()) {
        a.system = a.exists = a.active = true;
        return a;
    }
    Statement &q = c.prepare("SELECT active, role, display_name FROM users WHERE id = ?");
    q.bind(1, actorId);
    if (q.next()) {
        a.exists = true;
        a.active = q.int64(0) != 0;
        a.role = q.text(1);
        a.name = q.text(2);
    }
    q.reset();
    return a;
}

QString userName(Connection &c, const QString &userId)
{
    Statement &q = c.prepare("SELECT display_name FROM users WHERE id = ?");
    q.bind(1, userId);
    const QString name = q.next() ? q.text(0) : userId;
    q.reset();
    return name;
}

bool isAdmin(const Actor &a)
{
    return a.role == QLatin1String("admin");
}

/// The lead of the task's assignee, of its unit, or the lead it was escalated to.
bool leadsTask(Connection &c, const Actor &a, const Task &t)
{
    if (!t.escalatedTo.isEmpty() && t.escalatedTo == a.id)
        return true;
    if (!t.assigneeId.isEmpty() && OrgUnits::leadOf(c, t.assigneeId) == a.id)
        return true;
    return !t.unitId.isEmpty() && OrgUnits::leadOfUnit(c, t.unitId) == a.id;
}

/// Why the actor may not act at all, if so.
std::optional<Core::Error> refuseActor(const Actor &a)
{
    if (!a.exists)
        return Core::Error{TaskStore::tr("unknown user"), {}};
    if (!a.active)
        return Core::Error{TaskStore::tr("%1 is disabled").arg(a.name), {}};
    return std::nullopt;
}

QString where(const Task &t)
{
    return TaskStore::tr("task \"%1\"").arg(t.title);
}

using Core::Error;

/// The error for an action the task's status does not allow.
Error statusError(const Task &t, const QString &action)
{
    switch (t.status) {
    case TaskStatus::Done:
        return Core::Error{TaskStore::tr("it is done already, so it cannot be %1").arg(action),
                           where(t)};
    case TaskStatus::Cancelled:
        return Core::Error{TaskStore::tr("it was cancelled, so it cannot be %1").arg(action),
                           where(t)};
    case TaskStatus::Started:
        return Core::Error{TaskStore::tr("it is started already, so it cannot be %1").arg(action),
                           where(t)};
    case TaskStatus::Claimed:
    case TaskStatus::Open:
        break;
    }
    return Core::Error{TaskStore::tr("it cannot be %1 now").arg(action), where(t)};
}

/// Writes a changed task and records it; the whole of every action below.
Core::Result<Task> commitChange(Connection &c, Internal::WriteScope &scope, const Task &before,
                                Task after, const char *event, const QString &reason)
{
    after.hlc = Storage::Database::clock().now();
    after.updatedAt = QDateTime::currentDateTimeUtc();
    if (Core::Status s = TaskRows::update(c, after); !s)
        return s.error();
    if (Core::Status s = TaskRows::record(c, ChangeLog::Op::Update, &before, after, event, reason);
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return after;
}

} // namespace

bool Task::isActive() const
{
    return status == TaskStatus::Open || status == TaskStatus::Claimed
           || status == TaskStatus::Started;
}

bool Task::isOverdue(const QDateTime &now) const
{
    return isActive() && dueAt.isValid() && dueAt < now;
}

QJsonObject Task::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("order_id"), orderId},
                  {QStringLiteral("task_key"), key},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), TaskStore::statusCode(status)},
                  {QStringLiteral("role"), role},
                  {QStringLiteral("unit_id"), unitId},
                  {QStringLiteral("assignee_id"), assigneeId},
                  {QStringLiteral("due_at"), TaskRows::iso(dueAt)},
                  {QStringLiteral("escalated_at"), TaskRows::iso(escalatedAt)},
                  {QStringLiteral("escalated_to"), escalatedTo},
                  {QStringLiteral("amount_fen"), amountFen},
                  {QStringLiteral("result"), result},
                  {QStringLiteral("completed_at"), TaskRows::iso(completedAt)}};
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return o;
}

QString TaskStore::statusCode(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return QStringLiteral("open");
    case TaskStatus::Claimed:
        return QStringLiteral("claimed");
    case TaskStatus::Started:
        return QStringLiteral("started");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<TaskStatus> TaskStore::statusFromCode(const QString &code)
{
    for (TaskStatus s : {TaskStatus::Open, TaskStatus::Claimed, TaskStatus::Started,
                         TaskStatus::Done, TaskStatus::Cancelled}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString TaskStore::statusTitle(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return tr("Open");
    case TaskStatus::Claimed:
        return tr("Claimed");
    case TaskStatus::Started:
        return tr("In progress");
    case TaskStatus::Done:
        return tr("Done");
    case TaskStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

Core::Result<Task> TaskStore::find(Connection &c, const QString &taskId)
{
    Statement &q = c.prepare(
        "SELECT id, order_id, task_key, kind, title, status, role, unit_id, assignee_id, due_at, "
        "escalated_at, escalated_to, amount_fen, details, result, created_at, updated_at, "
        "completed_at, hlc FROM tasks WHERE id = ? AND deleted = 0");
    q.bind(1, taskId);
    if (!q.next()) {
        if (Internal::stepFailed(q))
            return dbError(q, Table);
        q.reset();
        return Core::Error{tr("the task does not exist (any more)"), taskId};
    }
    Task t = TaskRows::read(q);
    q.reset();
    return t;
}

std::optional<Task> TaskStore::findByKey(Connection &c, const QString &orderId,
                                         const QString &key)
{
    Statement &q = c.prepare(
        "SELECT id, order_id, task_key, kind, title, status, role, unit_id, assignee_id, due_at, "
        "escalated_at, escalated_to, amount_fen, details, result, created_at, updated_at, "
        "completed_at, hlc FROM tasks WHERE order_id IS ? AND task_key = ? AND deleted = 0");
    q.bind(1, orderId.isEmpty() ? QString() : orderId).bind(2, key);
    std::optional<Task> t;
    if (q.next())
        t = TaskRows::read(q);
    q.reset();
    return t;
}

QList<Task> TaskStore::forOrder(Connection &c, const QString &orderId)
{
    QList<Task> result;
    Statement &q = c.prepare(
        "SELECT id, order_id, task_key, kind, title, status, role, unit_id, assignee_id, due_at, "
        "escalated_at, escalated_to, amount_fen, details, result, created_at, updated_at, "
        "completed_at, hlc FROM tasks WHERE order_id = ? AND deleted = 0 "
        "ORDER BY created_at, rowid");
    q.bind(1, orderId);
    while (q.next())
        result.append(TaskRows::read(q));
    q.reset();
    return result;
}

QList<TaskComment> TaskStore::comments(Connection &c, const QString &taskId)
{
    QList<TaskComment> result;
    Statement &q = c.prepare(
        "SELECT id, task_id, author, body, created_at FROM task_comments WHERE task_id = ? "
        "ORDER BY created_at, rowid");
    q.bind(1, taskId);
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2), q.text(3), TaskRows::fromIso(q.text(4))});
    q.reset();
    return result;
}

Core::Result<Task> TaskStore::create(Connection &c, const NewTask &n)
{
    const QString key = n.key.trimmed();
    if (key.isEmpty() || n.kind.trimmed().isEmpty() || n.title.trimmed().isEmpty())
        return Core::Error{tr("a task needs a key, a kind and a title"), n.title};
    if (std::optional<Task> existing = findByKey(c, n.orderId, key))
        return *existing;
    if (!n.orderId.isEmpty()) {
        Statement &q = c.prepare("SELECT 1 FROM sales_orders WHERE id = ?");
        q.bind(1, n.orderId);
        const bool found = q.next();
        q.reset();
        if (!found)
            return Core::Error{tr("the order of task \"%1\" does not exist").arg(n.title),
                               n.orderId};
    }
    if (!n.unitId.isEmpty() && !OrgUnits::find(c, n.unitId))
        return Core::Error{tr("the unit of task \"%1\" does not exist").arg(n.title), n.unitId};
    if (!n.assigneeId.isEmpty()) {
        const Actor assignee = actorFor(c, n.assigneeId);
        if (!assignee.exists)
            return Core::Error{tr("task \"%1\" is assigned to an unknown user").arg(n.title),
                               n.assigneeId};
    }

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QString::fromLatin1(Table)};
    Task t;
    t.id = TaskRows::newTaskId(c, n.orderId, key);
    t.orderId = n.orderId;
    t.key = key;
    t.kind = n.kind.trimmed();
    t.title = n.title.trimmed();
    t.role = n.role.trimmed();
    t.unitId = n.unitId;
    t.assigneeId = n.assigneeId;
    t.dueAt = n.dueAt.isValid() ? n.dueAt.toUTC() : QDateTime();
    t.amountFen = n.amountFen;
    t.details = n.details;
    t.hlc = Storage::Database::clock().now();
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.updatedAt = t.createdAt;

    if (Core::Status s = TaskRows::insert(c, t); !s)
        return s.error();
    if (Core::Status s =
            TaskRows::record(c, ChangeLog::Op::Insert, nullptr, t, "created", n.reason);
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return t;
}

Core::Result<Task> TaskStore::claim(Connection &c, const QString &taskId, const QString &actorId)
{
    const auto found = find(c, taskId);
    if (!found)
        return found;
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (a.system)
        return Core::Error{tr("only a person can claim a task"), where(t)};
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (t.status == TaskStatus::Claimed && t.assigneeId == actorId)
        return t;
    if (t.status != TaskStatus::Open) {
        if (t.status == TaskStatus::Claimed)
            return Core::Error{tr("%1 has claimed it already").arg(userName(c, t.assigneeId)),
                               where(t)};
        return statusError(t, tr("claimed"));
    }
    if (!t.assigneeId.isEmpty() && t.assigneeId != actorId)
        return Core::Error{tr("it is assigned to %1; ask them or their lead to hand it over")
                               .arg(userName(c, t.assigneeId)),
                           where(t)};
    if (t.assigneeId.isEmpty() && !TaskQuery::inPool(c, actorId, t))
        return Core::Error{tr("%1 is not in the pool this task waits in").arg(a.name), where(t)};

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    Task after = t;
    after.assigneeId = actorId;
    after.status = TaskStatus::Claimed;
    return commitChange(c, scope, t, after, "claimed", {});
}

Core::Result<Task> TaskStore::handOver(Connection &c, const QString &taskId,
                                       const QString &actorId, const QString &toUserId,
                                       const QString &reason)
{
    const auto found = find(c, taskId);
    if (!found)
        return found;
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (!t.isActive())
        return statusError(t, tr("handed over"));
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("say why it is handed over"), where(t)};
    const Actor to = actorFor(c, toUserId);
    if (toUserId.isEmpty() || !to.exists)
        return Core::Error{tr("hand it over to whom? That user does not exist"), where(t)};
    if (!to.active)
        return Core::Error{tr("%1 is disabled and cannot take it").arg(to.name), where(t)};
    if (toUserId == t.assigneeId)
        return Core::Error{tr("it is %1's already").arg(to.name), where(t)};
    const bool allowed = a.system || isAdmin(a) || t.assigneeId == actorId
                         || (t.assigneeId.isEmpty() && TaskQuery::inPool(c, actorId, t))
                         || leadsTask(c, a, t);
    if (!allowed)
        return Core::Error{tr("only its assignee, its lead or an administrator can hand it over"),
                           where(t)};

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    Task after = t;
    after.assigneeId = toUserId;
    after.status = TaskStatus::Open;
    return commitChange(c, scope, t, after, "handed_over", reason.trimmed());
}

Core::Result<Task> TaskStore::start(Connection &c, const QString &taskId, const QString &actorId)
{
    const auto found = find(c, taskId);
    if (!found)
        return found;
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (t.status != TaskStatus::Open && t.status != TaskStatus::Claimed)
        return statusError(t, tr("started"));
    const bool allowed = a.system || t.assigneeId == actorId
                         || (t.assigneeId.isEmpty() && TaskQuery::inPool(c, actorId, t));
    if (!allowed)
        return Core::Error{t.assigneeId.isEmpty()
                               ? tr("%1 is not in the pool this task waits in").arg(a.name)
                               : tr("it is assigned to %1").arg(userName(c, t.assigneeId)),
                           where(t)};

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    Task after = t;
    if (after.assigneeId.isEmpty())
        after.assigneeId = actorId;
    after.status = TaskStatus::Started;
    return commitChange(c, scope, t, after, "started", {});
}

Core::Result<Task> TaskStore::complete(Connection &c, const QString &taskId,
                                       const QString &actorId, const QString &result)
{
    const auto found = find(c, taskId);
    if (!found)
        return found;
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (!t.isActive())
        return statusError(t, tr("completed"));
    const bool allowed = a.system || t.assigneeId == actorId
                         || (t.assigneeId.isEmpty() && TaskQuery::inPool(c, actorId, t));
    if (!allowed)
        return Core::Error{t.assigneeId.isEmpty()
                               ? tr("%1 is not in the pool this task waits in").arg(a.name)
                               : tr("only %1, who has it, can complete it")
                                     .arg(userName(c, t.assigneeId)),
                           where(t)};

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    Task after = t;
    if (after.assigneeId.isEmpty())
        after.assigneeId = actorId;
    after.status = TaskStatus::Done;
    after.result = result.trimmed();
    after.completedAt = QDateTime::currentDateTimeUtc();
    return commitChange(c, scope, t, after, "completed", after.result);
}

Core::Result<Task> TaskStore::cancel(Connection &c, const QString &taskId, const QString &actorId,
                                     const QString &reason)
{
    const auto found = find(c, taskId);
    if (!found)
        return found;
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (!t.isActive())
        return statusError(t, tr("cancelled"));
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("say why it is cancelled"), where(t)};
    if (!a.system && !isAdmin(a) && !leadsTask(c, a, t))
        return Core::Error{tr("only its lead or an administrator can cancel it"), where(t)};

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    Task after = t;
    after.status = TaskStatus::Cancelled;
    after.completedAt = QDateTime::currentDateTimeUtc();
    return commitChange(c, scope, t, after, "cancelled", reason.trimmed());
}

Core::Result<Task> TaskStore::adjust(Connection &c, const QString &taskId, const QString &actorId,
                                     const TaskAdjustment &change, const QString &reason)
{
    const auto found = find(c, taskId);
    if (!found)
        return found;
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (!t.isActive())
        return statusError(t, tr("changed"));
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("say why it is changed"), where(t)};
    if (!a.system && !isAdmin(a) && !leadsTask(c, a, t))
        return Core::Error{tr("only its lead or an administrator can change it"), where(t)};

    Task after = t;
    if (change.title) {
        if (change.title->trimmed().isEmpty())
            return Core::Error{tr("a task needs a title"), where(t)};
        after.title = change.title->trimmed();
    }
    if (change.details)
        after.details = *change.details;
    if (change.amountFen)
        after.amountFen = *change.amountFen;
    if (change.dueAt) {
        after.dueAt = change.dueAt->isValid() ? change.dueAt->toUTC() : QDateTime();
        // A new deadline may be met again: the next overdue check judges it afresh.
        after.escalatedAt = QDateTime();
        after.escalatedTo.clear();
    }
    if (after.toJson() == t.toJson())
        return t;

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    return commitChange(c, scope, t, after, "adjusted", reason.trimmed());
}

Core::Result<TaskComment> TaskStore::comment(Connection &c, const QString &taskId,
                                             const QString &actorId, const QString &body)
{
    const auto found = find(c, taskId);
    if (!found)
        return found.error();
    const Task &t = found.value();
    const Actor a = actorFor(c, actorId);
    if (auto refused = refuseActor(a))
        return Core::Error{refused->message, where(t)};
    if (body.trimmed().isEmpty())
        return Core::Error{tr("a comment cannot be empty"), where(t)};

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where(t)};
    TaskComment comment{Internal::newId(), t.id, Storage::Database::currentUser(), body.trimmed(),
                        QDateTime::currentDateTimeUtc()};
    Statement &q = c.prepare(
        "INSERT INTO task_comments(id, task_id, author, body, created_at) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, comment.id)
        .bind(2, comment.taskId)
        .bind(3, comment.author)
        .bind(4, comment.body)
        .bind(5, TaskRows::iso(comment.createdAt));
    if (!q.exec())
        return dbError(q, "task_comments");
    const QJsonObject doc{{QStringLiteral("id"), comment.id},
                          {QStringLiteral("task_id"), t.id},
                          {QStringLiteral("task_key"), t.key},
                          {QStringLiteral("title"), t.title},
                          {QStringLiteral("author"), comment.author},
                          {QStringLiteral("body"), comment.body},
                          {QStringLiteral("event"), QStringLiteral("commented")}};
    if (Core::Status s = ChangeLog::record(
            c, {QStringLiteral("task_comments"), comment.id, ChangeLog::Op::Insert, {}, doc,
                Storage::Database::clock().now(), {}},
            t.orderId.isEmpty() ? t.id : t.orderId);
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return comment;
}

Core::Result<EscalationReport> TaskStore::escalateOverdue(Connection &c,
                                                          const WorkCalendar &calendar,
                                                          const QDateTime &now)
{
    if (!now.isValid())
        return Core::Error{tr("no time to judge overdue tasks by"), {}};
    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QString::fromLatin1(Table)};

    QStringList overdue;
    Statement &q = c.prepare(
        "SELECT id FROM tasks WHERE status IN ('open', 'claimed', 'started') AND deleted = 0 "
        "AND due_at IS NOT NULL AND due_at < ? AND escalated_at IS NULL AND kind <> ? "
        "ORDER BY due_at, id");
    q.bind(1, TaskRows::iso(now)).bind(2, QString::fromLatin1(EscalationKind));
    while (q.next())
        overdue.append(q.text(0));
    if (Internal::stepFailed(q))
        return dbError(q, Table);
    q.reset();

    EscalationReport report;
    for (const QString &id : overdue) {
        const auto found = find(c, id);
        if (!found)
            return found.error();
        const Task &t = found.value();
        const QString lead = !t.assigneeId.isEmpty() ? OrgUnits::leadOf(c, t.assigneeId)
                             : !t.unitId.isEmpty()   ? OrgUnits::leadOfUnit(c, t.unitId)
                                                     : QString();
        if (lead.isEmpty()) {
            report.skipped.append(
                t.assigneeId.isEmpty()
                    ? tr("\"%1\" is overdue, but its pool has no unit with a lead").arg(t.title)
                    : tr("\"%1\" is overdue, but %2 has no lead to escalate to")
                          .arg(t.title, userName(c, t.assigneeId)));
            continue;
        }
        Task after = t;
        after.escalatedAt = now.toUTC();
        after.escalatedTo = lead;
        after.hlc = Storage::Database::clock().now();
        after.updatedAt = QDateTime::currentDateTimeUtc();
        const QString reason =
            tr("overdue since %1").arg(t.dueAt.toTimeZone(calendar.timeZone())
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (Core::Status s = TaskRows::update(c, after); !s)
            return s.error();
        if (Core::Status s =
                TaskRows::record(c, ChangeLog::Op::Update, &t, after, "escalated", reason);
            !s)
            return s.error();

        NewTask notify;
        notify.orderId = t.orderId;
        // One per task and deadline: a deadline moved and missed again notifies again.
        notify.key = QStringLiteral("escalation:%1@%2")
                         .arg(t.orderId.isEmpty() ? t.id : t.key, TaskRows::iso(t.dueAt));
        notify.kind = QString::fromLatin1(EscalationKind);
        notify.title = tr("Overdue: %1").arg(t.title);
        notify.assigneeId = lead;
        notify.dueAt = calendar.addWorkingHours(now, EscalationDueWorkingHours);
        notify.details = {{QStringLiteral("task_id"), t.id},
                          {QStringLiteral("task_key"), t.key},
                          {QStringLiteral("task_title"), t.title},
                          {QStringLiteral("assignee_id"), t.assigneeId},
                          {QStringLiteral("due_at"), TaskRows::iso(t.dueAt)}};
        notify.reason = reason;
        const auto created = create(c, notify);
        if (!created)
            return created.error();
        report.escalated.append({t.id, t.orderId, lead, created->id});
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return report;
}

} // namespace Hearth::Workflow
