#pragma once

#include "core/result.h"
#include "naturalkeys.h"
#include "serveruser.h"
#include "sync/protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// Who is syncing and which rows they may see and write: everything for an administrator,
/// head office and the factory; otherwise only the rows scoped to their own organisation unit;
/// and of those, only the tables whose module's permissions the role grants.
struct SyncScope
{
    QString userId;
    QString unitId;
    bool seesAll = false;
    QStringList readable;  // tables the role may read
    QStringList writable;  // tables the role may write

    static SyncScope of(const ServerUser &user);
    bool sees(const QString &scopeUnit) const
    {
        return seesAll || scopeUnit == unitId || scopeUnit == QLatin1String(GlobalUnit);
    }

    /// The scope unit of catalogue rows (partners, products, organisation units): every desk.
    static constexpr char GlobalUnit[] = "*";
};

/// The server's side of sync on ServerStore: applies pushed changes once each, merging field by
/// field (each field takes the value of its latest HLC; a delete is final and an edit of a
/// deleted row is a conflict; events are inserted once and never changed), checks order status
/// changes against the process, and reads changes after a revision within a scope. Writes run
/// in the caller's transaction.
///
/// The unit a new sales order is scoped to: for an author who sees every unit (head office, the
/// factory, an administrator), the organisation unit whose code is the code of the order's
/// dealer (dealer_id's partner, unit kind "dealer"), else of its store (store_id, kind "store"),
/// else the author's own unit; for anyone else, always the author's own unit. Children of an
/// order follow the order; operations and production events follow their work order; comments
/// follow their task. A stock move follows its order when it names one and is every desk's
/// (the warehouse's) otherwise. An event whose idempotency key an earlier row holds is that
/// event again: answered as a duplicate of the earlier row and not stored twice. A row that
/// asks for a code or number another row holds (SyncTables::naturalKeys) is given a free one
/// (NaturalKeys); the answer's detail and server fields tell its desk. When someone
/// who sees every unit gives an order to another dealer or store, the order and everything of
/// it move to that unit, and the old unit's desks are told to drop them (PulledChange::gone).
/// An order's total_micros is the sum of its live lines' amount_micros, whatever a desk sends:
/// after each push the server writes the sum back where it differs (deriveOrderTotal).
class ServerSync
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::ServerSync)

public:
    explicit ServerSync(ServerStore &store) : m_store(store) {}

    Core::Result<QList<Sync::PushResult>> apply(const QList<Sync::PushEntry> &entries,
                                                const SyncScope &scope, const QDateTime &now);
    Core::Result<Sync::PullPage> changesAfter(qint64 after, int limit, const SyncScope &scope);

    /// Writes a row that the server itself makes (an order received through intake), at a
    /// server HLC of now, merged into the row when it exists. Returns the row's new revision.
    Core::Result<qint64> writeServerRow(const QString &table, const QString &rowId,
                                        const QJsonObject &fields, const QString &scopeUnit,
                                        const QDateTime &now);
    /// The unit of the partner's organisation unit (same code, kind "dealer" or "store"), or a
    /// null string when there is none.
    Core::Result<QString> unitOfPartner(const QString &partnerId, const QString &kind);
    /// The unit whose code is this, of this kind, or a null string.
    Core::Result<QString> unitByCode(const QString &code, const QString &kind);
    /// Whether a process allows the order's status to go from one status to another; an empty
    /// process code asks whether any process does.
    Core::Result<bool> statusChangeAllowed(const QString &processCode, const QString &from,
                                           const QString &to);

private:
    struct Row
    {
        qint64 revision = 0;
        QString hlc;
        bool deleted = false;
        QJsonObject fields;
        QString scopeUnit;
        QJsonObject fieldHlc;
    };

    struct Held
    {
        QString rowId;
        Row row;
    };

    Core::Result<Sync::PushResult> applyOne(const Sync::PushEntry &entry, const SyncScope &scope,
                                            const QString &now);
    Core::Result<std::optional<Row>> readRow(const QString &table, const QString &rowId);
    /// The unit a new row belongs to: a line follows its order; anything else, its author.
    Core::Result<QString> scopeForNewRow(const Sync::PushEntry &entry, const SyncScope &scope);
    /// A customer that head office wrote (scoped to a unit that sees everything) follows the
    /// first dealer's or store's order that names it into that unit, so that the dealer's
    /// desk has the customers of its own orders; a customer already in a dealer's or store's
    /// unit stays there. A customer not held yet waits for the order (awaitCustomer).
    Core::Status customerFollowsOrder(const QString &orderId, const Row &order,
                                      const QString &now);
    /// Remembers an order that names a customer the server does not hold yet
    /// (sync_customer_waits), so that the customer follows it when it arrives.
    Core::Status awaitCustomer(const QString &customerId, const QString &orderId);
    /// A customer just written follows the orders that named it before it arrived, the first
    /// one first, as it would have followed them had it come before them (customerFollowsOrder:
    /// of several orders of different units, the first one's unit keeps it).
    Core::Status customerJoinsOrders(const QString &customerId, const QString &now);
    /// Records which order a line row names (sync_order_lines); nothing for other tables.
    Core::Status noteLineOrder(const QString &table, const QString &rowId, const Row &row);
    /// The orders whose total a push may have changed: its orders and the orders of its
    /// lines, each once, in the order of the push.
    Core::Result<QStringList> ordersOfPush(const QList<Sync::PushEntry> &entries);
    /// A live order's total_micros is the sum of amount_micros over its live lines: when the
    /// held total differs, the order is written again with the sum, at an HLC later than any
    /// of its fields', so that every desk (its author too) takes it. An order the server holds
    /// no line of (live or deleted) keeps the total it was given.
    Core::Status deriveOrderTotal(const QString &orderId, const QDateTime &now);
    /// Why a writer who sees only its own unit may not write this order's dealer_id or
    /// store_id (another unit's partner, or any change of them), or empty when it may.
    Core::Result<QString> partnerRefusal(const Sync::PushEntry &entry, const Row *row,
                                         const SyncScope &scope);
    /// Tells a row's author which of its keys the server changed (NaturalKeys::claim): in
    /// the result's detail and, when it was applied, its server fields.
    static void tellKeyChanges(const QList<NaturalKeys::Change> &changes,
                               Sync::PushResult *result);
    /// For an order whose dealer or store changed: the unit it now belongs to (the rule of a
    /// new order, on its fields as merged), or a null string when it stays where it is.
    Core::Result<QString> unitAfterPartnerChange(const Sync::PushEntry &entry, const Row &was,
                                                 const Row &now, const SyncScope &scope);
    /// Moves what belongs to an order just moved (written already, in order.scopeUnit) from
    /// its old unit: its child rows down the parent chain (lines, tasks and their comments,
    /// work orders and their operations and events, receipts, packages, cost lines, ...), its
    /// installation jobs, and its customer unless another order of the old unit names it.
    /// Every row that leaves gets an exit (sync_scope_exits), so that the old unit's desks
    /// drop it on their next pull.
    Core::Status moveOrder(const QString &orderId, const Row &order, const QString &from,
                           const QString &now);
    /// The rows of a table in a unit whose column holds this id.
    Core::Result<QList<Held>> rowsNaming(const QString &table, const QString &column,
                                         const QString &id, const QString &unit);
    Core::Status moveChildren(const QString &table, const QString &rowId, const QString &from,
                              const QString &to, const QString &now);
    Core::Status moveRow(const QString &table, const QString &rowId, Row row, const QString &to,
                         const QString &now);
    Core::Status recordExit(const QString &table, const QString &rowId, const QString &from,
                            const QString &hlc, const QString &now);
    Core::Result<qint64> writeRow(const Sync::PushEntry &entry, const Row &row, bool exists,
                                  const QString &now);
    /// The process code of an order ("furniture"), empty when the server does not know it.
    Core::Result<QString> processOf(const QString &orderId);
    /// For a new event whose key (SyncTables::eventKeyColumn) another row holds already: a
    /// duplicate of that row; otherwise records the key for this row and answers nothing.
    Core::Result<std::optional<Sync::PushResult>> sameEvent(const Sync::PushEntry &entry,
                                                             const SyncScope &scope);
    Core::Result<Sync::PushResult> recordApplied(const Sync::PushEntry &entry,
                                                 const Sync::PushResult &result,
                                                 const SyncScope &scope, const QString &now);
    Core::Result<Sync::PushResult> replay(const Sync::PushEntry &entry, const QString &outcome,
                                          qint64 revision);

    ServerStore &m_store;
};

} // namespace Hearth::Server
