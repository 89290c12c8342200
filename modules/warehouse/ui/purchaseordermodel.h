#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Purchase orders (采购单), one row each, newest first: number, supplier, status, the day
/// ordered, the total, and how many lines are received in full. Filtered by status in SQL.
class PurchaseOrderModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PoNo, Supplier, Status, OrderedOn, Lines, Received, Total, ColumnCount };
    enum Role { PoIdRole = Qt::UserRole + 1 };

    explicit PurchaseOrderModel(Storage::Connection &connection, QObject *parent = nullptr);

    /// "open", "closed", "cancelled"; every order when empty.
    void setStatus(const QString &status);
    /// Reads the orders again; returns the error that stopped it, rows kept as they were.
    Core::Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString poId(int row) const;
    QString poNo(int row) const;
    int rowOf(const QString &poNo) const;

private:
    struct Row
    {
        QString id;
        QString poNo;
        QString supplier;
        QString status;
        QDate orderedOn;
        int lines = 0;
        int received = 0;
        Core::Decimal total;
    };

    Storage::Connection &m_c;
    QString m_status;
    QList<Row> m_rows;
};

} // namespace Hearth::Warehouse
