#pragma once

#include "apirequest.h"
#include "apiresponse.h"
#include "attachmentstore.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Hearth::Server {

class ServerStore;

/// Attachments (photos, drawings) of a job or an order, uploaded in chunks that resume:
///   POST /api/v1/attachments                    declare: job_id or order_id, name, mime, size,
///                                               sha256 (and the client's id, to send it again)
///   PUT  /api/v1/attachments/{id}/chunks/{n}    the raw bytes of chunk n (0-based)
///   GET  /api/v1/attachments/{id}               its state and the chunks still missing
///   GET  /api/v1/attachments/{id}/content       the bytes, with the declared mime type
/// The last chunk completes the upload: a SHA-256 mismatch answers 422 and keeps nothing.
/// Anyone outside an attachment's scope gets 404, as for an id that does not exist.
class AttachmentRoutes
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::AttachmentRoutes)

public:
    AttachmentRoutes(ServerStore &store, const AttachmentStore::Limits &limits)
        : m_store(store), m_limits(limits)
    {
    }

    static bool owns(const QString &path);
    /// "METHOD /api/v1/..." of every route here, ids as {id}.
    static QStringList routeList();
    /// Answers a request to one of the attachment routes; userName is set once the token is
    /// known.
    ApiResponse handle(const ApiRequest &request, const QString &method,
                       const QDateTime &now, QString *userName);

private:
    ApiResponse declare(const ApiRequest &request, const ServerUser &user,
                        const QDateTime &now);
    ApiResponse putChunk(const QString &id, const QString &chunk,
                         const ApiRequest &request, const ServerUser &user,
                         const QDateTime &now);
    ApiResponse status(const QString &id, const ServerUser &user);
    ApiResponse content(const QString &id, const ServerUser &user);

    /// Whether the user may attach to the job or order; an error when the database failed.
    Core::Result<bool> mayAttach(const ServerUser &user, const QString &kind, const QString &id);
    Core::Result<bool> mayRead(const ServerUser &user, const Attachment &attachment);
    Core::Result<QJsonObject> statusJson(const Attachment &attachment);

    ServerStore &m_store;
    AttachmentStore::Limits m_limits;
};

} // namespace Hearth::Server
