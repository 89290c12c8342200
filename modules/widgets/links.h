#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Hearth::Widgets {

/// Opens a thing of another module by kind and id, such as the order a task belongs to, without
/// including that module's widgets: the module that shows a kind registers a handler, and the
/// shell registers how to show a page. Used on the GUI thread only.
class Links
{
public:
    /// Shows the thing; from is the widget the user acted in (a parent for a dialog), may be
    /// null. Returns false when it could not be shown.
    using Handler = std::function<bool(const QString &id, QWidget *from)>;
    /// Shows the page and returns its widget, or nullptr when the user may not see it.
    using PageOpener = std::function<QWidget *(const QString &pageId)>;

    /// A sales order (销售订单) by its id; the orders module shows it.
    static constexpr char Order[] = "order";

    /// Replaces the kind's handler; an empty handler removes it.
    static void setHandler(const QString &kind, Handler handler);
    static bool canOpen(const QString &kind);
    /// False when no handler is registered for the kind, the id is empty or the handler failed.
    static bool open(const QString &kind, const QString &id, QWidget *from = nullptr);

    /// Set by the shell's window; an empty opener removes it.
    static void setPageOpener(PageOpener opener);
    /// The page's widget after the shell showed it; nullptr without a shell (a test, a render)
    /// or when the page is not one the user may see.
    static QWidget *openPage(const QString &pageId);
};

} // namespace Hearth::Widgets
