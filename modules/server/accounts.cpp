#include "accounts.h"

#include "logging.h"
#include "servertime.h"
#include "serverstore.h"
#include "users/loginthrottle.h"
#include "users/passwordhasher.h"
#include "users/userstore.h"

#include <QSqlQuery>
#include <QUuid>

namespace Hearth::Server {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString throttleKey(const QString &userName)
{
    return userName.trimmed().toLower();
}

// Verified when the name is unknown, so that a wrong name costs as long as a wrong password.
const QString &decoyHash()
{
    static const QString hash = Users::PasswordHasher::hash(
                                    Users::PasswordHasher::generate(16)).value_or(QString());
    return hash;
}

} // namespace

Core::Result<OrgUnit> Accounts::createOrgUnit(const OrgUnit &unit, const QDateTime &now)
{
    if (!OrgUnit::kinds().contains(unit.kind)) {
        return Core::Error{tr("unknown kind of unit \"%1\" (%2)")
                               .arg(unit.kind, OrgUnit::kinds().join(QStringLiteral(", "))),
                           QStringLiteral("kind")};
    }
    if (unit.code.trimmed().isEmpty() || unit.name.trimmed().isEmpty())
        return Core::Error{tr("a unit needs a code and a name"), QStringLiteral("code")};
    if (!unit.parentId.isEmpty() && !findOrgUnit(unit.parentId))
        return Core::Error{tr("no such parent unit"), QStringLiteral("parent_code")};
    OrgUnit made = unit;
    made.id = newId();
    made.code = unit.code.trimmed();
    made.name = unit.name.trimmed();
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO org_units (id, kind, code, name, parent_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(made.id);
    q.addBindValue(made.kind);
    q.addBindValue(made.code);
    q.addBindValue(made.name);
    q.addBindValue(made.parentId.isEmpty() ? QVariant() : QVariant(made.parentId));
    q.addBindValue(ServerTime::text(now));
    if (Core::Status ran = m_store.exec(q); !ran) {
        if (m_store.lastWasUniqueViolation())
            return Core::Error{tr("the unit code is taken"), QStringLiteral("code")};
        return ran.error();
    }
    return made;
}

std::optional<OrgUnit> Accounts::findOrgUnit(const QString &id)
{
    return readOrgUnit(QStringLiteral("id"), id);
}

std::optional<OrgUnit> Accounts::findOrgUnitByCode(const QString &code)
{
    return readOrgUnit(QStringLiteral("code"), code.trimmed());
}

std::optional<OrgUnit> Accounts::readOrgUnit(const QString &column, const QString &value)
{
    // column is one of two literals chosen by the callers above, never user input.
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT id, kind, code, name, parent_id FROM org_units WHERE %1 = ?").arg(column));
    q.addBindValue(value);
    if (!m_store.exec(q) || !q.next())
        return std::nullopt;
    return OrgUnit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toString()};
}

Core::Result<QString> Accounts::userNameHolder(const QString &userName)
{
    // "DL1" beside "dl1" would be two accounts that people tell apart by case alone.
    QSqlQuery same = m_store.prepare(QStringLiteral(
        "SELECT user_name FROM users WHERE lower(user_name) = lower(?)"));
    same.addBindValue(userName.trimmed());
    if (Core::Status s = m_store.exec(same); !s)
        return s.error();
    return same.next() ? same.value(0).toString() : QString();
}

Core::Result<ServerUser> Accounts::createUser(const NewUser &user, const QDateTime &now)
{
    if (Core::Status s = Users::UserStore::validateUserName(user.userName); !s)
        return Core::Error{s.error().message, QStringLiteral("user_name")};
    if (Core::Status s = Users::UserStore::validatePassword(user.password); !s)
        return Core::Error{s.error().message, QStringLiteral("password")};
    std::optional<OrgUnit> unit;
    if (!user.orgUnitId.isEmpty()) {
        unit = findOrgUnit(user.orgUnitId);
        if (!unit)
            return Core::Error{tr("no such organisation unit"), QStringLiteral("org_unit_id")};
    }
    const Core::Result<QString> holder = userNameHolder(user.userName);
    if (!holder)
        return holder.error();
    if (!holder->isEmpty()) {
        return Core::Error{tr("the user name is taken (as %1)").arg(*holder),
                           QStringLiteral("user_name")};
    }
    const Core::Result<QString> hash = Users::PasswordHasher::hash(user.password);
    if (!hash)
        return hash.error();
    ServerUser made;
    made.id = newId();
    made.userName = user.userName.trimmed();
    made.displayName = user.displayName.trimmed().isEmpty() ? made.userName
                                                            : user.displayName.trimmed();
    made.role = user.role;
    made.orgUnit = unit;
    made.createdAt = now.toUTC();
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO users (id, user_name, display_name, role, org_unit_id, password_hash, "
        "active, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"));
    q.addBindValue(made.id);
    q.addBindValue(made.userName);
    q.addBindValue(made.displayName);
    q.addBindValue(Users::Roles::code(made.role));
    q.addBindValue(unit ? QVariant(unit->id) : QVariant());
    q.addBindValue(*hash);
    q.addBindValue(ServerTime::text(now));
    if (Core::Status ran = m_store.exec(q); !ran) {
        if (m_store.lastWasUniqueViolation())
            return Core::Error{tr("the user name is taken"), QStringLiteral("user_name")};
        return ran.error();
    }
    return made;
}

std::optional<ServerUser> Accounts::readUser(const QString &column, const QString &value,
                                             QString *passwordHash)
{
    // column is one of two literals chosen by the callers below, never user input.
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT id, user_name, display_name, role, org_unit_id, password_hash, active, "
        "created_at, last_login_at FROM users WHERE %1 = ?").arg(column));
    q.addBindValue(value);
    if (!m_store.exec(q) || !q.next())
        return std::nullopt;
    ServerUser user;
    user.id = q.value(0).toString();
    user.userName = q.value(1).toString();
    user.displayName = q.value(2).toString();
    user.role = Users::Roles::fromCode(q.value(3).toString()).value_or(Users::Role::Clerk);
    const QString unitId = q.value(4).toString();
    if (passwordHash)
        *passwordHash = q.value(5).toString();
    user.active = q.value(6).toInt() != 0;
    user.createdAt = ServerTime::parse(q.value(7).toString());
    user.lastLoginAt = ServerTime::parse(q.value(8).toString());
    q.finish();
    if (!unitId.isEmpty())
        user.orgUnit = findOrgUnit(unitId);
    return user;
}

std::optional<ServerUser> Accounts::findUser(const QString &userName)
{
    return readUser(QStringLiteral("user_name"), userName.trimmed(), nullptr);
}

std::optional<ServerUser> Accounts::findUserById(const QString &id)
{
    return readUser(QStringLiteral("id"), id, nullptr);
}

Core::Result<QList<OrgUnit>> Accounts::orgUnits()
{
    QSqlQuery q = m_store.prepare(
        QStringLiteral("SELECT id, kind, code, name, parent_id FROM org_units ORDER BY code"));
    if (Core::Status st = m_store.exec(q); !st)
        return st.error();
    QList<OrgUnit> list;
    while (q.next()) {
        list.append(OrgUnit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()});
    }
    return list;
}

Core::Result<QList<ServerUser>> Accounts::users()
{
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT user_name FROM users ORDER BY "
                                                 "user_name"));
    if (Core::Status st = m_store.exec(q); !st)
        return st.error();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    q.finish();
    QList<ServerUser> list;
    for (const QString &name : std::as_const(names)) {
        if (std::optional<ServerUser> user = findUser(name))
            list.append(*user);
    }
    return list;
}

qint64 Accounts::userCount()
{
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    return m_store.exec(q) && q.next() ? q.value(0).toLongLong() : 0;
}

Accounts::Failures Accounts::failures(const QString &key)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT failures, not_before, locked_until FROM login_failures WHERE user_key = ?"));
    q.addBindValue(key);
    Failures f;
    if (m_store.exec(q) && q.next()) {
        f.count = q.value(0).toInt();
        f.notBefore = ServerTime::parse(q.value(1).toString());
        f.lockedUntil = ServerTime::parse(q.value(2).toString());
    }
    return f;
}

Core::Status Accounts::recordFailure(const QString &key, const QDateTime &now)
{
    Failures f = failures(key);
    const bool known = f.count > 0;
    // A lock that has run out starts the count again.
    if (f.lockedUntil.isValid() && f.lockedUntil <= now)
        f.count = 0;
    ++f.count;
    f.notBefore = now.addSecs(Users::LoginThrottle::delayAfter(f.count));
    f.lockedUntil = f.count >= LockoutFailures ? now.addSecs(LockoutMinutes * 60) : QDateTime();
    QSqlQuery q = m_store.prepare(
        known ? QStringLiteral("UPDATE login_failures SET failures = ?, not_before = ?, "
                               "locked_until = ? WHERE user_key = ?")
              : QStringLiteral("INSERT INTO login_failures (failures, not_before, "
                               "locked_until, user_key) VALUES (?, ?, ?, ?)"));
    q.addBindValue(f.count);
    q.addBindValue(ServerTime::text(f.notBefore));
    q.addBindValue(f.lockedUntil.isValid() ? QVariant(ServerTime::text(f.lockedUntil))
                                           : QVariant());
    q.addBindValue(key);
    if (f.count == LockoutFailures)
        qCWarning(lcServer) << "a user name is locked after" << f.count << "failed sign-ins";
    return m_store.exec(q);
}

Core::Status Accounts::clearFailures(const QString &key)
{
    QSqlQuery q = m_store.prepare(QStringLiteral("DELETE FROM login_failures WHERE user_key = ?"));
    q.addBindValue(key);
    return m_store.exec(q);
}

Core::Result<Accounts::SignIn> Accounts::signIn(const QString &userName, const QString &password,
                                                const QDateTime &now)
{
    const QString key = throttleKey(userName);
    const Failures f = failures(key);
    SignIn result;
    if (f.lockedUntil.isValid() && f.lockedUntil > now) {
        result.refusal = Refusal::Locked;
        result.secondsToWait = int((now.msecsTo(f.lockedUntil) + 999) / 1000);
        return result;
    }
    if (f.notBefore.isValid() && f.notBefore > now) {
        result.refusal = Refusal::Throttled;
        result.secondsToWait = int((now.msecsTo(f.notBefore) + 999) / 1000);
        return result;
    }
    QString hash;
    const std::optional<ServerUser> user = readUser(QStringLiteral("user_name"),
                                                    userName.trimmed(), &hash);
    const bool matches = Users::PasswordHasher::verify(user ? hash : decoyHash(), password);
    if (!user || !matches || !user->active) {
        if (Core::Status recorded = recordFailure(key, now); !recorded)
            return recorded.error();
        result.refusal = Refusal::BadCredentials;
        return result;
    }
    if (f.count > 0) {
        if (Core::Status cleared = clearFailures(key); !cleared)
            return cleared.error();
    }
    QSqlQuery q = m_store.prepare(QStringLiteral("UPDATE users SET last_login_at = ? "
                                                 "WHERE id = ?"));
    q.addBindValue(ServerTime::text(now));
    q.addBindValue(user->id);
    if (Core::Status ran = m_store.exec(q); !ran)
        return ran.error();
    result.user = user;
    result.user->lastLoginAt = now.toUTC();
    return result;
}

} // namespace Hearth::Server
