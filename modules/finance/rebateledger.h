#pragma once

#include "core/result.h"
#include "finance/rebatepolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// Where a dealer stands in one period of a rebate policy: volume so far, what it earns, what
/// was already settled, and how far the next tier is.
struct RebatePeriodStatus
{
    RebatePolicy policy;
    QDate from;
    QDate to;
    qint64 volumeFen = 0;   // orders signed in the period, not cancelled
    qint64 earnedFen = 0;   // by the policy's tiers on volumeFen
    qint64 settledFen = 0;  // paid by earlier settlements of this period
    qint64 rateMicros = 0;  // of the tier reached; 0 below the first
    bool hasNextTier = false;
    qint64 nextThresholdFen = 0;
    qint64 nextRateMicros = 0;

    qint64 dueFen() const { return earnedFen - settledFen; }
    qint64 toNextTierFen() const { return hasNextTier ? nextThresholdFen - volumeFen : 0; }
};

/// A rebate paid for one policy period (rebate_settlements).
struct RebateSettlement
{
    QString id;
    QString dealerUnitId;
    QString policyId;
    QDate periodFrom;
    QDate periodTo;
    qint64 volumeFen = 0;
    qint64 earnedFen = 0;
    qint64 amountFen = 0;  // what this settlement paid: earned less earlier settlements
    QDate settledOn;
    QString idempotencyKey;
};

/// The rebate ledger (返利台账) of a dealer: progress per policy period, and settlements that
/// pay only what was not already paid. Settlements are append-only, written through
/// Storage::ChangeLog; on the dealer's statement they are credits on the day settled.
class RebateLedger
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::RebateLedger)

public:
    /// Every period of the dealer's policies that has begun by asOf, by policy then period.
    static Core::Result<QList<RebatePeriodStatus>> status(Storage::Connection &c,
                                                         const QString &dealerUnitId,
                                                         QDate asOf);
    /// One period (the one of the policy that contains day).
    static Core::Result<RebatePeriodStatus> periodStatus(Storage::Connection &c,
                                                         const QString &dealerUnitId,
                                                         const RebatePolicy &policy, QDate day);
    /// Pays what the period containing periodDay has earned and was not yet settled. Nothing is
    /// written (amountFen 0, id empty) when nothing is due. A repeated idempotencyKey returns
    /// the settlement it wrote before.
    static Core::Result<RebateSettlement> settle(Storage::Connection &c,
                                                 const QString &dealerUnitId,
                                                 const QString &policyId, QDate periodDay,
                                                 QDate settledOn, const QString &idempotencyKey);
    /// The dealer's settlements, by day settled.
    static Core::Result<QList<RebateSettlement>> settlements(Storage::Connection &c,
                                                             const QString &dealerUnitId);
};

} // namespace Hearth::Finance
