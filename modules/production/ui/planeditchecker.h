#pragma once

#include "core/result.h"
#include "gantteditchecker.h"
#include "production/plan.h"

#include <QCoreApplication>

namespace Hearth::Production {

/// The Gantt chart's checker over a production plan: a dropped bar is judged by PlanChecker
/// (precedence, machines free, working time, changeovers), and a waiting operation may not be
/// put in the past. Operations keep their work center (their routing names it).
class PlanEditChecker : public GanttEditChecker
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::PlanEditChecker)

public:
    explicit PlanEditChecker(const Plan *plan = nullptr);

    /// Not owned; null refuses every edit.
    void setPlan(const Plan *plan) { m_plan = plan; }
    const Plan *plan() const { return m_plan; }
    /// UTC seconds: no waiting operation may start before it.
    void setNow(qint64 now) { m_now = now; }
    qint64 now() const { return m_now; }
    /// Refuses every edit with this reason (a plan run in progress, a user who may only look);
    /// empty to judge edits again.
    void setRefusal(const QString &reason) { m_refusal = reason; }
    QString refusal() const { return m_refusal; }

    Core::Status check(const GanttEdit &edit) const override;
    /// The move an edit asks for, locked, on the machine (lane) the plan has free for it.
    Core::Result<OperationMove> move(const GanttEdit &edit) const;

private:
    const Plan *m_plan = nullptr;
    qint64 m_now = 0;
    QString m_refusal;
};

} // namespace Hearth::Production
