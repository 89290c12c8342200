#pragma once

#include "core/decimal.h"
#include "orders/salesorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Warehouse {

/// Where a requisition's demand came from: a purchase task of the split (bought-in lines),
/// an order's hardware, or a reorder point.
enum class RequisitionSource { Split, Hardware, Reorder };

/// A purchase requisition (请购): what must be bought, from whom, by when, for which order.
struct Requisition
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::Requisition)

public:
    QString id;
    QString sourceKey;
    RequisitionSource source = RequisitionSource::Split;
    QString orderId;
    QString orderLineId;
    QString taskId;
    QString itemId;  // empty: a bought-in good made for the order, known by its description
    QString description;
    QString supplierId;
    Core::Decimal quantity;
    Orders::Unit unit = Orders::Unit::Piece;
    QDate neededBy;
    QString status;  // open, ordered, cancelled
    QString poLineId;
    QString hlc;

    QJsonObject toJson() const;
    static QString sourceCode(RequisitionSource source);
};

/// One line of a purchase order. need is what the requisitions asked for; quantity what is
/// bought in whole packs; surplus the difference, which goes to stock.
struct PurchaseOrderLine
{
    QString id;
    QString poId;
    QString poNo;
    int lineNo = 0;
    QString itemId;
    QString description;
    Orders::Unit unit = Orders::Unit::Piece;
    Core::Decimal need;
    Core::Decimal quantity;
    Core::Decimal surplus;
    qint64 packs = 0;
    Core::Decimal price;
    Core::Decimal amount;
    QDate neededBy;
    std::optional<Core::Decimal> confirmedQuantity;
    QDate confirmedOn;
    std::optional<Core::Decimal> shippedQuantity;
    QString asnNo;
    QDate expectedOn;
    Core::Decimal received;
    QString hlc;

    /// "PO20261205-01/2": what a label, a supplier's sheet and a receipt scan name the line by.
    QString ref() const;
    /// The day the goods are now expected: the shipping notice's, else the confirmation's.
    QDate promisedOn() const;
    QJsonObject toJson() const;
};

/// A purchase order (采购单) to one supplier.
struct PurchaseOrder
{
    QString id;
    QString poNo;
    QString supplierId;
    QString supplierCode;
    QString status;  // open, closed, cancelled
    QDate orderedOn;
    Core::Decimal total;
    QList<PurchaseOrderLine> lines;
    QString hlc;

    QJsonObject toJson() const;
};

/// An order a supplier's delay puts at risk, for the order's page and timeline.
struct OrderRisk
{
    QString id;
    QString orderId;
    QString poLineId;
    QString source;  // confirmation, notice
    QString reason;
    QDate neededBy;
    QDate newDate;
    QString taskId;  // the owner's task; empty when the order has no owner
    QString hlc;

    QJsonObject toJson() const;
};

} // namespace Hearth::Warehouse
