#include "assigner.h"

#include "orgunits.h"
#include "storage/database.h"
#include "writescope.h"

#include <QList>

#include <algorithm>
#include <tuple>

namespace Hearth::Workflow {

using Internal::dbError;
using Storage::Connection;
using Storage::Statement;

namespace {

struct Candidate
{
    QString id;
    QString userName;
    QString displayName;
};

/// Round-robin order: by user name as a person reads it, the id breaking ties.
bool before(const QString &nameA, const QString &idA, const QString &nameB, const QString &idB)
{
    const int byName = nameA.compare(nameB, Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : idA < idB;
}

Core::Result<QList<Candidate>> candidates(Connection &c, const QString &role,
                                          const QString &unitId)
{
    Statement &byRole = c.prepare(
        "SELECT id, username, display_name FROM users WHERE active = 1 AND role = ?");
    Statement &byUnit = c.prepare(
        "SELECT u.id, u.username, u.display_name FROM unit_members m "
        "JOIN users u ON u.id = m.user_id "
        "WHERE m.unit_id = ?1 AND u.active = 1 AND (?2 IS NULL OR u.role = ?2)");
    Statement &q = unitId.isEmpty() ? byRole : byUnit;
    if (unitId.isEmpty())
        q.bind(1, role);
    else
        q.bind(1, unitId).bind(2, role.isEmpty() ? QString() : role);
    QList<Candidate> result;
    while (q.next())
        result.append({q.text(0), q.text(1), q.text(2)});
    if (Internal::stepFailed(q))
        return dbError(q, "users");
    q.reset();
    std::sort(result.begin(), result.end(), [](const Candidate &a, const Candidate &b) {
        return before(a.userName, a.id, b.userName, b.id);
    });
    return result;
}

QString describe(const QString &role, const QString &unitCode)
{
    if (unitCode.isEmpty())
        return Assigner::tr("role %1").arg(role);
    if (role.isEmpty())
        return Assigner::tr("unit %1").arg(unitCode);
    return Assigner::tr("role %1 in unit %2").arg(role, unitCode);
}

} // namespace

QString Assigner::poolKey(const QString &role, const QString &unitId)
{
    if (unitId.isEmpty())
        return QStringLiteral("role:") + role;
    if (role.isEmpty())
        return QStringLiteral("unit:") + unitId;
    return QStringLiteral("unit:%1/role:%2").arg(unitId, role);
}

qint64 Assigner::openTaskCount(Connection &c, const QString &userId)
{
    Statement &q = c.prepare(
        "SELECT COUNT(*) FROM tasks WHERE assignee_id = ? "
        "AND status IN ('open', 'claimed', 'started') AND deleted = 0");
    q.bind(1, userId);
    const qint64 n = q.next() ? q.int64(0) : 0;
    q.reset();
    return n;
}

Core::Result<Assignment> Assigner::pool(Connection &c, const Assignee &assignee)
{
    Assignment a;
    a.role = assignee.role.trimmed();
    const QString unitCode = assignee.unitCode.trimmed();
    if (a.role.isEmpty() && unitCode.isEmpty())
        return Core::Error{tr("a task must go to a role, a unit or both"), {}};
    const QString strategy = assignee.strategy.trimmed();
    if (!strategy.isEmpty() && strategy != QLatin1String(RoundRobin)
        && strategy != QLatin1String(LeastOpen))
        return Core::Error{tr("\"%1\" is not a way of assigning: use %2 or %3")
                               .arg(strategy, QLatin1String(RoundRobin),
                                    QLatin1String(LeastOpen)),
                           describe(a.role, unitCode)};
    if (!unitCode.isEmpty()) {
        const auto unit = OrgUnits::findByCode(c, unitCode);
        if (!unit)
            return Core::Error{tr("no organisation unit has the code %1").arg(unitCode),
                               describe(a.role, unitCode)};
        a.unitId = unit->id;
    }
    a.pool = poolKey(a.role, a.unitId);
    const auto found = candidates(c, a.role, a.unitId);
    if (!found)
        return found.error();
    for (const Candidate &candidate : found.value())
        a.eligible.append(candidate.id);
    if (a.eligible.isEmpty())
        a.note = tr("Nobody active is in %1; the task waits in that pool until someone claims "
                    "it.")
                     .arg(describe(a.role, unitCode));
    return a;
}

Core::Result<Assignment> Assigner::assign(Connection &c, const Assignee &assignee)
{
    auto pooled = pool(c, assignee);
    if (!pooled)
        return pooled;
    Assignment a = pooled.value();
    if (a.eligible.isEmpty())
        return a;
    const auto found = candidates(c, a.role, a.unitId);
    if (!found)
        return found.error();
    const QList<Candidate> &people = found.value();

    if (assignee.strategy.trimmed() == QLatin1String(LeastOpen)) {
        const Candidate *best = nullptr;
        qint64 fewest = 0;
        for (const Candidate &p : people) {
            const qint64 open = openTaskCount(c, p.id);
            const bool tieWins = best
                                 && std::tie(p.displayName, p.userName, p.id)
                                        < std::tie(best->displayName, best->userName, best->id);
            if (!best || open < fewest || (open == fewest && tieWins)) {
                best = &p;
                fewest = open;
            }
        }
        a.userId = best->id;
        return a;
    }

    // Round robin: the first after the last one picked, wrapping; a last one who has left the
    // pool still marks the place, by name.
    Statement &cursor = c.prepare(
        "SELECT a.last_user_id, u.username FROM assignment_cursors a "
        "LEFT JOIN users u ON u.id = a.last_user_id WHERE a.pool = ?");
    cursor.bind(1, a.pool);
    QString lastId;
    QString lastName;
    if (cursor.next()) {
        lastId = cursor.text(0);
        lastName = cursor.text(1);
    }
    cursor.reset();
    const Candidate *pick = &people.first();
    if (!lastId.isEmpty()) {
        for (const Candidate &p : people) {
            if (before(lastName, lastId, p.userName, p.id)) {
                pick = &p;
                break;
            }
        }
    }
    a.userId = pick->id;

    Statement &save = c.prepare(
        "INSERT INTO assignment_cursors(pool, last_user_id) VALUES (?, ?) "
        "ON CONFLICT(pool) DO UPDATE SET last_user_id = excluded.last_user_id");
    save.bind(1, a.pool).bind(2, a.userId);
    if (!save.exec())
        return dbError(save, "assignment_cursors");
    return a;
}

} // namespace Hearth::Workflow
