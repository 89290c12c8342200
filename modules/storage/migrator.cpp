#include "migrator.h"

#include "database.h"
#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace Hearth::Storage {

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

    for (const Migration &m : available()) {
        if (m.version <= current)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return Core::Error{tr("missing migration %1").arg(m.path), {}};
        const QString sql = QString::fromUtf8(file.readAll());
        const QString script =
            QStringLiteral("BEGIN IMMEDIATE;\n%1\n;PRAGMA user_version = %2;\nCOMMIT;")
                .arg(sql)
                .arg(m.version);
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
