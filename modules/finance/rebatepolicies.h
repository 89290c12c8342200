#pragma once

#include "core/result.h"
#include "finance/rebatepolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Rebate policies (返利政策) and their tiers, in rebate_policies and rebate_policy_tiers;
/// written through Storage::ChangeLog in the caller's transaction or their own.
///
/// A policy with settlements keeps the terms its periods were settled on: its code, dealer,
/// start, period, mode, basis and tiers no longer change. It may be renamed and ended (its end
/// moved), but not to before the last day of its latest settled period, so that no settled
/// period is cut short. New terms for later periods are a new policy starting after it ends.
class RebatePolicies
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::RebatePolicies)

public:
    /// The first problem of a policy on its own, naming the field and the tier row (from 1):
    /// code, dates, tiers ascending by threshold with rates from 0 to below 100 %.
    static Core::Status check(const RebatePolicy &policy);
    /// check(), then what needs the database: a code used by another policy, and the rule for
    /// a policy with settlements (above).
    static Core::Status validate(Storage::Connection &c, const RebatePolicy &policy);
    /// Creates the policy (id empty) or replaces its fields and tiers (id given), after
    /// validate().
    static Core::Result<RebatePolicy> save(Storage::Connection &c, const RebatePolicy &policy);
    static std::optional<RebatePolicy> find(Storage::Connection &c, const QString &id);
    static std::optional<RebatePolicy> findByCode(Storage::Connection &c, const QString &code);
    /// The policies that apply to a dealer (its own and those for every dealer), by start, code.
    static Core::Result<QList<RebatePolicy>> forDealer(Storage::Connection &c,
                                                       const QString &dealerUnitId);
    /// Every policy, by start, code.
    static Core::Result<QList<RebatePolicy>> all(Storage::Connection &c);
    /// The last day of the latest period of the policy with a settlement; none when unsettled.
    static std::optional<QDate> settledUntil(Storage::Connection &c, const QString &policyId);
};

} // namespace Hearth::Finance
