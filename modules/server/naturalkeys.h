#pragma once

#include "core/result.h"
#include "sync/synctables.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// Which synced row holds each natural key (Sync::SyncTables::naturalKeys), in
/// sync_natural_keys, so that no two rows the server hands out hold one key on a desk: the row
/// that claims a key first keeps it, and a later row that wants it is given a free one (a code
/// with "-2", "-3", ... appended, the next free number within its parent). A tombstone keeps
/// its keys unless the desks' index holds live rows only. Writes run in the caller's
/// transaction.
class NaturalKeys
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::NaturalKeys)

public:
    /// A key column claim() changed: its new value and a sentence for the row's author.
    struct Change
    {
        QString column;
        QJsonValue value;
        QString detail;
    };

    explicit NaturalKeys(ServerStore &store) : m_store(store) {}

    /// Records the keys of a row about to be written with these fields (as a tombstone when
    /// deleted) and frees those it held before. Where another row holds a key, the key's
    /// column in *fields is changed to a free value (and a column that must stay at least that
    /// number raised with it); a retry of the same write changes nothing more.
    Core::Result<QList<Change>> claim(const QString &table, const QString &rowId,
                                      QJsonObject *fields, bool deleted);
    /// Records the keys of every row held, oldest revision first, leaving any key another row
    /// holds already with it: for a server that kept no keys before (0010_natural_keys.sql).
    Core::Status fill();

private:
    /// A key as stored: the key's scope (its other columns as a JSON array) and its value.
    struct Held
    {
        QString scope;
        QString value;
    };
    static std::optional<Held> keyOf(const Sync::SyncTables::NaturalKey &key,
                                     const QJsonObject &fields);
    /// The row that holds a key, or a null string.
    Core::Result<QString> holder(const QString &table, const QString &column,
                                 const QString &scope, const QString &value);
    /// The number after the highest that rows of one scope hold (1 when none does).
    Core::Result<qint64> nextNumber(const QString &table, const QString &column,
                                    const QString &scope);
    /// Records a key for a row; false when another row holds it already.
    Core::Result<bool> record(const QString &table, const QString &column, const Held &key,
                              const QString &rowId);

    ServerStore &m_store;
};

} // namespace Hearth::Server
