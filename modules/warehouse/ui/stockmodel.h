#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "orders/salesorder.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Stock per item (库存), one row each: on hand and its value at moving-average cost, read from
/// the balance summaries (stock_values) rather than the moves, what is on order, and the
/// reorder point with whether on hand + on order − reserved is below it. Filtered in SQL by a
/// search text (code or name) and a warehouse.
class StockModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Kind, OnHand, Unit, Value, OnOrder, ReorderPoint, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, BelowReorderRole };

    explicit StockModel(Storage::Connection &connection, QObject *parent = nullptr);

    /// Items whose code or name contains search; one warehouse's stock (all when empty).
    void setFilter(const QString &search, const QString &warehouseId);
    void setBelowReorderOnly(bool only);
    QString warehouseId() const { return m_warehouseId; }

    /// Reads the items again; returns the error that stopped it, rows kept as they were.
    Core::Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString itemId(int row) const;
    int rowOf(const QString &itemId) const;
    /// The value of every row shown, in yuan.
    Core::Decimal totalValue() const;
    int belowReorderCount() const;

private:
    struct Row
    {
        QString itemId;
        QString code;
        QString name;
        QString kind;
        Orders::Unit unit = Orders::Unit::Piece;
        Core::Decimal onHand;
        Core::Decimal value;
        Core::Decimal onOrder;
        std::optional<Core::Decimal> reorderPoint;
        bool below = false;
    };

    Storage::Connection &m_c;
    QString m_search;
    QString m_warehouseId;
    bool m_belowOnly = false;
    QList<Row> m_rows;
};

} // namespace Hearth::Warehouse
