#include "warehousemodule.h"

#include "packagespage.h"
#include "packingjobs.h"
#include "purchasingpage.h"
#include "scanpage.h"
#include "shipmentspage.h"
#include "stockpage.h"
#include "storage/database.h"
#include "users/permissions.h"
#include "warehouse/stockscanhandler.h"
#include "widgets/theme.h"

namespace Hearth::Warehouse {

QString WarehouseModule::id() const
{
    return QStringLiteral("warehouse");
}

QString WarehouseModule::name() const
{
    return tr("Warehouse");
}

QIcon WarehouseModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Box);
}

QList<Widgets::PageInfo> WarehouseModule::pages() const
{
    return {{QLatin1String(ScanPageId), tr("Warehouse scanning"),
             Widgets::Theme::icon(Widgets::IconKind::Search),
             QLatin1String(Users::Permissions::InventoryWrite)},
            {QLatin1String(PackagesPage::PageId), tr("Packages and completeness"),
             Widgets::Theme::icon(Widgets::IconKind::Box),
             QLatin1String(Users::Permissions::InventoryRead)},
            {QLatin1String(ShipmentsPageId), tr("Shipping and tracking"),
             Widgets::Theme::icon(Widgets::IconKind::Truck),
             QLatin1String(Users::Permissions::InventoryRead)},
            {QLatin1String(StockPage::PageId), tr("Stock"),
             Widgets::Theme::icon(Widgets::IconKind::Grid),
             QLatin1String(Users::Permissions::InventoryRead)},
            {QLatin1String(PurchasingPage::PageId), tr("Purchasing"),
             Widgets::Theme::icon(Widgets::IconKind::Money),
             QLatin1String(Users::Permissions::InventoryWrite)}};
}

QWidget *WarehouseModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId == QLatin1String(ScanPageId)) {
        auto *page = new ScanPage(parent);
        // Receive, issue, transfer and count book stock moves in the desk's database; pack
        // and load keep the handlers the factory gives.
        if (Storage::Database::isOpen()) {
            for (ScanJob job : ScanHandler::jobs()) {
                if (auto handler = StockScanHandler::create(job, Storage::Database::connection()))
                    page->setHandler(job, std::move(handler));
                else if (auto packing = PackingJobs::create(job, Storage::Database::connection()))
                    page->setHandler(job, std::move(packing));
            }
        }
        return page;
    }
    if (pageId == QLatin1String(ShipmentsPageId))
        return new ShipmentsPage(parent);
    if (pageId == QLatin1String(PackagesPage::PageId))
        return new PackagesPage(parent);
    if (pageId == QLatin1String(StockPage::PageId))
        return new StockPage(parent);
    if (pageId == QLatin1String(PurchasingPage::PageId))
        return new PurchasingPage(parent);
    return nullptr;
}

QStringList WarehouseModule::permissions() const
{
    return {QLatin1String(Users::Permissions::InventoryRead),
            QLatin1String(Users::Permissions::InventoryWrite)};
}

} // namespace Hearth::Warehouse

void hearthRegisterModule_warehouse()
{
    Hearth::Widgets::ModuleRegistry::add(new Hearth::Warehouse::WarehouseModule);
    Hearth::Warehouse::ShipmentsPage::registerOrderStatus();
}
