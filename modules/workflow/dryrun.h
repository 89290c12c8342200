#pragma once

#include "core/result.h"
#include "reviewresult.h"
#include "ruleset.h"
#include "splitplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Hearth::Workflow {

/// How one order would fare under a candidate rule set compared with the current one.
struct OrderDryRun
{
    QString orderId;
    QString orderNo;
    QDate signedOn;
    ReviewFinding::Outcome reviewBefore = ReviewFinding::Outcome::Pass;
    ReviewFinding::Outcome reviewAfter = ReviewFinding::Outcome::Pass;
    QStringList findingsAdded;    // messages the candidate adds
    QStringList findingsRemoved;  // messages it no longer gives
    PlanDiff tasks;               // the candidate's split against the current one
    QString error;                // the candidate could not split or review the order

    bool changed() const;
};

struct DryRunReport
{
    int orders = 0;
    int changed = 0;
    QList<OrderDryRun> results;  // only the orders that change, in signing order
};

/// Replays the orders signed in a period through two rule sets and reports, order by order,
/// how review and split would differ — before a changed rule set is switched on. Reads only.
class DryRun
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::DryRun)

public:
    static Core::Result<DryRunReport> run(const QDate &from, const QDate &to,
                                          const RuleSet &current, const RuleSet &candidate,
                                          const std::function<void(int, int)> &progress = {},
                                          const std::atomic_bool *cancel = nullptr);
    /// The report as text, one block an order, as hearthctl prints it.
    static QString toText(const DryRunReport &report);
};

} // namespace Hearth::Workflow
