#include "supplier.h"

namespace Hearth::Warehouse {

QJsonObject Supplier::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("code"), code},
            {QStringLiteral("name"), name},
            {QStringLiteral("name_en"), nameEn},
            {QStringLiteral("lead_days"), leadDays},
            {QStringLiteral("contact"), contact},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("active"), active}};
}

QJsonObject SupplierItem::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("supplier_id"), supplierId},
            {QStringLiteral("item_id"), itemId},
            {QStringLiteral("price"), price.toString()},
            {QStringLiteral("pack_size"), packSize.toString()},
            {QStringLiteral("supplier_sku"), supplierSku},
            {QStringLiteral("preferred"), preferred}};
}

} // namespace Hearth::Warehouse
