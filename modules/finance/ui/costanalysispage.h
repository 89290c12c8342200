#pragma once

#include "finance/costreport.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace Hearth::Finance {

/// Cost accounting (成本核算): cost by type against one dimension (product line, channel,
/// dealer, designer, month, party a re-make is charged to) for a period, after gathering the
/// costs that arrived since.
/// Double clicking a cell lists the orders behind it; double clicking one of those opens it.
/// The table exports to xlsx (CostWorkbook).
class CostAnalysisPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr char PageId[] = "finance.costs";
    /// The columns: the group, one per CostType, the total and the number of orders.
    static constexpr int KeyColumn = 0;
    static constexpr int TotalColumn = CostTypeCount + 1;
    static constexpr int OrdersColumn = CostTypeCount + 2;
    static constexpr int ColumnCount = CostTypeCount + 3;
    static constexpr int FenRole = Qt::UserRole + 1;
    static constexpr int OrderIdRole = Qt::UserRole + 2;

    explicit CostAnalysisPage(QWidget *parent = nullptr);

    /// Gathers pending costs and builds the table again; false (with the reason shown) on an
    /// error.
    bool reload();
    void setDimension(CostDimension by);
    /// The site's days, both included; an invalid date leaves that end open.
    void setPeriod(QDate from, QDate to);
    /// Lists the orders of the cell at row and column (a type or the total); false when the
    /// cell holds no cost.
    bool showCell(int row, int column);
    /// Writes the table and its orders to an xlsx file; false (with the reason shown) when
    /// it cannot.
    bool exportTo(const QString &path);

    const CostReport &report() const { return m_report; }
    QStandardItemModel *model() const { return m_model; }
    QStandardItemModel *ordersModel() const { return m_orders; }
    QString message() const;

signals:
    /// An order of a cell was double clicked.
    void orderActivated(const QString &orderId);

private:
    void askExport();
    void showError(const QString &message);
    QDate dateOf(const QDateEdit *edit) const;

    QComboBox *m_dimension = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_cell = nullptr;
    QTableView *m_ordersTable = nullptr;
    QStandardItemModel *m_orders = nullptr;
    CostReport m_report;
    bool m_loading = false;
};

} // namespace Hearth::Finance
