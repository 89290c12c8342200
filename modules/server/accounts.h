#pragma once

#include "core/result.h"
#include "orgunit.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// Users, organisation units and sign-in on the server. Wrong passwords slow down by
/// Users::LoginThrottle's rules and, after LockoutFailures in a row, lock the name for
/// LockoutMinutes. All writes run in the caller's transaction.
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::Accounts)

public:
    static constexpr int LockoutFailures = 10;
    static constexpr int LockoutMinutes = 15;

    struct NewUser
    {
        QString userName;
        QString displayName;
        Users::Role role = Users::Role::Clerk;
        QString password;
        QString orgUnitId;
    };

    /// Why a sign-in was refused; secondsToWait is set for Throttled and Locked.
    enum class Refusal { None, BadCredentials, Throttled, Locked };

    struct SignIn
    {
        Refusal refusal = Refusal::None;
        int secondsToWait = 0;
        std::optional<ServerUser> user;
    };

    explicit Accounts(ServerStore &store) : m_store(store) {}

    Core::Result<OrgUnit> createOrgUnit(const OrgUnit &unit, const QDateTime &now);
    std::optional<OrgUnit> findOrgUnit(const QString &id);
    std::optional<OrgUnit> findOrgUnitByCode(const QString &code);

    /// The name of the user whose name equals this one but for case, or empty.
    Core::Result<QString> userNameHolder(const QString &userName);
    Core::Result<ServerUser> createUser(const NewUser &user, const QDateTime &now);
    std::optional<ServerUser> findUser(const QString &userName);
    std::optional<ServerUser> findUserById(const QString &id);
    /// Every unit, by code; every user, by user name (no password hashes), for administrators.
    Core::Result<QList<OrgUnit>> orgUnits();
    Core::Result<QList<ServerUser>> users();
    qint64 userCount();

    /// Checks a password. Unknown names, inactive users and wrong passwords get the same
    /// refusal; while the name must wait or is locked, the password is not checked at all.
    Core::Result<SignIn> signIn(const QString &userName, const QString &password,
                                const QDateTime &now);

private:
    struct Failures
    {
        int count = 0;
        QDateTime notBefore;
        QDateTime lockedUntil;
    };

    Failures failures(const QString &key);
    Core::Status recordFailure(const QString &key, const QDateTime &now);
    Core::Status clearFailures(const QString &key);
    std::optional<OrgUnit> readOrgUnit(const QString &column, const QString &value);
    std::optional<ServerUser> readUser(const QString &column, const QString &value,
                                       QString *passwordHash);

    ServerStore &m_store;
};

} // namespace Hearth::Server
