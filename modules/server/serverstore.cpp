#include "serverstore.h"

#include "logging.h"
#include "naturalkeys.h"
#include "sync/synctables.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

#include <array>

namespace Hearth::Server {

namespace {

constexpr char MigrationFolder[] = ":/hearth/server/migrations";
// Any number, the same in every server process: migrations of two processes take turns.
constexpr qint64 MigrationLockKey = 0x4865617274;
// 0009_order_numbers.sql: its table is filled from the orders held (fillOrderNumbers).
constexpr int OrderNumbersVersion = 9;
// 0010_natural_keys.sql: its table is filled from every synced row held (NaturalKeys::fill).
constexpr int NaturalKeysVersion = 10;
// 0011_sync_derived.sql: its tables and the tracking events' keys are filled (fillDerived).
constexpr int DerivedVersion = 11;

QAtomicInteger<int> connectionCount;

QStringList migrationFiles()
{
    const QDir dir{QLatin1String(MigrationFolder)};
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

int versionOf(const QString &fileName)
{
    return fileName.section(u'_', 0, 0).toInt();
}

bool isUniqueViolation(const QSqlError &error, DatabaseUri::Engine engine)
{
    const QString code = error.nativeErrorCode();
    if (engine == DatabaseUri::Engine::Postgres)
        return code == QLatin1String("23505");
    return code == QLatin1String("2067") || code == QLatin1String("1555")
        || (code == QLatin1String("19")
            && error.databaseText().contains(QLatin1String("UNIQUE")));
}

} // namespace

ServerStore::ServerStore()
    : m_connectionName(QStringLiteral("hearth-server-%1")
                           .arg(connectionCount.fetchAndAddOrdered(1)))
{
}

ServerStore::~ServerStore()
{
    close();
}

Core::Status ServerStore::open(const DatabaseUri &uri, OpenMode mode)
{
    close();
    m_uri = uri;
    QSqlDatabase db;
    if (uri.engine == DatabaseUri::Engine::Sqlite) {
        if (mode == OpenMode::Existing && !QFileInfo::exists(uri.path)) {
            return Core::Error{tr("the database %1 does not exist; create it with "
                                  "\"hearth-server init\"").arg(uri.path), {}};
        }
        if (mode == OpenMode::Create && !QDir().mkpath(QFileInfo(uri.path).absolutePath())) {
            return Core::Error{tr("cannot create the folder of %1").arg(uri.path), {}};
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(uri.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            return Core::Error{tr("Qt's PostgreSQL driver (QPSQL) is not installed "
                                  "(Debian: libqt6sql6-psql)"), {}};
        }
        if (mode == OpenMode::Create) {
            if (Core::Status made = createPostgresDatabase(uri); !made)
                return made;
        }
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(uri.host);
        db.setPort(uri.port);
        db.setUserName(uri.user);
        db.setPassword(uri.password);
        db.setDatabaseName(uri.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    }
    if (!db.open()) {
        const QString why = db.lastError().text();
        close();
        return Core::Error{tr("cannot open the database %1: %2").arg(uri.display(), why), {}};
    }
    {
        // SQLite: WAL, foreign keys, and a page cache of 32 MB a connection (the default 2 MB
        // held little of a site's sync rows: pushes read their pages from the file again).
        // PostgreSQL: no NOTICE lines on the server's stderr.
        QSqlQuery pragma(db);
        const auto settings = uri.engine == DatabaseUri::Engine::Sqlite
            ? QList<const char *>{"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
                                  "PRAGMA cache_size=-32768"}
            : QList<const char *>{"SET client_min_messages TO WARNING"};
        for (const char *sql : settings) {
            if (!pragma.exec(QLatin1String(sql))) {
                const QString why = pragma.lastError().text();
                close();
                return Core::Error{tr("cannot set up %1: %2").arg(uri.display(), why), {}};
            }
        }
    }
    if (Core::Status migrated = migrate(mode); !migrated) {
        close();
        return migrated;
    }
    return {};
}

void ServerStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_inTransaction)
            db.rollback();
        db.close();
    }
    m_inTransaction = false;
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool ServerStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

Core::Status ServerStore::createPostgresDatabase(const DatabaseUri &uri)
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    if (!plainName.match(uri.database).hasMatch()) {
        return Core::Error{tr("\"%1\" is not a database name init can create (letters, digits "
                              "and _)").arg(uri.database), {}};
    }
    const QString name = m_connectionName + QStringLiteral("-maintenance");
    Core::Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(uri.host);
        db.setPort(uri.port);
        db.setUserName(uri.user);
        db.setPassword(uri.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            status = Core::Error{tr("cannot reach PostgreSQL at %1: %2")
                                     .arg(uri.display(), db.lastError().text()), {}};
        } else {
            // The query must be gone before the connection closes.
            status = createIfMissing(db, uri);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Core::Status ServerStore::createIfMissing(QSqlDatabase &db, const DatabaseUri &uri)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    q.addBindValue(uri.database);
    if (!q.exec())
        return Core::Error{q.lastError().text(), uri.display()};
    if (q.next())
        return {};
    // The name was checked by the caller: a database name cannot be bound, so it must be plain.
    if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8'").arg(uri.database))) {
        return Core::Error{tr("cannot create the database: %1").arg(q.lastError().text()),
                           uri.display()};
    }
    qCInfo(lcServer) << "created database" << uri.display();
    return {};
}

Core::Status ServerStore::migrate(OpenMode mode)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const bool known = db.tables().contains(QStringLiteral("schema_migrations"));
    if (!known && mode == OpenMode::Existing) {
        return Core::Error{tr("the database %1 has no Hearth server schema; create it with "
                              "\"hearth-server init\"").arg(m_uri.display()), {}};
    }
    // Up to date already: nothing to write, so no write lock (a worker thread of the server
    // opens its connection while other connections may hold it).
    if (known && mode == OpenMode::Existing && schemaVersion() == latestSchemaVersion())
        return {};
    if (Core::Status begun = begin(); !begun)
        return begun;
    QSqlQuery q(db);
    auto fail = [&](const QString &what) -> Core::Status {
        const QString why = q.lastError().text();
        rollback();
        return Core::Error{tr("cannot update the schema (%1): %2").arg(what, why),
                           m_uri.display()};
    };
    if (m_uri.engine == DatabaseUri::Engine::Postgres) {
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
        q.addBindValue(MigrationLockKey);
        if (!q.exec())
            return fail(QStringLiteral("lock"));
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                               "PRIMARY KEY, applied_at TEXT NOT NULL)"))) {
        return fail(QStringLiteral("schema_migrations"));
    }
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !q.next()) {
        return fail(QStringLiteral("schema_migrations"));
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current > latestSchemaVersion()) {
        rollback();
        return Core::Error{tr("the database has schema %1, newer than this server knows (%2); "
                              "update hearth-server").arg(current).arg(latestSchemaVersion()),
                           m_uri.display()};
    }
    for (const QString &file : migrationFiles()) {
        const int version = versionOf(file);
        if (version <= current)
            continue;
        QFile in(QLatin1String(MigrationFolder) + u'/' + file);
        if (!in.open(QIODevice::ReadOnly)) {
            rollback();
            return Core::Error{tr("cannot read migration %1").arg(file), {}};
        }
        if (Core::Status ran = execScript(QString::fromUtf8(in.readAll()), file); !ran) {
            rollback();
            return ran;
        }
        if (version == OrderNumbersVersion) {
            if (Core::Status filled = fillOrderNumbers(); !filled) {
                rollback();
                return filled;
            }
        }
        if (version == NaturalKeysVersion) {
            if (Core::Status filled = NaturalKeys(*this).fill(); !filled) {
                rollback();
                return filled;
            }
        }
        if (version == DerivedVersion) {
            if (Core::Status filled = fillDerived(); !filled) {
                rollback();
                return filled;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                 "VALUES (?, ?)"));
        q.addBindValue(version);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return fail(file);
        qCInfo(lcServer) << "applied migration" << file << "to" << m_uri.display();
    }
    return commit();
}

Core::Status ServerStore::fillOrderNumbers()
{
    // In revision order: the order that reached the server first keeps its number.
    QSqlQuery orders(QSqlDatabase::database(m_connectionName, false));
    orders.setForwardOnly(true);
    if (!orders.exec(QStringLiteral("SELECT row_id, fields FROM sync_rows WHERE table_name = "
                                    "'sales_orders' ORDER BY revision"))) {
        return Core::Error{tr("cannot read the orders' numbers: %1")
                               .arg(orders.lastError().text()),
                           m_uri.display()};
    }
    QList<std::pair<QString, QString>> numbers;
    while (orders.next()) {
        const QString number = QJsonDocument::fromJson(orders.value(1).toString().toUtf8())
                                   .object()
                                   .value(QStringLiteral("order_no"))
                                   .toString();
        if (!number.isEmpty())
            numbers.append({number, orders.value(0).toString()});
    }
    orders.finish();
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT INTO sync_order_numbers (order_no, row_id) VALUES "
                                  "(?, ?) ON CONFLICT (order_no) DO NOTHING"));
    int clashes = 0;
    for (const auto &[number, rowId] : std::as_const(numbers)) {
        insert.addBindValue(number);
        insert.addBindValue(rowId);
        if (!insert.exec()) {
            return Core::Error{tr("cannot record the order number %1: %2")
                                   .arg(number, insert.lastError().text()),
                               m_uri.display()};
        }
        clashes += insert.numRowsAffected() == 0 ? 1 : 0;
    }
    if (clashes > 0) {
        qCWarning(lcServer) << clashes << "orders held before share a number with an earlier "
                                          "order; they keep it until they are changed";
    }
    return {};
}

Core::Status ServerStore::fillDerived()
{
    // In revision order: of two rows of one event held before, the first keeps the key.
    QSqlQuery rows(QSqlDatabase::database(m_connectionName, false));
    rows.setForwardOnly(true);
    QStringList composite;
    for (const QString &table : Sync::SyncTables::tables()) {
        if (Sync::SyncTables::eventKeyColumns(table).size() > 1)
            composite.append(QStringLiteral("'%1'").arg(table));
    }
    composite.append(QStringLiteral("'order_lines'"));
    if (!rows.exec(QStringLiteral("SELECT table_name, row_id, fields FROM sync_rows WHERE "
                                  "table_name IN (%1) ORDER BY revision")
                       .arg(composite.join(QStringLiteral(", "))))) {
        return Core::Error{tr("cannot read the rows held: %1").arg(rows.lastError().text()),
                           m_uri.display()};
    }
    QList<std::pair<QString, QString>> lines;
    QList<std::array<QString, 3>> events;
    while (rows.next()) {
        const QString table = rows.value(0).toString();
        const QJsonObject fields =
            QJsonDocument::fromJson(rows.value(2).toString().toUtf8()).object();
        if (table == QLatin1String("order_lines")) {
            const QString order = fields.value(QStringLiteral("order_id")).toString();
            if (!order.isEmpty())
                lines.append({rows.value(1).toString(), order});
            continue;
        }
        const QString key = Sync::SyncTables::eventKey(table, fields);
        if (!key.isEmpty())
            events.append({table, key, rows.value(1).toString()});
    }
    rows.finish();
    QSqlQuery line(QSqlDatabase::database(m_connectionName, false));
    line.prepare(QStringLiteral("INSERT INTO sync_order_lines (line_id, order_id) VALUES "
                                "(?, ?) ON CONFLICT (line_id) DO NOTHING"));
    for (const auto &[lineId, orderId] : std::as_const(lines)) {
        line.addBindValue(lineId);
        line.addBindValue(orderId);
        if (!line.exec()) {
            return Core::Error{tr("cannot record the order of a line: %1")
                                   .arg(line.lastError().text()),
                               m_uri.display()};
        }
    }
    QSqlQuery event(QSqlDatabase::database(m_connectionName, false));
    event.prepare(QStringLiteral("INSERT INTO sync_event_keys (table_name, event_key, row_id) "
                                 "VALUES (?, ?, ?) ON CONFLICT (table_name, event_key) "
                                 "DO NOTHING"));
    int twice = 0;
    for (const auto &[table, key, rowId] : std::as_const(events)) {
        event.addBindValue(table);
        event.addBindValue(key);
        event.addBindValue(rowId);
        if (!event.exec()) {
            return Core::Error{tr("cannot record the key of an event: %1")
                                   .arg(event.lastError().text()),
                               m_uri.display()};
        }
        twice += event.numRowsAffected() == 0 ? 1 : 0;
    }
    qCInfo(lcServer) << "recorded the orders of" << lines.size() << "lines and the keys of"
                     << events.size() - twice << "events," << twice << "held twice before";
    return {};
}

Core::Status ServerStore::execScript(const QString &script, const QString &name)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    QString statement;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        statement += line + u'\n';
        if (!line.trimmed().endsWith(u';'))
            continue;
        if (!q.exec(statement.trimmed())) {
            return Core::Error{tr("migration %1 failed: %2").arg(name, q.lastError().text()),
                               m_uri.display()};
        }
        statement.clear();
    }
    if (!statement.trimmed().isEmpty())
        return Core::Error{tr("migration %1 ends without a semicolon").arg(name), {}};
    return {};
}

int ServerStore::schemaVersion()
{
    QSqlQuery q = prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM "
                                         "schema_migrations"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

int ServerStore::latestSchemaVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.constLast());
}

QSqlQuery ServerStore::prepare(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(sql))
        qCWarning(lcServer) << "cannot prepare a query:" << q.lastError().text();
    return q;
}

Core::Status ServerStore::exec(QSqlQuery &query)
{
    m_uniqueViolation = false;
    if (query.exec())
        return {};
    m_uniqueViolation = isUniqueViolation(query.lastError(), m_uri.engine);
    if (!m_uniqueViolation)
        qCWarning(lcServer) << "query failed:" << query.lastError().text();
    // The database's own words stay in the operator's log; a client learns only that it failed.
    return Core::Error{tr("the database could not carry out the request; the server log says "
                          "why"), {}};
}

Core::Status ServerStore::begin()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_inTransaction)
        return Core::Error{tr("cannot start a transaction: one is open already"), {}};
    if (m_uri.engine == DatabaseUri::Engine::Sqlite) {
        // IMMEDIATE takes the write lock now, waiting for it through the busy timeout. A plain
        // (deferred) BEGIN would read first and ask for the lock at its first write; when
        // another connection wrote in between, SQLite refuses that at once ("database is
        // locked"), busy timeout or not, since the reads may be stale.
        QSqlQuery start(db);
        if (!start.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return Core::Error{tr("cannot start a transaction: %1")
                                   .arg(start.lastError().text()), {}};
        }
    } else if (!db.transaction()) {
        return Core::Error{tr("cannot start a transaction: %1").arg(db.lastError().text()), {}};
    }
    m_inTransaction = true;
    return {};
}

Core::Status ServerStore::commit()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_inTransaction = false;
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Core::Error{tr("cannot commit: %1").arg(why), {}};
    }
    return {};
}

void ServerStore::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.rollback())
        qCWarning(lcServer) << "rollback failed:" << db.lastError().text();
}

Core::Status ServerStore::lockRevisions()
{
    if (m_uri.engine != DatabaseUri::Engine::Postgres)
        return {};
    QSqlQuery lock = prepare(QStringLiteral("SELECT value FROM counters WHERE name = "
                                            "'revision' FOR UPDATE"));
    return exec(lock);
}

Core::Result<qint64> ServerStore::nextValue(const QString &counter)
{
    // Why a pull never skips a revision. A revision is taken here, by an UPDATE of the
    // counter's row inside the transaction that writes the rows carrying it. Two such
    // transactions therefore commit in the order of their revisions:
    //  - PostgreSQL: the UPDATE locks the counter's row until commit or rollback; a second
    //    writer's UPDATE waits there and, under READ COMMITTED, then increments the committed
    //    value. So while revision n is taken and not yet committed, no revision above n can be
    //    taken, let alone committed.
    //  - SQLite: begin() is BEGIN IMMEDIATE, so one write transaction runs at a time.
    // A pull that has seen revision m has thus seen every committed revision below m, and any
    // revision committed later is above m: "after m" finds it. A transaction that rolls back
    // takes its counter step back with it.
    QSqlQuery bump = prepare(QStringLiteral("UPDATE counters SET value = value + 1 "
                                            "WHERE name = ?"));
    bump.addBindValue(counter);
    if (Core::Status ran = exec(bump); !ran)
        return ran.error();
    QSqlQuery read = prepare(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    read.addBindValue(counter);
    if (Core::Status ran = exec(read); !ran)
        return ran.error();
    if (!read.next())
        return Core::Error{tr("the counter %1 is missing").arg(counter), {}};
    return read.value(0).toLongLong();
}

} // namespace Hearth::Server
