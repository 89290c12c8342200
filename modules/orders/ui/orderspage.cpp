#include "orderspage.h"

#include "editordercommand.h"
#include "importdialog.h"
#include "orderactions.h"
#include "orderdetailpane.h"
#include "ordereditor.h"
#include "orderfilterbar.h"
#include "orderlistmodel.h"
#include "orders/orderrepository.h"
#include "reasondialog.h"
#include "remakedialog.h"
#include "storage/database.h"
#include "timelineformat.h"
#include "widgets/pageheader.h"
#include "widgets/rowsarrived.h"
#include "widgets/session.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Orders {

OrdersPage::OrdersPage(QWidget *parent) : QWidget(parent)
{
    m_undo = new QUndoStack(this);
    m_model = new OrderListModel(this);
    m_filterBar = new OrderFilterBar(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 6);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(m_filterBar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_listStack = new QStackedWidget(m_splitter);
    m_view = new QTableView(m_listStack);
    setupView();
    m_listStack->addWidget(m_view);

    auto *empty = new QWidget(m_listStack);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyIcon = new QLabel(empty);
    emptyIcon->setPixmap(Widgets::Theme::icon(Widgets::IconKind::Orders,
                                              Widgets::Theme::mutedText())
                             .pixmap(48, 48));
    emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont emptyFont = m_emptyText->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.15);
    m_emptyText->setFont(emptyFont);
    m_emptyHint = new QLabel(empty);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyImport = new QPushButton(tr("Import orders…"), empty);
    m_emptyImport->setProperty("primary", true);
    m_emptyNew = new QPushButton(tr("New order"), empty);
    m_emptyClear = new QPushButton(tr("Clear filters"), empty);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyImport);
    emptyButtons->addWidget(m_emptyNew);
    emptyButtons->addWidget(m_emptyClear);
    emptyButtons->addStretch(1);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyHint);
    emptyLayout->addSpacing(8);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(3);
    m_listStack->addWidget(empty);
    connect(m_emptyImport, &QPushButton::clicked, this, &OrdersPage::importOrders);
    connect(m_emptyNew, &QPushButton::clicked, this, &OrdersPage::newOrder);
    connect(m_emptyClear, &QPushButton::clicked, m_filterBar, &OrderFilterBar::clear);

    m_detail = new OrderDetailPane(m_splitter);
    m_splitter->addWidget(m_listStack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setVisible(false);
    m_status = new QLabel(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    statusRow->addWidget(m_message);
    layout->addLayout(statusRow);

    connect(m_filterBar, &OrderFilterBar::filterChanged, this, &OrdersPage::onFilterChanged);
    connect(m_model, &OrderListModel::reloaded, this, &OrdersPage::onReloaded);
    connect(m_model, &OrderListModel::rowsInserted, this, [this] {
        if (m_model->isComplete() && !m_counting)
            setStatus(tr("%Ln order(s)", nullptr, m_model->rowCount()));
    });
    connect(&m_count, &QFutureWatcher<qint64>::finished, this, [this] {
        if (m_count.property("generation").toInt() != m_countGeneration)
            return;
        m_counting = false;
        setStatus(tr("%Ln order(s)", nullptr, int(m_count.result())));
    });
    connect(m_detail, &OrderDetailPane::editRequested, this, &OrdersPage::editOrder);
    connect(m_detail, &OrderDetailPane::remakeRequested, this, &OrdersPage::remakeOrder);
    connect(m_detail, &OrderDetailPane::orderRequested, this, &OrdersPage::selectOrder);
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_message->setVisible(false); });
    connect(Widgets::Session::instance(), &Widgets::Session::changed, this,
            &OrdersPage::applyPermissions);
    applyPermissions();
    onReloaded();
    if (m_model->rowCount() > 0)
        selectOrder(m_model->orderId(0));
}

void OrdersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterSized)
        return;
    // The table gets the larger part; the detail pane is still wide enough for its header.
    m_splitterSized = true;
    const int width = m_splitter->width();
    m_splitter->setSizes({width * 62 / 100, width - width * 62 / 100});
}

OrdersPage::~OrdersPage() = default;

QWidget *OrdersPage::buildHeader()
{
    using Widgets::IconKind;
    using Widgets::Theme;

    auto *header = new Widgets::PageHeader(tr("Sales orders"), this);
    header->setSubtitle(tr("Orders from stores, dealers, online shops and designers"));

    m_newAction = new QAction(Theme::icon(IconKind::Plus, Qt::white), tr("New order"), this);
    m_newAction->setToolTip(tr("Create an order by hand"));
    connect(m_newAction, &QAction::triggered, this, &OrdersPage::newOrder);

    m_editAction = new QAction(Theme::icon(IconKind::Edit), tr("Edit…"), this);
    m_editAction->setEnabled(false);
    connect(m_editAction, &QAction::triggered, this, &OrdersPage::editCurrentOrder);

    m_remakeAction = new QAction(tr("Re-make…"), this);
    m_remakeAction->setToolTip(tr("Make parts of the order again, charged to whoever caused it"));
    m_remakeAction->setEnabled(false);
    // Anywhere on the page; B for 补件.
    m_remakeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_remakeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_remakeAction);
    connect(m_remakeAction, &QAction::triggered, this, &OrdersPage::remakeCurrentOrder);

    m_importAction = new QAction(Theme::icon(IconKind::Import), tr("Import…"), this);
    m_importAction->setToolTip(tr("Import orders from channel files"));
    connect(m_importAction, &QAction::triggered, this, &OrdersPage::importOrders);

    // The shortcuts belong to the module's actions; the window would see two of each otherwise.
    m_undoAction = new QAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Undo"), this);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, m_undoAction, [this](const QString &text) {
        m_undoAction->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1").arg(text));
    });
    m_redoAction = new QAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Redo"), this);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, m_redoAction, [this](const QString &text) {
        m_redoAction->setToolTip(text.isEmpty() ? QString() : tr("Redo: %1").arg(text));
    });

    auto *reload = new QAction(Theme::icon(IconKind::Refresh), tr("Refresh"), this);
    connect(reload, &QAction::triggered, this, &OrdersPage::refresh);
    // Orders another desk made or changed arrive by sync: the list shows them at once.
    connect(Widgets::RowsArrived::instance(), &Widgets::RowsArrived::arrived, this,
            &OrdersPage::refresh);

    header->addAction(m_undoAction);
    header->addAction(m_redoAction);
    header->addAction(reload);
    header->addAction(m_importAction);
    header->addAction(m_editAction);
    header->addAction(m_newAction, true);
    return header;
}

void OrdersPage::applyPermissions()
{
    // Signed out means a tool run (render, tests): everything shows. Signed in, the role decides.
    const auto allowed = [](const QString &permission) {
        return !Widgets::Session::isSignedIn() || Widgets::Session::can(permission);
    };
    m_canWrite = allowed(QStringLiteral("orders.write"));
    m_canImport = allowed(QStringLiteral("orders.import"));
    m_newAction->setVisible(m_canWrite);
    m_editAction->setVisible(m_canWrite);
    m_remakeAction->setVisible(m_canWrite);
    m_undoAction->setVisible(m_canWrite);
    m_redoAction->setVisible(m_canWrite);
    m_importAction->setVisible(m_canImport);
    m_detail->setEditable(m_canWrite);
    updateEmptyState();
}

void OrdersPage::setupView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Widths from sample contents, so that a typical value fits in either language. The
    // header's style sheet sets its titles in bold with 8 px of padding on each side.
    const auto sample = [](int column) -> QString {
        switch (OrderListModel::Column(column)) {
        case OrderListModel::OrderNo:
            return QStringLiteral("SO00000000");
        case OrderListModel::Customer:
            return QStringLiteral("Katherine Murray");
        case OrderListModel::StatusColumn:
            return statusName(OrderStatus::InProduction);
        case OrderListModel::SignedOn:
        case OrderListModel::PromisedOn:
            return QStringLiteral("0000-00-00");
        case OrderListModel::Total:
            return QStringLiteral("0,000,000.00");
        case OrderListModel::ChannelColumn:
            return channelName(Channel::Ecommerce);
        case OrderListModel::ChannelOrderNo:
            return QStringLiteral("000000000000000000");
        case OrderListModel::Mobile:
            return QStringLiteral("13800000000");
        case OrderListModel::Place:
            return QStringLiteral("黑龙江省 哈尔滨市");
        case OrderListModel::Dealer:
            return QStringLiteral("华南家居经销有限公司");
        case OrderListModel::ColumnCount:
            break;
        }
        return {};
    };
    const QFontMetrics metrics(m_view->font());
    QFont headerFont = header->font();
    headerFont.setBold(true);
    const QFontMetrics headerMetrics(headerFont);
    for (int c = 0; c < OrderListModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal).toString();
        const int width = std::max(metrics.horizontalAdvance(sample(c)) + 12,
                                   headerMetrics.horizontalAdvance(title) + 18);
        header->resizeSection(c, width + 8);
    }

    // The indicator first: enabling sorting sorts by whatever the indicator shows.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (OrderListModel::isSortable(column))
            return;
        // Those columns have no index to sort a million rows by; keep the current order.
        QTimer::singleShot(0, this, [this] {
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                         m_model->sortOrder());
        });
    });
    // Enter or a double click opens the editor (what "activated" means on the platform).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        editOrder(m_model->orderId(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPage::currentChanged);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions({m_editAction, m_remakeAction, m_newAction, m_undoAction, m_redoAction});

    // What the modules above orders do to an order (the process: cancel, delete).
    bool separated = false;
    for (const OrderAction &registered : OrderActions::all()) {
        auto *action = new QAction(registered.title(), this);
        action->setObjectName(QStringLiteral("orderAction:") + registered.id);
        action->setEnabled(false);
        if (registered.destructive && !separated) {
            auto *line = new QAction(this);
            line->setSeparator(true);
            m_view->addAction(line);
            separated = true;
        }
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, [this, registered] {
            runOrderAction(registered, currentOrderId());
        });
        m_orderActions.append({registered, action});
    }
}

void OrdersPage::updateOrderActions(const QString &orderId)
{
    for (const auto &[registered, action] : std::as_const(m_orderActions)) {
        const bool permitted = registered.permission.isEmpty() || !Widgets::Session::isSignedIn()
                               || Widgets::Session::can(registered.permission);
        action->setVisible(permitted);
        QString refusal;
        if (!orderId.isEmpty() && permitted && Storage::Database::isOpen())
            refusal = registered.refusal(Storage::Database::connection(), orderId);
        action->setEnabled(permitted && !orderId.isEmpty() && refusal.isEmpty());
        action->setToolTip(refusal);
        action->setStatusTip(refusal);
    }
}

void OrdersPage::runOrderAction(const OrderAction &action, const QString &orderId)
{
    if (orderId.isEmpty() || !Storage::Database::isOpen())
        return;
    if (const QString refusal = action.refusal(Storage::Database::connection(), orderId);
        !refusal.isEmpty()) {
        showMessage(refusal);
        return;
    }
    const QString title = action.title().remove(QStringLiteral("…"));
    auto *dialog = new ReasonDialog(title, action.prompt ? action.prompt() : QString(),
                                    window());
    dialog->setObjectName(QStringLiteral("reasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, orderId] {
        const Core::Result<QString> done = action.run(orderId, dialog->reason());
        if (!done) {
            showMessage(done.error().message);
            return;
        }
        refresh();
        showMessage(*done, false);
    });
    dialog->open();
}

QString OrdersPage::statusText() const
{
    return m_statusText;
}

QString OrdersPage::currentOrderId() const
{
    return m_model->orderId(m_view->currentIndex().row());
}

void OrdersPage::selectOrder(const QString &orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0) {
        m_view->clearSelection();
        m_detail->showOrder(orderId);
        m_editAction->setEnabled(!m_detail->orderId().isEmpty());
        m_remakeAction->setEnabled(!m_detail->orderId().isEmpty());
        return;
    }
    const QModelIndex index = m_model->index(row, OrderListModel::OrderNo);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void OrdersPage::currentChanged()
{
    const QString id = currentOrderId();
    m_editAction->setEnabled(!id.isEmpty());
    m_remakeAction->setEnabled(!id.isEmpty());
    updateOrderActions(id);
    if (id != m_detail->orderId())
        m_detail->showOrder(id);
}

void OrdersPage::onFilterChanged(const OrderFilter &filter)
{
    const QString current = currentOrderId().isEmpty() ? m_detail->orderId() : currentOrderId();
    m_model->setFilter(filter);
    // Keep the order in view when it still matches; otherwise show the first match, so that a
    // search for a mobile or an order number opens that order at once.
    if (!current.isEmpty() && m_model->rowOf(current) >= 0)
        selectOrder(current);
    else if (m_model->rowCount() > 0)
        selectOrder(m_model->orderId(0));
}

void OrdersPage::onReloaded()
{
    updateEmptyState();
    if (m_model->isComplete()) {
        ++m_countGeneration;
        m_counting = false;
        setStatus(tr("%Ln order(s)", nullptr, m_model->rowCount()));
        return;
    }
    startCount();
}

void OrdersPage::startCount()
{
    // More rows than one page: count on a worker thread (its own connection), so that a
    // million orders never stall the table.
    setStatus(tr("Counting orders…"));
    const int generation = ++m_countGeneration;
    m_counting = true;
    const OrderFilter filter = m_model->filter();
    m_count.setProperty("generation", generation);
    m_count.setFuture(QtConcurrent::run([filter] { return OrderQuery::count(filter); }));
}

void OrdersPage::setStatus(const QString &text)
{
    if (text == m_statusText)
        return;
    m_statusText = text;
    m_status->setText(text);
    emit statusTextChanged(text);
}

void OrdersPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    const bool filtering = !(m_model->filter() == OrderFilter());
    m_listStack->setCurrentIndex(empty ? 1 : 0);
    m_emptyText->setText(filtering
                             ? tr("No orders match these filters.")
                             : tr("No orders yet — import a channel file or create one."));
    m_emptyHint->setText(filtering ? tr("Search looks in order numbers, customers, mobiles, "
                                        "addresses and products.")
                                   : tr("Shops, dealers and designers send their orders as CSV, "
                                        "Excel or JSON files; Hearth reads them with a channel "
                                        "mapping."));
    // With nothing to select, the detail pane would only take room from the message.
    m_detail->setVisible(!empty);
    m_emptyClear->setVisible(filtering);
    m_emptyImport->setVisible(!filtering && m_canImport);
    m_emptyNew->setVisible(!filtering && m_canWrite);
    if (empty) {
        m_detail->showOrder({});
        m_editAction->setEnabled(false);
    }
}

void OrdersPage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;")
                                   : QStringLiteral("color: #1e6b34;"));
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OrdersPage::refresh()
{
    const QString current = currentOrderId().isEmpty() ? m_detail->orderId() : currentOrderId();
    m_filterBar->reloadChoices();
    m_model->refresh();
    if (!current.isEmpty())
        selectOrder(current);
    else if (m_model->rowCount() > 0)
        selectOrder(m_model->orderId(0));  // the first import into an empty list
    m_detail->reload();
}

OrderEditor *OrdersPage::createEditor(const QString &orderId)
{
    SalesOrder before;
    if (!orderId.isEmpty()) {
        const auto loaded = OrderRepository::load(orderId);
        if (!loaded) {
            showMessage(loaded.error().message);
            return nullptr;
        }
        before = loaded.value();
    } else {
        before = OrderEditor::blankOrder();
    }

    auto *editor = new OrderEditor(before, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<OrdersPage> page(this);
    editor->setSaveFunction([page, before](SalesOrder &order) -> Core::Status {
        if (order.id.isEmpty()) {
            const Core::Status saved = OrderRepository::save(order);
            if (saved && page) {
                page->refresh();
                page->selectOrder(order.id);
            }
            return saved;
        }
        if (order.sameContent(before))
            return {};
        const auto current = OrderRepository::load(order.id);
        if (current && current->hlc != before.hlc) {
            return Core::Error{tr("someone else changed %1 while you edited it; close the "
                                  "editor and open the order again")
                                   .arg(before.orderNo),
                               {}};
        }
        const Core::Status saved = OrderRepository::save(order, TimelineFormat::reasonEdit());
        if (!saved || !page)
            return saved;
        auto done = [page](const QString &id, const QString &error) {
            if (!page)
                return;
            page->refresh();
            page->selectOrder(id);
            page->showMessage(error);
        };
        page->m_undo->push(new EditOrderCommand(before, order, done));
        page->refresh();
        page->selectOrder(order.id);
        return saved;
    });
    return editor;
}

void OrdersPage::newOrder()
{
    if (!m_canWrite)
        return;
    if (OrderEditor *editor = createEditor({}))
        editor->open();
}

void OrdersPage::editOrder(const QString &orderId)
{
    if (orderId.isEmpty() || !m_canWrite)
        return;
    if (OrderEditor *editor = createEditor(orderId))
        editor->open();
}

void OrdersPage::editCurrentOrder()
{
    editOrder(currentOrderId());
}

void OrdersPage::remakeOrder(const QString &orderId)
{
    if (orderId.isEmpty() || !m_canWrite)
        return;
    auto *dialog = new RemakeDialog(orderId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemakeDialog::created, this, [this](const QString &id) {
        refresh();
        selectOrder(id);
    });
    dialog->open();
}

void OrdersPage::remakeCurrentOrder()
{
    remakeOrder(currentOrderId().isEmpty() ? m_detail->orderId() : currentOrderId());
}

void OrdersPage::importOrders()
{
    if (!m_canImport)
        return;
    auto *dialog = new ImportDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &OrdersPage::refresh);
    dialog->open();
}

} // namespace Hearth::Orders
