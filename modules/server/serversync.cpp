#include "serversync.h"

#include "serverstore.h"
#include "servertime.h"
#include "sync/synctables.h"
#include "users/roles.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Hearth::Server {

using Sync::Outcome;
using Sync::PullPage;
using Sync::PulledChange;
using Sync::PushEntry;
using Sync::PushResult;

namespace {

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseFields(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

SyncScope SyncScope::of(const ServerUser &user)
{
    SyncScope scope;
    scope.userId = user.id;
    scope.unitId = user.orgUnit ? user.orgUnit->id : QString();
    const QString kind = user.orgUnit ? user.orgUnit->kind : QString();
    scope.seesAll = user.role == Users::Role::Admin || kind == QLatin1String("head_office")
                    || kind == QLatin1String("factory");
    for (const QString &table : Sync::SyncTables::tables()) {
        const QString module = Sync::SyncTables::module(table);
        if (Users::Roles::grants(user.role, module + QStringLiteral(".read")))
            scope.readable.append(table);
        if (Users::Roles::grants(user.role, module + QStringLiteral(".write")))
            scope.writable.append(table);
    }
    return scope;
}

Core::Result<QList<PushResult>> ServerSync::apply(const QList<PushEntry> &entries,
                                                  const SyncScope &scope, const QDateTime &now)
{
    const QString at = ServerTime::text(now);
    QList<PushResult> results;
    results.reserve(entries.size());
    for (const PushEntry &entry : entries) {
        const Core::Result<PushResult> result = applyOne(entry, scope, at);
        if (!result)
            return result.error();
        results.append(*result);
    }
    return results;
}

Core::Result<PushResult> ServerSync::applyOne(const PushEntry &entry, const SyncScope &scope,
                                              const QString &now)
{
    QSqlQuery seen = m_store.prepare(QStringLiteral(
        "SELECT revision FROM sync_applied WHERE change_id = ?"));
    seen.addBindValue(entry.changeId);
    if (Core::Status s = m_store.exec(seen); !s)
        return s.error();
    if (seen.next())
        return PushResult{entry.changeId, Outcome::Duplicate, seen.value(0).toLongLong()};

    const Core::Result<std::optional<Row>> found = readRow(entry.table, entry.rowId);
    if (!found)
        return found.error();
    const std::optional<Row> &row = *found;
    PushResult result{entry.changeId, Outcome::Applied, row ? row->revision : 0};

    if (!scope.writable.contains(entry.table) || (row && !scope.sees(row->scopeUnit))) {
        // Not recorded as applied: the author learns nothing about the row, and nothing changes.
        return PushResult{entry.changeId, Outcome::Refused, 0};
    }
    const bool isDelete = entry.op == QLatin1String("delete");
    if (!row) {
        const Core::Result<QString> unit = scopeForNewRow(entry, scope);
        if (!unit)
            return unit.error();
        if (unit->isNull())
            return PushResult{entry.changeId, Outcome::Refused, 0};
        Row fresh{0, entry.hlc, isDelete, entry.fields, *unit};
        const Core::Result<qint64> revision = writeRow(entry, fresh, false, now);
        if (!revision)
            return revision.error();
        result.revision = *revision;
    } else if (row->deleted) {
        // A delete is final: a later delete changes nothing, an edit is a conflict.
        result.outcome = isDelete ? Outcome::Applied : Outcome::Conflict;
    } else if (isDelete || entry.hlc > row->hlc) {
        Row next = *row;
        next.deleted = isDelete;
        next.hlc = qMax(row->hlc, entry.hlc);
        for (auto it = entry.fields.begin(); it != entry.fields.end() && !isDelete; ++it)
            next.fields.insert(it.key(), it.value());
        const Core::Result<qint64> revision = writeRow(entry, next, true, now);
        if (!revision)
            return revision.error();
        result.revision = *revision;
    }
    // An older edit than the row's is accepted and loses: the row keeps the later fields.

    QSqlQuery record = m_store.prepare(QStringLiteral(
        "INSERT INTO sync_applied (change_id, table_name, row_id, outcome, revision, user_id, "
        "applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    record.addBindValue(entry.changeId);
    record.addBindValue(entry.table);
    record.addBindValue(entry.rowId);
    record.addBindValue(Sync::Protocol::outcomeName(result.outcome));
    record.addBindValue(result.revision);
    record.addBindValue(scope.userId);
    record.addBindValue(now);
    if (Core::Status s = m_store.exec(record); !s)
        return s.error();
    return result;
}

Core::Result<std::optional<ServerSync::Row>> ServerSync::readRow(const QString &table,
                                                                 const QString &rowId)
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT revision, hlc, deleted, fields, scope_unit FROM sync_rows "
        "WHERE table_name = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(Row{q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toInt() != 0, parseFields(q.value(3).toString()),
                                  q.value(4).toString()});
}

Core::Result<QString> ServerSync::scopeForNewRow(const PushEntry &entry, const SyncScope &scope)
{
    const QString orderColumn = Sync::SyncTables::orderColumn(entry.table);
    const QString orderId = orderColumn.isEmpty()
                                ? QString() : entry.fields.value(orderColumn).toString();
    if (!orderId.isEmpty()) {
        const Core::Result<std::optional<Row>> order =
            readRow(QStringLiteral("sales_orders"), orderId);
        if (!order)
            return order.error();
        if (order->has_value()) {
            // A line may not be slipped into an order its author cannot see.
            if (!scope.sees((*order)->scopeUnit))
                return QString();
            return (*order)->scopeUnit;
        }
    }
    // TODO(#5): an order head office enters for a dealer belongs to head office until the
    // dealer_id partner maps to the dealer's organisation unit.
    return scope.unitId.isNull() ? QStringLiteral("") : scope.unitId;
}

Core::Result<qint64> ServerSync::writeRow(const PushEntry &entry, const Row &row, bool exists,
                                          const QString &now)
{
    const Core::Result<qint64> revision = m_store.nextValue(QStringLiteral("revision"));
    if (!revision)
        return revision.error();
    QSqlQuery q = m_store.prepare(
        exists ? QStringLiteral("UPDATE sync_rows SET revision = ?, hlc = ?, deleted = ?, "
                                "fields = ?, scope_unit = ?, updated_at = ? "
                                "WHERE table_name = ? AND row_id = ?")
               : QStringLiteral("INSERT INTO sync_rows (revision, hlc, deleted, fields, "
                                "scope_unit, updated_at, table_name, row_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(*revision);
    q.addBindValue(row.hlc);
    q.addBindValue(row.deleted ? 1 : 0);
    q.addBindValue(compact(row.fields));
    q.addBindValue(row.scopeUnit);
    q.addBindValue(now);
    q.addBindValue(entry.table);
    q.addBindValue(entry.rowId);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return *revision;
}

Core::Result<PullPage> ServerSync::changesAfter(qint64 after, int limit, const SyncScope &scope)
{
    PullPage page;
    page.next = after;
    if (scope.readable.isEmpty())
        return page;
    QStringList marks;
    marks.fill(QStringLiteral("?"), scope.readable.size());
    QSqlQuery q = m_store.prepare(
        QStringLiteral("SELECT revision, table_name, row_id, hlc, deleted, fields FROM sync_rows "
                       "WHERE revision > ? AND table_name IN (%1) %2 ORDER BY revision LIMIT ?")
            .arg(marks.join(QStringLiteral(", ")),
                 scope.seesAll ? QString() : QStringLiteral("AND scope_unit = ?")));
    q.addBindValue(after);
    for (const QString &table : scope.readable)
        q.addBindValue(table);
    if (!scope.seesAll)
        q.addBindValue(scope.unitId);
    q.addBindValue(limit + 1);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    while (q.next()) {
        if (page.changes.size() == limit) {
            page.more = true;
            break;
        }
        PulledChange c;
        c.revision = q.value(0).toLongLong();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.hlc = q.value(3).toString();
        c.deleted = q.value(4).toInt() != 0;
        c.fields = parseFields(q.value(5).toString());
        page.next = c.revision;
        page.changes.append(c);
    }
    return page;
}

} // namespace Hearth::Server
