#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "purchaseorder.h"
#include "stockledger.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// A receipt against a purchase order line, as the receive scan makes it.
struct PurchaseReceiptRequest
{
    QString lineRef;  // "PO20261205-01/2" or the line's id
    Core::Decimal quantity;
    QString toBinId;
    QString key;  // the scan's id: a repeated scan receives nothing again
    QString scanCode;
    QString lotNo;
    QDate expiresOn;
};

struct PurchaseReceiptOutcome
{
    MoveOutcome receipt;
    PurchaseOrderLine line;  // with its received quantity after the receipt
};

/// Receipt against a purchase order line (采购入库): the goods enter stock through
/// StockLedger::receive at the line's price, and the line's received quantity grows, in one
/// transaction; the purchase order closes when every line is received. Receiving more than
/// ordered is refused beyond the site's tolerance (setting warehouse.over_receipt_percent, 0
/// unless set).
class PurchaseReceipt
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PurchaseReceipt)

public:
    static Core::Result<PurchaseReceiptOutcome> receive(Storage::Connection &c,
                                                        const PurchaseReceiptRequest &request);
    /// Percent of a line's quantity that may be received beyond it.
    static Core::Decimal overReceiptPercent(Storage::Connection &c);
    static Core::Status setOverReceiptPercent(Storage::Connection &c, Core::Decimal percent);
};

} // namespace Hearth::Warehouse
