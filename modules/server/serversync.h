#pragma once

#include "core/result.h"
#include "serveruser.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// Who is syncing and which rows they may see and write: everything for an administrator,
/// head office and the factory; otherwise only the rows scoped to their own organisation unit;
/// and of those, only the tables whose module's permissions the role grants.
struct SyncScope
{
    QString userId;
    QString unitId;
    bool seesAll = false;
    QStringList readable;  // tables the role may read
    QStringList writable;  // tables the role may write

    static SyncScope of(const ServerUser &user);
    bool sees(const QString &scopeUnit) const { return seesAll || scopeUnit == unitId; }
};

/// The server's side of sync on ServerStore: applies pushed changes once each, merging by row
/// (the later HLC wins; a delete is final and an edit of a deleted row is a conflict), and
/// reads changes after a revision within a scope. Writes run in the caller's transaction.
class ServerSync
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::ServerSync)

public:
    explicit ServerSync(ServerStore &store) : m_store(store) {}

    Core::Result<QList<Sync::PushResult>> apply(const QList<Sync::PushEntry> &entries,
                                                const SyncScope &scope, const QDateTime &now);
    Core::Result<Sync::PullPage> changesAfter(qint64 after, int limit, const SyncScope &scope);

private:
    struct Row
    {
        qint64 revision = 0;
        QString hlc;
        bool deleted = false;
        QJsonObject fields;
        QString scopeUnit;
    };

    Core::Result<Sync::PushResult> applyOne(const Sync::PushEntry &entry, const SyncScope &scope,
                                            const QString &now);
    Core::Result<std::optional<Row>> readRow(const QString &table, const QString &rowId);
    /// The unit a new row belongs to: a line follows its order; anything else, its author.
    Core::Result<QString> scopeForNewRow(const Sync::PushEntry &entry, const SyncScope &scope);
    Core::Result<qint64> writeRow(const Sync::PushEntry &entry, const Row &row, bool exists,
                                  const QString &now);

    ServerStore &m_store;
};

} // namespace Hearth::Server
