#include "jobshopschedule.h"

#include "jobshopinstance.h"

#include <algorithm>

namespace Hearth::Production {

JobShopSchedule::JobShopSchedule(const JobShopInstance &instance, std::vector<int> starts)
    : m_starts(std::move(starts))
{
    computeMakespan(instance);
}

void JobShopSchedule::computeMakespan(const JobShopInstance &instance)
{
    int end = 0;
    const int count = std::min(operationCount(), instance.operationCount());
    for (int op = 0; op < count; ++op) {
        if (m_starts[size_t(op)] >= 0)
            end = std::max(end, m_starts[size_t(op)] + instance.duration(op));
    }
    m_makespan = end;
}

std::vector<std::vector<int>> JobShopSchedule::machineSequences(
    const JobShopInstance &instance) const
{
    std::vector<std::vector<int>> sequences(size_t(instance.machineCount()));
    const int count = std::min(operationCount(), instance.operationCount());
    for (int op = 0; op < count; ++op) {
        if (m_starts[size_t(op)] >= 0)
            sequences[size_t(instance.machine(op))].push_back(op);
    }
    for (std::vector<int> &sequence : sequences) {
        std::sort(sequence.begin(), sequence.end(), [this](int a, int b) {
            return m_starts[size_t(a)] != m_starts[size_t(b)]
                ? m_starts[size_t(a)] < m_starts[size_t(b)]
                : a < b;
        });
    }
    return sequences;
}

} // namespace Hearth::Production
