#pragma once

#include "core/result.h"
#include "jobshopsolver.h"
#include "jselite.h"
#include "jsproblem.h"
#include "jsrandom.h"
#include "jstabusearch.h"
#include "jstuning.h"

#include <chrono>
#include <cstdint>
#include <vector>

namespace Hearth::Production::Internal {

/// One call of JobShopSolver::solve(): dispatching-rule starts, tabu search from the best of
/// them until the elite pool is full, then tabu search from points on the path between two
/// pool members, until a limit is met.
class SolverRun
{
public:
    SolverRun(const JobShopInstance &instance, const JobShopSolver::Options &options,
              const Tuning &tuning = Tuning());

    Core::Result<JobShopSolver::Outcome> solve();

private:
    using Clock = std::chrono::steady_clock;

    struct Start
    {
        std::vector<int> order;
        int makespan = 0;
    };

    double elapsed() const;
    bool interrupted() const;
    std::int64_t budgetLeft() const;
    bool finished() const;

    std::vector<Start> construct();
    void report(int makespan);
    bool improve(const std::vector<int> &from);
    void relinkMembers(std::vector<int> &child);

    const JobShopInstance &m_instance;
    const JobShopSolver::Options &m_options;
    const Tuning m_tuning;
    const Clock::time_point m_started;
    const Problem m_problem;
    Random m_random;
    const int m_target;
    TabuSearch m_search;
    ElitePool m_pool;
    std::vector<int> m_bestOrder;
    int m_best = 0;
    std::int64_t m_iterations = 0;  // those of finished tabu-search runs
    std::int64_t m_runStart = 0;    // the tabu search's count when the current run began
};

} // namespace Hearth::Production::Internal
