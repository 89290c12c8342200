#pragma once

#include "orgunit.h"
#include "users/roles.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Server {

/// A user of the central server; the password hash stays inside Accounts.
struct ServerUser
{
    QString id;
    QString userName;
    QString displayName;
    Users::Role role = Users::Role::Clerk;
    std::optional<OrgUnit> orgUnit;
    bool active = true;
    QDateTime createdAt;
    QDateTime lastLoginAt;
};

} // namespace Hearth::Server
