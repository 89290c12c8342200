#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Workflow {

/// What one review (审单) rule says of an order.
struct ReviewFinding
{
    enum class Outcome { Pass, Hold, Approval };
    QString rule;          // the rule's id: "deposit", "panel_size", "catalogue", ...
    Outcome outcome = Outcome::Pass;
    QString message;       // translated, names the line and the value
    int lineNo = 0;        // 0 for the whole order
    QStringList approvers; // roles that must approve, in order, for Outcome::Approval

    bool operator==(const ReviewFinding &) const = default;
};

/// All the rules' findings; the order passes only when no finding holds it or needs approval.
struct ReviewResult
{
    QList<ReviewFinding> findings;

    /// Hold beats Approval beats Pass.
    ReviewFinding::Outcome outcome() const;
    QList<ReviewFinding> holds() const;
    QList<ReviewFinding> approvals() const;
};

QString outcomeCode(ReviewFinding::Outcome outcome);

} // namespace Hearth::Workflow
