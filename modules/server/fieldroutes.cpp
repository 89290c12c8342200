#include "fieldroutes.h"

#include "accounts.h"
#include "fieldsession.h"
#include "installgate.h"
#include "installsettlement.h"
#include "jsonbody.h"
#include "logging.h"
#include "orderscope.h"
#include "serverstore.h"
#include "serversync.h"
#include "servertime.h"
#include "sync/protocol.h"
#include "users/permissions.h"

#include <QCryptographicHash>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <cmath>

namespace Hearth::Server {

namespace {

constexpr char Prefix[] = "/api/v1/field/";
constexpr qint64 MaxPastDays = 30;
constexpr double MaxAccuracyMetres = 100000.0;
constexpr int MaxTextLength = 500;
constexpr int MaxNotesLength = 2000;

QString idError()
{
    return FieldRoutes::tr("must be a UUID made by the client, e.g. "
                           "\"0f8fad5b-d9cb-469f-a165-70867728950e\"");
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

/// Fields of a body that are JSON numbers (coordinates), which JsonBody does not type.
struct NumberField
{
    const char *name;
    double min;
    double max;
};

/// JsonBody's check, plus the numbers, each present, finite and within its range.
QList<FieldProblem> checkBody(const QJsonObject &object, std::span<const JsonBody::Field> fields,
                              std::span<const NumberField> numbers,
                              const QString &prefix = QString())
{
    QJsonObject rest = object;
    QList<FieldProblem> problems;
    for (const NumberField &field : numbers) {
        const QString name = QLatin1String(field.name);
        const QJsonValue value = rest.take(name);
        if (value.isUndefined() || value.isNull()) {
            problems.append({prefix + name, FieldRoutes::tr("is required")});
        } else if (!value.isDouble() || !std::isfinite(value.toDouble())
                   || value.toDouble() < field.min || value.toDouble() > field.max) {
            problems.append({prefix + name, FieldRoutes::tr("must be a number from %1 to %2")
                                                .arg(field.min).arg(field.max)});
        }
    }
    problems.append(JsonBody::check(rest, fields, prefix));
    return problems;
}

/// An instant with its zone ("2026-12-01T09:30:00+08:00" or "...Z"); invalid otherwise.
QDateTime instant(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

QString instantError()
{
    return FieldRoutes::tr("must be a time with its zone, e.g. \"2026-12-01T09:30:00+08:00\"");
}

/// A phone's position: "at", "lat", "lon", "accuracy_m" of object, within a month past and an
/// hour ahead of the server's clock.
std::optional<FieldPosition> readPosition(const QJsonObject &object, const QDateTime &now,
                                          const QString &prefix, QList<FieldProblem> *problems)
{
    const QDateTime at = instant(object.value(QStringLiteral("at")).toString());
    if (!at.isValid()) {
        problems->append({prefix + QStringLiteral("at"), instantError()});
        return std::nullopt;
    }
    if (at.toMSecsSinceEpoch() > now.toMSecsSinceEpoch() + Sync::Protocol::MaxClockLeadMs) {
        problems->append({prefix + QStringLiteral("at"),
                          FieldRoutes::tr("is more than an hour ahead of the server's clock; "
                                          "set the phone's clock right")});
        return std::nullopt;
    }
    if (at < now.addDays(-MaxPastDays)) {
        problems->append({prefix + QStringLiteral("at"),
                          FieldRoutes::tr("is more than %1 days ago").arg(MaxPastDays)});
        return std::nullopt;
    }
    return FieldPosition{at, qRound64(object.value(QStringLiteral("lat")).toDouble() * 1e6),
                         qRound64(object.value(QStringLiteral("lon")).toDouble() * 1e6),
                         qRound64(object.value(QStringLiteral("accuracy_m")).toDouble() * 100)};
}

constexpr std::array<NumberField, 3> PositionNumbers{{
    {"lat", -90.0, 90.0}, {"lon", -180.0, 180.0}, {"accuracy_m", 0.0, MaxAccuracyMetres}}};

QJsonValue positionJson(const std::optional<FieldPosition> &p)
{
    if (!p)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("at"), ServerTime::text(p->at)},
                       {QStringLiteral("lat"), double(p->latE6) / 1e6},
                       {QStringLiteral("lon"), double(p->lonE6) / 1e6},
                       {QStringLiteral("accuracy_m"), double(p->accuracyCm) / 100.0}};
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(ServerTime::text(time)) : QJsonValue();
}

QJsonValue textJson(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

ApiResponse notYours()
{
    return ApiResponse::error(404, QStringLiteral("not_found"),
                              FieldRoutes::tr("no job of yours has this id"),
                              QStringLiteral("id"));
}

ApiResponse wrongState(const QString &message)
{
    return ApiResponse::error(409, QStringLiteral("wrong_state"), message, QStringLiteral("state"));
}

ApiResponse invalid(const QList<FieldProblem> &problems, int status = 400)
{
    return ApiResponse::problems(status, QStringLiteral("invalid_request"), problems);
}

/// An empty body, or {} (take and cancel carry nothing).
std::optional<ApiResponse> readOptionalBody(const QByteArray &bytes, QJsonObject *body)
{
    if (bytes.trimmed().isEmpty())
        return std::nullopt;
    return JsonBody::parse(bytes, body);
}

} // namespace

bool FieldRoutes::owns(const QString &path)
{
    return path.startsWith(QLatin1String(Prefix));
}

QStringList FieldRoutes::routeList()
{
    QStringList list{QStringLiteral("POST /api/v1/field/jobs"),
                     QStringLiteral("GET /api/v1/field/jobs/mine"),
                     QStringLiteral("GET /api/v1/field/jobs/open"),
                     QStringLiteral("GET /api/v1/field/jobs/{id}"),
                     QStringLiteral("POST /api/v1/field/pings"),
                     QStringLiteral("GET /api/v1/field/settlement-rules"),
                     QStringLiteral("PUT /api/v1/field/settlement-rules")};
    for (const char *action : {"take", "check-in", "check-out", "rating", "signature", "cancel"})
        list.append(QStringLiteral("POST /api/v1/field/jobs/{id}/") + QLatin1String(action));
    return list;
}

ApiResponse FieldRoutes::handle(const ApiRequest &request, const QString &method,
                                const QDateTime &now, QString *userName)
{
    const QString path = request.url().path();
    const QStringList parts = path.mid(qsizetype(sizeof(Prefix)) - 1).split(u'/');
    static const QStringList actions{QStringLiteral("take"), QStringLiteral("check-in"),
                                     QStringLiteral("check-out"), QStringLiteral("rating"),
                                     QStringLiteral("signature"), QStringLiteral("cancel")};
    enum class Route { None, Pings, Create, Mine, Open, Show, Act, Rules } route = Route::None;
    QString allowed = QStringLiteral("POST");
    const bool jobs = parts.value(0) == QLatin1String("jobs");
    if (parts.size() == 1 && parts.at(0) == QLatin1String("pings")) {
        route = Route::Pings;
    } else if (parts.size() == 1 && parts.at(0) == QLatin1String("settlement-rules")) {
        route = Route::Rules;
        allowed = QStringLiteral("GET, PUT");
    } else if (jobs && parts.size() == 1) {
        route = Route::Create;
    } else if (jobs && parts.size() == 2 && !parts.at(1).isEmpty()) {
        allowed = QStringLiteral("GET");
        route = parts.at(1) == QLatin1String("mine")   ? Route::Mine
              : parts.at(1) == QLatin1String("open") ? Route::Open
                                                       : Route::Show;
    } else if (jobs && parts.size() == 3 && actions.contains(parts.at(2))) {
        route = Route::Act;
    }
    if (route == Route::None)
        return ApiResponse::error(404, QStringLiteral("not_found"), tr("no such route"));
    if (route == Route::Rules ? method != QLatin1String("GET") && method != QLatin1String("PUT")
                              : method != allowed) {
        return FieldSession::wrongMethod(path, allowed);
    }

    ApiResponse refusal;
    const std::optional<ServerUser> user =
        FieldSession::authenticate(m_store, request, now, &refusal);
    if (!user)
        return refusal;
    *userName = user->userName;

    const bool installerRoute = route == Route::Pings || route == Route::Mine
                                || route == Route::Open
                                || (route == Route::Act && parts.at(2) != QLatin1String("cancel"));
    if (installerRoute && !FieldSession::isFieldInstaller(*user)) {
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  tr("only installers of an installation team use this route"));
    }
    const bool dispatcherRoute = route == Route::Create
                                 || (route == Route::Act && parts.at(2) == QLatin1String("cancel"));
    if (dispatcherRoute
        && !Users::Roles::grants(user->role, QLatin1String(Users::Permissions::DeliveryWrite))) {
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  tr("your role may not do this (it needs %1)")
                                      .arg(QLatin1String(Users::Permissions::DeliveryWrite)));
    }
    if (route == Route::Rules && user->role != Users::Role::Admin) {
        return ApiResponse::error(403, QStringLiteral("forbidden"),
                                  tr("only administrators keep the settlement rules"));
    }

    switch (route) {
    case Route::Pings:
        return pings(request, *user, now);
    case Route::Create:
        return createJob(request, *user, now);
    case Route::Mine:
    case Route::Open:
        return listJobs(route == Route::Mine, *user);
    case Route::Show:
        return showJob(parts.at(1), *user);
    case Route::Act:
        return act(parts.at(1), parts.at(2), request, *user, now);
    case Route::Rules:
        return method == QLatin1String("GET") ? showRules() : replaceRules(request, *user, now);
    case Route::None:
        break;
    }
    return ApiResponse::error(404, QStringLiteral("not_found"), tr("no such route"));
}

QJsonValue FieldRoutes::userRef(const QString &userId)
{
    if (userId.isEmpty())
        return QJsonValue();
    if (!m_users.contains(userId)) {
        const std::optional<ServerUser> user = Accounts(m_store).findUserById(userId);
        m_users.insert(userId, user ? QJsonValue(QJsonObject{
                                          {QStringLiteral("id"), user->id},
                                          {QStringLiteral("user_name"), user->userName},
                                          {QStringLiteral("display_name"), user->displayName}})
                                    : QJsonValue());
    }
    return m_users.value(userId);
}

QJsonValue FieldRoutes::unitRef(const QString &unitId)
{
    if (unitId.isEmpty())
        return QJsonValue();
    if (!m_units.contains(unitId)) {
        const std::optional<OrgUnit> unit = Accounts(m_store).findOrgUnit(unitId);
        m_units.insert(unitId, unit ? QJsonValue(QJsonObject{
                                          {QStringLiteral("id"), unit->id},
                                          {QStringLiteral("code"), unit->code},
                                          {QStringLiteral("name"), unit->name}})
                                    : QJsonValue());
    }
    return m_units.value(unitId);
}

QJsonObject FieldRoutes::jobJson(const InstallJob &job, bool withContact)
{
    QJsonObject json{
        {QStringLiteral("id"), job.id},
        {QStringLiteral("order_id"), job.orderId},
        {QStringLiteral("order_no"), job.orderNo},
        {QStringLiteral("customer_name"), job.customerName},
        {QStringLiteral("address"), job.address},
        {QStringLiteral("slot_start"), ServerTime::text(job.slotStart)},
        {QStringLiteral("slot_end"), ServerTime::text(job.slotEnd)},
        {QStringLiteral("notes"), job.notes},
        {QStringLiteral("state"), job.state},
        {QStringLiteral("team"), unitRef(job.teamUnit)},
        {QStringLiteral("assignee"), userRef(job.assigneeId)},
        {QStringLiteral("taken_at"), timeJson(job.takenAt)},
        {QStringLiteral("check_in"), positionJson(job.checkIn)},
        {QStringLiteral("check_out"), positionJson(job.checkOut)},
        {QStringLiteral("signature_attachment_id"), textJson(job.signatureId)},
        {QStringLiteral("version"), job.version},
        {QStringLiteral("created_at"), ServerTime::text(job.createdAt)},
        {QStringLiteral("updated_at"), ServerTime::text(job.updatedAt)}};
    if (withContact)
        json.insert(QStringLiteral("customer_phone"), job.customerPhone);
    json.insert(QStringLiteral("rating"),
                job.rating > 0 ? QJsonValue(QJsonObject{
                                     {QStringLiteral("score"), job.rating},
                                     {QStringLiteral("comment"), job.ratingComment},
                                     {QStringLiteral("at"), ServerTime::text(job.ratedAt)}})
                               : QJsonValue());
    return json;
}

ApiResponse FieldRoutes::jobAnswer(int status, const InstallJob &job)
{
    return ApiResponse::json(status, {{QStringLiteral("job"), jobJson(job)}});
}

ApiResponse FieldRoutes::createJob(const ApiRequest &request, const ServerUser &user,
                                   const QDateTime &now)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(request.body(), &body))
        return *bad;
    using T = JsonBody::Type;
    static constexpr std::array<JsonBody::Field, 11> fields{{
        {"id", T::String}, {"order_id", T::String, true}, {"order_no", T::String},
        {"customer_name", T::String}, {"customer_phone", T::String},
        {"address", T::String, true}, {"slot_start", T::String, true},
        {"slot_end", T::String, true}, {"team_code", T::String}, {"assignee", T::String},
        {"notes", T::String}}};
    QList<FieldProblem> problems = JsonBody::check(body, fields);
    auto textOf = [&](const char *name) {
        return body.value(QLatin1String(name)).toString().trimmed();
    };
    const QString id = textOf("id");
    if (problems.isEmpty() && body.contains(QStringLiteral("id")) && !isUuid(id))
        problems.append({QStringLiteral("id"), idError()});
    const QDateTime slotStart = instant(textOf("slot_start"));
    const QDateTime slotEnd = instant(textOf("slot_end"));
    if (problems.isEmpty()) {
        for (const char *name : {"customer_name", "customer_phone", "address", "order_no"}) {
            if (textOf(name).size() > MaxTextLength) {
                problems.append({QLatin1String(name),
                                 tr("is longer than %1 characters").arg(MaxTextLength)});
            }
        }
        if (textOf("notes").size() > MaxNotesLength) {
            problems.append({QStringLiteral("notes"),
                             tr("is longer than %1 characters").arg(MaxNotesLength)});
        }
        if (textOf("address").isEmpty())
            problems.append({QStringLiteral("address"), tr("must not be empty")});
        if (!slotStart.isValid())
            problems.append({QStringLiteral("slot_start"), instantError()});
        if (!slotEnd.isValid())
            problems.append({QStringLiteral("slot_end"), instantError()});
        else if (slotStart.isValid() && slotEnd <= slotStart)
            problems.append({QStringLiteral("slot_end"), tr("must be after slot_start")});
    }
    if (!problems.isEmpty())
        return invalid(problems);

    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256).toHex());
    if (Core::Status begun = m_store.begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    auto done = [this](const ApiResponse &answer) {
        if (answer.status >= 400) {
            m_store.rollback();
            return answer;
        }
        if (Core::Status committed = m_store.commit(); !committed)
            return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
        return answer;
    };
    FieldJobs jobs(m_store);
    auto repeat = [&]() -> std::optional<ApiResponse> {
        if (id.isEmpty())
            return std::nullopt;
        const Core::Result<std::optional<InstallJob>> existing = jobs.find(id);
        if (!existing)
            return ApiResponse::error(503, QStringLiteral("database"), existing.error().message);
        if (!existing->has_value())
            return std::nullopt;
        if ((*existing)->requestHash != requestHash || (*existing)->createdBy != user.id) {
            return ApiResponse::error(409, QStringLiteral("conflict"),
                                      tr("a different job was already created with this id"),
                                      QStringLiteral("id"));
        }
        return jobAnswer(200, **existing);
    };
    if (std::optional<ApiResponse> answer = repeat())
        return done(*answer);

    const Core::Result<std::optional<OrderRef>> order =
        OrderScope(m_store).find(textOf("order_id"));
    if (!order)
        return done(ApiResponse::error(503, QStringLiteral("database"), order.error().message));
    if (!order->has_value() || !SyncScope::of(user).sees((*order)->scopeUnit)) {
        return done(invalid({{QStringLiteral("order_id"), tr("no order you may see has this id")}},
                            422));
    }
    const Core::Result<QString> incomplete = InstallGate::problem(m_store, **order);
    if (!incomplete)
        return done(ApiResponse::error(503, QStringLiteral("database"),
                                       incomplete.error().message));
    if (!incomplete->isEmpty()) {
        return done(ApiResponse::error(409, QStringLiteral("incomplete"), *incomplete,
                                       QStringLiteral("order_id")));
    }
    Accounts accounts(m_store);
    QString teamUnit;
    if (const QString code = textOf("team_code"); !code.isEmpty()) {
        const std::optional<OrgUnit> team = accounts.findOrgUnitByCode(code);
        if (!team || team->kind != QLatin1String("install_team")) {
            return done(invalid({{QStringLiteral("team_code"),
                                  tr("no installation team has this code")}}, 422));
        }
        teamUnit = team->id;
    }
    QString assigneeId;
    if (const QString name = textOf("assignee"); !name.isEmpty()) {
        const std::optional<ServerUser> installer = accounts.findUser(name);
        if (!installer || !installer->active || !FieldSession::isFieldInstaller(*installer)) {
            return done(invalid({{QStringLiteral("assignee"),
                                  tr("no active installer of an installation team has this "
                                     "user name")}}, 422));
        }
        if (!teamUnit.isEmpty() && installer->orgUnit->id != teamUnit) {
            return done(invalid({{QStringLiteral("assignee"),
                                  tr("is not in the team %1").arg(textOf("team_code"))}}, 422));
        }
        teamUnit = installer->orgUnit->id;
        assigneeId = installer->id;
    }

    InstallJob job;
    job.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id.toLower();
    job.orderId = (*order)->id;
    job.orderNo = textOf("order_no").isEmpty() ? (*order)->orderNo : textOf("order_no");
    job.scopeUnit = (*order)->scopeUnit;
    job.customerName = textOf("customer_name").isEmpty() ? (*order)->customerName
                                                         : textOf("customer_name");
    if (job.customerName.isEmpty()) {
        return done(invalid({{QStringLiteral("customer_name"),
                              tr("is required: the order does not name its customer")}}));
    }
    job.customerPhone = textOf("customer_phone");
    job.address = textOf("address");
    job.slotStart = slotStart;
    job.slotEnd = slotEnd;
    job.notes = textOf("notes");
    job.state = QLatin1String(assigneeId.isEmpty() ? FieldJobs::Open : FieldJobs::Assigned);
    job.teamUnit = teamUnit;
    job.assigneeId = assigneeId;
    job.takenAt = assigneeId.isEmpty() ? QDateTime() : now;
    job.createdBy = user.id;
    job.requestHash = requestHash;
    job.version = 1;
    job.createdAt = now;
    job.updatedAt = now;
    if (Core::Status inserted = jobs.insert(job); !inserted) {
        const bool raced = m_store.lastWasUniqueViolation();
        m_store.rollback();
        if (!raced)
            return ApiResponse::error(503, QStringLiteral("database"), inserted.error().message);
        // Another server process stored the same id first: answer as a repeat.
        if (Core::Status begun = m_store.begin(); !begun)
            return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
        return done(repeat().value_or(
            ApiResponse::error(503, QStringLiteral("database"),
                               tr("the job was stored concurrently; send it again"))));
    }
    qCInfo(lcServer) << "install job" << job.id << "created for order" << job.orderNo;
    return done(jobAnswer(201, job));
}

ApiResponse FieldRoutes::showJob(const QString &id, const ServerUser &user)
{
    const Core::Result<std::optional<InstallJob>> found = FieldJobs(m_store).find(id);
    if (!found)
        return ApiResponse::error(503, QStringLiteral("database"), found.error().message);
    if (!found->has_value())
        return notYours();
    const InstallJob &job = **found;
    if (FieldSession::isFieldInstaller(user)) {
        if (job.assigneeId == user.id)
            return jobAnswer(200, job);
        const bool openToMe = job.state == QLatin1String(FieldJobs::Open)
                              && job.assigneeId.isEmpty()
                              && (job.teamUnit.isEmpty() || job.teamUnit == user.orgUnit->id);
        if (openToMe)
            return ApiResponse::json(200, {{QStringLiteral("job"), jobJson(job, false)}});
        return notYours();
    }
    if (!FieldSession::officeSees(user, job))
        return notYours();
    return jobAnswer(200, job);
}

ApiResponse FieldRoutes::listJobs(bool mine, const ServerUser &user)
{
    FieldJobs jobs(m_store);
    const Core::Result<QList<InstallJob>> list =
        mine ? jobs.assignedTo(user.id) : jobs.openFor(user.orgUnit->id);
    if (!list)
        return ApiResponse::error(503, QStringLiteral("database"), list.error().message);
    QJsonArray array;
    for (const InstallJob &job : *list)
        array.append(jobJson(job, mine));
    return ApiResponse::json(200, {{QStringLiteral("jobs"), array}});
}

ApiResponse FieldRoutes::mutate(const QString &id, const Access &access, const Change &change,
                                const QDateTime &now)
{
    FieldJobs jobs(m_store);
    // A writer that came between our read and our write makes us read again; three is plenty.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (Core::Status begun = m_store.begin(); !begun)
            return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
        const Core::Result<std::optional<InstallJob>> found = jobs.find(id);
        if (!found) {
            m_store.rollback();
            return ApiResponse::error(503, QStringLiteral("database"), found.error().message);
        }
        if (!found->has_value() || !access(**found)) {
            m_store.rollback();
            return notYours();
        }
        InstallJob job = **found;
        const bool wasDone = job.state == QLatin1String(FieldJobs::Done);
        if (std::optional<ApiResponse> answer = change(job)) {
            m_store.rollback();
            return *answer;
        }
        const Core::Result<bool> saved = jobs.update(job, now);
        if (!saved) {
            m_store.rollback();
            return ApiResponse::error(503, QStringLiteral("database"), saved.error().message);
        }
        if (!*saved) {
            m_store.rollback();
            continue;
        }
        if (job.state == QLatin1String(FieldJobs::Done)) {
            // The commission goes with the check-out, and again with a later rating.
            const Core::Result<bool> settled =
                InstallSettlement(m_store).settle(job, !wasDone, now);
            if (!settled) {
                m_store.rollback();
                return ApiResponse::error(503, QStringLiteral("database"),
                                          settled.error().message);
            }
        }
        if (Core::Status committed = m_store.commit(); !committed)
            return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
        job.version += 1;
        job.updatedAt = now;
        qCInfo(lcServer) << "install job" << job.id << "is now" << job.state;
        return jobAnswer(200, job);
    }
    return ApiResponse::error(503, QStringLiteral("busy"),
                              tr("the job keeps changing under this request; send it again"));
}

ApiResponse FieldRoutes::act(const QString &id, const QString &action,
                             const ApiRequest &request, const ServerUser &user,
                             const QDateTime &now)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = readOptionalBody(request.body(), &body))
        return *bad;
    Change change;
    Access access;
    if (std::optional<ApiResponse> refused = changeFor(action, body, user, now, &change, &access))
        return *refused;
    return mutate(id, access, change, now);
}

std::optional<ApiResponse> FieldRoutes::changeFor(const QString &action, const QJsonObject &body,
                                                  const ServerUser &user, const QDateTime &now,
                                                  Change *change, Access *access)
{
    using T = JsonBody::Type;
    const QString me = user.id;
    *access = [me](const InstallJob &job) { return job.assigneeId == me; };
    const QLatin1String cancelled(FieldJobs::Cancelled);
    auto unchanged = [this](const InstallJob &job) { return jobAnswer(200, job); };

    if (action == QLatin1String("take")) {
        if (!body.isEmpty())
            return invalid({{body.begin().key(), tr("is not a field of this request")}});
        const QString team = user.orgUnit->id;
        // A job open to the installer's team may be taken; its taker may then be named.
        *access = [me, team](const InstallJob &job) {
            return job.assigneeId == me || job.teamUnit.isEmpty() || job.teamUnit == team;
        };
        *change = [this, me, now, unchanged](InstallJob &job) -> std::optional<ApiResponse> {
            if (job.assigneeId == me)
                return unchanged(job);
            if (job.state != QLatin1String(FieldJobs::Open) || !job.assigneeId.isEmpty()) {
                if (job.assigneeId.isEmpty())
                    return wrongState(tr("the job is %1 and cannot be taken").arg(job.state));
                const QJsonValue holder = userRef(job.assigneeId);
                const QString name = holder.toObject().value(QStringLiteral("display_name"))
                                         .toString();
                ApiResponse taken = ApiResponse::error(
                    409, QStringLiteral("taken"), tr("%1 has already taken this job").arg(name),
                    QStringLiteral("id"));
                QJsonObject error = taken.body.value(QStringLiteral("error")).toObject();
                QJsonObject who = holder.toObject();
                who.remove(QStringLiteral("id"));
                error.insert(QStringLiteral("taken_by"), who);
                taken.body.insert(QStringLiteral("error"), error);
                return taken;
            }
            job.state = QLatin1String(FieldJobs::Assigned);
            job.assigneeId = me;
            job.takenAt = now;
            return std::nullopt;
        };
        return std::nullopt;
    }

    if (action == QLatin1String("check-in") || action == QLatin1String("check-out")) {
        static constexpr std::array<JsonBody::Field, 1> fields{{{"at", T::String, true}}};
        QList<FieldProblem> problems = checkBody(body, fields, PositionNumbers);
        std::optional<FieldPosition> position;
        if (problems.isEmpty())
            position = readPosition(body, now, QString(), &problems);
        if (!problems.isEmpty())
            return invalid(problems);
        if (action == QLatin1String("check-in")) {
            *change = [position, unchanged, cancelled](InstallJob &job)
                -> std::optional<ApiResponse> {
                if (job.state == cancelled)
                    return wrongState(tr("the job was cancelled"));
                if (job.checkIn)
                    return unchanged(job);
                job.state = QLatin1String(FieldJobs::CheckedIn);
                job.checkIn = position;
                return std::nullopt;
            };
        } else {
            *change = [position, unchanged, cancelled](InstallJob &job)
                -> std::optional<ApiResponse> {
                if (job.state == cancelled)
                    return wrongState(tr("the job was cancelled"));
                if (job.checkOut)
                    return unchanged(job);
                if (!job.checkIn)
                    return wrongState(tr("check in at the customer's first"));
                if (position->at < job.checkIn->at) {
                    return invalid({{QStringLiteral("at"),
                                     tr("is before the check-in at %1")
                                         .arg(ServerTime::text(job.checkIn->at))}}, 422);
                }
                job.state = QLatin1String(FieldJobs::Done);
                job.checkOut = position;
                return std::nullopt;
            };
        }
        return std::nullopt;
    }

    if (action == QLatin1String("rating")) {
        static constexpr std::array<JsonBody::Field, 2> fields{{
            {"score", T::Integer, true}, {"comment", T::String}}};
        QList<FieldProblem> problems = JsonBody::check(body, fields);
        const int score = body.value(QStringLiteral("score")).toInt();
        const QString comment = body.value(QStringLiteral("comment")).toString().trimmed();
        if (problems.isEmpty() && (score < 1 || score > 5))
            problems.append({QStringLiteral("score"), tr("must be from 1 to 5")});
        if (problems.isEmpty() && comment.size() > MaxNotesLength) {
            problems.append({QStringLiteral("comment"),
                             tr("is longer than %1 characters").arg(MaxNotesLength)});
        }
        if (!problems.isEmpty())
            return invalid(problems);
        *change = [score, comment, now, unchanged, cancelled](InstallJob &job)
            -> std::optional<ApiResponse> {
            if (job.state == cancelled)
                return wrongState(tr("the job was cancelled"));
            if (!job.checkIn)
                return wrongState(tr("check in at the customer's first"));
            if (job.rating > 0) {
                if (job.rating == score && job.ratingComment == comment)
                    return unchanged(job);
                return ApiResponse::error(409, QStringLiteral("already_rated"),
                                          tr("the customer already rated this job %1")
                                              .arg(job.rating), QStringLiteral("score"));
            }
            job.rating = score;
            job.ratingComment = comment;
            job.ratedAt = now;
            return std::nullopt;
        };
        return std::nullopt;
    }

    if (action == QLatin1String("signature")) {
        static constexpr std::array<JsonBody::Field, 1> fields{{
            {"attachment_id", T::String, true}}};
        if (QList<FieldProblem> problems = JsonBody::check(body, fields); !problems.isEmpty())
            return invalid(problems);
        const QString attachmentId = body.value(QStringLiteral("attachment_id")).toString();
        *change = [this, attachmentId, unchanged, cancelled](InstallJob &job)
            -> std::optional<ApiResponse> {
            if (job.state == cancelled)
                return wrongState(tr("the job was cancelled"));
            if (!job.checkIn)
                return wrongState(tr("check in at the customer's first"));
            if (job.signatureId == attachmentId)
                return unchanged(job);
            if (!job.signatureId.isEmpty()) {
                return ApiResponse::error(409, QStringLiteral("already_signed"),
                                          tr("the customer already signed this job"),
                                          QStringLiteral("attachment_id"));
            }
            QSqlQuery q = m_store.prepare(QStringLiteral(
                "SELECT mime FROM attachments WHERE id = ? AND owner_kind = 'job' "
                "AND owner_id = ? AND state = 'complete'"));
            q.addBindValue(attachmentId);
            q.addBindValue(job.id);
            if (Core::Status s = m_store.exec(q); !s)
                return ApiResponse::error(503, QStringLiteral("database"), s.error().message);
            if (!q.next()) {
                return invalid({{QStringLiteral("attachment_id"),
                                 tr("no complete upload of this job has this id")}}, 422);
            }
            if (!q.value(0).toString().startsWith(QLatin1String("image/"))) {
                return invalid({{QStringLiteral("attachment_id"),
                                 tr("must be an image (its mime type starts with image/)")}},
                               422);
            }
            job.signatureId = attachmentId;
            return std::nullopt;
        };
        return std::nullopt;
    }

    // cancel, by a dispatcher who sees the job
    static constexpr std::array<JsonBody::Field, 0> none{};
    if (QList<FieldProblem> problems = JsonBody::check(body, none); !problems.isEmpty())
        return invalid(problems);
    *access = [user](const InstallJob &job) { return FieldSession::officeSees(user, job); };
    *change = [unchanged, cancelled](InstallJob &job) -> std::optional<ApiResponse> {
        if (job.state == cancelled)
            return unchanged(job);
        if (job.state == QLatin1String(FieldJobs::Done))
            return wrongState(tr("the job is done and cannot be cancelled"));
        job.state = cancelled;
        return std::nullopt;
    };
    return std::nullopt;
}

ApiResponse FieldRoutes::pings(const ApiRequest &request, const ServerUser &user,
                               const QDateTime &now)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(request.body(), &body))
        return *bad;
    using T = JsonBody::Type;
    static constexpr std::array<JsonBody::Field, 1> outer{{{"pings", T::ObjectArray, true}}};
    QList<FieldProblem> problems = JsonBody::check(body, outer);
    const QJsonArray array = body.value(QStringLiteral("pings")).toArray();
    if (problems.isEmpty() && (array.isEmpty() || array.size() > MaxPingsPerBatch)) {
        problems.append({QStringLiteral("pings"),
                         tr("must hold from 1 to %1 pings").arg(MaxPingsPerBatch)});
    }
    static constexpr std::array<JsonBody::Field, 3> fields{{
        {"id", T::String, true}, {"at", T::String, true}, {"job_id", T::String}}};
    QList<FieldPing> list;
    for (qsizetype i = 0; i < array.size() && problems.isEmpty(); ++i) {
        const QString prefix = QStringLiteral("pings[%1].").arg(i);
        const QJsonObject ping = array.at(i).toObject();
        problems = checkBody(ping, fields, PositionNumbers, prefix);
        const QString id = ping.value(QStringLiteral("id")).toString();
        if (problems.isEmpty() && !isUuid(id))
            problems.append({prefix + QStringLiteral("id"), idError()});
        std::optional<FieldPosition> position;
        if (problems.isEmpty())
            position = readPosition(ping, now, prefix, &problems);
        if (position) {
            list.append({id.toLower(), user.id, ping.value(QStringLiteral("job_id")).toString(),
                         *position});
        }
    }
    if (!problems.isEmpty())
        return invalid(problems);

    if (Core::Status begun = m_store.begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    FieldJobs jobs(m_store);
    int accepted = 0;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const FieldPing &ping = list.at(i);
        if (!ping.jobId.isEmpty()) {
            const Core::Result<std::optional<InstallJob>> job = jobs.find(ping.jobId);
            if (!job || !job->has_value() || (*job)->assigneeId != user.id) {
                m_store.rollback();
                if (!job)
                    return ApiResponse::error(503, QStringLiteral("database"),
                                              job.error().message);
                return invalid({{QStringLiteral("pings[%1].job_id").arg(i),
                                 tr("no job of yours has this id")}}, 422);
            }
        }
        const Core::Result<bool> added = jobs.addPing(ping, now);
        if (!added) {
            m_store.rollback();
            return ApiResponse::error(503, QStringLiteral("database"), added.error().message);
        }
        accepted += *added ? 1 : 0;
    }
    if (Core::Status committed = m_store.commit(); !committed)
        return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
    return ApiResponse::json(200, {{QStringLiteral("accepted"), accepted},
                                   {QStringLiteral("duplicates"),
                                    int(list.size()) - accepted}});
}

ApiResponse FieldRoutes::showRules()
{
    const Core::Result<QList<SettlementRule>> rules = InstallSettlement(m_store).rules();
    if (!rules)
        return ApiResponse::error(503, QStringLiteral("database"), rules.error().message);
    QJsonArray array;
    for (const SettlementRule &rule : *rules)
        array.append(InstallSettlement::ruleJson(rule));
    return ApiResponse::json(200, {{QStringLiteral("rules"), array}});
}

ApiResponse FieldRoutes::replaceRules(const ApiRequest &request, const ServerUser &user,
                                      const QDateTime &now)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(request.body(), &body))
        return *bad;
    InstallSettlement settlement(m_store);
    QList<FieldProblem> problems;
    int status = 400;
    const std::optional<QList<SettlementRule>> rules =
        settlement.readRules(body, &problems, &status);
    if (!rules)
        return invalid(problems, status);
    if (Core::Status begun = m_store.begin(); !begun)
        return ApiResponse::error(503, QStringLiteral("database"), begun.error().message);
    if (Core::Status replaced = settlement.replaceRules(*rules, user.id, now); !replaced) {
        m_store.rollback();
        return ApiResponse::error(503, QStringLiteral("database"), replaced.error().message);
    }
    if (Core::Status committed = m_store.commit(); !committed)
        return ApiResponse::error(503, QStringLiteral("database"), committed.error().message);
    return showRules();
}

} // namespace Hearth::Server
