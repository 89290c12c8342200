#include "loginthrottle.h"

#include "logging.h"

#include "storage/database.h"

namespace Hearth::Users {

namespace {

struct Entry
{
    int failures = 0;
    QDateTime notBefore;
};

QString keyFor(const QString &userName)
{
    return QStringLiteral("login.throttle.") + userName.trimmed().toLower();
}

Entry read(Storage::Connection &connection, const QString &userName)
{
    Storage::Statement &q = connection.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, keyFor(userName));
    Entry entry;
    if (q.next()) {
        const QStringList parts = q.text(0).split(QLatin1Char(';'));
        entry.failures = parts.value(0).toInt();
        entry.notBefore = QDateTime::fromString(parts.value(1), Qt::ISODate);
    }
    q.reset();
    return entry;
}

} // namespace

int LoginThrottle::delayAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = failures - FreeAttempts;
    if (doublings >= 9)
        return MaxDelaySeconds;
    return qMin(1 << doublings, MaxDelaySeconds);
}

int LoginThrottle::secondsToWait(Storage::Connection &connection, const QString &userName,
                                 const QDateTime &now)
{
    const Entry entry = read(connection, userName);
    if (!entry.notBefore.isValid() || entry.notBefore <= now)
        return 0;
    return int((now.msecsTo(entry.notBefore) + 999) / 1000);
}

int LoginThrottle::failures(Storage::Connection &connection, const QString &userName)
{
    return read(connection, userName).failures;
}

void LoginThrottle::recordFailure(Storage::Connection &connection, const QString &userName,
                                  const QDateTime &now)
{
    const int failures = read(connection, userName).failures + 1;
    const QDateTime notBefore = now.addSecs(delayAfter(failures));
    Storage::Statement &q = connection.prepare(
        "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    q.bind(1, keyFor(userName))
        .bind(2, QStringLiteral("%1;%2").arg(failures).arg(
                     notBefore.toUTC().toString(Qt::ISODateWithMs)));
    if (!q.exec())
        qCWarning(lcUsers) << "cannot record a failed login:" << q.error();
}

void LoginThrottle::clear(Storage::Connection &connection, const QString &userName)
{
    Storage::Statement &q = connection.prepare("DELETE FROM settings WHERE key = ?");
    q.bind(1, keyFor(userName));
    if (!q.exec())
        qCWarning(lcUsers) << "cannot clear failed logins:" << q.error();
}

} // namespace Hearth::Users
