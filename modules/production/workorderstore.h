#pragma once

#include "core/result.h"
#include "workorder.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Which work orders list() reads.
struct WorkOrderFilter
{
    QString orderId;           // one order's; empty for all
    bool activeOnly = false;   // leave out made, packed and cancelled ones
    bool withOperations = true;
    int limit = 0;  // 0: no limit
};

/// Work orders and their operations in the database. Writes run in the caller's transaction,
/// or in their own when none is open, and are recorded with Storage::ChangeLog: table
/// "work_orders" with the ORDER's id as row id (so that they show on the order's timeline,
/// as tasks do; the work order is in the document), table "operations" with the operation's id.
/// Each document carries "event": created, changed, cancelled, status, planned.
class WorkOrderStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::WorkOrderStore)

public:
    static Core::Result<WorkOrder> find(Storage::Connection &c, const QString &workOrderId);
    static std::optional<WorkOrder> findByNo(Storage::Connection &c, const QString &woNo);
    static std::optional<WorkOrder> findByTask(Storage::Connection &c, const QString &orderId,
                                               const QString &taskKey);
    /// By due date, then number.
    static Core::Result<QList<WorkOrder>> list(Storage::Connection &c,
                                               const WorkOrderFilter &filter = {});
    static Core::Result<QList<Operation>> operations(Storage::Connection &c,
                                                     const QString &workOrderId);

    /// Writes a new work order and its operations (hlc and work order ids are set here; ids
    /// too, unless the caller gave them).
    static Core::Result<WorkOrder> insert(Storage::Connection &c, WorkOrder workOrder,
                                          const QString &reason);
    /// Writes the figures of a work order (parts, area, edge, material, colour, due date,
    /// deadline, priority) and the run and setup times and quantities of its operations by seq.
    static Core::Status update(Storage::Connection &c, const WorkOrder &before,
                               const WorkOrder &after, const QString &reason);
    /// A status change; cancelling a work order cancels its operations that have not started.
    static Core::Status setStatus(Storage::Connection &c, const QString &workOrderId,
                                  WorkOrderStatus status, const QString &reason);
    static Core::Status setOperationStatus(Storage::Connection &c, const QString &operationId,
                                           OperationStatus status, const QString &reason);
    /// Writes planned start, end, lane and lock of an operation when they differ from before.
    static Core::Status writePlacement(Storage::Connection &c, const Operation &before,
                                       const Operation &after, const QString &reason);
};

} // namespace Hearth::Production
