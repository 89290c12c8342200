#pragma once

#include "jobshopschedule.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace Hearth::Production {

class JobShopInstance;

/// List scheduling by a priority rule (派工规则), the way a shop dispatches without a plan:
/// Giffler–Thompson active schedules. At each step the machine of the operation that could end
/// first takes, among the operations waiting for it that could start before that end, the one
/// the rule ranks first. Fast and simple: the baseline the solver is measured against, and the
/// solver's starting points.
class JobShopDispatch
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::JobShopDispatch)

public:
    enum class Rule {
        ShortestProcessingTime,   // SPT: the shortest operation first
        LongestProcessingTime,    // LPT
        MostWorkRemaining,        // MWKR: the job with the most work left, this step included
        MostOperationsRemaining,  // MOPNR: the job with the most steps left
        EarliestStart,            // FCFS: the operation that became ready first
    };
    static constexpr int RuleCount = 5;

    /// The schedule the rule gives, ties going to the lower job number.
    static JobShopSchedule schedule(const JobShopInstance &instance, Rule rule);
    /// The same with ties broken at random and, with the probability noise, a random
    /// candidate taken instead of the rule's choice: different starting points for a search.
    static JobShopSchedule randomized(const JobShopInstance &instance, Rule rule,
                                      std::uint64_t seed, double noise);

    /// "SPT", "MWKR", ... as the rule is known on the shop floor.
    static QString ruleName(Rule rule);
};

} // namespace Hearth::Production
