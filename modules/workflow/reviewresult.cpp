#include "reviewresult.h"

namespace Hearth::Workflow {

namespace {

QList<ReviewFinding> withOutcome(const QList<ReviewFinding> &findings,
                                 ReviewFinding::Outcome outcome)
{
    QList<ReviewFinding> result;
    for (const ReviewFinding &f : findings) {
        if (f.outcome == outcome)
            result.append(f);
    }
    return result;
}

} // namespace

ReviewFinding::Outcome ReviewResult::outcome() const
{
    ReviewFinding::Outcome worst = ReviewFinding::Outcome::Pass;
    for (const ReviewFinding &f : findings) {
        if (f.outcome == ReviewFinding::Outcome::Hold)
            return ReviewFinding::Outcome::Hold;
        if (f.outcome == ReviewFinding::Outcome::Approval)
            worst = ReviewFinding::Outcome::Approval;
    }
    return worst;
}

QList<ReviewFinding> ReviewResult::holds() const
{
    return withOutcome(findings, ReviewFinding::Outcome::Hold);
}

QList<ReviewFinding> ReviewResult::approvals() const
{
    return withOutcome(findings, ReviewFinding::Outcome::Approval);
}

QString outcomeCode(ReviewFinding::Outcome outcome)
{
    switch (outcome) {
    case ReviewFinding::Outcome::Pass:
        return QStringLiteral("pass");
    case ReviewFinding::Outcome::Hold:
        return QStringLiteral("hold");
    case ReviewFinding::Outcome::Approval:
        return QStringLiteral("approval");
    }
    return {};
}

} // namespace Hearth::Workflow
