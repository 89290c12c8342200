#include "planeditor.h"

#include "ganttchart.h"
#include "production/logging.h"
#include "production/planstore.h"
#include "storage/database.h"

#include <QSet>
#include <QUndoStack>

#include <algorithm>

namespace Hearth::Production {

PlanEditor::PlanEditor(QObject *parent) : QObject(parent)
{
    m_checker.setPlan(&m_plan);
}

PlanEditor::~PlanEditor() = default;

void PlanEditor::attach(GanttChart *chart)
{
    m_chart = chart;
    chart->setChecker(&m_checker);
    connect(chart, &GanttChart::editApplied, this, &PlanEditor::onEditApplied);
    connect(chart->undoStack(), &QUndoStack::indexChanged, this, &PlanEditor::onIndexChanged);
    m_index = chart->undoStack()->index();
}

void PlanEditor::setPlan(const Plan &plan)
{
    m_plan = plan;
    m_hasPlan = true;
    m_steps.clear();
    m_pending = false;
    m_index = m_chart ? m_chart->undoStack()->index() : 0;
}

void PlanEditor::onEditApplied(const GanttEdit &edit)
{
    // The undo stack moves its index right after the command ran: the step is saved then,
    // when it is known whether this was a new edit, an undo or a redo.
    m_edit = edit;
    m_pending = true;
    // Forget the steps of commands the stack has deleted (a redo tail dropped by a new edit):
    // a new command may be allocated where one of them was.
    if (!m_chart)
        return;
    const QUndoStack *stack = m_chart->undoStack();
    QSet<const QUndoCommand *> live;
    for (int i = 0; i < stack->count(); ++i)
        live.insert(stack->command(i));
    for (auto it = m_steps.begin(); it != m_steps.end();) {
        if (live.contains(it.key()))
            ++it;
        else
            it = m_steps.erase(it);
    }
}

void PlanEditor::onIndexChanged(int index)
{
    const int previous = m_index;
    m_index = index;
    if (!m_pending || !m_chart)
        return;
    m_pending = false;
    const QUndoStack *stack = m_chart->undoStack();

    // One step for an undo or redo action; several when the stack jumps to an index.
    if (index < previous) {
        for (int i = std::min(previous, int(stack->count())) - 1; i >= index; --i) {
            const Step step = m_steps.value(stack->command(i));
            if (!step.operationId.isEmpty()
                && !place(step.operationId, step.before, tr("Gantt chart: undone")))
                return;
        }
        return;
    }
    for (int i = std::max(previous, 0); i < index; ++i) {
        const QUndoCommand *command = stack->command(i);
        if (const auto it = m_steps.constFind(command); it != m_steps.constEnd()) {
            if (!place(it->operationId, it->after, tr("Gantt chart: redone")))
                return;
            continue;
        }
        if (i != index - 1)
            continue;
        // The edit just pushed: the machine the checker finds free, locked.
        const auto move = m_checker.move(m_edit);
        const int op = m_plan.operationIndex(m_edit.barId);
        if (!move || op < 0) {
            emit failed(move ? tr("%1 is not in the plan").arg(m_edit.barId)
                             : move.error().toString());
            return;
        }
        Step step;
        step.operationId = m_edit.barId;
        step.before = m_plan.operation(op).placement();
        step.after = {move->start, move->end, move->lane, move->lock};
        if (place(step.operationId, step.after, tr("Gantt chart: moved by the planner")))
            m_steps.insert(command, step);
    }
}

bool PlanEditor::place(const QString &operationId, const Placement &placement,
                       const QString &reason)
{
    const int op = m_plan.operationIndex(operationId);
    if (op < 0)
        return false;
    const Placement was = m_plan.operation(op).placement();
    OperationMove move{operationId, placement.start, placement.end, placement.lane,
                       placement.locked};
    if (const Core::Status s = m_plan.apply(move); !s) {
        emit failed(s.error().toString());
        return false;
    }
    const auto written = PlanStore::save(Storage::Database::connection(), m_plan, reason);
    if (!written) {
        qCWarning(lcProduction) << "saving a Gantt edit failed:"
                                << written.error().toString();
        m_plan.apply({operationId, was.start, was.end, was.lane, was.locked});
        emit failed(written.error().toString());
        return false;
    }
    emit saved(operationId);
    return true;
}

} // namespace Hearth::Production
