#include "usertablemodel.h"

#include "userdisplay.h"
#include "users/userstore.h"
#include "widgets/sitetime.h"

#include <QColor>

namespace Hearth::Users {

namespace {
QString shortTime(const QDateTime &t)
{
    // In the site's time zone, as everywhere else in Hearth, not the computer's.
    return Widgets::SiteTime::format(t);
}
} // namespace

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void UserTableModel::reload()
{
    beginResetModel();
    m_users = UserStore::list();
    endResetModel();
}

User UserTableModel::user(int row) const
{
    return row >= 0 && row < m_users.size() ? m_users.at(row) : User();
}

int UserTableModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == id)
            return i;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserName:
            return u.userName;
        case DisplayName:
            return UserDisplay::name(u);
        case RoleColumn:
            return Roles::title(u.role);
        case Status:
            return u.active ? tr("Active") : tr("Disabled");
        case LastLogin:
            return u.lastLoginAt.isValid() ? shortTime(u.lastLoginAt) : tr("Never");
        case Created:
            return shortTime(u.createdAt);
        }
        return {};
    case Qt::ForegroundRole:
        if (!u.active)
            return QColor(0x9c, 0xa3, 0xaf);
        if (index.column() == Status)
            return QColor(0x16, 0xa3, 0x4a);
        if (index.column() == LastLogin && !u.lastLoginAt.isValid())
            return QColor(0x9c, 0xa3, 0xaf);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn)
            return Roles::description(u.role);
        return {};
    case Qt::UserRole:
        return u.id;
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UserName:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case Status:
        return tr("Status");
    case LastLogin:
        return tr("Last sign-in");
    case Created:
        return tr("Created");
    }
    return {};
}

} // namespace Hearth::Users
