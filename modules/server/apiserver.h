#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "core/result.h"
#include "databaseuri.h"
#include "serverconfig.h"
#include "serveruser.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QPointer>
#include <QStringList>
#include <QThreadStorage>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <span>

class QSslServer;
class QThreadPool;

namespace Hearth::Server {

class ConnectionGuard;
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
///
/// Threads: sockets, TLS and the HTTP layer stay on the server's thread, which copies each
/// request (ApiRequest) and hands it to a pool of worker threads; the answer comes back to the
/// server's thread and is written if its connection is still open. Each worker has a database
/// connection of its own (a ServerStore opened on first use, closed when the thread ends). One
/// connection's requests are answered in their order, one at a time.
/// Shared state: what the routes share lives in the database, each route object (Accounts,
/// Sessions, ChannelKeys, AttachmentRoutes, FieldRoutes and its per-request caches...) is made
/// for one request on one worker. Sessions, channel keys, attachment uploads and desks are
/// rows; sign-in failures and lockouts are rows that concurrent sign-ins for one name update
/// in turn (takeSignInTurn); sync revisions come from a counter row that pushes take in turn
/// (ServerStore::lockRevisions, nextValue). In memory: the configuration and the database's
/// address, read-only once constructed; the clock, behind m_clockLock; and the connections'
/// queues (m_waiting, m_inFlight), touched on the server's thread only.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    /// store is opened already; the workers open connections of their own to its database.
    ApiServer(ServerStore &store, const ServerConfig &config, QObject *parent = nullptr);
    /// Waits for the requests in progress, then closes the workers' connections.
    ~ApiServer() override;

    /// Loads the certificate and key and listens; refuses to start without them.
    Core::Status start();
    quint16 port() const { return m_port; }
    int threadCount() const;
    /// Connections open now (handshaking, idle or in a request).
    int openConnections() const;

    /// Stops accepting connections and lets the requests in progress finish and be answered,
    /// waiting at most boundMs for them; then closes every connection and emits stopped().
    void stop(int boundMs);
    /// Waits at most boundMs for the workers; false when some request is still running.
    bool waitForWorkers(int boundMs);

    /// Every route as "METHOD /api/v1/path", a path parameter as {name}: the table's, and
    /// those of the route families dispatch() hands on (field API, attachments).
    static QStringList routeList();

    /// For tests: the time the server believes it is (token expiry, throttling, lockout). The
    /// routes call it on the worker threads, outside the lock that guards it.
    void setClock(std::function<QDateTime()> clock);

signals:
    void stopped();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Call
    {
        const ApiRequest &request;
        QString method;
        QString route;
        QString user;
        QString parameter = {};  // the {name} segment of the route's path, percent-decoded
    };

    /// One request on its way: taken on the server's thread, answered on a worker.
    struct Job
    {
        ApiRequest request;
        QString requestId;
        QElapsedTimer timer;
        QPointer<QTcpSocket> socket;
        /// Qt's request object of the connection: only for the responder, on this thread.
        const QHttpServerRequest *httpRequest = nullptr;
    };

    struct Route
    {
        const char *path;
        const char *method;
        ApiResponse (ApiServer::*handler)(Call &);
    };
    static std::span<const Route> routes();

    void run(const Job &job);
    /// Runs on a worker: the route's answer, and the user and route for the log line.
    ApiResponse answer(const ApiRequest &request, QString *user, QString *route);
    /// Back on the server's thread.
    void deliver(const Job &job, const ApiResponse &response, const QString &user,
                 const QString &route);
    void finishStop();
    /// This worker's connection, opened on first use; nullptr when it cannot be opened.
    ServerStore *threadStore();
    ServerStore &store() { return *m_stores.localData(); }

    ApiResponse dispatch(Call &call);
    ApiResponse health(Call &call);
    ApiResponse version(Call &call);
    ApiResponse login(Call &call);
    /// Makes concurrent sign-ins for userName wait for each other, inside the transaction.
    Core::Status takeSignInTurn(const QString &userName);
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
    QDateTime now() const;

    DatabaseUri m_uri;
    ServerConfig m_config;
    QSslServer *m_tls = nullptr;
    ConnectionGuard *m_guard = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_clockLock;
    std::function<QDateTime()> m_clock;

    // Declared before the pool: the pool's threads end (deleting their stores) first.
    QThreadStorage<ServerStore *> m_stores;
    std::unique_ptr<QThreadPool> m_pool;

    // The server's thread only.
    /// Connections with a request at a worker, and their next requests, in order.
    QHash<QTcpSocket *, QList<Job>> m_waiting;
    int m_inFlight = 0;
    std::atomic<bool> m_stopping = false;
    bool m_stopped = false;
};

} // namespace Hearth::Server
