#pragma once

#include "core/result.h"
#include "warehouse/purchaseorder.h"
#include "warehouse/requisitionstore.h"
#include "warehouse/supplierfeed.h"

#include <QDate>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Warehouse {

class PurchaseOrderModel;

/// Purchasing (采购): the open requisitions (from the split, order hardware and reorder points),
/// collected and grouped into one purchase order per supplier at a click; the purchase orders
/// with their lines as ordered, confirmed, shipped and received; suppliers' confirmation and
/// shipping-notice sheets imported with their located errors shown in the page (never in a
/// modal dialog); the orders a supplier's delay puts at risk; a PO saved as a PDF with the
/// Code 128 the receive scan accepts.
class PurchasingPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "warehouse.purchasing";
    enum RequisitionColumn { ReqSource, ReqOrder, ReqItem, ReqSupplier, ReqQuantity, ReqNeededBy,
                             RequisitionColumnCount };
    enum LineColumn { LineNo, LineItem, LineOrdered, LineUnit, LinePrice, LineAmount,
                      LineNeededBy, LineConfirmed, LineShipped, LineExpected, LineReceived,
                      LineColumnCount };
    enum RiskColumn { RiskOrder, RiskLine, RiskItem, RiskNeededBy, RiskNewDate, RiskDays,
                      RiskSource, RiskReason, RiskColumnCount };

    /// Reads the desk's database (Storage::Database::connection()) unless told another.
    explicit PurchasingPage(QWidget *parent = nullptr, Storage::Connection *connection = nullptr);

    PurchaseOrderModel *ordersModel() const { return m_ordersModel; }
    QTableWidget *requisitionsTable() const { return m_requisitions; }
    QTableWidget *linesTable() const { return m_lines; }
    QTableWidget *risksTable() const { return m_risks; }

    /// The day purchase orders are dated and reorder points are checked; the site's today
    /// unless set.
    void setToday(const QDate &today) { m_today = today; }
    /// "open", "closed", "cancelled" or empty for all: the purchase orders listed.
    void setStatusFilter(const QString &status);

    /// Reads everything again, keeping the selected purchase order.
    Core::Status refresh();
    /// Collects the split's demand (RequisitionStore::collect) and the reorder points'
    /// (ReorderPoints::check); warnings are listed under the buttons.
    Core::Result<RequisitionRun> collectRequisitions();
    /// One purchase order per supplier of the open requisitions, dated today.
    Core::Result<QList<PurchaseOrder>> createOrders();
    /// Imports a supplier's sheet; its errors are listed under the buttons and nothing is
    /// written.
    Core::Result<FeedReport> importSheet(const QString &path, FeedKind kind);
    /// Writes the selected purchase order as a PDF: to fileName, or as "<PO number>.pdf" in
    /// folder(); returns the file.
    Core::Result<QString> savePdf(const QString &fileName = {});
    static QString folder();

    void selectOrder(const QString &poNo);
    QString selectedPoNo() const;
    /// A table's rows as shown, cells joined with " | ".
    static QStringList rowsOf(const QTableWidget *table);
    /// The errors and warnings listed under the buttons.
    QStringList problems() const;
    QString message() const;

private:
    Core::Status loadRequisitions();
    Core::Status loadRisks();
    void showSelected();
    void showMessage(const QString &text, bool error);
    void showProblems(const QStringList &lines);
    void importFromDialog(FeedKind kind);
    QString orderNo(const QString &orderId) const;

    Storage::Connection &m_c;
    QDate m_today;
    Widgets::PageHeader *m_header = nullptr;
    QPushButton *m_collect = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_importConfirmation = nullptr;
    QPushButton *m_importNotice = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_problems = nullptr;
    QLabel *m_requisitionsTitle = nullptr;
    QTableWidget *m_requisitions = nullptr;
    QComboBox *m_status = nullptr;
    PurchaseOrderModel *m_ordersModel = nullptr;
    QTableView *m_orders = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_risks = nullptr;
};

} // namespace Hearth::Warehouse
