#pragma once

#include "ganttedit.h"
#include "planeditchecker.h"
#include "production/plan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QUndoCommand;

namespace Hearth::Production {

class GanttChart;

/// Keeps a production plan in step with the Gantt chart and the database: an edit the chart
/// accepted is applied to the plan (locked, on the machine the checker found) and saved with
/// PlanStore on this thread's connection; its undo puts back the placement it had before (its
/// machine and lock too) and saves that, its redo saves it again.
class PlanEditor : public QObject
{
    Q_OBJECT

public:
    explicit PlanEditor(QObject *parent = nullptr);
    ~PlanEditor() override;

    /// Follows the chart's edits and undo stack and becomes its checker.
    void attach(GanttChart *chart);
    /// A freshly loaded plan; the history of edits is forgotten (the chart's is cleared when
    /// it is given the plan's data).
    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    bool hasPlan() const { return m_hasPlan; }
    PlanEditChecker *checker() { return &m_checker; }

signals:
    /// An edit, undo or redo was written: the operation and what the database now holds.
    void saved(const QString &operationId);
    /// Writing failed; the plan was put back and the database holds what it held before.
    void failed(const QString &message);

private:
    struct Step
    {
        QString operationId;
        Placement before;
        Placement after;
    };

    void onEditApplied(const GanttEdit &edit);
    void onIndexChanged(int index);
    bool place(const QString &operationId, const Placement &placement, const QString &reason);

    Plan m_plan;
    bool m_hasPlan = false;
    PlanEditChecker m_checker;
    QPointer<GanttChart> m_chart;
    QHash<const QUndoCommand *, Step> m_steps;
    int m_index = 0;
    bool m_pending = false;
    GanttEdit m_edit;
};

} // namespace Hearth::Production
