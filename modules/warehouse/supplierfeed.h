#pragma once

#include "core/result.h"
#include "orders/rowerror.h"
#include "purchaseorder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What a supplier's sheet says: an order confirmation (订单确认: PO number, line, confirmed
/// quantity, confirmed date) or a shipping notice (发货通知: PO number, line, shipped
/// quantity, ASN number, expected date).
enum class FeedKind { Confirmation, ShippingNotice };

/// What importing a sheet did. With any error nothing was written.
struct FeedReport
{
    QString file;
    int rows = 0;
    int changed = 0;    // lines whose confirmation or notice changed
    int unchanged = 0;  // lines already as the sheet says (a sheet imported again)
    QList<Orders::RowError> errors;
    QList<OrderRisk> risks;  // orders the sheet's dates put at risk
};

/// Imports suppliers' confirmations and shipping notices from CSV or .xlsx (the first sheet),
/// with the order import's rules: every bad cell is reported with file, row and column and
/// then nothing is written; a sheet imported twice changes nothing the second time. Columns
/// are found by header, in English or Chinese (po_no/采购单号, line/行号,
/// confirmed_quantity/确认数量, confirmed_date/确认交期, shipped_quantity/发货数量,
/// asn_no/发货单号, expected_date/预计到货). Each changed line's new date is checked by
/// SupplierDelay.
class SupplierFeed
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::SupplierFeed)

public:
    /// An error only when the file cannot be read at all; bad rows are in the report.
    static Core::Result<FeedReport> importFile(Storage::Connection &c, const QString &path,
                                               FeedKind kind);
};

} // namespace Hearth::Warehouse
