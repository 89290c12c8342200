#pragma once

#include "orderstatusproviders.h"
#include "orders/orderquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Hearth::Orders {

/// The orders list as a table that loads in pages of PageSize rows (canFetchMore/fetchMore),
/// sorts and filters in SQL through OrderQuery, and never counts or loads the whole table.
/// Uses only QtCore and QtGui, so it can move to the logic if a non-widget client needs it.
/// Each registered OrderStatusProvider adds a column after ColumnCount, filled for the rows
/// loaded, a page at a time.
class OrderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a clerk scans first comes first, so that it shows without scrolling sideways on a
    // 1366-pixel screen with the detail pane open; the rest follows.
    enum Column {
        OrderNo,
        Customer,
        StatusColumn,
        SignedOn,
        PromisedOn,
        Total,
        ChannelColumn,
        ChannelOrderNo,
        Mobile,
        Place,
        Dealer,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 200;

    explicit OrderListModel(QObject *parent = nullptr);

    const OrderFilter &filter() const { return m_filter; }
    /// Applies a new filter and reloads from the first page.
    void setFilter(const OrderFilter &filter);
    /// Reloads from the database, keeping as many rows as were loaded and the sort.
    void refresh();

    QString orderId(int row) const;
    /// The row of a loaded order, or -1.
    int rowOf(const QString &orderId) const;
    /// True when every row of the filter is loaded, so rowCount() is the filter's count.
    bool isComplete() const { return m_complete; }

    /// The column of a registered status provider (as of the last reload), or -1.
    int providerColumn(const QString &providerId) const;

    /// Columns that sort in SQL; sort() ignores the others.
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /// The model was reloaded from the first page (new filter, sort or refresh).
    void reloaded();

private:
    void reload(int rows);
    QList<OrderRow> query(qint64 offset, int limit) const;
    /// The providers' texts for rows, one list (a text per provider) per row.
    QList<QStringList> providerTexts(const QList<OrderRow> &rows) const;

    OrderFilter m_filter;
    int m_sortColumn = SignedOn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<OrderRow> m_rows;
    QList<OrderStatusProvider> m_providers;
    QList<QStringList> m_providerTexts;  // by row
    bool m_complete = true;
    bool m_notifying = false;
};

} // namespace Hearth::Orders
