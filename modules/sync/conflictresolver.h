#pragma once

#include "core/result.h"
#include "deskreplica.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Hearth::Core {
class HybridClock;
}

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Sync {

/// An open sync conflict as the desk's conflict list shows it.
struct ConflictRecord
{
    qint64 id = 0;
    SyncConflict::Kind kind = SyncConflict::Kind::Refused;
    QString kindName;  // as stored ("deleted_remotely"); a kind this desk does not know counts
                       // as Refused
    QString changeId;
    QString table;
    QString rowId;
    /// The desk's fields when it pushed; for ApplyFailed, the server's fields it could not store.
    QJsonObject localFields;
    qint64 serverRevision = 0;
    /// For StatusRefused and KeyChanged: the server's values of the fields concerned.
    QJsonObject serverFields;
    QString detail;
    QDateTime detectedAt;  // UTC
    QString orderNo;       // the sales order the row belongs to, where the desk knows it
};

/// Settles the desk's sync conflicts (同步冲突) on a connection to the desk's database, each
/// in one transaction. "Keep mine" queues the desk's version again under a fresh HLC, so that
/// it wins on the server at the next push; "take the server's" drops the desk's unsent edits
/// of the row and has the next pull bring the server's row again. Call it while no sync round
/// runs: taking the server's moves the pull back.
class ConflictResolver
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Sync::ConflictResolver)

public:
    ConflictResolver(Storage::Connection &connection, Core::HybridClock &clock);

    /// The unresolved conflicts, oldest first.
    Core::Result<QList<ConflictRecord>> openConflicts();
    qint64 openCount();

    /// Refused: writes the fields the desk pushed back into the row and queues them again.
    /// ApplyFailed: queues the desk's own row again. DeletedRemotely is refused: the server's
    /// delete is final, so the desk's version can only come back as a new row (recreateAsNew).
    Core::Status keepMine(qint64 conflictId);
    /// DeletedRemotely only: inserts the desk's fields as a new row with a new id and queues
    /// it; a sales order gets a new order number ("<number>-R", "-R2", ...) and no channel
    /// order number, a customer no external code, a line the next free line number. Returns
    /// the new row's id.
    Core::Result<QString> recreateAsNew(qint64 conflictId);
    /// Marks the conflict resolved, drops the desk's unsent changes of the row and moves the
    /// pull back to just before the server's revision of the row, so that the next sync brings
    /// the row as the server holds it. A row the server never had is deleted on the desk.
    /// KeyChanged is a notice: this only marks it read (keepMine refuses it).
    Core::Status takeServers(qint64 conflictId);

    /// The revision the next pull starts after (sync_state's last_revision).
    qint64 lastRevision();

private:
    Core::Result<ConflictRecord> load(qint64 conflictId);
    Core::Status markResolved(qint64 conflictId);
    QString orderNoOf(const QString &table, const QString &rowId, const QJsonObject &fields);
    bool rowExists(const QString &table, const QString &rowId, qint64 *revision = nullptr);
    Core::Status writeFields(const QString &table, const QString &rowId,
                             const QJsonObject &fields, const QString &hlc, bool insert);
    Core::Status exec(const QString &sql, const QVariantList &values = {},
                      int *changed = nullptr);
    QVariant value(const QString &sql, const QVariantList &values = {});

    Storage::Connection &m_connection;
    Core::HybridClock &m_clock;
};

} // namespace Hearth::Sync
