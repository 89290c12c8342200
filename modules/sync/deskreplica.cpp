#include "deskreplica.h"

#include "logging.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "synctables.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Hearth::Sync {

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant toVariant(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return qint64(value.toBool() ? 1 : 0);
    case QJsonValue::Double:
        return value.toInteger();
    default:
        return QVariant();
    }
}

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    return value.toString();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The synced tables as an SQL list of literals; the names are the allow-list's own.
QString syncedList()
{
    QStringList quoted;
    for (const QString &table : SyncTables::tables())
        quoted.append(u'\'' + table + u'\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

DeskReplica::DeskReplica() = default;

DeskReplica::~DeskReplica() = default;

Core::Status DeskReplica::open(const QString &path)
{
    m_connection.reset();
    const QString name = QStringLiteral("hearth-sync-%1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Core::Error{tr("cannot open the database for sync: %1").arg(why), path};
    }
    auto connection = std::make_unique<Storage::Connection>(std::move(db));
    if (Core::Status s = connection->execScript(QStringLiteral(
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"));
        !s) {
        return Core::Error{s.error().message, path};
    }
    if (Core::Status migrated = Storage::Migrator::migrate(*connection); !migrated)
        return migrated;
    m_connection = std::move(connection);
    return {};
}

Core::Status DeskReplica::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection->sql());
    if (!q.prepare(sql))
        return Core::Error{q.lastError().text(), QStringLiteral("sync")};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("sync")};
    return {};
}

Core::Result<QList<PushEntry>> DeskReplica::pendingEntries(int limit)
{
    // Entries of tables that do not sync yet stay in the outbox until their table joins.
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral("SELECT change_id, table_name, row_id, op, hlc FROM outbox "
                             "WHERE sent_at IS NULL AND table_name IN (%1) ORDER BY id LIMIT ?")
                  .arg(syncedList()));
    q.addBindValue(limit);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("outbox")};
    QList<PushEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), {}});
    }
    q.finish();
    for (PushEntry &e : entries) {
        const QStringList columns = SyncTables::columns(e.table);
        // Table and column names come from the allow-list, never from the outbox's text.
        QSqlQuery row(m_connection->sql());
        row.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                        .arg(columns.join(QStringLiteral(", ")), e.table));
        row.addBindValue(e.rowId);
        if (!row.exec())
            return Core::Error{row.lastError().text(), e.table};
        if (row.next()) {
            for (qsizetype i = 0; i < columns.size(); ++i)
                e.fields.insert(columns.at(i), toJson(row.value(int(i))));
        }
    }
    return entries;
}

qint64 DeskReplica::pendingCount()
{
    QSqlQuery q(m_connection->sql());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND "
                                 "table_name IN (%1)").arg(syncedList()))
                   && q.next()
               ? q.value(0).toLongLong()
               : -1;
}

Core::Status DeskReplica::recordAnswer(const QList<PushEntry> &entries,
                                       const QList<PushResult> &results)
{
    Storage::Transaction tx(*m_connection);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; sync will try again"), {}};
    const QString at = nowText();
    for (qsizetype i = 0; i < entries.size() && i < results.size(); ++i) {
        const PushEntry &e = entries.at(i);
        const PushResult &r = results.at(i);
        if (Core::Status s = exec(QStringLiteral("UPDATE outbox SET sent_at = ? WHERE "
                                                 "change_id = ?"), {at, e.changeId});
            !s) {
            return s;
        }
        if (r.outcome == Outcome::Conflict || r.outcome == Outcome::Refused) {
            const SyncConflict conflict{r.outcome == Outcome::Conflict
                                            ? SyncConflict::Kind::DeletedRemotely
                                            : SyncConflict::Kind::Refused,
                                        e.changeId, e.table, e.rowId, e.fields, r.revision, {}};
            if (Core::Status s = addConflict(conflict); !s)
                return s;
        } else if (SyncTables::isSynced(e.table) && r.revision > 0) {
            const Core::Status s = exec(
                QStringLiteral("UPDATE %1 SET revision = ? WHERE id = ? AND revision < ?")
                    .arg(e.table),
                {r.revision, e.rowId, r.revision});
            if (!s)
                return s;
        }
    }
    return tx.commit();
}

Core::Status DeskReplica::addConflict(const SyncConflict &c)
{
    qCWarning(lcSync) << "sync conflict:" << kindName(c.kind) << c.table << c.rowId;
    return exec(QStringLiteral("INSERT INTO sync_conflicts (change_id, kind, table_name, row_id, "
                               "local_fields, server_revision, detail, detected_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (change_id) "
                               "DO NOTHING"),
                {c.changeId.isEmpty() ? QVariant() : QVariant(c.changeId), kindName(c.kind),
                 c.table, c.rowId, compact(c.localFields), c.serverRevision, c.detail,
                 nowText()});
}

Core::Status DeskReplica::applyPage(const PullPage &page)
{
    Storage::Transaction tx(*m_connection);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; sync will try again"), {}};
    for (const PulledChange &change : page.changes) {
        if (Core::Status s = exec(QStringLiteral("SAVEPOINT pulled")); !s)
            return s;
        const Core::Status applied = applyChange(change);
        if (applied) {
            if (Core::Status s = exec(QStringLiteral("RELEASE pulled")); !s)
                return s;
            continue;
        }
        // One row the desk cannot take (a broken constraint) must not hold back the rest.
        exec(QStringLiteral("ROLLBACK TO pulled"));
        exec(QStringLiteral("RELEASE pulled"));
        const SyncConflict conflict{SyncConflict::Kind::ApplyFailed, {}, change.table,
                                    change.rowId, change.fields, change.revision,
                                    applied.error().message};
        if (Core::Status s = addConflict(conflict); !s)
            return s;
    }
    if (Core::Status s = exec(QStringLiteral("INSERT INTO sync_state (key, value) VALUES "
                                             "('last_revision', ?) ON CONFLICT (key) DO UPDATE "
                                             "SET value = excluded.value"),
                              {QString::number(page.next)});
        !s) {
        return s;
    }
    return tx.commit();
}

Core::Status DeskReplica::applyChange(const PulledChange &change)
{
    const QStringList allowed = SyncTables::columns(change.table);
    if (allowed.isEmpty())
        return Core::Error{tr("the server sent a row of %1, which does not sync")
                               .arg(change.table), change.table};

    QSqlQuery local(m_connection->sql());
    local.prepare(QStringLiteral("SELECT deleted, (SELECT MAX(hlc) FROM outbox WHERE sent_at IS "
                                 "NULL AND table_name = ? AND row_id = ?) FROM %1 WHERE id = ?")
                      .arg(change.table));
    local.addBindValue(change.table);
    local.addBindValue(change.rowId);
    local.addBindValue(change.rowId);
    if (!local.exec())
        return Core::Error{local.lastError().text(), change.table};
    const bool exists = local.next();
    const QString pendingHlc = exists ? local.value(1).toString() : QString();
    local.finish();

    if (!exists && change.deleted && change.fields.isEmpty())
        return {};  // deleted before anyone saw it: nothing to keep
    if (exists && !change.deleted && !pendingHlc.isEmpty() && pendingHlc > change.hlc) {
        // A newer local edit waits in the outbox; it wins on the server when pushed.
        return exec(QStringLiteral("UPDATE %1 SET revision = ? WHERE id = ?").arg(change.table),
                    {change.revision, change.rowId});
    }

    QStringList columns{QStringLiteral("id"), QStringLiteral("revision"), QStringLiteral("hlc"),
                        QStringLiteral("deleted")};
    QVariantList values{change.rowId, change.revision, change.hlc, change.deleted ? 1 : 0};
    QStringList updates{QStringLiteral("revision = excluded.revision"),
                        QStringLiteral("hlc = excluded.hlc"),
                        QStringLiteral("deleted = MAX(deleted, excluded.deleted)")};
    for (const QString &column : allowed) {
        if (!change.fields.contains(column))
            continue;
        columns.append(column);
        values.append(toVariant(change.fields.value(column)));
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
                    .arg(change.table, columns.join(QStringLiteral(", ")),
                         marks.join(QStringLiteral(", ")), updates.join(QStringLiteral(", "))),
                values);
}

qint64 DeskReplica::lastRevision()
{
    QSqlQuery q(m_connection->sql());
    return q.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'last_revision'"))
                   && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QList<SyncConflict> DeskReplica::conflicts()
{
    QList<SyncConflict> list;
    QSqlQuery q(m_connection->sql());
    if (!q.exec(QStringLiteral("SELECT kind, change_id, table_name, row_id, local_fields, "
                               "server_revision, detail FROM sync_conflicts ORDER BY id"))) {
        qCWarning(lcSync) << "cannot read sync conflicts:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        SyncConflict c;
        const QString kind = q.value(0).toString();
        for (SyncConflict::Kind k : {SyncConflict::Kind::DeletedRemotely,
                                     SyncConflict::Kind::Refused,
                                     SyncConflict::Kind::ApplyFailed}) {
            if (kindName(k) == kind)
                c.kind = k;
        }
        c.changeId = q.value(1).toString();
        c.table = q.value(2).toString();
        c.rowId = q.value(3).toString();
        c.localFields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        c.serverRevision = q.value(5).toLongLong();
        c.detail = q.value(6).toString();
        list.append(c);
    }
    return list;
}

QString DeskReplica::kindName(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::DeletedRemotely:
        return QStringLiteral("deleted_remotely");
    case SyncConflict::Kind::Refused:
        return QStringLiteral("refused");
    case SyncConflict::Kind::ApplyFailed:
        return QStringLiteral("apply_failed");
    }
    return {};
}

} // namespace Hearth::Sync
