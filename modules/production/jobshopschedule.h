#pragma once

#include <QtGlobal>

#include <vector>

namespace Hearth::Production {

class JobShopInstance;

/// When each operation of a job-shop instance starts (operations numbered as in
/// JobShopInstance). An operation not yet placed starts at -1.
class JobShopSchedule
{
public:
    JobShopSchedule() = default;
    explicit JobShopSchedule(int operations) : m_starts(size_t(operations), -1) {}
    /// A schedule from start times, with its makespan taken from the instance's durations.
    JobShopSchedule(const JobShopInstance &instance, std::vector<int> starts);

    int operationCount() const { return int(m_starts.size()); }
    int start(int operation) const { return m_starts[size_t(operation)]; }
    void setStart(int operation, int start) { m_starts[size_t(operation)] = start; }
    const std::vector<int> &starts() const { return m_starts; }

    /// The end of the last operation, as set when the schedule was made or by
    /// computeMakespan(); JobShopValidator checks that it is right.
    int makespan() const { return m_makespan; }
    void setMakespan(int makespan) { m_makespan = makespan; }
    void computeMakespan(const JobShopInstance &instance);

    /// Per machine, its operations in order of start (then of number).
    std::vector<std::vector<int>> machineSequences(const JobShopInstance &instance) const;

private:
    std::vector<int> m_starts;
    int m_makespan = 0;
};

} // namespace Hearth::Production
