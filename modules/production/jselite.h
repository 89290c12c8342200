#pragma once

#include <cstddef>
#include <vector>

namespace Hearth::Production::Internal {

struct Problem;
class Random;

/// The best distinct solutions met so far (machine orders with their makespans), from which
/// the search restarts.
class ElitePool
{
public:
    struct Member
    {
        std::vector<int> order;
        int makespan = 0;
    };

    explicit ElitePool(int capacity) : m_capacity(capacity) {}

    /// Keeps the solution when the pool has room or it beats the worst member, unless an equal
    /// one is there already; true when kept.
    bool offer(const std::vector<int> &order, int makespan);

    int size() const { return int(m_members.size()); }
    bool full() const { return size() >= m_capacity; }
    const Member &member(int i) const { return m_members[std::size_t(i)]; }

private:
    int m_capacity = 1;
    std::vector<Member> m_members;
};

/// Positions at which two machine orders hold different operations.
int orderDistance(const std::vector<int> &a, const std::vector<int> &b);

/// Walks from one solution towards another, each step putting one more position in the order
/// the guide has, until the share `depth` (0-1) of their difference is gone; then makes the
/// result acyclic.
void relink(const Problem &problem, const std::vector<int> &from, const std::vector<int> &guide,
            double depth, Random &random, std::vector<int> &result);

} // namespace Hearth::Production::Internal
