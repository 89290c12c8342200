#include "laneboard.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Hearth::Production::Internal {

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;
constexpr qint64 Day = 86400;
// How much working time a calendar gains at least each time a search runs past its horizon.
constexpr qint64 WidenBy = 60 * Day;

} // namespace

LaneBoard::LaneBoard(Plan &plan, qint64 limit) : m_plan(plan), m_limit(limit)
{
    QHash<QString, int> keys;
    m_jobKey.reserve(size_t(plan.jobs().size()));
    for (const PlanJob &j : plan.jobs()) {
        if (j.material.isEmpty() && j.colour.isEmpty()) {
            m_jobKey.push_back(0);
            continue;
        }
        const QString key = j.material + QChar(0x1f) + j.colour;
        auto it = keys.constFind(key);
        if (it == keys.constEnd())
            it = keys.insert(key, int(keys.size()) + 1);
        m_jobKey.push_back(*it);
    }
    m_lanes.resize(size_t(plan.centers().size()));
    for (size_t c = 0; c < m_lanes.size(); ++c)
        m_lanes[c].resize(size_t(plan.centers()[qsizetype(c)].capacity));
    clear();
}

void LaneBoard::clear()
{
    for (auto &center : m_lanes) {
        for (Lane &lane : center)
            lane.clear();
    }
    m_laneOf.assign(size_t(m_plan.operations().size()), -1);
    for (size_t c = 0; c < m_lanes.size(); ++c) {
        for (const Outage &o : m_plan.centers()[qsizetype(c)].outages) {
            for (size_t lane = 0; lane < m_lanes[c].size(); ++lane) {
                if (o.lane >= 0 && size_t(o.lane) != lane)
                    continue;
                Lane &l = m_lanes[c][lane];
                const auto at = std::upper_bound(l.begin(), l.end(), o.start,
                                                 [](qint64 s, const Block &b) {
                                                     return s < b.start;
                                                 });
                l.insert(at, Block{o.start, o.end, -1, 0, 0});
            }
        }
    }
}

int LaneBoard::keyOf(int op) const
{
    return m_jobKey[size_t(m_plan.operation(op).job)];
}

qint64 LaneBoard::changeover(int center, int keyBefore, int key) const
{
    const PlanCenter &c = m_plan.center(center);
    return c.setupByMaterial && keyBefore != 0 && key != 0 && keyBefore != key
               ? c.changeoverSeconds
               : 0;
}

const LaneBoard::Block *LaneBoard::opBefore(const Lane &lane, size_t i) const
{
    while (i > 0) {
        --i;
        if (lane[i].op >= 0)
            return &lane[i];
    }
    return nullptr;
}

bool LaneBoard::fitsBefore(int center, const Lane &lane, size_t i, int key, qint64 end)
{
    for (; i < lane.size(); ++i) {
        if (lane[i].op < 0)
            continue;
        const qint64 co = changeover(center, key, lane[i].key);
        if (co == 0)
            return true;
        const PlanOperation &next = m_plan.operation(lane[i].op);
        const qint64 needed = next.setupSeconds + next.runSeconds + co;
        return m_plan.center(center).calendar.workingSecondsBetween(end, lane[i].end) >= needed;
    }
    return true;
}

qint64 LaneBoard::latestEndBefore(int center, const Lane &lane, size_t i, int key)
{
    for (; i < lane.size(); ++i) {
        if (lane[i].op < 0)
            continue;
        const qint64 co = changeover(center, key, lane[i].key);
        if (co == 0)
            return NoTime;
        const PlanOperation &next = m_plan.operation(lane[i].op);
        const qint64 latest = subtract(center, lane[i].end,
                                       next.setupSeconds + next.runSeconds + co);
        return latest == NoTime ? std::numeric_limits<qint64>::min() : latest;
    }
    return NoTime;
}

void LaneBoard::reserve(int op, int lane, qint64 start, qint64 end, qint64 changeoverSeconds)
{
    const int center = m_plan.operation(op).center;
    Lane &l = m_lanes[size_t(center)][size_t(lane)];
    const auto at = std::upper_bound(l.begin(), l.end(), start,
                                     [](qint64 s, const Block &b) { return s < b.start; });
    l.insert(at, Block{start, end, op, keyOf(op), changeoverSeconds});
    m_laneOf[size_t(op)] = lane;
}

void LaneBoard::release(int op)
{
    const int lane = m_laneOf[size_t(op)];
    if (lane < 0)
        return;
    Lane &l = m_lanes[size_t(m_plan.operation(op).center)][size_t(lane)];
    l.erase(std::remove_if(l.begin(), l.end(), [op](const Block &b) { return b.op == op; }),
            l.end());
    m_laneOf[size_t(op)] = -1;
}

bool LaneBoard::isFree(int center, int lane, qint64 start, qint64 end) const
{
    const Lane &l = m_lanes[size_t(center)][size_t(lane)];
    for (const Block &b : l) {
        if (b.start >= end)
            break;
        if (b.end > start && b.start < end)
            return false;
    }
    return true;
}

bool LaneBoard::fitsAt(int op, int lane, qint64 start, qint64 end)
{
    const PlanOperation &o = m_plan.operation(op);
    const int c = o.center;
    if (lane < 0 || lane >= m_plan.center(c).capacity || end < start)
        return false;
    const Lane &l = m_lanes[size_t(c)][size_t(lane)];
    const size_t i = size_t(std::upper_bound(l.begin(), l.end(), start,
                                             [](qint64 t, const Block &b) { return t < b.end; })
                            - l.begin());
    if (i < l.size() && l[i].start < end)
        return false;
    const ProductionCalendar &cal = m_plan.center(c).calendar;
    if (!cal.covers(start, end))
        return false;
    const qint64 work = o.setupSeconds + o.runSeconds;
    if (work > 0 && (!cal.isWorking(start) || cal.workingSecondsBetween(start, end) < work))
        return false;
    const int key = keyOf(op);
    const Block *before = opBefore(l, i);
    const qint64 co = before ? changeover(c, before->key, key) : 0;
    if (co > 0 && cal.workingSecondsBetween(std::min(start, before->end), end) < work + co)
        return false;
    return fitsBefore(c, l, i, key, end);
}

bool LaneBoard::widen(int center, qint64 at)
{
    ProductionCalendar &cal = m_plan.center(center).calendar;
    if (at < cal.horizonStart()) {
        cal.extend(at - Day, cal.horizonEnd());
        return true;
    }
    if (cal.horizonEnd() >= m_limit)
        return false;
    const qint64 span = std::max(WidenBy, cal.horizonEnd() - cal.horizonStart());
    cal.extend(cal.horizonStart(), std::min(m_limit, std::max(at, cal.horizonEnd()) + span));
    return true;
}

qint64 LaneBoard::next(int center, qint64 at)
{
    for (;;) {
        const qint64 r = m_plan.center(center).calendar.nextWorkingInstant(at);
        if (r != NoTime)
            return r;
        if (!widen(center, at))
            return NoTime;
    }
}

qint64 LaneBoard::add(int center, qint64 at, qint64 seconds)
{
    for (;;) {
        const qint64 r = m_plan.center(center).calendar.addWorkingSeconds(at, seconds);
        if (r != NoTime)
            return r;
        if (!widen(center, at))
            return NoTime;
    }
}

qint64 LaneBoard::subtract(int center, qint64 at, qint64 seconds)
{
    ProductionCalendar &cal = m_plan.center(center).calendar;
    while (at > cal.horizonEnd()) {
        if (!widen(center, at))
            return NoTime;
    }
    return cal.subtractWorkingSeconds(at, seconds);
}

LaneBoard::Slot LaneBoard::earliest(int op, qint64 ready, int preferredLane)
{
    const PlanOperation &o = m_plan.operation(op);
    const int c = o.center;
    const int key = keyOf(op);
    const qint64 work = o.setupSeconds + o.runSeconds;
    Slot best;
    for (size_t lane = 0; lane < m_lanes[size_t(c)].size(); ++lane) {
        const Lane &l = m_lanes[size_t(c)][lane];
        size_t i = size_t(std::upper_bound(l.begin(), l.end(), ready,
                                           [](qint64 t, const Block &b) { return t < b.end; })
                          - l.begin());
        qint64 gap = ready;
        for (;; ++i) {
            if (best.found() && gap > best.end)
                break;
            const qint64 gapEnd = i < l.size() ? l[i].start : NoTime;
            if (gapEnd > gap) {
                const Block *before = opBefore(l, i);
                const qint64 co = before ? changeover(c, before->key, key) : 0;
                const qint64 start = next(c, gap);
                if (start == NoTime)
                    break;
                if (start < gapEnd) {
                    // The changeover may use idle time on the lane since the job before.
                    qint64 end = add(c, start, work);
                    if (co > 0 && end != NoTime)
                        end = std::max(end, add(c, std::min(start, before->end), work + co));
                    if (end == NoTime)
                        break;
                    if (end <= gapEnd && fitsBefore(c, l, i, key, end)) {
                        const bool better = !best.found() || end < best.end
                                            || (end == best.end && int(lane) == preferredLane);
                        if (better)
                            best = {start, end, int(lane), co};
                        break;
                    }
                }
            }
            if (i >= l.size())
                break;
            gap = std::max(gap, l[i].end);
        }
    }
    return best;
}

LaneBoard::Slot LaneBoard::latest(int op, qint64 latestEnd, qint64 notBefore)
{
    const PlanOperation &o = m_plan.operation(op);
    const int c = o.center;
    const int key = keyOf(op);
    const qint64 work = o.setupSeconds + o.runSeconds;
    Slot best;
    for (size_t lane = 0; lane < m_lanes[size_t(c)].size(); ++lane) {
        const Lane &l = m_lanes[size_t(c)][lane];
        // The block above the gap looked at; l.size() when the gap is open-ended.
        size_t above = size_t(std::lower_bound(l.begin(), l.end(), latestEnd,
                                               [](const Block &b, qint64 t) {
                                                   return b.start < t;
                                               })
                              - l.begin());
        for (;;) {
            qint64 top = above < l.size() ? std::min(latestEnd, l[above].start) : latestEnd;
            const qint64 bottom = std::max(above > 0 ? l[above - 1].end : notBefore, notBefore);
            // The job above may need a changeover after this one, in the time between.
            if (top > bottom)
                top = std::min(top, latestEndBefore(c, l, above, key));
            if (top > bottom) {
                const Block *before = opBefore(l, above);
                const qint64 co = before ? changeover(c, before->key, key) : 0;
                const qint64 start = subtract(c, top, work);
                // The changeover may use idle time on the lane since the job before.
                const bool roomForChangeover =
                    co == 0
                    || m_plan.center(c).calendar.workingSecondsBetween(before->end, top)
                           >= work + co;
                if (start != NoTime && start >= bottom && roomForChangeover) {
                    const qint64 end = work > 0 ? add(c, start, work) : start;
                    if (end != NoTime && end <= top) {
                        if (!best.found() || start > best.start)
                            best = {start, end, int(lane), co};
                        break;
                    }
                }
            }
            if (above == 0 || bottom <= notBefore)
                break;
            if (best.found() && best.start >= l[above - 1].start)
                break;
            --above;
        }
    }
    return best;
}

} // namespace Hearth::Production::Internal
