#pragma once

#include "core/result.h"
#include "storage/changelog.h"
#include "taskstore.h"

#include <QDateTime>
#include <QString>

namespace Hearth::Storage {
class Connection;
class Statement;
}

namespace Hearth::Workflow::Internal {

/// How a Task is stored: its row in tasks and its change-log entry. Shared by TaskStore and
/// TaskQuery; everything runs in the caller's transaction.
class TaskRows
{
public:
    /// The columns read() expects, in order, for a SELECT on tasks.
    static constexpr char Columns[] =
        "id, order_id, task_key, kind, title, status, role, unit_id, assignee_id, due_at, "
        "escalated_at, escalated_to, amount_fen, details, result, created_at, updated_at, "
        "completed_at, hlc";

    /// Times as stored: UTC, ISO 8601 with milliseconds; empty for an invalid time.
    static QString iso(const QDateTime &at);
    static QDateTime fromIso(const QString &text);

    /// The id of a row the split makes for an order under a key (a task, a part, a work
    /// order): a UUIDv5 of the table, the order and the key in Hearth's namespace, the same on
    /// every desk, so that two desks splitting one order offline make one row, not two.
    /// generation counts the rows of the key tombstoned before it (0 for the first).
    static QString keyedId(const QString &table, const QString &orderId, const QString &key,
                           int generation = 0);
    /// A new task's id: keyedId's first generation no task holds yet (a key cancelled by an
    /// amendment and added back takes the next), or a random one for a task of no order.
    static QString newTaskId(Storage::Connection &c, const QString &orderId, const QString &key);

    static Task read(const Storage::Statement &q);
    static Core::Status insert(Storage::Connection &c, const Task &t);
    static Core::Status update(Storage::Connection &c, const Task &t);
    /// The change-log entry: table tasks, row id the task's, in the order's history; after =
    /// the task's document with "event".
    static Core::Status record(Storage::Connection &c, Storage::ChangeLog::Op op,
                               const Task *before, const Task &after, const char *event,
                               const QString &reason);
};

} // namespace Hearth::Workflow::Internal
