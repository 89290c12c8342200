#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace Hearth::Widgets {

/// Who is signed in to the desktop. The shell fills it after login; pages ask it what the user
/// may do, so that they hide what the user's role does not allow.
class Session : public QObject
{
    Q_OBJECT

public:
    struct User
    {
        QString id;
        QString userName;
        QString displayName;
        QString role;       // "admin", "clerk", ...
        QString roleTitle;  // translated
        QStringList permissions;
    };

    static Session *instance();

    static bool isSignedIn();
    static const User &user();
    static bool can(const QString &permission);

    void signIn(const User &user);
    void signOut();

signals:
    void changed();

private:
    Session() = default;

    User m_user;
    bool m_signedIn = false;
};

} // namespace Hearth::Widgets
