#include "jobshopdispatch.h"

#include "jobshopinstance.h"
#include "jsrandom.h"

#include <algorithm>
#include <climits>
#include <vector>

namespace Hearth::Production {

namespace {

JobShopSchedule build(const JobShopInstance &instance, JobShopDispatch::Rule rule,
                      Internal::Random *random, double noise)
{
    using Rule = JobShopDispatch::Rule;
    const int jobs = instance.jobCount();
    const int steps = instance.stepsPerJob();

    std::vector<int> next(size_t(jobs), 0);
    std::vector<qint64> jobReady(size_t(jobs), 0);
    std::vector<qint64> machineReady(size_t(instance.machineCount()), 0);
    std::vector<qint64> workLeft(size_t(jobs), 0);
    for (int j = 0; j < jobs; ++j) {
        for (int s = 0; s < steps; ++s)
            workLeft[size_t(j)] += instance.duration(instance.operation(j, s));
    }
    std::vector<int> candidates;
    candidates.reserve(size_t(jobs));

    JobShopSchedule schedule(instance.operationCount());
    for (int placed = 0; placed < instance.operationCount(); ++placed) {
        qint64 firstEnd = LLONG_MAX;
        int machine = -1;
        for (int j = 0; j < jobs; ++j) {
            if (next[size_t(j)] == steps)
                continue;
            const int op = instance.operation(j, next[size_t(j)]);
            const int m = instance.machine(op);
            const qint64 end = std::max(jobReady[size_t(j)], machineReady[size_t(m)])
                + instance.duration(op);
            if (end < firstEnd) {
                firstEnd = end;
                machine = m;
            }
        }

        candidates.clear();
        for (int j = 0; j < jobs; ++j) {
            if (next[size_t(j)] == steps)
                continue;
            const int op = instance.operation(j, next[size_t(j)]);
            if (instance.machine(op) != machine)
                continue;
            const qint64 start = std::max(jobReady[size_t(j)], machineReady[size_t(machine)]);
            if (start < firstEnd || (start == firstEnd && instance.duration(op) == 0))
                candidates.push_back(j);
        }

        const auto priority = [&](int j) -> qint64 {
            const int op = instance.operation(j, next[size_t(j)]);
            switch (rule) {
            case Rule::ShortestProcessingTime:
                return -qint64(instance.duration(op));
            case Rule::LongestProcessingTime:
                return instance.duration(op);
            case Rule::MostWorkRemaining:
                return workLeft[size_t(j)];
            case Rule::MostOperationsRemaining:
                return qint64(steps - next[size_t(j)]) * (qint64(1) << 32)
                    + workLeft[size_t(j)];
            case Rule::EarliestStart:
                return -jobReady[size_t(j)];
            }
            return 0;
        };

        int chosen = candidates.front();
        if (random && candidates.size() > 1 && random->unit() < noise) {
            chosen = candidates[size_t(random->below(int(candidates.size())))];
        } else {
            qint64 best = priority(chosen);
            int ties = 1;
            for (size_t i = 1; i < candidates.size(); ++i) {
                const qint64 p = priority(candidates[i]);
                if (p > best) {
                    best = p;
                    chosen = candidates[i];
                    ties = 1;
                } else if (p == best && random && random->below(++ties) == 0) {
                    chosen = candidates[i];
                }
            }
        }

        const int op = instance.operation(chosen, next[size_t(chosen)]);
        const qint64 start = std::max(jobReady[size_t(chosen)], machineReady[size_t(machine)]);
        const qint64 end = start + instance.duration(op);
        schedule.setStart(op, int(start));
        jobReady[size_t(chosen)] = end;
        machineReady[size_t(machine)] = end;
        workLeft[size_t(chosen)] -= instance.duration(op);
        ++next[size_t(chosen)];
    }
    schedule.computeMakespan(instance);
    return schedule;
}

} // namespace

JobShopSchedule JobShopDispatch::schedule(const JobShopInstance &instance, Rule rule)
{
    return build(instance, rule, nullptr, 0.0);
}

JobShopSchedule JobShopDispatch::randomized(const JobShopInstance &instance, Rule rule,
                                            std::uint64_t seed, double noise)
{
    Internal::Random random(seed);
    return build(instance, rule, &random, noise);
}

QString JobShopDispatch::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::ShortestProcessingTime:
        return tr("SPT");
    case Rule::LongestProcessingTime:
        return tr("LPT");
    case Rule::MostWorkRemaining:
        return tr("MWKR");
    case Rule::MostOperationsRemaining:
        return tr("MOPNR");
    case Rule::EarliestStart:
        return tr("FCFS");
    }
    return QString();
}

} // namespace Hearth::Production
