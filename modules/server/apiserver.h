#pragma once

#include "apiresponse.h"
#include "core/result.h"
#include "serverconfig.h"
#include "serveruser.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>
#include <span>

class QSslServer;

namespace Hearth::Server {

class OrderRoutes;
class ServerStore;

/// The HTTPS API: TLS only, through a QSslServer bound to Qt HTTP Server. Every request gets
/// an id, a size check, one route and one log line (RequestLog). Routes:
///   GET  /api/v1/health, /api/v1/version
///   POST /api/v1/auth/login, /api/v1/auth/logout   GET /api/v1/me   (Bearer token)
///   POST /api/v1/org-units, /api/v1/users   (users.admin)
///   POST /api/v1/orders   (X-Hearth-Channel-Key and Idempotency-Key)
///   GET  /api/v1/orders, /orders/{id}, /orders/export, /reports/totals, /scan/{code}
///        (OrderRoutes, within the user's row scope)
///   POST /api/v1/sync/push   GET /api/v1/sync/pull   (SyncRoutes)
/// A route is one row of the table in routes(); tst_rowscope walks every row with every role.
/// TODO(#5): requests run one at a time on the server's thread (a sign-in's Argon2id check
/// holds the others for a moment); move the routes to a pool of threads, one store each.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(ServerStore &store, const ServerConfig &config, QObject *parent = nullptr);
    ~ApiServer() override;

    /// Loads the certificate and key and listens; refuses to start without them.
    Core::Status start();
    quint16 port() const { return m_port; }

    /// Every route as "METHOD /api/v1/path", a path parameter as {name}: the table's, and
    /// those of the route families dispatch() hands on (field API, attachments).
    static QStringList routeList();

    /// For tests: the time the server believes it is (token expiry, throttling, lockout).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call
    {
        const QHttpServerRequest &request;
        QString method;
        QString route;
        QString user;
        QString parameter = {};  // the {name} segment of the route's path, percent-decoded
    };

    struct Route
    {
        const char *path;
        const char *method;
        ApiResponse (ApiServer::*handler)(Call &);
    };
    static std::span<const Route> routes();

    ApiResponse dispatch(Call &call);
    ApiResponse health(Call &call);
    ApiResponse version(Call &call);
    ApiResponse login(Call &call);
    ApiResponse logout(Call &call);
    ApiResponse me(Call &call);
    ApiResponse createOrgUnit(Call &call);
    ApiResponse listOrgUnits(Call &call);
    ApiResponse createUser(Call &call);
    ApiResponse listUsers(Call &call);
    ApiResponse receiveOrder(Call &call);
    ApiResponse sync(Call &call);
    ApiResponse registerDesk(Call &call);
    /// Answers a read of orders for a user who holds permission, within their row scope.
    ApiResponse withOrders(Call &call, const char *permission,
                           const std::function<ApiResponse(OrderRoutes &)> &answer);
    ApiResponse listOrders(Call &call);
    ApiResponse showOrder(Call &call);
    ApiResponse exportOrders(Call &call);
    ApiResponse orderTotals(Call &call);
    ApiResponse scanCode(Call &call);

    /// The signed-in user of a Bearer token, or the 401 to answer (RequestAuth).
    std::optional<ServerUser> authenticate(Call &call, ApiResponse *refusal,
                                           QString *tokenHash = nullptr);
    /// The signed-in user when they hold permission; otherwise the 401 or 403 to answer.
    std::optional<ServerUser> authorize(Call &call, const char *permission, ApiResponse *refusal);
    /// Answers a write's outcome: commits when it went well, rolls back otherwise.
    ApiResponse finish(const ApiResponse &response);
    static QJsonObject userJson(const ServerUser &user);
    static QJsonObject unitJson(const OrgUnit &unit);
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 const ApiResponse &response, const QString &requestId);
    QDateTime now() const { return m_clock(); }

    ServerStore &m_store;
    ServerConfig m_config;
    QSslServer *m_tls = nullptr;
    quint16 m_port = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace Hearth::Server
