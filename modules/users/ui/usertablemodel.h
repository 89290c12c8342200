#pragma once

#include "users/user.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hearth::Users {

/// The users of the open database as a table, for the user management page.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserName, DisplayName, RoleColumn, Status, LastLogin, Created, ColumnCount };

    explicit UserTableModel(QObject *parent = nullptr);

    void reload();
    User user(int row) const;
    /// The row of the user with id, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace Hearth::Users
