#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "purchaseorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// A stock item's reorder point: below point, buy quantity (from supplierId, or the item's
/// preferred supplier when empty).
struct ReorderPoint
{
    QString id;
    QString itemId;
    Core::Decimal point;
    Core::Decimal quantity;
    QString supplierId;
    QString hlc;

    QJsonObject toJson() const;
};

/// Where an item's stock stands for reordering. reserved: what the requisitions of orders
/// still to be made ask for of the item, less what was issued to those orders.
struct StockPosition
{
    Core::Decimal onHand;
    Core::Decimal onOrder;
    Core::Decimal reserved;

    Core::Decimal available() const { return onHand + onOrder - reserved; }
};

/// Reorder points (安全库存/再订货点) for stock items: check() asks for the reorder
/// quantity of every item whose on hand + on order − reserved is below its point, unless a
/// reorder requisition of the item is still open. Writes are recorded with
/// Storage::ChangeLog (tables "reorder_points", "purchase_requisitions").
class ReorderPoints
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ReorderPoints)

public:
    /// Sets an item's reorder point (written first, updated after).
    static Core::Result<ReorderPoint> set(Storage::Connection &c, ReorderPoint point,
                                          const QString &reason);
    static std::optional<ReorderPoint> find(Storage::Connection &c, const QString &itemId);
    static Core::Result<StockPosition> position(Storage::Connection &c, const QString &itemId);
    /// The requisitions written for items below their points, needed by today plus the
    /// supplier's lead days.
    static Core::Result<QList<Requisition>> check(Storage::Connection &c, const QDate &today);
};

} // namespace Hearth::Warehouse
