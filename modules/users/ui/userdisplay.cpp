#include "userdisplay.h"

#include "users/userstore.h"

namespace Hearth::Users::UserDisplay {

QString name(const User &user)
{
    if (user.userName.compare(QLatin1String(UserStore::InitialAdminName), Qt::CaseInsensitive)
        != 0) {
        return user.displayName;
    }
    // UserStore stores the name in the language of whoever created the database: the shipped
    // languages' names of the built-in administrator mean the default, not a chosen name.
    const QStringList defaults{QStringLiteral("System Administrator"),
                               QStringLiteral("系统管理员")};
    if (!defaults.contains(user.displayName) && !user.displayName.isEmpty())
        return user.displayName;
    return UserStore::tr("System Administrator");
}

} // namespace Hearth::Users::UserDisplay
