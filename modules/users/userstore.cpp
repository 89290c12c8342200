#include "userstore.h"

#include "loginthrottle.h"
#include "logging.h"
#include "passwordhasher.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <functional>

namespace Hearth::Users {

namespace {

using Storage::Connection;
using Storage::Database;
using Storage::Statement;

constexpr int MaxUserNameLength = 32;
constexpr char PendingPasswordKey[] = "users.initial_admin_password";
constexpr int MaxDisplayNameLength = 64;

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

// Columns in the order every SELECT below lists them.
User readUser(const Statement &q)
{
    User u;
    u.id = q.text(0);
    u.userName = q.text(1);
    u.displayName = q.text(2);
    u.role = Roles::fromCode(q.text(3)).value_or(Role::Dealer);
    u.active = q.int64(4) != 0;
    u.createdAt = parseTime(q.text(5));
    u.lastLoginAt = q.isNull(6) ? QDateTime() : parseTime(q.text(6));
    return u;
}

QJsonObject toJson(const User &u)
{
    return {{QStringLiteral("username"), u.userName},
            {QStringLiteral("display_name"), u.displayName},
            {QStringLiteral("role"), Roles::code(u.role)},
            {QStringLiteral("active"), u.active}};
}

QString compact(const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Logins and user changes go to the audit trail only: local users are not synced rows.
Core::Status audit(Connection &connection, const QString &actor, const QString &rowId,
                   const QString &action, const QJsonObject &before, const QJsonObject &after)
{
    Statement &q = connection.prepare(
        "INSERT INTO audit_log(at, user_name, table_name, row_id, action, before_json,"
        " after_json) VALUES (?, ?, 'users', ?, ?, ?, ?)");
    q.bind(1, nowText())
        .bind(2, actor)
        .bind(3, rowId)
        .bind(4, action)
        .bind(5, compact(before))
        .bind(6, compact(after));
    if (!q.exec())
        return Core::Error{q.error(), QStringLiteral("audit_log")};
    return {};
}

void forgetInitialPassword(Connection &connection)
{
    Statement &q = connection.prepare("DELETE FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(PendingPasswordKey));
    if (!q.exec())
        qCWarning(lcUsers) << "cannot clear the first password:" << q.error();
}

bool isInitialAdmin(const User &user)
{
    return user.userName.compare(QLatin1String(UserStore::InitialAdminName), Qt::CaseInsensitive)
           == 0;
}

std::optional<User> selectOne(Statement &q)
{
    std::optional<User> result;
    if (q.next())
        result = readUser(q);
    q.reset();
    return result;
}

int activeAdminsOtherThan(Connection &connection, const QString &id)
{
    Statement &q = connection.prepare(
        "SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?");
    q.bind(1, id);
    const int n = q.next() ? int(q.int64(0)) : 0;
    q.reset();
    return n;
}

// A hash that no password matches, to spend the same time on unknown users as on known ones.
const QString &decoyHash()
{
    static const QString hash = [] {
        const Core::Result<QString> h = PasswordHasher::hash(PasswordHasher::generate(24));
        return h ? h.value() : QString();
    }();
    return hash;
}

} // namespace

QList<User> UserStore::list()
{
    Statement &q = Database::connection().prepare(
        "SELECT id, username, display_name, role, active, created_at, last_login_at FROM users"
        " ORDER BY active DESC, username COLLATE NOCASE");
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    q.reset();
    return users;
}

std::optional<User> UserStore::find(const QString &userName)
{
    Statement &q = Database::connection().prepare(
        "SELECT id, username, display_name, role, active, created_at, last_login_at FROM users"
        " WHERE username = ? COLLATE NOCASE");
    q.bind(1, userName.trimmed());
    return selectOne(q);
}

std::optional<User> UserStore::findById(const QString &id)
{
    Statement &q = Database::connection().prepare(
        "SELECT id, username, display_name, role, active, created_at, last_login_at FROM users"
        " WHERE id = ?");
    q.bind(1, id);
    return selectOne(q);
}

qint64 UserStore::count()
{
    Statement &q = Database::connection().prepare("SELECT count(*) FROM users");
    const qint64 n = q.next() ? q.int64(0) : 0;
    q.reset();
    return n;
}

std::optional<User> UserStore::firstActiveAdmin()
{
    Statement &q = Database::connection().prepare(
        "SELECT id, username, display_name, role, active, created_at, last_login_at FROM users"
        " WHERE role = 'admin' AND active = 1 ORDER BY created_at, username LIMIT 1");
    return selectOne(q);
}

Core::Status UserStore::validateUserName(const QString &userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{L}\\p{N}._-]+$"));
    const QString name = userName.trimmed();
    if (name.size() < 2 || name.size() > MaxUserNameLength) {
        return Core::Error{tr("a user name has 2 to %1 characters").arg(MaxUserNameLength),
                           userName};
    }
    if (!pattern.match(name).hasMatch()) {
        return Core::Error{tr("a user name may hold letters, digits, dots, dashes and "
                              "underscores, but no spaces"),
                           userName};
    }
    return {};
}

Core::Status UserStore::validatePassword(const QString &password)
{
    if (password.size() < MinPasswordLength)
        return Core::Error{tr("a password needs at least %1 characters").arg(MinPasswordLength),
                           {}};
    if (password.trimmed().isEmpty())
        return Core::Error{tr("a password cannot be only spaces"), {}};
    return {};
}

Core::Result<User> UserStore::create(const NewUser &newUser)
{
    if (Core::Status s = validateUserName(newUser.userName); !s)
        return s.error();
    if (Core::Status s = validatePassword(newUser.password); !s)
        return s.error();
    const QString displayName = newUser.displayName.trimmed();
    if (displayName.isEmpty() || displayName.size() > MaxDisplayNameLength) {
        return Core::Error{tr("a display name has 1 to %1 characters").arg(MaxDisplayNameLength),
                           newUser.userName};
    }
    if (find(newUser.userName))
        return Core::Error{tr("the user name is taken"), newUser.userName.trimmed()};

    const Core::Result<QString> hash = PasswordHasher::hash(newUser.password);
    if (!hash)
        return hash.error();

    User user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.userName = newUser.userName.trimmed();
    user.displayName = displayName;
    user.role = newUser.role;
    user.active = true;
    user.createdAt = QDateTime::currentDateTimeUtc();

    Connection &connection = Database::connection();
    Storage::Transaction transaction(connection);
    Statement &insert = connection.prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at)"
        " VALUES (?, ?, ?, ?, ?, 1, ?)");
    insert.bind(1, user.id)
        .bind(2, user.userName)
        .bind(3, user.displayName)
        .bind(4, Roles::code(user.role))
        .bind(5, hash.value())
        .bind(6, user.createdAt.toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return Core::Error{tr("cannot save the user: %1").arg(insert.error()), user.userName};
    if (Core::Status s = audit(connection, Database::currentUser(), user.id,
                               QStringLiteral("insert"), {}, toJson(user));
        !s) {
        return s.error();
    }
    if (Core::Status s = transaction.commit(); !s)
        return s.error();
    user.createdAt = parseTime(user.createdAt.toString(Qt::ISODateWithMs));
    qCInfo(lcUsers) << "created a user with role" << Roles::code(user.role);
    return user;
}

namespace {

// Applies one change to a user row with its audit entry, in one transaction.
Core::Status updateUser(const QString &id, const char *sql, const QVariant &value,
                        const QString &action, const std::function<void(User &)> &apply)
{
    const std::optional<User> before = UserStore::findById(id);
    if (!before)
        return Core::Error{QCoreApplication::translate("Hearth::Users::UserStore", "no such user"),
                           id};
    User after = *before;
    apply(after);

    Connection &connection = Database::connection();
    Storage::Transaction transaction(connection);
    Statement &q = connection.prepare(sql);
    q.bindVariant(1, value).bind(2, id);
    if (!q.exec())
        return Core::Error{
            QCoreApplication::translate("Hearth::Users::UserStore", "cannot save the user: %1")
                .arg(q.error()),
            before->userName};
    if (Core::Status s = audit(connection, Database::currentUser(), id, action,
                               toJson(*before), toJson(after));
        !s) {
        return s;
    }
    return transaction.commit();
}

} // namespace

Core::Status UserStore::setDisplayName(const QString &id, const QString &displayName)
{
    const QString name = displayName.trimmed();
    if (name.isEmpty() || name.size() > MaxDisplayNameLength)
        return Core::Error{tr("a display name has 1 to %1 characters").arg(MaxDisplayNameLength),
                           {}};
    return updateUser(id, "UPDATE users SET display_name = ? WHERE id = ?", name,
                      QStringLiteral("update"), [&](User &u) { u.displayName = name; });
}

Core::Status UserStore::setRole(const QString &id, Role role)
{
    const std::optional<User> user = findById(id);
    if (!user)
        return Core::Error{tr("no such user"), id};
    if (user->role == Role::Admin && role != Role::Admin && user->active
        && activeAdminsOtherThan(Database::connection(), id) == 0) {
        return Core::Error{tr("the last active administrator must stay an administrator"),
                           user->userName};
    }
    return updateUser(id, "UPDATE users SET role = ? WHERE id = ?", Roles::code(role),
                      QStringLiteral("update"), [&](User &u) { u.role = role; });
}

Core::Status UserStore::setActive(const QString &id, bool active)
{
    const std::optional<User> user = findById(id);
    if (!user)
        return Core::Error{tr("no such user"), id};
    if (!active) {
        if (user->userName.compare(Database::currentUser(), Qt::CaseInsensitive) == 0)
            return Core::Error{tr("you cannot disable your own account"), user->userName};
        if (user->role == Role::Admin && activeAdminsOtherThan(Database::connection(), id) == 0)
            return Core::Error{tr("the last active administrator cannot be disabled"),
                               user->userName};
    }
    return updateUser(id, "UPDATE users SET active = ? WHERE id = ?", active ? 1 : 0,
                      active ? QStringLiteral("enable") : QStringLiteral("disable"),
                      [&](User &u) { u.active = active; });
}

Core::Status UserStore::resetPassword(const QString &id, const QString &password)
{
    if (Core::Status s = validatePassword(password); !s)
        return s;
    const std::optional<User> user = findById(id);
    if (!user)
        return Core::Error{tr("no such user"), id};
    const Core::Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();

    Connection &connection = Database::connection();
    Storage::Transaction transaction(connection);
    Statement &q = connection.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
    q.bind(1, hash.value()).bind(2, id);
    if (!q.exec())
        return Core::Error{tr("cannot save the user: %1").arg(q.error()), user->userName};
    if (Core::Status s = audit(connection, Database::currentUser(), id,
                               QStringLiteral("password_reset"), {}, {});
        !s) {
        return s;
    }
    if (Core::Status s = transaction.commit(); !s)
        return s;
    LoginThrottle::clear(connection, user->userName);
    if (isInitialAdmin(*user))
        forgetInitialPassword(connection);
    return {};
}

Core::Result<QString> UserStore::ensureInitialAdmin(const QString &password)
{
    if (count() > 0)
        return QString();
    const QString chosen = password.isEmpty() ? PasswordHasher::generate() : password;
    const Core::Result<User> admin = create({QLatin1String(InitialAdminName),
                                             tr("System Administrator"), Role::Admin,
                                             chosen});
    if (!admin)
        return admin.error();
    if (password.isEmpty()) {
        Statement &keep = Database::connection().prepare(
            "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
        keep.bind(1, QLatin1String(PendingPasswordKey)).bind(2, chosen);
        if (!keep.exec())
            return Core::Error{tr("cannot save the user: %1").arg(keep.error()), {}};
    }
    qCInfo(lcUsers) << "created the first administrator";
    return chosen;
}

QString UserStore::pendingInitialPassword()
{
    Statement &q = Database::connection().prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(PendingPasswordKey));
    const QString value = q.next() ? q.text(0) : QString();
    q.reset();
    if (value.isEmpty() || !find(QLatin1String(InitialAdminName)))
        return {};
    return value;
}

int UserStore::secondsToWait(const QString &userName, const QDateTime &now)
{
    return LoginThrottle::secondsToWait(Database::connection(), userName, now);
}

Core::Result<User> UserStore::authenticate(const QString &userName, const QString &password,
                                           const QDateTime &now)
{
    Connection &connection = Database::connection();
    const QString name = userName.trimmed();
    if (const int wait = LoginThrottle::secondsToWait(connection, name, now); wait > 0) {
        return Core::Error{tr("too many wrong passwords; try again in %n second(s)", nullptr,
                              wait),
                           name};
    }

    Statement &q = connection.prepare(
        "SELECT id, username, display_name, role, active, created_at, last_login_at,"
        " password_hash FROM users WHERE username = ? COLLATE NOCASE");
    q.bind(1, name);
    std::optional<User> user;
    QString storedHash;
    if (q.next()) {
        user = readUser(q);
        storedHash = q.text(7);
    }
    q.reset();

    const bool matches = PasswordHasher::verify(user ? storedHash : decoyHash(), password);
    if (!user || !matches || !user->active) {
        LoginThrottle::recordFailure(connection, name, now);
        if (Core::Status s = audit(connection, name, user ? user->id : name,
                                   QStringLiteral("login_failed"), {}, {});
            !s) {
            qCWarning(lcUsers) << "cannot audit a failed login:" << s.error().message;
        }
        qCInfo(lcUsers) << "a login failed";
        return Core::Error{tr("wrong user name or password, or the account is disabled"), name};
    }

    LoginThrottle::clear(connection, name);
    if (isInitialAdmin(*user))
        forgetInitialPassword(connection);
    Statement &touch = connection.prepare("UPDATE users SET last_login_at = ? WHERE id = ?");
    touch.bind(1, now.toUTC().toString(Qt::ISODateWithMs)).bind(2, user->id);
    if (!touch.exec())
        qCWarning(lcUsers) << "cannot record the login time:" << touch.error();
    if (PasswordHasher::needsRehash(storedHash)) {
        if (const Core::Result<QString> fresh = PasswordHasher::hash(password)) {
            Statement &rehash = connection.prepare(
                "UPDATE users SET password_hash = ? WHERE id = ?");
            if (!rehash.bind(1, fresh.value()).bind(2, user->id).exec())
                qCWarning(lcUsers) << "cannot store a stronger hash:" << rehash.error();
        }
    }
    if (Core::Status s = audit(connection, user->userName, user->id, QStringLiteral("login"),
                               {}, {});
        !s) {
        qCWarning(lcUsers) << "cannot audit a login:" << s.error().message;
    }
    user->lastLoginAt = now.toUTC();
    return *user;
}

} // namespace Hearth::Users
