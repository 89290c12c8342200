#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// One line of a printed purchase order, its figures as the page shows them.
struct PurchaseOrderDocumentLine
{
    int lineNo = 0;
    QString description;
    QString quantity;  // "50"
    QString unit;      // translated: 件, 套, 米
    QString price;     // yuan per unit, at least two decimals: "6.20"
    QString amount;    // yuan, to the fen: "310.00"
    QDate neededBy;
    QDate expectedOn;  // the supplier's promised day, if any
};

/// What a printed purchase order (采购单) shows, read from the database for the printing side:
/// the order's number (and the PO: code its Code 128 carries, which the receive scan accepts),
/// the supplier, the day, the lines and the total.
struct PurchaseOrderDocument
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PurchaseOrderDocument)

public:
    QString poNo;
    QString scanCode;  // ScanCode::forPurchaseOrder(poNo)
    QString supplierCode;
    QString supplierName;
    QString supplierContact;
    QString supplierPhone;
    QDate orderedOn;
    QString status;  // translated
    QString total;   // yuan, to the fen
    QList<PurchaseOrderDocumentLine> lines;

    static Core::Result<PurchaseOrderDocument> forOrder(Storage::Connection &c,
                                                        const QString &poNo);
    /// "open", "closed", "cancelled" as the interface names them.
    static QString statusName(const QString &status);
};

} // namespace Hearth::Warehouse
