#pragma once

#include "core/result.h"
#include "splitplan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// Whom the assigner picked for an Assignee, and from which pool.
struct Assignment
{
    QString userId;      // empty: nobody eligible, the task stays in the pool
    QString role;        // the pool's role, as given
    QString unitId;      // the unit resolved from Assignee::unitCode; empty without one
    QString pool;        // "role:finance", "unit:<id>", "unit:<id>/role:finance"
    QStringList eligible;  // the active users of the pool, in round-robin order
    QString note;        // translated; says why nobody was picked, empty otherwise

    bool assigned() const { return !userId.isEmpty(); }
};

/// Tasks find people (任务找人): turns an Assignee (a role, a unit, or a role inside a unit)
/// into one active user. Role only: every active user with the role; unit only: the unit's active
/// members; both: the unit's active members with the role. "round_robin" (the default)
/// continues after the last user picked for the pool (assignment_cursors, skipping users no
/// longer eligible); "least_open" picks the one with the fewest open, claimed or started tasks,
/// ties by display name. Runs in the caller's transaction. {"to":"owner"} is the engine's.
class Assigner
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::Assigner)

public:
    static constexpr char RoundRobin[] = "round_robin";
    static constexpr char LeastOpen[] = "least_open";

    /// Picks and, for round robin, moves the pool's cursor. Errors: neither role nor unit, an
    /// unknown unit code, an unknown strategy. Nobody eligible is not an error: see note.
    static Core::Result<Assignment> assign(Storage::Connection &c, const Assignee &assignee);
    /// The pool's active users in round-robin order (user name), without picking.
    static Core::Result<Assignment> pool(Storage::Connection &c, const Assignee &assignee);
    /// The cursor key: "role:<role>", "unit:<unit id>" or "unit:<unit id>/role:<role>".
    static QString poolKey(const QString &role, const QString &unitId);
    /// Open, claimed and started tasks assigned to the user.
    static qint64 openTaskCount(Storage::Connection &c, const QString &userId);
};

} // namespace Hearth::Workflow
