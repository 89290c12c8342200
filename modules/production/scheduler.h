#pragma once

#include "core/result.h"
#include "plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Hearth::Production {

struct ScheduleOptions
{
    enum class Direction {
        Forward,   // every operation as early as it can from `from`
        Backward,  // as late as it can to end by its work order's deadline (just in time)
    };

    qint64 from = 0;  // now, UTC seconds: nothing new is planned before it
    Direction direction = Direction::Forward;
    /// Forward plans also try the due-date order with work orders due within these many days
    /// of each other grouped by material and colour, and keep the grouping that saves the most
    /// changeover time without making any work order late (or later) than the plain order.
    QList<int> groupingWindowsDays = {1, 3, 7};
    /// No operation is planned past from + this.
    int horizonDays = 3 * 366;
};

/// What a scheduler run did.
struct ScheduleResult
{
    int planned = 0;    // operations placed by the run
    int kept = 0;       // locked or started operations left where they were
    int moved = 0;      // operations placed before whose placement changed (reschedule)
    int unplaced = 0;   // operations that found no room before the horizon
    int changeovers = 0;
    qint64 changeoverSeconds = 0;
    int groupingWindowDays = 0;  // the grouping kept; 0 for the plain due-date order
    qint64 makespanEnd = ProductionCalendar::NoTime;
    QList<JobLateness> late;     // latest first
    QList<Core::Error> problems;  // conflicts between locked operations, operations with no room
};

/// A promise date (承诺交期) for new work: when it would be done given the plan's load.
struct Promise
{
    qint64 finish = ProductionCalendar::NoTime;
    QDate date;  // finish's date in the site's zone
};

/// The factory scheduler (排产): finite capacity, calendars, setups. A work center of capacity k
/// runs at most k operations at once, each on a lane (machine) of its own; the operations of a
/// work order run one after the other; an operation holds its lane from start to end, works in
/// its center's working time only and pauses over breaks, nights and days off; setups that
/// depend on the job before on a lane are counted. Locked and started operations stay where
/// they are and the rest are planned around them and around outages.
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::Scheduler)

public:
    /// Plans every operation that is not locked, started or done afresh. Forward: work orders
    /// by priority, then deadline (grouped as the options say), each operation in the earliest
    /// gap that fits. Backward: by priority, then latest deadline first, each operation in the
    /// latest gap that ends by its successor's start or the deadline; a work order that cannot
    /// fit after `from` that way is planned forward (and is late).
    static ScheduleResult plan(Plan &plan, const ScheduleOptions &options);

    /// Repairs a plan after a change (a rush order, an outage, a locked move) moving as little
    /// as it must: locked and started operations stay; new rush work orders (priority above
    /// normal) are planned first; every operation that was placed keeps its place when that is
    /// still feasible; one that is not (its place taken or out of use, or the work before it
    /// moved) and the work after it in its order go, in the order the plan had, to the first
    /// gap after their old start that fits (their own lane on a tie), moving nothing else;
    /// other new work orders then fill gaps. Nothing moves earlier than it was.
    static ScheduleResult reschedule(Plan &plan, const ScheduleOptions &options);

    /// Places the given jobs' unplaced operations in the gaps of the plan, moving nothing else.
    static ScheduleResult insert(Plan &plan, const QList<int> &jobs,
                                 const ScheduleOptions &options);

    /// The earliest finish of the given (unplaced) jobs in a copy of the plan, nothing moved.
    static Core::Result<Promise> promise(Plan plan, const QList<int> &jobs, qint64 from);
};

} // namespace Hearth::Production
