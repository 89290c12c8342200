#include "desktopapp.h"


#include "storage/database.h"
#include "users/roles.h"
#include "users/ui/initialpassworddialog.h"
#include "users/ui/logindialog.h"
#include "users/ui/settingsdialog.h"
#include "users/ui/userdisplay.h"
#include "users/userstore.h"
#include "widgets/filedialog.h"
#include "widgets/language.h"
#include "widgets/session.h"
#include "widgets/sitetime.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Hearth::Desktop {

DesktopApp::DesktopApp(QObject *parent) : QObject(parent) {}

DesktopApp::~DesktopApp()
{
    delete m_window;
}

QString DesktopApp::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("hearth.db"));
}

Core::Status DesktopApp::openDatabase(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Core::Error{tr("cannot create the folder %1")
                               .arg(QDir::toNativeSeparators(info.absolutePath())),
                           path};
    }
    return Storage::Database::open(info.absoluteFilePath());
}

void DesktopApp::signIn(const Users::User &user)
{
    Storage::Database::setCurrentUser(user.userName);
    Widgets::Session::instance()->signIn({user.id, user.userName, Users::UserDisplay::name(user),
                                          Users::Roles::code(user.role),
                                          Users::Roles::title(user.role),
                                          Users::Roles::permissions(user.role)});
}

bool DesktopApp::start(const QString &databasePath)
{
    QApplication::setQuitOnLastWindowClosed(false);
    m_databasePath = QFileInfo(databasePath).absoluteFilePath();
    if (const Core::Status s = openDatabase(m_databasePath); !s) {
        QMessageBox::critical(nullptr, tr("Cannot Open the Database"),
                              tr("Hearth cannot open %1:\n\n%2")
                                  .arg(QDir::toNativeSeparators(m_databasePath),
                                       s.error().message));
        m_exitCode = DatabaseError;
        return false;
    }
    if (!prepareAndSignIn(nullptr))
        return false;
    showNewWindow();
    return true;
}

bool DesktopApp::prepareAndSignIn(QWidget *parent)
{
    const QString presetPassword = qEnvironmentVariable("HEARTH_ADMIN_PASSWORD");
    const Core::Result<QString> created = Users::UserStore::ensureInitialAdmin(presetPassword);
    if (!created) {
        QMessageBox::critical(parent, tr("Cannot Create the Administrator"),
                              created.error().message);
        m_exitCode = DatabaseError;
        return false;
    }

    Users::LoginDialog login(m_databasePath, parent);
    const QString admin = QLatin1String(Users::UserStore::InitialAdminName);
    const QString pending = Users::UserStore::pendingInitialPassword();
    if (!pending.isEmpty()) {
        Users::InitialPasswordDialog welcome(admin, pending, parent);
        welcome.exec();
        login.setHint(tr("Sign in as %1 with the password you just noted.").arg(admin));
        login.setUserName(admin);
    } else if (!created.value().isEmpty()) {
        login.setHint(tr("Sign in as %1 with the password set in HEARTH_ADMIN_PASSWORD.")
                          .arg(admin));
        login.setUserName(admin);
    }
    if (login.exec() != QDialog::Accepted)
        return false;
    m_user = login.user();
    signIn(m_user);
    return true;
}

void DesktopApp::showNewWindow()
{
    m_window = new MainWindow(m_databasePath);
    connect(m_window, &MainWindow::openDatabaseRequested, this, &DesktopApp::openOtherDatabase,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::signOutRequested, this, &DesktopApp::signOut,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::settingsRequested, this, &DesktopApp::editSettings,
            Qt::QueuedConnection);
    connect(m_window, &MainWindow::closed, qApp, &QApplication::quit, Qt::QueuedConnection);
    m_window->restoreSettings();
    m_window->show();
}

void DesktopApp::replaceWindow()
{
    if (m_window) {
        m_window->saveSettings();
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    showNewWindow();
}

void DesktopApp::openOtherDatabase()
{
    const QString start = QFileInfo(m_databasePath).absolutePath();
    const QString path = Widgets::FileDialog::openFileName(
        m_window, tr("Open Database"), start,
        tr("Hearth databases (*.db *.sqlite *.sqlite3);;All files (*)"));
    if (path.isEmpty() || QFileInfo(path).absoluteFilePath() == m_databasePath)
        return;

    const QString previous = m_databasePath;
    const auto goBack = [this, previous] {
        m_databasePath = previous;
        if (const Core::Status s = openDatabase(previous); !s) {
            QMessageBox::critical(m_window, tr("Cannot Open the Database"), s.error().message);
            QApplication::quit();
            return;
        }
        Storage::Database::setCurrentUser(m_user.userName);
    };

    if (const Core::Status s = openDatabase(path); !s) {
        QMessageBox::warning(m_window, tr("Cannot Open the Database"),
                             tr("Hearth cannot open %1:\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), s.error().message));
        goBack();
        return;
    }
    m_databasePath = QFileInfo(path).absoluteFilePath();
    if (!prepareAndSignIn(m_window)) {
        goBack();
        return;
    }
    replaceWindow();
}

void DesktopApp::signOut()
{
    if (m_window) {
        m_window->saveSettings();
        m_window->hide();
        m_window->deleteLater();
        m_window = nullptr;
    }
    Widgets::Session::instance()->signOut();
    Storage::Database::setCurrentUser(QStringLiteral("system"));
    if (!prepareAndSignIn(nullptr)) {
        QApplication::quit();
        return;
    }
    showNewWindow();
}

void DesktopApp::editSettings()
{
    const QByteArray zone = Widgets::SiteTime::zoneId();
    Users::SettingsDialog dialog(m_databasePath, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool languageChanged = dialog.language() != Widgets::Language::installed();
    if (!languageChanged && Widgets::SiteTime::zoneId() == zone)
        return;
    // A new window shows every page again in the new language and time zone.
    if (languageChanged)
        Widgets::Language::install(dialog.language());
    signIn(m_user);
    replaceWindow();
}

} // namespace Hearth::Desktop
