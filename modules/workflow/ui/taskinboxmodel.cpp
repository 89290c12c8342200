#include "taskinboxmodel.h"

#include "storage/database.h"
#include "taskdisplay.h"
#include "users/ui/userdisplay.h"
#include "users/userstore.h"
#include "widgets/sitetime.h"
#include "workflow/orgunits.h"

#include <QColor>
#include <QSqlQuery>
#include <QVariant>

namespace Hearth::Workflow {

namespace {

const QColor closedText(0x9aa1ab);

} // namespace

TaskInboxModel::TaskInboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void TaskInboxModel::setQuery(const QString &userId, InboxScope scope, const InboxFilter &filter)
{
    m_userId = userId;
    m_scope = scope;
    m_filter = filter;
    reload(PageSize);
}

void TaskInboxModel::refresh()
{
    reload(std::max<int>(PageSize, int(m_rows.size())));
}

QDateTime TaskInboxModel::now() const
{
    return m_filter.now.isValid() ? m_filter.now : m_loadedAt;
}

Task TaskInboxModel::task(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Task();
}

QString TaskInboxModel::taskId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int TaskInboxModel::rowOf(const QString &taskId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == taskId)
            return int(i);
    }
    return -1;
}

QList<Task> TaskInboxModel::query(qint64 offset, int limit) const
{
    if (!Storage::Database::isOpen())
        return {};
    InboxFilter filter = m_filter;
    filter.now = now();
    return TaskQuery::inbox(Storage::Database::connection(), m_userId, m_scope, filter,
                            int(offset), limit);
}

void TaskInboxModel::reload(int rows)
{
    beginResetModel();
    m_loadedAt = QDateTime::currentDateTimeUtc();
    m_orderNos.clear();
    lookUpPeople();
    m_rows = query(0, rows);
    m_complete = m_rows.size() < rows;
    lookUpOrders(m_rows);
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    emit reloaded();
}

void TaskInboxModel::lookUpPeople()
{
    m_people.clear();
    m_units.clear();
    if (!Storage::Database::isOpen())
        return;
    // A desk has tens or hundreds of users and units, not millions: read them once a load.
    for (const Users::User &u : Users::UserStore::list())
        m_people.insert(u.id, Users::UserDisplay::name(u));
    for (const OrgUnit &unit : OrgUnits::list(Storage::Database::connection()))
        m_units.insert(unit.id, unit.name);
}

void TaskInboxModel::lookUpOrders(const QList<Task> &tasks)
{
    QStringList ids;
    for (const Task &t : tasks) {
        if (!t.orderId.isEmpty() && !m_orderNos.contains(t.orderId) && !ids.contains(t.orderId))
            ids.append(t.orderId);
    }
    if (ids.isEmpty() || !Storage::Database::isOpen())
        return;
    QStringList marks;
    marks.fill(QStringLiteral("?"), ids.size());
    QSqlQuery q(Storage::Database::connection().sql());
    q.prepare(QStringLiteral("SELECT id, order_no FROM sales_orders WHERE id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id);
    if (!q.exec())
        return;
    while (q.next())
        m_orderNos.insert(q.value(0).toString(), q.value(1).toString());
}

QString TaskInboxModel::assigneeText(const Task &task) const
{
    if (!task.assigneeId.isEmpty())
        return m_people.value(task.assigneeId, task.assigneeId);
    QStringList pool;
    if (!task.role.isEmpty())
        pool.append(TaskDisplay::roleTitle(task.role));
    if (!task.unitId.isEmpty())
        pool.append(m_units.value(task.unitId, task.unitId));
    if (pool.isEmpty())
        return tr("Unassigned");
    return tr("Pool: %1").arg(pool.join(QStringLiteral(" · ")));
}

QString TaskInboxModel::displayText(const Task &t, int column) const
{
    switch (Column(column)) {
    case Due:
        return t.dueAt.isValid() ? TaskDisplay::dueText(t, now()) : tr("No deadline");
    case Title:
        return t.title;
    case Kind:
        return TaskDisplay::kindTitle(t.kind);
    case OrderNo:
        return m_orderNos.value(t.orderId);
    case StatusColumn:
        return TaskDisplay::statusText(t);
    case Assignee:
        return assigneeText(t);
    case Amount:
        return TaskDisplay::money(t.amountFen);
    case ColumnCount:
        break;
    }
    return {};
}

int TaskInboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskInboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskInboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &t = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case OrderIdRole:
        return t.orderId;
    case OverdueRole:
        return t.isOverdue(now());
    case Qt::DisplayRole:
        return displayText(t, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Due && t.dueAt.isValid())
            return tr("Due %1").arg(Widgets::SiteTime::format(t.dueAt));
        return displayText(t, index.column());
    case Qt::ForegroundRole:
        if (!t.isActive())
            return closedText;
        if (index.column() == Due) {
            const QColor color = TaskDisplay::dueColor(t, now());
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole: {
        const Qt::Alignment horizontal = index.column() == Amount ? Qt::AlignRight
                                                                  : Qt::AlignLeft;
        return int(horizontal | Qt::AlignVCenter);
    }
    default:
        return {};
    }
}

QVariant TaskInboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment horizontal = section == Amount ? Qt::AlignRight : Qt::AlignLeft;
        return int(horizontal | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Due:
        return tr("Due");
    case Title:
        return tr("Task");
    case Kind:
        return tr("Kind");
    case OrderNo:
        return tr("Order no.");
    case StatusColumn:
        return tr("Status");
    case Assignee:
        return tr("Assignee");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

bool TaskInboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete && !m_notifying;
}

void TaskInboxModel::fetchMore(const QModelIndex &parent)
{
    // A fetch asked for from inside our own reset or insert notification would nest a change
    // in the one being announced; the view asks again once the notification is over.
    if (parent.isValid() || m_complete || m_notifying)
        return;
    const QList<Task> more = query(m_rows.size(), PageSize);
    m_complete = more.size() < PageSize;
    if (more.isEmpty())
        return;
    lookUpOrders(more);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    m_rows.append(more);
    m_notifying = true;
    endInsertRows();
    m_notifying = false;
}

} // namespace Hearth::Workflow
