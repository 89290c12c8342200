#include "attachmentroutes.h"

#include "fieldjobs.h"
#include "fieldsession.h"
#include "jsonbody.h"
#include "orderscope.h"
#include "serverstore.h"
#include "serversync.h"
#include "servertime.h"
#include "users/permissions.h"

#include <QCryptographicHash>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <array>

namespace Hearth::Server {

namespace {

constexpr char Root[] = "/api/v1/attachments";
constexpr int MaxNameLength = 255;

ApiResponse database(const Core::Error &error)
{
    return ApiResponse::error(503, QStringLiteral("database"), error.message);
}

ApiResponse noSuchAttachment()
{
    return ApiResponse::error(404, QStringLiteral("not_found"),
                              AttachmentRoutes::tr("no attachment you may see has this id"),
                              QStringLiteral("id"));
}

ApiResponse invalid(int status, const QString &field, const QString &message)
{
    return ApiResponse::problems(status, QStringLiteral("invalid_request"), {{field, message}});
}

bool grants(const ServerUser &user, const char *permission)
{
    return Users::Roles::grants(user.role, QLatin1String(permission));
}

} // namespace

bool AttachmentRoutes::owns(const QString &path)
{
    return path == QLatin1String(Root) || path.startsWith(QLatin1String(Root) + u'/');
}

ApiResponse AttachmentRoutes::handle(const ApiRequest &request, const QString &method,
                                     const QDateTime &now, QString *userName)
{
    const QString path = request.url().path();
    const QStringList parts = path.mid(qsizetype(sizeof(Root)) - 1).split(u'/');
    // parts: [""] for the root, ["", id], ["", id, "content"], ["", id, "chunks", n]
    enum class Route { None, Declare, Status, Content, Chunk } route = Route::None;
    QString allowed = QStringLiteral("GET");
    const bool hasId = parts.size() >= 2 && !parts.at(1).isEmpty();
    if (parts.size() == 1) {
        route = Route::Declare;
        allowed = QStringLiteral("POST");
    } else if (hasId && parts.size() == 2) {
        route = Route::Status;
    } else if (hasId && parts.size() == 3 && parts.at(2) == QLatin1String("content")) {
        route = Route::Content;
    } else if (hasId && parts.size() == 4 && parts.at(2) == QLatin1String("chunks")
               && !parts.at(3).isEmpty()) {
        route = Route::Chunk;
        allowed = QStringLiteral("PUT");
    }
    if (route == Route::None)
        return ApiResponse::error(404, QStringLiteral("not_found"), tr("no such route"));
    if (method != allowed)
        return FieldSession::wrongMethod(path, allowed);

    ApiResponse refusal;
    const std::optional<ServerUser> user =
        FieldSession::authenticate(m_store, request, now, &refusal);
    if (!user)
        return refusal;
    *userName = user->userName;
    switch (route) {
    case Route::Declare:
        return declare(request, *user, now);
    case Route::Status:
        return status(parts.at(1), *user);
    case Route::Content:
        return content(parts.at(1), *user);
    case Route::Chunk:
        return putChunk(parts.at(1), parts.at(3), request, *user, now);
    case Route::None:
        break;
    }
    return ApiResponse::error(404, QStringLiteral("not_found"), tr("no such route"));
}

Core::Result<bool> AttachmentRoutes::mayAttach(const ServerUser &user, const QString &kind,
                                               const QString &id)
{
    const SyncScope scope = SyncScope::of(user);
    if (kind == QLatin1String("job")) {
        const Core::Result<std::optional<InstallJob>> job = FieldJobs(m_store).find(id);
        if (!job)
            return job.error();
        if (!job->has_value() || (*job)->state == QLatin1String(FieldJobs::Cancelled))
            return false;
        if (FieldSession::isFieldInstaller(user))
            return (*job)->assigneeId == user.id;
        return grants(user, Users::Permissions::DeliveryWrite)
               && FieldSession::officeSees(user, **job);
    }
    const Core::Result<std::optional<OrderRef>> order = OrderScope(m_store).find(id);
    if (!order)
        return order.error();
    return order->has_value() && grants(user, Users::Permissions::OrdersWrite)
           && scope.sees((*order)->scopeUnit);
}

Core::Result<bool> AttachmentRoutes::mayRead(const ServerUser &user, const Attachment &a)
{
    if (a.uploadedBy == user.id)
        return true;
    const bool installer = FieldSession::isFieldInstaller(user);
    if (a.ownerKind == QLatin1String("job")) {
        const Core::Result<std::optional<InstallJob>> job = FieldJobs(m_store).find(a.ownerId);
        if (!job)
            return job.error();
        if (!job->has_value())
            return false;
        return installer ? (*job)->assigneeId == user.id
                         : FieldSession::officeSees(user, **job);
    }
    // An installer reads the drawings of the orders of their jobs.
    if (installer)
        return FieldJobs(m_store).hasJobForOrder(user.id, a.ownerId);
    const Core::Result<std::optional<OrderRef>> order = OrderScope(m_store).find(a.ownerId);
    if (!order)
        return order.error();
    return order->has_value() && grants(user, Users::Permissions::OrdersRead)
           && SyncScope::of(user).sees((*order)->scopeUnit);
}

Core::Result<QJsonObject> AttachmentRoutes::statusJson(const Attachment &a)
{
    QJsonArray missing;
    if (a.state == QLatin1String(AttachmentStore::Uploading)) {
        const Core::Result<QList<int>> received = AttachmentStore(m_store).receivedChunks(a.id);
        if (!received)
            return received.error();
        for (int n = 0; n < a.chunkCount; ++n) {
            if (!received->contains(n))
                missing.append(n);
        }
    }
    const bool ofJob = a.ownerKind == QLatin1String("job");
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("job_id"), ofJob ? QJsonValue(a.ownerId) : QJsonValue()},
        {QStringLiteral("order_id"), ofJob ? QJsonValue() : QJsonValue(a.ownerId)},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("mime"), a.mime},
        {QStringLiteral("size"), a.size},
        {QStringLiteral("sha256"), a.sha256},
        {QStringLiteral("chunk_size"), a.chunkSize},
        {QStringLiteral("chunk_count"), a.chunkCount},
        {QStringLiteral("state"), a.state},
        {QStringLiteral("missing"), missing},
        {QStringLiteral("created_at"), ServerTime::text(a.createdAt)},
        {QStringLiteral("completed_at"), a.completedAt.isValid()
                                             ? QJsonValue(ServerTime::text(a.completedAt))
                                             : QJsonValue()}};
}

ApiResponse AttachmentRoutes::declare(const ApiRequest &request, const ServerUser &user,
                                      const QDateTime &now)
{
    QJsonObject body;
    if (std::optional<ApiResponse> bad = JsonBody::parse(request.body(), &body))
        return *bad;
    using T = JsonBody::Type;
    static constexpr std::array<JsonBody::Field, 7> fields{{
        {"id", T::String}, {"job_id", T::String}, {"order_id", T::String},
        {"name", T::String, true}, {"mime", T::String, true}, {"size", T::Integer, true},
        {"sha256", T::String, true}}};
    QList<FieldProblem> problems = JsonBody::check(body, fields);
    if (!problems.isEmpty())
        return ApiResponse::problems(400, QStringLiteral("invalid_request"), problems);
    const QString id = body.value(QStringLiteral("id")).toString().toLower();
    const QString name = body.value(QStringLiteral("name")).toString().trimmed();
    const QString mime = body.value(QStringLiteral("mime")).toString().trimmed().toLower();
    const qint64 size = body.value(QStringLiteral("size")).toInteger();
    const QString sha256 = body.value(QStringLiteral("sha256")).toString().toLower();
    const bool ofJob = body.contains(QStringLiteral("job_id"));
    const QString ownerField = ofJob ? QStringLiteral("job_id") : QStringLiteral("order_id");
    const QString ownerId = body.value(ownerField).toString();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression mimeForm(
        QStringLiteral("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$"));
    if (body.contains(QStringLiteral("id")) && (QUuid::fromString(id).isNull() || id.size() != 36))
        problems.append({QStringLiteral("id"), tr("must be a UUID made by the client")});
    if (ofJob == body.contains(QStringLiteral("order_id")))
        problems.append({QStringLiteral("job_id"), tr("give either job_id or order_id")});
    if (name.isEmpty() || name.size() > MaxNameLength)
        problems.append({QStringLiteral("name"), tr("must be 1 to %1 characters")
                                                     .arg(MaxNameLength)});
    if (!mimeForm.match(mime).hasMatch() || mime.size() > 100)
        problems.append({QStringLiteral("mime"), tr("must be a media type, e.g. image/jpeg")});
    if (!hex64.match(sha256).hasMatch())
        problems.append({QStringLiteral("sha256"), tr("must be 64 hexadecimal digits")});
    if (size < 1)
        problems.append({QStringLiteral("size"), tr("must be 1 byte or more")});
    if (!problems.isEmpty())
        return ApiResponse::problems(400, QStringLiteral("invalid_request"), problems);
    if (size > m_limits.maxFileBytes) {
        return ApiResponse::problems(413, QStringLiteral("too_large"),
                                     {{QStringLiteral("size"),
                                       tr("is larger than the %1 bytes a file may have")
                                           .arg(m_limits.maxFileBytes)}});
    }

    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256).toHex());
    if (Core::Status begun = m_store.begin(); !begun)
        return database(begun.error());
    auto done = [this](const ApiResponse &answer) {
        if (answer.status >= 400) {
            m_store.rollback();
            return answer;
        }
        if (Core::Status committed = m_store.commit(); !committed)
            return database(committed.error());
        return answer;
    };
    AttachmentStore attachments(m_store);
    auto answer = [&](int status, const Attachment &a) {
        const Core::Result<QJsonObject> json = statusJson(a);
        return json ? ApiResponse::json(status, {{QStringLiteral("attachment"), *json}})
                    : database(json.error());
    };
    if (!id.isEmpty()) {
        const Core::Result<std::optional<Attachment>> existing = attachments.find(id);
        if (!existing)
            return done(database(existing.error()));
        if (existing->has_value()) {
            if ((*existing)->uploadedBy != user.id || (*existing)->requestHash != requestHash) {
                return done(invalid(409, QStringLiteral("id"),
                                    tr("a different upload was already declared with this id")));
            }
            return done(answer(200, **existing));
        }
    }
    const QString kind = ofJob ? QStringLiteral("job") : QStringLiteral("order");
    const Core::Result<bool> allowed = mayAttach(user, kind, ownerId);
    if (!allowed)
        return done(database(allowed.error()));
    if (!*allowed) {
        return done(ApiResponse::error(404, QStringLiteral("not_found"),
                                       ofJob ? tr("no job you may attach to has this id")
                                             : tr("no order you may attach to has this id"),
                                       ownerField));
    }
    Attachment a;
    a.id = id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : id;
    a.ownerKind = kind;
    a.ownerId = ownerId;
    a.name = name;
    a.mime = mime;
    a.size = size;
    a.sha256 = sha256;
    a.chunkSize = m_limits.chunkBytes;
    a.chunkCount = int((size + a.chunkSize - 1) / a.chunkSize);
    a.state = QLatin1String(AttachmentStore::Uploading);
    a.uploadedBy = user.id;
    a.requestHash = requestHash;
    a.createdAt = now;
    if (Core::Status inserted = attachments.insert(a); !inserted) {
        if (m_store.lastWasUniqueViolation()) {
            return done(invalid(409, QStringLiteral("id"),
                                tr("this id was declared at the same moment; send it again")));
        }
        return done(database(inserted.error()));
    }
    return done(answer(201, a));
}

ApiResponse AttachmentRoutes::putChunk(const QString &id, const QString &chunk,
                                       const ApiRequest &request, const ServerUser &user,
                                       const QDateTime &now)
{
    if (Core::Status begun = m_store.begin(); !begun)
        return database(begun.error());
    auto fail = [this](const ApiResponse &answer) {
        m_store.rollback();
        return answer;
    };
    AttachmentStore attachments(m_store);
    if (Core::Status locked = attachments.lock(id); !locked)
        return fail(database(locked.error()));
    const Core::Result<std::optional<Attachment>> found = attachments.find(id);
    if (!found)
        return fail(database(found.error()));
    if (!found->has_value() || (*found)->uploadedBy != user.id)
        return fail(noSuchAttachment());
    Attachment a = **found;
    auto answer = [&](int status) {
        const Core::Result<QJsonObject> json = statusJson(a);
        return json ? ApiResponse::json(status, {{QStringLiteral("attachment"), *json}})
                    : database(json.error());
    };
    if (a.state == QLatin1String(AttachmentStore::Complete))
        return fail(answer(200));
    if (a.state == QLatin1String(AttachmentStore::Rejected)) {
        return fail(ApiResponse::error(409, QStringLiteral("rejected"),
                                       tr("this upload failed its SHA-256 check and was dropped; "
                                          "declare it again"), QStringLiteral("id")));
    }
    bool isNumber = false;
    const int n = chunk.toInt(&isNumber);
    if (!isNumber || n < 0 || n >= a.chunkCount) {
        return fail(invalid(404, QStringLiteral("chunk"),
                            tr("this upload has chunks 0 to %1").arg(a.chunkCount - 1)));
    }
    const qint64 expected = n == a.chunkCount - 1 ? a.size - qint64(n) * a.chunkSize
                                                  : a.chunkSize;
    const QByteArray bytes = request.body();
    if (bytes.size() != expected) {
        return fail(invalid(bytes.size() > expected ? 413 : 422, QStringLiteral("chunk"),
                            tr("chunk %1 holds %2 bytes; it must hold %3")
                                .arg(n).arg(bytes.size()).arg(expected)));
    }
    if (Core::Status put = attachments.putChunk(a.id, n, bytes); !put)
        return fail(database(put.error()));
    const Core::Result<QList<int>> received = attachments.receivedChunks(a.id);
    if (!received)
        return fail(database(received.error()));
    ApiResponse response;
    if (received->size() == a.chunkCount) {
        const Core::Result<AttachmentStore::Completion> completed = attachments.complete(&a, now);
        if (!completed)
            return fail(database(completed.error()));
        if (*completed == AttachmentStore::Completion::HashMismatch) {
            response = ApiResponse::error(422, QStringLiteral("hash_mismatch"),
                                          tr("the bytes received do not have the SHA-256 "
                                             "declared; nothing was kept, declare the upload "
                                             "again"), QStringLiteral("sha256"));
        }
    }
    if (response.status != 422)
        response = answer(200);
    // A mismatch is committed too: the dropped chunks and the rejected state are its record.
    if (Core::Status committed = m_store.commit(); !committed)
        return database(committed.error());
    return response;
}

ApiResponse AttachmentRoutes::status(const QString &id, const ServerUser &user)
{
    const Core::Result<std::optional<Attachment>> found = AttachmentStore(m_store).find(id);
    if (!found)
        return database(found.error());
    if (!found->has_value())
        return noSuchAttachment();
    const Core::Result<bool> allowed = mayRead(user, **found);
    if (!allowed)
        return database(allowed.error());
    if (!*allowed)
        return noSuchAttachment();
    const Core::Result<QJsonObject> json = statusJson(**found);
    if (!json)
        return database(json.error());
    return ApiResponse::json(200, {{QStringLiteral("attachment"), *json}});
}

ApiResponse AttachmentRoutes::content(const QString &id, const ServerUser &user)
{
    AttachmentStore attachments(m_store);
    const Core::Result<std::optional<Attachment>> found = attachments.find(id);
    if (!found)
        return database(found.error());
    if (!found->has_value())
        return noSuchAttachment();
    const Attachment &a = **found;
    const Core::Result<bool> allowed = mayRead(user, a);
    if (!allowed)
        return database(allowed.error());
    if (!*allowed)
        return noSuchAttachment();
    if (a.state != QLatin1String(AttachmentStore::Complete)) {
        return ApiResponse::error(409, QStringLiteral("not_complete"),
                                  tr("the upload is %1; its content is not here yet")
                                      .arg(a.state), QStringLiteral("id"));
    }
    const Core::Result<QByteArray> bytes = attachments.content(a);
    if (!bytes)
        return database(bytes.error());
    ApiResponse answer = ApiResponse::bytes(200, a.mime.toLatin1(), *bytes);
    // A browser that opens it saves it rather than running what the uploader declared.
    answer.headers.append({QByteArrayLiteral("Content-Disposition"),
                           QByteArrayLiteral("attachment")});
    answer.headers.append({QByteArrayLiteral("X-Content-Type-Options"),
                           QByteArrayLiteral("nosniff")});
    answer.headers.append({QByteArrayLiteral("X-Content-SHA256"), a.sha256.toLatin1()});
    return answer;
}

QStringList AttachmentRoutes::routeList()
{
    return {QStringLiteral("POST /api/v1/attachments"),
            QStringLiteral("GET /api/v1/attachments/{id}"),
            QStringLiteral("PUT /api/v1/attachments/{id}/chunks/{n}"),
            QStringLiteral("GET /api/v1/attachments/{id}/content")};
}

} // namespace Hearth::Server
