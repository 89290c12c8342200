#pragma once

#include <QString>
#include <QStringList>

namespace Hearth::Sync {

/// The tables that sync and their plain columns: the allow-list that both the desk (what it
/// sends and writes) and the server (what it accepts) check against. id, revision, hlc and
/// deleted are the sync columns every synced table has and are not listed.
class SyncTables
{
public:
    static QStringList tables();
    static bool isSynced(const QString &table);
    /// The plain columns of a synced table; empty for any other name.
    static QStringList columns(const QString &table);
    static bool hasColumn(const QString &table, const QString &column);
    /// The module whose permissions guard a table: reading needs "<module>.read", writing
    /// "<module>.write".
    static QString module(const QString &table);
    /// The column of a child table that names its sales order ("order_id"), or empty.
    static QString orderColumn(const QString &table);
};

} // namespace Hearth::Sync
