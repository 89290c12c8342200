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

    static Task read(const Storage::Statement &q);
    static Core::Status insert(Storage::Connection &c, const Task &t);
    static Core::Status update(Storage::Connection &c, const Task &t);
    /// The change-log entry: table tasks, row id the order's (the task's for no order), after =
    /// the task's document with "event".
    static Core::Status record(Storage::Connection &c, Storage::ChangeLog::Op op,
                               const Task *before, const Task &after, const char *event,
                               const QString &reason);
};

} // namespace Hearth::Workflow::Internal
