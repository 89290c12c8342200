#include "jssequencing.h"

#include "jsproblem.h"
#include "jsrandom.h"

#include <algorithm>
#include <cstddef>

namespace Hearth::Production::Internal {

Sequencing::Sequencing(const Problem &p)
    : problem(p)
    , order(size_t(p.operations))
    , position(size_t(p.operations))
    , machinePred(size_t(p.operations), -1)
    , machineSucc(size_t(p.operations), -1)
    , head(size_t(p.operations), 0)
    , tail(size_t(p.operations), 0)
    , topological(size_t(p.operations))
    , rank(size_t(p.operations))
    , m_inDegree(size_t(p.operations))
    , m_endBefore(size_t(p.operations))
    , m_endBeforeOp(size_t(p.operations))
    , m_mark(size_t(p.operations), 0)
{
}

void Sequencing::assign(const std::vector<int> &wished)
{
    order = wished;
    for (int m = 0; m < problem.machines; ++m)
        relink(problem.machineStart[size_t(m)], problem.machineStart[size_t(m) + 1] - 1);
}

void Sequencing::relink(int lo, int hi)
{
    if (hi < lo)
        return;
    const int m = problem.machine[size_t(order[size_t(lo)])];
    const int first = problem.machineStart[size_t(m)];
    const int last = problem.machineStart[size_t(m) + 1] - 1;
    const int from = std::max(first, lo - 1);
    const int to = std::min(last, hi + 1);
    int *o = order.data();
    for (int i = from; i <= to; ++i) {
        const int op = o[i];
        position[size_t(op)] = i;
        machinePred[size_t(op)] = i > first ? o[i - 1] : -1;
        machineSucc[size_t(op)] = i < last ? o[i + 1] : -1;
    }
}

bool Sequencing::evaluate()
{
    const int n = problem.operations;
    const int *jp = problem.jobPred.data();
    const int *js = problem.jobSucc.data();
    const int *mp = machinePred.data();
    const int *ms = machineSucc.data();
    int *deg = m_inDegree.data();
    int *topo = topological.data();

    int pushed = 0;
    for (int op = 0; op < n; ++op) {
        deg[op] = (jp[op] >= 0) + (mp[op] >= 0);
        if (deg[op] == 0)
            topo[pushed++] = op;
    }
    for (int read = 0; read < pushed; ++read) {
        const int op = topo[read];
        if (const int a = js[op]; a >= 0 && --deg[a] == 0)
            topo[pushed++] = a;
        if (const int b = ms[op]; b >= 0 && --deg[b] == 0)
            topo[pushed++] = b;
    }
    if (pushed < n)
        return false;
    for (int i = 0; i < n; ++i)
        rank[size_t(topo[i])] = i;
    updateHeads(0);
    updateTails(n - 1);
    return true;
}

void Sequencing::updateHeads(int fromRank)
{
    const int n = problem.operations;
    const int *dur = problem.duration.data();
    const int *jp = problem.jobPred.data();
    const int *mp = machinePred.data();
    const int *topo = topological.data();
    int *r = head.data();
    int *endBefore = m_endBefore.data();
    int *endBeforeOp = m_endBeforeOp.data();

    int latest = fromRank > 0 ? endBefore[fromRank - 1] : -1;
    int latestOp = fromRank > 0 ? endBeforeOp[fromRank - 1] : -1;
    for (int i = fromRank; i < n; ++i) {
        const int op = topo[i];
        int start = 0;
        if (const int a = jp[op]; a >= 0)
            start = r[a] + dur[a];
        if (const int b = mp[op]; b >= 0)
            start = std::max(start, r[b] + dur[b]);
        r[op] = start;
        if (start + dur[op] > latest) {
            latest = start + dur[op];
            latestOp = op;
        }
        endBefore[i] = latest;
        endBeforeOp[i] = latestOp;
    }
    makespan = latest;
    lastOperation = latestOp;
}

void Sequencing::updateTails(int toRank)
{
    const int *dur = problem.duration.data();
    const int *js = problem.jobSucc.data();
    const int *ms = machineSucc.data();
    const int *topo = topological.data();
    int *q = tail.data();
    for (int i = toRank; i >= 0; --i) {
        const int op = topo[i];
        int after = 0;
        if (const int a = js[op]; a >= 0)
            after = q[a] + dur[a];
        if (const int b = ms[op]; b >= 0)
            after = std::max(after, q[b] + dur[b]);
        q[op] = after;
    }
}

bool Sequencing::reorder(int from, int to)
{
    // The new arc from -> to runs against the topological order: move the part of the order
    // that lies between them so that what reaches `from` comes before what `to` reaches.
    const int low = rank[size_t(to)];
    const int high = rank[size_t(from)];
    if (low > high)
        return true;
    const int *jp = problem.jobPred.data();
    const int *js = problem.jobSucc.data();
    const int *mp = machinePred.data();
    const int *ms = machineSucc.data();
    const int *rk = rank.data();
    if (++m_stamp == 0) {
        std::fill(m_mark.begin(), m_mark.end(), 0u);
        m_stamp = 1;
    }
    unsigned *mark = m_mark.data();

    m_forward.clear();
    m_stack.clear();
    m_stack.push_back(to);
    mark[to] = m_stamp;
    while (!m_stack.empty()) {
        const int op = m_stack.back();
        m_stack.pop_back();
        m_forward.push_back(op);
        for (const int next : {js[op], ms[op]}) {
            if (next < 0)
                continue;
            if (next == from)
                return false;
            if (rk[next] < high && mark[next] != m_stamp) {
                mark[next] = m_stamp;
                m_stack.push_back(next);
            }
        }
    }
    m_backward.clear();
    m_stack.push_back(from);
    mark[from] = m_stamp;
    while (!m_stack.empty()) {
        const int op = m_stack.back();
        m_stack.pop_back();
        m_backward.push_back(op);
        for (const int before : {jp[op], mp[op]}) {
            if (before >= 0 && rk[before] > low && mark[before] != m_stamp) {
                mark[before] = m_stamp;
                m_stack.push_back(before);
            }
        }
    }

    const auto byRank = [rk](int a, int b) { return rk[a] < rk[b]; };
    std::sort(m_forward.begin(), m_forward.end(), byRank);
    std::sort(m_backward.begin(), m_backward.end(), byRank);
    m_ranks.clear();
    for (int op : m_backward)
        m_ranks.push_back(rk[op]);
    for (int op : m_forward)
        m_ranks.push_back(rk[op]);
    std::inplace_merge(m_ranks.begin(), m_ranks.begin() + std::ptrdiff_t(m_backward.size()),
                       m_ranks.end());
    size_t next = 0;
    for (const std::vector<int> *part : {&m_backward, &m_forward}) {
        for (int op : *part) {
            const int r = m_ranks[next++];
            topological[size_t(r)] = op;
            rank[size_t(op)] = r;
        }
    }
    return true;
}

void Sequencing::shiftForward(int lo, int hi)
{
    int *o = order.data();
    const int moved = o[lo];
    for (int i = lo; i < hi; ++i)
        o[i] = o[i + 1];
    o[hi] = moved;
    relink(lo, hi);
}

void Sequencing::shiftBackward(int lo, int hi)
{
    int *o = order.data();
    const int moved = o[hi];
    for (int i = hi; i > lo; --i)
        o[i] = o[i - 1];
    o[lo] = moved;
    relink(lo, hi);
}

bool Sequencing::moveForward(int lo, int hi)
{
    const int moved = order[size_t(lo)];
    const int passed = order[size_t(hi)];
    const int low = rank[size_t(moved)];
    const int high = rank[size_t(passed)];
    shiftForward(lo, hi);
    if (!reorder(passed, moved)) {
        shiftBackward(lo, hi);
        return false;
    }
    updateHeads(low);
    updateTails(high);
    return true;
}

bool Sequencing::moveBackward(int lo, int hi)
{
    const int moved = order[size_t(hi)];
    const int passed = order[size_t(lo)];
    const int low = rank[size_t(passed)];
    const int high = rank[size_t(moved)];
    shiftBackward(lo, hi);
    if (!reorder(moved, passed)) {
        shiftForward(lo, hi);
        return false;
    }
    updateHeads(low);
    updateTails(high);
    return true;
}

void Sequencing::criticalPath(Random &random, std::vector<int> &path) const
{
    path.clear();
    const int *dur = problem.duration.data();
    int op = lastOperation;
    while (op >= 0) {
        path.push_back(op);
        const int start = head[size_t(op)];
        const int a = problem.jobPred[size_t(op)];
        const int b = machinePred[size_t(op)];
        const bool viaJob = a >= 0 && head[size_t(a)] + dur[a] == start;
        const bool viaMachine = b >= 0 && head[size_t(b)] + dur[b] == start;
        if (viaJob && viaMachine)
            op = random.below(2) == 0 ? a : b;
        else if (viaJob)
            op = a;
        else if (viaMachine)
            op = b;
        else
            op = -1;
    }
    std::reverse(path.begin(), path.end());
}

void repairOrder(const Problem &problem, const std::vector<int> &wished, std::vector<int> &result)
{
    const int n = problem.operations;
    result.assign(size_t(n), -1);
    std::vector<char> done(size_t(n), 0);
    std::vector<int> pointer(problem.machineStart.begin(), problem.machineStart.end() - 1);
    std::vector<int> filled(pointer);
    std::vector<int> indexIn(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        indexIn[size_t(wished[size_t(i)])] = i;

    const auto ready = [&](int op) {
        const int before = problem.jobPred[size_t(op)];
        return before < 0 || done[size_t(before)];
    };
    const auto place = [&](int op) {
        const int m = problem.machine[size_t(op)];
        result[size_t(filled[size_t(m)]++)] = op;
        done[size_t(op)] = 1;
    };

    int placed = 0;
    while (placed < n) {
        bool progress = false;
        for (int m = 0; m < problem.machines; ++m) {
            const int end = problem.machineStart[size_t(m) + 1];
            int &p = pointer[size_t(m)];
            while (p < end) {
                const int op = wished[size_t(p)];
                if (done[size_t(op)]) {
                    ++p;
                } else if (ready(op)) {
                    place(op);
                    ++placed;
                    ++p;
                    progress = true;
                } else {
                    break;
                }
            }
        }
        if (progress || placed == n)
            continue;
        int chosen = -1;
        int distance = n + 1;
        for (int op = 0; op < n; ++op) {
            if (done[size_t(op)] || !ready(op))
                continue;
            const int d = indexIn[size_t(op)] - pointer[size_t(problem.machine[size_t(op)])];
            if (d < distance) {
                distance = d;
                chosen = op;
            }
        }
        place(chosen);
        ++placed;
    }
}

void orderFromStarts(const Problem &problem, const std::vector<int> &starts,
                     std::vector<int> &result)
{
    std::vector<int> wished(size_t(problem.operations));
    std::vector<int> filled(problem.machineStart.begin(), problem.machineStart.end() - 1);
    for (int op = 0; op < problem.operations; ++op)
        wished[size_t(filled[size_t(problem.machine[size_t(op)])]++)] = op;
    for (int m = 0; m < problem.machines; ++m) {
        const auto begin = wished.begin() + problem.machineStart[size_t(m)];
        const auto end = wished.begin() + problem.machineStart[size_t(m) + 1];
        std::sort(begin, end, [&](int a, int b) {
            const int sa = starts[size_t(a)];
            const int sb = starts[size_t(b)];
            if (sa != sb)
                return sa < sb;
            if (problem.duration[size_t(a)] != problem.duration[size_t(b)])
                return problem.duration[size_t(a)] < problem.duration[size_t(b)];
            return a < b;
        });
    }
    repairOrder(problem, wished, result);
}

} // namespace Hearth::Production::Internal
