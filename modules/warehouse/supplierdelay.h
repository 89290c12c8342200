#pragma once

#include "core/result.h"
#include "purchaseorder.h"

#include <QCoreApplication>
#include <QList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// A supplier's delay (供应商延期): when a purchase order line's confirmed or expected date
/// falls after the day an order needs it by (its requisitions' earliest needed-by date), the
/// order is marked at risk (order_risks, on the order's timeline) and the order's owner gets
/// a task of kind "supplier_delay". Marking the same line, order and date again does nothing.
class SupplierDelay
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::SupplierDelay)

public:
    static constexpr char TaskKind[] = "supplier_delay";

    /// Marks every order the line's new date puts at risk; source is "confirmation" or
    /// "notice". Answers with the risks written now.
    static Core::Result<QList<OrderRisk>> check(Storage::Connection &c,
                                                const PurchaseOrderLine &line,
                                                const QString &source);
    /// An order's risks, oldest first.
    static Core::Result<QList<OrderRisk>> forOrder(Storage::Connection &c,
                                                   const QString &orderId);
};

} // namespace Hearth::Warehouse
