#include "fieldsession.h"

#include "requestauth.h"
#include "serversync.h"
#include "users/permissions.h"

namespace Hearth::Server {

std::optional<ServerUser> FieldSession::authenticate(ServerStore &store,
                                                     const ApiRequest &request,
                                                     const QDateTime &now, ApiResponse *refusal)
{
    std::optional<RequestAuth::Signed> signedIn =
        RequestAuth(store, now).authenticate(request, refusal);
    if (!signedIn)
        return std::nullopt;
    return signedIn->user;
}

bool FieldSession::isFieldInstaller(const ServerUser &user)
{
    return user.role == Users::Role::Installer && user.orgUnit
        && user.orgUnit->kind == QLatin1String("install_team");
}

bool FieldSession::officeSees(const ServerUser &user, const InstallJob &job)
{
    const bool reads =
        Users::Roles::grants(user.role, QLatin1String(Users::Permissions::DeliveryRead))
        || Users::Roles::grants(user.role, QLatin1String(Users::Permissions::OrdersRead));
    if (!reads || user.role == Users::Role::Installer)
        return false;
    const SyncScope scope = SyncScope::of(user);
    return scope.sees(job.scopeUnit) || (!job.teamUnit.isEmpty() && job.teamUnit == scope.unitId);
}

ApiResponse FieldSession::wrongMethod(const QString &path, const QString &allowed)
{
    ApiResponse refused = ApiResponse::error(405, QStringLiteral("method_not_allowed"),
                                             tr("%1 takes %2 only").arg(path, allowed));
    refused.headers.append({QByteArrayLiteral("Allow"), allowed.toLatin1()});
    return refused;
}

} // namespace Hearth::Server
