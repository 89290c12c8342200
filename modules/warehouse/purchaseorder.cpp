#include "purchaseorder.h"

#include <QJsonArray>

namespace Hearth::Warehouse {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString Requisition::sourceCode(RequisitionSource source)
{
    switch (source) {
    case RequisitionSource::Split:
        return QStringLiteral("split");
    case RequisitionSource::Hardware:
        return QStringLiteral("hardware");
    case RequisitionSource::Reorder:
        return QStringLiteral("reorder");
    }
    return {};
}

QJsonObject Requisition::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("source_key"), sourceKey},
            {QStringLiteral("source"), sourceCode(source)},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("order_line_id"), orderLineId},
            {QStringLiteral("task_id"), taskId},
            {QStringLiteral("item_id"), itemId},
            {QStringLiteral("description"), description},
            {QStringLiteral("supplier_id"), supplierId},
            {QStringLiteral("quantity"), quantity.toString()},
            {QStringLiteral("unit"), Orders::unitCode(unit)},
            {QStringLiteral("needed_by"), dateText(neededBy)},
            {QStringLiteral("status"), status},
            {QStringLiteral("po_line_id"), poLineId}};
}

QString PurchaseOrderLine::ref() const
{
    return poNo + QLatin1Char('/') + QString::number(lineNo);
}

QDate PurchaseOrderLine::promisedOn() const
{
    return expectedOn.isValid() ? expectedOn : confirmedOn;
}

QJsonObject PurchaseOrderLine::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("po_id"), poId},
                  {QStringLiteral("line_no"), lineNo},
                  {QStringLiteral("item_id"), itemId},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("unit"), Orders::unitCode(unit)},
                  {QStringLiteral("need"), need.toString()},
                  {QStringLiteral("quantity"), quantity.toString()},
                  {QStringLiteral("surplus"), surplus.toString()},
                  {QStringLiteral("packs"), packs},
                  {QStringLiteral("price"), price.toString()},
                  {QStringLiteral("amount"), amount.toString()},
                  {QStringLiteral("needed_by"), dateText(neededBy)},
                  {QStringLiteral("confirmed_on"), dateText(confirmedOn)},
                  {QStringLiteral("asn_no"), asnNo},
                  {QStringLiteral("expected_on"), dateText(expectedOn)},
                  {QStringLiteral("received"), received.toString()}};
    if (confirmedQuantity)
        o.insert(QStringLiteral("confirmed_quantity"), confirmedQuantity->toString());
    if (shippedQuantity)
        o.insert(QStringLiteral("shipped_quantity"), shippedQuantity->toString());
    return o;
}

QJsonObject PurchaseOrder::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("po_no"), poNo},
            {QStringLiteral("supplier_id"), supplierId},
            {QStringLiteral("status"), status},
            {QStringLiteral("ordered_on"), dateText(orderedOn)},
            {QStringLiteral("total"), total.toString()},
            {QStringLiteral("lines"), int(lines.size())}};
}

QJsonObject OrderRisk::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("po_line_id"), poLineId},
            {QStringLiteral("source"), source},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("needed_by"), dateText(neededBy)},
            {QStringLiteral("new_date"), dateText(newDate)},
            {QStringLiteral("task_id"), taskId}};
}

} // namespace Hearth::Warehouse
