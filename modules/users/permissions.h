#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hearth::Users {

/// The permission names that roles grant and that modules ask for ("orders.read"). A module's
/// page or action names the permission it needs; Roles::permissions() says who has it.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Users::Permissions)

public:
    static constexpr char OrdersRead[] = "orders.read";
    static constexpr char OrdersWrite[] = "orders.write";
    static constexpr char OrdersImport[] = "orders.import";
    static constexpr char OrdersExport[] = "orders.export";
    static constexpr char OrdersReview[] = "orders.review";
    static constexpr char OrdersSplit[] = "orders.split";
    static constexpr char OrdersApprove[] = "orders.approve";
    static constexpr char TasksRead[] = "tasks.read";
    static constexpr char ProcessAdmin[] = "process.admin";
    static constexpr char ProductionRead[] = "production.read";
    static constexpr char ProductionWrite[] = "production.write";
    static constexpr char ProductionReport[] = "production.report";
    static constexpr char InventoryRead[] = "inventory.read";
    static constexpr char InventoryWrite[] = "inventory.write";
    static constexpr char DeliveryRead[] = "delivery.read";
    static constexpr char DeliveryWrite[] = "delivery.write";
    static constexpr char FinanceRead[] = "finance.read";
    static constexpr char FinanceWrite[] = "finance.write";
    static constexpr char ReportsRead[] = "reports.read";
    static constexpr char UsersAdmin[] = "users.admin";
    static constexpr char SettingsAdmin[] = "settings.admin";

    static QStringList all();
    /// What the permission allows, translated; the name itself when it is not one of ours.
    static QString title(const QString &permission);
};

} // namespace Hearth::Users
