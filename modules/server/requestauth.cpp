#include "requestauth.h"

#include "accounts.h"
#include "sessions.h"
#include "users/roles.h"

namespace Hearth::Server {

std::optional<RequestAuth::Signed> RequestAuth::authenticate(const ApiRequest &request,
                                                             ApiResponse *refusal)
{
    const QByteArray header = request.value("Authorization").trimmed();
    const QByteArray scheme = "bearer ";
    const QByteArray token = header.mid(scheme.size()).trimmed();
    std::optional<Sessions::Holder> holder;
    if (header.left(scheme.size()).toLower() == scheme && !token.isEmpty()
        && token.size() <= MaxTokenLength) {
        holder = Sessions(m_store).resolve(QString::fromLatin1(token), m_now);
    }
    std::optional<ServerUser> user;
    if (holder)
        user = Accounts(m_store).findUserById(holder->userId);
    if (!user || !user->active) {
        *refusal = unauthorized();
        return std::nullopt;
    }
    return Signed{*user, holder->tokenHash};
}

std::optional<RequestAuth::Signed> RequestAuth::authorize(const ApiRequest &request,
                                                          const QString &permission,
                                                          ApiResponse *refusal)
{
    std::optional<Signed> signedIn = authenticate(request, refusal);
    if (!signedIn)
        return std::nullopt;
    if (!Users::Roles::grants(signedIn->user.role, permission)) {
        *refusal = forbidden(permission);
        return std::nullopt;
    }
    return signedIn;
}

ApiResponse RequestAuth::unauthorized()
{
    ApiResponse refusal = ApiResponse::error(
        401, QStringLiteral("unauthorized"),
        tr("sign in first: the token is missing, expired or revoked"),
        QStringLiteral("Authorization"));
    refusal.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
    return refusal;
}

ApiResponse RequestAuth::forbidden(const QString &permission)
{
    return ApiResponse::error(403, QStringLiteral("forbidden"),
                              tr("your role may not do this (it needs %1)").arg(permission));
}

} // namespace Hearth::Server
