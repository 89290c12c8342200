#pragma once

#include "users/user.h"

#include <QString>

namespace Hearth::Users {

/// How the desktop names a user to people.
namespace UserDisplay {

/// The user's display name; the built-in administrator whose name nobody changed is named in
/// the interface language, whichever language created it ("系统管理员" /
/// "System Administrator").
QString name(const User &user);

} // namespace UserDisplay

} // namespace Hearth::Users
