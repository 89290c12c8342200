#include "serversync.h"

#include "core/hybridclock.h"
#include "logging.h"
#include "serverstore.h"
#include "servertime.h"
#include "sync/synctables.h"
#include "users/roles.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

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
        const QString ownOrders = Sync::SyncTables::ownOrdersReadPermission(table);
        if (Users::Roles::grants(user.role, Sync::SyncTables::readPermission(table))
            || (!scope.seesAll && !ownOrders.isEmpty()
                && Users::Roles::grants(user.role, ownOrders))) {
            scope.readable.append(table);
        }
        if (Users::Roles::grants(user.role, Sync::SyncTables::writePermission(table)))
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

Core::Result<PushResult> ServerSync::replay(const PushEntry &entry, const QString &outcome,
                                            qint64 revision)
{
    // A retry after a lost answer gets the conflict again, so that the desk records it.
    PushResult result{entry.changeId, Outcome::Duplicate, revision, {}, {}};
    if (outcome == Sync::Protocol::outcomeName(Outcome::Conflict)) {
        result.outcome = Outcome::Conflict;
    } else if (outcome == Sync::Protocol::outcomeName(Outcome::StatusRefused)) {
        const Core::Result<std::optional<Row>> row = readRow(entry.table, entry.rowId);
        if (!row)
            return row.error();
        result.outcome = Outcome::StatusRefused;
        if (row->has_value()) {
            result.serverFields.insert(QStringLiteral("status"),
                                       (*row)->fields.value(QStringLiteral("status")));
            result.revision = (*row)->revision;
        }
        result.detail = tr("the order's process does not allow this status change");
    }
    return result;
}

Core::Result<PushResult> ServerSync::applyOne(const PushEntry &entry, const SyncScope &scope,
                                              const QString &now)
{
    using Sync::SyncTables;
    QSqlQuery seen = m_store.prepare(QStringLiteral(
        "SELECT revision, outcome FROM sync_applied WHERE change_id = ?"));
    seen.addBindValue(entry.changeId);
    if (Core::Status s = m_store.exec(seen); !s)
        return s.error();
    if (seen.next())
        return replay(entry, seen.value(1).toString(), seen.value(0).toLongLong());

    const Core::Result<std::optional<Row>> found = readRow(entry.table, entry.rowId);
    if (!found)
        return found.error();
    const std::optional<Row> &row = *found;
    PushResult result{entry.changeId, Outcome::Applied, row ? row->revision : 0, {}, {}};

    if (!scope.writable.contains(entry.table) || (row && !scope.sees(row->scopeUnit))) {
        // Not recorded as applied: the author learns nothing about the row, and nothing changes.
        return PushResult{entry.changeId, Outcome::Refused, 0, {}, {}};
    }
    const bool isDelete = entry.op == QLatin1String("delete");
    const bool appendOnly = SyncTables::isAppendOnly(entry.table);
    if (appendOnly && entry.op != QLatin1String("insert")) {
        return PushResult{entry.changeId, Outcome::Refused, 0, {},
                          tr("%1 holds events, which are never changed or deleted; record a "
                             "new event instead").arg(entry.table)};
    }
    const bool isOrder = entry.table == QLatin1String("sales_orders");
    if (isOrder && !isDelete && !scope.seesAll) {
        // A dealer or a store keeps its orders: giving one to another is head office's.
        const Core::Result<QString> refusal = partnerRefusal(entry, row ? &*row : nullptr,
                                                             scope);
        if (!refusal)
            return refusal.error();
        if (!refusal->isEmpty())
            return PushResult{entry.changeId, Outcome::Refused, 0, {}, *refusal};
    }
    if (!row) {
        const Core::Result<QString> unit = scopeForNewRow(entry, scope);
        if (!unit)
            return unit.error();
        if (unit->isNull())
            return PushResult{entry.changeId, Outcome::Refused, 0, {}, {}};
        const Core::Result<std::optional<PushResult>> same = sameEvent(entry, scope);
        if (!same)
            return same.error();
        if (same->has_value())
            return recordApplied(entry, **same, scope, now);
        Row fresh{0, entry.hlc, isDelete, entry.fields, *unit, {}};
        if (isOrder && !isDelete) {
            const QString wanted = fresh.fields.value(QStringLiteral("order_no")).toString();
            const Core::Result<QString> number = claimOrderNo(entry.rowId, wanted);
            if (!number)
                return number.error();
            if (*number != wanted) {
                fresh.fields.insert(QStringLiteral("order_no"), *number);
                result.detail = tr("another order has the number %1: this one is %2")
                                    .arg(wanted, *number);
            }
        }
        const Core::Result<qint64> revision = writeRow(entry, fresh, false, now);
        if (!revision)
            return revision.error();
        result.revision = *revision;
        if (entry.table == QLatin1String("sales_orders") && !isDelete) {
            if (Core::Status s = customerFollowsOrder(fresh, now); !s)
                return s.error();
        }
    } else if (appendOnly) {
        // The same event again (another change id for one event id): it is there already.
    } else if (row->deleted) {
        // A delete is final: a later delete changes nothing, an edit is a conflict.
        result.outcome = isDelete ? Outcome::Applied : Outcome::Conflict;
    } else {
        Row next = *row;
        // Fields set at the row's hlc keep that hlc when the row's moves on.
        for (auto it = row->fields.begin(); it != row->fields.end(); ++it) {
            if (!next.fieldHlc.contains(it.key()))
                next.fieldHlc.insert(it.key(), row->hlc);
        }
        bool changed = isDelete;
        next.deleted = isDelete;
        for (auto it = entry.fields.begin(); it != entry.fields.end() && !isDelete; ++it) {
            // Each field takes the value of its latest change; an older one loses quietly.
            const QString fieldHlc = row->fieldHlc.value(it.key()).toString(row->hlc);
            if (entry.hlc <= fieldHlc)
                continue;
            const QJsonValue current = row->fields.value(it.key());
            if (isOrder && it.key() == QLatin1String("order_no") && it.value() != current) {
                // A number another order holds is not taken (this order may be one the server
                // numbered anew, which its desk has not pulled yet).
                const Core::Result<bool> taken =
                    changeOrderNo(entry.rowId, current.toString(), it.value().toString());
                if (!taken)
                    return taken.error();
                if (!*taken)
                    continue;
            }
            if (SyncTables::isProcessStatus(entry.table, it.key()) && it.value() != current) {
                const Core::Result<QString> process = processOf(entry.rowId);
                if (!process)
                    return process.error();
                const Core::Result<bool> allowed = statusChangeAllowed(
                    *process, current.toString(), it.value().toString());
                if (!allowed)
                    return allowed.error();
                if (!*allowed && entry.nextStatuses.contains(current.toString())) {
                    // Two desks walked the order through the same steps: this desk's steps
                    // up to the one the server holds already are no change, not a conflict.
                    continue;
                }
                if (!*allowed) {
                    result.outcome = Outcome::StatusRefused;
                    result.serverFields.insert(it.key(), current);
                    result.detail = tr("the order's process does not allow the status to go "
                                       "from %1 to %2")
                                        .arg(current.toString(), it.value().toString());
                    continue;
                }
            }
            next.fields.insert(it.key(), it.value());
            next.fieldHlc.insert(it.key(), entry.hlc);
            changed = true;
        }
        // An order given to another dealer or store moves to that unit with everything of it.
        QString movedFrom;
        if (changed && entry.table == QLatin1String("sales_orders") && !next.deleted
            && scope.seesAll) {
            const Core::Result<QString> unit = unitAfterPartnerChange(entry, *row, next, scope);
            if (!unit)
                return unit.error();
            if (!unit->isNull()) {
                movedFrom = row->scopeUnit;
                next.scopeUnit = *unit;
            }
        }
        if (changed) {
            next.hlc = qMax(row->hlc, entry.hlc);
            // A field whose change is the row's own hlc needs no entry of its own.
            for (const QString &key : next.fieldHlc.keys()) {
                if (next.fieldHlc.value(key).toString() == next.hlc)
                    next.fieldHlc.remove(key);
            }
            const Core::Result<qint64> revision = writeRow(entry, next, true, now);
            if (!revision)
                return revision.error();
            result.revision = *revision;
            if (!movedFrom.isNull()) {
                if (Core::Status s = moveOrder(entry.rowId, next, movedFrom, now); !s)
                    return s.error();
            }
            if (entry.table == QLatin1String("sales_orders") && !next.deleted) {
                if (Core::Status s = customerFollowsOrder(next, now); !s)
                    return s.error();
            }
        }
    }

    return recordApplied(entry, result, scope, now);
}

Core::Result<std::optional<PushResult>> ServerSync::sameEvent(const PushEntry &entry,
                                                              const SyncScope &scope)
{
    const QString column = Sync::SyncTables::eventKeyColumn(entry.table);
    const QString key = entry.fields.value(column).toString();
    if (column.isEmpty() || key.isEmpty() || entry.op != QLatin1String("insert"))
        return std::optional<PushResult>();
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT row_id FROM sync_event_keys WHERE table_name = ? AND event_key = ?"));
    q.addBindValue(entry.table);
    q.addBindValue(key);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    if (q.next()) {
        const Core::Result<std::optional<Row>> held = readRow(entry.table, q.value(0).toString());
        if (!held)
            return held.error();
        // The earlier row's revision only to someone who may see it.
        const bool visible = held->has_value() && scope.sees((*held)->scopeUnit);
        return std::optional<PushResult>(PushResult{
            entry.changeId, Outcome::Duplicate, visible ? (*held)->revision : 0, {},
            tr("the same event as a row of %1 received before (%2 %3)")
                .arg(entry.table, column, key)});
    }
    QSqlQuery keep = m_store.prepare(QStringLiteral(
        "INSERT INTO sync_event_keys (table_name, event_key, row_id) VALUES (?, ?, ?)"));
    keep.addBindValue(entry.table);
    keep.addBindValue(key);
    keep.addBindValue(entry.rowId);
    if (Core::Status s = m_store.exec(keep); !s)
        return s.error();
    return std::optional<PushResult>();
}

Core::Result<PushResult> ServerSync::recordApplied(const PushEntry &entry,
                                                   const PushResult &result,
                                                   const SyncScope &scope, const QString &now)
{
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
        "SELECT revision, hlc, deleted, fields, scope_unit, field_hlc FROM sync_rows "
        "WHERE table_name = ? AND row_id = ?"));
    q.addBindValue(table);
    q.addBindValue(rowId);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    if (!q.next())
        return std::optional<Row>();
    return std::optional<Row>(Row{q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toInt() != 0, parseFields(q.value(3).toString()),
                                  q.value(4).toString(), parseFields(q.value(5).toString())});
}

Core::Result<QString> ServerSync::unitByCode(const QString &code, const QString &kind)
{
    if (code.isEmpty())
        return QString();
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT id FROM org_units WHERE code = ? AND kind = ?"));
    q.addBindValue(code);
    q.addBindValue(kind);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Core::Result<QString> ServerSync::unitOfPartner(const QString &partnerId, const QString &kind)
{
    if (partnerId.isEmpty())
        return QString();
    const Core::Result<std::optional<Row>> partner =
        readRow(QStringLiteral("partners"), partnerId);
    if (!partner)
        return partner.error();
    if (!partner->has_value() || (*partner)->deleted)
        return QString();
    return unitByCode((*partner)->fields.value(QStringLiteral("code")).toString(), kind);
}

Core::Result<QString> ServerSync::scopeForNewRow(const PushEntry &entry, const SyncScope &scope)
{
    using Sync::SyncTables;
    const QString own = scope.unitId.isNull() ? QStringLiteral("") : scope.unitId;
    switch (SyncTables::scope(entry.table)) {
    case SyncTables::Scope::Global:
        return QString::fromLatin1(SyncScope::GlobalUnit);
    case SyncTables::Scope::Author:
        return own;
    case SyncTables::Scope::OwnOrder: {
        if (!scope.seesAll)
            return own;
        const std::pair<const char *, const char *> partners[] = {{"dealer_id", "dealer"},
                                                                  {"store_id", "store"}};
        for (const auto &[column, kind] : partners) {
            const Core::Result<QString> unit = unitOfPartner(
                entry.fields.value(QLatin1String(column)).toString(), QLatin1String(kind));
            if (!unit)
                return unit.error();
            if (!unit->isEmpty())
                return *unit;
        }
        return own;
    }
    case SyncTables::Scope::OrderOrGlobal:
        if (entry.fields.value(SyncTables::parentColumn(entry.table)).toString().isEmpty())
            return QString::fromLatin1(SyncScope::GlobalUnit);
        break;
    case SyncTables::Scope::Unit: {
        const QString unitId = entry.fields.value(SyncTables::parentColumn(entry.table))
                                   .toString();
        if (unitId.isEmpty())
            return QString::fromLatin1(SyncScope::GlobalUnit);
        const Core::Result<std::optional<Row>> unit =
            readRow(QStringLiteral("org_units"), unitId);
        if (!unit)
            return unit.error();
        if (!unit->has_value() || (*unit)->deleted)
            return own;
        const Core::Result<QString> serverUnit =
            unitByCode((*unit)->fields.value(QStringLiteral("code")).toString(),
                       (*unit)->fields.value(QStringLiteral("kind")).toString());
        if (!serverUnit)
            return serverUnit.error();
        return serverUnit->isEmpty() ? own : *serverUnit;
    }
    case SyncTables::Scope::Order:
    case SyncTables::Scope::Parent:
        break;
    }
    const QString column = SyncTables::parentColumn(entry.table);
    const QString parentId = column == SyncTables::keyColumn(entry.table)
                                 ? entry.rowId
                                 : entry.fields.value(column).toString();
    if (!parentId.isEmpty()) {
        const Core::Result<std::optional<Row>> parent =
            readRow(SyncTables::parentTable(entry.table), parentId);
        if (!parent)
            return parent.error();
        if (parent->has_value()) {
            // A row may not be slipped under an order or a parent its author cannot see.
            if (!scope.sees((*parent)->scopeUnit))
                return QString();
            return (*parent)->scopeUnit;
        }
    }
    return own;
}

Core::Result<QString> ServerSync::processOf(const QString &orderId)
{
    const Core::Result<std::optional<Row>> process =
        readRow(QStringLiteral("order_processes"), orderId);
    if (!process)
        return process.error();
    if (!process->has_value())
        return QString();
    // Definition ids are "code@version".
    const QString definition =
        (*process)->fields.value(QStringLiteral("definition_id")).toString();
    return definition.section(u'@', 0, 0);
}

Core::Result<bool> ServerSync::statusChangeAllowed(const QString &processCode,
                                                   const QString &from, const QString &to)
{
    if (from == to)
        return true;
    QSqlQuery known = m_store.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM process_transitions WHERE process_code = ?"));
    known.addBindValue(processCode);
    if (Core::Status s = m_store.exec(known); !s)
        return s.error();
    const bool isKnown = !processCode.isEmpty() && known.next() && known.value(0).toInt() > 0;
    QSqlQuery q = m_store.prepare(
        QStringLiteral("SELECT COUNT(*) FROM process_transitions WHERE from_status = ? AND "
                       "to_status = ?%1")
            .arg(isKnown ? QStringLiteral(" AND process_code = ?") : QString()));
    q.addBindValue(from);
    q.addBindValue(to);
    if (isKnown)
        q.addBindValue(processCode);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

Core::Status ServerSync::customerFollowsOrder(const Row &order, const QString &now)
{
    const QString customerId = order.fields.value(QStringLiteral("customer_id")).toString();
    if (customerId.isEmpty() || order.scopeUnit.isEmpty()
        || order.scopeUnit == QLatin1String(SyncScope::GlobalUnit)) {
        return {};
    }
    const Core::Result<std::optional<Row>> found =
        readRow(QStringLiteral("customers"), customerId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted || (*found)->scopeUnit == order.scopeUnit)
        return {};
    // Only a customer of a unit that sees everything moves: one already a dealer's or a
    // store's is theirs.
    QSqlQuery q = m_store.prepare(QStringLiteral("SELECT kind FROM org_units WHERE id = ?"));
    q.addBindValue((*found)->scopeUnit);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    const QString kind = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (kind != QLatin1String("head_office") && kind != QLatin1String("factory")
        && !(*found)->scopeUnit.isEmpty()) {
        return {};
    }
    Row moved = **found;
    moved.scopeUnit = order.scopeUnit;
    const PushEntry entry{{}, QStringLiteral("customers"), customerId,
                          QStringLiteral("update"), moved.hlc, {}};
    if (const Core::Result<qint64> revision = writeRow(entry, moved, true, now); !revision)
        return revision.error();
    return {};
}

Core::Result<QString> ServerSync::partnerRefusal(const PushEntry &entry, const Row *row,
                                                 const SyncScope &scope)
{
    const std::pair<const char *, const char *> partners[] = {{"dealer_id", "dealer"},
                                                              {"store_id", "store"}};
    for (const auto &[column, kind] : partners) {
        const QString key = QLatin1String(column);
        if (!entry.fields.contains(key))
            continue;
        const QString wanted = entry.fields.value(key).toString();
        if (row) {
            if (wanted == row->fields.value(key).toString())
                continue;
            return tr("only head office can give an order to another dealer or store (%1)")
                .arg(key);
        }
        // A new order may name no partner, or the writer's own unit's.
        const Core::Result<QString> unit = unitOfPartner(wanted, QLatin1String(kind));
        if (!unit)
            return unit.error();
        if (!unit->isEmpty() && *unit != scope.unitId) {
            return tr("an order made here cannot name another dealer or store (%1)")
                .arg(key);
        }
    }
    return QString();
}

Core::Result<QString> ServerSync::claimOrderNo(const QString &rowId, const QString &wanted)
{
    if (wanted.isEmpty())
        return wanted;
    for (int n = 1;; ++n) {
        const QString number = n == 1 ? wanted : wanted + u'-' + QString::number(n);
        QSqlQuery held = m_store.prepare(QStringLiteral(
            "SELECT row_id FROM sync_order_numbers WHERE order_no = ?"));
        held.addBindValue(number);
        if (Core::Status s = m_store.exec(held); !s)
            return s.error();
        if (held.next()) {
            if (held.value(0).toString() == rowId)
                return number;
            continue;
        }
        held.finish();
        QSqlQuery claim = m_store.prepare(QStringLiteral(
            "INSERT INTO sync_order_numbers (order_no, row_id) VALUES (?, ?)"));
        claim.addBindValue(number);
        claim.addBindValue(rowId);
        if (Core::Status s = m_store.exec(claim); !s)
            return s.error();
        if (n > 1) {
            qCInfo(lcServer) << "order" << rowId << "asked for the number" << wanted
                             << "which another order holds; it is" << number;
        }
        return number;
    }
}

Core::Result<bool> ServerSync::changeOrderNo(const QString &rowId, const QString &from,
                                             const QString &to)
{
    QSqlQuery held = m_store.prepare(QStringLiteral(
        "SELECT row_id FROM sync_order_numbers WHERE order_no = ?"));
    held.addBindValue(to);
    if (Core::Status s = m_store.exec(held); !s)
        return s.error();
    if (held.next() && held.value(0).toString() != rowId)
        return false;
    held.finish();
    if (!to.isEmpty()) {
        QSqlQuery claim = m_store.prepare(QStringLiteral(
            "INSERT INTO sync_order_numbers (order_no, row_id) VALUES (?, ?) "
            "ON CONFLICT (order_no) DO NOTHING"));
        claim.addBindValue(to);
        claim.addBindValue(rowId);
        if (Core::Status s = m_store.exec(claim); !s)
            return s.error();
    }
    QSqlQuery release = m_store.prepare(QStringLiteral(
        "DELETE FROM sync_order_numbers WHERE order_no = ? AND row_id = ?"));
    release.addBindValue(from);
    release.addBindValue(rowId);
    if (Core::Status s = m_store.exec(release); !s)
        return s.error();
    return true;
}

Core::Result<QString> ServerSync::unitAfterPartnerChange(const PushEntry &entry,
                                                         const Row &was, const Row &now,
                                                         const SyncScope &scope)
{
    const QString dealer = QStringLiteral("dealer_id");
    const QString store = QStringLiteral("store_id");
    if (was.fields.value(dealer) == now.fields.value(dealer)
        && was.fields.value(store) == now.fields.value(store)) {
        return QString();
    }
    // The same rule as for a new order, on the order as it is now.
    PushEntry probe = entry;
    probe.fields = now.fields;
    const Core::Result<QString> unit = scopeForNewRow(probe, scope);
    if (!unit)
        return unit.error();
    if (unit->isNull() || *unit == was.scopeUnit)
        return QString();
    return *unit;
}

Core::Status ServerSync::moveOrder(const QString &orderId, const Row &order, const QString &from,
                                   const QString &now)
{
    qCInfo(lcServer) << "order" << orderId << "moves from unit" << from << "to"
                     << order.scopeUnit;
    if (Core::Status s = recordExit(QStringLiteral("sales_orders"), orderId, from, order.hlc, now);
        !s) {
        return s;
    }
    if (Core::Status s = moveChildren(QStringLiteral("sales_orders"), orderId, from,
                                      order.scopeUnit, now);
        !s) {
        return s;
    }
    // Its installation jobs are seen by the unit of their order.
    QSqlQuery jobs = m_store.prepare(QStringLiteral(
        "UPDATE install_jobs SET scope_unit = ? WHERE order_id = ? AND scope_unit = ?"));
    jobs.addBindValue(order.scopeUnit);
    jobs.addBindValue(orderId);
    jobs.addBindValue(from);
    if (Core::Status s = m_store.exec(jobs); !s)
        return s;

    // The customer goes along unless another order of the old unit still names it.
    const QString customerId = order.fields.value(QStringLiteral("customer_id")).toString();
    if (customerId.isEmpty())
        return {};
    const Core::Result<std::optional<Row>> customer =
        readRow(QStringLiteral("customers"), customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value() || (*customer)->scopeUnit != from)
        return {};
    const Core::Result<QList<Held>> others =
        rowsNaming(QStringLiteral("sales_orders"), QStringLiteral("customer_id"), customerId,
                   from);
    if (!others)
        return others.error();
    for (const Held &other : *others) {
        if (!other.row.deleted)
            return {};
    }
    return moveRow(QStringLiteral("customers"), customerId, **customer, order.scopeUnit, now);
}

Core::Result<QList<ServerSync::Held>> ServerSync::rowsNaming(const QString &table,
                                                             const QString &column,
                                                             const QString &id,
                                                             const QString &unit)
{
    // The fields are compact JSON, so a value appears as "id" exactly; the match is checked
    // again on the parsed fields (LIKE's _ matches any character). This reads the unit's rows
    // through the scope index: a rare write (an order given to another dealer) pays for it.
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT row_id, revision, hlc, deleted, fields, field_hlc FROM sync_rows "
        "WHERE scope_unit = ? AND table_name = ? AND fields LIKE ?"));
    q.addBindValue(unit);
    q.addBindValue(table);
    q.addBindValue(QStringLiteral("%\"%1\"%").arg(id));
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QList<Held> list;
    while (q.next()) {
        Row row{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() != 0,
                parseFields(q.value(4).toString()), unit, parseFields(q.value(5).toString())};
        if (row.fields.value(column).toString() == id)
            list.append(Held{q.value(0).toString(), row});
    }
    return list;
}

Core::Status ServerSync::moveChildren(const QString &table, const QString &rowId,
                                      const QString &from, const QString &to, const QString &now)
{
    using Sync::SyncTables;
    for (const QString &child : SyncTables::tables()) {
        const SyncTables::Scope scope = SyncTables::scope(child);
        if (SyncTables::parentTable(child) != table
            || (scope != SyncTables::Scope::Order && scope != SyncTables::Scope::Parent
                && scope != SyncTables::Scope::OrderOrGlobal)) {
            continue;
        }
        QList<Held> rows;
        if (SyncTables::parentColumn(child) == SyncTables::keyColumn(child)) {
            // One row per parent, keyed by the parent's id (an order's process).
            const Core::Result<std::optional<Row>> one = readRow(child, rowId);
            if (!one)
                return one.error();
            if (one->has_value() && (*one)->scopeUnit == from)
                rows.append(Held{rowId, **one});
        } else {
            const Core::Result<QList<Held>> found =
                rowsNaming(child, SyncTables::parentColumn(child), rowId, from);
            if (!found)
                return found.error();
            rows = *found;
        }
        for (const Held &held : std::as_const(rows)) {
            if (Core::Status s = moveRow(child, held.rowId, held.row, to, now); !s)
                return s;
            if (Core::Status s = moveChildren(child, held.rowId, from, to, now); !s)
                return s;
        }
    }
    return {};
}

Core::Status ServerSync::moveRow(const QString &table, const QString &rowId, Row row,
                                 const QString &to, const QString &now)
{
    const QString from = row.scopeUnit;
    row.scopeUnit = to;
    const PushEntry entry{{}, table, rowId, QStringLiteral("update"), row.hlc, {}};
    if (const Core::Result<qint64> revision = writeRow(entry, row, true, now); !revision)
        return revision.error();
    return recordExit(table, rowId, from, row.hlc, now);
}

Core::Status ServerSync::recordExit(const QString &table, const QString &rowId,
                                    const QString &from, const QString &hlc, const QString &now)
{
    // A unit that sees every row needs no notice; every other unit's desks drop the row.
    if (from == QLatin1String(SyncScope::GlobalUnit))
        return {};
    const Core::Result<qint64> revision = m_store.nextValue(QStringLiteral("revision"));
    if (!revision)
        return revision.error();
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO sync_scope_exits (revision, table_name, row_id, scope_unit, hlc, left_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(*revision);
    q.addBindValue(table);
    q.addBindValue(rowId);
    q.addBindValue(from);
    q.addBindValue(hlc);
    q.addBindValue(now);
    return m_store.exec(q);
}

Core::Result<qint64> ServerSync::writeRow(const PushEntry &entry, const Row &row, bool exists,
                                          const QString &now)
{
    const Core::Result<qint64> revision = m_store.nextValue(QStringLiteral("revision"));
    if (!revision)
        return revision.error();
    QSqlQuery q = m_store.prepare(
        exists ? QStringLiteral("UPDATE sync_rows SET revision = ?, hlc = ?, deleted = ?, "
                                "fields = ?, scope_unit = ?, updated_at = ?, field_hlc = ? "
                                "WHERE table_name = ? AND row_id = ?")
               : QStringLiteral("INSERT INTO sync_rows (revision, hlc, deleted, fields, "
                                "scope_unit, updated_at, field_hlc, table_name, row_id) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(*revision);
    q.addBindValue(row.hlc);
    q.addBindValue(row.deleted ? 1 : 0);
    q.addBindValue(compact(row.fields));
    q.addBindValue(row.scopeUnit);
    q.addBindValue(now);
    q.addBindValue(compact(row.fieldHlc));
    q.addBindValue(entry.table);
    q.addBindValue(entry.rowId);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    return *revision;
}

Core::Result<qint64> ServerSync::writeServerRow(const QString &table, const QString &rowId,
                                                const QJsonObject &fields,
                                                const QString &scopeUnit, const QDateTime &now)
{
    const PushEntry entry{{}, table, rowId, QStringLiteral("insert"),
                          Core::HybridClock::format(now.toMSecsSinceEpoch(), 0,
                                                    QStringLiteral("server")),
                          fields};
    const Core::Result<std::optional<Row>> found = readRow(table, rowId);
    if (!found)
        return found.error();
    Row next = found->value_or(Row{0, entry.hlc, false, {}, scopeUnit, {}});
    QJsonObject given = fields;
    if (table == QLatin1String("sales_orders") && !found->has_value()) {
        const QString wanted = fields.value(QStringLiteral("order_no")).toString();
        const Core::Result<QString> number = claimOrderNo(rowId, wanted);
        if (!number)
            return number.error();
        given.insert(QStringLiteral("order_no"), *number);
    }
    for (auto it = next.fields.begin(); it != next.fields.end(); ++it) {
        if (!next.fieldHlc.contains(it.key()))
            next.fieldHlc.insert(it.key(), next.hlc);
    }
    for (auto it = given.begin(); it != given.end(); ++it) {
        if (next.fieldHlc.value(it.key()).toString(next.hlc) > entry.hlc)
            continue;
        next.fields.insert(it.key(), it.value());
        next.fieldHlc.insert(it.key(), entry.hlc);
    }
    next.hlc = qMax(next.hlc, entry.hlc);
    for (const QString &key : next.fieldHlc.keys()) {
        if (next.fieldHlc.value(key).toString() == next.hlc)
            next.fieldHlc.remove(key);
    }
    return writeRow(entry, next, found->has_value(), ServerTime::text(now));
}

Core::Result<PullPage> ServerSync::changesAfter(qint64 after, int limit, const SyncScope &scope)
{
    PullPage page;
    page.next = after;
    if (scope.readable.isEmpty())
        return page;
    QStringList marks;
    marks.fill(QStringLiteral("?"), scope.readable.size());
    const QString filter =
        QStringLiteral("IN (%1) %2")
            .arg(marks.join(QStringLiteral(", ")),
                 scope.seesAll ? QString()
                               : QStringLiteral("AND scope_unit IN (?, '%1')")
                                     .arg(QLatin1String(SyncScope::GlobalUnit)));
    // Read before the page, so that the page never ends past it. The table name as an
    // expression keeps both databases walking the revision index down from the top (or the
    // scope index) instead of reading every row of the tables through the key.
    QSqlQuery head = m_store.prepare(
        QStringLiteral("SELECT MAX(revision) FROM sync_rows WHERE (table_name || '') %1")
            .arg(filter));
    for (const QString &table : scope.readable)
        head.addBindValue(table);
    if (!scope.seesAll)
        head.addBindValue(scope.unitId);
    if (Core::Status s = m_store.exec(head); !s)
        return s.error();
    page.head = head.next() ? head.value(0).toLongLong() : 0;
    QSqlQuery q = m_store.prepare(
        QStringLiteral("SELECT revision, table_name, row_id, hlc, deleted, fields, field_hlc "
                       "FROM sync_rows WHERE revision > ? AND table_name %1 ORDER BY revision "
                       "LIMIT ?")
            .arg(filter));
    q.addBindValue(after);
    for (const QString &table : scope.readable)
        q.addBindValue(table);
    if (!scope.seesAll)
        q.addBindValue(scope.unitId);
    q.addBindValue(limit + 1);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    while (q.next()) {
        PulledChange c;
        c.revision = q.value(0).toLongLong();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.hlc = q.value(3).toString();
        c.deleted = q.value(4).toInt() != 0;
        c.fields = parseFields(q.value(5).toString());
        c.fieldHlc = parseFields(q.value(6).toString());
        page.changes.append(c);
    }
    q.finish();
    if (!scope.seesAll) {
        // The rows that left the unit, in the same revision order.
        QSqlQuery exits = m_store.prepare(
            QStringLiteral("SELECT revision, table_name, row_id, hlc FROM sync_scope_exits "
                           "WHERE scope_unit = ? AND revision > ? AND table_name IN (%1) "
                           "ORDER BY revision LIMIT ?")
                .arg(marks.join(QStringLiteral(", "))));
        exits.addBindValue(scope.unitId);
        exits.addBindValue(after);
        for (const QString &table : scope.readable)
            exits.addBindValue(table);
        exits.addBindValue(limit + 1);
        if (Core::Status s = m_store.exec(exits); !s)
            return s.error();
        while (exits.next()) {
            PulledChange c;
            c.revision = exits.value(0).toLongLong();
            c.table = exits.value(1).toString();
            c.rowId = exits.value(2).toString();
            c.hlc = exits.value(3).toString();
            c.gone = true;
            page.changes.append(c);
            page.head = qMax(page.head, c.revision);
        }
        std::sort(page.changes.begin(), page.changes.end(),
                  [](const PulledChange &a, const PulledChange &b) {
                      return a.revision < b.revision;
                  });
    }
    if (page.changes.size() > limit) {
        page.more = true;
        page.changes.resize(limit);
    }
    if (!page.changes.isEmpty())
        page.next = page.changes.last().revision;
    return page;
}

} // namespace Hearth::Server
