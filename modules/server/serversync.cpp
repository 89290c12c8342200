#include "serversync.h"

#include "core/hybridclock.h"
#include "logging.h"
#include "naturalkeys.h"
#include "serverstore.h"
#include "servertime.h"
#include "sync/synctables.h"
#include "users/roles.h"

#include <QJsonDocument>
#include <QSet>
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
    // The total of an order is the server's to derive, once the whole push is in.
    const Core::Result<QStringList> orders = ordersOfPush(entries);
    if (!orders)
        return orders.error();
    for (const QString &order : *orders) {
        if (Core::Status s = deriveOrderTotal(order, now); !s)
            return s.error();
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
        "SELECT revision, outcome, key_changes FROM sync_applied WHERE change_id = ?"));
    seen.addBindValue(entry.changeId);
    if (Core::Status s = m_store.exec(seen); !s)
        return s.error();
    if (seen.next()) {
        const QJsonObject told = parseFields(seen.value(2).toString());
        const Core::Result<PushResult> again =
            replay(entry, seen.value(1).toString(), seen.value(0).toLongLong());
        if (!again || told.isEmpty())
            return again;
        // The keys the server gave the row, told again.
        PushResult answer = *again;
        answer.serverFields = told.value(QStringLiteral("fields")).toObject();
        answer.detail = told.value(QStringLiteral("detail")).toString();
        return answer;
    }

    const Core::Result<std::optional<Row>> found = readRow(entry.table, entry.rowId);
    if (!found)
        return found.error();
    const std::optional<Row> &row = *found;
    PushResult result{entry.changeId, Outcome::Applied, row ? row->revision : 0, {}, {}};

    if (!scope.writable.contains(entry.table)) {
        return PushResult{entry.changeId, Outcome::Refused, 0, {},
                          tr("your role may not change %1 (it needs %2)")
                              .arg(entry.table, SyncTables::writePermission(entry.table))};
    }
    if (row && !scope.sees(row->scopeUnit)) {
        // Not recorded as applied: the author learns nothing about the row, and nothing changes.
        return PushResult{entry.changeId, Outcome::Refused, 0, {},
                          tr("no row of %1 that you may change has this id").arg(entry.table)};
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
    if (!row && entry.op == QLatin1String("update")) {
        // A desk sends a row the server never acknowledged whole; an update of some fields
        // of a row the server does not hold would make a row of those fields alone. Answered as
        // a foreign row is, so that it tells nothing of which ids exist.
        const QStringList columns = SyncTables::columns(entry.table);
        const bool whole = std::all_of(columns.begin(), columns.end(), [&](const QString &c) {
            return entry.fields.contains(c);
        });
        if (!whole) {
            return PushResult{entry.changeId, Outcome::Refused, 0, {},
                              tr("no row of %1 that you may change has this id")
                                  .arg(entry.table)};
        }
    }
    if (!row) {
        const Core::Result<QString> unit = scopeForNewRow(entry, scope);
        if (!unit)
            return unit.error();
        if (unit->isNull()) {
            return PushResult{entry.changeId, Outcome::Refused, 0, {},
                              tr("the order or unit this row belongs to is not one you may "
                                 "change")};
        }
        const Core::Result<std::optional<PushResult>> same = sameEvent(entry, scope);
        if (!same)
            return same.error();
        if (same->has_value())
            return recordApplied(entry, **same, scope, now);
        Row fresh{0, entry.hlc, isDelete, entry.fields, *unit, {}};
        const Core::Result<QList<NaturalKeys::Change>> keys =
            NaturalKeys(m_store).claim(entry.table, entry.rowId, &fresh.fields, isDelete);
        if (!keys)
            return keys.error();
        tellKeyChanges(*keys, &result);
        const Core::Result<qint64> revision = writeRow(entry, fresh, false, now);
        if (!revision)
            return revision.error();
        result.revision = *revision;
        if (entry.table == QLatin1String("sales_orders") && !isDelete) {
            if (Core::Status s = customerFollowsOrder(entry.rowId, fresh, now); !s)
                return s.error();
        }
        if (entry.table == QLatin1String("customers") && !isDelete) {
            if (Core::Status s = customerJoinsOrders(entry.rowId, now); !s)
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
            // A key another row holds is given a free value (a row the server gave a new one,
            // sent again by a desk that has not pulled it yet, keeps the one it was given).
            const Core::Result<QList<NaturalKeys::Change>> keys =
                NaturalKeys(m_store).claim(entry.table, entry.rowId, &next.fields, next.deleted);
            if (!keys)
                return keys.error();
            QList<NaturalKeys::Change> fresh;
            for (const NaturalKeys::Change &key : *keys) {
                next.fieldHlc.insert(key.column, entry.hlc);
                // A key the row was given before and keeps is no news to its desk.
                const QJsonValue held = row->fields.value(key.column);
                if (key.value.isDouble() ? held.toInteger() != key.value.toInteger()
                                         : held.toString() != key.value.toString()) {
                    fresh.append(key);
                }
            }
            tellKeyChanges(fresh, &result);
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
                if (Core::Status s = customerFollowsOrder(entry.rowId, next, now); !s)
                    return s.error();
            }
        }
    }

    return recordApplied(entry, result, scope, now);
}

Core::Result<std::optional<PushResult>> ServerSync::sameEvent(const PushEntry &entry,
                                                              const SyncScope &scope)
{
    const QString column =
        Sync::SyncTables::eventKeyColumns(entry.table).join(QStringLiteral(" + "));
    const QString key = Sync::SyncTables::eventKey(entry.table, entry.fields);
    if (key.isEmpty() || entry.op != QLatin1String("insert"))
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
        "applied_at, key_changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    record.addBindValue(entry.changeId);
    record.addBindValue(entry.table);
    record.addBindValue(entry.rowId);
    record.addBindValue(Sync::Protocol::outcomeName(result.outcome));
    record.addBindValue(result.revision);
    record.addBindValue(scope.userId);
    record.addBindValue(now);
    // What tellKeyChanges told the author, for a retry of the same change.
    const bool keysChanged = result.outcome == Outcome::Applied && !result.serverFields.isEmpty();
    record.addBindValue(keysChanged ? QVariant(compact(QJsonObject{
                                          {QStringLiteral("fields"), result.serverFields},
                                          {QStringLiteral("detail"), result.detail}}))
                                    : QVariant(QMetaType(QMetaType::QString)));
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

Core::Status ServerSync::customerFollowsOrder(const QString &orderId, const Row &order,
                                              const QString &now)
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
    if (!found->has_value())
        return awaitCustomer(customerId, orderId);
    if ((*found)->deleted || (*found)->scopeUnit == order.scopeUnit)
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

void ServerSync::tellKeyChanges(const QList<NaturalKeys::Change> &changes, PushResult *result)
{
    QStringList details;
    for (const NaturalKeys::Change &change : changes) {
        details.append(change.detail);
        // The author's desk records the new value as a notice (a changed key is not a status
        // refusal's server field, which a desk writes back into its row at once).
        if (result->outcome == Outcome::Applied)
            result->serverFields.insert(change.column, change.value);
    }
    if (details.isEmpty())
        return;
    if (!result->detail.isEmpty())
        details.prepend(result->detail);
    result->detail = details.join(QStringLiteral("; "));
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
    if (Core::Status s = noteLineOrder(entry.table, entry.rowId, row); !s)
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
    for (auto it = next.fields.begin(); it != next.fields.end(); ++it) {
        if (!next.fieldHlc.contains(it.key()))
            next.fieldHlc.insert(it.key(), next.hlc);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (next.fieldHlc.value(it.key()).toString(next.hlc) > entry.hlc)
            continue;
        next.fields.insert(it.key(), it.value());
        next.fieldHlc.insert(it.key(), entry.hlc);
    }
    // An order received through intake with a number another order holds gets a free one.
    const Core::Result<QList<NaturalKeys::Change>> keys =
        NaturalKeys(m_store).claim(table, rowId, &next.fields, next.deleted);
    if (!keys)
        return keys.error();
    for (const NaturalKeys::Change &key : *keys)
        next.fieldHlc.insert(key.column, entry.hlc);
    next.hlc = qMax(next.hlc, entry.hlc);
    for (const QString &key : next.fieldHlc.keys()) {
        if (next.fieldHlc.value(key).toString() == next.hlc)
            next.fieldHlc.remove(key);
    }
    return writeRow(entry, next, found->has_value(), ServerTime::text(now));
}

Core::Status ServerSync::awaitCustomer(const QString &customerId, const QString &orderId)
{
    QSqlQuery order = m_store.prepare(QStringLiteral(
        "SELECT revision FROM sync_rows WHERE table_name = 'sales_orders' AND row_id = ?"));
    order.addBindValue(orderId);
    if (Core::Status s = m_store.exec(order); !s)
        return s;
    if (!order.next())
        return {};
    const qint64 revision = order.value(0).toLongLong();
    order.finish();
    // The first time an order names the customer is the one that counts.
    QSqlQuery wait = m_store.prepare(QStringLiteral(
        "INSERT INTO sync_customer_waits (customer_id, order_id, revision) VALUES (?, ?, ?) "
        "ON CONFLICT (customer_id, order_id) DO NOTHING"));
    wait.addBindValue(customerId);
    wait.addBindValue(orderId);
    wait.addBindValue(revision);
    return m_store.exec(wait);
}

Core::Status ServerSync::customerJoinsOrders(const QString &customerId, const QString &now)
{
    QSqlQuery waits = m_store.prepare(QStringLiteral(
        "SELECT order_id FROM sync_customer_waits WHERE customer_id = ? "
        "ORDER BY revision, order_id"));
    waits.addBindValue(customerId);
    if (Core::Status s = m_store.exec(waits); !s)
        return s;
    QStringList orders;
    while (waits.next())
        orders.append(waits.value(0).toString());
    waits.finish();
    if (orders.isEmpty())
        return {};
    for (const QString &orderId : std::as_const(orders)) {
        const Core::Result<std::optional<Row>> order =
            readRow(QStringLiteral("sales_orders"), orderId);
        if (!order)
            return order.error();
        // An order that names another customer by now, or is gone, leads nowhere.
        if (!order->has_value() || (*order)->deleted
            || (*order)->fields.value(QStringLiteral("customer_id")).toString() != customerId) {
            continue;
        }
        if (Core::Status s = customerFollowsOrder(orderId, **order, now); !s)
            return s;
    }
    QSqlQuery done = m_store.prepare(QStringLiteral(
        "DELETE FROM sync_customer_waits WHERE customer_id = ?"));
    done.addBindValue(customerId);
    return m_store.exec(done);
}

Core::Status ServerSync::noteLineOrder(const QString &table, const QString &rowId,
                                       const Row &row)
{
    if (table != QLatin1String("order_lines"))
        return {};
    const QString orderId = row.fields.value(QStringLiteral("order_id")).toString();
    if (orderId.isEmpty())
        return {};
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "INSERT INTO sync_order_lines (line_id, order_id) VALUES (?, ?) "
        "ON CONFLICT (line_id) DO UPDATE SET order_id = excluded.order_id"));
    q.addBindValue(rowId);
    q.addBindValue(orderId);
    return m_store.exec(q);
}

Core::Result<QStringList> ServerSync::ordersOfPush(const QList<PushEntry> &entries)
{
    QStringList orders;
    QSet<QString> seen;
    for (const PushEntry &entry : entries) {
        QString orderId;
        if (entry.table == QLatin1String("sales_orders")) {
            orderId = entry.rowId;
        } else if (entry.table == QLatin1String("order_lines")) {
            // An edit or a delete of a line names only the fields it changed.
            orderId = entry.fields.value(QStringLiteral("order_id")).toString();
            if (orderId.isEmpty()) {
                QSqlQuery q = m_store.prepare(QStringLiteral(
                    "SELECT order_id FROM sync_order_lines WHERE line_id = ?"));
                q.addBindValue(entry.rowId);
                if (Core::Status s = m_store.exec(q); !s)
                    return s.error();
                if (q.next())
                    orderId = q.value(0).toString();
            }
        }
        if (!orderId.isEmpty() && !seen.contains(orderId)) {
            seen.insert(orderId);
            orders.append(orderId);
        }
    }
    return orders;
}

Core::Status ServerSync::deriveOrderTotal(const QString &orderId, const QDateTime &now)
{
    const QString total = QStringLiteral("total_micros");
    const Core::Result<std::optional<Row>> found =
        readRow(QStringLiteral("sales_orders"), orderId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->deleted)
        return {};
    QSqlQuery lines = m_store.prepare(QStringLiteral(
        "SELECT r.deleted, r.fields FROM sync_order_lines l JOIN sync_rows r "
        "ON r.table_name = 'order_lines' AND r.row_id = l.line_id WHERE l.order_id = ?"));
    lines.addBindValue(orderId);
    if (Core::Status s = m_store.exec(lines); !s)
        return s;
    bool anyLine = false;
    qint64 sum = 0;
    while (lines.next()) {
        anyLine = true;
        if (lines.value(0).toInt() == 0)
            sum += parseFields(lines.value(1).toString()).value(QStringLiteral("amount_micros"))
                       .toInteger();
    }
    lines.finish();
    const Row &order = **found;
    const QJsonValue held = order.fields.value(total);
    if (!anyLine || (held.isDouble() && held.toInteger() == sum))
        return {};

    // Later than every field of the order, so that the sum wins on the server and on every
    // desk however far the desks' clocks run ahead of the server's.
    QString latest = order.hlc;
    for (auto it = order.fieldHlc.begin(); it != order.fieldHlc.end(); ++it)
        latest = qMax(latest, it.value().toString());
    const QString server = QStringLiteral("server");
    QString hlc = Core::HybridClock::format(now.toMSecsSinceEpoch(), 0, server);
    if (hlc <= latest) {
        hlc = Core::HybridClock::format(latest.section(u'-', 0, 0).toLongLong(),
                                        latest.section(u'-', 1, 1).toInt() + 1, server);
    }
    Row next = order;
    for (auto it = order.fields.begin(); it != order.fields.end(); ++it) {
        if (!next.fieldHlc.contains(it.key()))
            next.fieldHlc.insert(it.key(), order.hlc);
    }
    next.fields.insert(total, sum);
    next.fieldHlc.insert(total, hlc);
    next.hlc = hlc;
    for (const QString &key : next.fieldHlc.keys()) {
        if (next.fieldHlc.value(key).toString() == next.hlc)
            next.fieldHlc.remove(key);
    }
    qCInfo(lcServer) << "order" << orderId << "held the total" << held.toInteger()
                     << "and is given the sum of its lines," << sum;
    const PushEntry entry{{}, QStringLiteral("sales_orders"), orderId, QStringLiteral("update"),
                          hlc, {}};
    const Core::Result<qint64> revision = writeRow(entry, next, true, ServerTime::text(now));
    if (!revision)
        return revision.error();
    return {};
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
