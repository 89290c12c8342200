#include "apiserver.h"

#include "accounts.h"
#include "attachmentroutes.h"
#include "channelkeys.h"
#include "deskregistry.h"
#include "connectionguard.h"
#include "fieldroutes.h"
#include "jsonbody.h"
#include "logging.h"
#include "orderintake.h"
#include "orderroutes.h"
#include "requestauth.h"
#include "requestlog.h"
#include "serverstore.h"
#include "servertime.h"
#include "sessions.h"
#include "syncroutes.h"
#include "terminationwatcher.h"
#include "users/permissions.h"
#include "users/roles.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <array>
#include <functional>

namespace Hearth::Server {

namespace {

constexpr char ApiPrefix[] = "/api/v1";
/// How long a stop on SIGTERM waits for the requests in progress.
constexpr int StopBoundMs = 30 * 1000;

QString newRequestId()
{
    const quint64 bits = QRandomGenerator::global()->generate64();
    return QString::number(bits & 0xffffffffffffULL, 16).rightJustified(12, u'0');
}

std::optional<QSslKey> readKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

} // namespace

ApiServer::ApiServer(ServerStore &store, const ServerConfig &config, QObject *parent)
    : QAbstractHttpServer(parent), m_uri(store.uri()), m_config(config),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_pool(std::make_unique<QThreadPool>())
{
    m_pool->setMaxThreadCount(config.threads > 0 ? config.threads
                                                 : std::max(4, QThread::idealThreadCount()));
    // The threads keep their database connections for as long as the server runs.
    m_pool->setExpiryTimeout(-1);
}

ApiServer::~ApiServer()
{
    // The pool's threads end here, and each deletes (closes) its own ServerStore.
    m_pool.reset();
}

int ApiServer::threadCount() const
{
    return m_pool->maxThreadCount();
}

int ApiServer::openConnections() const
{
    return m_guard ? m_guard->openConnections() : 0;
}

void ApiServer::setClock(std::function<QDateTime()> clock)
{
    const QMutexLocker locker(&m_clockLock);
    m_clock = std::move(clock);
}

QDateTime ApiServer::now() const
{
    std::function<QDateTime()> clock;
    {
        const QMutexLocker locker(&m_clockLock);
        clock = m_clock;
    }
    // Called outside the lock: a test's clock may hold one request while others run.
    return clock();
}

Core::Status ApiServer::start()
{
    if (m_config.certificatePath.isEmpty() || m_config.keyPath.isEmpty()) {
        return Core::Error{tr("hearth-server speaks only HTTPS and needs a certificate and its "
                              "key (--cert FILE --key FILE, or \"cert\" and \"key\" in the "
                              "config file); for a trial, make a pair with "
                              "\"hearth-server gen-cert --out DIR\""), {}};
    }
    QFile certFile(m_config.certificatePath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        return Core::Error{tr("cannot read the certificate: %1").arg(certFile.errorString()),
                           m_config.certificatePath};
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(),
                                                                   QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        return Core::Error{tr("the file holds no PEM certificate"), m_config.certificatePath};
    }
    if (chain.constFirst().expiryDate() < now()) {
        return Core::Error{tr("the certificate expired on %1")
                               .arg(chain.constFirst().expiryDate().toString(Qt::ISODate)),
                           m_config.certificatePath};
    }
    QFile keyFile(m_config.keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Core::Error{tr("cannot read the key: %1").arg(keyFile.errorString()),
                           m_config.keyPath};
    const std::optional<QSslKey> key = readKey(keyFile.readAll());
    if (!key) {
        return Core::Error{tr("the file holds no unencrypted PEM private key (RSA or EC)"),
                           m_config.keyPath};
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(*key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = new QSslServer(this);
    m_tls->setSslConfiguration(tls);
    m_tls->setHandshakeTimeout(10000);
    if (!m_tls->listen(m_config.address, m_config.port)) {
        const QString why = m_tls->errorString();
        delete m_tls;
        m_tls = nullptr;
        return Core::Error{tr("cannot listen on %1 port %2: %3")
                               .arg(m_config.address.toString()).arg(m_config.port).arg(why),
                           {}};
    }
    m_port = m_tls->serverPort();
    // Before bind(): the guard must meet each socket before the HTTP layer reads from it.
    m_guard = new ConnectionGuard(
        m_tls, {m_config.idleTimeoutSeconds * 1000, m_config.maxBodyBytes});
    bind(m_tls);
    connect(TerminationWatcher::instance(), &TerminationWatcher::terminationRequested, this,
            [this](int signalNumber) {
                qCInfo(lcServerConnection).noquote()
                    << "stopping on" << TerminationWatcher::signalName(signalNumber)
                    << "- closing" << m_guard->openConnections() << "connections when"
                    << m_inFlight << "requests in progress are answered";
                connect(this, &ApiServer::stopped, qApp, [] { QCoreApplication::exit(0); },
                        Qt::QueuedConnection);
                stop(StopBoundMs);
            });
    qCInfo(lcServer) << "listening on" << m_config.address.toString() << "port" << m_port
                     << "with" << threadCount() << "worker threads";
    return {};
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const auto *tlsSocket = qobject_cast<QSslSocket *>(socket);
    if (!tlsSocket || !tlsSocket->isEncrypted()) {
        // Never reached through the QSslServer; kept so that no other binding answers plainly.
        socket->abort();
        return true;
    }
    if (ConnectionGuard::refused(socket))
        return true;  // answered from its headers already; the connection is closing
    Job job{ApiRequest(request), newRequestId(), {}, socket, &request};
    job.timer.start();
    qCDebug(lcServerRequest).noquote() << "request" << job.requestId << "taken:"
                                       << job.request.method()
                                       << RequestLog::clean(job.request.url().path(), 120);
    ConnectionGuard::requestTaken(socket);
    if (const auto waiting = m_waiting.find(socket); waiting != m_waiting.end()) {
        // One request of a connection at a time, so that its answers go out in order.
        waiting->append(job);
        return true;
    }
    if (!socket->property("hearth-api-seen").toBool()) {
        socket->setProperty("hearth-api-seen", true);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_waiting.remove(socket); });
    }
    m_waiting.insert(socket, {});
    run(job);
    return true;
}

void ApiServer::run(const Job &job)
{
    ++m_inFlight;
    m_pool->start([this, job] {
        QString user;
        QString route;
        const ApiResponse response = answer(job.request, &user, &route);
        QMetaObject::invokeMethod(
            this, [this, job, response, user, route] { deliver(job, response, user, route); },
            Qt::QueuedConnection);
    });
}

ApiResponse ApiServer::answer(const ApiRequest &request, QString *user, QString *route)
{
    Call call{request, request.method(), request.url().path(), QString()};
    ApiResponse response;
    // ConnectionGuard refuses an oversize Content-Length from the headers; this catches a body
    // that came without one.
    const qint64 declared = request.value("Content-Length").toLongLong();
    if (request.body().size() > m_config.maxBodyBytes || declared > m_config.maxBodyBytes) {
        response = ApiResponse::error(
            413, QStringLiteral("too_large"),
            tr("the request body is larger than %1 bytes").arg(m_config.maxBodyBytes));
    } else if (m_stopping) {
        response = ApiResponse::error(503, QStringLiteral("stopping"),
                                      tr("the server is stopping; try again in a moment"));
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
    } else if (!threadStore()) {
        response = ApiResponse::error(503, QStringLiteral("database"),
                                      tr("the server cannot reach its database; the server log "
                                         "says why"));
    } else {
        response = dispatch(call);
        if (store().inTransaction()) {
            qCWarning(lcServer) << "a route left a transaction open; rolled back";
            store().rollback();
        }
    }
    *user = call.user;
    *route = call.route;
    return response;
}

void ApiServer::deliver(const Job &job, const ApiResponse &response, const QString &user,
                        const QString &route)
{
    --m_inFlight;
    QTcpSocket *socket = job.socket.data();
    // After "disconnected" the HTTP layer has deleted its request object: write nothing then.
    const bool open = socket && socket->state() == QAbstractSocket::ConnectedState;
    if (open) {
        respond(*job.httpRequest, socket, response, job.requestId);
    } else {
        qCInfo(lcServerConnection).noquote()
            << "request" << job.requestId
            << "was answered after its client had gone; the answer is dropped";
    }
    RequestLog::write({job.requestId, user, job.request.method(), route, response.status,
                       job.timer.elapsed()});
    if (socket) {
        if (const auto waiting = m_waiting.find(socket); waiting != m_waiting.end()) {
            if (waiting->isEmpty() || !open) {
                if (!waiting->isEmpty()) {
                    qCInfo(lcServerConnection) << waiting->size()
                                               << "later requests of a closed connection dropped";
                }
                m_waiting.erase(waiting);
                if (open)
                    ConnectionGuard::requestDone(socket);
            } else {
                run(waiting->takeFirst());
            }
        }
    }
    if (m_stopping && m_inFlight == 0)
        finishStop();
}

void ApiServer::stop(int boundMs)
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_tls)
        m_tls->close();
    if (m_inFlight == 0) {
        finishStop();
        return;
    }
    QTimer::singleShot(boundMs, this, [this] { finishStop(); });
}

void ApiServer::finishStop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_inFlight > 0) {
        qCWarning(lcServerConnection) << m_inFlight << "requests were still running when the "
                                                       "wait for them ended";
    } else {
        qCInfo(lcServerConnection) << "every request in progress was answered";
    }
    if (!m_guard) {
        emit stopped();
        return;
    }
    m_guard->closeAll();
    // The answers written last leave before the process does: wait (a moment at most) for the
    // connections to close.
    auto *poll = new QTimer(this);
    QElapsedTimer since;
    since.start();
    connect(poll, &QTimer::timeout, this, [this, poll, since] {
        if (m_guard->openConnections() > 0 && since.elapsed() < 2000)
            return;
        poll->stop();
        poll->deleteLater();
        emit stopped();
    });
    poll->start(20);
}

bool ApiServer::waitForWorkers(int boundMs)
{
    return m_pool->waitForDone(boundMs);
}

ServerStore *ApiServer::threadStore()
{
    if (!m_stores.hasLocalData()) {
        auto opened = std::make_unique<ServerStore>();
        if (Core::Status status = opened->open(m_uri, ServerStore::OpenMode::Existing); !status) {
            qCCritical(lcServer).noquote()
                << "a worker thread cannot open the database:" << status.error().toString();
            return nullptr;
        }
        m_stores.setLocalData(opened.release());
    }
    return m_stores.localData();
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket,
            ApiResponse::error(404, QStringLiteral("not_found"), tr("no such route")),
            newRequestId());
}

void ApiServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                        const ApiResponse &response, const QString &requestId)
{
    const QByteArray body = response.bodyBytes();
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeHeader("X-Request-Id", requestId.toLatin1());
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);
}

std::span<const ApiServer::Route> ApiServer::routes()
{
    // One row a route. A {name} segment is a path parameter; a literal path wins over one, so
    // "/orders/export" is never the order "export".
    static constexpr Route table[] = {
        {"/health", "GET", &ApiServer::health},
        {"/version", "GET", &ApiServer::version},
        {"/auth/login", "POST", &ApiServer::login},
        {"/auth/logout", "POST", &ApiServer::logout},
        {"/me", "GET", &ApiServer::me},
        {"/org-units", "POST", &ApiServer::createOrgUnit},
        {"/org-units", "GET", &ApiServer::listOrgUnits},
        {"/users", "POST", &ApiServer::createUser},
        {"/users", "GET", &ApiServer::listUsers},
        {"/orders", "POST", &ApiServer::receiveOrder},
        {"/orders", "GET", &ApiServer::listOrders},
        {"/orders/export", "GET", &ApiServer::exportOrders},
        {"/orders/{id}", "GET", &ApiServer::showOrder},
        {"/reports/totals", "GET", &ApiServer::orderTotals},
        {"/scan/{code}", "GET", &ApiServer::scanCode},
        {"/sync/push", "POST", &ApiServer::sync},
        {"/sync/pull", "GET", &ApiServer::sync},
        {"/desks", "POST", &ApiServer::registerDesk},
    };
    return table;
}

QStringList ApiServer::routeList()
{
    QStringList list;
    for (const Route &route : routes()) {
        list.append(QLatin1String(route.method) + u' ' + QLatin1String(ApiPrefix)
                    + QLatin1String(route.path));
    }
    return list + FieldRoutes::routeList() + AttachmentRoutes::routeList();
}

ApiResponse ApiServer::dispatch(Call &call)
{
    const QString path = call.route;
    if (FieldRoutes::owns(path))
        return FieldRoutes(store()).handle(call.request, call.method, now(), &call.user);
    if (AttachmentRoutes::owns(path)) {
        return AttachmentRoutes(store(), AttachmentStore::Limits::forBody(m_config.maxBodyBytes))
            .handle(call.request, call.method, now(), &call.user);
    }
    const QString encoded = call.request.url().path(QUrl::FullyEncoded);
    QList<const Route *> found;
    const QStringList segments = encoded.mid(qsizetype(qstrlen(ApiPrefix))).split(u'/');
    if (encoded.startsWith(QLatin1String(ApiPrefix) + u'/')) {
        for (bool literal : {true, false}) {
            for (const Route &route : routes()) {
                const QStringList parts = QString::fromLatin1(route.path).split(u'/');
                if (parts.size() != segments.size()
                    || literal == QLatin1String(route.path).contains(u'{')) {
                    continue;
                }
                bool same = true;
                for (qsizetype i = 0; i < parts.size() && same; ++i) {
                    if (parts.at(i).startsWith(u'{'))
                        same = !segments.at(i).isEmpty();
                    else
                        same = parts.at(i) == segments.at(i);
                }
                if (same)
                    found.append(&route);
            }
            if (!found.isEmpty())
                break;
        }
    }
    if (found.isEmpty()) {
        call.route = RequestLog::clean(path, 120);
        return ApiResponse::error(404, QStringLiteral("not_found"), tr("no such route"));
    }
    const Route *route = found.constFirst();
    if (QLatin1String(route->path).contains(u'{')) {
        // The log shows the route, not the order id or code a caller put in it.
        call.route = QLatin1String(ApiPrefix) + QLatin1String(route->path);
        const QStringList parts = QString::fromLatin1(route->path).split(u'/');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i).startsWith(u'{'))
                call.parameter = QUrl::fromPercentEncoding(segments.at(i).toLatin1());
        }
    }
    QByteArrayList methods;
    for (const Route *candidate : found) {
        if (call.method == QLatin1String(candidate->method))
            return (this->*candidate->handler)(call);
        methods.append(candidate->method);
    }
    const QByteArray allowed = methods.join(", ");
    ApiResponse refused = ApiResponse::error(
        405, QStringLiteral("method_not_allowed"),
        tr("%1 takes %2 only").arg(call.route, QString::fromLatin1(allowed)));
    refused.headers.append({QByteArrayLiteral("Allow"), allowed});
    return refused;
}

ApiResponse ApiServer::health(Call &)
{
    QSqlQuery q = store().prepare(QStringLiteral("SELECT 1"));
    const bool up = store().exec(q) && q.next();
    return ApiResponse::json(up ? 200 : 503,
                             {{QStringLiteral("status"), up ? QStringLiteral("ok")
                                                            : QStringLiteral("unavailable")},
                              {QStringLiteral("database"), up ? QStringLiteral("ok")
                                                              : QStringLiteral("down")}});
}

ApiResponse ApiServer::version(Call &)
{
    return ApiResponse::json(
        200, {{QStringLiteral("name"), QStringLiteral("hearth-server")},
              {QStringLiteral("version"), QCoreApplication::applicationVersion()},
              {QStringLiteral("api"), QStringLiteral("v1")},
              {QStringLiteral("schema"), store().schemaVersion()},
              {QStringLiteral("database"), store().engine() == DatabaseUri::Engine::Postgres
                                               ? QStringLiteral("postgresql")
                                               : QStringLiteral("sqlite")}});
}

QJsonObject ApiServer::userJson(const ServerUser &user)
{
    QJsonObject json{{QStringLiteral("id"), user.id},
                     {QStringLiteral("user_name"), user.userName},
                     {QStringLiteral("display_name"), user.displayName},
                     {QStringLiteral("role"), Users::Roles::code(user.role)},
                     {QStringLiteral("permissions"),
                      QJsonArray::fromStringList(Users::Roles::permissions(user.role))}};
    json.insert(QStringLiteral("org_unit"),
                user.orgUnit ? QJsonValue(unitJson(*user.orgUnit)) : QJsonValue());
    return json;
}

QJsonObject ApiServer::unitJson(const OrgUnit &unit)
{
    return {{QStringLiteral("id"), unit.id}, {QStringLiteral("kind"), unit.kind},
            {QStringLiteral("code"), unit.code}, {QStringLiteral("name"), unit.name}};
}

std::optional<ServerUser> ApiServer::authorize(Call &call, const char *permission,
                                               ApiResponse *refusal)
{
    std::optional<ServerUser> user = authenticate(call, refusal);
    if (!user)
        return std::nullopt;
    if (!Users::Roles::grants(user->role, QLatin1String(permission))) {
        *refusal = RequestAuth::forbidden(QLatin1String(permission));
        return std::nullopt;
    }
    return user;
}

ApiResponse ApiServer::finish(const ApiResponse &response)
{
    if (response.status >= 400) {
        store().rollback();
        return response;
    }
    if (Core::Status committed = store().commit(); !committed)
        return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
    return response;
}

std::optional<ServerUser> ApiServer::authenticate(Call &call, ApiResponse *refusal,
                                                  QString *tokenHash)
{
    std::optional<RequestAuth::Signed> signedIn =
        RequestAuth(store(), now()).authenticate(call.request, refusal);
    if (!signedIn)
        return std::nullopt;
    call.user = signedIn->user.userName;
    if (tokenHash)
        *tokenHash = signedIn->tokenHash;
    return signedIn->user;
}

Core::Status ApiServer::takeSignInTurn(const QString &userName)
{
    // SQLite: begin() took the database's write lock, so sign-ins take turns already.
    if (store().engine() != DatabaseUri::Engine::Postgres)
        return {};
    // PostgreSQL: sign-ins for one name take turns on an advisory lock held to the commit, so
    // that two wrong guesses at once cannot both read the same failure count and each write
    // it plus one (the throttle and the lockout would count one guess too few). The key is the
    // same in every server process.
    const QByteArray digest = QCryptographicHash::hash(
        "hearth-sign-in:" + userName.trimmed().toLower().toUtf8(), QCryptographicHash::Sha256);
    qint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | quint8(digest.at(i));
    QSqlQuery turn = store().prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    turn.addBindValue(key);
    return store().exec(turn);
}

ApiResponse ApiServer::login(Call &call)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(call.request.body(), &body))
        return *bad;
    static constexpr std::array<JsonBody::Field, 2> fields{{
        {"user_name", JsonBody::Type::String, true}, {"password", JsonBody::Type::String, true}}};
    const QList<FieldProblem> problems = JsonBody::check(body, fields);
    if (!problems.isEmpty())
        return ApiResponse::problems(400, QStringLiteral("invalid_request"), problems);

    // Read once, before the transaction: a test's clock may hold this request for a while.
    const QDateTime at = now();
    const QString userName = body.value(QStringLiteral("user_name")).toString();
    if (Core::Status begun = store().begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    if (Core::Status turn = takeSignInTurn(userName); !turn) {
        store().rollback();
        return ApiResponse::error(503, QStringLiteral("database"), turn.error().message);
    }
    Accounts accounts(store());
    const Core::Result<Accounts::SignIn> signIn = accounts.signIn(
        userName, body.value(QStringLiteral("password")).toString(), at);
    if (!signIn) {
        store().rollback();
        return ApiResponse::error(503, QStringLiteral("database"), signIn.error().message);
    }
    ApiResponse response;
    switch (signIn->refusal) {
    case Accounts::Refusal::Locked:
        response = ApiResponse::error(
            423, QStringLiteral("locked"),
            tr("too many wrong passwords: this account is locked; try again in %1 minutes")
                .arg((signIn->secondsToWait + 59) / 60));
        response.headers.append({QByteArrayLiteral("Retry-After"),
                                 QByteArray::number(signIn->secondsToWait)});
        break;
    case Accounts::Refusal::Throttled:
        response = ApiResponse::error(
            429, QStringLiteral("slow_down"),
            tr("wrong passwords in a row: wait %1 seconds before the next try")
                .arg(signIn->secondsToWait));
        response.headers.append({QByteArrayLiteral("Retry-After"),
                                 QByteArray::number(signIn->secondsToWait)});
        break;
    case Accounts::Refusal::BadCredentials:
        response = ApiResponse::error(401, QStringLiteral("bad_credentials"),
                                      tr("wrong user name or password"));
        break;
    case Accounts::Refusal::None: {
        const Core::Result<Sessions::Issued> issued = Sessions(store()).issue(
            signIn->user->id, at, m_config.sessionSeconds);
        if (!issued) {
            store().rollback();
            return ApiResponse::error(503, QStringLiteral("database"), issued.error().message);
        }
        call.user = signIn->user->userName;
        response = ApiResponse::json(
            200, {{QStringLiteral("token"), issued->token},
                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                  {QStringLiteral("expires_at"), ServerTime::text(issued->expiresAt)},
                  {QStringLiteral("user"), userJson(*signIn->user)}});
        break;
    }
    }
    // A refusal commits too: the failure it recorded is what slows the next guess down.
    if (Core::Status committed = store().commit(); !committed)
        return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
    return response;
}

ApiResponse ApiServer::logout(Call &call)
{
    ApiResponse refusal;
    QString tokenHash;
    if (!authenticate(call, &refusal, &tokenHash))
        return refusal;
    if (Core::Status begun = store().begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    Core::Status revoked = Sessions(store()).revoke(tokenHash, now());
    if (revoked)
        revoked = store().commit();
    else
        store().rollback();
    if (!revoked)
        return ApiResponse::error(503, QStringLiteral("database"), revoked.error().message);
    return ApiResponse::json(200, {{QStringLiteral("signed_out"), true}});
}

ApiResponse ApiServer::me(Call &call)
{
    ApiResponse refusal;
    const std::optional<ServerUser> user = authenticate(call, &refusal);
    if (!user)
        return refusal;
    return ApiResponse::json(200, {{QStringLiteral("user"), userJson(*user)}});
}

ApiResponse ApiServer::receiveOrder(Call &call)
{
    const QString secret = QString::fromLatin1(call.request.value(ChannelKeys::Header));
    const std::optional<ChannelKeys::Key> key = ChannelKeys(store()).resolve(secret);
    if (!key) {
        return ApiResponse::error(401, QStringLiteral("unauthorized"),
                                  tr("send the channel's API key in %1")
                                      .arg(QLatin1String(ChannelKeys::Header)),
                                  QLatin1String(ChannelKeys::Header));
    }
    call.user = QStringLiteral("channel:") + key->name;
    const QString idempotencyKey = QString::fromLatin1(
        call.request.value(OrderIntake::IdempotencyHeader));
    return OrderIntake(store()).receive(*key, idempotencyKey, call.request.body(), now());
}

ApiResponse ApiServer::sync(Call &call)
{
    return SyncRoutes(store()).handle(call.request, call.method, now(), &call.user);
}

ApiResponse ApiServer::registerDesk(Call &call)
{
    ApiResponse refusal;
    const std::optional<ServerUser> user = authenticate(call, &refusal);
    if (!user)
        return refusal;
    return DeskRegistry(store()).handle(call.request.body(), *user, now());
}

ApiResponse ApiServer::withOrders(Call &call, const char *permission,
                                  const std::function<ApiResponse(OrderRoutes &)> &answer)
{
    ApiResponse refusal;
    const std::optional<ServerUser> user = authorize(call, permission, &refusal);
    if (!user)
        return refusal;
    OrderRoutes routes(store(), SyncScope::of(*user));
    return answer(routes);
}

ApiResponse ApiServer::listOrders(Call &call)
{
    const QUrlQuery query(call.request.url());
    return withOrders(call, Users::Permissions::OrdersRead,
                      [&](OrderRoutes &routes) { return routes.list(query); });
}

ApiResponse ApiServer::showOrder(Call &call)
{
    const QUrlQuery query(call.request.url());
    return withOrders(call, Users::Permissions::OrdersRead,
                      [&](OrderRoutes &routes) { return routes.show(call.parameter, query); });
}

ApiResponse ApiServer::exportOrders(Call &call)
{
    const QUrlQuery query(call.request.url());
    return withOrders(call, Users::Permissions::OrdersExport,
                      [&](OrderRoutes &routes) { return routes.exportCsv(query); });
}

ApiResponse ApiServer::orderTotals(Call &call)
{
    const QUrlQuery query(call.request.url());
    return withOrders(call, Users::Permissions::ReportsRead,
                      [&](OrderRoutes &routes) { return routes.totals(query); });
}

ApiResponse ApiServer::scanCode(Call &call)
{
    const QUrlQuery query(call.request.url());
    return withOrders(call, Users::Permissions::OrdersRead,
                      [&](OrderRoutes &routes) { return routes.scan(call.parameter, query); });
}

ApiResponse ApiServer::createOrgUnit(Call &call)
{
    ApiResponse refusal;
    if (!authorize(call, Users::Permissions::UsersAdmin, &refusal))
        return refusal;
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(call.request.body(), &body))
        return *bad;
    static constexpr std::array<JsonBody::Field, 4> fields{{
        {"kind", JsonBody::Type::String, true}, {"code", JsonBody::Type::String, true},
        {"name", JsonBody::Type::String, true}, {"parent_code", JsonBody::Type::String}}};
    if (const QList<FieldProblem> problems = JsonBody::check(body, fields); !problems.isEmpty())
        return ApiResponse::problems(400, QStringLiteral("invalid_request"), problems);

    if (Core::Status begun = store().begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    Accounts accounts(store());
    OrgUnit unit{{}, body.value(QStringLiteral("kind")).toString(),
                 body.value(QStringLiteral("code")).toString(),
                 body.value(QStringLiteral("name")).toString(), {}};
    const QString parentCode = body.value(QStringLiteral("parent_code")).toString();
    if (!parentCode.isEmpty()) {
        const std::optional<OrgUnit> parent = accounts.findOrgUnitByCode(parentCode);
        if (!parent) {
            return finish(ApiResponse::problems(422, QStringLiteral("invalid_request"),
                                                {{QStringLiteral("parent_code"),
                                                  tr("no unit has this code")}}));
        }
        unit.parentId = parent->id;
    }
    const Core::Result<OrgUnit> made = accounts.createOrgUnit(unit, now());
    if (!made) {
        const bool taken = store().lastWasUniqueViolation();
        return finish(ApiResponse::problems(taken ? 409 : 422, QStringLiteral("invalid_request"),
                                            {{made.error().where, made.error().message}}));
    }
    return finish(ApiResponse::json(201, {{QStringLiteral("org_unit"), unitJson(*made)}}));
}

ApiResponse ApiServer::listOrgUnits(Call &call)
{
    ApiResponse refusal;
    if (!authorize(call, Users::Permissions::UsersAdmin, &refusal))
        return refusal;
    const Core::Result<QList<OrgUnit>> units = Accounts(store()).orgUnits();
    if (!units)
        return ApiResponse::error(503, QStringLiteral("database"), units.error().message);
    QJsonArray list;
    for (const OrgUnit &unit : *units)
        list.append(unitJson(unit));
    return ApiResponse::json(200, {{QStringLiteral("org_units"), list}});
}

ApiResponse ApiServer::listUsers(Call &call)
{
    ApiResponse refusal;
    if (!authorize(call, Users::Permissions::UsersAdmin, &refusal))
        return refusal;
    const Core::Result<QList<ServerUser>> users = Accounts(store()).users();
    if (!users)
        return ApiResponse::error(503, QStringLiteral("database"), users.error().message);
    QJsonArray list;
    for (const ServerUser &user : *users)
        list.append(userJson(user));
    return ApiResponse::json(200, {{QStringLiteral("users"), list}});
}

ApiResponse ApiServer::createUser(Call &call)
{
    ApiResponse refusal;
    if (!authorize(call, Users::Permissions::UsersAdmin, &refusal))
        return refusal;
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(call.request.body(), &body))
        return *bad;
    static constexpr std::array<JsonBody::Field, 5> fields{{
        {"user_name", JsonBody::Type::String, true}, {"display_name", JsonBody::Type::String},
        {"role", JsonBody::Type::String, true}, {"password", JsonBody::Type::String, true},
        {"org_unit_code", JsonBody::Type::String}}};
    if (const QList<FieldProblem> problems = JsonBody::check(body, fields); !problems.isEmpty())
        return ApiResponse::problems(400, QStringLiteral("invalid_request"), problems);
    const std::optional<Users::Role> role = Users::Roles::fromCode(
        body.value(QStringLiteral("role")).toString());
    if (!role) {
        QStringList codes;
        for (Users::Role r : Users::Roles::all())
            codes.append(Users::Roles::code(r));
        return ApiResponse::problems(422, QStringLiteral("invalid_request"),
                                     {{QStringLiteral("role"),
                                       tr("is one of %1").arg(codes.join(QStringLiteral(", ")))}});
    }

    if (Core::Status begun = store().begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    Accounts accounts(store());
    QString unitId;
    const QString unitCode = body.value(QStringLiteral("org_unit_code")).toString();
    if (!unitCode.isEmpty()) {
        const std::optional<OrgUnit> unit = accounts.findOrgUnitByCode(unitCode);
        if (!unit) {
            return finish(ApiResponse::problems(422, QStringLiteral("invalid_request"),
                                                {{QStringLiteral("org_unit_code"),
                                                  tr("no unit has this code")}}));
        }
        unitId = unit->id;
    }
    const Core::Result<ServerUser> made = accounts.createUser(
        {body.value(QStringLiteral("user_name")).toString(),
         body.value(QStringLiteral("display_name")).toString(), *role,
         body.value(QStringLiteral("password")).toString(), unitId},
        now());
    if (!made) {
        const Core::Result<QString> holder =
            accounts.userNameHolder(body.value(QStringLiteral("user_name")).toString());
        const bool taken = store().lastWasUniqueViolation() || (holder && !holder->isEmpty());
        return finish(ApiResponse::problems(taken ? 409 : 422, QStringLiteral("invalid_request"),
                                            {{made.error().where, made.error().message}}));
    }
    return finish(ApiResponse::json(201, {{QStringLiteral("user"), userJson(*made)}}));
}

} // namespace Hearth::Server
