#include "users/ui/usertablemodel.h"
#include "users/userstore.h"

#include "storage/database.h"
#include "users/ui/userdisplay.h"
#include "widgets/sitetime.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Hearth;
using namespace Hearth::Users;

class tst_UserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsUsers();
    void reloadSeesChanges();
    void timesAreInTheSiteTimeZone();
    void builtInAdministratorIsNamedInTheLanguage_data();
    void builtInAdministratorIsNamedInTheLanguage();
};

void tst_UserTableModel::initTestCase()
{
    // The computer's clock is UTC here; the site's is not.
    qputenv("TZ", "UTC");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Widgets::SiteTime::setZoneId(Widgets::SiteTime::defaultZoneId()));
    static QTemporaryDir dir;
    QVERIFY(Storage::Database::open(dir.filePath(QStringLiteral("users.db"))).ok());
    QVERIFY(UserStore::ensureInitialAdmin(QStringLiteral("admin-password")).ok());
    QVERIFY(UserStore::create({QStringLiteral("zhangwei"), QStringLiteral("张伟"),
                               Role::Warehouse, QStringLiteral("warehouse-pass")})
                .ok());
}

void tst_UserTableModel::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_UserTableModel::showsUsers()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
    const int row = model.rowOf(UserStore::find(QStringLiteral("zhangwei"))->id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, UserTableModel::DisplayName).data().toString(),
             QStringLiteral("张伟"));
    QCOMPARE(model.index(row, UserTableModel::RoleColumn).data().toString(),
             Roles::title(Role::Warehouse));
    QCOMPARE(model.index(row, UserTableModel::Status).data().toString(), QStringLiteral("Active"));
    QCOMPARE(model.index(row, UserTableModel::LastLogin).data().toString(),
             QStringLiteral("Never"));
    QVERIFY(!model.headerData(UserTableModel::Created, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.index(row, UserTableModel::Status, model.index(0, 0)).isValid());
    QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
}

void tst_UserTableModel::reloadSeesChanges()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const QString id = UserStore::find(QStringLiteral("zhangwei"))->id;
    QVERIFY(UserStore::setActive(id, false).ok());
    model.reload();
    const int row = model.rowOf(id);
    QCOMPARE(model.index(row, UserTableModel::Status).data().toString(),
             QStringLiteral("Disabled"));
    QCOMPARE(model.index(row, UserTableModel::Status).data(Qt::ForegroundRole).isValid(), true);
}

void tst_UserTableModel::timesAreInTheSiteTimeZone()
{
    UserTableModel model;
    model.reload();
    const std::optional<User> admin = UserStore::find(QStringLiteral("admin"));
    QVERIFY(admin && admin->createdAt.isValid());
    const int row = model.rowOf(admin->id);
    const QString shown = model.index(row, UserTableModel::Created).data().toString();
    const QDateTime shanghai = admin->createdAt.toTimeZone(QTimeZone("Asia/Shanghai"));
    QCOMPARE(shown, shanghai.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(shown != admin->createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    // The orders timeline and this page read one setting.
    QVERIFY(Widgets::SiteTime::setZoneId("America/New_York"));
    QCOMPARE(model.index(row, UserTableModel::Created).data().toString(),
             admin->createdAt.toTimeZone(QTimeZone("America/New_York"))
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(Widgets::SiteTime::setZoneId(Widgets::SiteTime::defaultZoneId()));
}

void tst_UserTableModel::builtInAdministratorIsNamedInTheLanguage_data()
{
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");

    // No translator here: the interface speaks English.
    QTest::newRow("created in Chinese") << "admin" << "系统管理员" << "System Administrator";
    QTest::newRow("created in English") << "admin" << "System Administrator"
                                        << "System Administrator";
    QTest::newRow("renamed") << "admin" << "老王" << "老王";
    QTest::newRow("another user") << "zhangwei" << "系统管理员" << "系统管理员";
}

void tst_UserTableModel::builtInAdministratorIsNamedInTheLanguage()
{
    QFETCH(QString, userName);
    QFETCH(QString, stored);
    QFETCH(QString, shown);

    const std::optional<User> user = UserStore::find(userName);
    QVERIFY(user);
    QVERIFY(UserStore::setDisplayName(user->id, stored).ok());
    UserTableModel model;
    model.reload();
    QCOMPARE(model.index(model.rowOf(user->id), UserTableModel::DisplayName).data().toString(),
             shown);
    QCOMPARE(UserDisplay::name(*UserStore::find(userName)), shown);
}

QTEST_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
