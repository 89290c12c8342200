#include "planchecker.h"

#include <QDateTime>

#include <algorithm>
#include <optional>
#include <vector>

namespace Hearth::Production {

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;

QString label(const Plan &plan, int op)
{
    const PlanOperation &o = plan.operation(op);
    return QStringLiteral("%1 %2").arg(plan.job(o.job).woNo, o.name);
}

QString at(const Plan &plan, qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
        .toTimeZone(plan.siteZone())
        .toString(QStringLiteral("MM-dd HH:mm"));
}

QString duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60;
    return PlanChecker::tr("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString machine(const Plan &plan, int center, int lane)
{
    return PlanChecker::tr("machine %1 of %2").arg(lane + 1).arg(plan.center(center).name);
}

/// The other operations on a lane, by start.
std::vector<int> others(const Plan &plan, int op, int center, int lane)
{
    std::vector<int> list;
    for (int i : plan.onLane(center, lane)) {
        if (i != op)
            list.push_back(i);
    }
    return list;
}

/// Whether an operation at [start, end) with the given one before it on its lane has the
/// working time it needs: setup and run in its span, and a changeover after the job before in
/// its span or in the idle time before it. The reason when not.
std::optional<QString> tooShort(const Plan &plan, int op, int before, qint64 start, qint64 end)
{
    const PlanOperation &o = plan.operation(op);
    const ProductionCalendar &cal = plan.center(o.center).calendar;
    const qint64 changeover = plan.changeoverAfter(before, op);
    const qint64 own = o.setupSeconds + o.runSeconds;
    const qint64 have = cal.workingSecondsBetween(start, end);
    const qint64 since = before >= 0 ? std::min(start, plan.operation(before).end) : start;
    const qint64 haveWithIdle = cal.workingSecondsBetween(since, end);
    if (have >= own && haveWithIdle >= own + changeover)
        return std::nullopt;
    QString why = PlanChecker::tr("%1 needs %2 of working time (setup %3, changeover %4, run %5), "
                                  "but %6 to %7 holds %8")
                      .arg(label(plan, op), duration(own + changeover), duration(o.setupSeconds),
                           duration(changeover), duration(o.runSeconds), at(plan, since),
                           at(plan, end), duration(std::min(have + changeover, haveWithIdle)));
    if (changeover > 0 && before >= 0)
        why += PlanChecker::tr(" (%1 before it on the machine is %2 %3)")
                   .arg(label(plan, before), plan.job(plan.operation(before).job).material,
                        plan.job(plan.operation(before).job).colour);
    return why;
}

/// What stops the operation from taking [start, end) on the lane; nothing when it can.
std::optional<QString> laneProblem(const Plan &plan, int op, int lane, qint64 start, qint64 end)
{
    const PlanOperation &o = plan.operation(op);
    const PlanCenter &c = plan.center(o.center);
    for (const Outage &out : c.outages) {
        if ((out.lane < 0 || out.lane == lane) && out.start < end && start < out.end)
            return PlanChecker::tr("%1 is out of use from %2 to %3 (%4)")
                .arg(machine(plan, o.center, lane), at(plan, out.start), at(plan, out.end),
                     out.reason);
    }
    const std::vector<int> list = others(plan, op, o.center, lane);
    int before = -1;
    int after = -1;
    for (int i : list) {
        const PlanOperation &x = plan.operation(i);
        if (x.start < end && start < x.end)
            return PlanChecker::tr("it would overlap %1 on %2 (%3 to %4)")
                .arg(label(plan, i), machine(plan, o.center, lane), at(plan, x.start),
                     at(plan, x.end));
        if (x.end <= start)
            before = i;
        else if (after < 0 && x.start >= end)
            after = i;
    }
    if (auto why = tooShort(plan, op, before, start, end))
        return why;
    if (after >= 0) {
        const PlanOperation &a = plan.operation(after);
        if (auto why = tooShort(plan, after, op, a.start, a.end))
            return PlanChecker::tr("the job after it on the machine would need a changeover: %1")
                .arg(*why);
    }
    return std::nullopt;
}

} // namespace

Core::Status PlanChecker::check(const Plan &plan, const OperationMove &move, int *laneOut)
{
    const int op = plan.operationIndex(move.operationId);
    if (op < 0)
        return Core::Error{tr("the operation is not in the plan"), move.operationId};
    const PlanOperation &o = plan.operation(op);
    const PlanCenter &c = plan.center(o.center);
    const QString where = label(plan, op);

    switch (o.status) {
    case OperationStatus::Done:
        return Core::Error{tr("it is done and cannot be moved"), where};
    case OperationStatus::Cancelled:
        return Core::Error{tr("it was cancelled"), where};
    case OperationStatus::Started:
        if (move.start != o.start)
            return Core::Error{tr("it has started on the floor: only its end can change"), where};
        break;
    case OperationStatus::Waiting:
        break;
    }
    if (move.end < move.start)
        return Core::Error{tr("it would end before it starts"), where};
    if (!c.calendar.covers(move.start, move.end))
        return Core::Error{tr("%1 to %2 is outside the planning horizon (%3 to %4)")
                               .arg(at(plan, move.start), at(plan, move.end),
                                    at(plan, c.calendar.horizonStart()),
                                    at(plan, c.calendar.horizonEnd())),
                           where};
    if (o.setupSeconds + o.runSeconds > 0 && !c.calendar.isWorking(move.start)) {
        const qint64 next = c.calendar.nextWorkingInstant(move.start);
        return Core::Error{
            next == NoTime
                ? tr("it would start at %1, outside the working hours of %2")
                      .arg(at(plan, move.start), c.name)
                : tr("it would start at %1, outside the working hours of %2; the next working "
                     "time is %3")
                      .arg(at(plan, move.start), c.name, at(plan, next)),
            where};
    }

    const int before = plan.previousInJob(op);
    if (before >= 0 && plan.operation(before).isPlaced()
        && move.start < plan.operation(before).end)
        return Core::Error{tr("it would start at %1, before %2 ends at %3")
                               .arg(at(plan, move.start), label(plan, before),
                                    at(plan, plan.operation(before).end)),
                           where};
    const int after = plan.nextInJob(op);
    if (after >= 0 && plan.operation(after).isPlaced() && move.end > plan.operation(after).start)
        return Core::Error{tr("it would end at %1, after %2 starts at %3")
                               .arg(at(plan, move.end), label(plan, after),
                                    at(plan, plan.operation(after).start)),
                           where};

    QList<int> lanes;
    if (move.lane >= 0) {
        if (move.lane >= c.capacity)
            return Core::Error{tr("%1 has %n machine(s); there is no machine %2", nullptr,
                                  c.capacity)
                                   .arg(c.name)
                                   .arg(move.lane + 1),
                               where};
        lanes.append(move.lane);
    } else {
        if (o.lane >= 0 && o.lane < c.capacity)
            lanes.append(o.lane);
        for (int lane = 0; lane < c.capacity; ++lane) {
            if (lane != o.lane)
                lanes.append(lane);
        }
    }
    std::optional<QString> firstProblem;
    int chosen = -1;
    for (int lane : std::as_const(lanes)) {
        const auto problem = laneProblem(plan, op, lane, move.start, move.end);
        if (!problem) {
            chosen = lane;
            break;
        }
        if (!firstProblem)
            firstProblem = problem;
    }
    if (chosen < 0) {
        if (lanes.size() > 1)
            return Core::Error{tr("every machine of %1 is taken then; on the first: %2")
                                   .arg(c.name, *firstProblem),
                               where};
        return Core::Error{*firstProblem, where};
    }

    // The job that followed it where it was may now need a changeover it has no time for.
    if (o.isPlaced() && o.lane >= 0 && o.lane < c.capacity) {
        int oldBefore = -1;
        int oldAfter = -1;
        for (int i : others(plan, op, o.center, o.lane)) {
            const PlanOperation &x = plan.operation(i);
            if (x.end <= o.start)
                oldBefore = i;
            else if (oldAfter < 0 && x.start >= o.end)
                oldAfter = i;
        }
        const bool staysBetween = chosen == o.lane
                                  && (oldBefore < 0 || plan.operation(oldBefore).end <= move.start)
                                  && (oldAfter < 0 || move.end <= plan.operation(oldAfter).start);
        if (oldAfter >= 0 && !staysBetween) {
            const PlanOperation &a = plan.operation(oldAfter);
            if (auto why = tooShort(plan, oldAfter, oldBefore, a.start, a.end))
                return Core::Error{tr("moving it away changes what runs before %1: %2")
                                       .arg(label(plan, oldAfter), *why),
                                   where};
        }
    }
    if (laneOut)
        *laneOut = chosen;
    return {};
}

QList<Core::Error> PlanChecker::verify(const Plan &plan)
{
    QList<Core::Error> errors;
    for (int ci = 0; ci < plan.centers().size(); ++ci) {
        const PlanCenter &c = plan.center(ci);
        for (int lane = 0; lane < c.capacity; ++lane) {
            const QList<int> ops = plan.onLane(ci, lane);
            for (qsizetype k = 0; k < ops.size(); ++k) {
                const int op = ops[k];
                const PlanOperation &o = plan.operation(op);
                const int before = k > 0 ? ops[k - 1] : -1;
                if (before >= 0 && plan.operation(before).end > o.start)
                    errors.append({tr("it overlaps %1 on %2")
                                       .arg(label(plan, before), machine(plan, ci, lane)),
                                   label(plan, op)});
                for (const Outage &out : c.outages) {
                    if ((out.lane < 0 || out.lane == lane) && out.start < o.end
                        && o.start < out.end)
                        errors.append({tr("%1 is out of use then (%2)")
                                           .arg(machine(plan, ci, lane), out.reason),
                                       label(plan, op)});
                }
                if (!c.calendar.covers(o.start, o.end)) {
                    errors.append({tr("it lies outside the planning horizon"), label(plan, op)});
                    continue;
                }
                if (o.setupSeconds + o.runSeconds > 0 && !c.calendar.isWorking(o.start))
                    errors.append({tr("it starts at %1, outside the working hours of %2")
                                       .arg(at(plan, o.start), c.name),
                                   label(plan, op)});
                if (auto why = tooShort(plan, op, before, o.start, o.end))
                    errors.append({*why, label(plan, op)});
            }
        }
        for (int i = 0; i < plan.operations().size(); ++i) {
            const PlanOperation &o = plan.operation(i);
            if (o.center == ci && o.isActive() && o.isPlaced()
                && (o.lane < 0 || o.lane >= c.capacity))
                errors.append({tr("it is on machine %1, but %2 has %n machine(s)", nullptr,
                                  c.capacity)
                                   .arg(o.lane + 1)
                                   .arg(c.name),
                               label(plan, i)});
        }
        if (const int peak = peakLoad(plan, ci); peak > c.capacity)
            errors.append({tr("%1 runs %2 operations at once at its busiest, more than its "
                              "%3 machines")
                               .arg(c.name)
                               .arg(peak)
                               .arg(c.capacity),
                           c.code});
    }
    for (int j = 0; j < plan.jobs().size(); ++j) {
        int previous = -1;
        for (int op : plan.job(j).operations) {
            const PlanOperation &o = plan.operation(op);
            if (!o.isActive() || !o.isPlaced())
                continue;
            if (previous >= 0 && o.start < plan.operation(previous).end)
                errors.append({tr("it starts at %1, before %2 ends at %3")
                                   .arg(at(plan, o.start), label(plan, previous),
                                        at(plan, plan.operation(previous).end)),
                               label(plan, op)});
            previous = op;
        }
    }
    return errors;
}

int PlanChecker::peakLoad(const Plan &plan, int center)
{
    std::vector<std::pair<qint64, int>> events;
    for (const PlanOperation &o : plan.operations()) {
        if (o.center == center && o.isActive() && o.isPlaced() && o.end > o.start) {
            events.emplace_back(o.start, 1);
            events.emplace_back(o.end, -1);
        }
    }
    // Ends before starts at the same instant: [a, b) and [b, c) do not overlap.
    std::sort(events.begin(), events.end());
    int load = 0;
    int peak = 0;
    for (const auto &e : events) {
        load += e.second;
        peak = std::max(peak, load);
    }
    return peak;
}

} // namespace Hearth::Production
