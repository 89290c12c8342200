#pragma once

#include <QStatusBar>

class QLabel;

namespace Hearth::Widgets {

/// The shell's status bar: messages on the left, and on the right the database in use, who is
/// signed in with which role, and the state of sync. Modules add widgets of their own
/// (Module::createStatusWidget); one marked "sync" replaces the plain sync field.
class StatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit StatusBar(QWidget *parent = nullptr);

    void setDatabase(const QString &path);
    void setUser(const QString &displayName, const QString &roleTitle);
    void setSyncState(const QString &text, bool healthy);

    QString databaseText() const;
    QString userText() const;
    QString syncText() const;

private:
    QLabel *addField(QLabel **icon);
    void addModuleWidgets();

    QLabel *m_databaseIcon = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_userIcon = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_syncIcon = nullptr;
    QLabel *m_sync = nullptr;
    QWidget *m_syncField = nullptr;  // m_sync's box
    QWidget *m_moduleSync = nullptr;
};

} // namespace Hearth::Widgets
