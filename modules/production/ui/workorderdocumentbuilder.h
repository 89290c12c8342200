#pragma once

#include "core/result.h"
#include "printing/label.h"
#include "printing/workorderdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Reads a work order from the database into what printing prints: the sheet (生产工单) with
/// the order, customer, due date, operations with their planned times and the panels and
/// hardware of its task, and a part label (板件标签) for every piece of its panels. The codes
/// are the shop floor's: ShopfloorCode::forWorkOrder on the sheet, forPart on each label.
class WorkOrderDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::WorkOrderDocumentBuilder)

public:
    /// Times on the sheet are shown in zone; printedAt (UTC; invalid for now) goes in its footer.
    static Core::Result<Printing::WorkOrderDocument> document(Storage::Connection &c,
                                                              const QString &workOrderId,
                                                              const QTimeZone &zone,
                                                              const QDateTime &printedAt = {});

    /// One label per piece: a panel of quantity 3 gives three labels with the same code.
    static Core::Result<QList<Printing::PartLabel>> partLabels(Storage::Connection &c,
                                                               const QString &workOrderId);
};

} // namespace Hearth::Production
