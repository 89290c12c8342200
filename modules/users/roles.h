#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Users {

/// What a person does in the company; each role grants a fixed set of permissions.
enum class Role { Admin, Clerk, Planner, Warehouse, Finance, Dealer, SalesManager, GeneralManager,
                  Purchaser, Installer };

/// The roles' stored codes, translated titles and permissions.
class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Users::Roles)

public:
    static QList<Role> all();
    /// The code stored in users.role: "admin", "clerk", "planner", "warehouse", "finance",
    /// "dealer", "sales_manager", "general_manager", "purchaser", "installer".
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString &code);
    static QString title(Role role);
    static QString description(Role role);
    static QStringList permissions(Role role);
    static bool grants(Role role, const QString &permission);
};

} // namespace Hearth::Users
