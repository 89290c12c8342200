#pragma once

#include <vector>

namespace Hearth::Production {
class JobShopInstance;
}

namespace Hearth::Production::Internal {

/// An instance laid out in flat arrays for the search. A solution is one array of all
/// operations holding each machine's order in the segment [machineStart[m], machineStart[m+1]).
struct Problem
{
    explicit Problem(const JobShopInstance &instance);

    int operations = 0;
    int machines = 0;
    int jobs = 0;
    std::vector<int> duration;
    std::vector<int> machine;
    std::vector<int> job;
    std::vector<int> jobPred;  // -1 for a job's first step
    std::vector<int> jobSucc;  // -1 for a job's last step
    std::vector<int> machineStart;
    std::vector<int> slot;     // an operation's fixed index among its machine's operations
    int maxPerMachine = 0;
    int lowerBound = 0;
    bool repeatsMachines = false;  // some job visits a machine twice
    bool zeroDurations = false;
};

} // namespace Hearth::Production::Internal
