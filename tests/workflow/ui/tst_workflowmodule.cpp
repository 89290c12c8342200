#include "taskfixtures.h"
#include "desktop/desktopapp.h"
#include "desktop/mainwindow.h"
#include "orders/ui/orderdetailpane.h"
#include "orders/ui/orderspage.h"
#include "widgets/language.h"
#include "widgets/links.h"
#include "widgets/pagebadges.h"
#include "workflow/ui/taskinboxpage.h"
#include "workflow/ui/workflowmodule.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

void hearthRegisterModule_orders();

using namespace Hearth;
using namespace Hearth::Workflow;
using namespace TaskFixtures;

namespace {

const QDateTime Now = QDateTime::currentDateTimeUtc();

QString navigationText(const Desktop::MainWindow &window, const QString &title)
{
    const auto *tree = window.findChild<QTreeWidget *>(QStringLiteral("navigation"));
    const QList<QTreeWidgetItem *> items =
        tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive);
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::AccessibleTextRole).toString();
}

} // namespace

class tst_WorkflowModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesAndPermissions();
    void pagesFollowTheRole_data();
    void pagesFollowTheRole();
    void badgeCountsMineAndPool();
    void navigationShowsTheBadge();
    void openOrderShowsTheOrdersPage();

private:
    void signInAs(const QString &userId, Users::Role role);

    QTemporaryDir m_dir;
    QString m_me;
    Orders::SalesOrder m_order;
    QString m_orderTask;
};

void tst_WorkflowModule::signInAs(const QString &userId, Users::Role role)
{
    Users::User user;
    user.id = userId;
    user.userName = QStringLiteral("wangfang");
    user.displayName = QStringLiteral("王芳");
    user.role = role;
    Desktop::DesktopApp::signIn(user);
}

void tst_WorkflowModule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workflowmodule"));
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Widgets::Language::install("en"));
    hearthRegisterModule_orders();
    hearthRegisterModule_workflow();

    QVERIFY(m_dir.isValid());
    QVERIFY(open(m_dir));
    m_me = addUser("wangfang", "王芳", "finance");
    signInAs(m_me, Users::Role::Finance);
    m_order = addOrder("张伟", 12800);

    // Mine: two, one of them overdue. The pool of my role: three. Another role's: one.
    NewTask n = newTask("mine:1", "work_order", "柜体开料 张伟", Now.addDays(-1), m_order.id);
    n.assigneeId = m_me;
    m_orderTask = addTask(n).id;
    n = newTask("mine:2", "collection", "收定金", Now.addDays(1));
    n.assigneeId = m_me;
    addTask(n);
    for (int i = 0; i < 3; ++i) {
        n = newTask(QStringLiteral("pool:%1").arg(i), "collection", "收尾款", Now.addDays(2));
        n.role = "finance";
        addTask(n);
    }
    n = newTask("other", "shipment", "发货", Now.addDays(-3));
    n.role = "warehouse";
    addTask(n);
}

void tst_WorkflowModule::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_WorkflowModule::pagesAndPermissions()
{
    Widgets::Module *module = Widgets::ModuleRegistry::find("workflow");
    QVERIFY(module);
    QStringList ids;
    QStringList permissions;
    for (const Widgets::PageInfo &page : module->pages()) {
        ids.append(page.id);
        permissions.append(page.permission);
    }
    QCOMPARE(ids, (QStringList{"workflow.tasks", "workflow.processes", "workflow.rules"}));
    QCOMPARE(permissions, (QStringList{"tasks.read", "process.admin", "process.admin"}));
    QCOMPARE(module->name(), QString("Workflow"));
    std::unique_ptr<QWidget> inbox(module->createPage("workflow.tasks", nullptr));
    QVERIFY(qobject_cast<TaskInboxPage *>(inbox.get()));
    QVERIFY(module->isPageReady(inbox.get()));
    QVERIFY(!module->createPage("workflow.nothing", nullptr));
    for (const char *id : {"workflow.processes", "workflow.rules"}) {
        std::unique_ptr<QWidget> page(module->createPage(QLatin1String(id), nullptr));
        QVERIFY2(page, id);
    }
}

void tst_WorkflowModule::pagesFollowTheRole_data()
{
    QTest::addColumn<Users::Role>("role");
    QTest::addColumn<QStringList>("pages");
    QTest::newRow("finance: the inbox only")
        << Users::Role::Finance << QStringList{"orders.list", "workflow.tasks"};
    QTest::newRow("general manager: the process pages too")
        << Users::Role::GeneralManager
        << QStringList{"orders.list", "workflow.tasks", "workflow.processes", "workflow.rules"};
}

void tst_WorkflowModule::pagesFollowTheRole()
{
    QFETCH(Users::Role, role);
    QFETCH(QStringList, pages);
    signInAs(m_me, role);
    Desktop::MainWindow window(m_dir.filePath("t.db"));
    window.setSavesSettings(false);
    QCOMPARE(window.visiblePageIds(), pages);
    signInAs(m_me, Users::Role::Finance);
}

void tst_WorkflowModule::badgeCountsMineAndPool()
{
    const Widgets::Module *module = Widgets::ModuleRegistry::find("workflow");
    const Widgets::PageBadge badge = module->pageBadge("workflow.tasks");
    QCOMPARE(badge.count, 5);
    QVERIFY(badge.urgent);
    QCOMPARE(badge.toolTip, QString("2 assigned to you, 3 waiting in your team's pool, "
                                    "1 overdue"));
    QCOMPARE(module->pageBadge("workflow.rules"), Widgets::PageBadge());

    Widgets::Session::instance()->signOut();
    QCOMPARE(module->pageBadge("workflow.tasks").count, 0);
    signInAs(m_me, Users::Role::Finance);
}

void tst_WorkflowModule::navigationShowsTheBadge()
{
    Desktop::MainWindow window(m_dir.filePath("t.db"));
    window.setSavesSettings(false);
    QCOMPARE(window.pageBadge("workflow.tasks").count, 5);
    QCOMPARE(navigationText(window, "My tasks"), QString("My tasks (5)"));
    QCOMPARE(navigationText(window, "Sales orders"), QString());
    bool refreshes = false;
    for (const QTimer *timer : window.findChildren<QTimer *>())
        refreshes = refreshes || (timer->isActive() && timer->interval() == 60 * 1000);
    QVERIFY(refreshes);

    // Claimed from the inbox: the page tells the shell, which asks again after the event.
    QVERIFY(window.showPage("workflow.tasks"));
    auto *inbox = qobject_cast<TaskInboxPage *>(window.pageWidget("workflow.tasks"));
    QVERIFY(inbox);
    NewTask n = newTask("pool:new", "purchase", "采购五金", Now.addDays(1));
    n.role = "finance";
    const QString id = addTask(n).id;
    Widgets::PageBadges::notify();
    QCOMPARE(window.pageBadge("workflow.tasks").count, 5);
    QTRY_COMPARE(window.pageBadge("workflow.tasks").count, 6);
    QCOMPARE(navigationText(window, "My tasks"), QString("My tasks (6)"));

    inbox->selectTask(id);
    QVERIFY(inbox->complete("已采购"));
    QTRY_COMPARE(window.pageBadge("workflow.tasks").count, 5);
    QCOMPARE(window.pageBadge("workflow.tasks").toolTip,
             QString("2 assigned to you, 3 waiting in your team's pool, 1 overdue"));
}

void tst_WorkflowModule::openOrderShowsTheOrdersPage()
{
    Desktop::MainWindow window(m_dir.filePath("t.db"));
    window.setSavesSettings(false);
    QVERIFY(window.showPage("workflow.tasks"));
    auto *inbox = qobject_cast<TaskInboxPage *>(window.pageWidget("workflow.tasks"));
    QVERIFY(inbox);
    inbox->selectTask(m_orderTask);
    QVERIFY(inbox->detailPane()->abilities().openOrder);
    QVERIFY(inbox->openOrder());
    QCOMPARE(window.currentPageId(), QString("orders.list"));
    auto *orders = qobject_cast<Orders::OrdersPage *>(window.pageWidget("orders.list"));
    QVERIFY(orders);
    QCOMPARE(orders->detailPane()->orderId(), m_order.id);

    // A page the user may not see is not opened through a link either.
    QVERIFY(!Widgets::Links::openPage("workflow.rules"));
    QCOMPARE(window.currentPageId(), QString("orders.list"));
}

QTEST_MAIN(tst_WorkflowModule)
#include "tst_workflowmodule.moc"
