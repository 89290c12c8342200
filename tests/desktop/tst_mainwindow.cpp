#include "desktop/desktopapp.h"
#include "desktop/mainwindow.h"

#include "users/roles.h"
#include "widgets/module.h"
#include "widgets/session.h"
#include "widgets/statusbar.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;

Q_DECLARE_METATYPE(Hearth::Users::Role)

namespace {

// A module with pages that need different permissions, counting the pages it creates.
class FakeModule : public Widgets::Module
{
public:
    FakeModule(QString id, QList<Widgets::PageInfo> pages, QList<QAction *> actions = {})
        : m_id(std::move(id)), m_pages(std::move(pages)), m_actions(std::move(actions))
    {
    }

    QString id() const override { return m_id; }
    QString name() const override { return m_id.toUpper(); }
    QIcon icon() const override { return {}; }
    QList<Widgets::PageInfo> pages() const override { return m_pages; }
    QWidget *createPage(const QString &pageId, QWidget *parent) override
    {
        ++created[pageId];
        return new QLabel(pageId, parent);
    }
    QList<QAction *> actions(QWidget *window) override
    {
        QList<QAction *> result;
        for (QAction *a : m_actions) {
            auto *copy = new QAction(a->text(), window);
            copy->setProperty(Widgets::ActionMenuProperty,
                              a->property(Widgets::ActionMenuProperty));
            copy->setProperty(Widgets::ActionPermissionProperty,
                              a->property(Widgets::ActionPermissionProperty));
            result.append(copy);
        }
        return result;
    }
    QStringList permissions() const override { return {}; }

    static inline QHash<QString, int> created;

private:
    QString m_id;
    QList<Widgets::PageInfo> m_pages;
    QList<QAction *> m_actions;
};

Widgets::PageInfo page(const char *id, const char *permission)
{
    return {QLatin1String(id), QLatin1String(id), {}, QLatin1String(permission)};
}

QStringList menuTexts(QMenuBar *bar, const QString &menuTitle)
{
    for (QAction *top : bar->actions()) {
        if (top->text().remove(QLatin1Char('&')) != menuTitle || !top->menu())
            continue;
        QStringList texts;
        for (QAction *a : top->menu()->actions()) {
            if (!a->isSeparator())
                texts.append(a->text());
        }
        return texts;
    }
    return {};
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void navigationShowsPermittedPages_data();
    void navigationShowsPermittedPages();
    void pagesAreCreatedWhenFirstShown();
    void stateIsRestored();
    void lastPageNoLongerPermitted();
    void statusBarShowsDatabaseUserAndSync();
    void moduleActionsGoToTheirMenus();
    void firstWindowFitsTheScreen_data();
    void firstWindowFitsTheScreen();
    void firstWindowOnThisScreen();

private:
    void signInAs(Users::Role role);
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HearthTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    auto *importAction = new QAction(QStringLiteral("Import…"), this);
    importAction->setProperty(Widgets::ActionMenuProperty, QStringLiteral("file"));
    importAction->setProperty(Widgets::ActionPermissionProperty, QStringLiteral("orders.import"));
    auto *exportAction = new QAction(QStringLiteral("Export…"), this);
    exportAction->setProperty(Widgets::ActionPermissionProperty, QStringLiteral("orders.export"));
    auto *anyoneAction = new QAction(QStringLiteral("Refresh"), this);

    Widgets::ModuleRegistry::add(new FakeModule(
        QStringLiteral("orders"),
        {page("orders.list", "orders.read"), page("orders.import", "orders.import")},
        {importAction, exportAction, anyoneAction}));
    Widgets::ModuleRegistry::add(
        new FakeModule(QStringLiteral("stock"), {page("stock.moves", "inventory.read")}));
    Widgets::ModuleRegistry::add(
        new FakeModule(QStringLiteral("users"), {page("users.list", "users.admin")}));
    Widgets::ModuleRegistry::add(
        new FakeModule(QStringLiteral("help"), {page("help.start", "")}));
}

void tst_MainWindow::init()
{
    QSettings().clear();
    FakeModule::created.clear();
}

void tst_MainWindow::signInAs(Users::Role role)
{
    Users::User user;
    user.id = QStringLiteral("u1");
    user.userName = QStringLiteral("someone");
    user.displayName = QStringLiteral("王芳");
    user.role = role;
    Desktop::DesktopApp::signIn(user);
}

void tst_MainWindow::navigationShowsPermittedPages_data()
{
    QTest::addColumn<Users::Role>("role");
    QTest::addColumn<QStringList>("pages");

    const QString list = QStringLiteral("orders.list");
    const QString import = QStringLiteral("orders.import");
    const QString stock = QStringLiteral("stock.moves");
    const QString users = QStringLiteral("users.list");
    const QString help = QStringLiteral("help.start");
    QTest::newRow("admin") << Users::Role::Admin << QStringList{list, import, stock, users, help};
    QTest::newRow("clerk") << Users::Role::Clerk << QStringList{list, import, help};
    QTest::newRow("planner") << Users::Role::Planner << QStringList{list, stock, help};
    QTest::newRow("warehouse") << Users::Role::Warehouse << QStringList{list, stock, help};
    QTest::newRow("finance") << Users::Role::Finance << QStringList{list, help};
    QTest::newRow("dealer") << Users::Role::Dealer << QStringList{list, help};
}

void tst_MainWindow::navigationShowsPermittedPages()
{
    QFETCH(Users::Role, role);
    QFETCH(QStringList, pages);
    signInAs(role);
    Desktop::MainWindow window(QStringLiteral("/tmp/x.db"));
    QCOMPARE(window.visiblePageIds(), pages);
    for (const QString &id : pages)
        QVERIFY(window.showPage(id));
    if (!pages.contains(QStringLiteral("users.list")))
        QVERIFY(!window.showPage(QStringLiteral("users.list")));
}

void tst_MainWindow::pagesAreCreatedWhenFirstShown()
{
    signInAs(Users::Role::Admin);
    Desktop::MainWindow window(QStringLiteral("/tmp/x.db"));
    QVERIFY(FakeModule::created.isEmpty());
    window.restoreSettings();
    QCOMPARE(window.currentPageId(), QStringLiteral("orders.list"));
    QCOMPARE(FakeModule::created.value(QStringLiteral("orders.list")), 1);
    QCOMPARE(FakeModule::created.size(), 1);
    QVERIFY(window.showPage(QStringLiteral("stock.moves")));
    QVERIFY(window.showPage(QStringLiteral("orders.list")));
    QVERIFY(window.showPage(QStringLiteral("stock.moves")));
    QCOMPARE(FakeModule::created.value(QStringLiteral("orders.list")), 1);
    QCOMPARE(FakeModule::created.value(QStringLiteral("stock.moves")), 1);
    QVERIFY(window.pageWidget(QStringLiteral("stock.moves")));
    QVERIFY(!window.pageWidget(QStringLiteral("users.list")));
    QVERIFY(!window.showPage(QStringLiteral("no.such.page")));
}

void tst_MainWindow::stateIsRestored()
{
    signInAs(Users::Role::Admin);
    {
        Desktop::MainWindow window(QStringLiteral("/tmp/x.db"));
        window.restoreSettings();
        window.show();
        window.resize(1000, 640);
        QVERIFY(window.showPage(QStringLiteral("users.list")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/lastPage")).toString(),
             QStringLiteral("users.list"));

    Desktop::MainWindow restored(QStringLiteral("/tmp/x.db"));
    restored.restoreSettings();
    QCOMPARE(restored.currentPageId(), QStringLiteral("users.list"));
    QCOMPARE(restored.size(), QSize(1000, 640));
}

void tst_MainWindow::lastPageNoLongerPermitted()
{
    QSettings().setValue(QStringLiteral("mainWindow/lastPage"), QStringLiteral("users.list"));
    signInAs(Users::Role::Clerk);
    Desktop::MainWindow window(QStringLiteral("/tmp/x.db"));
    window.restoreSettings();
    QCOMPARE(window.currentPageId(), QStringLiteral("orders.list"));
    QVERIFY(!FakeModule::created.contains(QStringLiteral("users.list")));
}

void tst_MainWindow::statusBarShowsDatabaseUserAndSync()
{
    signInAs(Users::Role::Planner);
    Desktop::MainWindow window(QStringLiteral("/data/factory/hearth.db"));
    const Widgets::StatusBar *bar = window.shellStatusBar();
    QVERIFY(bar->databaseText().endsWith(QLatin1String("hearth.db")));
    QVERIFY(bar->userText().contains(QStringLiteral("王芳")));
    QVERIFY(bar->userText().contains(Users::Roles::title(Users::Role::Planner)));
    QVERIFY(!bar->syncText().isEmpty());
}

void tst_MainWindow::moduleActionsGoToTheirMenus()
{
    signInAs(Users::Role::Clerk);
    Desktop::MainWindow clerkWindow(QStringLiteral("/tmp/x.db"));
    QVERIFY(menuTexts(clerkWindow.menuBar(), QStringLiteral("File"))
                .contains(QStringLiteral("Import…")));
    const QStringList ordersMenu = menuTexts(clerkWindow.menuBar(), QStringLiteral("ORDERS"));
    QCOMPARE(ordersMenu, (QStringList{QStringLiteral("Export…"), QStringLiteral("Refresh")}));

    signInAs(Users::Role::Dealer);
    Desktop::MainWindow dealerWindow(QStringLiteral("/tmp/x.db"));
    QVERIFY(!menuTexts(dealerWindow.menuBar(), QStringLiteral("File"))
                 .contains(QStringLiteral("Import…")));
    QCOMPARE(menuTexts(dealerWindow.menuBar(), QStringLiteral("ORDERS")),
             QStringList{QStringLiteral("Refresh")});
}

void tst_MainWindow::firstWindowFitsTheScreen_data()
{
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("size");

    QTest::newRow("full HD") << QRect(0, 0, 1920, 1040) << QSize(1280, 800);
    QTest::newRow("laptop, task bar at the bottom") << QRect(0, 0, 1366, 728)
                                                   << QSize(1280, 688);
    QTest::newRow("second screen, panel at the top") << QRect(1920, 32, 1366, 736)
                                                    << QSize(1280, 696);
}

void tst_MainWindow::firstWindowFitsTheScreen()
{
    QFETCH(QRect, available);
    QFETCH(QSize, size);
    const QRect first = Desktop::MainWindow::firstGeometry(available);
    QCOMPARE(first.size(), size);
    // With its title bar above it, the window stays on the screen.
    QVERIFY(available.contains(first.adjusted(0, -30, 0, 0)));
    QVERIFY(qAbs(first.center().x() - available.center().x()) <= 1);
}

void tst_MainWindow::firstWindowOnThisScreen()
{
    signInAs(Users::Role::Admin);
    Desktop::MainWindow window(QStringLiteral("/tmp/x.db"));
    window.restoreSettings();
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.geometry()),
             qPrintable(QStringLiteral("%1×%2 on %3×%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(available.width())
                            .arg(available.height())));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
