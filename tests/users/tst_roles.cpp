#include "users/permissions.h"
#include "users/roles.h"

#include <QTest>

using namespace Hearth::Users;

Q_DECLARE_METATYPE(Hearth::Users::Role)

class tst_Roles : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip();
    void unknownCode();
    void grants_data();
    void grants();
    void everyPermissionIsKnownAndTitled();
    void onlyAdminManagesUsers();
};

void tst_Roles::codesRoundTrip()
{
    const QStringList expected = {QStringLiteral("admin"),   QStringLiteral("clerk"),
                                  QStringLiteral("planner"), QStringLiteral("warehouse"),
                                  QStringLiteral("finance"), QStringLiteral("dealer"),
                                  QStringLiteral("sales_manager"),
                                  QStringLiteral("general_manager"),
                                  QStringLiteral("purchaser"), QStringLiteral("installer")};
    QStringList codes;
    for (Role role : Roles::all()) {
        codes.append(Roles::code(role));
        QCOMPARE(Roles::fromCode(Roles::code(role)), std::optional<Role>(role));
        QVERIFY(!Roles::title(role).isEmpty());
        QVERIFY(!Roles::description(role).isEmpty());
    }
    QCOMPARE(codes, expected);
}

void tst_Roles::unknownCode()
{
    QVERIFY(!Roles::fromCode(QStringLiteral("root")).has_value());
    QVERIFY(!Roles::fromCode(QString()).has_value());
    QVERIFY(!Roles::fromCode(QStringLiteral("Admin")).has_value());
}

void tst_Roles::grants_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<bool>("granted");

    const auto row = [](const char *name, Role role, const char *permission, bool granted) {
        QTest::newRow(name) << role << QString::fromLatin1(permission) << granted;
    };
    row("admin reads orders", Role::Admin, "orders.read", true);
    row("admin manages users", Role::Admin, "users.admin", true);
    row("admin changes settings", Role::Admin, "settings.admin", true);
    row("clerk reads orders", Role::Clerk, "orders.read", true);
    row("clerk writes orders", Role::Clerk, "orders.write", true);
    row("clerk imports orders", Role::Clerk, "orders.import", true);
    row("clerk reviews orders", Role::Clerk, "orders.review", true);
    row("clerk no users", Role::Clerk, "users.admin", false);
    row("clerk no finance", Role::Clerk, "finance.write", false);
    row("planner reads orders", Role::Planner, "orders.read", true);
    row("planner splits orders", Role::Planner, "orders.split", true);
    row("planner schedules", Role::Planner, "production.write", true);
    row("planner no import", Role::Planner, "orders.import", false);
    row("planner no order edits", Role::Planner, "orders.write", false);
    row("warehouse moves stock", Role::Warehouse, "inventory.write", true);
    row("warehouse ships", Role::Warehouse, "delivery.write", true);
    row("warehouse no order edits", Role::Warehouse, "orders.write", false);
    row("finance records payments", Role::Finance, "finance.write", true);
    row("finance exports", Role::Finance, "orders.export", true);
    row("finance no stock", Role::Finance, "inventory.write", false);
    row("dealer reads orders", Role::Dealer, "orders.read", true);
    row("dealer enters orders", Role::Dealer, "orders.write", true);
    row("dealer no import", Role::Dealer, "orders.import", false);
    row("dealer no users", Role::Dealer, "users.admin", false);
    row("dealer no finance", Role::Dealer, "finance.read", false);
    row("sales manager approves", Role::SalesManager, "orders.approve", true);
    row("general manager approves", Role::GeneralManager, "orders.approve", true);
    row("general manager changes rules", Role::GeneralManager, "process.admin", true);
    row("clerk cannot approve", Role::Clerk, "orders.approve", false);
    row("clerk cannot change rules", Role::Clerk, "process.admin", false);
    row("purchaser works on tasks", Role::Purchaser, "tasks.read", true);
    row("installer no orders", Role::Installer, "orders.read", false);
    row("nobody has unknown", Role::Admin, "orders.launch", false);
}

void tst_Roles::grants()
{
    QFETCH(Role, role);
    QFETCH(QString, permission);
    QFETCH(bool, granted);
    QCOMPARE(Roles::grants(role, permission), granted);
}

void tst_Roles::everyPermissionIsKnownAndTitled()
{
    const QStringList all = Permissions::all();
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
    for (Role role : Roles::all()) {
        for (const QString &p : Roles::permissions(role))
            QVERIFY2(all.contains(p), qPrintable(p));
    }
    for (const QString &p : all) {
        QVERIFY(!Permissions::title(p).isEmpty());
        QVERIFY2(Permissions::title(p) != p, qPrintable(p));
    }
    QCOMPARE(Permissions::title(QStringLiteral("x.y")), QStringLiteral("x.y"));
}

void tst_Roles::onlyAdminManagesUsers()
{
    for (Role role : Roles::all())
        QCOMPARE(Roles::grants(role, QLatin1String(Permissions::UsersAdmin)), role == Role::Admin);
}

QTEST_GUILESS_MAIN(tst_Roles)
#include "tst_roles.moc"
