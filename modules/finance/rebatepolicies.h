#pragma once

#include "core/result.h"
#include "finance/rebatepolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Rebate policies (返利政策) and their tiers, in rebate_policies and rebate_policy_tiers;
/// written through Storage::ChangeLog in the caller's transaction or their own.
class RebatePolicies
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::RebatePolicies)

public:
    /// Every problem of a policy before it is saved: code, dates, tiers ascending and unique.
    static Core::Status check(const RebatePolicy &policy);
    /// Creates the policy (id empty) or replaces its fields and tiers (id given).
    static Core::Result<RebatePolicy> save(Storage::Connection &c, const RebatePolicy &policy);
    static std::optional<RebatePolicy> find(Storage::Connection &c, const QString &id);
    static std::optional<RebatePolicy> findByCode(Storage::Connection &c, const QString &code);
    /// The policies that apply to a dealer (its own and those for every dealer), by start, code.
    static Core::Result<QList<RebatePolicy>> forDealer(Storage::Connection &c,
                                                       const QString &dealerUnitId);
};

} // namespace Hearth::Finance
