#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// An attachment (photo, drawing) of a job or an order, as declared and as far as it came.
struct Attachment
{
    QString id;
    QString ownerKind;  // "job" or "order"
    QString ownerId;
    QString name;
    QString mime;
    qint64 size = 0;
    QString sha256;
    qint64 chunkSize = 0;
    int chunkCount = 0;
    QString state;  // "uploading", "complete", "rejected"
    QString uploadedBy;
    QString requestHash;
    QDateTime createdAt;
    QDateTime completedAt;
};

/// Attachments kept in the server's database, so that every server process behind a load
/// balancer reads the same ones and an upload's end is one transaction: chunks wait in
/// attachment_chunks; a complete upload whose SHA-256 matches is kept once per content in
/// attachment_blocks, and a second upload of the same bytes only points at it. Bytes are held
/// as base64 text, the portable column type on SQLite and PostgreSQL.
/// TODO(#5): a file store for sites whose attachments outgrow the database.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::AttachmentStore)

public:
    static constexpr char Uploading[] = "uploading";
    static constexpr char Complete[] = "complete";
    static constexpr char Rejected[] = "rejected";

    /// How large a chunk and a whole file may be. A chunk is one request body, so it is never
    /// larger than the server's max_body_bytes.
    struct Limits
    {
        qint64 chunkBytes = 1024 * 1024;
        qint64 maxFileBytes = 32 * 1024 * 1024;

        static Limits forBody(qint64 maxBodyBytes);
    };

    enum class Completion { Stored, HashMismatch };

    explicit AttachmentStore(ServerStore &store) : m_store(store) {}

    Core::Result<std::optional<Attachment>> find(const QString &id);
    Core::Status insert(const Attachment &attachment);
    /// Takes the attachment's row lock, so that chunks of one upload are received one at a time
    /// even across server processes.
    Core::Status lock(const QString &id);
    Core::Result<QList<int>> receivedChunks(const QString &id);
    /// Stores chunk n, replacing one sent before.
    Core::Status putChunk(const QString &id, int n, const QByteArray &bytes);
    /// Checks the chunks against the declared SHA-256: keeps the content (once) and marks the
    /// attachment complete, or drops the chunks and marks it rejected.
    Core::Result<Completion> complete(Attachment *attachment, const QDateTime &now);
    /// The bytes of a complete attachment.
    Core::Result<QByteArray> content(const Attachment &attachment);

private:
    Core::Status setState(Attachment *attachment, const QString &state, const QDateTime &now);

    ServerStore &m_store;
};

} // namespace Hearth::Server
