#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "movingaverage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What one bin holds of one item and lot.
struct BinBalance
{
    QString itemId;
    QString binId;
    QString binCode;
    QString warehouseId;
    QString lotId;  // empty: goods without a lot
    QString lotNo;
    Core::Decimal quantity;
};

/// One item's quantity and value in one warehouse, at moving-average cost.
struct ItemValuation
{
    QString itemId;
    QString itemCode;
    QString itemName;
    QString warehouseId;
    Core::Decimal quantity;
    Core::Decimal value;
    Core::Decimal averageCost;
};

/// Balances derived from the stock moves. They are read from the summaries that the schema's
/// triggers keep in each move's transaction (stock_balances per item, bin and lot;
/// stock_values per item and warehouse), so a balance costs one index probe at any number of
/// moves. rebuild() makes the summaries again from the moves alone.
class StockBalance
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::StockBalance)

public:
    /// What a bin holds of an item: of one lot (an empty lotId: goods without a lot), or of
    /// all lots when lotId is nullopt.
    static Core::Result<Core::Decimal> inBin(Storage::Connection &c, const QString &itemId,
                                             const QString &binId,
                                             const std::optional<QString> &lotId = std::nullopt);
    /// What a warehouse holds of an item, all bins and lots.
    static Core::Result<Core::Decimal> inWarehouse(Storage::Connection &c, const QString &itemId,
                                                   const QString &warehouseId);
    /// What the site holds of an item, all warehouses.
    static Core::Result<Core::Decimal> onHand(Storage::Connection &c, const QString &itemId);
    /// An item's quantities per bin and lot, by bin code then lot number; empty bins are left
    /// out.
    static Core::Result<QList<BinBalance>> bins(Storage::Connection &c, const QString &itemId);
    /// Quantity, value and last receipt cost of an item in a warehouse.
    static Core::Result<MovingAverage> holding(Storage::Connection &c, const QString &itemId,
                                               const QString &warehouseId);
    /// Every item held in a warehouse (all warehouses when empty), by item code, valued at
    /// moving-average cost. Items with neither quantity nor value are left out.
    static Core::Result<QList<ItemValuation>> valuation(Storage::Connection &c,
                                                        const QString &warehouseId = {});

    /// Makes the summaries again from the moves: all of them, or one item's.
    static Core::Status rebuild(Storage::Connection &c, const QString &itemId = {});
    /// The summary rows that differ from what the moves give, each as readable text; empty
    /// when the summaries are right.
    static Core::Result<QStringList> differences(Storage::Connection &c);
};

} // namespace Hearth::Warehouse
