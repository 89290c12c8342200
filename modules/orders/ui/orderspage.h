#pragma once

#include "orderactions.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace Hearth::Orders {

class OrderDetailPane;
class OrderEditor;
class OrderFilterBar;
class OrderListModel;
struct OrderFilter;

/// The orders page (订单, page id "orders.list"): filter bar, the paged orders table, the
/// detail pane, create and edit with undo, and import.
class OrdersPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPage(QWidget *parent = nullptr);
    ~OrdersPage() override;

    QUndoStack *undoStack() const { return m_undo; }
    OrderListModel *model() const { return m_model; }
    OrderFilterBar *filterBar() const { return m_filterBar; }
    OrderDetailPane *detailPane() const { return m_detail; }
    QTableView *view() const { return m_view; }
    /// The status line: "N orders" for the current filter.
    QString statusText() const;
    QString currentOrderId() const;
    /// True while the status line's count runs on its worker thread.
    bool isCounting() const { return m_counting; }
    void selectOrder(const QString &orderId);

    /// An editor for a new order (empty id) or an existing one, wired to save, and for an
    /// edit to push an undo step. The caller shows it; it deletes itself when closed.
    OrderEditor *createEditor(const QString &orderId);

public slots:
    void newOrder();
    void editOrder(const QString &orderId);
    void editCurrentOrder();
    /// Opens the re-make dialog (补件) for the order; OK selects the new re-make.
    void remakeOrder(const QString &orderId);
    void remakeCurrentOrder();
    void importOrders();
    /// Reloads the list, the filter choices and the detail pane (after an import or a save).
    void refresh();

signals:
    /// The status line changed, for the shell's status bar if it wants it.
    void statusTextChanged(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    void applyPermissions();
    void setupView();
    void onReloaded();
    void onFilterChanged(const OrderFilter &filter);
    void startCount();
    void setStatus(const QString &text);
    void updateEmptyState();
    /// In the page's status row: red for an error, green for what an action did.
    void showMessage(const QString &text, bool error = true);
    /// Enables the registered order actions (OrderActions) for the order, each with the
    /// reason it cannot be done as its tooltip.
    void updateOrderActions(const QString &orderId);
    /// Asks for the reason, then runs the action and shows what it did.
    void runOrderAction(const OrderAction &action, const QString &orderId);
    void currentChanged();

    QList<std::pair<OrderAction, QAction *>> m_orderActions;
    OrderListModel *m_model = nullptr;
    OrderFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    OrderDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_emptyText = nullptr;
    QLabel *m_emptyHint = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QPushButton *m_emptyImport = nullptr;
    QPushButton *m_emptyNew = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QUndoStack *m_undo = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_remakeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    bool m_canWrite = true;
    bool m_canImport = true;
    bool m_splitterSized = false;
    QFutureWatcher<qint64> m_count;
    int m_countGeneration = 0;
    bool m_counting = false;  // until the count is shown
    QString m_statusText;
};

} // namespace Hearth::Orders
