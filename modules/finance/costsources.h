#pragma once

#include "core/result.h"
#include "costline.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// How a shipment's freight is spread over the orders it carries.
enum class FreightBasis { Packages, Weight };

namespace Internal {

/// The costs of one order that the warehouse writes down and finance reads by SQL, so that
/// finance needs no link to the warehouse module. Each line comes back with its kind, amount
/// and source; CostLedger makes it the order's (or its parent's, for a re-make).
class CostSources
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::Internal::CostSources)

public:
    /// Bought-in goods (外购) of the split's requisitions for the order, one line per purchase
    /// order line: received quantity × the line's price, rounded to the fen once. A line's
    /// receipts fill its requisitions in the order they are needed by (then by source key),
    /// each up to its quantity; what is bought beyond them goes to stock and to no order.
    static Core::Result<QList<CostLine>> boughtIn(Storage::Connection &c,
                                                  const QString &orderId);
    /// Freight (运费) of the shipments that left carrying the order's packages (shipped,
    /// delivered or exception): each shipment's freight split over its orders by Allocation
    /// (largest remainder, to the fen), in order number order, by package count or by the
    /// packages' weight (by count when they weigh nothing).
    static Core::Result<QList<CostLine>> freight(Storage::Connection &c, const QString &orderId,
                                                 FreightBasis basis, const QTimeZone &zone);
};

} // namespace Internal

} // namespace Hearth::Finance
