#include "roles.h"

#include "permissions.h"

namespace Hearth::Users {

namespace {
using P = Permissions;
}

QList<Role> Roles::all()
{
    return {Role::Admin, Role::Clerk, Role::Planner, Role::Warehouse, Role::Finance, Role::Dealer};
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
    }
    return {};
}

QStringList Roles::permissions(Role role)
{
    switch (role) {
    case Role::Admin:
        return Permissions::all();
    case Role::Clerk:
        return {QLatin1String(P::OrdersRead),   QLatin1String(P::OrdersWrite),
                QLatin1String(P::OrdersImport), QLatin1String(P::OrdersExport),
                QLatin1String(P::OrdersReview), QLatin1String(P::DeliveryRead),
                QLatin1String(P::ReportsRead)};
    case Role::Planner:
        return {QLatin1String(P::OrdersRead),      QLatin1String(P::OrdersSplit),
                QLatin1String(P::ProductionRead),  QLatin1String(P::ProductionWrite),
                QLatin1String(P::InventoryRead),   QLatin1String(P::DeliveryRead)};
    case Role::Warehouse:
        return {QLatin1String(P::OrdersRead),    QLatin1String(P::InventoryRead),
                QLatin1String(P::InventoryWrite), QLatin1String(P::DeliveryRead),
                QLatin1String(P::DeliveryWrite)};
    case Role::Finance:
        return {QLatin1String(P::OrdersRead),  QLatin1String(P::OrdersExport),
                QLatin1String(P::FinanceRead), QLatin1String(P::FinanceWrite),
                QLatin1String(P::ReportsRead)};
    case Role::Dealer:
        return {QLatin1String(P::OrdersRead), QLatin1String(P::OrdersWrite)};
    }
    return {};
}

bool Roles::grants(Role role, const QString &permission)
{
    return permissions(role).contains(permission);
}

} // namespace Hearth::Users
