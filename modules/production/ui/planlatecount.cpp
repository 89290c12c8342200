#include "planlatecount.h"

#include "production/plan.h"
#include "production/progressquery.h"
#include "storage/database.h"

namespace Hearth::Production {

Core::Result<int> PlanLateCount::count(Storage::Connection &c, const QTimeZone &siteZone)
{
    // A work order's finish is its last waiting or started operation's end; one that is not
    // placed yet has no finish (Plan::finish). Stored instants are UTC ISO text of one width,
    // so MAX over the text is the latest.
    Storage::Statement &q = c.prepare(
        "SELECT COALESCE(w.due_date, ''), COALESCE(w.deadline_at, ''), MAX(op.planned_end), "
        "SUM(CASE WHEN op.planned_start IS NULL OR op.planned_end IS NULL THEN 1 ELSE 0 END) "
        "FROM work_orders w JOIN operations op ON op.work_order_id = w.id "
        "AND op.deleted = 0 AND op.status IN ('waiting', 'started') "
        "WHERE w.deleted = 0 AND w.status IN ('planned', 'released', 'started') "
        "GROUP BY w.id");
    int late = 0;
    while (q.next()) {
        if (q.int64(3) > 0 || q.isNull(2))
            continue;
        const QDateTime finish = ProgressQuery::fromIso(q.text(2));
        if (!finish.isValid())
            continue;
        const QDateTime slot = ProgressQuery::fromIso(q.text(1));
        const qint64 deadline
            = slot.isValid() ? slot.toSecsSinceEpoch()
                             : Plan::endOfDay(QDate::fromString(q.text(0), Qt::ISODate),
                                              siteZone);
        if (deadline != ProductionCalendar::NoTime && finish.toSecsSinceEpoch() > deadline)
            ++late;
    }
    if (q.failed()) {
        const QString error = q.error();
        q.reset();
        return Core::Error{tr("late work orders could not be counted: %1").arg(error),
                           QStringLiteral("work_orders")};
    }
    q.reset();
    return late;
}

} // namespace Hearth::Production
