#pragma once

#include "core/result.h"
#include "mainwindow.h"
#include "users/user.h"

#include <QObject>
#include <QPointer>

namespace Hearth::Desktop {


/// Runs the interactive desktop: opens the database (creating its first administrator),
/// signs the user in, and keeps one main window, which it rebuilds when the user opens another
/// database, signs out and in again, or switches language.
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Ok = 0, Usage = 1, UnknownPage = 2, DatabaseError = 3, RenderError = 4 };

    explicit DesktopApp(QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Opens databasePath, signs in and shows the window; false when the program should end
    /// with exitCode() instead of running its event loop.
    bool start(const QString &databasePath);
    int exitCode() const { return m_exitCode; }
    MainWindow *window() const { return m_window; }

    /// QStandardPaths' AppDataLocation/hearth.db.
    static QString defaultDatabasePath();
    /// Creates the folder if needed and opens the database (applying migrations).
    static Core::Status openDatabase(const QString &path);
    /// Makes user the signed-in user of the shell and of the audit trail.
    static void signIn(const Users::User &user);

private:
    /// The first-start administrator (with its dialog) and the login; false when cancelled.
    bool prepareAndSignIn(QWidget *parent);
    void showNewWindow();
    void replaceWindow();
    void openOtherDatabase();
    void signOut();
    void editSettings();

    QString m_databasePath;
    Users::User m_user;
    QPointer<MainWindow> m_window;
    int m_exitCode = Ok;
};

} // namespace Hearth::Desktop
