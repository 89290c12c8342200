#pragma once

#include "plan.h"

#include <vector>

namespace Hearth::Production::Internal {

/// The scheduler's picture of every lane (machine) of every work center: the spans taken by
/// operations and outages, in time order, and the search for a gap an operation fits in,
/// counting its center's working time and the changeover after the job before it. Widens the
/// plan's calendars as far as a search needs, up to a limit.
class LaneBoard
{
public:
    struct Slot
    {
        qint64 start = ProductionCalendar::NoTime;
        qint64 end = ProductionCalendar::NoTime;
        int lane = -1;
        qint64 changeover = 0;

        bool found() const { return lane >= 0; }
    };

    /// limit: no search looks past this instant (UTC seconds).
    LaneBoard(Plan &plan, qint64 limit);

    /// Empties every lane and puts the outages back.
    void clear();
    /// Takes [start, end) of a lane for an operation.
    void reserve(int op, int lane, qint64 start, qint64 end, qint64 changeover);
    void release(int op);
    /// Whether [start, end) of the lane is free.
    bool isFree(int center, int lane, qint64 start, qint64 end) const;

    /// Whether the operation can take [start, end) of the lane: free, in working time, long
    /// enough with its changeover, leaving the next job on the lane its own.
    bool fitsAt(int op, int lane, qint64 start, qint64 end);
    /// The gap that finishes the operation first, starting at or after ready; ties go to
    /// preferredLane, then the lowest lane.
    Slot earliest(int op, qint64 ready, int preferredLane = -1);
    /// The gap that starts the operation last, ending at or before latestEnd and starting at
    /// or after notBefore.
    Slot latest(int op, qint64 latestEnd, qint64 notBefore);

private:
    struct Block
    {
        qint64 start;
        qint64 end;
        int op;  // -1: an outage
        int key;
        qint64 changeover;
    };
    using Lane = std::vector<Block>;

    int keyOf(int op) const;
    qint64 changeover(int center, int keyBefore, int key) const;
    /// The last operation block before index i of the lane; nullptr when none.
    const Block *opBefore(const Lane &lane, size_t i) const;
    /// Whether the first operation from index i on still has its working time when one of key
    /// ends before it at end: a changeover it then needs may use the idle time between.
    bool fitsBefore(int center, const Lane &lane, size_t i, int key, qint64 end);
    /// The latest end of an operation of key before index i that fitsBefore() accepts; NoTime
    /// for no limit.
    qint64 latestEndBefore(int center, const Lane &lane, size_t i, int key);
    qint64 next(int center, qint64 at);
    qint64 add(int center, qint64 at, qint64 seconds);
    qint64 subtract(int center, qint64 at, qint64 seconds);
    bool widen(int center, qint64 at);

    Plan &m_plan;
    qint64 m_limit;
    std::vector<std::vector<Lane>> m_lanes;  // [center][lane]
    std::vector<int> m_jobKey;               // material and colour of each job, interned
    std::vector<int> m_laneOf;               // lane each operation is reserved on, -1 for none
};

} // namespace Hearth::Production::Internal
