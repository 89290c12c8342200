#include "desktop/desktopapp.h"
#include "desktop/mainwindow.h"
#include "production/planstore.h"
#include "production/ui/ganttchart.h"
#include "production/ui/planpage.h"
#include "production/ui/productionmodule.h"
#include "production/ui/shopfloorpage.h"
#include "production/ui/workorderspage.h"
#include "production/workcenterstore.h"
#include "production/workorderstore.h"
#include "storage/database.h"
#include "users/roles.h"
#include "widgets/links.h"
#include "widgets/session.h"

#include <QAction>
#include <QMouseEvent>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

void hearthRegisterModule_orders();

using namespace Hearth;
using namespace Hearth::Production;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QDateTime site(const char *monthDayTime)
{
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-") + monthDayTime,
                                              "yyyy-MM-dd HH:mm");
    return QDateTime(t.date(), t.time(), QTimeZone("Asia/Shanghai")).toUTC();
}

void run(const QString &sql, const QStringList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    if (!q.exec())
        qFatal("fixture: %s: %s", utf8.constData(), qPrintable(q.error()));
}

QString addCenter(const QString &code, const QString &kind)
{
    WorkCenter w;
    w.code = code;
    w.name = code;
    w.kind = kind;
    const auto made = WorkCenterStore::create(db(), w, "test");
    if (!made)
        qFatal("fixture: %s", qPrintable(made.error().toString()));
    return made->id;
}

struct NewWorkOrder
{
    const char *orderNo;
    QDate due;
    const char *lastEnds;  // the last operation's end; nullptr: not planned
    std::optional<QDateTime> slot;
    WorkOrderStatus status = WorkOrderStatus::Released;
};

QString addWorkOrder(const QString &center, const NewWorkOrder &n)
{
    const QString orderId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, 'store', 'in_production', 'x', 'x')",
        {orderId, QString::fromLatin1(n.orderNo)});
    WorkOrder w;
    w.woNo = QStringLiteral("WO-%1-CAB").arg(QLatin1String(n.orderNo));
    w.orderId = orderId;
    w.taskKey = "work_order:WS-CAB";
    w.workshop = "WS-CAB";
    w.dueDate = n.due;
    w.status = n.status;
    if (n.slot)
        w.deadline = n.slot->toSecsSinceEpoch();
    for (int seq : {10, 20}) {
        Operation op;
        op.seq = seq;
        op.workCenterId = center;
        op.name = seq == 10 ? "开料" : "包装";
        op.runSeconds = 1800;
        op.quantity = 5;
        if (n.lastEnds) {
            const qint64 end = site(n.lastEnds).toSecsSinceEpoch() - (seq == 10 ? 1800 : 0);
            op.plannedStart = end - 1800;
            op.plannedEnd = end;
            op.lane = 0;
        }
        w.operations.append(op);
    }
    const auto made = WorkOrderStore::insert(db(), w, "test");
    if (!made)
        qFatal("fixture: %s", qPrintable(made.error().toString()));
    return orderId;
}

QStringList productionPages(const Desktop::MainWindow &window)
{
    QStringList pages;
    for (const QString &id : window.visiblePageIds()) {
        if (id.startsWith("production."))
            pages.append(id);
    }
    return pages;
}

} // namespace

class tst_ProductionModule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesAndPermissions();
    void createsItsPages_data();
    void createsItsPages();
    void rolesGrantWhatProductionNeeds_data();
    void rolesGrantWhatProductionNeeds();
    void pagesFollowTheRole_data();
    void pagesFollowTheRole();
    void badgeCountsLateWorkOrders();
    void navigationShowsTheBadge();
    void menuActionsNeedWritePermission();
    void doubleClickOpensTheOrdersPage();
    void planPageHandsOverItsCount();

private:
    void signInAs(Users::Role role);

    QTemporaryDir m_dir;
    QString m_lateOrder;
};

void tst_ProductionModule::signInAs(Users::Role role)
{
    Users::User user;
    user.id = "u1";
    user.userName = "wangfang";
    user.displayName = "王芳";
    user.role = role;
    Desktop::DesktopApp::signIn(user);
}

void tst_ProductionModule::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("HearthTest");
    QCoreApplication::setApplicationName("tst_productionmodule");
    QSettings().clear();
    hearthRegisterModule_orders();
    hearthRegisterModule_production();

    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("t.db")).ok());
    const QString saw = addCenter("SAW-1", "cutting");
    // Late: ends the day after it is due, and ends after its installation slot.
    m_lateOrder = addWorkOrder(saw, {"SO00000001", QDate(2026, 3, 2), "03-03 10:00", {}});
    addWorkOrder(saw, {"SO00000002", QDate(2026, 3, 9), "03-05 10:00", site("03-05 09:00")});
    // On time: ends before its due day is over, or before its slot.
    addWorkOrder(saw, {"SO00000003", QDate(2026, 3, 3), "03-03 17:30", {}});
    addWorkOrder(saw, {"SO00000004", QDate(2026, 3, 2), "03-05 10:00", site("03-05 11:00")});
    // Not counted: no finish yet, or made already.
    addWorkOrder(saw, {"SO00000005", QDate(2026, 3, 1), nullptr, {}});
    addWorkOrder(saw, {"SO00000006", QDate(2026, 3, 1), "03-03 10:00", {},
                       WorkOrderStatus::Made});
    signInAs(Users::Role::Planner);
}

void tst_ProductionModule::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_ProductionModule::pagesAndPermissions()
{
    Widgets::Module *module = Widgets::ModuleRegistry::find("production");
    QVERIFY(module);
    QCOMPARE(module->id(), QString("production"));
    QCOMPARE(module->name(), QString("Production"));
    QStringList ids;
    QStringList titles;
    QStringList permissions;
    for (const Widgets::PageInfo &page : module->pages()) {
        ids.append(page.id);
        titles.append(page.title);
        permissions.append(page.permission);
    }
    QCOMPARE(ids, (QStringList{"production.plan", "production.workorders",
                               "production.shopfloor"}));
    QCOMPARE(titles, (QStringList{"Production plan", "Work orders", "Shop-floor scanning"}));
    QCOMPARE(permissions,
             (QStringList{"production.read", "production.read", "production.report"}));
    QCOMPARE(module->permissions(),
             (QStringList{"production.read", "production.write", "production.report"}));
    QVERIFY(!module->createPage("production.nothing", nullptr));
}

void tst_ProductionModule::createsItsPages_data()
{
    QTest::addColumn<QString>("pageId");
    QTest::addColumn<QString>("className");
    QTest::newRow("plan") << "production.plan" << "Hearth::Production::PlanPage";
    QTest::newRow("work orders") << "production.workorders"
                                 << "Hearth::Production::WorkOrdersPage";
    QTest::newRow("shop floor") << "production.shopfloor" << "Hearth::Production::ShopfloorPage";
}

void tst_ProductionModule::createsItsPages()
{
    QFETCH(QString, pageId);
    QFETCH(QString, className);
    Widgets::Module *module = Widgets::ModuleRegistry::find("production");
    std::unique_ptr<QWidget> page(module->createPage(pageId, nullptr));
    QVERIFY(page);
    QCOMPARE(QString::fromLatin1(page->metaObject()->className()), className);
    QTRY_VERIFY_WITH_TIMEOUT(module->isPageReady(page.get()), 10000);
    if (auto *plan = qobject_cast<PlanPage *>(page.get())) {
        QVERIFY(plan->hasLoaded());
        QCOMPARE(plan->plan().jobs().size(), 5);
    }
}

void tst_ProductionModule::rolesGrantWhatProductionNeeds_data()
{
    QTest::addColumn<Users::Role>("role");
    QTest::addColumn<QStringList>("granted");

    const QStringList all{"production.read", "production.write", "production.report"};
    QTest::newRow("planner plans and reports") << Users::Role::Planner << all;
    QTest::newRow("warehouse packs at a station")
        << Users::Role::Warehouse << QStringList{"production.read", "production.report"};
    QTest::newRow("clerk tells customers when") << Users::Role::Clerk
                                                << QStringList{"production.read"};
    QTest::newRow("sales manager looks") << Users::Role::SalesManager
                                         << QStringList{"production.read"};
    QTest::newRow("general manager looks") << Users::Role::GeneralManager
                                           << QStringList{"production.read"};
    QTest::newRow("finance: none") << Users::Role::Finance << QStringList{};
    QTest::newRow("dealer: none") << Users::Role::Dealer << QStringList{};
    QTest::newRow("installer: none") << Users::Role::Installer << QStringList{};
    QTest::newRow("admin: all") << Users::Role::Admin << all;
}

void tst_ProductionModule::rolesGrantWhatProductionNeeds()
{
    QFETCH(Users::Role, role);
    QFETCH(QStringList, granted);
    QStringList production;
    for (const QString &p : Users::Roles::permissions(role)) {
        if (p.startsWith("production."))
            production.append(p);
    }
    production.sort();
    granted.sort();
    QCOMPARE(production, granted);
}

void tst_ProductionModule::pagesFollowTheRole_data()
{
    QTest::addColumn<Users::Role>("role");
    QTest::addColumn<QStringList>("pages");
    const QStringList all{"production.plan", "production.workorders", "production.shopfloor"};
    QTest::newRow("planner") << Users::Role::Planner << all;
    QTest::newRow("warehouse") << Users::Role::Warehouse << all;
    QTest::newRow("clerk") << Users::Role::Clerk
                           << QStringList{"production.plan", "production.workorders"};
    QTest::newRow("finance") << Users::Role::Finance << QStringList{};
}

void tst_ProductionModule::pagesFollowTheRole()
{
    QFETCH(Users::Role, role);
    QFETCH(QStringList, pages);
    signInAs(role);
    Desktop::MainWindow window(m_dir.filePath("t.db"));
    window.setSavesSettings(false);
    QCOMPARE(productionPages(window), pages);
    signInAs(Users::Role::Planner);
}

void tst_ProductionModule::badgeCountsLateWorkOrders()
{
    const Widgets::Module *module = Widgets::ModuleRegistry::find("production");
    const auto plan = PlanStore::load(db(), site("03-02 08:00").toSecsSinceEpoch());
    QVERIFY(plan.ok());
    QCOMPARE(plan->lateJobs().size(), 2);

    // Counted off the GUI thread: the first answer may be the count not yet made.
    QTRY_COMPARE(module->pageBadge("production.plan").count, 2);
    const Widgets::PageBadge badge = module->pageBadge("production.plan");
    QVERIFY(badge.urgent);
    QVERIFY2(badge.toolTip.startsWith("2 work order"), qPrintable(badge.toolTip));
    QCOMPARE(module->pageBadge("production.shopfloor"), Widgets::PageBadge());

    signInAs(Users::Role::Finance);
    QCOMPARE(module->pageBadge("production.plan").count, 0);
    Widgets::Session::instance()->signOut();
    QCOMPARE(module->pageBadge("production.plan").count, 0);
    signInAs(Users::Role::Planner);
}

void tst_ProductionModule::navigationShowsTheBadge()
{
    Desktop::MainWindow window(m_dir.filePath("t.db"));
    window.setSavesSettings(false);
    QTRY_COMPARE(window.pageBadge("production.plan").count, 2);
    const auto *tree = window.findChild<QTreeWidget *>("navigation");
    QVERIFY(tree);
    const QList<QTreeWidgetItem *> items =
        tree->findItems("Production plan", Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    QTRY_COMPARE(items.first()->data(0, Qt::AccessibleTextRole).toString(),
                 QString("Production plan (2)"));
}

void tst_ProductionModule::menuActionsNeedWritePermission()
{
    QWidget window;
    Widgets::Module *module = Widgets::ModuleRegistry::find("production");
    const QList<QAction *> actions = module->actions(&window);
    QStringList texts;
    for (const QAction *a : actions) {
        texts.append(a->text());
        QCOMPARE(a->property(Widgets::ActionPermissionProperty).toString(),
                 QString("production.write"));
    }
    QCOMPARE(texts, (QStringList{"Make work orders", "Plan forward from now",
                                 "Plan backward from due dates", "Reschedule"}));
}

void tst_ProductionModule::doubleClickOpensTheOrdersPage()
{
    Desktop::MainWindow window(m_dir.filePath("t.db"));
    window.setSavesSettings(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage("production.plan"));
    auto *page = qobject_cast<PlanPage *>(window.pageWidget("production.plan"));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 10000);
    GanttChart *chart = page->chart();
    QString bar;
    for (const GanttBar &b : chart->data().bars)
        bar = b.orderId == m_lateOrder ? b.id : bar;
    QVERIFY(!bar.isEmpty());
    chart->ensureBarVisible(bar);
    const QPoint at = chart->barRect(bar).center();
    QMouseEvent click(QEvent::MouseButtonDblClick, QPointF(at),
                      chart->viewport()->mapToGlobal(QPointF(at)), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart->viewport(), &click);
    QCOMPARE(window.currentPageId(), QString("orders.list"));
}

void tst_ProductionModule::planPageHandsOverItsCount()
{
    Widgets::Module *module = Widgets::ModuleRegistry::find("production");
    QTRY_COMPARE(module->pageBadge("production.plan").count, 2);
    std::unique_ptr<QWidget> widget(module->createPage("production.plan", nullptr));
    auto *page = qobject_cast<PlanPage *>(widget.get());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isReady(), 10000);

    // A third late work order: the badge's last count does not know it yet, the page's does.
    const auto centers = WorkCenterStore::list(db());
    QVERIFY(centers.ok());
    addWorkOrder(centers->first().id, {"SO00000007", QDate(2026, 3, 2), "03-04 10:00", {}});
    QCOMPARE(module->pageBadge("production.plan").count, 2);
    QSignalSpy loaded(page, &PlanPage::planLoaded);
    page->reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(module->pageBadge("production.plan").count, 3);
}

QTEST_MAIN(tst_ProductionModule)
#include "tst_productionmodule.moc"
