#include "dryrun.h"

#include "catalogue.h"
#include "orders/orderrepository.h"
#include "reviewer.h"
#include "splitter.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QSet>

namespace Hearth::Workflow {

using Storage::Connection;
using Storage::Statement;

namespace {

struct Side
{
    ReviewFinding::Outcome outcome = ReviewFinding::Outcome::Pass;
    QStringList messages;
    SplitPlan plan;
};

Core::Result<Side> evaluate(const Orders::SalesOrder &order, const Splitter &splitter,
                            const Reviewer &reviewer, const Catalogue &catalogue,
                            const QString &process)
{
    auto plan = splitter.plan(order);
    if (!plan)
        return plan.error();
    Side side;
    side.plan = plan.value();
    const ReviewResult review = reviewer.run(order, side.plan.parts, catalogue, process);
    side.outcome = review.outcome();
    // Held or waiting for approval, the order is not split: it would have no tasks yet.
    if (side.outcome != ReviewFinding::Outcome::Pass)
        side.plan.tasks.clear();
    for (const ReviewFinding &f : review.findings) {
        if (f.outcome != ReviewFinding::Outcome::Pass)
            side.messages.append(f.message);
    }
    return side;
}

QStringList missingFrom(const QStringList &a, const QStringList &b)
{
    const QSet<QString> other(b.begin(), b.end());
    QStringList out;
    for (const QString &m : a) {
        if (!other.contains(m))
            out.append(m);
    }
    return out;
}

} // namespace

bool OrderDryRun::changed() const
{
    return reviewBefore != reviewAfter || !findingsAdded.isEmpty() || !findingsRemoved.isEmpty()
        || !tasks.isEmpty() || !error.isEmpty();
}

Core::Result<DryRunReport> DryRun::run(const QDate &from, const QDate &to,
                                       const RuleSet &current, const RuleSet &candidate,
                                       const std::function<void(int, int)> &progress,
                                       const std::atomic_bool *cancel)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Core::Error{tr("give a period whose end is not before its start"), QString()};
    auto currentReviewer = Reviewer::compile(current);
    if (!currentReviewer)
        return currentReviewer.error();
    auto candidateReviewer = Reviewer::compile(candidate);
    if (!candidateReviewer)
        return Core::Error{candidateReviewer.error().message,
                           tr("candidate rules: %1").arg(candidateReviewer.error().where)};
    auto currentSplitter = Splitter::compile(current);
    if (!currentSplitter)
        return currentSplitter.error();
    auto candidateSplitter = Splitter::compile(candidate);
    if (!candidateSplitter)
        return Core::Error{candidateSplitter.error().message,
                           tr("candidate rules: %1").arg(candidateSplitter.error().where)};

    Connection &c = Storage::Database::connection();
    auto catalogue = Catalogue::load(c);
    if (!catalogue)
        return catalogue.error();

    struct Row
    {
        QString id;
        QString process;
    };
    QList<Row> rows;
    Statement &q = c.prepare(
        "SELECT o.id, COALESCE(d.code, '') FROM sales_orders o "
        "LEFT JOIN order_processes p ON p.order_id = o.id "
        "LEFT JOIN process_definitions d ON d.id = p.definition_id "
        "WHERE o.deleted = 0 AND o.signed_on >= ? AND o.signed_on <= ? "
        "ORDER BY o.signed_on, o.order_no");
    q.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    while (q.next())
        rows.append({q.text(0), q.text(1)});
    q.reset();

    DryRunReport report;
    report.orders = int(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        if (cancel && cancel->load())
            return Core::Error{tr("the dry run was cancelled"), QString()};
        if (progress && (i % 100 == 0))
            progress(i, int(rows.size()));
        auto order = Orders::OrderRepository::loadWith(c, rows[i].id);
        if (!order)
            continue;
        OrderDryRun r;
        r.orderId = order->id;
        r.orderNo = order->orderNo;
        r.signedOn = order->signedOn;
        auto before = evaluate(order.value(), currentSplitter.value(), currentReviewer.value(),
                               catalogue.value(), rows[i].process);
        auto after = evaluate(order.value(), candidateSplitter.value(), candidateReviewer.value(),
                              catalogue.value(), rows[i].process);
        if (!after) {
            r.error = after.error().toString();
        } else if (!before) {
            r.error = tr("the current rules fail on this order: %1")
                          .arg(before.error().toString());
        } else {
            r.reviewBefore = before->outcome;
            r.reviewAfter = after->outcome;
            r.findingsAdded = missingFrom(after->messages, before->messages);
            r.findingsRemoved = missingFrom(before->messages, after->messages);
            r.tasks = PlanDiff::compare(before->plan, after->plan);
        }
        if (r.changed()) {
            ++report.changed;
            report.results.append(r);
        }
    }
    if (progress)
        progress(int(rows.size()), int(rows.size()));
    return report;
}

QString DryRun::toText(const DryRunReport &report)
{
    QString text;
    for (const OrderDryRun &r : report.results) {
        text += tr("%1 (signed %2)").arg(r.orderNo, r.signedOn.toString(Qt::ISODate));
        text += u'\n';
        if (!r.error.isEmpty()) {
            text += QStringLiteral("  ! ") + r.error + u'\n';
            continue;
        }
        if (r.reviewBefore != r.reviewAfter) {
            text += tr("  review: %1 → %2")
                        .arg(outcomeCode(r.reviewBefore), outcomeCode(r.reviewAfter))
                    + u'\n';
        }
        for (const QString &m : r.findingsAdded)
            text += QStringLiteral("  + ") + m + u'\n';
        for (const QString &m : r.findingsRemoved)
            text += QStringLiteral("  - ") + m + u'\n';
        for (const PlanChange &change : r.tasks.changes) {
            const QString sign = change.kind == PlanChange::Kind::Add      ? QStringLiteral("+")
                                 : change.kind == PlanChange::Kind::Cancel ? QStringLiteral("-")
                                                                           : QStringLiteral("~");
            text += QStringLiteral("  %1 %2: %3\n").arg(sign, change.taskKey, change.what);
        }
    }
    text += tr("%n order(s) in the period", nullptr, report.orders) + QStringLiteral(", ")
            + tr("%n would change", nullptr, report.changed) + u'\n';
    return text;
}

} // namespace Hearth::Workflow
