#pragma once

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

/// Purchase orders (采购单) and their lines. A run takes every open requisition and writes one
/// purchase order per supplier: one line per item (a bought-in good without an item gets a
/// line of its own), its quantity rounded up to whole packs by the supplier's pack size or the
/// item's PackRule, the surplus shown. Writes are recorded with Storage::ChangeLog (tables
/// "purchase_orders", "purchase_order_lines", "purchase_requisitions") in the caller's
/// transaction or one of their own.
class PurchaseOrderStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PurchaseOrderStore)

public:
    /// One purchase order per supplier with open requisitions, numbered
    /// "PO<yyyyMMdd>-<nn>" on orderedOn, by supplier code; nothing when none is open.
    static Core::Result<QList<PurchaseOrder>> createFromRequisitions(
        Storage::Connection &c, const QDate &orderedOn, const QString &reason);

    static std::optional<PurchaseOrder> find(Storage::Connection &c, const QString &poId);
    static std::optional<PurchaseOrder> findByNo(Storage::Connection &c, const QString &poNo);
    static std::optional<PurchaseOrderLine> findLine(Storage::Connection &c,
                                                     const QString &lineId);
    static std::optional<PurchaseOrderLine> findLine(Storage::Connection &c,
                                                     const QString &poNo, int lineNo);
    /// A line by what a label or scan names it: "PO20261205-01/2", or the line's id.
    static std::optional<PurchaseOrderLine> findLineByRef(Storage::Connection &c,
                                                          const QString &ref);
    /// Writes the supplier's and the warehouse's fields of a line (confirmation, shipping
    /// notice, received quantity); the order's fields stay as they were.
    static Core::Result<PurchaseOrderLine> updateLine(Storage::Connection &c,
                                                      const PurchaseOrderLine &before,
                                                      PurchaseOrderLine after,
                                                      const QString &reason);
    /// Closes an open purchase order once every line has received at least its quantity;
    /// answers whether it is closed now.
    static Core::Result<bool> closeIfReceived(Storage::Connection &c, const QString &poId,
                                              const QString &reason);
    /// What an item has on order: ordered less received, over the lines of open orders.
    static Core::Result<Core::Decimal> onOrder(Storage::Connection &c, const QString &itemId);
};

} // namespace Hearth::Warehouse
