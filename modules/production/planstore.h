#pragma once

#include "core/result.h"
#include "plan.h"
#include "scheduler.h"
#include "workorder.h"

#include <QCoreApplication>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Reads the factory's plan from the database and writes it back.
class PlanStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::PlanStore)

public:
    /// Every work center (with its own calendar or the site's, worked out from two days before
    /// `from` for horizonDays and widened by the scheduler as it needs), outages that end after
    /// that, and the work orders not made, packed or cancelled with their operations that are
    /// not cancelled, placed where the database has them. A job's deadline is its deadline_at,
    /// else the end of its due day in the site's zone.
    static Core::Result<Plan> load(Storage::Connection &c, qint64 from, int horizonDays = 60);

    /// Writes the operations whose placement differs from PlanOperation::saved (planned start,
    /// end, lane, lock), recorded with the reason, in one transaction; then they are saved.
    /// Returns how many it wrote.
    static Core::Result<int> save(Storage::Connection &c, Plan &plan, const QString &reason);

    /// Adds a work order and its operations that are not cancelled to a plan; returns the job.
    /// Operations on a center the plan lacks are left out.
    static int addWorkOrder(Plan &plan, const WorkOrder &workOrder);

    /// The promise date (承诺交期) of an order against the plan in the database, nothing saved:
    /// its work orders (or, when it has none yet, those its split would make) are planned into
    /// the gaps the other work leaves, after `from`.
    static Core::Result<Promise> promiseForOrder(Storage::Connection &c, const QString &orderId,
                                                 qint64 from);
};

} // namespace Hearth::Production
