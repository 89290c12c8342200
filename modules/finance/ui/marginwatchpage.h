#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace Hearth::Finance {

/// The orders losing money or earning below the lowest margin the company accepts
/// (亏损及低毛利订单), worst first, after gathering the costs that arrived since. The
/// margin is the company setting; changing it here saves it. Double clicking an order shows
/// its settlement.
class MarginWatchPage : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        OrderColumn,
        CustomerColumn,
        RevenueColumn,
        CostColumn,
        ProfitColumn,
        MarginColumn,
        ColumnCount
    };
    static constexpr int OrderIdRole = Qt::UserRole + 1;

    explicit MarginWatchPage(QWidget *parent = nullptr);

    /// Gathers pending costs and lists the orders again; false (with the reason) on an error.
    bool reload();
    QStandardItemModel *model() const { return m_model; }

signals:
    /// An order was double clicked.
    void orderActivated(const QString &orderId);

private:
    void saveMargin();

    QDoubleSpinBox *m_margin = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace Hearth::Finance
