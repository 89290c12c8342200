#pragma once

#include <QCoreApplication>

#include "core/hybridclock.h"
#include "core/result.h"
#include "statement.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace Hearth::Storage {

/// One thread's connection to the local database: the Qt SQL connection and its native handle,
/// with a cache of prepared statements.
class Connection
{
public:
    explicit Connection(QSqlDatabase db);
    ~Connection();

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const { return m_handle; }

    /// A cached prepared statement for sql (which must outlive the connection: a literal).
    Statement &prepare(const char *sql);
    /// Runs one or more statements with no parameters.
    Core::Status execScript(const QString &sql);

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::map<const char *, std::unique_ptr<Statement>> m_statements;
};

/// The local SQLite database: WAL, foreign keys, a busy timeout, migrations at open,
/// one connection per thread.
class Database
{
public:
    /// Opens or creates the file and brings its schema up to date; refuses a newer schema.
    static Core::Status open(const QString &path);
    static void close();
    static bool isOpen();
    static QString path();

    /// This thread's connection; opened on first use.
    static Connection &connection();

    /// Who is making changes now (recorded in the audit trail), and this desk's clock.
    static void setCurrentUser(const QString &user);
    static QString currentUser();
    static Core::HybridClock &clock();
    static QString nodeId();

    static int schemaVersion();

    Q_DECLARE_TR_FUNCTIONS(Hearth::Storage::Database)
};

} // namespace Hearth::Storage
