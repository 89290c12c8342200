#include "jssolverrun.h"

#include "jobshopdispatch.h"
#include "jobshopinstance.h"
#include "jobshopvalidator.h"
#include "jssequencing.h"

#include <algorithm>
#include <climits>

namespace Hearth::Production::Internal {

namespace {

// Dispatching-rule starts may take at most this share of the time limit.
constexpr double constructionShare = 0.05;

} // namespace

SolverRun::SolverRun(const JobShopInstance &instance, const JobShopSolver::Options &options,
                     const Tuning &tuning)
    : m_instance(instance)
    , m_options(options)
    , m_tuning(tuning)
    , m_started(Clock::now())
    , m_problem(instance)
    , m_random(options.seed)
    , m_target(std::max(options.targetMakespan, m_problem.lowerBound))
    , m_search(m_problem, m_random, m_tuning)
    , m_pool(std::max(2, m_tuning.poolSize))
    , m_best(INT_MAX)
{
}

double SolverRun::elapsed() const
{
    return std::chrono::duration<double>(Clock::now() - m_started).count();
}

bool SolverRun::interrupted() const
{
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        return true;
    return elapsed() >= m_options.timeLimitSeconds;
}

std::int64_t SolverRun::budgetLeft() const
{
    if (m_options.maxIterations <= 0)
        return INT64_MAX;
    return m_options.maxIterations - m_iterations;
}

bool SolverRun::finished() const
{
    return m_best <= m_target || budgetLeft() <= 0 || interrupted();
}

std::vector<SolverRun::Start> SolverRun::construct()
{
    // Every rule once, the usually best first; then with random tie-breaks and growing noise
    // while the time share allows.
    using Rule = JobShopDispatch::Rule;
    static constexpr Rule rules[JobShopDispatch::RuleCount] = {
        Rule::MostWorkRemaining, Rule::MostOperationsRemaining, Rule::ShortestProcessingTime,
        Rule::LongestProcessingTime, Rule::EarliestStart};
    std::vector<Start> starts;
    std::vector<int> order;
    for (int c = 0; c < std::max(1, m_tuning.constructions); ++c) {
        const int round = c / JobShopDispatch::RuleCount;
        if (c > 0 && (interrupted()
                      || (round > 0 && elapsed() > constructionShare * m_options.timeLimitSeconds)))
            break;
        const Rule rule = rules[c % JobShopDispatch::RuleCount];
        const JobShopSchedule s = round == 0
            ? JobShopDispatch::schedule(m_instance, rule)
            : JobShopDispatch::randomized(m_instance, rule, m_random.next(), 0.05 * round);
        orderFromStarts(m_problem, s.starts(), order);
        starts.push_back(Start{order, s.makespan()});
        if (s.makespan() <= m_target)
            break;
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
            makespan, m_iterations + m_search.iterations() - m_runStart, elapsed()});
    }
}

bool SolverRun::improve(const std::vector<int> &from)
{
    if (!m_search.start(from))
        return false;
    TabuSearch::Limits limits;
    limits.target = m_target;
    limits.stallIterations = m_tuning.stallIterations;
    limits.iterations = budgetLeft();
    m_runStart = m_search.iterations();
    m_search.run(limits, [this]() { return interrupted(); },
                 [this](int makespan) { report(makespan); });
    const std::int64_t made = m_search.iterations() - m_runStart;
    m_iterations += made;
    m_runStart = m_search.iterations();
    if (m_search.bestMakespan() <= m_best) {
        m_best = m_search.bestMakespan();
        m_bestOrder = m_search.bestOrder();
    }
    m_pool.offer(m_search.bestOrder(), m_search.bestMakespan());
    // A run that could make no move at all has nowhere to go (its critical path is one job).
    return made > 0 || interrupted();
}

void SolverRun::relinkMembers(std::vector<int> &child)
{
    const int a = m_random.below(m_pool.size());
    int b = m_random.below(m_pool.size() - 1);
    b += b >= a;
    const double depth = m_tuning.relinkDepthMin
        + (m_tuning.relinkDepthMax - m_tuning.relinkDepthMin) * m_random.unit();
    relink(m_problem, m_pool.member(a).order, m_pool.member(b).order, depth, m_random, child);
}

Core::Result<JobShopSolver::Outcome> SolverRun::solve()
{
    JobShopSolver::Outcome outcome;
    const std::vector<Start> starts = construct();
    outcome.firstMakespan = starts.front().makespan;
    m_bestOrder = starts.front().order;
    report(starts.front().makespan);

    size_t next = 0;
    bool working = true;
    while (working && !finished() && !m_pool.full() && next < starts.size())
        working = improve(starts[next++].order);
    std::vector<int> child;
    while (working && !finished()) {
        if (m_pool.size() >= 2)
            relinkMembers(child);
        else
            child = starts[size_t(outcome.restarts) % starts.size()].order;
        ++outcome.restarts;
        working = improve(child);
    }
    outcome.iterations = m_iterations;

    // The makespan reported is that of a schedule rebuilt from scratch and checked.
    Sequencing final(m_problem);
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

} // namespace Hearth::Production::Internal
