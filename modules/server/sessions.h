#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// Sign-in tokens: opaque random strings given once to their owner; the database keeps only
/// their SHA-256, with the time they expire and, after sign-out, the time they were revoked.
class Sessions
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::Sessions)

public:
    struct Issued
    {
        QString token;
        QDateTime expiresAt;
    };

    /// Whose token it is, when it is still good.
    struct Holder
    {
        QString userId;
        QString tokenHash;
        QDateTime expiresAt;
    };

    explicit Sessions(ServerStore &store) : m_store(store) {}

    Core::Result<Issued> issue(const QString &userId, const QDateTime &now, int lifetimeSeconds);
    /// The holder of a token that exists, is not revoked, has not expired and whose user is
    /// active; nullopt otherwise.
    std::optional<Holder> resolve(const QString &token, const QDateTime &now);
    Core::Status revoke(const QString &tokenHash, const QDateTime &now);

    static QString hashOf(const QString &token);
    /// A new random secret: prefix, then 32 random bytes in URL-safe base64.
    static QString newSecret(const QString &prefix);

private:
    ServerStore &m_store;
};

} // namespace Hearth::Server
