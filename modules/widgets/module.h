#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;

namespace Hearth::Widgets {

/// A page a module offers the shell: a stable id for --render and settings, a translated title.
struct PageInfo
{
    QString id;       // "orders.list"
    QString title;    // translated
    QIcon icon;
    QString permission;  // needed to see the page; empty for everyone signed in
};

/// A count the navigation shows beside a page's title, such as the open tasks beside "My tasks"
/// (我的任务); a count of 0 shows nothing. Modules say when their badges changed through
/// PageBadges::notify(); the shell also asks again every minute.
struct PageBadge
{
    int count = 0;
    bool urgent = false;  // drawn in the warning colour: something is overdue
    QString toolTip;      // translated: what the count is made of

    bool operator==(const PageBadge &) const = default;
};

/// What a feature module tells the shell; the shell knows modules only through this.
class Module
{
public:
    virtual ~Module() = default;

    virtual QString id() const = 0;          // "orders"
    virtual QString name() const = 0;        // translated
    virtual QIcon icon() const = 0;
    virtual QList<PageInfo> pages() const = 0;
    /// Creates the page's widget; the shell owns it.
    virtual QWidget *createPage(const QString &pageId, QWidget *parent) = 0;
    /// Actions for the module's menu (with shortcuts), created once for the shell's window.
    virtual QList<QAction *> actions(QWidget *window) { Q_UNUSED(window); return {}; }
    /// Permissions this module uses, such as "orders.read" and "orders.write".
    virtual QStringList permissions() const = 0;
    /// False while a page created by createPage() is still loading what it first shows; the
    /// shell's --render waits for true (up to a few seconds) before it takes the picture.
    virtual bool isPageReady(QWidget *page) const { Q_UNUSED(page); return true; }
    /// The badge of one of pages(); asked on the GUI thread, so it must answer in milliseconds.
    virtual PageBadge pageBadge(const QString &pageId) const { Q_UNUSED(pageId); return {}; }
    /// A small widget for the right of the shell's status bar (the state of sync), or nullptr;
    /// asked once for each status bar, which owns it.
    virtual QWidget *createStatusWidget(QWidget *parent) { Q_UNUSED(parent); return nullptr; }
};

/// Dynamic properties of the QActions that actions() returns, read by the shell:
/// "hearthMenu" = "file" puts the action in the File menu (import, export), any other value or
/// none in a menu named after the module; "hearthPermission" = "orders.import" hides the action
/// from users without that permission.
inline constexpr char ActionMenuProperty[] = "hearthMenu";
inline constexpr char ActionPermissionProperty[] = "hearthPermission";
/// Dynamic property of a widget that createStatusWidget() returns: "sync" puts it in place of
/// the status bar's own sync field, whose text is then the widget's accessibleName.
inline constexpr char StatusFieldProperty[] = "hearthStatusField";

/// The modules linked into this program, in navigation order.
class ModuleRegistry
{
public:
    static void add(Module *module);  // takes ownership
    static const QList<Module *> &modules();
    static Module *find(const QString &moduleId);
};

} // namespace Hearth::Widgets
