#pragma once

#include "core/result.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QHash>
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
    /// StatusRefused: a status change the order's process forbids; the desk's row went back to
    /// the server's status (serverFields) and the wanted one is in localFields.
    /// KeyChanged: a notice, not a refusal: the row's code or number (po_no, a package's
    /// number) was another desk's row's already, so the server gave it the one in serverFields,
    /// which the next pull brings; both rows are kept for a person to tell apart or merge.
    enum class Kind { DeletedRemotely, Refused, ApplyFailed, StatusRefused, KeyChanged };

    Kind kind = Kind::DeletedRemotely;
    QString changeId;
    QString table;
    QString rowId;
    QJsonObject localFields;
    qint64 serverRevision = 0;
    QString detail;
    QJsonObject serverFields;
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

    /// The oldest unsent outbox entries of synced tables, each with the fields its change set
    /// (the whole row for an insert, or when the change's record does not say which fields it
    /// touched), as the row holds them now; a process status travels as the change set it, so
    /// that each step of a process walked offline is checked on its own. The entry's row id is
    /// the row's own key even where the outbox files the change under its sales order.
    Core::Result<QList<PushEntry>> pendingEntries(int limit);
    qint64 pendingCount();
    /// Marks the answered entries sent, stores the revisions and records conflicts (and a
    /// KeyChanged notice for a row the server gave another key), in one transaction.
    Core::Status recordAnswer(const QList<PushEntry> &entries, const QList<PushResult> &results);

    /// Writes a pulled page and its next revision in one transaction. A field with a newer
    /// unsent local change keeps its local value; a deleted row stays deleted; an event
    /// already held (by id, or by its event key under another id) is not written again, so
    /// derived balances count it once. Pulled orders are written into the order search index.
    /// A pulled row whose code or number a local row of another id holds takes it, and the
    /// local row stands aside until its own row comes (yieldKeys).
    Core::Status applyPage(const PullPage &page);
    qint64 lastRevision();

    QList<SyncConflict> conflicts();
    static QString kindName(SyncConflict::Kind kind);

private:
    struct Pending;
    Core::Status applyChange(const PulledChange &change);
    /// A row that left the user's scope: removed from the desk (not a tombstone: it may come
    /// back), with its children; its unsent changes become conflicts. Events are kept.
    Core::Status applyGone(const PulledChange &change);
    /// Before a pulled row is written: a local row of another id that holds one of its natural
    /// keys (SyncTables::naturalKeys; an order's number, a package's number in its order) lost
    /// that key on the server, which gave it another, and takes a stand-in (the code with
    /// "~<rowid>" appended, a number from SyncTables::StandInBase) until its own row is
    /// pulled. written: the columns the pulled row's values are written to (no newer unsent
    /// local change holds them).
    Core::Status yieldKeys(const PulledChange &change, const QStringList &written);
    /// Gives each order status step among entries (one a pending entry, in outbox order) the
    /// statuses of the order's later unsent changes (PushEntry::nextStatuses).
    Core::Status addNextStatuses(QList<PushEntry> *entries, const QList<Pending> &pending);
    /// A pulled row of an append-only table (SyncTables::isAppendOnly).
    Core::Status applyEvent(const PulledChange &change);
    /// A row's child rows (SyncTables::childTable) as the field that carries them.
    Core::Result<QString> childrenText(const QString &table, const QString &rowId);
    Core::Status writeChildren(const QString &table, const QString &rowId,
                               const QJsonValue &text);
    /// The fields a change touched; empty with *wholeRow set when it cannot tell.
    /// The columns a field of a change's record fills: itself when it is a column, the
    /// columns behind a field of the order's document ("address"), else none.
    static QStringList documentColumns(const QString &table, const QString &field);
    QStringList touchedFields(const Pending &entry, bool *wholeRow);
    /// Whether a synced table keeps the server's revision of its rows.
    bool hasRevision(const QString &table);
    Core::Result<QList<Pending>> pendingFor(const QString &table, const QString &rowId);
    Core::Status reindexOrder(const QString &orderId);
    Core::Status addConflict(const SyncConflict &conflict);
    Core::Status exec(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<Storage::Connection> m_connection;
    QHash<QString, bool> m_hasRevision;
};

} // namespace Hearth::Sync
