#include "attachmentstore.h"

#include "logging.h"
#include "serverstore.h"
#include "servertime.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace Hearth::Server {

AttachmentStore::Limits AttachmentStore::Limits::forBody(qint64 maxBodyBytes)
{
    Limits limits;
    limits.chunkBytes = qMin(limits.chunkBytes, maxBodyBytes);
    return limits;
}

Core::Result<std::optional<Attachment>> AttachmentStore::find(const QString &id)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT id, owner_kind, owner_id, name, mime, size, sha256, chunk_size, chunk_count, "
        "state, uploaded_by, request_hash, created_at, completed_at FROM attachments "
        "WHERE id = ?"));
    q.addBindValue(id);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Attachment>();
    Attachment a;
    a.id = q.value(0).toString();
    a.ownerKind = q.value(1).toString();
    a.ownerId = q.value(2).toString();
    a.name = q.value(3).toString();
    a.mime = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.chunkSize = q.value(7).toLongLong();
    a.chunkCount = q.value(8).toInt();
    a.state = q.value(9).toString();
    a.uploadedBy = q.value(10).toString();
    a.requestHash = q.value(11).toString();
    a.createdAt = ServerTime::parse(q.value(12).toString());
    a.completedAt = ServerTime::parse(q.value(13).toString());
    return std::optional<Attachment>(a);
}

Core::Status AttachmentStore::insert(const Attachment &a)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO attachments (id, owner_kind, owner_id, name, mime, size, sha256, "
        "chunk_size, chunk_count, state, uploaded_by, request_hash, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.id);
    q.addBindValue(a.ownerKind);
    q.addBindValue(a.ownerId);
    q.addBindValue(a.name);
    q.addBindValue(a.mime);
    q.addBindValue(a.size);
    q.addBindValue(a.sha256);
    q.addBindValue(a.chunkSize);
    q.addBindValue(a.chunkCount);
    q.addBindValue(a.state);
    q.addBindValue(a.uploadedBy);
    q.addBindValue(a.requestHash);
    q.addBindValue(ServerTime::text(a.createdAt));
    return m_store.exec(q);
}

Core::Status AttachmentStore::lock(const QString &id)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "UPDATE attachments SET state = state WHERE id = ?"));
    q.addBindValue(id);
    return m_store.exec(q);
}

Core::Result<QList<int>> AttachmentStore::receivedChunks(const QString &id)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT n FROM attachment_chunks WHERE attachment_id = ? ORDER BY n"));
    q.addBindValue(id);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QList<int> received;
    while (q.next())
        received.append(q.value(0).toInt());
    return received;
}

Core::Status AttachmentStore::putChunk(const QString &id, int n, const QByteArray &bytes)
{
    QSqlQuery drop = m_store.prepare(QStringLiteral(
        "DELETE FROM attachment_chunks WHERE attachment_id = ? AND n = ?"));
    drop.addBindValue(id);
    drop.addBindValue(n);
    if (Core::Status s = m_store.exec(drop); !s)
        return s;
    QSqlQuery add = m_store.prepare(QStringLiteral(
        "INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)"));
    add.addBindValue(id);
    add.addBindValue(n);
    add.addBindValue(QString::fromLatin1(bytes.toBase64()));
    return m_store.exec(add);
}

Core::Status AttachmentStore::setState(Attachment *a, const QString &state, const QDateTime &now)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "UPDATE attachments SET state = ?, completed_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(ServerTime::text(now));
    q.addBindValue(a->id);
    if (Core::Status s = m_store.exec(q); !s)
        return s;
    a->state = state;
    a->completedAt = now;
    return {};
}

Core::Result<AttachmentStore::Completion> AttachmentStore::complete(Attachment *a,
                                                                     const QDateTime &now)
{
    QSqlQuery chunks = m_store.prepare(QStringLiteral(
        "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY n"));
    chunks.addBindValue(a->id);
    if (Core::Status s = m_store.exec(chunks); !s)
        return s.error();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    while (chunks.next()) {
        const QByteArray bytes = QByteArray::fromBase64(chunks.value(0).toString().toLatin1());
        size += bytes.size();
        hash.addData(bytes);
    }
    chunks.finish();
    const bool matches = size == a->size
                         && QString::fromLatin1(hash.result().toHex()) == a->sha256;

    if (matches) {
        QSqlQuery known = m_store.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM attachment_contents WHERE sha256 = ?"));
        known.addBindValue(a->sha256);
        if (Core::Status s = m_store.exec(known); !s)
            return s.error();
        const bool stored = known.next() && known.value(0).toLongLong() > 0;
        known.finish();
        if (!stored) {
            QSqlQuery content = m_store.prepare(QStringLiteral(
                "INSERT INTO attachment_contents (sha256, size, block_count, created_at) "
                "VALUES (?, ?, ?, ?)"));
            content.addBindValue(a->sha256);
            content.addBindValue(a->size);
            content.addBindValue(a->chunkCount);
            content.addBindValue(ServerTime::text(now));
            QSqlQuery blocks = m_store.prepare(QStringLiteral(
                "INSERT INTO attachment_blocks (sha256, n, data) "
                "SELECT ?, n, data FROM attachment_chunks WHERE attachment_id = ?"));
            blocks.addBindValue(a->sha256);
            blocks.addBindValue(a->id);
            Core::Status s = m_store.exec(content);
            if (s)
                s = m_store.exec(blocks);
            if (!s)
                return s.error();
        }
    }
    QSqlQuery drop = m_store.prepare(QStringLiteral(
        "DELETE FROM attachment_chunks WHERE attachment_id = ?"));
    drop.addBindValue(a->id);
    if (Core::Status s = m_store.exec(drop); !s)
        return s.error();
    if (Core::Status s = setState(a, QLatin1String(matches ? Complete : Rejected), now); !s)
        return s.error();
    qCInfo(lcServer) << "attachment" << a->id << (matches ? "complete" : "rejected: hash mismatch")
                     << "of" << a->size << "bytes";
    return matches ? Completion::Stored : Completion::HashMismatch;
}

Core::Result<QByteArray> AttachmentStore::content(const Attachment &a)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT data FROM attachment_blocks WHERE sha256 = ? ORDER BY n"));
    q.addBindValue(a.sha256);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QByteArray bytes;
    bytes.reserve(a.size);
    while (q.next())
        bytes.append(QByteArray::fromBase64(q.value(0).toString().toLatin1()));
    if (bytes.size() != a.size) {
        return Core::Error{tr("the stored content of attachment %1 holds %2 bytes, not %3")
                               .arg(a.id).arg(bytes.size()).arg(a.size), {}};
    }
    return bytes;
}

} // namespace Hearth::Server
