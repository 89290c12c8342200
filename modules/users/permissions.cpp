#include "permissions.h"

namespace Hearth::Users {

QStringList Permissions::all()
{
    return {QLatin1String(OrdersRead),     QLatin1String(OrdersWrite),
            QLatin1String(OrdersImport),   QLatin1String(OrdersExport),
            QLatin1String(OrdersReview),   QLatin1String(OrdersSplit),
            QLatin1String(OrdersApprove),  QLatin1String(TasksRead),
            QLatin1String(ProcessAdmin),
            QLatin1String(ProductionRead), QLatin1String(ProductionWrite),
            QLatin1String(ProductionReport),
            QLatin1String(InventoryRead),  QLatin1String(InventoryWrite),
            QLatin1String(DeliveryRead),   QLatin1String(DeliveryWrite),
            QLatin1String(FinanceRead),    QLatin1String(FinanceWrite),
            QLatin1String(ReportsRead),    QLatin1String(UsersAdmin),
            QLatin1String(SettingsAdmin)};
}

QString Permissions::title(const QString &permission)
{
    static const QList<std::pair<const char *, const char *>> titles = {
        {OrdersRead, QT_TR_NOOP("See orders")},
        {OrdersWrite, QT_TR_NOOP("Create and edit orders")},
        {OrdersImport, QT_TR_NOOP("Import orders from channel files")},
        {OrdersExport, QT_TR_NOOP("Export orders")},
        {OrdersReview, QT_TR_NOOP("Review orders")},
        {OrdersSplit, QT_TR_NOOP("Split orders into work")},
        {OrdersApprove, QT_TR_NOOP("Approve orders held for a manager")},
        {TasksRead, QT_TR_NOOP("See and work on tasks")},
        {ProcessAdmin, QT_TR_NOOP("Change processes and rules")},
        {ProductionRead, QT_TR_NOOP("See production")},
        {ProductionWrite, QT_TR_NOOP("Plan and report production")},
        {ProductionReport, QT_TR_NOOP("Report progress at a shop-floor station")},
        {InventoryRead, QT_TR_NOOP("See stock")},
        {InventoryWrite, QT_TR_NOOP("Move stock")},
        {DeliveryRead, QT_TR_NOOP("See shipments and installations")},
        {DeliveryWrite, QT_TR_NOOP("Ship and dispatch installations")},
        {FinanceRead, QT_TR_NOOP("See payments and costs")},
        {FinanceWrite, QT_TR_NOOP("Record payments and settle")},
        {ReportsRead, QT_TR_NOOP("See reports")},
        {UsersAdmin, QT_TR_NOOP("Manage users")},
        {SettingsAdmin, QT_TR_NOOP("Change company settings")},
    };
    for (const auto &[name, text] : titles) {
        if (permission == QLatin1String(name))
            return tr(text);
    }
    return permission;
}

} // namespace Hearth::Users
