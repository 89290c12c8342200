#include "database.h"

#include "checkpointer.h"
#include "logging.h"
#include "migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

#include <sqlite3.h>


namespace Hearth::Storage {

namespace {

struct State
{
    QMutex mutex;
    QString path;
    QString user = QStringLiteral("system");
    QString node;
    std::unique_ptr<Core::HybridClock> clock;
    int generation = 0;  // bumped by open and close; stale thread connections reopen
    Checkpointer checkpointer;
};

State &state()
{
    static State s;
    return s;
}

struct ThreadConnection
{
    int generation = -1;
    std::unique_ptr<Connection> connection;
};

QThreadStorage<ThreadConnection *> threadConnections;

QAtomicInt connectionCounter = 0;
// Set while the Checkpointer runs: connections leave checkpoints to it.
QAtomicInt backgroundCheckpoints = 0;


/// A new connection with Hearth's pragmas, or null with the reason in `error`; `damaged` is
/// set when SQLite found the file corrupt (or not a database) while setting them up.
std::unique_ptr<Connection> openConnection(const QString &path, QString *error,
                                           bool *damaged = nullptr)
{
    const QString name = QStringLiteral("hearth-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Connection> connection;
    {
        // The Connection holds the only handle: a copy left here would outlive a Connection
        // dropped below, and Qt would warn that the connection is still in use on removal.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            *error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return nullptr;
        }
        connection = std::make_unique<Connection>(db);
    }
    const Core::Status pragmas = connection->execScript(QStringLiteral(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;"));
    if (!pragmas) {
        // A damaged file's message goes on with SQLite's list of bad pages: its first line says it.
        *error = pragmas.error().message.section(QLatin1Char('\n'), 0, 0);
        const int code = sqlite3_errcode(connection->handle()) & 0xff;
        if (damaged)
            *damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
        return nullptr;
    }
    if (backgroundCheckpoints.loadRelaxed())
        connection->execScript(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    return connection;
}

// True when the file is an SQLite database with tables but without Hearth's schema version:
// another program's file, which must not be touched (not even its journal mode).
bool isForeignDatabase(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    sqlite3 *db = nullptr;
    bool foreign = false;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        const char *sql = "SELECT (SELECT user_version FROM pragma_user_version), "
                          "(SELECT COUNT(*) FROM sqlite_master WHERE type = 'table')";
        if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK
            && sqlite3_step(q) == SQLITE_ROW) {
            foreign = sqlite3_column_int(q, 0) == 0 && sqlite3_column_int(q, 1) > 0;
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return foreign;
}

} // namespace

Connection::Connection(QSqlDatabase db) : m_db(std::move(db))
{
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(v.data());
}

Connection::~Connection()
{
    m_statements.clear();
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Statement &Connection::prepare(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(m_handle, sql)).first;
    if (!it->second->isValid())
        qCWarning(lcStorage) << "cannot prepare statement:" << it->second->prepareError();
    it->second->reset();
    return *it->second;
}

Core::Status Connection::execScript(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::number(rc);
        sqlite3_free(message);
        return Core::Error{text, {}};
    }
    return {};
}

Core::Status Database::open(const QString &path)
{
    close();
    const QFileInfo file(path);
    if (file.exists() && !file.isWritable()) {
        return Core::Error{tr("the database file is read-only; Hearth records every change in "
                              "it, so it needs write access (check the file's permissions)"),
                           file.absoluteFilePath()};
    }
    if (isForeignDatabase(path)) {
        return Core::Error{tr("this SQLite file is not a Hearth database (it holds other "
                              "tables); choose a Hearth database or a new file name"),
                           file.absoluteFilePath()};
    }
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        s.path = path;
        ++s.generation;
    }

    QString error;
    bool damaged = false;
    auto probe = openConnection(path, &error, &damaged);
    if (!probe) {
        QMutexLocker lock(&s.mutex);
        s.path.clear();
        if (damaged) {
            return Core::Error{tr("the database file is damaged (%1); restore it from a backup")
                                   .arg(error),
                               QFileInfo(path).absoluteFilePath()};
        }
        return Core::Error{tr("cannot open the database: %1").arg(error),
                           QFileInfo(path).absoluteFilePath()};
    }
    const Core::Status migrated = Migrator::migrate(*probe);
    if (!migrated) {
        probe.reset();
        QMutexLocker lock(&s.mutex);
        s.path.clear();
        return migrated;
    }

    Statement &node = probe->prepare("SELECT value FROM settings WHERE key = 'node_id'");
    QString nodeId = node.next() ? node.text(0) : QString();
    node.reset();
    if (nodeId.isEmpty()) {
        nodeId = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        Statement &insert = probe->prepare(
            "INSERT OR REPLACE INTO settings(key, value) VALUES ('node_id', ?)");
        insert.bind(1, nodeId).exec();
    }
    probe.reset();

    QMutexLocker lock(&s.mutex);
    backgroundCheckpoints.storeRelaxed(s.checkpointer.start(path) ? 1 : 0);
    s.node = nodeId;
    s.clock = std::make_unique<Core::HybridClock>(nodeId);
    qCInfo(lcStorage) << "opened database" << path;
    return {};
}

void Database::close()
{
    // QThreadStorage deletes the previous value itself.
    if (threadConnections.hasLocalData())
        threadConnections.setLocalData(nullptr);
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.checkpointer.stop();
    backgroundCheckpoints.storeRelaxed(0);
    s.path.clear();
    ++s.generation;
}

bool Database::isOpen()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return !s.path.isEmpty();
}

QString Database::path()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.path;
}

Connection &Database::connection()
{
    State &s = state();
    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new ThreadConnection);
    ThreadConnection *tc = threadConnections.localData();
    int generation = 0;
    {
        QMutexLocker lock(&s.mutex);
        generation = s.generation;
    }
    if (!tc->connection || tc->generation != generation) {
        tc->connection.reset();
        QString error;
        tc->connection = openConnection(path(), &error);
        tc->generation = generation;
        if (!tc->connection)
            qFatal("hearth: cannot open database connection: %s", qPrintable(error));
    }
    return *tc->connection;
}

void Database::setCurrentUser(const QString &user)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.user = user;
}

QString Database::currentUser()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.user;
}

Core::HybridClock &Database::clock()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.clock)
        s.clock = std::make_unique<Core::HybridClock>(QStringLiteral("local"));
    return *s.clock;
}

QString Database::nodeId()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.node;
}

int Database::schemaVersion()
{
    Statement &q = connection().prepare("PRAGMA user_version");
    const int version = q.next() ? int(q.int64(0)) : 0;
    q.reset();
    return version;
}

} // namespace Hearth::Storage
