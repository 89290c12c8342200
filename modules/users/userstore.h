#pragma once

#include "core/result.h"
#include "user.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Users {

/// The local users of the open database: creating and changing them, and signing in. Every
/// change and every login attempt is written to the audit trail with the acting user
/// (Storage::Database::currentUser()). Password rules: at least MinPasswordLength characters.
class UserStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Users::UserStore)

public:
    static constexpr int MinPasswordLength = 8;
    static constexpr char InitialAdminName[] = "admin";

    struct NewUser
    {
        QString userName;
        QString displayName;
        Role role = Role::Clerk;
        QString password;
    };

    static QList<User> list();
    static std::optional<User> find(const QString &userName);
    static std::optional<User> findById(const QString &id);
    static qint64 count();
    /// The first active administrator, by creation; the shell signs in as it for --render.
    static std::optional<User> firstActiveAdmin();

    static Core::Result<User> create(const NewUser &user);
    static Core::Status setDisplayName(const QString &id, const QString &displayName);
    static Core::Status setRole(const QString &id, Role role);
    static Core::Status setActive(const QString &id, bool active);
    static Core::Status resetPassword(const QString &id, const QString &password);

    /// When the database has no users yet, creates the administrator "admin" with password, or
    /// with a generated one when password is empty, and returns the password it set; returns
    /// an empty string when users exist already. A generated password is also kept (see
    /// pendingInitialPassword()) until that administrator first signs in, so that the desktop
    /// can show it even when hearthctl or --render created the database.
    static Core::Result<QString> ensureInitialAdmin(const QString &password = {});
    /// The generated first password of "admin" while nobody has signed in with it yet.
    static QString pendingInitialPassword();

    /// Checks a login. A disabled user, an unknown name and a wrong password get the same
    /// answer; while LoginThrottle says wait, the password is not even checked.
    static Core::Result<User> authenticate(const QString &userName, const QString &password,
                                           const QDateTime &now = QDateTime::currentDateTimeUtc());
    static int secondsToWait(const QString &userName,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());

    static Core::Status validateUserName(const QString &userName);
    static Core::Status validatePassword(const QString &password);
};

} // namespace Hearth::Users
