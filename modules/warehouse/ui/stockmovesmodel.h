#pragma once

#include "core/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// One item's stock moves (出入库), newest first, read from the append-only ledger a page at a
/// time (LIMIT, continuing after the last row read): a view asks for the next page as it is
/// scrolled to the end, so an item with a million moves costs one page.
class StockMovesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Quantity, FromBin, ToBin, Lot, Order, WorkOrder, Who, ScanCode,
                  ColumnCount };

    static constexpr int PageSize = 100;

    explicit StockMovesModel(Storage::Connection &connection, QObject *parent = nullptr);

    /// Shows the item's moves, those in or out of one warehouse (all when empty); reads the
    /// first page.
    Core::Status setItem(const QString &itemId, const QString &warehouseId = {});
    QString itemId() const { return m_itemId; }
    /// The error of the last page read; empty when it went well.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        qint64 rowId = 0;
        QString createdAt;
        QStringList cells;
        bool outgoing = false;  // from a bin only: an issue, a shipment, a count's loss
        bool incoming = false;  // into a bin only: a receipt, a return, a count's gain
    };

    Core::Result<QList<Row>> readPage() const;

    Storage::Connection &m_c;
    QString m_itemId;
    QString m_warehouseId;
    QList<Row> m_rows;
    bool m_atEnd = true;
    QString m_error;
};

} // namespace Hearth::Warehouse
