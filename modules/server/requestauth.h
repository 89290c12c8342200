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

/// The one check of "Authorization: Bearer <token>" that every signed-in route makes: the
/// token must exist, be neither expired nor revoked, and belong to an active user. Whatever
/// is wrong, the answer is the same 401, so that a caller learns nothing about other tokens.
class RequestAuth
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::RequestAuth)

public:
    /// Longer tokens are refused before they reach the database.
    static constexpr int MaxTokenLength = 200;

    struct Signed
    {
        ServerUser user;
        QString tokenHash;
    };

    RequestAuth(ServerStore &store, const QDateTime &now) : m_store(store), m_now(now) {}

    /// The holder of the request's token, or nullopt and the 401 to answer in *refusal.
    std::optional<Signed> authenticate(const ApiRequest &request, ApiResponse *refusal);
    /// The holder when their role grants permission ("orders.read"); otherwise the 401 or 403.
    std::optional<Signed> authorize(const ApiRequest &request, const QString &permission,
                                    ApiResponse *refusal);

    static ApiResponse unauthorized();
    static ApiResponse forbidden(const QString &permission);

private:
    ServerStore &m_store;
    QDateTime m_now;
};

} // namespace Hearth::Server
