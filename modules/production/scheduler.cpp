#include "scheduler.h"

#include "laneboard.h"
#include "logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Hearth::Production {

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;
constexpr qint64 Day = 86400;
// Calendars are worked out this far ahead at first, and widened as a search needs.
constexpr qint64 InitialHorizon = 45 * Day;

struct Run
{
    Run(Plan &p, const ScheduleOptions &o)
        : plan(p), board(p, o.from + qint64(o.horizonDays) * Day), from(o.from),
          limit(o.from + qint64(o.horizonDays) * Day)
    {}

    Plan &plan;
    Internal::LaneBoard board;
    qint64 from;
    qint64 limit;
    ScheduleResult result;
};

/// What a run left, to compare runs and to restore the best.
struct Snapshot
{
    std::vector<Placement> placements;
    std::vector<qint64> changeovers;
    ScheduleResult result;
};

QString label(const Plan &plan, int op)
{
    const PlanOperation &o = plan.operation(op);
    return QStringLiteral("%1 %2 (%3)")
        .arg(plan.job(o.job).woNo, o.name, plan.center(o.center).code);
}

QString siteTime(const Plan &plan, qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC)
        .toTimeZone(plan.siteZone())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void prepareHorizon(Plan &plan, qint64 from)
{
    qint64 earliest = from;
    qint64 latest = from + InitialHorizon;
    for (const PlanOperation &o : plan.operations()) {
        if (o.isActive() && o.isPlaced()) {
            earliest = std::min(earliest, o.start);
            latest = std::max(latest, o.end);
        }
    }
    plan.ensureHorizon(earliest - 2 * Day, latest + Day);
}

void unplace(PlanOperation &o)
{
    o.start = NoTime;
    o.end = NoTime;
    o.lane = -1;
    o.changeoverSeconds = 0;
}

void place(Run &run, int op, const Internal::LaneBoard::Slot &slot)
{
    PlanOperation &o = run.plan.operation(op);
    o.start = slot.start;
    o.end = slot.end;
    o.lane = slot.lane;
    o.changeoverSeconds = slot.changeover;
    run.board.reserve(op, slot.lane, slot.start, slot.end, slot.changeover);
    ++run.result.planned;
}

void noRoom(Run &run, int op)
{
    ++run.result.unplaced;
    run.result.problems.append(
        {Scheduler::tr("no free working time for it on its work center before %1, or the "
                       "operation before it found none")
             .arg(siteTime(run.plan, run.limit)),
         label(run.plan, op)});
}

/// Puts an operation on the board where it is; on another free lane when its own is taken.
void keepWhereItIs(Run &run, int op)
{
    PlanOperation &o = run.plan.operation(op);
    const int capacity = run.plan.center(o.center).capacity;
    if (o.lane < 0 || o.lane >= capacity || !run.board.isFree(o.center, o.lane, o.start, o.end)) {
        int free = -1;
        for (int lane = 0; lane < capacity && free < 0; ++lane) {
            if (run.board.isFree(o.center, lane, o.start, o.end))
                free = lane;
        }
        if (free < 0) {
            run.result.problems.append(
                {Scheduler::tr("it overlaps other fixed work on every machine of %1 from %2 to "
                               "%3")
                     .arg(run.plan.center(o.center).name, siteTime(run.plan, o.start),
                          siteTime(run.plan, o.end)),
                 label(run.plan, op)});
            free = std::clamp(o.lane, 0, capacity - 1);
        }
        o.lane = free;
    }
    run.board.reserve(op, o.lane, o.start, o.end, o.changeoverSeconds);
}

void placeFixed(Run &run)
{
    for (int op = 0; op < run.plan.operations().size(); ++op) {
        const PlanOperation &o = run.plan.operation(op);
        if (!o.isActive() || !o.isFixed())
            continue;
        ++run.result.kept;
        if (o.isPlaced()) {
            keepWhereItIs(run, op);
            continue;
        }
        const auto slot = run.board.earliest(op, run.from);
        if (!slot.found()) {
            noRoom(run, op);
            continue;
        }
        place(run, op, slot);
        --run.result.planned;
    }
}

/// The operation's earliest start from its work order: after the one before it (placed or
/// fixed), not before `from` or the job's release.
qint64 readyAfterPredecessor(Run &run, int op)
{
    const PlanOperation &o = run.plan.operation(op);
    qint64 ready = std::max(run.from, run.plan.job(o.job).releaseAt);
    const int before = run.plan.previousInJob(op);
    if (before >= 0) {
        const PlanOperation &b = run.plan.operation(before);
        if (!b.isPlaced())
            return NoTime;
        ready = std::max(ready, b.end);
    }
    return ready;
}

void checkLockedSuccessor(Run &run, int op)
{
    const int after = run.plan.nextInJob(op);
    if (after < 0)
        return;
    const PlanOperation &a = run.plan.operation(after);
    if (a.isFixed() && a.isPlaced() && a.start < run.plan.operation(op).end)
        run.result.problems.append(
            {Scheduler::tr("it cannot end before the locked %1 starts at %2")
                 .arg(label(run.plan, after), siteTime(run.plan, a.start)),
             label(run.plan, op)});
}

bool placeForward(Run &run, int job, const QHash<int, int> *preferredLanes = nullptr)
{
    for (int op : run.plan.job(job).operations) {
        const PlanOperation &o = run.plan.operation(op);
        if (!o.isActive() || o.isPlaced())
            continue;
        const qint64 ready = readyAfterPredecessor(run, op);
        const auto slot = ready == NoTime
                              ? Internal::LaneBoard::Slot()
                              : run.board.earliest(op, ready,
                                                   preferredLanes ? preferredLanes->value(op, -1)
                                                                  : -1);
        if (!slot.found()) {
            noRoom(run, op);
            return false;
        }
        place(run, op, slot);
        checkLockedSuccessor(run, op);
    }
    return true;
}

bool placeBackward(Run &run, int job)
{
    const PlanJob &j = run.plan.job(job);
    if (j.deadline == NoTime)
        return placeForward(run, job);
    // The earliest each operation may start: after `from`, the release and fixed work before.
    QHash<int, qint64> notBefore;
    qint64 floor = std::max(run.from, j.releaseAt);
    for (int op : j.operations) {
        const PlanOperation &o = run.plan.operation(op);
        if (!o.isActive())
            continue;
        notBefore.insert(op, floor);
        if (o.isFixed() && o.isPlaced())
            floor = std::max(floor, o.end);
    }
    qint64 latestEnd = j.deadline;
    QList<int> placed;
    for (auto it = j.operations.crbegin(); it != j.operations.crend(); ++it) {
        const int op = *it;
        const PlanOperation &o = run.plan.operation(op);
        if (!o.isActive())
            continue;
        if (o.isFixed()) {
            if (o.isPlaced())
                latestEnd = std::min(latestEnd, o.start);
            continue;
        }
        const auto slot = run.board.latest(op, latestEnd, notBefore.value(op));
        if (!slot.found()) {
            for (int p : std::as_const(placed)) {
                run.board.release(p);
                unplace(run.plan.operation(p));
                --run.result.planned;
            }
            return placeForward(run, job);
        }
        place(run, op, slot);
        placed.append(op);
        latestEnd = slot.start;
    }
    return true;
}

QList<int> forwardOrder(const Plan &plan, qint64 from, int windowDays)
{
    QList<int> order(plan.jobs().size());
    std::iota(order.begin(), order.end(), 0);
    if (windowDays <= 0) {
        std::sort(order.begin(), order.end(), [&plan](int a, int b) {
            const PlanJob &x = plan.job(a);
            const PlanJob &y = plan.job(b);
            if (x.priority != y.priority)
                return x.priority > y.priority;
            if (x.deadline != y.deadline)
                return x.deadline < y.deadline;
            return x.woNo < y.woNo;
        });
        return order;
    }
    // Work orders due in the same window form groups of one material and colour; a group goes
    // by its most urgent member.
    const qint64 window = qint64(windowDays) * Day;
    std::vector<qint64> bucket(size_t(plan.jobs().size()));
    QHash<QString, qint64> groupDeadline;
    std::vector<QString> groupKey(size_t(plan.jobs().size()));
    for (int j = 0; j < plan.jobs().size(); ++j) {
        const PlanJob &x = plan.job(j);
        bucket[size_t(j)] = x.deadline == NoTime ? std::numeric_limits<qint64>::max()
                                                 : std::max<qint64>(0, (x.deadline - from)
                                                                           / window);
        groupKey[size_t(j)] = QStringLiteral("%1|%2|%3\x1f%4")
                                  .arg(x.priority)
                                  .arg(bucket[size_t(j)])
                                  .arg(x.material, x.colour);
        const auto it = groupDeadline.constFind(groupKey[size_t(j)]);
        if (it == groupDeadline.constEnd() || x.deadline < *it)
            groupDeadline.insert(groupKey[size_t(j)], x.deadline);
    }
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const PlanJob &x = plan.job(a);
        const PlanJob &y = plan.job(b);
        if (x.priority != y.priority)
            return x.priority > y.priority;
        if (bucket[size_t(a)] != bucket[size_t(b)])
            return bucket[size_t(a)] < bucket[size_t(b)];
        const qint64 ga = groupDeadline.value(groupKey[size_t(a)]);
        const qint64 gb = groupDeadline.value(groupKey[size_t(b)]);
        if (ga != gb)
            return ga < gb;
        if (groupKey[size_t(a)] != groupKey[size_t(b)])
            return groupKey[size_t(a)] < groupKey[size_t(b)];
        if (x.deadline != y.deadline)
            return x.deadline < y.deadline;
        return x.woNo < y.woNo;
    });
    return order;
}

QList<int> backwardOrder(const Plan &plan)
{
    QList<int> order(plan.jobs().size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&plan](int a, int b) {
        const PlanJob &x = plan.job(a);
        const PlanJob &y = plan.job(b);
        if (x.priority != y.priority)
            return x.priority > y.priority;
        const bool xd = x.deadline != NoTime;
        const bool yd = y.deadline != NoTime;
        if (xd != yd)
            return xd;
        if (x.deadline != y.deadline)
            return x.deadline > y.deadline;
        return x.woNo < y.woNo;
    });
    return order;
}

/// Each operation's changeover from the job now before it on its lane, and the totals.
void finishResult(Plan &plan, ScheduleResult &r)
{
    r.changeovers = 0;
    r.changeoverSeconds = 0;
    std::vector<std::vector<std::vector<int>>> lanes(size_t(plan.centers().size()));
    for (int c = 0; c < plan.centers().size(); ++c)
        lanes[size_t(c)].resize(size_t(plan.center(c).capacity));
    for (int i = 0; i < plan.operations().size(); ++i) {
        const PlanOperation &o = plan.operation(i);
        if (o.isActive() && o.isPlaced() && o.lane >= 0 && o.lane < plan.center(o.center).capacity)
            lanes[size_t(o.center)][size_t(o.lane)].push_back(i);
    }
    for (auto &center : lanes) {
        for (auto &lane : center) {
            std::sort(lane.begin(), lane.end(), [&plan](int a, int b) {
                return plan.operation(a).start < plan.operation(b).start;
            });
            int before = -1;
            for (int op : lane) {
                PlanOperation &o = plan.operation(op);
                o.changeoverSeconds = plan.changeoverAfter(before, op);
                if (o.changeoverSeconds > 0) {
                    ++r.changeovers;
                    r.changeoverSeconds += o.changeoverSeconds;
                }
                before = op;
            }
        }
    }
    r.makespanEnd = plan.makespanEnd();
    r.late = plan.lateJobs();
}

Snapshot take(const Plan &plan, const ScheduleResult &result)
{
    Snapshot s;
    s.placements.reserve(size_t(plan.operations().size()));
    s.changeovers.reserve(size_t(plan.operations().size()));
    for (const PlanOperation &o : plan.operations()) {
        s.placements.push_back(o.placement());
        s.changeovers.push_back(o.changeoverSeconds);
    }
    s.result = result;
    return s;
}

void restore(Plan &plan, const Snapshot &s)
{
    for (int i = 0; i < plan.operations().size(); ++i) {
        PlanOperation &o = plan.operation(i);
        o.start = s.placements[size_t(i)].start;
        o.end = s.placements[size_t(i)].end;
        o.lane = s.placements[size_t(i)].lane;
        o.changeoverSeconds = s.changeovers[size_t(i)];
    }
}

/// Whether a run makes no work order late that the reference has on time, nor later.
bool noLater(const Plan &plan, const std::vector<qint64> &reference)
{
    for (int j = 0; j < plan.jobs().size(); ++j) {
        const JobLateness l = plan.lateness(j);
        if (l.finish == NoTime && reference[size_t(j)] != NoTime)
            return false;
        if (l.finish != NoTime && l.deadline != NoTime
            && l.seconds > std::max<qint64>(0, reference[size_t(j)]))
            return false;
    }
    return true;
}

ScheduleResult runFresh(Plan &plan, const ScheduleOptions &options, int windowDays)
{
    for (int i = 0; i < plan.operations().size(); ++i) {
        PlanOperation &o = plan.operation(i);
        if (o.isActive() && !o.isFixed())
            unplace(o);
    }
    Run run(plan, options);
    placeFixed(run);
    const bool backward = options.direction == ScheduleOptions::Direction::Backward;
    const QList<int> order = backward ? backwardOrder(plan)
                                      : forwardOrder(plan, options.from, windowDays);
    for (int job : order) {
        if (backward)
            placeBackward(run, job);
        else
            placeForward(run, job);
    }
    run.result.groupingWindowDays = windowDays;
    finishResult(plan, run.result);
    return run.result;
}

} // namespace

ScheduleResult Scheduler::plan(Plan &plan, const ScheduleOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    prepareHorizon(plan, options.from);
    ScheduleResult base = runFresh(plan, options, 0);
    Snapshot best = take(plan, base);

    bool grouping = options.direction == ScheduleOptions::Direction::Forward;
    grouping = grouping && std::any_of(plan.centers().begin(), plan.centers().end(),
                                       [](const PlanCenter &c) {
                                           return c.setupByMaterial && c.changeoverSeconds > 0;
                                       });
    if (grouping && base.changeovers > 0) {
        std::vector<qint64> reference;
        reference.reserve(size_t(plan.jobs().size()));
        for (int j = 0; j < plan.jobs().size(); ++j) {
            const JobLateness l = plan.lateness(j);
            reference.push_back(l.finish == NoTime ? NoTime : l.seconds);
        }
        for (int window : options.groupingWindowsDays) {
            const ScheduleResult tried = runFresh(plan, options, window);
            if (tried.unplaced <= best.result.unplaced && noLater(plan, reference)
                && tried.changeoverSeconds < best.result.changeoverSeconds)
                best = take(plan, tried);
        }
    }
    restore(plan, best);
    qCInfo(lcProduction) << "plan:" << best.result.planned << "operations planned,"
                         << best.result.kept << "kept," << best.result.late.size()
                         << "work orders late, grouping" << best.result.groupingWindowDays
                         << "days, in" << timer.elapsed() << "ms";
    return best.result;
}

ScheduleResult Scheduler::reschedule(Plan &plan, const ScheduleOptions &options)
{
    prepareHorizon(plan, options.from);
    const std::vector<Placement> before = take(plan, {}).placements;
    Run run(plan, options);
    placeFixed(run);

    QSet<int> fresh;
    QList<int> existing;
    for (int j = 0; j < plan.jobs().size(); ++j) {
        bool anyPlaced = false;
        bool anyOpen = false;
        for (int op : plan.job(j).operations) {
            const PlanOperation &o = plan.operation(op);
            if (!o.isActive() || o.isFixed())
                continue;
            anyOpen = true;
            if (o.isPlaced()) {
                anyPlaced = true;
                existing.append(op);
            }
        }
        if (anyOpen && !anyPlaced)
            fresh.insert(j);
    }
    QHash<int, int> lanes;
    for (int op : std::as_const(existing)) {
        lanes.insert(op, plan.operation(op).lane);
        unplace(plan.operation(op));
    }

    const QList<int> order = forwardOrder(plan, options.from, 0);
    for (int job : order) {
        if (fresh.contains(job) && plan.job(job).priority > WorkOrder::NormalPriority)
            placeForward(run, job);
    }

    std::sort(existing.begin(), existing.end(), [&](int a, int b) {
        if (before[size_t(a)].start != before[size_t(b)].start)
            return before[size_t(a)].start < before[size_t(b)].start;
        const PlanOperation &x = plan.operation(a);
        const PlanOperation &y = plan.operation(b);
        return x.job != y.job ? x.job < y.job : x.seq < y.seq;
    });
    // Every operation that can stay where it was stays; one that cannot (its place is taken,
    // out of use or no longer after the work before it) waits, and so does the work after it
    // in its order.
    QSet<int> waiting;
    for (int op : std::as_const(existing)) {
        const int previous = plan.previousInJob(op);
        const Placement &was = before[size_t(op)];
        const qint64 ready = waiting.contains(previous) ? NoTime
                                                        : readyAfterPredecessor(run, op);
        if (ready != NoTime && ready <= was.start
            && run.board.fitsAt(op, was.lane, was.start, was.end)) {
            PlanOperation &o = plan.operation(op);
            o.start = was.start;
            o.end = was.end;
            o.lane = was.lane;
            run.board.reserve(op, was.lane, was.start, was.end, 0);
            continue;
        }
        waiting.insert(op);
    }
    // The waiting ones, in the order the plan had them, each to the first gap after its old
    // start that fits, moving nothing else.
    for (int op : std::as_const(existing)) {
        if (!waiting.contains(op))
            continue;
        qint64 ready = readyAfterPredecessor(run, op);
        if (ready != NoTime)
            ready = std::max(ready, before[size_t(op)].start);
        const auto slot = ready == NoTime ? Internal::LaneBoard::Slot()
                                          : run.board.earliest(op, ready, lanes.value(op, -1));
        if (!slot.found()) {
            noRoom(run, op);
            continue;
        }
        place(run, op, slot);
        checkLockedSuccessor(run, op);
    }
    // Operations of those orders that were never placed, then the new ordinary orders.
    for (int job : order) {
        if (!fresh.contains(job) || plan.job(job).priority <= WorkOrder::NormalPriority)
            placeForward(run, job);
    }

    for (int op : std::as_const(existing)) {
        const PlanOperation &o = plan.operation(op);
        const Placement &b = before[size_t(op)];
        if (o.start != b.start || o.end != b.end || o.lane != b.lane)
            ++run.result.moved;
    }
    finishResult(plan, run.result);
    return run.result;
}

ScheduleResult Scheduler::insert(Plan &plan, const QList<int> &jobs,
                                 const ScheduleOptions &options)
{
    prepareHorizon(plan, options.from);
    Run run(plan, options);
    for (int op = 0; op < plan.operations().size(); ++op) {
        const PlanOperation &o = plan.operation(op);
        if (o.isActive() && o.isPlaced()) {
            keepWhereItIs(run, op);
            ++run.result.kept;
        }
    }
    const QSet<int> wanted(jobs.begin(), jobs.end());
    for (int job : forwardOrder(plan, options.from, 0)) {
        if (wanted.contains(job))
            placeForward(run, job);
    }
    finishResult(plan, run.result);
    return run.result;
}

Core::Result<Promise> Scheduler::promise(Plan plan, const QList<int> &jobs, qint64 from)
{
    ScheduleOptions options;
    options.from = from;
    const ScheduleResult r = insert(plan, jobs, options);
    if (r.unplaced > 0)
        return r.problems.isEmpty() ? Core::Error{tr("no room for the work"), {}}
                                    : r.problems.first();
    Promise p;
    for (int job : jobs) {
        const qint64 f = plan.finish(job);
        if (f == NoTime)
            continue;
        p.finish = p.finish == NoTime ? f : std::max(p.finish, f);
    }
    if (p.finish == NoTime)
        return Core::Error{tr("there is no work to promise a date for"), {}};
    // An operation ending exactly at midnight is done that day.
    p.date = QDateTime::fromSecsSinceEpoch(p.finish - 1, Qt::UTC)
                 .toTimeZone(plan.siteZone())
                 .date();
    return p;
}

} // namespace Hearth::Production
