#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "stockmove.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What a ledger call is asked to move. Quantities are in the item's unit.
struct MoveRequest
{
    /// Names the event once: a scan's id, a sync's change id. A request whose key was recorded
    /// before writes nothing and answers with that move. Empty: a new key is made.
    QString key;
    QString itemId;
    /// The lot by id, or by number (a receipt or return writes a new number's lot).
    QString lotId;
    QString lotNo;
    QDate expiresOn;
    QString fromBinId;
    QString toBinId;
    Core::Decimal quantity;
    /// A receipt's or return's cost per unit; when absent, the moving average (or the item's
    /// standard cost while the warehouse never had a receipt).
    std::optional<Core::Decimal> unitCost;
    QString orderId;
    QString workOrderId;
    QString purchaseLineRef;
    QString scanCode;
    QString note;
};

/// A move written, or found written before under the same key.
struct MoveOutcome
{
    StockMove move;
    bool repeated = false;
};

/// The stock ledger (库存台账): every change of stock is one appended StockMove, valued at
/// moving-average cost per item and warehouse (movingaverage.h has the rules), written with
/// its Storage::ChangeLog entry (table "stock_moves", an insert: moves are events) in the
/// caller's transaction or in one of its own. Balances follow in the same transaction.
/// Goods may not leave a bin that does not hold them unless the site allows negative stock
/// (setting warehouse.allow_negative_stock).
class StockLedger
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::StockLedger)

public:
    explicit StockLedger(Storage::Connection &connection) : m_c(connection) {}

    /// Goods arriving into toBinId, at unitCost (a purchase order line's price).
    Core::Result<MoveOutcome> receive(const MoveRequest &request);
    /// Goods leaving fromBinId for a work order (or an order), at the moving average.
    Core::Result<MoveOutcome> issue(const MoveRequest &request);
    /// Goods going from fromBinId to toBinId, carrying their value between warehouses.
    Core::Result<MoveOutcome> transfer(const MoveRequest &request);
    /// A count of what toBinId holds (request.quantity is the counted quantity): a move of
    /// the difference, into the bin for a gain, out of it for a loss, of nothing when equal.
    Core::Result<MoveOutcome> count(const MoveRequest &request);
    /// Goods packed for an order into toBinId (a staging bin): from fromBinId, or, without
    /// one, a finished package that enters stock at its cost.
    Core::Result<MoveOutcome> pack(const MoveRequest &request);
    /// Goods leaving fromBinId on a shipment of an order.
    Core::Result<MoveOutcome> ship(const MoveRequest &request);
    /// Goods coming back into toBinId (from a customer, or unused from the shop floor).
    Core::Result<MoveOutcome> returnGoods(const MoveRequest &request);

    static Core::Result<StockMove> find(Storage::Connection &c, const QString &moveId);
    static std::optional<StockMove> findByKey(Storage::Connection &c, const QString &key);
    /// An item's moves, newest first.
    static Core::Result<QList<StockMove>> history(Storage::Connection &c, const QString &itemId,
                                                  int limit = 200);
    /// The moves that issued goods to a work order, in the order they were made.
    static Core::Result<QList<StockMove>> issuedTo(Storage::Connection &c,
                                                   const QString &workOrderId);

    static bool allowsNegativeStock(Storage::Connection &c);
    static Core::Status setAllowsNegativeStock(Storage::Connection &c, bool allow);

private:
    Core::Result<MoveOutcome> record(MoveKind kind, MoveRequest request);

    Storage::Connection &m_c;
};

} // namespace Hearth::Warehouse
