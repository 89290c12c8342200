#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "fieldjobs.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Hearth::Server {

class ServerStore;

/// The field API for installers' phones and the dispatcher (安装工单, 抢单):
///   POST /api/v1/field/jobs                   create a job (delivery.write)
///   GET  /api/v1/field/jobs/{id}              one job in the caller's scope
///   POST /api/v1/field/jobs/{id}/cancel       (delivery.write)
///   GET  /api/v1/field/jobs/mine, /open       an installer's jobs, open jobs of their team
///   POST /api/v1/field/jobs/{id}/take, /check-in, /check-out, /rating, /signature
///   POST /api/v1/field/pings                  a batch of location pings
///   GET, PUT /api/v1/field/settlement-rules   installation settlement rules (administrators)
/// Installer routes need role installer in an installation team. A job that is not the
/// installer's answers 404, as one that does not exist. Every write may be sent again. A job
/// checked out, and rated after that, gets its installation cost line (InstallSettlement) in
/// the same transaction.
class FieldRoutes
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::FieldRoutes)

public:
    static constexpr int MaxPingsPerBatch = 500;

    explicit FieldRoutes(ServerStore &store) : m_store(store) {}

    static bool owns(const QString &path);
    /// "METHOD /api/v1/..." of every route here, ids as {id}.
    static QStringList routeList();
    /// Answers a request to one of the field routes; userName is set once the token is known.
    ApiResponse handle(const ApiRequest &request, const QString &method,
                       const QDateTime &now, QString *userName);

private:
    /// What an action makes of a job: nullopt to save the changed job and answer it, or the
    /// answer as it is (a repeat answers 200 and writes nothing; a refusal rolls back).
    using Change = std::function<std::optional<ApiResponse>(InstallJob &job)>;
    using Access = std::function<bool(const InstallJob &job)>;

    ApiResponse createJob(const ApiRequest &request, const ServerUser &user,
                          const QDateTime &now);
    ApiResponse showJob(const QString &id, const ServerUser &user);
    ApiResponse listJobs(bool mine, const ServerUser &user);
    ApiResponse act(const QString &id, const QString &action,
                    const ApiRequest &request, const ServerUser &user,
                    const QDateTime &now);
    ApiResponse pings(const ApiRequest &request, const ServerUser &user,
                      const QDateTime &now);
    ApiResponse showRules();
    /// Replaces every settlement rule in one transaction.
    ApiResponse replaceRules(const ApiRequest &request, const ServerUser &user,
                             const QDateTime &now);
    /// Reads, changes and saves one job in a transaction, again when another writer came first.
    ApiResponse mutate(const QString &id, const Access &access, const Change &change,
                       const QDateTime &now);

    std::optional<ApiResponse> changeFor(const QString &action, const QJsonObject &body,
                                         const ServerUser &user, const QDateTime &now,
                                         Change *change, Access *access);
    QJsonObject jobJson(const InstallJob &job, bool withContact = true);
    QJsonValue userRef(const QString &userId);
    QJsonValue unitRef(const QString &unitId);
    ApiResponse jobAnswer(int status, const InstallJob &job);

    ServerStore &m_store;
    QHash<QString, QJsonValue> m_users;
    QHash<QString, QJsonValue> m_units;
};

} // namespace Hearth::Server
