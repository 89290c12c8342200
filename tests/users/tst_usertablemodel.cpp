#include "users/ui/usertablemodel.h"
#include "users/userstore.h"

#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

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
};

void tst_UserTableModel::initTestCase()
{
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

QTEST_MAIN(tst_UserTableModel)
#include "tst_usertablemodel.moc"
