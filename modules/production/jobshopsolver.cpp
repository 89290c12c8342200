#include "jobshopsolver.h"

#include "jobshopdispatch.h"
#include "jobshopinstance.h"
#include "jobshopvalidator.h"
#include "jselite.h"
#include "jsproblem.h"
#include "jsrandom.h"
#include "jssequencing.h"
#include "jstabusearch.h"
#include "jstuning.h"

#include <algorithm>
#include <chrono>
#include <climits>

namespace Hearth::Production {

namespace Internal {

Tuning &tuning()
{
    static Tuning settings;
    return settings;
}

} // namespace Internal

namespace {

using Clock = std::chrono::steady_clock;

// Dispatching-rule starts may take at most this share of the time limit.
constexpr double constructionShare = 0.05;

struct Start
{
    std::vector<int> order;
    int makespan = 0;
};

// One call of solve(): the limits, the best so far and the search's parts.
class SolverRun
{
public:
    SolverRun(const JobShopInstance &instance, const JobShopSolver::Options &options)
        : m_instance(instance)
        , m_options(options)
        , m_started(Clock::now())
        , m_problem(instance)
        , m_random(options.seed)
        , m_target(std::max(options.targetMakespan, m_problem.lowerBound))
        , m_tuning(Internal::tuning())
        , m_search(m_problem, m_random)
        , m_pool(m_tuning.poolSize)
    {
    }

    Core::Result<JobShopSolver::Outcome> solve();

private:
    double elapsed() const
    {
        return std::chrono::duration<double>(Clock::now() - m_started).count();
    }
    bool interrupted() const
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            return true;
        return elapsed() >= m_options.timeLimitSeconds;
    }
    std::int64_t budgetLeft() const
    {
        return m_options.maxIterations > 0 ? m_options.maxIterations - m_iterations : INT64_MAX;
    }
    bool finished() const { return m_best <= m_target || budgetLeft() <= 0 || interrupted(); }

    std::vector<Start> construct();
    void report(int makespan);
    bool improve(const std::vector<int> &from, std::int64_t stall);

    const JobShopInstance &m_instance;
    const JobShopSolver::Options &m_options;
    const Clock::time_point m_started;
    const Internal::Problem m_problem;
    Internal::Random m_random;
    const int m_target;
    const Internal::Tuning &m_tuning;
    Internal::TabuSearch m_search;
    Internal::ElitePool m_pool;
    std::vector<int> m_bestOrder;
    int m_best = INT_MAX;
    std::int64_t m_iterations = 0;
};

std::vector<Start> SolverRun::construct()
{
    // Every rule as it is, then with random tie-breaks and growing noise.
    std::vector<Start> starts;
    std::vector<int> order;
    for (int c = 0; c < m_tuning.constructions; ++c) {
        if (c > 0 && (elapsed() > constructionShare * m_options.timeLimitSeconds || interrupted()))
            break;
        const auto rule = JobShopDispatch::Rule(c % JobShopDispatch::RuleCount);
        const int round = c / JobShopDispatch::RuleCount;
        const JobShopSchedule s = round == 0
            ? JobShopDispatch::schedule(m_instance, rule)
            : JobShopDispatch::randomized(m_instance, rule, m_random.next(), 0.05 * round);
        Internal::orderFromStarts(m_problem, s.starts(), order);
        starts.push_back(Start{order, s.makespan()});
    }
    std::stable_sort(starts.begin(), starts.end(),
                     [](const Start &a, const Start &b) { return a.makespan < b.makespan; });
    return starts;
}

void SolverRun::report(int makespan)
{
    if (makespan >= m_best)
        return;
    m_best = makespan;
    if (m_options.progress) {
        m_options.progress(JobShopSolver::Progress{
            makespan, m_iterations + m_search.iterations(), elapsed()});
    }
}

bool SolverRun::improve(const std::vector<int> &from, std::int64_t stall)
{
    if (!m_search.start(from))
        return false;
    const std::int64_t before = m_search.iterations();
    Internal::TabuSearch::Limits limits;
    limits.target = m_target;
    limits.stallIterations = stall;
    limits.iterations = budgetLeft();
    m_iterations -= before;
    m_search.run(limits, [this]() { return interrupted(); },
                 [this](int makespan) { report(makespan); });
    m_iterations += m_search.iterations();
    if (m_search.bestMakespan() <= m_best || m_bestOrder.empty()) {
        m_best = m_search.bestMakespan();
        m_bestOrder = m_search.bestOrder();
    }
    m_pool.offer(m_search.bestOrder(), m_search.bestMakespan());
    return true;
}

Core::Result<JobShopSolver::Outcome> SolverRun::solve()
{
    JobShopSolver::Outcome outcome;
    const std::vector<Start> starts = construct();
    outcome.firstMakespan = starts.front().makespan;
    m_bestOrder = starts.front().order;
    report(starts.front().makespan);

    // Tabu search from the best starts until the pool is full, then from points on the path
    // between two pool members.
    size_t next = 0;
    bool working = true;
    while (working && !finished() && !m_pool.full() && next < starts.size())
        working = improve(starts[next++].order, m_tuning.stallIterations);
    std::vector<int> child;
    while (working && !finished()) {
        ++outcome.restarts;
        if (m_tuning.strategy == 1 && m_pool.size() >= 2) {
            const int a = m_random.below(m_pool.size());
            int b = m_random.below(m_pool.size() - 1);
            b += b >= a;
            const double depth = m_tuning.relinkDepthMin
                + (m_tuning.relinkDepthMax - m_tuning.relinkDepthMin) * m_random.unit();
            Internal::relink(m_problem, m_pool.member(a).order, m_pool.member(b).order, depth,
                             m_random, child);
        } else {
            Internal::perturb(m_problem, m_pool.best().order, m_tuning.perturbMoves, m_random,
                              child);
        }
        working = improve(child, m_tuning.stallIterations);
    }
    outcome.iterations = m_iterations;

    // The makespan reported is that of a schedule rebuilt from scratch and checked.
    Internal::Sequencing final(m_problem);
    final.assign(m_bestOrder);
    if (!final.evaluate()) {
        return Core::Error{JobShopSolver::tr("the search ended with machine orders that hold a "
                                             "cycle"),
                           m_instance.name()};
    }
    outcome.schedule = JobShopSchedule(m_instance, final.head);
    outcome.makespan = outcome.schedule.makespan();
    if (const Core::Status valid = JobShopValidator::check(m_instance, outcome.schedule); !valid)
        return valid.error();
    outcome.optimal = outcome.makespan <= m_problem.lowerBound;
    outcome.cancelled = m_options.cancel && m_options.cancel->load();
    outcome.seconds = elapsed();
    return outcome;
}

} // namespace

Core::Result<JobShopSolver::Outcome> JobShopSolver::solve(const JobShopInstance &instance,
                                                          const Options &options)
{
    if (instance.operationCount() == 0)
        return Core::Error{tr("the instance has no operations"), instance.name()};
    SolverRun run(instance, options);
    return run.solve();
}

} // namespace Hearth::Production
