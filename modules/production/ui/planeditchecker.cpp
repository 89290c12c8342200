#include "planeditchecker.h"

#include "production/planchecker.h"

#include <QDateTime>

namespace Hearth::Production {

PlanEditChecker::PlanEditChecker(const Plan *plan) : m_plan(plan) {}

Core::Status PlanEditChecker::check(const GanttEdit &edit) const
{
    const auto m = move(edit);
    if (!m)
        return m.error();
    return {};
}

Core::Result<OperationMove> PlanEditChecker::move(const GanttEdit &edit) const
{
    if (!m_refusal.isEmpty())
        return Core::Error{m_refusal, {}};
    if (!m_plan)
        return Core::Error{tr("the plan is not loaded yet"), {}};
    const int op = m_plan->operationIndex(edit.barId);
    if (op < 0)
        return Core::Error{tr("the operation is no longer in the plan; refresh it"), edit.barId};
    const PlanOperation &o = m_plan->operation(op);
    const QString where = QStringLiteral("%1 %2").arg(m_plan->job(o.job).woNo, o.name);
    if (edit.changesRow())
        return Core::Error{tr("an operation stays on the work center its routing names"),
                           where};
    if (!edit.newStart.isValid() || !edit.newEnd.isValid())
        return Core::Error{tr("the new times are not valid"), where};

    OperationMove m;
    m.operationId = o.id;
    m.start = edit.newStart.toSecsSinceEpoch();
    m.end = edit.newEnd.toSecsSinceEpoch();
    m.lock = true;
    if (o.status == OperationStatus::Waiting && m.start != o.start && m.start < m_now) {
        const QString at = QDateTime::fromSecsSinceEpoch(m.start, Qt::UTC)
                               .toTimeZone(m_plan->siteZone())
                               .toString(QStringLiteral("MM-dd HH:mm"));
        return Core::Error{tr("it would start at %1, which has passed").arg(at), where};
    }
    int lane = -1;
    if (const Core::Status s = PlanChecker::check(*m_plan, m, &lane); !s)
        return s.error();
    m.lane = lane;
    return m;
}

} // namespace Hearth::Production
