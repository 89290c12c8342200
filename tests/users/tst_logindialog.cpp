#include "users/ui/logindialog.h"
#include "users/userstore.h"

#include "storage/database.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Users;

class tst_LoginDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signsIn();
    void wrongPasswordKeepsTheDialogOpen();
    void throttledButtonWaits();

private:
    struct Parts
    {
        QLineEdit *userName = nullptr;
        QLineEdit *password = nullptr;
        QPushButton *signIn = nullptr;
        QLabel *problem = nullptr;
    };
    static Parts parts(LoginDialog &dialog);

    QTemporaryDir m_dir;
};

void tst_LoginDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logindialog"));
}

void tst_LoginDialog::init()
{
    QSettings().clear();
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(Storage::Database::open(path).ok());
    QVERIFY(UserStore::create({QStringLiteral("wangfang"), QStringLiteral("王芳"), Role::Clerk,
                               QStringLiteral("clerk-password")})
                .ok());
}

void tst_LoginDialog::cleanup()
{
    Storage::Database::close();
}

tst_LoginDialog::Parts tst_LoginDialog::parts(LoginDialog &dialog)
{
    Parts p;
    for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            p.password = edit;
        else
            p.userName = edit;
    }
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->isDefault())
            p.signIn = button;
    }
    p.problem = dialog.findChild<QLabel *>(QStringLiteral("errorText"));
    return p;
}

void tst_LoginDialog::signsIn()
{
    LoginDialog dialog(QStringLiteral("/tmp/hearth.db"));
    const Parts p = parts(dialog);
    QVERIFY(p.userName && p.password && p.signIn && p.problem);
    QVERIFY(!p.signIn->isEnabled());
    QTest::keyClicks(p.userName, QStringLiteral("WangFang"));
    QTest::keyClicks(p.password, QStringLiteral("clerk-password"));
    QVERIFY(p.signIn->isEnabled());
    QTest::mouseClick(p.signIn, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.user().userName, QStringLiteral("wangfang"));
    QCOMPARE(dialog.user().role, Role::Clerk);
    QCOMPARE(QSettings().value(QStringLiteral("login/lastUser")).toString(),
             QStringLiteral("wangfang"));

    LoginDialog next(QStringLiteral("/tmp/hearth.db"));
    QCOMPARE(parts(next).userName->text(), QStringLiteral("wangfang"));
}

void tst_LoginDialog::wrongPasswordKeepsTheDialogOpen()
{
    LoginDialog dialog(QStringLiteral("/tmp/hearth.db"));
    const Parts p = parts(dialog);
    dialog.setUserName(QStringLiteral("wangfang"));
    QTest::keyClicks(p.password, QStringLiteral("not-the-password"));
    QTest::mouseClick(p.signIn, Qt::LeftButton);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!p.problem->text().isEmpty());
    QVERIFY(p.password->text().isEmpty());
}

void tst_LoginDialog::throttledButtonWaits()
{
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!UserStore::authenticate(QStringLiteral("wangfang"), QStringLiteral("guess"))
                     .ok());
    }
    LoginDialog dialog(QStringLiteral("/tmp/hearth.db"));
    const Parts p = parts(dialog);
    dialog.setUserName(QStringLiteral("wangfang"));
    QTest::keyClicks(p.password, QStringLiteral("clerk-password"));
    QTest::mouseClick(p.signIn, Qt::LeftButton);
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!p.signIn->isEnabled());
    QVERIFY(!p.problem->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(p.signIn->isEnabled(), 3000);
    QTest::mouseClick(p.signIn, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(tst_LoginDialog)
#include "tst_logindialog.moc"
