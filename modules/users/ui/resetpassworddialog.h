#pragma once

#include "users/user.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace Hearth::Users {

class PasswordFields;

/// Sets a new password for a user who forgot theirs; the administrator hands it on.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ResetPasswordDialog(const User &user, QWidget *parent = nullptr);

    void accept() override;

private:
    User m_user;
    PasswordFields *m_password = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Hearth::Users
