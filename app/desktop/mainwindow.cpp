#include "mainwindow.h"

#include "aboutdialog.h"

#include "widgets/links.h"
#include "widgets/module.h"
#include "widgets/pagebadges.h"
#include "widgets/session.h"
#include "widgets/statusbar.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPointer>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Hearth::Desktop {

namespace {

constexpr int PageIdRole = Qt::UserRole + 1;
constexpr int BadgeCountRole = Qt::UserRole + 2;
constexpr int BadgeUrgentRole = Qt::UserRole + 3;
constexpr int BadgeMaxShown = 99;
constexpr int DefaultWidth = 1280;
constexpr int DefaultHeight = 800;
// Room for the frame and title bar the window manager adds around the window's geometry.
constexpr int FrameWidth = 16;
constexpr int FrameHeight = 40;

QString key(const char *name)
{
    return QStringLiteral("mainWindow/") + QLatin1String(name);
}

// Draws a page's badge as a pill at the right end of its navigation entry: the accent colour,
// or red when something is overdue; "99+" above 99.
class NavigationDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int count = index.data(BadgeCountRole).toInt();
        if (count <= 0)
            return;
        const QString text = count > BadgeMaxShown ? QStringLiteral("%1+").arg(BadgeMaxShown)
                                                   : QString::number(count);
        QFont font = option.font;
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setBold(true);
        const QFontMetrics metrics(font);
        const int height = metrics.height() + 2;
        const int width = std::max(height, metrics.horizontalAdvance(text) + 12);
        const QRect pill(option.rect.right() - width - 6,
                         option.rect.center().y() - height / 2 + 1, width, height);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(index.data(BadgeUrgentRole).toBool() ? QColor(0xdc2626)
                                                               : Widgets::Theme::accent());
        painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(pill, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

MainWindow::MainWindow(const QString &databasePath, QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("hearthMainWindow"));
    setWindowTitle(tr("Hearth"));
    setWindowIcon(QIcon(Widgets::Theme::logo(64)));

    m_navigation = new QTreeWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setIndentation(14);
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setMinimumWidth(180);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));

    auto *dock = new QDockWidget(tr("Navigation"), this);
    dock->setObjectName(QStringLiteral("navigationDock"));
    dock->setFeatures(QDockWidget::DockWidgetClosable);
    dock->setTitleBarWidget(new QWidget(dock));
    dock->setWidget(m_navigation);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {220}, Qt::Horizontal);

    m_pages = new QStackedWidget(this);
    m_emptyPage = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    auto *emptyText = new QLabel(tr("Your role has no pages to show yet.\n"
                                    "Ask an administrator to give you a role that does."),
                                 m_emptyPage);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setObjectName(QStringLiteral("pageSubtitle"));
    emptyLayout->addWidget(emptyText);
    m_pages->addWidget(m_emptyPage);
    setCentralWidget(m_pages);

    buildNavigation();
    buildStatusBar(databasePath);
    buildMenus();
    resize(DefaultWidth, DefaultHeight);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            &MainWindow::onNavigationChanged);

    // Modules (another module's link among them) open pages through the window shown last.
    const QPointer<MainWindow> window(this);
    Widgets::Links::setPageOpener([window](const QString &pageId) -> QWidget * {
        return window && window->showPage(pageId) ? window->pageWidget(pageId) : nullptr;
    });

    m_badgeTimer = new QTimer(this);
    m_badgeTimer->setInterval(BadgeRefreshMs);
    connect(m_badgeTimer, &QTimer::timeout, this, &MainWindow::refreshBadges);
    m_badgeTimer->start();
    connect(Widgets::PageBadges::instance(), &Widgets::PageBadges::changed, this, [this] {
        if (m_badgeRefreshQueued)
            return;
        m_badgeRefreshQueued = true;
        QTimer::singleShot(0, this, &MainWindow::refreshBadges);
    });
    refreshBadges();
}

void MainWindow::refreshBadges()
{
    m_badgeRefreshQueued = false;
    for (PageEntry &entry : m_entries) {
        const Widgets::PageBadge badge = entry.module->pageBadge(entry.id);
        if (badge == entry.badge)
            continue;
        entry.badge = badge;
        entry.item->setData(0, BadgeCountRole, badge.count);
        entry.item->setData(0, BadgeUrgentRole, badge.urgent);
        entry.item->setToolTip(0, badge.count > 0 && !badge.toolTip.isEmpty()
                                      ? badge.toolTip
                                      : entry.module->name());
        entry.item->setData(0, Qt::AccessibleTextRole,
                            badge.count > 0
                                ? tr("%1 (%2)").arg(entry.title, QString::number(badge.count))
                                : entry.title);
    }
}

Widgets::PageBadge MainWindow::pageBadge(const QString &pageId) const
{
    for (const PageEntry &e : m_entries) {
        if (e.id == pageId)
            return e.badge;
    }
    return {};
}

void MainWindow::buildNavigation()
{
    m_navigation->clear();
    m_entries.clear();
    for (Widgets::Module *module : Widgets::ModuleRegistry::modules()) {
        QList<Widgets::PageInfo> visible;
        for (const Widgets::PageInfo &page : module->pages()) {
            if (Widgets::Session::can(page.permission))
                visible.append(page);
        }
        if (visible.isEmpty())
            continue;

        QTreeWidgetItem *parent = nullptr;
        if (visible.size() > 1) {
            parent = new QTreeWidgetItem(m_navigation, {module->name()});
            parent->setIcon(0, module->icon());
            parent->setFlags(Qt::ItemIsEnabled);
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setExpanded(true);
        }
        for (const Widgets::PageInfo &page : visible) {
            auto *item = parent ? new QTreeWidgetItem(parent, {page.title})
                                : new QTreeWidgetItem(m_navigation, {page.title});
            item->setIcon(0, page.icon.isNull() ? module->icon() : page.icon);
            item->setData(0, PageIdRole, page.id);
            item->setToolTip(0, module->name());
            m_entries.append({page.id, page.title, module, item, nullptr, {}});
        }
    }
    m_navigation->expandAll();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(Widgets::Theme::icon(Widgets::IconKind::Database),
                                    tr("&Open Database…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDatabaseRequested);

    QList<QAction *> fileActions;
    QList<std::pair<Widgets::Module *, QList<QAction *>>> moduleMenus;
    for (Widgets::Module *module : Widgets::ModuleRegistry::modules()) {
        QList<QAction *> own;
        for (QAction *action : module->actions(this)) {
            const QString permission =
                action->property(Widgets::ActionPermissionProperty).toString();
            if (!Widgets::Session::can(permission))
                continue;
            if (action->property(Widgets::ActionMenuProperty).toString()
                == QLatin1String("file")) {
                fileActions.append(action);
            } else {
                own.append(action);
            }
        }
        if (!own.isEmpty())
            moduleMenus.append({module, own});
    }
    if (!fileActions.isEmpty()) {
        file->addSeparator();
        file->addActions(fileActions);
    }
    file->addSeparator();
    QAction *signOut = file->addAction(Widgets::Theme::icon(Widgets::IconKind::SignOut),
                                       tr("Sign &Out"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *dock = findChild<QDockWidget *>(QStringLiteral("navigationDock"));
    QAction *toggleNavigation = dock->toggleViewAction();
    toggleNavigation->setText(tr("&Navigation Panel"));
    toggleNavigation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    view->addAction(toggleNavigation);
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });
    if (!m_entries.isEmpty())
        view->addSeparator();
    for (int i = 0; i < m_entries.size(); ++i) {
        const PageEntry &entry = m_entries.at(i);
        QAction *go = view->addAction(entry.item->icon(0), entry.title);
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = entry.id;
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    }

    for (const auto &[module, actions] : moduleMenus) {
        QMenu *menu = menuBar()->addMenu(module->name());
        menu->addActions(actions);
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settings->addAction(Widgets::Theme::icon(Widgets::IconKind::Settings),
                                               tr("&Preferences…"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::settingsRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(Widgets::Theme::icon(Widgets::IconKind::Info),
                                     tr("&About Hearth"));
    about->setShortcut(QKeySequence(Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar(const QString &databasePath)
{
    m_statusBar = new Widgets::StatusBar(this);
    setStatusBar(m_statusBar);
    m_statusBar->setDatabase(databasePath);
    const Widgets::Session::User &user = Widgets::Session::user();
    m_statusBar->setUser(user.displayName.isEmpty() ? user.userName : user.displayName,
                         user.roleTitle);
    m_statusBar->setSyncState(tr("Offline — sync not configured"), false);
}

QStringList MainWindow::visiblePageIds() const
{
    QStringList ids;
    for (const PageEntry &e : m_entries)
        ids.append(e.id);
    return ids;
}

QString MainWindow::currentPageId() const
{
    return m_currentPage;
}

bool MainWindow::showPage(const QString &pageId)
{
    for (PageEntry &entry : m_entries) {
        if (entry.id != pageId)
            continue;
        if (!entry.widget) {
            entry.widget = entry.module->createPage(pageId, m_pages);
            if (!entry.widget) {
                auto *missing = new QLabel(tr("This page could not be opened."), m_pages);
                missing->setAlignment(Qt::AlignCenter);
                entry.widget = missing;
            }
            m_pages->addWidget(entry.widget);
        }
        m_pages->setCurrentWidget(entry.widget);
        m_currentPage = pageId;
        if (m_navigation->currentItem() != entry.item)
            m_navigation->setCurrentItem(entry.item);
        setWindowTitle(tr("%1 — Hearth").arg(entry.title));
        return true;
    }
    return false;
}

QWidget *MainWindow::pageWidget(const QString &pageId) const
{
    for (const PageEntry &e : m_entries) {
        if (e.id == pageId)
            return e.widget;
    }
    return nullptr;
}

Widgets::Module *MainWindow::moduleOfPage(const QString &pageId) const
{
    for (const PageEntry &e : m_entries) {
        if (e.id == pageId)
            return e.module;
    }
    return nullptr;
}

void MainWindow::onNavigationChanged()
{
    QTreeWidgetItem *item = m_navigation->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, PageIdRole).toString();
    if (id.isEmpty()) {
        if (item->childCount() > 0)
            m_navigation->setCurrentItem(item->child(0));
        return;
    }
    showPage(id);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(key("geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
        if (screen)
            setGeometry(firstGeometry(screen->availableGeometry()));
    }
    const QByteArray state = settings.value(key("state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QString last = settings.value(key("lastPage")).toString();
    if (!showPage(last) && !m_entries.isEmpty())
        showPage(m_entries.first().id);
}

QRect MainWindow::firstGeometry(const QRect &available)
{
    const QSize size(std::min(DefaultWidth, available.width() - FrameWidth),
                     std::min(DefaultHeight, available.height() - FrameHeight));
    QRect rect(QPoint(), size.expandedTo(QSize(320, 240)));
    rect.moveCenter(available.center());
    // The title bar sits above the geometry: keep it on the screen.
    rect.moveTop(std::max(rect.top(), available.top() + FrameHeight - FrameWidth / 2));
    return rect;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(key("geometry"), saveGeometry());
    settings.setValue(key("state"), saveState());
    if (!m_currentPage.isEmpty())
        settings.setValue(key("lastPage"), m_currentPage);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_savesSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
    if (event->isAccepted())
        emit closed();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace Hearth::Desktop
