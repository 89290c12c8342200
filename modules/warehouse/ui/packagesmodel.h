#pragma once

#include "warehouse/completeness.h"

#include <QAbstractTableModel>
#include <QList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Orders that are being made or packed, one row each, with their packing state and what they
/// still lack (齐套): packages n/N closed, in staging, loaded, missing count.
class PackagesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OrderNo, Customer, City, Packages, Staged, Loaded, Missing, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, CompleteRole };

    explicit PackagesModel(Storage::Connection &connection, QObject *parent = nullptr);

    /// Reads the orders again; returns the error that stopped it, rows kept as they were.
    Core::Status reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString orderId(int row) const;
    int rowOf(const QString &orderId) const;
    /// The missing list of a row as read at the last reload.
    QList<MissingItem> missing(int row) const;

private:
    struct Row
    {
        QString orderId;
        QString orderNo;
        QString customer;
        QString city;
        PackingState state;
        QList<MissingItem> missing;
    };

    Storage::Connection &m_c;
    QList<Row> m_rows;
};

} // namespace Hearth::Warehouse
