#pragma once

#include "workflow/dryrun.h"

#include <QAbstractTableModel>

namespace Hearth::Workflow {

/// A dry run's orders as a table, one row an order that would change: its number, when it was
/// signed, the review outcome before → after, and how many tasks the changed rules would add,
/// change and cancel.
class DryRunModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OrderNo, Signed, Review, TasksAdded, TasksChanged, TasksCancelled, Findings, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit DryRunModel(QObject *parent = nullptr);

    void setReport(const DryRunReport &report);
    void clear();
    const DryRunReport &report() const { return m_report; }
    /// The order of a row; nullptr for a row that is not there.
    const OrderDryRun *result(int row) const;

    /// How many changes of a kind the order's tasks have.
    static int count(const OrderDryRun &result, PlanChange::Kind kind);
    /// "通过 → 挂起", or "通过 (unchanged)"; "error" when the order could not be replayed.
    static QString reviewText(const OrderDryRun &result);
    /// Everything that would change for the order, as rich text for the detail pane.
    static QString describe(const OrderDryRun &result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    DryRunReport m_report;
};

} // namespace Hearth::Workflow
