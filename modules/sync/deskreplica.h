#pragma once

#include "core/result.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Sync {

/// A change that sync could not carry out and that a person must look at (同步冲突).
struct SyncConflict
{
    enum class Kind { DeletedRemotely, Refused, ApplyFailed };

    Kind kind = Kind::DeletedRemotely;
    QString changeId;
    QString table;
    QString rowId;
    QJsonObject localFields;
    qint64 serverRevision = 0;
    QString detail;
};

/// The desk's side of sync on a connection of its own to the desk's SQLite file: reads the
/// outbox, records the server's answers, writes pulled rows straight into the synced tables
/// (never into the outbox) and keeps the last revision seen in sync_state.
class DeskReplica
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Sync::DeskReplica)

public:
    DeskReplica();
    ~DeskReplica();
    DeskReplica(const DeskReplica &) = delete;
    DeskReplica &operator=(const DeskReplica &) = delete;

    /// Opens the file on the calling thread and brings its schema up to date. Foreign keys are
    /// not enforced on this connection: a page of a pull may hold a line before its order.
    Core::Status open(const QString &path);
    bool isOpen() const { return m_connection != nullptr; }

    /// The oldest unsent outbox entries of synced tables, each with its row's current plain
    /// fields.
    Core::Result<QList<PushEntry>> pendingEntries(int limit);
    qint64 pendingCount();
    /// Marks the answered entries sent, stores the revisions and records conflicts, in one
    /// transaction.
    Core::Status recordAnswer(const QList<PushEntry> &entries, const QList<PushResult> &results);

    /// Writes a pulled page and its next revision in one transaction. A row with a newer
    /// unsent local change keeps its fields; a deleted row stays deleted.
    Core::Status applyPage(const PullPage &page);
    qint64 lastRevision();

    QList<SyncConflict> conflicts();
    static QString kindName(SyncConflict::Kind kind);

private:
    Core::Status applyChange(const PulledChange &change);
    Core::Status addConflict(const SyncConflict &conflict);
    Core::Status exec(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<Storage::Connection> m_connection;
};

} // namespace Hearth::Sync
