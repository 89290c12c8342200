#include "ordersmodule.h"

#include "importdialog.h"
#include "importpanel.h"
#include "ordereditor.h"
#include "orders/orderrepository.h"
#include "orderspage.h"
#include "widgets/links.h"
#include "widgets/pageheader.h"
#include "widgets/theme.h"

#include <QAction>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Hearth::Orders {

namespace {

const QString readPermission = QStringLiteral("orders.read");
const QString writePermission = QStringLiteral("orders.write");
const QString importPermission = QStringLiteral("orders.import");

} // namespace

QString OrdersModule::id() const
{
    return QStringLiteral("orders");
}

QString OrdersModule::name() const
{
    return tr("Orders");
}

QIcon OrdersModule::icon() const
{
    return Widgets::Theme::icon(Widgets::IconKind::Orders);
}

QList<Widgets::PageInfo> OrdersModule::pages() const
{
    return {
        {QLatin1String(ListPage), tr("Sales orders"),
         Widgets::Theme::icon(Widgets::IconKind::Orders), readPermission},
        {QLatin1String(ImportPage), tr("Import orders"),
         Widgets::Theme::icon(Widgets::IconKind::Import), importPermission},
    };
}

QWidget *OrdersModule::createPage(const QString &pageId, QWidget *parent)
{
    if (pageId == QLatin1String(ListPage)) {
        auto *page = new OrdersPage(parent);
        followPage(page);
        return page;
    }
    if (pageId == QLatin1String(ImportPage)) {
        auto *page = new QWidget(parent);
        auto *header = new Widgets::PageHeader(tr("Import orders"), page);
        header->setSubtitle(tr("Orders from the files that shops, dealers and designers export"));
        auto *panel = new ImportPanel(page);
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(12, 8, 12, 6);
        layout->addWidget(header);
        layout->addWidget(panel, 1);
        QObject::connect(panel, &ImportPanel::imported, panel, [this] {
            if (m_page)
                m_page->refresh();
        });
        return page;
    }
    return nullptr;
}

bool OrdersModule::isPageReady(QWidget *page) const
{
    // The status line's count and the import preview arrive from worker threads.
    if (auto *orders = qobject_cast<OrdersPage *>(page))
        return !orders->isCounting();
    if (auto *panel = page ? page->findChild<ImportPanel *>() : nullptr)
        return !panel->isPreviewBusy();
    return true;
}

void OrdersModule::followPage(OrdersPage *page)
{
    m_page = page;
    const auto update = [this] {
        if (m_undo)
            m_undo->setEnabled(m_page && m_page->undoStack()->canUndo());
        if (m_redo)
            m_redo->setEnabled(m_page && m_page->undoStack()->canRedo());
    };
    QObject::connect(page->undoStack(), &QUndoStack::indexChanged, page, update);
    QObject::connect(page->undoStack(), &QUndoStack::cleanChanged, page, update);
    QObject::connect(page, &QObject::destroyed, update);
    update();
}

QList<QAction *> OrdersModule::actions(QWidget *window)
{
    using Widgets::ActionMenuProperty;
    using Widgets::ActionPermissionProperty;

    auto *newOrder = new QAction(Widgets::Theme::icon(Widgets::IconKind::Plus), tr("New order…"),
                                 window);
    newOrder->setShortcut(QKeySequence::New);
    newOrder->setProperty(ActionPermissionProperty, writePermission);
    QObject::connect(newOrder, &QAction::triggered, window, [this, window] {
        if (m_page) {
            m_page->newOrder();
            return;
        }
        // The orders page has not been opened yet: the editor saves on its own.
        auto *editor = new OrderEditor(OrderEditor::blankOrder(), window);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setSaveFunction([](SalesOrder &o) { return OrderRepository::save(o); });
        editor->open();
    });

    auto *import = new QAction(Widgets::Theme::icon(Widgets::IconKind::Import),
                               tr("Import orders…"), window);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setProperty(ActionMenuProperty, QStringLiteral("file"));
    import->setProperty(ActionPermissionProperty, importPermission);
    QObject::connect(import, &QAction::triggered, window, [this, window] {
        if (m_page) {
            m_page->importOrders();
            return;
        }
        auto *dialog = new ImportDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    auto *undo = new QAction(tr("Undo order edit"), window);
    undo->setShortcut(QKeySequence::Undo);
    undo->setProperty(ActionPermissionProperty, writePermission);
    QObject::connect(undo, &QAction::triggered, window, [this] {
        if (m_page)
            m_page->undoStack()->undo();
    });
    auto *redo = new QAction(tr("Redo order edit"), window);
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    redo->setProperty(ActionPermissionProperty, writePermission);
    QObject::connect(redo, &QAction::triggered, window, [this] {
        if (m_page)
            m_page->undoStack()->redo();
    });
    m_undo = undo;
    m_redo = redo;
    undo->setEnabled(m_page && m_page->undoStack()->canUndo());
    redo->setEnabled(m_page && m_page->undoStack()->canRedo());
    return {newOrder, import, undo, redo};
}

QStringList OrdersModule::permissions() const
{
    return {readPermission, writePermission, importPermission};
}

} // namespace Hearth::Orders

void hearthRegisterModule_orders()
{
    using namespace Hearth;
    Widgets::ModuleRegistry::add(new Orders::OrdersModule);
    // A link to an order shows the orders page with that order in its detail pane.
    const auto showOrder = [](const QString &orderId, QWidget *) {
        auto *page = qobject_cast<Orders::OrdersPage *>(
            Widgets::Links::openPage(QLatin1String(Orders::OrdersModule::ListPage)));
        if (page)
            page->selectOrder(orderId);
        return page != nullptr;
    };
    Widgets::Links::setHandler(QLatin1String(Widgets::Links::Order), showOrder);
}
