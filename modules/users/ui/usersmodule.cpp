#include "usersmodule.h"

#include "userspage.h"

#include "users/permissions.h"
#include "widgets/theme.h"

namespace Hearth::Users {

QString UsersModule::id() const
{
    return QStringLiteral("users");
}

QString UsersModule::name() const
{
    return tr("Users");
}

QIcon UsersModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Users);
}

QList<Widgets::PageInfo> UsersModule::pages() const
{
    return {{QLatin1String(ListPage), tr("Users and Roles"), icon(),
             QLatin1String(Permissions::UsersAdmin)}};
}

QWidget *UsersModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId == QLatin1String(ListPage))
        return new UsersPage(parent);
    return nullptr;
}

QStringList UsersModule::permissions() const
{
    return {QLatin1String(Permissions::UsersAdmin)};
}

} // namespace Hearth::Users

void hearthRegisterModule_users()
{
    Hearth::Widgets::ModuleRegistry::add(new Hearth::Users::UsersModule);
}
