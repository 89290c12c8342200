#pragma once

#include "sync/conflictresolver.h"

#include <QAbstractTableModel>

namespace Hearth::Sync {

/// The desk's open sync conflicts as a table: when, what kind, which table and row, the order
/// number where known, and the detail.
class ConflictTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Kind, Table, Row, OrderNo, Detail, ColumnCount };
    static constexpr int ConflictIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setConflicts(const QList<ConflictRecord> &conflicts);
    const ConflictRecord *conflictAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindText(const ConflictRecord &conflict);
    static QString tableText(const QString &table);
    /// The stored detail, or what the kind means when the server said nothing more.
    static QString detailText(const ConflictRecord &conflict);

private:
    QList<ConflictRecord> m_conflicts;
};

} // namespace Hearth::Sync
