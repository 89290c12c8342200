#pragma once

#include <QDateTime>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Users {

/// Slows down guessing: after a few wrong passwords for one user name, each further attempt
/// must wait, twice as long each time up to a cap. Kept in the settings table, so that
/// restarting the program does not reset it; a successful login clears it.
class LoginThrottle
{
public:
    static constexpr int FreeAttempts = 3;
    static constexpr int MaxDelaySeconds = 300;

    /// Seconds to wait after failures wrong passwords in a row.
    static int delayAfter(int failures);

    /// Seconds before userName may try again at now; 0 when it may try.
    static int secondsToWait(Storage::Connection &connection, const QString &userName,
                             const QDateTime &now);
    static int failures(Storage::Connection &connection, const QString &userName);
    static void recordFailure(Storage::Connection &connection, const QString &userName,
                              const QDateTime &now);
    static void clear(Storage::Connection &connection, const QString &userName);
};

} // namespace Hearth::Users
