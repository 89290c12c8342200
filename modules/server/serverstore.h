#pragma once

#include "core/result.h"
#include "databaseuri.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Hearth::Server {

/// The server's database, SQLite or PostgreSQL through Qt SQL, behind one interface: the
/// schema from resources/server/migrations (portable SQL, applied in one transaction at open),
/// prepared queries with bound values only, transactions and counters. One per thread.
class ServerStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::ServerStore)

public:
    enum class OpenMode { Existing, Create };

    ServerStore();
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    /// Connects and brings the schema up to date. Existing refuses a database that was never
    /// initialised; Create makes the SQLite file or the PostgreSQL database when missing.
    Core::Status open(const DatabaseUri &uri, OpenMode mode);
    void close();
    bool isOpen() const;
    DatabaseUri::Engine engine() const { return m_uri.engine; }
    const DatabaseUri &uri() const { return m_uri; }

    int schemaVersion();
    /// The newest schema this build knows.
    static int latestSchemaVersion();

    /// A prepared query on this connection; bind values with addBindValue().
    QSqlQuery prepare(const QString &sql);
    /// Runs a prepared query. On failure the database's message goes to the log (category
    /// hearth.server) and the error returned says only that it failed.
    Core::Status exec(QSqlQuery &query);

    Core::Status begin();
    Core::Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// Runs statements without parameters, each ending with a semicolon at the end of a line
    /// (migrations, DDL); name says where they came from in an error.
    Core::Status execScript(const QString &script, const QString &name);

    /// The next value of a counter ("order_no", "revision"), inside the caller's transaction.
    Core::Result<qint64> nextValue(const QString &counter);
    /// Makes the caller's transaction, from here to its end, the only one that takes sync
    /// revisions, before it reads the rows it will write: PostgreSQL locks the revision
    /// counter's row (a SQLite transaction holds the write lock from begin() already).
    Core::Status lockRevisions();

    /// True when the last failed exec() broke a unique constraint (a concurrent insert).
    bool lastWasUniqueViolation() const { return m_uniqueViolation; }

private:
    Core::Status createPostgresDatabase(const DatabaseUri &uri);
    static Core::Status createIfMissing(QSqlDatabase &db, const DatabaseUri &uri);
    Core::Status migrate(OpenMode mode);
    /// Records the number of every sales order held (sync_order_numbers), first holder first.
    Core::Status fillOrderNumbers();
    /// Records the order of every order line held (sync_order_lines) and the key of every
    /// event held whose key is made of several columns (sync_event_keys), first holder first.
    Core::Status fillDerived();

    DatabaseUri m_uri;
    QString m_connectionName;
    bool m_inTransaction = false;
    bool m_uniqueViolation = false;
};

} // namespace Hearth::Server
