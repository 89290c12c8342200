#include "session.h"

namespace Hearth::Widgets {

Session *Session::instance()
{
    static Session *session = new Session;
    return session;
}

bool Session::isSignedIn()
{
    return instance()->m_signedIn;
}

const Session::User &Session::user()
{
    return instance()->m_user;
}

bool Session::can(const QString &permission)
{
    const Session *s = instance();
    if (!s->m_signedIn)
        return false;
    return permission.isEmpty() || s->m_user.permissions.contains(permission);
}

void Session::signIn(const User &user)
{
    m_user = user;
    m_signedIn = true;
    emit changed();
}

void Session::signOut()
{
    if (!m_signedIn)
        return;
    m_user = {};
    m_signedIn = false;
    emit changed();
}

} // namespace Hearth::Widgets
