#pragma once

#include "jssequencing.h"
#include "jstuning.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace Hearth::Production::Internal {

struct Problem;
class Random;

/// Tabu search on the critical path with the N7 block neighbourhood: on each block of the
/// path, the first or last operation moves inside the block, and an inner operation moves to
/// either end of it. Moves are ranked by head/tail estimates; a reversed pair of operations
/// stays tabu for a random tenure unless the move would beat the run's best.
class TabuSearch
{
public:
    struct Limits
    {
        std::int64_t stallIterations = 10'000;  // a run ends after this many without a new best
        std::int64_t iterations = INT64_MAX;     // at most this many in the run
        int target = 0;                          // a run ends on reaching this makespan
    };

    TabuSearch(const Problem &problem, Random &random, const Tuning &tuning = Tuning());

    /// Starts from acyclic machine orders; false if they hold a cycle.
    bool start(const std::vector<int> &order);
    /// Searches until a limit is met or stop() returns true (asked every few iterations);
    /// improved() hears each new best of the run.
    void run(const Limits &limits, const std::function<bool()> &stop,
             const std::function<void(int)> &improved);

    int bestMakespan() const { return m_bestMakespan; }
    const std::vector<int> &bestOrder() const { return m_bestOrder; }
    std::int64_t iterations() const { return m_iterations; }

private:
    struct Move
    {
        int lo = 0;
        int hi = 0;
        bool forward = true;
    };

    bool step();
    void consider(int lo, int hi, bool forward);
    int estimate(int lo, int hi, bool forward) const;
    bool isTabu(int lo, int hi, bool forward) const;
    void forbidReverse(int lo, int hi, bool forward);
    void forbid(int lo, int hi, bool forward);
    bool jumpsOwnJob(int lo, int hi, bool forward) const;
    int tenure();

    const Problem &m_problem;
    Random &m_random;
    Sequencing m_current;
    std::vector<int> m_bestOrder;
    int m_bestMakespan = 0;
    // [op * m_tabuWidth + slot % m_tabuWidth]: until when op may not precede that operation.
    std::vector<std::int64_t> m_tabu;
    int m_tabuWidth = 1;
    mutable std::vector<int> m_heads;
    std::vector<int> m_path;
    std::int64_t m_iterations = 0;
    int m_tenureMin = 0;
    int m_tenureSpan = 1;
    int m_blockWindow = 1;

    // The current iteration's choice.
    Move m_chosen;
    int m_chosenValue = 0;
    int m_chosenTies = 0;
    Move m_fallback;
    int m_candidates = 0;
    bool m_ignoreAspiration = false;
};

} // namespace Hearth::Production::Internal
