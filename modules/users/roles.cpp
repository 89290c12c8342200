#include "roles.h"

#include "permissions.h"

namespace Hearth::Users {

namespace {
using P = Permissions;
}

QList<Role> Roles::all()
{
    return {Role::Admin,     Role::Clerk,        Role::Planner,        Role::Warehouse,
            Role::Finance,   Role::Dealer,       Role::SalesManager,   Role::GeneralManager,
            Role::Purchaser, Role::Installer};
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Planner:
        return QStringLiteral("planner");
    case Role::Warehouse:
        return QStringLiteral("warehouse");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Dealer:
        return QStringLiteral("dealer");
    case Role::SalesManager:
        return QStringLiteral("sales_manager");
    case Role::GeneralManager:
        return QStringLiteral("general_manager");
    case Role::Purchaser:
        return QStringLiteral("purchaser");
    case Role::Installer:
        return QStringLiteral("installer");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role role : all()) {
        if (Roles::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString Roles::title(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Clerk:
        return tr("Order clerk");
    case Role::Planner:
        return tr("Production planner");
    case Role::Warehouse:
        return tr("Warehouse keeper");
    case Role::Finance:
        return tr("Finance");
    case Role::Dealer:
        return tr("Dealer");
    case Role::SalesManager:
        return tr("Sales manager");
    case Role::GeneralManager:
        return tr("General manager");
    case Role::Purchaser:
        return tr("Purchaser");
    case Role::Installer:
        return tr("Installer");
    }
    return {};
}

QString Roles::description(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Everything, including users and company settings");
    case Role::Clerk:
        return tr("Takes in, imports, reviews and edits orders");
    case Role::Planner:
        return tr("Splits orders into work and schedules production");
    case Role::Warehouse:
        return tr("Receives, stores, packs and ships goods");
    case Role::Finance:
        return tr("Records payments, costs and settlements");
    case Role::Dealer:
        return tr("Enters and follows the dealer's own orders");
    case Role::SalesManager:
        return tr("Approves discounts and large orders; leads the order clerks");
    case Role::GeneralManager:
        return tr("Gives the final approval of large orders; sees every figure");
    case Role::Purchaser:
        return tr("Buys bought-in items and materials from suppliers");
    case Role::Installer:
        return tr("Installs orders at customers' homes and reports the visit");
    }
    return {};
}

QStringList Roles::permissions(Role role)
{
    switch (role) {
    case Role::Admin:
        return Permissions::all();
    case Role::Clerk:
        return {QLatin1String(P::OrdersRead),     QLatin1String(P::OrdersWrite),
                QLatin1String(P::OrdersImport),   QLatin1String(P::OrdersExport),
                QLatin1String(P::OrdersReview),   QLatin1String(P::DeliveryRead),
                QLatin1String(P::ReportsRead),    QLatin1String(P::TasksRead),
                QLatin1String(P::ProductionRead)};
    case Role::Planner:
        return {QLatin1String(P::OrdersRead),      QLatin1String(P::OrdersSplit),
                QLatin1String(P::ProductionRead),  QLatin1String(P::ProductionWrite),
                QLatin1String(P::ProductionReport), QLatin1String(P::InventoryRead),
                QLatin1String(P::DeliveryRead),    QLatin1String(P::TasksRead)};
    case Role::Warehouse:
        return {QLatin1String(P::OrdersRead),     QLatin1String(P::InventoryRead),
                QLatin1String(P::InventoryWrite), QLatin1String(P::DeliveryRead),
                QLatin1String(P::DeliveryWrite),  QLatin1String(P::TasksRead),
                QLatin1String(P::ProductionRead), QLatin1String(P::ProductionReport)};
    case Role::Finance:
        return {QLatin1String(P::OrdersRead),  QLatin1String(P::OrdersExport),
                QLatin1String(P::FinanceRead), QLatin1String(P::FinanceWrite),
                QLatin1String(P::ReportsRead), QLatin1String(P::TasksRead)};
    case Role::Dealer:
        return {QLatin1String(P::OrdersRead), QLatin1String(P::OrdersWrite),
                QLatin1String(P::TasksRead)};
    case Role::SalesManager:
        return {QLatin1String(P::OrdersRead),    QLatin1String(P::OrdersWrite),
                QLatin1String(P::OrdersImport),  QLatin1String(P::OrdersExport),
                QLatin1String(P::OrdersReview),  QLatin1String(P::OrdersApprove),
                QLatin1String(P::TasksRead),     QLatin1String(P::DeliveryRead),
                QLatin1String(P::ReportsRead),   QLatin1String(P::ProductionRead)};
    case Role::GeneralManager:
        return {QLatin1String(P::OrdersRead),     QLatin1String(P::OrdersExport),
                QLatin1String(P::OrdersReview),   QLatin1String(P::OrdersApprove),
                QLatin1String(P::TasksRead),      QLatin1String(P::ProductionRead),
                QLatin1String(P::InventoryRead),  QLatin1String(P::DeliveryRead),
                QLatin1String(P::FinanceRead),    QLatin1String(P::ReportsRead),
                QLatin1String(P::ProcessAdmin)};
    case Role::Purchaser:
        return {QLatin1String(P::OrdersRead),    QLatin1String(P::TasksRead),
                QLatin1String(P::InventoryRead), QLatin1String(P::InventoryWrite)};
    case Role::Installer:
        return {QLatin1String(P::TasksRead), QLatin1String(P::DeliveryRead)};
    }
    return {};
}

bool Roles::grants(Role role, const QString &permission)
{
    return permissions(role).contains(permission);
}

} // namespace Hearth::Users
