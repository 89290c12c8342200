#pragma once

#include <vector>

namespace Hearth::Production::Internal {

struct Problem;
class Random;

/// The machine orders of one solution with what the search reads from them: each operation's
/// neighbours on its machine, its head (earliest start) and tail (longest path after its end),
/// a topological order of the graph and the makespan. A move updates them incrementally: the
/// topological order is repaired around the one arc the move reverses (Pearce–Kelly), then
/// heads are recomputed after and tails before the repaired span. Public arrays, so that the
/// search's inner loop reads them directly.
struct Sequencing
{
    explicit Sequencing(const Problem &problem);

    /// Takes machine orders laid out as Problem describes.
    void assign(const std::vector<int> &order);
    /// Everything from scratch; false when the orders hold a cycle.
    bool evaluate();
    /// The operation at position lo moves to position hi (lo < hi, one machine). False, with
    /// nothing changed, when that would close a cycle.
    bool moveForward(int lo, int hi);
    /// The operation at position hi moves to position lo (lo < hi, one machine).
    bool moveBackward(int lo, int hi);
    /// One longest path, first operation first; ties between the job and the machine
    /// predecessor are broken at random.
    void criticalPath(Random &random, std::vector<int> &path) const;

    const Problem &problem;
    std::vector<int> order;
    std::vector<int> position;
    std::vector<int> machinePred;
    std::vector<int> machineSucc;
    std::vector<int> head;
    std::vector<int> tail;
    std::vector<int> topological;
    std::vector<int> rank;  // an operation's index in topological
    int makespan = 0;
    int lastOperation = -1;  // one that ends at the makespan

private:
    void shiftForward(int lo, int hi);
    void shiftBackward(int lo, int hi);
    void relink(int lo, int hi);
    bool reorder(int from, int to);
    void updateHeads(int fromRank);
    void updateTails(int toRank);

    std::vector<int> m_inDegree;
    std::vector<int> m_endBefore;    // the latest end among ranks 0..i
    std::vector<int> m_endBeforeOp;  // an operation with that end
    std::vector<unsigned> m_mark;
    unsigned m_stamp = 0;
    std::vector<int> m_stack;
    std::vector<int> m_forward;
    std::vector<int> m_backward;
    std::vector<int> m_ranks;
};

/// Makes machine orders acyclic while keeping them as close to the wished ones as it can: each
/// machine takes its operations in the wished order, and a deadlock is broken by moving up the
/// ready operation that is nearest the front of its machine.
void repairOrder(const Problem &problem, const std::vector<int> &wished, std::vector<int> &result);

/// Machine orders sorted by the given start times (a schedule's), made acyclic if they are not.
void orderFromStarts(const Problem &problem, const std::vector<int> &starts,
                     std::vector<int> &result);

} // namespace Hearth::Production::Internal
