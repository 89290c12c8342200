#include "users/loginthrottle.h"
#include "users/userstore.h"

#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Users;

class tst_UserStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstStartCreatesAdmin();
    void resetForgetsTheFirstPassword();
    void presetAdminPassword();
    void createAndSignIn();
    void userNameIgnoresCase();
    void wrongPassword();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void disabledUserCannotSignIn();
    void lastAdminIsProtected();
    void cannotDisableYourself();
    void resetPassword();
    void delayDoubles_data();
    void delayDoubles();
    void repeatedWrongPasswordsSlowDown();
    void throttleSurvivesRestart();
    void loginsAreAudited();

private:
    User makeUser(const QString &name, Role role, const QString &password = {});
    qint64 scalar(const char *sql, const QString &arg = {});

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_UserStore::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(Storage::Database::open(m_path).ok());
    Storage::Database::setCurrentUser(QStringLiteral("tester"));
}

void tst_UserStore::cleanup()
{
    Storage::Database::close();
    QFile::remove(m_path);
}

User tst_UserStore::makeUser(const QString &name, Role role, const QString &password)
{
    const auto user = UserStore::create(
        {name, name.toUpper(), role,
         password.isEmpty() ? QStringLiteral("password-%1").arg(name) : password});
    if (!user.ok())
        qWarning("%s", qPrintable(user.error().toString()));
    return user.ok() ? user.value() : User();
}

qint64 tst_UserStore::scalar(const char *sql, const QString &arg)
{
    Storage::Statement &q = Storage::Database::connection().prepare(sql);
    if (!arg.isNull())
        q.bind(1, arg);
    const qint64 v = q.next() ? q.int64(0) : -1;
    q.reset();
    return v;
}

void tst_UserStore::firstStartCreatesAdmin()
{
    QCOMPARE(UserStore::count(), 0);
    const auto password = UserStore::ensureInitialAdmin();
    QVERIFY(password.ok());
    QCOMPARE(password->size(), 12);

    const auto admin = UserStore::find(QStringLiteral("admin"));
    QVERIFY(admin.has_value());
    QCOMPARE(admin->role, Role::Admin);
    QVERIFY(admin->active);
    QCOMPARE(UserStore::firstActiveAdmin()->id, admin->id);

    const auto again = UserStore::ensureInitialAdmin();
    QVERIFY(again.ok());
    QVERIFY2(again->isEmpty(), "a second start must not create anything");
    QCOMPARE(UserStore::count(), 1);

    QCOMPARE(UserStore::pendingInitialPassword(), password.value());
    QVERIFY(!UserStore::authenticate(QStringLiteral("admin"), QStringLiteral("wrong-one")).ok());
    QCOMPARE(UserStore::pendingInitialPassword(), password.value());
    QVERIFY(UserStore::authenticate(QStringLiteral("admin"), password.value()).ok());
    QVERIFY2(UserStore::pendingInitialPassword().isEmpty(), "shown until the first sign-in");
}

void tst_UserStore::resetForgetsTheFirstPassword()
{
    QVERIFY(UserStore::ensureInitialAdmin().ok());
    QVERIFY(!UserStore::pendingInitialPassword().isEmpty());
    const User admin = *UserStore::find(QStringLiteral("admin"));
    QVERIFY(UserStore::resetPassword(admin.id, QStringLiteral("chosen-by-me")).ok());
    QVERIFY(UserStore::pendingInitialPassword().isEmpty());
}

void tst_UserStore::presetAdminPassword()
{
    const auto password = UserStore::ensureInitialAdmin(QStringLiteral("demo-password"));
    QVERIFY(password.ok());
    QCOMPARE(password.value(), QStringLiteral("demo-password"));
    QVERIFY2(UserStore::pendingInitialPassword().isEmpty(), "a chosen password is not kept");
    QVERIFY(UserStore::authenticate(QStringLiteral("admin"), QStringLiteral("demo-password")).ok());
    QVERIFY(!UserStore::ensureInitialAdmin(QStringLiteral("short")).value().size());
}

void tst_UserStore::createAndSignIn()
{
    const User clerk = makeUser(QStringLiteral("wangfang"), Role::Clerk,
                                QStringLiteral("秘密-password"));
    QVERIFY(!clerk.id.isEmpty());
    QCOMPARE(clerk.displayName, QStringLiteral("WANGFANG"));
    QVERIFY(!clerk.lastLoginAt.isValid());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto signedIn = UserStore::authenticate(QStringLiteral("wangfang"),
                                                  QStringLiteral("秘密-password"), now);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));
    QCOMPARE(signedIn->id, clerk.id);
    QCOMPARE(signedIn->role, Role::Clerk);
    QVERIFY(UserStore::findById(clerk.id)->lastLoginAt.isValid());
    QCOMPARE(UserStore::list().size(), 1);
}

void tst_UserStore::userNameIgnoresCase()
{
    makeUser(QStringLiteral("LiLei"), Role::Planner, QStringLiteral("planner-pass"));
    QVERIFY(UserStore::find(QStringLiteral("lilei")).has_value());
    QVERIFY(
        UserStore::authenticate(QStringLiteral(" lilei "), QStringLiteral("planner-pass")).ok());
    const auto duplicate = UserStore::create(
        {QStringLiteral("LILEI"), QStringLiteral("x"), Role::Clerk, QStringLiteral("whatever-1")});
    QVERIFY(!duplicate.ok());
}

void tst_UserStore::wrongPassword()
{
    makeUser(QStringLiteral("zhaomin"), Role::Finance, QStringLiteral("finance-pass"));
    const auto wrong = UserStore::authenticate(QStringLiteral("zhaomin"),
                                               QStringLiteral("finance-PASS"));
    QVERIFY(!wrong.ok());
    const auto unknown = UserStore::authenticate(QStringLiteral("nobody"),
                                                 QStringLiteral("finance-pass"));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, wrong.error().message);
    QVERIFY(!UserStore::authenticate(QStringLiteral("zhaomin"), QString()).ok());
}

void tst_UserStore::rejectsBadInput_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("password");

    QTest::newRow("short user name") << "a" << "A" << "long-enough";
    QTest::newRow("space in user name") << "wang fang" << "王芳" << "long-enough";
    QTest::newRow("symbol in user name") << "wang@fang" << "王芳" << "long-enough";
    QTest::newRow("long user name") << QString(33, QLatin1Char('u')) << "U" << "long-enough";
    QTest::newRow("empty display name") << "wangfang" << "  " << "long-enough";
    QTest::newRow("short password") << "wangfang" << "王芳" << "1234567";
    QTest::newRow("blank password") << "wangfang" << "王芳" << "          ";
}

void tst_UserStore::rejectsBadInput()
{
    QFETCH(QString, userName);
    QFETCH(QString, displayName);
    QFETCH(QString, password);
    const auto created = UserStore::create({userName, displayName, Role::Clerk, password});
    QVERIFY(!created.ok());
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(UserStore::count(), 0);
}

void tst_UserStore::disabledUserCannotSignIn()
{
    makeUser(QStringLiteral("admin1"), Role::Admin);
    const User dealer = makeUser(QStringLiteral("dealer1"), Role::Dealer);
    QVERIFY(UserStore::setActive(dealer.id, false).ok());
    QVERIFY(!UserStore::findById(dealer.id)->active);
    QVERIFY(!UserStore::authenticate(QStringLiteral("dealer1"), QStringLiteral("password-dealer1"))
                 .ok());
    QVERIFY(UserStore::setActive(dealer.id, true).ok());
    QVERIFY(UserStore::authenticate(QStringLiteral("dealer1"), QStringLiteral("password-dealer1"))
                .ok());
}

void tst_UserStore::lastAdminIsProtected()
{
    const User first = makeUser(QStringLiteral("boss"), Role::Admin);
    QVERIFY(!UserStore::setRole(first.id, Role::Clerk).ok());
    QVERIFY(!UserStore::setActive(first.id, false).ok());
    QCOMPARE(UserStore::findById(first.id)->role, Role::Admin);

    const User second = makeUser(QStringLiteral("deputy"), Role::Admin);
    QVERIFY(UserStore::setRole(first.id, Role::Planner).ok());
    QCOMPARE(UserStore::findById(first.id)->role, Role::Planner);
    QVERIFY(!UserStore::setActive(second.id, false).ok());
    QCOMPARE(UserStore::firstActiveAdmin()->id, second.id);
}

void tst_UserStore::cannotDisableYourself()
{
    makeUser(QStringLiteral("boss"), Role::Admin);
    const User me = makeUser(QStringLiteral("tester"), Role::Admin);
    QVERIFY(!UserStore::setActive(me.id, false).ok());
    QVERIFY(UserStore::findById(me.id)->active);
}

void tst_UserStore::resetPassword()
{
    const User user = makeUser(QStringLiteral("chenjing"), Role::Warehouse);
    QVERIFY(!UserStore::resetPassword(user.id, QStringLiteral("short")).ok());
    QVERIFY(UserStore::resetPassword(user.id, QStringLiteral("new-password")).ok());
    QVERIFY(!UserStore::authenticate(QStringLiteral("chenjing"),
                                     QStringLiteral("password-chenjing"))
                 .ok());
    QVERIFY(UserStore::authenticate(QStringLiteral("chenjing"), QStringLiteral("new-password"))
                .ok());
}

void tst_UserStore::delayDoubles_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("first") << 1 << 0;
    QTest::newRow("second") << 2 << 0;
    QTest::newRow("third") << 3 << 1;
    QTest::newRow("fourth") << 4 << 2;
    QTest::newRow("fifth") << 5 << 4;
    QTest::newRow("tenth") << 10 << 128;
    QTest::newRow("capped") << 12 << 300;
    QTest::newRow("far beyond") << 1000 << 300;
}

void tst_UserStore::delayDoubles()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(LoginThrottle::delayAfter(failures), seconds);
}

void tst_UserStore::repeatedWrongPasswordsSlowDown()
{
    makeUser(QStringLiteral("liuyang"), Role::Clerk, QStringLiteral("right-password"));
    const QString name = QStringLiteral("liuyang");
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 3; ++i)
        QVERIFY(!UserStore::authenticate(name, QStringLiteral("wrong-password"), t0).ok());
    QCOMPARE(UserStore::secondsToWait(name, t0), 1);

    const auto throttled = UserStore::authenticate(name, QStringLiteral("right-password"), t0);
    QVERIFY2(!throttled.ok(), "even the right password waits");

    const QDateTime t1 = t0.addSecs(1);
    QCOMPARE(UserStore::secondsToWait(name, t1), 0);
    QVERIFY(!UserStore::authenticate(name, QStringLiteral("wrong-again"), t1).ok());
    QCOMPARE(UserStore::secondsToWait(name, t1), 2);
    QCOMPARE(UserStore::secondsToWait(QStringLiteral("LiuYang"), t1), 2);
    QCOMPARE(UserStore::secondsToWait(QStringLiteral("someone-else"), t1), 0);

    const QDateTime t2 = t1.addSecs(2);
    QVERIFY(UserStore::authenticate(name, QStringLiteral("right-password"), t2).ok());
    QCOMPARE(LoginThrottle::failures(Storage::Database::connection(), name), 0);
    QVERIFY(!UserStore::authenticate(name, QStringLiteral("wrong"), t2).ok());
    QCOMPARE(UserStore::secondsToWait(name, t2), 0);
}

void tst_UserStore::throttleSurvivesRestart()
{
    makeUser(QStringLiteral("sunli"), Role::Clerk, QStringLiteral("right-password"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 4; ++i)
        UserStore::authenticate(QStringLiteral("sunli"), QStringLiteral("nope-nope"),
                                t0.addSecs(i * 10));
    Storage::Database::close();
    QVERIFY(Storage::Database::open(m_path).ok());
    QCOMPARE(UserStore::secondsToWait(QStringLiteral("sunli"), t0.addSecs(30)), 2);
}

void tst_UserStore::loginsAreAudited()
{
    const User user = makeUser(QStringLiteral("hemei"), Role::Finance,
                               QStringLiteral("finance-pass"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'insert'"
                    " AND user_name = 'tester'",
                    user.id),
             1);
    UserStore::authenticate(QStringLiteral("hemei"), QStringLiteral("bad-password"));
    UserStore::authenticate(QStringLiteral("hemei"), QStringLiteral("finance-pass"));
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'login_failed'",
                    user.id),
             1);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'login'"
                    " AND user_name = 'hemei'",
                    user.id),
             1);
    UserStore::setRole(user.id, Role::Clerk);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE row_id = ? AND action = 'update'"
                    " AND before_json LIKE '%finance%' AND after_json LIKE '%clerk%'",
                    user.id),
             1);
    QCOMPARE(scalar("SELECT count(*) FROM audit_log WHERE coalesce(before_json, '') LIKE "
                    "'%argon2%' OR coalesce(after_json, '') LIKE '%argon2%'"),
             0);
    QCOMPARE(scalar("SELECT count(*) FROM outbox"), 0);
}

QTEST_GUILESS_MAIN(tst_UserStore)
#include "tst_userstore.moc"
