#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "fieldjobs.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// The signed-in user of a field or attachment request (Bearer token), and who counts as an
/// installer in the field: role installer in an installation team (安装团队).
class FieldSession
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::FieldSession)

public:
    /// The active user of the request's Bearer token (RequestAuth), or the 401 to answer.
    static std::optional<ServerUser> authenticate(ServerStore &store,
                                                  const ApiRequest &request,
                                                  const QDateTime &now, ApiResponse *refusal);
    static bool isFieldInstaller(const ServerUser &user);
    /// An office user (not an installer) with delivery.read or orders.read who sees the job's
    /// order or is in its team.
    static bool officeSees(const ServerUser &user, const InstallJob &job);
    /// The 405 for a path that takes other methods.
    static ApiResponse wrongMethod(const QString &path, const QString &allowed);
};

} // namespace Hearth::Server
