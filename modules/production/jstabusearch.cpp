#include "jstabusearch.h"

#include "jsproblem.h"
#include "jsrandom.h"

#include <algorithm>
#include <climits>

namespace Hearth::Production::Internal {

namespace {

// The tabu memory holds at most this many entries; beyond it, pairs share entries.
constexpr std::int64_t maxTabuEntries = 4'000'000;
constexpr int stopCheckEvery = 64;

} // namespace

TabuSearch::TabuSearch(const Problem &problem, Random &random, const Tuning &tuning)
    : m_problem(problem)
    , m_random(random)
    , m_current(problem)
    , m_heads(size_t(std::max(1, problem.maxPerMachine)))
{
    const std::int64_t ops = std::max(1, problem.operations);
    m_tabuWidth = int(std::clamp<std::int64_t>(maxTabuEntries / ops, 1,
                                               std::max(1, problem.maxPerMachine)));
    m_tabu.assign(size_t(ops * m_tabuWidth), 0);
    const int ratio = problem.jobs / std::max(1, problem.machines);
    m_blockWindow = std::max(2, tuning.blockWindow);
    m_tenureMin = tuning.tenureBase + ratio;
    m_tenureSpan = std::max(1, int(m_tenureMin * tuning.tenureSpread));
}

bool TabuSearch::start(const std::vector<int> &order)
{
    m_current.assign(order);
    if (!m_current.evaluate())
        return false;
    m_bestOrder = m_current.order;
    m_bestMakespan = m_current.makespan;
    return true;
}

int TabuSearch::tenure()
{
    return m_tenureMin + m_random.below(m_tenureSpan + 1);
}

int TabuSearch::estimate(int lo, int hi, bool forward) const
{
    const int *o = m_current.order.data();
    const int *dur = m_problem.duration.data();
    const int *jp = m_problem.jobPred.data();
    const int *js = m_problem.jobSucc.data();
    const int *r = m_current.head.data();
    const int *q = m_current.tail.data();
    int *h = m_heads.data();
    const int count = hi - lo + 1;

    // The new order of positions lo..hi, read through an index map to avoid a copy.
    const auto at = [&](int i) {
        if (forward)
            return i == count - 1 ? o[lo] : o[lo + 1 + i];
        return i == 0 ? o[hi] : o[lo + i - 1];
    };

    const int before = m_current.machinePred[size_t(o[lo])];
    int end = before >= 0 ? r[before] + dur[before] : 0;
    for (int i = 0; i < count; ++i) {
        const int op = at(i);
        int start = end;
        if (const int a = jp[op]; a >= 0)
            start = std::max(start, r[a] + dur[a]);
        h[i] = start;
        end = start + dur[op];
    }
    const int after = m_current.machineSucc[size_t(o[hi])];
    int rest = after >= 0 ? q[after] + dur[after] : 0;
    int longest = 0;
    for (int i = count - 1; i >= 0; --i) {
        const int op = at(i);
        int t = rest;
        if (const int a = js[op]; a >= 0)
            t = std::max(t, q[a] + dur[a]);
        longest = std::max(longest, h[i] + dur[op] + t);
        rest = t + dur[op];
    }
    return longest;
}

bool TabuSearch::isTabu(int lo, int hi, bool forward) const
{
    const int *o = m_current.order.data();
    const int *slot = m_problem.slot.data();
    const std::int64_t *tabu = m_tabu.data();
    const std::int64_t now = m_iterations;
    const std::int64_t width = m_tabuWidth;
    if (forward) {
        // o[lo] goes behind o[lo+1..hi]: each of those comes to precede it.
        const std::int64_t column = slot[o[lo]] % width;
        for (int i = lo + 1; i <= hi; ++i) {
            if (tabu[o[i] * width + column] > now)
                return true;
        }
    } else {
        const std::int64_t row = std::int64_t(o[hi]) * width;
        for (int i = lo; i < hi; ++i) {
            if (tabu[row + slot[o[i]] % width] > now)
                return true;
        }
    }
    return false;
}

void TabuSearch::forbidReverse(int lo, int hi, bool forward)
{
    // Called before the move is made: the pairs it reverses may not be restored for a while.
    const int *o = m_current.order.data();
    const int *slot = m_problem.slot.data();
    const std::int64_t width = m_tabuWidth;
    if (forward) {
        const std::int64_t row = std::int64_t(o[lo]) * width;
        for (int i = lo + 1; i <= hi; ++i)
            m_tabu[size_t(row + slot[o[i]] % width)] = m_iterations + tenure();
    } else {
        const std::int64_t column = slot[o[hi]] % width;
        for (int i = lo; i < hi; ++i)
            m_tabu[size_t(o[i] * width + column)] = m_iterations + tenure();
    }
}

void TabuSearch::forbid(int lo, int hi, bool forward)
{
    const int *o = m_current.order.data();
    const int *slot = m_problem.slot.data();
    const std::int64_t width = m_tabuWidth;
    const std::int64_t until = m_iterations + tenure();
    if (forward) {
        const std::int64_t column = slot[o[lo]] % width;
        for (int i = lo + 1; i <= hi; ++i)
            m_tabu[size_t(o[i] * width + column)] = until;
    } else {
        const std::int64_t row = std::int64_t(o[hi]) * width;
        for (int i = lo; i < hi; ++i)
            m_tabu[size_t(row + slot[o[i]] % width)] = until;
    }
}

bool TabuSearch::jumpsOwnJob(int lo, int hi, bool forward) const
{
    const int *o = m_current.order.data();
    const int job = m_problem.job[size_t(forward ? o[lo] : o[hi])];
    for (int i = lo; i <= hi; ++i) {
        if (i != (forward ? lo : hi) && m_problem.job[size_t(o[i])] == job)
            return true;
    }
    return false;
}

void TabuSearch::consider(int lo, int hi, bool forward)
{
    if (m_problem.repeatsMachines && jumpsOwnJob(lo, hi, forward))
        return;
    ++m_candidates;
    if (m_random.below(m_candidates) == 0)
        m_fallback = Move{lo, hi, forward};
    const int value = estimate(lo, hi, forward);
    if (value > m_chosenValue)
        return;
    if ((value >= m_bestMakespan || m_ignoreAspiration) && isTabu(lo, hi, forward))
        return;
    if (value < m_chosenValue) {
        m_chosenValue = value;
        m_chosenTies = 1;
        m_chosen = Move{lo, hi, forward};
    } else if (m_random.below(++m_chosenTies) == 0) {
        m_chosen = Move{lo, hi, forward};
    }
}

bool TabuSearch::step()
{
    m_current.criticalPath(m_random, m_path);
    const int *o = m_current.order.data();
    const int *dur = m_problem.duration.data();
    const int *jp = m_problem.jobPred.data();
    const int *js = m_problem.jobSucc.data();
    const int *r = m_current.head.data();
    const int *q = m_current.tail.data();
    const auto headEnd = [&](int op) { return op >= 0 ? r[op] + dur[op] : 0; };
    const auto tailStart = [&](int op) { return op >= 0 ? q[op] + dur[op] : 0; };

    m_chosenValue = INT_MAX;
    m_chosenTies = 0;
    m_candidates = 0;
    const int pathLength = int(m_path.size());
    for (int i = 0; i < pathLength;) {
        int j = i;
        while (j + 1 < pathLength && m_current.machineSucc[size_t(m_path[size_t(j)])]
                                          == m_path[size_t(j) + 1])
            ++j;
        const int s = m_current.position[size_t(m_path[size_t(i)])];
        const int e = m_current.position[size_t(m_path[size_t(j)])];
        i = j + 1;
        if (e == s)
            continue;

        // The first operation moves behind each later one, the last in front of each earlier,
        // and an inner operation to the front or the back. On a long block (many jobs per
        // machine) only positions near its ends take part, so that a step stays linear.
        const int window = m_blockWindow;
        const auto nearAnEnd = [s, e, window](int t) {
            return t - s <= window || e - t <= window;
        };
        const int firstSuccTail = tailStart(js[o[s]]);
        for (int t = s + 1; t <= e; ++t) {
            if (nearAnEnd(t) && (t == s + 1 || tailStart(o[t]) >= firstSuccTail))
                consider(s, t, true);
        }
        const int lastPredHead = headEnd(jp[o[e]]);
        for (int t = e - 1; t >= s && e - s > 1; --t) {
            if (nearAnEnd(t) && (t == e - 1 || headEnd(o[t]) >= lastPredHead))
                consider(t, e, false);
        }
        for (int t = s + 1; t < e; ++t) {
            if (t - s > window && e - t > window) {
                t = e - window - 1;
                continue;
            }
            if (t > s + 1 && t - s <= window && headEnd(o[s]) >= headEnd(jp[o[t]]))
                consider(s, t, false);
            if (t < e - 1 && e - t <= window && tailStart(o[e]) >= tailStart(js[o[t]]))
                consider(t, e, true);
        }
    }
    if (m_candidates == 0)
        return false;

    const Move move = m_chosenValue == INT_MAX ? m_fallback : m_chosen;
    ++m_iterations;
    m_ignoreAspiration = false;
    forbidReverse(move.lo, move.hi, move.forward);
    const bool made = move.forward ? m_current.moveForward(move.lo, move.hi)
                                   : m_current.moveBackward(move.lo, move.hi);
    if (!made) {
        // Only zero durations can close a cycle: make this move tabu, without aspiration.
        forbid(move.lo, move.hi, move.forward);
        m_ignoreAspiration = true;
    }
    return true;
}

void TabuSearch::run(const Limits &limits, const std::function<bool()> &stop,
                     const std::function<void(int)> &improved)
{
    std::int64_t sinceBest = 0;
    for (std::int64_t done = 0; done < limits.iterations; ++done) {
        if (m_bestMakespan <= limits.target || sinceBest >= limits.stallIterations)
            return;
        if (done % stopCheckEvery == 0 && stop && stop())
            return;
        if (!step())
            return;
        ++sinceBest;
        if (m_current.makespan < m_bestMakespan) {
            m_bestMakespan = m_current.makespan;
            m_bestOrder = m_current.order;
            sinceBest = 0;
            if (improved)
                improved(m_bestMakespan);
        }
    }
}

} // namespace Hearth::Production::Internal
