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
    /// Settle: earned more than settled. ClawBack (待追回): settled more than it now earns,
    /// after an order of the period was cancelled or reduced.
    enum class State { NothingEarned, Settle, Settled, ClawBack };

    RebatePolicy policy;
    QDate from;
    QDate to;
    qint64 volumeFen = 0;   // orders signed in the period, not cancelled, on the policy's basis
    qint64 earnedFen = 0;   // by the policy's tiers on volumeFen
    qint64 settledFen = 0;  // paid by earlier settlements of this period, less claw-backs
    int settlementCount = 0;  // settlements and claw-backs recorded for the period
    qint64 rateMicros = 0;  // of the tier reached; 0 below the first
    bool hasNextTier = false;
    qint64 nextThresholdFen = 0;
    qint64 nextRateMicros = 0;

    /// Below 0 for a claw-back.
    qint64 dueFen() const { return earnedFen - settledFen; }
    qint64 toNextTierFen() const { return hasNextTier ? nextThresholdFen - volumeFen : 0; }
    State state() const;
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
    qint64 amountFen = 0;  // earned less earlier settlements; below 0 a claw-back (追回)
    QDate settledOn;
    QString idempotencyKey;
};

/// The rebate ledger (返利台账) of a dealer: progress per policy period, and settlements that
/// pay only what was not already paid, or take back what was paid too much. Settlements are
/// append-only, written through Storage::ChangeLog; on the dealer's statement they are
/// credits (claw-backs debits) on the day settled.
///
/// A policy on the basis without tax counts each order at its net amount: that of the order's
/// latest invoice (else latest pro-forma) when the document still adds up to the order's
/// total; else the order's total under the VAT rule that document was issued with; else under
/// the company's current TaxPolicy.
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
    /// Pays what the period containing periodDay has earned and was not yet settled, or records
    /// the claw-back (a negative amount) of what was settled above what it now earns. Nothing
    /// is written (amountFen 0, id empty) when the two agree. A repeated idempotencyKey returns
    /// the settlement it wrote before.
    static Core::Result<RebateSettlement> settle(Storage::Connection &c,
                                                 const QString &dealerUnitId,
                                                 const QString &policyId, QDate periodDay,
                                                 QDate settledOn, const QString &idempotencyKey);
    /// The dealer's settlements, by day settled.
    static Core::Result<QList<RebateSettlement>> settlements(Storage::Connection &c,
                                                             const QString &dealerUnitId);
    /// Translated: nothing earned, to settle, settled, to claw back.
    static QString stateTitle(RebatePeriodStatus::State state);
};

} // namespace Hearth::Finance
