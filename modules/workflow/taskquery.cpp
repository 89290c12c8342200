#include "taskquery.h"

#include "storage/database.h"
#include "taskrows.h"
#include "writescope.h"

#include <QLoggingCategory>
#include <QVariant>
#include <QVariantList>

Q_LOGGING_CATEGORY(lcTasks, "hearth.workflow.tasks", QtWarningMsg)

namespace Hearth::Workflow {

using Internal::TaskRows;
using Storage::Connection;
using Storage::Statement;

namespace {

constexpr char ActiveStatuses[] = "('open', 'claimed', 'started')";

// Unassigned open tasks the user may claim: the role (if the task names one) is the user's,
// and the unit (if it names one) is one of the user's. Takes the user id twice.
constexpr char PoolCondition[] =
    "t.assignee_id IS NULL AND t.status = 'open' AND t.deleted = 0"
    " AND (t.role IS NOT NULL OR t.unit_id IS NOT NULL)"
    " AND (t.role IS NULL OR t.role = (SELECT role FROM users WHERE id = ?))"
    " AND (t.unit_id IS NULL OR t.unit_id IN"
    "      (SELECT unit_id FROM unit_members WHERE user_id = ?))";

// Active tasks in inbox order; matches the partial index tasks_active_order (0005_tasks.sql),
// so that a page reads only its rows. Overdue tasks come first by themselves: their due time
// is the earliest.
constexpr char ActiveOrder[] = " ORDER BY t.due_at IS NULL, t.due_at, t.created_at, t.id";

/// The FROM and WHERE of an inbox query, with their parameters in the order they appear.
struct Query
{
    QString from;
    QString where;
    QVariantList params;

    void add(const QString &condition, const QVariantList &values = {})
    {
        where += QStringLiteral(" AND ") + condition;
        params += values;
    }
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

bool activeOnly(const InboxFilter &filter)
{
    return !filter.includeClosed || filter.overdueOnly;
}

/// The team's tasks are gathered first, each part on its own index (the pool on
/// tasks_assignee, the led units on tasks_unit, their members on tasks_assignee), then sorted:
/// the cost follows the size of the team, not of the table.
QString teamCandidates(const InboxFilter &filter)
{
    const QString status = activeOnly(filter)
                               ? QStringLiteral(" AND status IN ") + QLatin1String(ActiveStatuses)
                               : QString();
    return QStringLiteral("(SELECT t.rowid AS r FROM tasks t WHERE ")
           + QLatin1String(PoolCondition)
           + QLatin1String(" UNION SELECT rowid FROM tasks WHERE unit_id IN (SELECT id FROM "
                           "org_units WHERE lead_user_id = ? AND deleted = 0)")
           + status
           + QLatin1String(" UNION SELECT rowid FROM tasks WHERE assignee_id IN (SELECT m.user_id"
                           " FROM unit_members m JOIN org_units o ON o.id = m.unit_id"
                           " WHERE o.lead_user_id = ? AND o.deleted = 0)")
           + status + QLatin1String(") c CROSS JOIN tasks t ON t.rowid = c.r");
}

Query queryFor(const QString &userId, InboxScope scope, const InboxFilter &filter,
               const QString &now)
{
    Query q;
    q.from = QStringLiteral("tasks t");
    q.where = QStringLiteral("t.deleted = 0");
    switch (scope) {
    case InboxScope::Mine:
        q.add(QStringLiteral("t.assignee_id = ?"), {userId});
        break;
    case InboxScope::Team:
        q.from = teamCandidates(filter);
        q.params = {userId, userId, userId, userId};
        q.add(QStringLiteral("(t.assignee_id IS NULL OR t.assignee_id <> ?)"), {userId});
        break;
    case InboxScope::All:
        // Without statistics the planner would take tasks_due and sort every active task.
        if (activeOnly(filter) && filter.orderId.isEmpty())
            q.from = QStringLiteral("tasks t INDEXED BY tasks_active_order");
        break;
    }
    if (activeOnly(filter))
        q.add(QStringLiteral("t.status IN ") + QLatin1String(ActiveStatuses));
    if (filter.overdueOnly)
        q.add(QStringLiteral("t.due_at < ?"), {now});
    if (!filter.kind.isEmpty())
        q.add(QStringLiteral("t.kind = ?"), {filter.kind});
    if (!filter.orderId.isEmpty())
        q.add(QStringLiteral("t.order_id = ?"), {filter.orderId});
    if (!filter.text.trimmed().isEmpty())
        q.add(QStringLiteral("t.title LIKE ? ESCAPE '\\'"), {likePattern(filter.text.trimmed())});
    return q;
}

QString nowFor(const InboxFilter &filter)
{
    return TaskRows::iso(filter.now.isValid() ? filter.now : QDateTime::currentDateTimeUtc());
}

} // namespace

QList<Task> TaskQuery::inbox(Connection &c, const QString &userId, InboxScope scope,
                             const InboxFilter &filter, int offset, int limit)
{
    const QString now = nowFor(filter);
    Query query = queryFor(userId, scope, filter, now);
    QString order = QLatin1String(ActiveOrder);
    if (!activeOnly(filter)) {
        // Closed tasks after the active ones; only active ones can be overdue.
        order = QStringLiteral(" ORDER BY CASE WHEN t.status IN %1 THEN 0 ELSE 1 END,"
                               " CASE WHEN t.status IN %1 AND t.due_at < ? THEN 0 ELSE 1 END,"
                               " t.due_at IS NULL, t.due_at, t.created_at, t.id")
                    .arg(QLatin1String(ActiveStatuses));
        query.params.append(now);
    }
    const QByteArray sql = (QStringLiteral("SELECT t.id FROM ") + query.from
                            + QLatin1String(" WHERE ") + query.where + order
                            + QLatin1String(" LIMIT ? OFFSET ?"))
                               .toUtf8();
    query.params += QVariantList{qMax(limit, 0), qMax(offset, 0)};

    Statement q(c.handle(), sql.constData());
    int index = 1;
    for (const QVariant &v : query.params)
        q.bindVariant(index++, v);
    QStringList ids;
    while (q.next())
        ids.append(q.text(0));
    if (Internal::stepFailed(q))
        qCWarning(lcTasks, "inbox query failed: %s", qPrintable(q.error()));
    q.reset();

    QList<Task> tasks;
    tasks.reserve(ids.size());
    for (const QString &id : ids) {
        if (auto t = TaskStore::find(c, id))
            tasks.append(t.value());
    }
    return tasks;
}

qint64 TaskQuery::count(Connection &c, const QString &userId, InboxScope scope,
                        const InboxFilter &filter)
{
    const Query query = queryFor(userId, scope, filter, nowFor(filter));
    const QByteArray sql = (QStringLiteral("SELECT COUNT(*) FROM ") + query.from
                            + QLatin1String(" WHERE ") + query.where)
                               .toUtf8();
    Statement q(c.handle(), sql.constData());
    int index = 1;
    for (const QVariant &v : query.params)
        q.bindVariant(index++, v);
    const qint64 n = q.next() ? q.int64(0) : 0;
    if (Internal::stepFailed(q))
        qCWarning(lcTasks, "inbox count failed: %s", qPrintable(q.error()));
    q.reset();
    return n;
}

InboxCounts TaskQuery::counts(Connection &c, const QString &userId, const QDateTime &now)
{
    const QString at = TaskRows::iso(now.isValid() ? now : QDateTime::currentDateTimeUtc());
    InboxCounts counts;
    Statement &mine = c.prepare(
        "SELECT COUNT(*), COALESCE(SUM(t.due_at < ?), 0) FROM tasks t WHERE t.assignee_id = ? "
        "AND t.status IN ('open', 'claimed', 'started') AND t.deleted = 0");
    mine.bind(1, at).bind(2, userId);
    if (mine.next()) {
        counts.mine = mine.int64(0);
        counts.overdue = mine.int64(1);
    }
    mine.reset();

    Statement &pool = c.prepare(
        "SELECT COUNT(*), COALESCE(SUM(t.due_at < ?), 0) FROM tasks t "
        "WHERE t.assignee_id IS NULL AND t.status = 'open' AND t.deleted = 0 "
        "AND (t.role IS NOT NULL OR t.unit_id IS NOT NULL) "
        "AND (t.role IS NULL OR t.role = (SELECT role FROM users WHERE id = ?)) "
        "AND (t.unit_id IS NULL OR t.unit_id IN "
        "     (SELECT unit_id FROM unit_members WHERE user_id = ?))");
    pool.bind(1, at).bind(2, userId).bind(3, userId);
    if (pool.next()) {
        counts.pool = pool.int64(0);
        counts.overdue += pool.int64(1);
    }
    pool.reset();
    return counts;
}

bool TaskQuery::inPool(Connection &c, const QString &userId, const Task &task)
{
    Statement &user = c.prepare("SELECT role, active FROM users WHERE id = ?");
    user.bind(1, userId);
    QString role;
    bool active = false;
    if (user.next()) {
        role = user.text(0);
        active = user.int64(1) != 0;
    }
    user.reset();
    if (!active)
        return false;
    if (role == QLatin1String("admin"))
        return true;
    if (task.role.isEmpty() && task.unitId.isEmpty())
        return false;
    if (!task.role.isEmpty() && task.role != role)
        return false;
    if (task.unitId.isEmpty())
        return true;
    Statement &member =
        c.prepare("SELECT 1 FROM unit_members WHERE unit_id = ? AND user_id = ?");
    member.bind(1, task.unitId).bind(2, userId);
    const bool found = member.next();
    member.reset();
    return found;
}

} // namespace Hearth::Workflow
