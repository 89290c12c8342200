#include "migrator.h"

#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace Hearth::Storage {

namespace {

constexpr char Context[] = "Hearth::Storage::Migrator";
constexpr char RecordTable[] = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER "
                               "PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

QString fileText(const Migrator::Migration &migration)
{
    QFile file(migration.path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList matches(const QRegularExpression &pattern, const QString &text)
{
    QStringList names;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        names.append(it.next().captured(1).toLower());
    return names;
}

/// The tables a migration creates that a migrated database still has: not one that a
/// migration drops or renames away later (a table rebuilt as users_new, renamed to users).
QStringList lastingTables(const Migrator::Migration &migration)
{
    constexpr auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption;
    static const QRegularExpression create(
        QStringLiteral("^\\s*CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)"),
        options);
    static const QRegularExpression gone(
        QStringLiteral("^\\s*(?:DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(\\w+)|ALTER\\s+TABLE\\s+"
                       "(\\w+)\\s+RENAME\\s+TO)"),
        options);
    QStringList removed;
    for (const Migrator::Migration &m : Migrator::available()) {
        QRegularExpressionMatchIterator it = gone.globalMatch(fileText(m));
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            removed.append((match.captured(1) + match.captured(2)).toLower());
        }
    }
    QStringList tables;
    for (const QString &table : matches(create, fileText(migration))) {
        if (!removed.contains(table))
            tables.append(table);
    }
    return tables;
}

/// When the schema looks inconsistent, the file may be damaged rather than migrated out of
/// order: SQLite's quick check tells, and what it finds first is what the user is shown.
std::optional<Core::Error> damage(Connection &connection)
{
    Statement check(connection.handle(), "PRAGMA quick_check");
    QString first;
    if (check.next())
        first = check.text(0);
    else
        first = check.error();
    if (first == QLatin1String("ok"))
        return std::nullopt;
    // Its first row may start with "*** in database main ***" before the problem itself.
    const QStringList lines = first.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("***"))) {
            first = line.trimmed();
            break;
        }
    }
    qCInfo(lcStorage) << "quick check of the database failed:" << first;
    return Core::Error{QCoreApplication::translate(
                           Context, "the database file is damaged (%1); restore it from a "
                                    "backup")
                           .arg(first),
                       Database::path()};
}

Core::Status checkNoneSkipped(Connection &connection, int current)
{
    // Which migrations a database had is kept in schema_migrations. A database from before
    // that record gets one, counting a migration as applied when every table it creates is
    // there; so a file that arrived after a higher one (two branches numbered apart) is found
    // either way, instead of being passed over by the schema version.
    if (current == 0)
        return {};  // a new database: the first migration starts the record
    bool recorded = false;
    {
        Statement &known = connection.prepare(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
            "name = 'schema_migrations'");
        recorded = known.next() && known.int64(0) > 0;
        known.reset();
    }
    if (!recorded) {
        if (Core::Status s = connection.execScript(QLatin1String(RecordTable)); !s) {
            return Core::Error{QCoreApplication::translate(
                                   Context, "cannot record the schema's migrations: %1")
                                   .arg(s.error().message),
                               Database::path()};
        }
    }
    QList<int> applied;
    {
        Statement &versions = connection.prepare("SELECT version FROM schema_migrations");
        while (versions.next())
            applied.append(int(versions.int64(0)));
        versions.reset();
    }
    QStringList existing;
    {
        Statement &tables = connection.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (tables.next())
            existing.append(tables.text(0));
        tables.reset();
    }
    for (const Migrator::Migration &m : Migrator::available()) {
        if (m.version > current || applied.contains(m.version))
            continue;
        bool present = true;
        if (!recorded) {
            for (const QString &table : lastingTables(m))
                present = present && existing.contains(table, Qt::CaseInsensitive);
        }
        if (!present || recorded) {
            if (auto damaged = damage(connection))
                return *damaged;
            const QString file = QStringLiteral("%1_%2.sql")
                                     .arg(m.version, 4, 10, QLatin1Char('0'))
                                     .arg(m.name);
            return Core::Error{
                QCoreApplication::translate(
                    Context,
                    "migration %1 was never applied to this database, which is at schema "
                    "version %2 already: the file came after a higher-numbered one and would "
                    "be skipped. If %1 is new, give it a number above the highest migration; "
                    "for a development database, make the database anew")
                    .arg(file, QString::number(current)),
                Database::path()};
        }
        if (Core::Status s = connection.execScript(
                QStringLiteral("INSERT OR IGNORE INTO schema_migrations (version, name, "
                               "applied_at) VALUES (%1, '%2', 'before the record')")
                    .arg(QString::number(m.version), m.name));
            !s) {
            return Core::Error{QCoreApplication::translate(
                                   Context, "cannot record the schema's migrations: %1")
                                   .arg(s.error().message),
                               Database::path()};
        }
    }
    return {};
}

} // namespace

QList<Migrator::Migration> Migrator::available()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/hearth/migrations"));
    for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

int Migrator::latestVersion()
{
    const QList<Migration> all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

Core::Status Migrator::migrate(Connection &connection)
{
    Statement &versionQuery = connection.prepare("PRAGMA user_version");
    const int current = versionQuery.next() ? int(versionQuery.int64(0)) : 0;
    versionQuery.reset();

    const int latest = latestVersion();
    if (current > latest) {
        return Core::Error{
            tr("this database has schema version %1, newer than this Hearth understands (%2); "
               "install the newer Hearth that wrote it, or open another database")
                .arg(current)
                .arg(latest),
            Database::path()};
    }

    if (Core::Status s = checkNoneSkipped(connection, current); !s)
        return s;

    for (const Migration &m : available()) {
        if (m.version <= current)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return Core::Error{tr("missing migration %1").arg(m.path), {}};
        const QString sql = QString::fromUtf8(file.readAll());
        const QString script =
            QStringLiteral("BEGIN IMMEDIATE;\n%1\n;%4;\nINSERT INTO schema_migrations (version, "
                           "name, applied_at) VALUES (%2, '%3', strftime('%Y-%m-%dT%H:%M:%fZ', "
                           "'now'));\nPRAGMA user_version = %2;\nCOMMIT;")
                .arg(sql, QString::number(m.version), m.name, QLatin1String(RecordTable));
        const Core::Status applied = connection.execScript(script);
        if (!applied) {
            connection.execScript(QStringLiteral("ROLLBACK"));
            return Core::Error{tr("migration %1 (%2) failed: %3")
                                   .arg(m.version)
                                   .arg(m.name, applied.error().message),
                               Database::path()};
        }
        qCInfo(lcStorage) << "applied migration" << m.version << m.name;
    }
    return {};
}

} // namespace Hearth::Storage
