#pragma once

#include "core/result.h"
#include "jobshopschedule.h"

#include <QCoreApplication>

#include <atomic>
#include <cstdint>
#include <functional>

namespace Hearth::Production {

class JobShopInstance;

/// Minimises the makespan of a job-shop instance: dispatching-rule starts, then tabu search on
/// the critical path (N7 block moves ranked by head/tail estimates), restarted from an elite
/// set of solutions by path relinking when it stalls. Single-threaded plain logic; run it off
/// the GUI thread and stop it with the cancel flag.
class JobShopSolver
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::JobShopSolver)

public:
    struct Progress
    {
        int bestMakespan = 0;
        std::int64_t iterations = 0;
        double seconds = 0;
    };

    struct Options
    {
        double timeLimitSeconds = 10;
        /// Tabu-search iterations at most; 0 for no limit. With a seed and no time pressure, the
        /// same limit gives the same schedule on every run.
        std::int64_t maxIterations = 0;
        std::uint64_t seed = 1;
        /// The search ends on reaching this makespan (a proven lower bound, say); the
        /// instance's own trivial bound always ends it.
        int targetMakespan = 0;
        const std::atomic<bool> *cancel = nullptr;
        /// Hears each new best makespan, the best dispatching-rule start first, from the
        /// solving thread.
        std::function<void(const Progress &)> progress;
    };

    struct Outcome
    {
        JobShopSchedule schedule;  // checked by JobShopValidator
        int makespan = 0;
        int firstMakespan = 0;     // the best dispatching-rule start
        std::int64_t iterations = 0;
        int restarts = 0;          // tabu-search runs begun on a relinking path
        double seconds = 0;
        bool optimal = false;      // the makespan met the instance's trivial lower bound
        bool cancelled = false;
    };

    /// The best schedule found within the limits. An error only for an empty instance or if
    /// the schedule failed its check (a defect, reported rather than returned).
    static Core::Result<Outcome> solve(const JobShopInstance &instance, const Options &options);
};

} // namespace Hearth::Production
