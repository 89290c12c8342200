#pragma once

#include "taskstore.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// Which tasks an inbox shows.
enum class InboxScope {
    Mine,  // assigned to the user
    Team,  // unassigned tasks of the user's pools (role, units) that the user may claim, and
           // the tasks of the units the user leads and of their members (not the user's own);
           // an escalation reaches a lead as an escalation task in Mine
    All    // every task (planners, administrators: the caller checks the permission)
};

struct InboxFilter
{
    QDateTime now;                // for "overdue"; invalid = the current time
    bool includeClosed = false;   // done and cancelled too (after the active ones)
    bool overdueOnly = false;
    QString kind;                 // empty = every kind
    QString orderId;              // empty = every order
    QString text;                 // part of the title, case-insensitive
};

/// What the shell's navigation shows beside "My tasks" (我的任务).
struct InboxCounts
{
    qint64 mine = 0;     // active tasks assigned to the user
    qint64 pool = 0;     // unassigned open tasks the user may claim
    qint64 overdue = 0;  // of those two, the ones past due

    bool operator==(const InboxCounts &) const = default;
};

/// The "My tasks" inbox queries: overdue first, then by due time (no deadline last), then by
/// creation; closed tasks (includeClosed) after the active ones. Filtered, sorted and paged in
/// SQL on the tasks indexes (tasks_active_order, migration 0005). A database error is logged
/// (hearth.workflow.tasks) and reads as no rows.
class TaskQuery
{
public:
    static QList<Task> inbox(Storage::Connection &c, const QString &userId, InboxScope scope,
                             const InboxFilter &filter, int offset, int limit);
    /// How many rows inbox() has in all for the same arguments (for the model's paging).
    static qint64 count(Storage::Connection &c, const QString &userId, InboxScope scope,
                        const InboxFilter &filter);
    static InboxCounts counts(Storage::Connection &c, const QString &userId,
                              const QDateTime &now);
    /// Whether the user belongs to the task's pool (role and unit match; admins always do).
    static bool inPool(Storage::Connection &c, const QString &userId, const Task &task);
};

} // namespace Hearth::Workflow
