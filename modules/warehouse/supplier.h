#pragma once

#include "core/decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace Hearth::Warehouse {

/// A supplier (供应商): boards, hardware, glass, stone tops, appliances.
struct Supplier
{
    QString id;
    QString code;
    QString name;
    QString nameEn;
    int leadDays = 0;  // calendar days from order to delivery
    QString contact;
    QString phone;
    bool active = true;
    QString hlc;

    QJsonObject toJson() const;
};

/// An item a supplier sells, at a price per unit of the item, in packs of packSize (0: the
/// item's own pack rule).
struct SupplierItem
{
    QString id;
    QString supplierId;
    QString itemId;
    Core::Decimal price;
    Core::Decimal packSize;
    QString supplierSku;
    bool preferred = false;
    QString hlc;

    QJsonObject toJson() const;
};

} // namespace Hearth::Warehouse
