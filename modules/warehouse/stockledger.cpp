#include "stockledger.h"

#include "item.h"
#include "itemstore.h"
#include "movingaverage.h"
#include "stockbalance.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "warehouse.h"
#include "warehousestore.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

constexpr const char *negativeSetting = "warehouse.allow_negative_stock";

#define MOVE_COLUMNS                                                                             \
    "SELECT id, idempotency_key, kind, item_id, COALESCE(lot_id, ''), "                          \
    "COALESCE(from_bin_id, ''), COALESCE(to_bin_id, ''), quantity_micros, unit, "                \
    "unit_cost_micros, value_micros, counted_micros, COALESCE(order_id, ''), "                   \
    "COALESCE(work_order_id, ''), COALESCE(purchase_line_ref, ''), COALESCE(scan_code, ''), "    \
    "user_name, COALESCE(note, ''), hlc, created_at FROM stock_moves "

StockMove readMove(Statement &q)
{
    StockMove m;
    m.id = q.text(0);
    m.idempotencyKey = q.text(1);
    m.kind = StockMove::kindFromCode(q.text(2)).value_or(MoveKind::Receive);
    m.itemId = q.text(3);
    m.lotId = q.text(4);
    m.fromBinId = q.text(5);
    m.toBinId = q.text(6);
    m.quantity = Decimal::fromMicros(q.int64(7));
    m.unit = Orders::unitFromCode(q.text(8)).value_or(Orders::Unit::Piece);
    m.unitCost = Decimal::fromMicros(q.int64(9));
    m.value = Decimal::fromMicros(q.int64(10));
    if (!q.isNull(11))
        m.counted = Decimal::fromMicros(q.int64(11));
    m.orderId = q.text(12);
    m.workOrderId = q.text(13);
    m.purchaseLineRef = q.text(14);
    m.scanCode = q.text(15);
    m.userName = q.text(16);
    m.note = q.text(17);
    m.hlc = q.text(18);
    m.createdAt = q.text(19);
    return m;
}

Core::Result<QList<StockMove>> readMoves(Statement &q, const char *table)
{
    QList<StockMove> moves;
    while (q.next())
        moves.append(readMove(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, table);
    q.reset();
    return moves;
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

QString quantityText(Decimal quantity, Orders::Unit unit)
{
    return quantity.toString() + QLatin1Char(' ') + Orders::unitName(unit);
}

/// A holding whose cost falls back on the item's standard cost while the warehouse never had
/// a receipt of it, so that goods are never valued at nothing by accident.
MovingAverage withFallback(const MovingAverage &h, const Item &item)
{
    if (h.lastReceiptCost())
        return h;
    return MovingAverage(h.quantity(), h.value(), item.standardCost);
}

bool sameRequest(const StockMove &m, MoveKind kind, const MoveRequest &r)
{
    if (m.kind != kind || m.itemId != r.itemId)
        return false;
    return kind == MoveKind::Count ? m.counted == r.quantity : m.quantity == r.quantity;
}

/// The change-log entry of a new row, its fields set by name so that the entry may grow.
Core::Status recordInsert(Connection &c, const QString &table, const QString &rowId,
                          const QJsonObject &after, const QString &hlc,
                          const QString &reason)
{
    ChangeLog::Change change;
    change.table = table;
    change.rowId = rowId;
    change.op = ChangeLog::Op::Insert;
    change.after = after;
    change.hlc = hlc;
    change.reason = reason;
    return ChangeLog::record(c, change);
}

} // namespace

Core::Result<MoveOutcome> StockLedger::receive(const MoveRequest &request)
{
    return record(MoveKind::Receive, request);
}

Core::Result<MoveOutcome> StockLedger::issue(const MoveRequest &request)
{
    return record(MoveKind::Issue, request);
}

Core::Result<MoveOutcome> StockLedger::transfer(const MoveRequest &request)
{
    return record(MoveKind::Transfer, request);
}

Core::Result<MoveOutcome> StockLedger::count(const MoveRequest &request)
{
    return record(MoveKind::Count, request);
}

Core::Result<MoveOutcome> StockLedger::pack(const MoveRequest &request)
{
    return record(MoveKind::Pack, request);
}

Core::Result<MoveOutcome> StockLedger::ship(const MoveRequest &request)
{
    return record(MoveKind::Ship, request);
}

Core::Result<MoveOutcome> StockLedger::returnGoods(const MoveRequest &request)
{
    return record(MoveKind::Return, request);
}

Core::Result<MoveOutcome> StockLedger::record(MoveKind kind, MoveRequest request)
{
    const QString kindName = StockMove::kindName(kind);
    const QString where = request.scanCode.isEmpty()
        ? QStringLiteral("stock_moves: %1").arg(StockMove::kindCode(kind))
        : QStringLiteral("stock_moves: %1 %2").arg(StockMove::kindCode(kind), request.scanCode);

    // The shape each kind needs, before anything is read.
    const bool needsFrom = kind == MoveKind::Issue || kind == MoveKind::Ship
        || kind == MoveKind::Transfer;
    const bool takesFrom = needsFrom || kind == MoveKind::Pack;
    const bool needsTo = kind != MoveKind::Issue && kind != MoveKind::Ship;
    if (needsFrom && request.fromBinId.isEmpty())
        return Core::Error{tr("a %1 needs the bin the goods come from").arg(kindName), where};
    if (!takesFrom && !request.fromBinId.isEmpty())
        return Core::Error{tr("a %1 takes no bin the goods come from").arg(kindName), where};
    if (needsTo && request.toBinId.isEmpty())
        return Core::Error{kind == MoveKind::Count
                               ? tr("a count needs the bin that was counted")
                               : tr("a %1 needs the bin the goods go to").arg(kindName),
                           where};
    if (!needsTo && !request.toBinId.isEmpty())
        return Core::Error{tr("a %1 takes no bin the goods go to").arg(kindName), where};
    if (kind == MoveKind::Transfer && request.fromBinId == request.toBinId)
        return Core::Error{tr("a transfer needs two different bins"), where};
    if (kind == MoveKind::Count ? request.quantity.micros() < 0 : request.quantity.micros() <= 0)
        return Core::Error{tr("the quantity must be more than 0, not %1")
                               .arg(request.quantity.toString()),
                           where};
    if (kind == MoveKind::Issue && request.workOrderId.isEmpty() && request.orderId.isEmpty())
        return Core::Error{tr("an issue needs the work order or order the goods go to"), where};
    if ((kind == MoveKind::Pack || kind == MoveKind::Ship) && request.orderId.isEmpty())
        return Core::Error{tr("a %1 needs the order it is for").arg(kindName), where};
    if (request.unitCost && request.unitCost->micros() < 0)
        return Core::Error{tr("the unit cost must not be negative"), where};

    WriteScope scope(m_c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};

    if (request.key.isEmpty()) {
        request.key = Workflow::Internal::newId();
    } else if (std::optional<StockMove> earlier = findByKey(m_c, request.key)) {
        if (!sameRequest(*earlier, kind, request))
            return Core::Error{tr("the key %1 was already used for another stock move")
                                   .arg(request.key),
                               where};
        return MoveOutcome{*earlier, true};
    }

    const auto item = ItemStore::find(m_c, request.itemId);
    if (!item)
        return Core::Error{tr("no such item"), where + QLatin1Char(' ') + request.itemId};
    const QString itemText = item->code + QLatin1Char(' ') + item->name;

    std::optional<Bin> from;
    std::optional<Bin> to;
    if (!request.fromBinId.isEmpty()) {
        from = WarehouseStore::findBin(m_c, request.fromBinId);
        if (!from || !from->active)
            return Core::Error{tr("the bin the goods come from does not exist or is closed"),
                               where + QLatin1Char(' ') + request.fromBinId};
    }
    if (!request.toBinId.isEmpty()) {
        to = WarehouseStore::findBin(m_c, request.toBinId);
        if (!to || !to->active)
            return Core::Error{tr("the bin the goods go to does not exist or is closed"),
                               where + QLatin1Char(' ') + request.toBinId};
    }

    // The lot: by id, or by number; a number arriving for the first time makes the lot.
    if (request.lotId.isEmpty() && !request.lotNo.isEmpty()) {
        const bool arriving = kind == MoveKind::Receive || kind == MoveKind::Return
            || (kind == MoveKind::Pack && !from);
        if (arriving) {
            auto lot = ItemStore::ensureLot(m_c, item->id, request.lotNo, request.expiresOn);
            if (!lot)
                return lot.error();
            request.lotId = lot->id;
        } else if (auto lot = ItemStore::findLot(m_c, item->id, request.lotNo)) {
            request.lotId = lot->id;
        } else if (kind == MoveKind::Count) {
            auto made = ItemStore::ensureLot(m_c, item->id, request.lotNo, request.expiresOn);
            if (!made)
                return made.error();
            request.lotId = made->id;
        } else {
            return Core::Error{tr("%1 has no lot %2").arg(itemText, request.lotNo), where};
        }
    }

    StockMove move;
    move.kind = kind;
    move.idempotencyKey = request.key;
    move.itemId = item->id;
    move.lotId = request.lotId;
    move.fromBinId = request.fromBinId;
    move.toBinId = request.toBinId;
    move.quantity = request.quantity;
    move.unit = item->unit;
    move.orderId = request.orderId;
    move.workOrderId = request.workOrderId;
    move.purchaseLineRef = request.purchaseLineRef;
    move.scanCode = request.scanCode;
    move.note = request.note;

    if (kind == MoveKind::Count) {
        // The difference between what the bin holds and what was counted, as a move.
        auto have = StockBalance::inBin(m_c, item->id, to->id, request.lotId);
        if (!have)
            return have.error();
        move.counted = request.quantity;
        const qint64 difference = request.quantity.micros() - have->micros();
        move.quantity = Decimal::fromMicros(difference < 0 ? -difference : difference);
        if (difference < 0) {
            from = to;
            to.reset();
            move.fromBinId = from->id;
            move.toBinId.clear();
        }
    }

    if (from && kind != MoveKind::Count) {
        auto have = StockBalance::inBin(m_c, item->id, from->id, request.lotId);
        if (!have)
            return have.error();
        if (*have < move.quantity && !allowsNegativeStock(m_c)) {
            return Core::Error{tr("not enough %1 in bin %2: have %3, want %4")
                                   .arg(itemText, from->code,
                                        quantityText(*have, item->unit),
                                        quantityText(move.quantity, item->unit)),
                               from->code};
        }
    }

    // The value: what leaves takes its share of the source warehouse's value; what arrives
    // without leaving anywhere comes at its own cost or the destination's average.
    if (from) {
        auto held = StockBalance::holding(m_c, item->id, from->warehouseId);
        if (!held)
            return held.error();
        const MovingAverage source = withFallback(*held, *item);
        move.unitCost = source.averageCost();
        move.value = source.outgoingValue(move.quantity);
    } else {
        auto held = StockBalance::holding(m_c, item->id, to->warehouseId);
        if (!held)
            return held.error();
        move.unitCost = request.unitCost.value_or(withFallback(*held, *item).averageCost());
        move.value = MovingAverage::valueOf(move.quantity, move.unitCost);
    }

    move.id = Workflow::Internal::newId();
    move.hlc = Storage::Database::clock().now();
    move.createdAt = Workflow::Internal::nowIso();
    move.userName = Storage::Database::currentUser();
    Statement &q = m_c.prepare(
        "INSERT INTO stock_moves(id, hlc, idempotency_key, kind, item_id, lot_id, from_bin_id, "
        "to_bin_id, quantity_micros, unit, unit_cost_micros, value_micros, counted_micros, "
        "order_id, work_order_id, purchase_line_ref, scan_code, user_name, note, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, move.id)
        .bind(2, move.hlc)
        .bind(3, move.idempotencyKey)
        .bind(4, StockMove::kindCode(kind))
        .bind(5, move.itemId)
        .bind(6, nullIfEmpty(move.lotId))
        .bind(7, nullIfEmpty(move.fromBinId))
        .bind(8, nullIfEmpty(move.toBinId))
        .bind(9, move.quantity)
        .bind(10, Orders::unitCode(move.unit))
        .bind(11, move.unitCost)
        .bind(12, move.value)
        .bind(13, move.counted ? std::optional<qint64>(move.counted->micros()) : std::nullopt)
        .bind(14, nullIfEmpty(move.orderId))
        .bind(15, nullIfEmpty(move.workOrderId))
        .bind(16, nullIfEmpty(move.purchaseLineRef))
        .bind(17, nullIfEmpty(move.scanCode))
        .bind(18, move.userName)
        .bind(19, nullIfEmpty(move.note))
        .bind(20, move.createdAt);
    if (!q.exec())
        return dbError(q, "stock_moves");
    if (auto s = recordInsert(m_c, QStringLiteral("stock_moves"), move.id, move.toJson(),
                              move.hlc, request.note);
        !s)
        return s.error();
    if (auto s = scope.finish(); !s)
        return s.error();
    return MoveOutcome{move, false};
}

Core::Result<StockMove> StockLedger::find(Connection &c, const QString &moveId)
{
    Statement &q = c.prepare(MOVE_COLUMNS "WHERE id = ?");
    q.bind(1, moveId);
    auto moves = readMoves(q, "stock_moves");
    if (!moves)
        return moves.error();
    if (moves->isEmpty())
        return Core::Error{tr("the stock move does not exist"), moveId};
    return moves->first();
}

std::optional<StockMove> StockLedger::findByKey(Connection &c, const QString &key)
{
    Statement &q = c.prepare(MOVE_COLUMNS "WHERE idempotency_key = ?");
    q.bind(1, key);
    std::optional<StockMove> move;
    if (q.next())
        move = readMove(q);
    q.reset();
    return move;
}

Core::Result<QList<StockMove>> StockLedger::history(Connection &c, const QString &itemId,
                                                    int limit)
{
    Statement &q = c.prepare(MOVE_COLUMNS
                             "WHERE item_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?");
    q.bind(1, itemId).bind(2, limit);
    return readMoves(q, "stock_moves");
}

Core::Result<QList<StockMove>> StockLedger::issuedTo(Connection &c, const QString &workOrderId)
{
    Statement &q = c.prepare(MOVE_COLUMNS "WHERE work_order_id = ? ORDER BY rowid");
    q.bind(1, workOrderId);
    return readMoves(q, "stock_moves");
}

bool StockLedger::allowsNegativeStock(Connection &c)
{
    Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(negativeSetting));
    bool allow = false;
    if (q.next())
        allow = q.text(0) == QLatin1String("1") || q.text(0) == QLatin1String("true");
    q.reset();
    return allow;
}

Core::Status StockLedger::setAllowsNegativeStock(Connection &c, bool allow)
{
    Statement &q = c.prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, QLatin1String(negativeSetting))
        .bind(2, allow ? QStringLiteral("1") : QStringLiteral("0"));
    if (!q.exec())
        return dbError(q, "settings");
    return {};
}

} // namespace Hearth::Warehouse
