#include "jselite.h"

#include "jsproblem.h"
#include "jsrandom.h"
#include "jssequencing.h"

#include <algorithm>

namespace Hearth::Production::Internal {

bool ElitePool::offer(const std::vector<int> &order, int makespan)
{
    for (const Member &m : m_members) {
        if (m.makespan == makespan && m.order == order)
            return false;
    }
    if (!full()) {
        m_members.push_back(Member{order, makespan});
        return true;
    }
    auto worst = std::max_element(m_members.begin(), m_members.end(),
                                  [](const Member &a, const Member &b) {
                                      return a.makespan < b.makespan;
                                  });
    if (makespan >= worst->makespan)
        return false;
    worst->order = order;
    worst->makespan = makespan;
    return true;
}

int orderDistance(const std::vector<int> &a, const std::vector<int> &b)
{
    int differ = 0;
    for (size_t i = 0; i < a.size(); ++i)
        differ += a[i] != b[i];
    return differ;
}

void relink(const Problem &problem, const std::vector<int> &from, const std::vector<int> &guide,
            double depth, Random &random, std::vector<int> &result)
{
    std::vector<int> current = from;
    std::vector<int> where(current.size());
    for (size_t i = 0; i < current.size(); ++i)
        where[size_t(current[i])] = int(i);
    std::vector<int> differing;
    for (size_t i = 0; i < current.size(); ++i) {
        if (current[i] != guide[i])
            differing.push_back(int(i));
    }
    const int steps = int(double(differing.size()) * depth);
    int remaining = int(differing.size());
    for (int s = 0; s < steps && remaining > 0;) {
        const int pick = random.below(remaining);
        const int i = differing[size_t(pick)];
        differing[size_t(pick)] = differing[size_t(--remaining)];
        if (current[size_t(i)] == guide[size_t(i)])
            continue;
        const int wanted = guide[size_t(i)];
        const int j = where[size_t(wanted)];
        std::swap(current[size_t(i)], current[size_t(j)]);
        where[size_t(current[size_t(i)])] = i;
        where[size_t(current[size_t(j)])] = j;
        ++s;
    }
    repairOrder(problem, current, result);
}

} // namespace Hearth::Production::Internal
