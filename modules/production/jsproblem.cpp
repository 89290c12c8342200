#include "jsproblem.h"

#include "jobshopinstance.h"

#include <algorithm>

namespace Hearth::Production::Internal {

Problem::Problem(const JobShopInstance &instance)
    : operations(instance.operationCount())
    , machines(instance.machineCount())
    , jobs(instance.jobCount())
    , duration(size_t(operations))
    , machine(size_t(operations))
    , job(size_t(operations))
    , jobPred(size_t(operations))
    , jobSucc(size_t(operations))
    , machineStart(size_t(machines) + 1, 0)
    , slot(size_t(operations))
    , lowerBound(instance.trivialLowerBound())
{
    const int steps = instance.stepsPerJob();
    std::vector<int> count(size_t(machines), 0);
    for (int op = 0; op < operations; ++op) {
        duration[size_t(op)] = instance.duration(op);
        machine[size_t(op)] = instance.machine(op);
        job[size_t(op)] = instance.jobOf(op);
        const int step = instance.stepOf(op);
        jobPred[size_t(op)] = step > 0 ? op - 1 : -1;
        jobSucc[size_t(op)] = step + 1 < steps ? op + 1 : -1;
        slot[size_t(op)] = count[size_t(machine[size_t(op)])]++;
        zeroDurations = zeroDurations || duration[size_t(op)] == 0;
    }
    std::vector<int> seenBy(size_t(machines), -1);
    for (int op = 0; op < operations; ++op) {
        int &seen = seenBy[size_t(machine[size_t(op)])];
        repeatsMachines = repeatsMachines || seen == job[size_t(op)];
        seen = job[size_t(op)];
    }
    for (int m = 0; m < machines; ++m) {
        machineStart[size_t(m) + 1] = machineStart[size_t(m)] + count[size_t(m)];
        maxPerMachine = std::max(maxPerMachine, count[size_t(m)]);
    }
}

} // namespace Hearth::Production::Internal
