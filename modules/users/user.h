#pragma once

#include "roles.h"

#include <QDateTime>
#include <QString>

namespace Hearth::Users {

/// A local user of this desk's database (table users). The password hash never leaves
/// UserStore.
struct User
{
    QString id;
    QString userName;
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
    QDateTime createdAt;
    QDateTime lastLoginAt;  // invalid until the first login

    bool operator==(const User &) const = default;
};

} // namespace Hearth::Users
