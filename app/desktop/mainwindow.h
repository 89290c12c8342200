#pragma once

#include "widgets/module.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QMenu;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Hearth::Widgets {
class StatusBar;
} // namespace Hearth::Widgets

namespace Hearth::Desktop {

/// The shell's window: navigation by module on the left (only the pages the signed-in user may
/// see), the pages on the right (each created when first shown), menus and the status bar.
/// Geometry, dock state and the last page are kept in QSettings under "mainWindow/". Page
/// badges (Module::pageBadge) show beside the titles, asked again when a module calls
/// Widgets::PageBadges::notify() and every BadgeRefreshMs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int BadgeRefreshMs = 60 * 1000;

    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);

    /// Page ids in navigation order, as the current user sees them.
    QStringList visiblePageIds() const;
    QString currentPageId() const;
    bool showPage(const QString &pageId);
    /// The page's widget once it was shown, else nullptr.
    QWidget *pageWidget(const QString &pageId) const;
    Widgets::Module *moduleOfPage(const QString &pageId) const;
    Widgets::StatusBar *shellStatusBar() const { return m_statusBar; }
    /// The badge the navigation shows beside the page, as last asked.
    Widgets::PageBadge pageBadge(const QString &pageId) const;

    /// Restores geometry, layout and the last page; shows the first page when there is none.
    /// Without a saved geometry the window takes firstGeometry() of its screen.
    void restoreSettings();
    /// Where the first window goes on a screen with this available area (without task bars):
    /// 1280 × 800 in the middle where that fits with room for the window frame, else as much as
    /// fits, so that a 1366 × 768 laptop never gets a window taller than its screen.
    static QRect firstGeometry(const QRect &available);
    void saveSettings() const;
    /// Whether closing the window saves its state (off for --render).
    void setSavesSettings(bool on) { m_savesSettings = on; }

public slots:
    /// Asks every visible page's module for its badge and repaints the navigation.
    void refreshBadges();

signals:
    void openDatabaseRequested();
    void signOutRequested();
    void settingsRequested();
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageEntry
    {
        QString id;
        QString title;
        Widgets::Module *module = nullptr;
        QTreeWidgetItem *item = nullptr;
        QWidget *widget = nullptr;
        Widgets::PageBadge badge;
    };

    void buildNavigation();
    void buildMenus();
    void buildStatusBar(const QString &databasePath);
    void onNavigationChanged();
    void showAbout();

    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyPage = nullptr;
    Widgets::StatusBar *m_statusBar = nullptr;
    QList<PageEntry> m_entries;
    QString m_currentPage;
    QTimer *m_badgeTimer = nullptr;
    bool m_badgeRefreshQueued = false;
    bool m_savesSettings = true;
};

} // namespace Hearth::Desktop
