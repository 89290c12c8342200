#include "deskreplica.h"

#include "core/searchtext.h"
#include "logging.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "synctables.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <limits>

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

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// A code as it was before it stood aside for a pulled row's (DeskReplica::yieldKeys).
QString withoutStandIn(const QString &code)
{
    static const QRegularExpression standIn(QStringLiteral("~[0-9]+$"));
    const QRegularExpressionMatch match = standIn.match(code);
    return match.hasMatch() ? code.left(match.capturedStart()) : code;
}

} // namespace

/// An unsent outbox entry as the outbox holds it.
struct DeskReplica::Pending
{
    QString changeId;
    QString table;
    QString outboxRowId;
    QString op;
    QString hlc;
    QString payload;
    QString createdAt;
    QString rowId;    // the row's own key
    QString changed;  // the fields an update touched, as a JSON array; empty: all of them
    qint64 outboxId = 0;
};

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

QStringList DeskReplica::documentColumns(const QString &table, const QString &field)
{
    if (SyncTables::hasColumn(table, field))
        return {field};
    if (table != QLatin1String("sales_orders"))
        return {};
    // The fields of the order's document (Orders::OrderDocument) that are not columns.
    static const QHash<QString, QStringList> orderFields{
        {QStringLiteral("address"),
         {QStringLiteral("region"), QStringLiteral("province"), QStringLiteral("city"),
          QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("postal_code")}},
        {QStringLiteral("customer"), {QStringLiteral("customer_id")}},
        {QStringLiteral("mobile"), {QStringLiteral("customer_id")}},
        {QStringLiteral("dealer"), {QStringLiteral("dealer_id")}},
        {QStringLiteral("store"), {QStringLiteral("store_id")}},
        {QStringLiteral("designer"), {QStringLiteral("designer_id")}},
        {QStringLiteral("total"), {QStringLiteral("total_micros")}},
        // The lines sync as rows of their own; the order's total follows them.
        {QStringLiteral("lines"), {QStringLiteral("total_micros")}},
    };
    return orderFields.value(field);
}

QStringList DeskReplica::touchedFields(const Pending &entry, bool *wholeRow)
{
    *wholeRow = true;
    if (entry.op != QLatin1String("update"))
        return {};
    const QJsonObject after = parseObject(entry.payload);
    const QStringList columns = SyncTables::columns(entry.table);
    const QString key = SyncTables::keyColumn(entry.table);
    // Storage::ChangeLog wrote the names of the fields the update changed beside the entry;
    // a domain document's fields (an order's "address") stand for the columns they fill.
    if (!entry.changed.isEmpty()) {
        QStringList touched;
        for (const QJsonValue &name : QJsonDocument::fromJson(entry.changed.toUtf8()).array()) {
            const QString field = name.toString();
            if (field == key || field == QLatin1String("id") || field == QLatin1String("event"))
                continue;
            const QStringList filled = documentColumns(entry.table, field);
            if (filled.isEmpty() && !after.contains(field))
                continue;  // a field the row no longer has in its record
            if (filled.isEmpty())
                return {};  // a field this desk cannot map to columns: send the whole row
            for (const QString &column : filled) {
                if (!touched.contains(column))
                    touched.append(column);
            }
        }
        if (touched.isEmpty() && columns.contains(QLatin1String("updated_at")))
            touched.append(QStringLiteral("updated_at"));
        *wholeRow = false;
        return touched;
    }
    QStringList named;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (columns.contains(it.key()))
            named.append(it.key());
        else if (it.key() != key && it.key() != QLatin1String("id")
                 && it.key() != QLatin1String("event"))
            return {};  // a document of the domain, not of columns: it cannot tell
    }
    if (named.isEmpty())
        return {};
    *wholeRow = false;
    return named;
}

Core::Result<QList<PushEntry>> DeskReplica::pendingEntries(int limit)
{
    // Entries of tables that do not sync yet stay in the outbox until their table joins.
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral("SELECT change_id, table_name, row_id, op, hlc, payload, created_at, "
                             "changed, id FROM outbox WHERE sent_at IS NULL AND "
                             "table_name IN (%1) ORDER BY id LIMIT ?")
                  .arg(syncedList()));
    q.addBindValue(limit);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("outbox")};
    QList<Pending> pending;
    while (q.next()) {
        Pending p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                  q.value(6).toString(), {}, q.value(7).toString(),
                  q.value(8).toLongLong()};
        const QJsonValue own =
            parseObject(p.payload).value(SyncTables::keyColumn(p.table));
        p.rowId = own.isString() && !own.toString().isEmpty() ? own.toString() : p.outboxRowId;
        pending.append(p);
    }
    q.finish();
    QList<PushEntry> entries;
    for (const Pending &p : std::as_const(pending)) {
        PushEntry e{p.changeId, p.table, p.rowId, p.op, p.hlc, {}};
        if (p.op == QLatin1String("delete")) {
            entries.append(e);
            continue;
        }
        const QStringList columns = SyncTables::columns(e.table);
        bool wholeRow = true;
        const QStringList touched = touchedFields(p, &wholeRow);
        // A row the server has never acknowledged (revision 0) goes whole, whatever fields its
        // entry names: its first write may have been recorded as an update.
        const bool revisioned = hasRevision(e.table);
        // Table and column names come from the allow-list, never from the outbox's text.
        QSqlQuery row(m_connection->sql());
        row.prepare(QStringLiteral("SELECT deleted, %1, %4 FROM %2 WHERE %3 = ?")
                        .arg(columns.join(QStringLiteral(", ")), e.table,
                             SyncTables::keyColumn(e.table),
                             revisioned ? QStringLiteral("revision") : QStringLiteral("1")));
        row.addBindValue(e.rowId);
        if (!row.exec())
            return Core::Error{row.lastError().text(), e.table};
        if (!row.next()) {
            // Removed from the desk outright since: it is gone for the other desks too.
            e.op = QStringLiteral("delete");
            entries.append(e);
            continue;
        }
        if (revisioned && row.value(int(columns.size()) + 1).toLongLong() == 0)
            wholeRow = true;
        const QJsonObject payload = parseObject(p.payload);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString &column = columns.at(i);
            if (!wholeRow && !touched.contains(column))
                continue;
            const QJsonValue set = payload.value(column);
            if (SyncTables::isProcessStatus(e.table, column) && set.isString())
                e.fields.insert(column, set);
            else
                e.fields.insert(column, toJson(row.value(int(i) + 1)));
        }
        const QString child = SyncTables::childTable(e.table);
        if (wholeRow && !child.isEmpty()) {
            const Core::Result<QString> children = childrenText(e.table, e.rowId);
            if (!children)
                return children.error();
            e.fields.insert(child, *children);
        }
        // A code that stands aside for a pulled row's (yieldKeys) goes as the code it was: the
        // server gives the row a free one. A stand-in number goes as it is and gets one too.
        for (const SyncTables::NaturalKey &key : SyncTables::naturalKeys(e.table)) {
            const QJsonValue value = e.fields.value(key.column);
            if (key.resolve == SyncTables::NaturalKey::Resolve::Suffix && value.isString())
                e.fields.insert(key.column, withoutStandIn(value.toString()));
        }
        entries.append(e);
    }
    if (Core::Status s = addNextStatuses(&entries, pending); !s)
        return s.error();
    return entries;
}

Core::Status DeskReplica::addNextStatuses(QList<PushEntry> *entries,
                                          const QList<Pending> &pending)
{
    const QString orders = QStringLiteral("sales_orders");
    const QString status = QStringLiteral("status");
    QHash<QString, qint64> firstStep;  // order id → outbox id of its first step here
    for (qsizetype i = 0; i < entries->size() && i < pending.size(); ++i) {
        const PushEntry &e = entries->at(i);
        if (e.table == orders && e.op != QLatin1String("delete") && e.fields.contains(status)
            && !firstStep.contains(e.rowId)) {
            firstStep.insert(e.rowId, pending.at(i).outboxId);
        }
    }
    if (firstStep.isEmpty())
        return {};
    qint64 from = std::numeric_limits<qint64>::max();
    for (const qint64 id : std::as_const(firstStep))
        from = qMin(from, id);
    QStringList marks;
    marks.fill(QStringLiteral("?"), firstStep.size());
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral("SELECT id, row_id, payload FROM outbox WHERE sent_at IS NULL AND "
                             "table_name = ? AND id > ? AND row_id IN (%1) ORDER BY id")
                  .arg(marks.join(QStringLiteral(", "))));
    q.addBindValue(orders);
    q.addBindValue(from);
    for (auto it = firstStep.cbegin(); it != firstStep.cend(); ++it)
        q.addBindValue(it.key());
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("outbox")};
    struct Later
    {
        qint64 id;
        QString status;
    };
    QHash<QString, QList<Later>> later;
    while (q.next()) {
        const QJsonValue value = parseObject(q.value(2).toString()).value(status);
        if (value.isString())
            later[q.value(1).toString()].append({q.value(0).toLongLong(), value.toString()});
    }
    for (qsizetype i = 0; i < entries->size() && i < pending.size(); ++i) {
        PushEntry &e = (*entries)[i];
        if (!firstStep.contains(e.rowId) || !e.fields.contains(status))
            continue;
        for (const Later &step : later.value(e.rowId)) {
            if (step.id > pending.at(i).outboxId && !e.nextStatuses.contains(step.status))
                e.nextStatuses.append(step.status);
        }
    }
    return {};
}

bool DeskReplica::hasRevision(const QString &table)
{
    const auto known = m_hasRevision.constFind(table);
    if (known != m_hasRevision.constEnd())
        return *known;
    QSqlQuery q(m_connection->sql());
    // The name comes from the allow-list of synced tables.
    const bool has = q.exec(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1') "
                                           "WHERE name = 'revision'")
                                .arg(table))
                     && q.next() && q.value(0).toInt() > 0;
    m_hasRevision.insert(table, has);
    return has;
}

Core::Result<QString> DeskReplica::childrenText(const QString &table, const QString &rowId)
{
    const QString child = SyncTables::childTable(table);
    const QStringList columns = SyncTables::childColumns(table);
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                  .arg(columns.join(QStringLiteral(", ")), child,
                       SyncTables::childParentColumn(table), columns.value(1)));
    q.addBindValue(rowId);
    if (!q.exec())
        return Core::Error{q.lastError().text(), child};
    QJsonArray list;
    while (q.next()) {
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i), toJson(q.value(int(i))));
        list.append(o);
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Core::Status DeskReplica::writeChildren(const QString &table, const QString &rowId,
                                        const QJsonValue &text)
{
    const QString child = SyncTables::childTable(table);
    const QString parentColumn = SyncTables::childParentColumn(table);
    const QStringList columns = SyncTables::childColumns(table);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8(), &error);
    if (!text.isString() || !doc.isArray()) {
        return Core::Error{tr("%1 of %2 must be a JSON array of rows").arg(child, rowId),
                           table + u'.' + child};
    }
    // The parent's children are exactly the ones it carries.
    QStringList kept;
    QVariantList keptIds{rowId};
    for (const QJsonValue &v : doc.array()) {
        const QString id = v.toObject().value(columns.first()).toString();
        if (id.isEmpty()) {
            return Core::Error{tr("a row of %1 of %2 has no %3")
                                   .arg(child, rowId, columns.first()),
                               table + u'.' + child};
        }
        kept.append(QStringLiteral("?"));
        keptIds.append(id);
    }
    const QString notKept = kept.isEmpty()
                                ? QString()
                                : QStringLiteral(" AND %1 NOT IN (%2)")
                                      .arg(columns.first(), kept.join(QStringLiteral(", ")));
    if (Core::Status s = exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?%3")
                                  .arg(child, parentColumn, notKept),
                              keptIds);
        !s) {
        return s;
    }
    QStringList names{parentColumn};
    names.append(columns);
    QStringList marks;
    marks.fill(QStringLiteral("?"), names.size());
    QStringList updates;
    for (const QString &column : columns.mid(1))
        updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        QVariantList values{rowId};
        for (const QString &column : columns)
            values.append(toVariant(o.value(column)));
        const Core::Status s = exec(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
                .arg(child, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                     columns.first(), updates.join(QStringLiteral(", "))),
            values);
        if (!s)
            return s;
    }
    return {};
}

Core::Status DeskReplica::applyEvent(const PulledChange &change)
{
    // An event is written once and never changed: a second copy of it (the same page pulled
    // again, or the row this desk pushed coming back) changes nothing but the revision, and
    // the balance triggers, which fire on insert only, count it once. A row whose event key
    // the desk holds under another id is the same event recorded twice (one scan read on two
    // desks): the desk keeps its own and the server keeps the first one it received.
    const QStringList allowed = SyncTables::columns(change.table);
    const QString key = SyncTables::keyColumn(change.table);
    QStringList columns{key, QStringLiteral("revision"), QStringLiteral("hlc"),
                        QStringLiteral("deleted")};
    QVariantList values{change.rowId, change.revision, change.hlc, change.deleted ? 1 : 0};
    for (const QString &column : allowed) {
        if (!change.fields.contains(column))
            continue;
        columns.append(column);
        values.append(toVariant(change.fields.value(column)));
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING")
                  .arg(change.table, columns.join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Core::Error{q.lastError().text(), change.table};
    if (q.numRowsAffected() > 0)
        return {};
    q.finish();
    QSqlQuery own(m_connection->sql());
    own.prepare(QStringLiteral("UPDATE %1 SET revision = MAX(revision, ?) WHERE %2 = ?")
                    .arg(change.table, key));
    own.addBindValue(change.revision);
    own.addBindValue(change.rowId);
    if (!own.exec())
        return Core::Error{own.lastError().text(), change.table};
    const QString eventKey = SyncTables::eventKeyColumn(change.table);
    if (own.numRowsAffected() == 0 && !eventKey.isEmpty()) {
        qCInfo(lcSync) << "pulled event" << change.table << change.rowId
                       << "is one the desk holds under another id; kept once";
    }
    return {};
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
                                        e.changeId, e.table, e.rowId, e.fields, r.revision,
                                        r.detail, {}};
            if (Core::Status s = addConflict(conflict); !s)
                return s;
            continue;
        }
        if ((r.outcome == Outcome::Applied || r.outcome == Outcome::Duplicate)
            && !r.serverFields.isEmpty()) {
            // The server gave the row another code or number (another desk's row had its
            // own); the next pull brings it. A person hears of it here, once per change.
            const SyncConflict notice{SyncConflict::Kind::KeyChanged, e.changeId, e.table,
                                      e.rowId, e.fields, r.revision, r.detail, r.serverFields};
            if (Core::Status s = addConflict(notice); !s)
                return s;
        }
        if (r.outcome == Outcome::StatusRefused) {
            const SyncConflict conflict{SyncConflict::Kind::StatusRefused, e.changeId, e.table,
                                        e.rowId, e.fields, r.revision, r.detail,
                                        r.serverFields};
            if (Core::Status s = addConflict(conflict); !s)
                return s;
            // The desk shows what every other desk shows until a person resolves it.
            for (auto it = r.serverFields.begin(); it != r.serverFields.end(); ++it) {
                if (!SyncTables::hasColumn(e.table, it.key()))
                    continue;
                const Core::Status s = exec(
                    QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                        .arg(e.table, it.key(), SyncTables::keyColumn(e.table)),
                    {toVariant(it.value()), e.rowId});
                if (!s)
                    return s;
            }
        }
        if (SyncTables::isSynced(e.table) && r.revision > 0) {
            const Core::Status s = exec(
                QStringLiteral("UPDATE %1 SET revision = ? WHERE %2 = ? AND revision < ?")
                    .arg(e.table, SyncTables::keyColumn(e.table)),
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
                               "local_fields, server_revision, detail, detected_at, "
                               "server_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                               "ON CONFLICT (change_id) DO NOTHING"),
                {c.changeId.isEmpty() ? QVariant() : QVariant(c.changeId), kindName(c.kind),
                 c.table, c.rowId, compact(c.localFields), c.serverRevision, c.detail,
                 nowText(), c.serverFields.isEmpty() ? QVariant() : compact(c.serverFields)});
}

Core::Status DeskReplica::applyPage(const PullPage &page)
{
    Storage::Transaction tx(*m_connection);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; sync will try again"), {}};
    QStringList orders;
    QStringList customers;
    for (const PulledChange &change : page.changes) {
        if (change.gone) {
            if (Core::Status s = applyGone(change); !s)
                return s;
            continue;
        }
        if (change.table == QLatin1String("sales_orders"))
            orders.append(change.rowId);
        else if (change.table == QLatin1String("order_lines"))
            orders.append(change.fields.value(QStringLiteral("order_id")).toString());
        else if (change.table == QLatin1String("customers"))
            customers.append(change.rowId);
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
                                    applied.error().message, {}};
        if (Core::Status s = addConflict(conflict); !s)
            return s;
    }
    // A customer's new name or mobile is searched for in the customer's orders.
    for (const QString &customer : std::as_const(customers)) {
        QSqlQuery q(m_connection->sql());
        q.prepare(QStringLiteral("SELECT id FROM sales_orders WHERE customer_id = ?"));
        q.addBindValue(customer);
        if (!q.exec())
            return Core::Error{q.lastError().text(), QStringLiteral("sales_orders")};
        while (q.next())
            orders.append(q.value(0).toString());
    }
    orders.removeDuplicates();
    for (const QString &order : std::as_const(orders)) {
        if (Core::Status s = reindexOrder(order); !s)
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

Core::Result<QList<DeskReplica::Pending>> DeskReplica::pendingFor(const QString &table,
                                                                const QString &rowId)
{
    // A change may be filed under its sales order; its record then names the row's own key.
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral("SELECT change_id, op, hlc, payload, created_at, row_id, changed "
                             "FROM outbox WHERE sent_at IS NULL AND table_name = ? AND "
                             "(row_id = ? OR "
                             "(json_valid(payload) AND json_extract(payload, '$.%1') = ?)) "
                             "ORDER BY id")
                  .arg(SyncTables::keyColumn(table)));
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(rowId);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("outbox")};
    QList<Pending> list;
    while (q.next()) {
        Pending p{q.value(0).toString(), table, q.value(5).toString(), q.value(1).toString(),
                  q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), rowId,
                  q.value(6).toString()};
        const QJsonValue own = parseObject(p.payload).value(SyncTables::keyColumn(table));
        // An entry filed under the order whose record names another row is that row's.
        if (own.isString() && !own.toString().isEmpty() && own.toString() != rowId)
            continue;
        list.append(p);
    }
    return list;
}

Core::Status DeskReplica::applyChange(const PulledChange &change)
{
    const QStringList allowed = SyncTables::columns(change.table);
    if (allowed.isEmpty())
        return Core::Error{tr("the server sent a row of %1, which does not sync")
                               .arg(change.table), change.table};
    if (SyncTables::isAppendOnly(change.table))
        return applyEvent(change);
    const QString key = SyncTables::keyColumn(change.table);
    const QString child = SyncTables::childTable(change.table);

    QSqlQuery local(m_connection->sql());
    local.prepare(QStringLiteral("SELECT deleted FROM %1 WHERE %2 = ?").arg(change.table, key));
    local.addBindValue(change.rowId);
    if (!local.exec())
        return Core::Error{local.lastError().text(), change.table};
    const bool exists = local.next();
    local.finish();

    if (!exists && change.deleted && change.fields.isEmpty())
        return {};  // deleted before anyone saw it: nothing to keep

    // The newest unsent local change of each field; a local delete holds the whole row.
    QHash<QString, QString> localHlc;
    bool localDelete = false;
    if (exists) {
        const Core::Result<QList<Pending>> pending = pendingFor(change.table, change.rowId);
        if (!pending)
            return pending.error();
        for (const Pending &p : *pending) {
            localDelete = localDelete || p.op == QLatin1String("delete");
            bool wholeRow = true;
            const QStringList touched = touchedFields(p, &wholeRow);
            for (const QString &column : wholeRow ? allowed : touched)
                localHlc[column] = qMax(localHlc.value(column), p.hlc);
            if (wholeRow && !child.isEmpty())
                localHlc[child] = qMax(localHlc.value(child), p.hlc);
        }
    }
    if (exists && !change.deleted && localDelete) {
        // The local delete wins on the server when pushed.
        return exec(QStringLiteral("UPDATE %1 SET revision = ? WHERE %2 = ?")
                        .arg(change.table, key),
                    {change.revision, change.rowId});
    }

    // The columns this pull writes: a newer unsent local change keeps its own value.
    QStringList taken;
    for (const QString &column : allowed) {
        if (change.fields.contains(column)
            && localHlc.value(column) <= change.fieldHlc.value(column).toString(change.hlc)) {
            taken.append(column);
        }
    }
    if (Core::Status s = yieldKeys(change, taken); !s)
        return s;

    QStringList columns{key, QStringLiteral("revision"), QStringLiteral("hlc"),
                        QStringLiteral("deleted")};
    QVariantList values{change.rowId, change.revision, change.hlc, change.deleted ? 1 : 0};
    QStringList updates{QStringLiteral("revision = excluded.revision"),
                        QStringLiteral("hlc = MAX(hlc, excluded.hlc)"),
                        QStringLiteral("deleted = MAX(deleted, excluded.deleted)")};
    for (const QString &column : allowed) {
        if (!change.fields.contains(column))
            continue;
        columns.append(column);
        values.append(toVariant(change.fields.value(column)));
        const QString serverHlc = change.fieldHlc.value(column).toString(change.hlc);
        // A newer unsent local change of the field wins on the server when pushed.
        if (localHlc.value(column) <= serverHlc)
            updates.append(QStringLiteral("%1 = excluded.%1").arg(column));
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const Core::Status written = exec(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(change.table, columns.join(QStringLiteral(", ")),
                 marks.join(QStringLiteral(", ")), key, updates.join(QStringLiteral(", "))),
        values);
    if (!written || child.isEmpty() || !change.fields.contains(child))
        return written;
    if (localHlc.value(child) > change.fieldHlc.value(child).toString(change.hlc))
        return {};
    return writeChildren(change.table, change.rowId, change.fields.value(child));
}

Core::Status DeskReplica::yieldKeys(const PulledChange &change, const QStringList &written)
{
    const QString table = change.table;
    const QString id = SyncTables::keyColumn(table);
    for (const SyncTables::NaturalKey &key : SyncTables::naturalKeys(table)) {
        if (change.deleted && key.liveOnly)
            continue;
        bool touched = false;
        for (const QString &column : key.columns)
            touched = touched || written.contains(column);
        if (!touched)
            continue;
        // The key the row has once written: the pulled values, the desk's own where a newer
        // local change keeps them. Names come from the allow-list.
        QStringList where;
        QVariantList values;
        for (const QString &column : key.columns) {
            QVariant value = toVariant(change.fields.value(column));
            if (!written.contains(column)) {
                QSqlQuery own(m_connection->sql());
                own.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                .arg(column, table, id));
                own.addBindValue(change.rowId);
                if (!own.exec())
                    return Core::Error{own.lastError().text(), table};
                value = own.next() ? own.value(0) : QVariant();
            }
            if (value.isNull() || (column == key.column && value.toString().isEmpty())) {
                where.clear();
                break;
            }
            where.append(column + QStringLiteral(" = ?"));
            values.append(value);
        }
        if (where.isEmpty())
            continue;
        if (key.liveOnly)
            where.append(QStringLiteral("deleted = 0"));
        values.append(change.rowId);
        QSqlQuery q(m_connection->sql());
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND %1 <> ?")
                      .arg(id, table, where.join(QStringLiteral(" AND "))));
        for (const QVariant &value : std::as_const(values))
            q.addBindValue(value);
        if (!q.exec())
            return Core::Error{q.lastError().text(), table};
        if (!q.next())
            continue;
        const QString local = q.value(0).toString();
        q.finish();
        // The server keeps a key for the row it received first; this desk's row with the same
        // key was given another, which a later change of this pull (or the next) brings. Until
        // then it goes by a stand-in that no other row holds, so that nothing is refused.
        qCInfo(lcSync) << "the key" << key.column << "of pulled row" << table << change.rowId
                       << "is the local row" << local << "'s, which waits for its new one";
        QString set;
        if (key.resolve == SyncTables::NaturalKey::Resolve::Suffix) {
            set = QStringLiteral("%1 = %1 || '~' || rowid").arg(key.column);
        } else {
            set = QStringLiteral("%1 = %2 + rowid").arg(key.column)
                      .arg(SyncTables::StandInBase);
            if (!key.atLeast.isEmpty()) {
                set += QStringLiteral(", %1 = MAX(%1, %2 + rowid)").arg(key.atLeast)
                           .arg(SyncTables::StandInBase);
            }
        }
        if (Core::Status s = exec(QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                                      .arg(table, set, id),
                                  {local});
            !s) {
            return s;
        }
        if (table == QLatin1String("sales_orders")) {
            if (Core::Status s = reindexOrder(local); !s)
                return s;
        }
    }
    return {};
}

Core::Status DeskReplica::applyGone(const PulledChange &change)
{
    if (!SyncTables::isSynced(change.table))
        return Core::Error{tr("the server sent a row of %1, which does not sync")
                               .arg(change.table), change.table};
    // Events stay: they are never removed, and the balances derived from them count them.
    if (SyncTables::isAppendOnly(change.table))
        return {};
    const QString key = SyncTables::keyColumn(change.table);
    // What this desk changed in the row and did not send yet can no longer be sent: each such
    // change is listed for a person to look at, and nothing is sent for it.
    const Core::Result<QList<Pending>> pending = pendingFor(change.table, change.rowId);
    if (!pending)
        return pending.error();
    for (const Pending &p : *pending) {
        const SyncConflict conflict{
            SyncConflict::Kind::Refused, p.changeId, change.table, change.rowId,
            parseObject(p.payload), change.revision,
            tr("the row now belongs to another organisation unit (its order went to another "
               "dealer or store) and left this desk; this change was not sent"),
            {}};
        if (Core::Status s = addConflict(conflict); !s)
            return s;
        if (Core::Status s = exec(QStringLiteral("UPDATE outbox SET sent_at = ? WHERE "
                                                 "change_id = ?"), {nowText(), p.changeId});
            !s) {
            return s;
        }
    }
    if (change.table == QLatin1String("sales_orders")) {
        const Core::Status s = exec(QStringLiteral("DELETE FROM orders_fts WHERE rowid IN "
                                                   "(SELECT rowid FROM sales_orders WHERE "
                                                   "id = ?)"),
                                    {change.rowId});
        if (!s)
            return s;
    }
    const QString child = SyncTables::childTable(change.table);
    if (!child.isEmpty()) {
        const Core::Status s = exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                                        .arg(child, SyncTables::childParentColumn(change.table)),
                                    {change.rowId});
        if (!s)
            return s;
    }
    qCInfo(lcSync) << "row" << change.table << change.rowId << "left this desk's scope";
    return exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(change.table, key),
                {change.rowId});
}

Core::Status DeskReplica::reindexOrder(const QString &orderId)
{
    if (orderId.isEmpty())
        return {};
    // The same fields as the order repository indexes, read from the rows just written.
    QSqlQuery q(m_connection->sql());
    q.prepare(QStringLiteral(
        "SELECT o.rowid, o.deleted, o.order_no, o.channel_order_no, c.name, c.mobile, "
        "o.province, o.city, o.district, o.street, o.postal_code, d.name, g.name "
        "FROM sales_orders o LEFT JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN partners d ON d.id = o.dealer_id LEFT JOIN partners g ON g.id = o.designer_id "
        "WHERE o.id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return Core::Error{q.lastError().text(), QStringLiteral("orders_fts")};
    if (!q.next())
        return {};
    const qint64 rowid = q.value(0).toLongLong();
    const bool deleted = q.value(1).toInt() != 0;
    QStringList address;
    for (int i = 6; i <= 9; ++i) {
        if (!q.value(i).toString().isEmpty())
            address.append(q.value(i).toString());
    }
    QStringList fields{q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                       q.value(5).toString(), address.join(u' '), q.value(10).toString(),
                       q.value(11).toString(), q.value(12).toString()};
    q.finish();
    if (Core::Status s = exec(QStringLiteral("DELETE FROM orders_fts WHERE rowid = ?"), {rowid});
        !s) {
        return s;
    }
    if (deleted)
        return {};
    QSqlQuery lines(m_connection->sql());
    lines.prepare(QStringLiteral("SELECT p.sku, l.description FROM order_lines l LEFT JOIN "
                                 "products p ON p.id = l.product_id WHERE l.order_id = ? AND "
                                 "l.deleted = 0 ORDER BY l.line_no"));
    lines.addBindValue(orderId);
    if (!lines.exec())
        return Core::Error{lines.lastError().text(), QStringLiteral("orders_fts")};
    while (lines.next())
        fields << lines.value(0).toString() << lines.value(1).toString();
    return exec(QStringLiteral("INSERT INTO orders_fts (rowid, tokens) VALUES (?, ?)"),
                {rowid, Core::SearchText::indexTokens(fields)});
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
                               "server_revision, detail, server_fields FROM sync_conflicts "
                               "ORDER BY id"))) {
        qCWarning(lcSync) << "cannot read sync conflicts:" << q.lastError().text();
        return list;
    }
    while (q.next()) {
        SyncConflict c;
        const QString kind = q.value(0).toString();
        for (SyncConflict::Kind k :
             {SyncConflict::Kind::DeletedRemotely, SyncConflict::Kind::Refused,
              SyncConflict::Kind::ApplyFailed, SyncConflict::Kind::StatusRefused,
              SyncConflict::Kind::KeyChanged}) {
            if (kindName(k) == kind)
                c.kind = k;
        }
        c.changeId = q.value(1).toString();
        c.table = q.value(2).toString();
        c.rowId = q.value(3).toString();
        c.localFields = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        c.serverRevision = q.value(5).toLongLong();
        c.detail = q.value(6).toString();
        c.serverFields = parseObject(q.value(7).toString());
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
    case SyncConflict::Kind::StatusRefused:
        return QStringLiteral("status_refused");
    case SyncConflict::Kind::KeyChanged:
        return QStringLiteral("key_changed");
    }
    return {};
}

} // namespace Hearth::Sync
