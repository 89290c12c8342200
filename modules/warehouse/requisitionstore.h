#pragma once

#include "core/result.h"
#include "purchaseorder.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What collecting the split's demand wrote.
struct RequisitionRun
{
    int created = 0;
    int updated = 0;        // open requisitions whose demand changed (an amendment)
    int cancelled = 0;      // open requisitions the split no longer asks for
    int repeated = 0;       // demand recorded by an earlier run as it is now
    QStringList warnings;   // translated: demand that could not become a requisition, and why
};

/// Purchase requisitions (请购单). collect() reads what the split asks to be bought: every
/// active purchase task's lines (bought-in goods, from the task's supplier; the item is the
/// one whose code is the line's product SKU, if any) and every order's hardware (五金, the item
/// the split's hardware code stands for, from that item's supplier). Needed by: a bought-in
/// line by the order's promised date (else the task's due day); hardware by the due date of
/// the work order it is for (else the promised date). Each demand has a source key, so
/// collecting twice writes nothing new; demand an amendment changed or dropped updates or
/// cancels its requisition while no purchase order holds it, and is a warning after. Writes
/// are recorded with Storage::ChangeLog (table "purchase_requisitions", shown on the order's
/// timeline).
class RequisitionStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::RequisitionStore)

public:
    static Core::Result<RequisitionRun> collect(Storage::Connection &c);
    /// Writes a requisition (id, hlc and status set here) unless its source key is recorded:
    /// then the earlier one is returned and *repeated set.
    static Core::Result<Requisition> add(Storage::Connection &c, Requisition r,
                                         const QString &reason, bool *repeated = nullptr);
    static std::optional<Requisition> findByKey(Storage::Connection &c, const QString &key);
    /// Requisitions by status ("open", "ordered"; all when empty), by source key.
    static Core::Result<QList<Requisition>> list(Storage::Connection &c,
                                                 const QString &status = {});
    /// The requisitions a purchase order line buys for.
    static Core::Result<QList<Requisition>> forLine(Storage::Connection &c,
                                                    const QString &poLineId);
};

} // namespace Hearth::Warehouse
