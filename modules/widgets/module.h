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
};

/// The modules linked into this program, in navigation order.
class ModuleRegistry
{
public:
    static void add(Module *module);  // takes ownership
    static const QList<Module *> &modules();
    static Module *find(const QString &moduleId);
};

} // namespace Hearth::Widgets
