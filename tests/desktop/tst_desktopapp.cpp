#include "desktop/desktopapp.h"
#include "desktop/mainwindow.h"
#include "desktop/pagerenderer.h"

#include "storage/database.h"
#include "users/ui/initialpassworddialog.h"
#include "users/ui/logindialog.h"
#include "users/userstore.h"
#include "widgets/language.h"
#include "widgets/session.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Hearth;

// The interactive start: first-start administrator, login, main window; dialogs are answered
// by a timer as a person would.
class tst_DesktopApp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsPasswordThenSignsIn();
    void welcomeStaysUntilTheFirstSignIn();
    void presetPasswordSkipsTheWelcome();
    void languageSwitchRebuildsTheWindow();
    void cancelledLoginEndsQuietly();
    void newerDatabaseIsRefused();
    void welcomePictureShowsTheRealPassword();

private:
    /// Calls handle for each modal dialog that opens, until handle returns false.
    void whenModal(const std::function<bool(QWidget *)> &handle);
    static void signInWith(QWidget *dialog, const QString &password);

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_DesktopApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopapp"));
}

void tst_DesktopApp::init()
{
    QSettings().clear();
    qunsetenv("HEARTH_ADMIN_PASSWORD");
    m_path = m_dir.filePath(
        QStringLiteral("%1/hearth.db").arg(QLatin1String(QTest::currentTestFunction())));
}

void tst_DesktopApp::cleanup()
{
    Widgets::Session::instance()->signOut();
    Storage::Database::close();
}

void tst_DesktopApp::whenModal(const std::function<bool(QWidget *)> &handle)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, handle, last = QPointer<QWidget>()]() mutable {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == last)
            return;
        last = modal;
        if (!handle(modal))
            timer->deleteLater();
    });
    timer->start();
}

void tst_DesktopApp::signInWith(QWidget *dialog, const QString &password)
{
    for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            edit->setText(password);
    }
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->isDefault())
            button->click();
    }
}

void tst_DesktopApp::firstStartShowsPasswordThenSignsIn()
{
    QString shownPassword;
    QStringList seen;
    whenModal([&](QWidget *modal) {
        seen.append(QString::fromLatin1(modal->metaObject()->className()));
        if (qobject_cast<Users::InitialPasswordDialog *>(modal)) {
            const auto edits = modal->findChildren<QLineEdit *>();
            for (QLineEdit *edit : edits) {
                if (edit->text() != QLatin1String("admin"))
                    shownPassword = edit->text();
            }
            static_cast<QDialog *>(modal)->accept();
            return true;
        }
        if (qobject_cast<Users::LoginDialog *>(modal))
            signInWith(modal, shownPassword);
        return false;
    });

    Desktop::DesktopApp app;
    QVERIFY(app.start(m_path));
    QCOMPARE(seen, (QStringList{QStringLiteral("Hearth::Users::InitialPasswordDialog"),
                                QStringLiteral("Hearth::Users::LoginDialog")}));
    QCOMPARE(shownPassword.size(), 12);
    QVERIFY(app.window());
    QVERIFY(app.window()->isVisible());
    QCOMPARE(Widgets::Session::user().userName, QStringLiteral("admin"));
    QCOMPARE(Storage::Database::currentUser(), QStringLiteral("admin"));
    QVERIFY(QFile::exists(m_path));
}

void tst_DesktopApp::welcomeStaysUntilTheFirstSignIn()
{
    QVERIFY(Desktop::DesktopApp::openDatabase(m_path).ok());
    const auto created = Users::UserStore::ensureInitialAdmin();
    QVERIFY(created.ok());
    Storage::Database::close();

    QStringList seen;
    whenModal([&](QWidget *modal) {
        seen.append(QString::fromLatin1(modal->metaObject()->className()));
        if (qobject_cast<Users::InitialPasswordDialog *>(modal)) {
            static_cast<QDialog *>(modal)->accept();
            return true;
        }
        signInWith(modal, created.value());
        return false;
    });
    {
        Desktop::DesktopApp app;
        QVERIFY(app.start(m_path));
    }
    QCOMPARE(seen.size(), 2);

    seen.clear();
    whenModal([&](QWidget *modal) {
        seen.append(QString::fromLatin1(modal->metaObject()->className()));
        signInWith(modal, created.value());
        return false;
    });
    Desktop::DesktopApp again;
    QVERIFY(again.start(m_path));
    QCOMPARE(seen, QStringList{QStringLiteral("Hearth::Users::LoginDialog")});
}

void tst_DesktopApp::presetPasswordSkipsTheWelcome()
{
    qputenv("HEARTH_ADMIN_PASSWORD", "demo-password");
    QStringList seen;
    whenModal([&](QWidget *modal) {
        seen.append(QString::fromLatin1(modal->metaObject()->className()));
        signInWith(modal, QStringLiteral("demo-password"));
        return false;
    });
    Desktop::DesktopApp app;
    QVERIFY(app.start(m_path));
    QCOMPARE(seen, QStringList{QStringLiteral("Hearth::Users::LoginDialog")});
    QCOMPARE(Widgets::Session::user().role, QStringLiteral("admin"));
}

void tst_DesktopApp::languageSwitchRebuildsTheWindow()
{
    qputenv("HEARTH_ADMIN_PASSWORD", "demo-password");
    whenModal([](QWidget *modal) {
        signInWith(modal, QStringLiteral("demo-password"));
        return false;
    });
    Desktop::DesktopApp app;
    QVERIFY(app.start(m_path));
    Widgets::Language::install(QStringLiteral("zh_CN"));
    QPointer<Desktop::MainWindow> before = app.window();
    QVERIFY(before);

    whenModal([](QWidget *modal) {
        auto *combo = modal->findChild<QComboBox *>();
        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        static_cast<QDialog *>(modal)->accept();
        return false;
    });
    emit before->settingsRequested();
    QTRY_VERIFY(app.window() && app.window() != before);
    QCOMPARE(Widgets::Language::installed(), QStringLiteral("en"));
    QCOMPARE(Widgets::Language::saved(), QStringLiteral("en"));
    QTRY_VERIFY(!before);
    QVERIFY(app.window()->isVisible());
    QCOMPARE(Widgets::Session::user().userName, QStringLiteral("admin"));
}

void tst_DesktopApp::cancelledLoginEndsQuietly()
{
    qputenv("HEARTH_ADMIN_PASSWORD", "demo-password");
    whenModal([](QWidget *modal) {
        static_cast<QDialog *>(modal)->reject();
        return false;
    });
    Desktop::DesktopApp app;
    QVERIFY(!app.start(m_path));
    QCOMPARE(app.exitCode(), int(Desktop::DesktopApp::Ok));
    QVERIFY(!app.window());
    QVERIFY(!Widgets::Session::isSignedIn());
}

void tst_DesktopApp::newerDatabaseIsRefused()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("future"));
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 9999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));

    QString message;
    whenModal([&](QWidget *modal) {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            message = box->text();
            box->accept();
        }
        return false;
    });
    Desktop::DesktopApp app;
    QVERIFY(!app.start(m_path));
    QCOMPARE(app.exitCode(), int(Desktop::DesktopApp::DatabaseError));
    QVERIFY2(message.contains(QStringLiteral("9999")), qPrintable(message));
}

void tst_DesktopApp::welcomePictureShowsTheRealPassword()
{
    QVERIFY(Desktop::DesktopApp::openDatabase(m_path).ok());
    QVERIFY(Desktop::PageRenderer::initialPasswordToShow().isEmpty());
    const auto created = Users::UserStore::ensureInitialAdmin();
    QVERIFY(created.ok() && !created.value().isEmpty());
    // `hearth --render welcome` shows the password the desktop will show, not a new one.
    QCOMPARE(Desktop::PageRenderer::initialPasswordToShow(), created.value());
    QCOMPARE(Desktop::PageRenderer::initialPasswordToShow(), created.value());
}

QTEST_MAIN(tst_DesktopApp)
#include "tst_desktopapp.moc"
