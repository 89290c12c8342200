#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// The sync routes, for any signed-in user within their row scope:
///   POST /api/v1/sync/push   a batch of outbox entries, applied in one transaction
///   GET  /api/v1/sync/pull   ?after=REVISION&limit=N
/// The JSON is Sync::Protocol's.
class SyncRoutes
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::SyncRoutes)

public:
    explicit SyncRoutes(ServerStore &store) : m_store(store) {}

    static bool owns(const QString &path);
    /// Answers a request to one of the sync routes; userName is set once the token is known.
    ApiResponse handle(const ApiRequest &request, const QString &method,
                       const QDateTime &now, QString *userName);

private:
    std::optional<ServerUser> authenticate(const ApiRequest &request,
                                           const QDateTime &now, ApiResponse *refusal);
    ApiResponse push(const ApiRequest &request, const ServerUser &user,
                     const QDateTime &now);
    ApiResponse pull(const ApiRequest &request, const ServerUser &user);

    ServerStore &m_store;
};

} // namespace Hearth::Server
