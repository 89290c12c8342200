#pragma once

#include "users/user.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Users {

class UserTableModel;

/// User management (page "users.list"): the users of this database, their roles and what each
/// role may do; create, edit, disable and enable users, and reset their passwords.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(QWidget *parent = nullptr);

    void reload();
    QTableView *view() const { return m_view; }

private:
    std::optional<User> selectedUser() const;
    void selectUser(const QString &id);
    void updateDetails();
    void createUser();
    void editUser();
    void resetPassword();
    void toggleActive();

    UserTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    Widgets::PageHeader *m_header = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detailName = nullptr;
    QLabel *m_detailAccount = nullptr;
    QLabel *m_detailRole = nullptr;
    QLabel *m_detailPermissionsTitle = nullptr;
    QLabel *m_detailPermissions = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_resetAction = nullptr;
    QAction *m_activeAction = nullptr;
};

} // namespace Hearth::Users
