#include "syncroutes.h"

#include "jsonbody.h"
#include "logging.h"
#include "requestauth.h"
#include "serversync.h"
#include "serverstore.h"
#include "sync/protocol.h"

#include <QUrlQuery>

namespace Hearth::Server {

namespace {

constexpr char PushPath[] = "/api/v1/sync/push";
constexpr char PullPath[] = "/api/v1/sync/pull";

} // namespace

bool SyncRoutes::owns(const QString &path)
{
    return path == QLatin1String(PushPath) || path == QLatin1String(PullPath);
}

ApiResponse SyncRoutes::handle(const ApiRequest &request, const QString &method,
                               const QDateTime &now, QString *userName)
{
    const bool isPush = request.url().path() == QLatin1String(PushPath);
    const QString wanted = isPush ? QStringLiteral("POST") : QStringLiteral("GET");
    if (method != wanted) {
        ApiResponse refused = ApiResponse::error(
            405, QStringLiteral("method_not_allowed"),
            tr("%1 takes %2 only").arg(request.url().path(), wanted));
        refused.headers.append({QByteArrayLiteral("Allow"), wanted.toLatin1()});
        return refused;
    }
    ApiResponse refusal;
    const std::optional<ServerUser> user = authenticate(request, now, &refusal);
    if (!user)
        return refusal;
    *userName = user->userName;
    return isPush ? push(request, *user, now) : pull(request, *user);
}

std::optional<ServerUser> SyncRoutes::authenticate(const ApiRequest &request,
                                                   const QDateTime &now, ApiResponse *refusal)
{
    const std::optional<RequestAuth::Signed> signedIn =
        RequestAuth(m_store, now).authenticate(request, refusal);
    if (!signedIn)
        return std::nullopt;
    return signedIn->user;
}

ApiResponse SyncRoutes::push(const ApiRequest &request, const ServerUser &user,
                             const QDateTime &now)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(request.body(), &body))
        return *bad;
    QList<Sync::Problem> problems;
    const QList<Sync::PushEntry> entries = Sync::Protocol::readPush(body, &problems);
    // A clock far ahead would win every merge for as long as it runs ahead.
    const qint64 latest = now.toMSecsSinceEpoch() + Sync::Protocol::MaxClockLeadMs;
    for (qsizetype i = 0; i < entries.size() && problems.isEmpty(); ++i) {
        if (Sync::Protocol::hlcMillis(entries.at(i).hlc) > latest) {
            problems.append({QStringLiteral("entries[%1].hlc").arg(i),
                             tr("is more than an hour ahead of the server's clock; set the "
                                "desk's clock right")});
        }
    }
    if (!problems.isEmpty()) {
        QList<FieldProblem> named;
        for (const Sync::Problem &p : problems)
            named.append({p.field, p.message});
        return ApiResponse::problems(400, QStringLiteral("invalid_request"), named);
    }

    if (Core::Status begun = m_store.begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    // Pushes take turns from before their reads: two pushes at once to one row would otherwise
    // both merge into the row as it was, and the later write would undo the earlier's fields.
    if (Core::Status turn = m_store.lockRevisions(); !turn) {
        m_store.rollback();
        return ApiResponse::error(503, QStringLiteral("database"), turn.error().message);
    }
    const Core::Result<QList<Sync::PushResult>> results =
        ServerSync(m_store).apply(entries, SyncScope::of(user), now);
    if (!results) {
        m_store.rollback();
        return ApiResponse::error(503, QStringLiteral("database"), results.error().message);
    }
    if (Core::Status committed = m_store.commit(); !committed) {
        // Another server process took the same change id first; the retry finds it applied.
        return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
    }
    qCInfo(lcServer) << "sync push of" << entries.size() << "changes";
    return ApiResponse::json(200, Sync::Protocol::answerJson(*results));
}

ApiResponse SyncRoutes::pull(const ApiRequest &request, const ServerUser &user)
{
    const QUrlQuery query(request.url());
    qint64 after = 0;
    int limit = Sync::Protocol::DefaultPullLimit;
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        bool ok = false;
        if (name == QLatin1String("after")) {
            after = value.toLongLong(&ok);
            if (!ok || after < 0) {
                return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                          tr("must be a revision, 0 or more"),
                                          QStringLiteral("after"));
            }
        } else if (name == QLatin1String("limit")) {
            limit = value.toInt(&ok);
            if (!ok || limit < 1 || limit > Sync::Protocol::MaxPullLimit) {
                return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                          tr("must be from 1 to %1")
                                              .arg(Sync::Protocol::MaxPullLimit),
                                          QStringLiteral("limit"));
            }
        } else {
            return ApiResponse::error(400, QStringLiteral("invalid_request"),
                                      tr("unknown query parameter"), name);
        }
    }
    const Core::Result<Sync::PullPage> page =
        ServerSync(m_store).changesAfter(after, limit, SyncScope::of(user));
    if (!page)
        return ApiResponse::error(503, QStringLiteral("database"), page.error().message);
    return ApiResponse::json(200, Sync::Protocol::pageJson(*page));
}

} // namespace Hearth::Server
