#pragma once

#include "users/user.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Hearth::Users {

/// Signing in to the open database. After repeated wrong passwords the button stays disabled
/// for the time LoginThrottle asks, with a countdown.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(const QString &databasePath, QWidget *parent = nullptr);

    void setUserName(const QString &userName);
    /// A line above the fields, e.g. how to sign in for the first time.
    void setHint(const QString &hint);

    /// The signed-in user, after exec() returned Accepted.
    User user() const { return m_user; }

    void accept() override;

private:
    void updateState();
    void startCountdown(int seconds);

    User m_user;
    QLabel *m_hint = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_signIn = nullptr;
    QTimer *m_countdown = nullptr;
    int m_secondsLeft = 0;
};

} // namespace Hearth::Users
