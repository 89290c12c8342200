#pragma once

#include "users/user.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Hearth::Users {

class PasswordFields;

/// Creates a user, or changes an existing user's display name and role.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// A dialog for a new user.
    explicit UserEditDialog(QWidget *parent = nullptr);
    /// A dialog for changing user.
    UserEditDialog(const User &user, QWidget *parent = nullptr);

    /// The user as saved, after exec() returned Accepted.
    User user() const { return m_user; }

    void accept() override;

private:
    void build();
    void updateState();
    void showProblem(const QString &problem);

    User m_user;
    bool m_creating = true;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleDescription = nullptr;
    PasswordFields *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Hearth::Users
