#include "purchaseorderdocument.h"

#include "core/money.h"
#include "orders/salesorder.h"
#include "purchaseorderstore.h"
#include "scancode.h"
#include "supplierstore.h"

namespace Hearth::Warehouse {

namespace {

QString yuan(Core::Decimal amount)
{
    return Core::Money::fromDecimal(amount).toString();
}

} // namespace

Core::Result<PurchaseOrderDocument> PurchaseOrderDocument::forOrder(Storage::Connection &c,
                                                                    const QString &poNo)
{
    const std::optional<PurchaseOrder> order = PurchaseOrderStore::findByNo(c, poNo);
    if (!order)
        return Core::Error{tr("no purchase order %1").arg(poNo), QStringLiteral("purchase_orders")};
    PurchaseOrderDocument doc;
    doc.poNo = order->poNo;
    doc.scanCode = ScanCode::forPurchaseOrder(order->poNo);
    doc.supplierCode = order->supplierCode;
    if (const std::optional<Supplier> supplier = SupplierStore::find(c, order->supplierId)) {
        doc.supplierName = supplier->name;
        doc.supplierContact = supplier->contact;
        doc.supplierPhone = supplier->phone;
    }
    doc.orderedOn = order->orderedOn;
    doc.status = statusName(order->status);
    doc.total = yuan(order->total);
    for (const PurchaseOrderLine &l : order->lines) {
        PurchaseOrderDocumentLine line;
        line.lineNo = l.lineNo;
        line.description = l.description;
        line.quantity = l.quantity.toString();
        line.unit = Orders::unitName(l.unit);
        line.price = l.price.toString(2);
        line.amount = yuan(l.amount);
        line.neededBy = l.neededBy;
        line.expectedOn = l.promisedOn();
        doc.lines.append(line);
    }
    return doc;
}

QString PurchaseOrderDocument::statusName(const QString &status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

} // namespace Hearth::Warehouse
