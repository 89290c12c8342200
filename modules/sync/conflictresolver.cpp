#include "conflictresolver.h"

#include "core/hybridclock.h"
#include "logging.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "synctables.h"

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

SyncConflict::Kind kindOf(const QString &name)
{
    for (SyncConflict::Kind k : {SyncConflict::Kind::DeletedRemotely,
                                 SyncConflict::Kind::Refused, SyncConflict::Kind::ApplyFailed,
                                 SyncConflict::Kind::KeyChanged}) {
        if (DeskReplica::kindName(k) == name)
            return k;
    }
    return SyncConflict::Kind::Refused;
}

} // namespace

ConflictResolver::ConflictResolver(Storage::Connection &connection, Core::HybridClock &clock)
    : m_connection(connection), m_clock(clock)
{
}

Core::Status ConflictResolver::exec(const QString &sql, const QVariantList &values,
                                    int *changed)
{
    QSqlQuery q(m_connection.sql());
    if (!q.prepare(sql))
        return Core::Error{q.lastError().text(), QStringLiteral("sync_conflicts")};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("sync_conflicts")};
    if (changed)
        *changed = q.numRowsAffected();
    return {};
}

QVariant ConflictResolver::value(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_connection.sql());
    if (!q.prepare(sql))
        return {};
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

Core::Result<QList<ConflictRecord>> ConflictResolver::openConflicts()
{
    QSqlQuery q(m_connection.sql());
    if (!q.exec(QStringLiteral("SELECT id, kind, change_id, table_name, row_id, local_fields, "
                               "server_revision, detail, detected_at, server_fields FROM "
                               "sync_conflicts "
                               "WHERE resolved_at IS NULL ORDER BY id"))) {
        return Core::Error{tr("cannot read the sync conflicts: %1").arg(q.lastError().text()),
                           QStringLiteral("sync_conflicts")};
    }
    QList<ConflictRecord> list;
    while (q.next()) {
        ConflictRecord c;
        c.id = q.value(0).toLongLong();
        c.kindName = q.value(1).toString();
        c.kind = kindOf(c.kindName);
        c.changeId = q.value(2).toString();
        c.table = q.value(3).toString();
        c.rowId = q.value(4).toString();
        c.localFields = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        c.serverRevision = q.value(6).toLongLong();
        c.detail = q.value(7).toString();
        c.detectedAt =
            QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
        c.serverFields = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        list.append(c);
    }
    q.finish();
    for (ConflictRecord &c : list)
        c.orderNo = orderNoOf(c.table, c.rowId, c.localFields);
    return list;
}

qint64 ConflictResolver::openCount()
{
    return value(QStringLiteral("SELECT COUNT(*) FROM sync_conflicts WHERE resolved_at IS NULL"))
        .toLongLong();
}

qint64 ConflictResolver::lastRevision()
{
    return value(QStringLiteral("SELECT value FROM sync_state WHERE key = 'last_revision'"))
        .toLongLong();
}

QString ConflictResolver::orderNoOf(const QString &table, const QString &rowId,
                                    const QJsonObject &fields)
{
    QString orderId;
    if (table == QLatin1String("sales_orders")) {
        orderId = rowId;
    } else if (const QString column = SyncTables::orderColumn(table); !column.isEmpty()) {
        orderId = value(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table),
                        {rowId})
                      .toString();
        if (orderId.isEmpty())
            orderId = fields.value(column).toString();
    } else {
        return {};
    }
    const QString number =
        value(QStringLiteral("SELECT order_no FROM sales_orders WHERE id = ?"), {orderId})
            .toString();
    if (!number.isEmpty() || table != QLatin1String("sales_orders"))
        return number;
    return fields.value(QStringLiteral("order_no")).toString();
}

Core::Result<ConflictRecord> ConflictResolver::load(qint64 conflictId)
{
    const Core::Result<QList<ConflictRecord>> open = openConflicts();
    if (!open)
        return open.error();
    for (const ConflictRecord &c : *open) {
        if (c.id == conflictId)
            return c;
    }
    return Core::Error{tr("sync conflict %1 is not open: it was resolved already or does not "
                          "exist").arg(conflictId),
                       QStringLiteral("sync_conflicts")};
}

Core::Status ConflictResolver::markResolved(qint64 conflictId)
{
    int changed = 0;
    if (Core::Status s = exec(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ? WHERE "
                                             "id = ? AND resolved_at IS NULL"),
                              {nowText(), conflictId}, &changed);
        !s) {
        return s;
    }
    if (changed != 1) {
        return Core::Error{tr("sync conflict %1 is not open").arg(conflictId),
                           QStringLiteral("sync_conflicts")};
    }
    return {};
}

bool ConflictResolver::rowExists(const QString &table, const QString &rowId, qint64 *revision)
{
    QSqlQuery q(m_connection.sql());
    q.prepare(QStringLiteral("SELECT revision FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(rowId);
    if (!q.exec() || !q.next())
        return false;
    if (revision)
        *revision = q.value(0).toLongLong();
    return true;
}

Core::Status ConflictResolver::writeFields(const QString &table, const QString &rowId,
                                           const QJsonObject &fields, const QString &hlc,
                                           bool insert)
{
    // Column names come from the allow-list, never from the stored JSON's keys.
    QStringList columns;
    QVariantList values;
    for (const QString &column : SyncTables::columns(table)) {
        if (!fields.contains(column))
            continue;
        columns.append(column);
        values.append(toVariant(fields.value(column)));
    }
    if (insert) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size() + 2);
        values.prepend(hlc);
        values.prepend(rowId);
        return exec(QStringLiteral("INSERT INTO %1 (id, hlc, %2) VALUES (%3)")
                        .arg(table, columns.join(QStringLiteral(", ")),
                             marks.join(QStringLiteral(", "))),
                    values);
    }
    QStringList sets{QStringLiteral("hlc = ?")};
    for (const QString &column : columns)
        sets.append(column + QStringLiteral(" = ?"));
    values.prepend(hlc);
    values.append(rowId);
    return exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                    .arg(table, sets.join(QStringLiteral(", "))),
                values);
}

Core::Status ConflictResolver::keepMine(qint64 conflictId)
{
    Storage::Transaction tx(m_connection);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("sync")};
    const Core::Result<ConflictRecord> loaded = load(conflictId);
    if (!loaded)
        return loaded.error();
    const ConflictRecord &c = *loaded;
    if (!SyncTables::isSynced(c.table)) {
        return Core::Error{tr("%1 does not sync; only the server's version can be taken")
                               .arg(c.table), c.table};
    }
    const QString hlc = m_clock.now();
    qint64 revision = 0;
    const bool exists = rowExists(c.table, c.rowId, &revision);
    Storage::ChangeLog::Op op = Storage::ChangeLog::Op::Update;

    switch (c.kind) {
    case SyncConflict::Kind::DeletedRemotely:
        return Core::Error{tr("another desk deleted this row and the delete is final; keep "
                              "your version as a new row or take the server's"),
                           c.table + u'/' + c.rowId};
    case SyncConflict::Kind::Refused:
        if (c.localFields.isEmpty()) {
            // The refused change was a delete: delete again.
            op = Storage::ChangeLog::Op::Delete;
            if (Core::Status s = exec(QStringLiteral("UPDATE %1 SET hlc = ?, deleted = 1 WHERE "
                                                     "id = ?").arg(c.table),
                                      {hlc, c.rowId});
                !s) {
                return s;
            }
        } else {
            if (!exists || revision == 0)
                op = Storage::ChangeLog::Op::Insert;
            if (Core::Status s = writeFields(c.table, c.rowId, c.localFields, hlc, !exists);
                !s) {
                return s;
            }
        }
        break;
    case SyncConflict::Kind::KeyChanged:
        // The desk's row is kept whole; only its code or number is the server's.
        return Core::Error{tr("another row had this code or number, so the server gave this "
                              "row a new one; take the server's to acknowledge it"),
                           c.table + u'/' + c.rowId};
    case SyncConflict::Kind::StatusRefused:
        // Sending the same status again would be refused again: the process decides.
        return Core::Error{tr("the order's process does not allow this status change; take the "
                              "server's status and move the order on through its process"),
                           c.table + u'/' + c.rowId};
    case SyncConflict::Kind::ApplyFailed:
        if (!exists) {
            return Core::Error{tr("the desk has no row of its own to keep; take the server's "
                                  "instead"), c.table + u'/' + c.rowId};
        }
        if (Core::Status s = exec(QStringLiteral("UPDATE %1 SET hlc = ? WHERE id = ?")
                                      .arg(c.table), {hlc, c.rowId});
            !s) {
            return s;
        }
        break;
    }
    QJsonObject after = c.kind == SyncConflict::Kind::Refused ? c.localFields : QJsonObject();
    if (Core::Status s = Storage::ChangeLog::record(
            m_connection, {c.table, c.rowId, op, {}, after, hlc,
                           QStringLiteral("sync conflict %1: kept the desk's version")
                               .arg(c.id)});
        !s) {
        return s;
    }
    if (Core::Status s = markResolved(c.id); !s)
        return s;
    if (Core::Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "conflict" << c.id << "resolved: kept the desk's" << c.table << c.rowId;
    return {};
}

Core::Result<QString> ConflictResolver::recreateAsNew(qint64 conflictId)
{
    Storage::Transaction tx(m_connection);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("sync")};
    const Core::Result<ConflictRecord> loaded = load(conflictId);
    if (!loaded)
        return loaded.error();
    const ConflictRecord &c = *loaded;
    if (c.kind != SyncConflict::Kind::DeletedRemotely) {
        return Core::Error{tr("only a row deleted on another desk can come back as a new row"),
                           c.table + u'/' + c.rowId};
    }
    if (c.localFields.isEmpty() || !SyncTables::isSynced(c.table)) {
        return Core::Error{tr("the desk kept no fields of this row to make a new one from"),
                           c.table + u'/' + c.rowId};
    }

    QJsonObject fields = c.localFields;
    if (c.table == QLatin1String("sales_orders")) {
        const QString base = fields.value(QStringLiteral("order_no")).toString();
        QString number;
        for (int n = 1;; ++n) {
            number = n == 1 ? base + QStringLiteral("-R") : base + QStringLiteral("-R%1").arg(n);
            if (value(QStringLiteral("SELECT COUNT(*) FROM sales_orders WHERE order_no = ?"),
                      {number}).toLongLong() == 0) {
                break;
            }
        }
        fields.insert(QStringLiteral("order_no"), number);
        fields.insert(QStringLiteral("channel_order_no"), QJsonValue::Null);
    } else if (c.table == QLatin1String("customers")) {
        fields.insert(QStringLiteral("external_code"), QJsonValue::Null);
    } else if (c.table == QLatin1String("order_lines")) {
        const qint64 next =
            value(QStringLiteral("SELECT COALESCE(MAX(line_no), 0) + 1 FROM order_lines WHERE "
                                 "order_id = ?"),
                  {fields.value(QStringLiteral("order_id")).toString()})
                .toLongLong();
        fields.insert(QStringLiteral("line_no"), next);
    }

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString hlc = m_clock.now();
    if (Core::Status s = writeFields(c.table, id, fields, hlc, true); !s)
        return Core::Error{s.error().message, c.table + u'/' + id};
    if (Core::Status s = Storage::ChangeLog::record(
            m_connection, {c.table, id, Storage::ChangeLog::Op::Insert, {}, fields, hlc,
                           QStringLiteral("sync conflict %1: re-created row %2 deleted on "
                                          "another desk").arg(c.id).arg(c.rowId)});
        !s) {
        return s.error();
    }
    if (Core::Status s = markResolved(c.id); !s)
        return s.error();
    if (Core::Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcSync) << "conflict" << c.id << "resolved: re-created" << c.table << c.rowId
                   << "as" << id;
    return id;
}

Core::Status ConflictResolver::takeServers(qint64 conflictId)
{
    Storage::Transaction tx(m_connection);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("sync")};
    const Core::Result<ConflictRecord> loaded = load(conflictId);
    if (!loaded)
        return loaded.error();
    const ConflictRecord &c = *loaded;
    if (c.kind == SyncConflict::Kind::KeyChanged) {
        // A notice: the row and its unsent edits stay; the pull brings its new key.
        if (Core::Status s = markResolved(c.id); !s)
            return s;
        return tx.commit();
    }

    // The desk's unsent edits of the row would win over the server's row again.
    if (Core::Status s = exec(QStringLiteral("DELETE FROM outbox WHERE table_name = ? AND "
                                             "row_id = ? AND sent_at IS NULL"),
                              {c.table, c.rowId});
        !s) {
        return s;
    }
    qint64 revision = 0;
    const bool exists = SyncTables::isSynced(c.table) && rowExists(c.table, c.rowId, &revision);
    if (c.serverRevision > 0) {
        const qint64 before = c.serverRevision - 1;
        if (Core::Status s = exec(QStringLiteral("UPDATE sync_state SET value = ? WHERE key = "
                                                 "'last_revision' AND CAST(value AS INTEGER) "
                                                 "> ?"),
                                  {QString::number(before), before});
            !s) {
            return s;
        }
    } else if (exists && revision == 0) {
        // The server never had the row: it goes on the desk too, without telling the server.
        if (Core::Status s = exec(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?")
                                      .arg(c.table), {c.rowId});
            !s) {
            return s;
        }
    }
    if (Core::Status s = markResolved(c.id); !s)
        return s;
    if (Core::Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSync) << "conflict" << c.id << "resolved: took the server's" << c.table << c.rowId;
    return {};
}

} // namespace Hearth::Sync
