#pragma once

#include "finance/ordercosts.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Finance {

class ProfitWaterfall;

/// One order's settlement (单单清算): revenue, the estimate at signing against the actual cost
/// as a waterfall, and every cost line with the move, report or bill it came from. Double
/// clicking a line opens its source where a page shows that kind (Widgets::Links by the
/// source table's name; a re-make line opens the re-make order).
class OrderProfitPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        KindColumn,
        DescriptionColumn,
        QuantityColumn,
        UnitCostColumn,
        AmountColumn,
        SourceColumn,
        ChargedToColumn,
        ColumnCount
    };
    static constexpr int SourceTableRole = Qt::UserRole + 1;
    static constexpr int SourceIdRole = Qt::UserRole + 2;
    static constexpr int ViaOrderRole = Qt::UserRole + 3;

    explicit OrderProfitPage(QWidget *parent = nullptr);

    /// Gathers the order's cost lines from their sources, makes its estimate if it has none,
    /// and shows it; false (with the reason on the page) when it cannot.
    bool showOrder(const QString &orderId);
    bool showOrderNo(const QString &orderNo);
    const OrderCosts &costs() const { return m_costs; }
    QStandardItemModel *linesModel() const { return m_model; }
    /// The source a double click on row opens.
    void activateRow(int row);

signals:
    /// A line's source was asked for: its table and row id.
    void sourceActivated(const QString &table, const QString &id);

private:
    void reestimate();
    void refresh();
    void fillLines();
    void showError(const QString &message);
    static QString sourceName(const QString &table);
    static QString unitName(const QString &unit);

    Widgets::PageHeader *m_header = nullptr;
    QLineEdit *m_orderNo = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_message = nullptr;
    ProfitWaterfall *m_chart = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    OrderCosts m_costs;
};

} // namespace Hearth::Finance
