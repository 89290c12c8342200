#pragma once

#include "core/result.h"
#include "orders/salesorder.h"
#include "workflow/reviewresult.h"
#include "workflow/reviewrules.h"
#include "workflow/ruleset.h"
#include "workflow/splitplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Workflow {

class Catalogue;

/// Order review (审单): the rules of review.json run over an order, its exploded panels and the
/// catalogue, and say pass, hold (with the reasons) or approval (by whom, in order).
///
/// review.json: {"rules": [{"id", "type", "name", "name_en", "outcome": "hold" | "approval",
/// "approvers": [roles], "enabled", "channels": [codes], "processes": [codes], ...}]} with
/// the parameters of each type beside them:
///   deposit_share   min (share of the total, 0 < min ≤ 1)
///   panel_size      max_length_mm, max_width_mm, min_mm, thickness_mm: [allowed]
///   catalogue       check: ["material", "colour"] (optional, both by default)
///   address_mobile  address: ["province", "city", "district", "street"] (optional, all)
///   discount_limit  max (rate, 0 ≤ max < 1)
///   total_limit     max (yuan)
///   expression      when (a guard over OrderScope, or LineScope with "scope": "line"),
///                   message and message_en, where {name} is replaced by the name's value and
///                   {line} by the line number
///   credit_limit    (no parameters) holds a dealer's order that would take what the dealer
///                   owes above its credit limit: the balance of the view
///                   dealer_account_entries without this order, plus the order's total less
///                   its deposit, against dealer_credit_limits.limit_fen. Both come from
///                   0015_dealers.sql and are kept by finance (Finance::DealerCredit); the rule
///                   reads them by SQL on this thread's Storage::Database connection, so that
///                   workflow does not link finance. No dealer, or no limit: the order passes.
class Reviewer
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::Reviewer)

public:
    /// The rule types review.json may use.
    static QStringList types();

    /// Every problem of the rule set's review rules, each with its place
    /// ("review.json: rules[3].min"); empty when the rules can be used.
    static QList<Core::Error> validate(const RuleSet &rules);
    /// The rules read once, for reviewing many orders; the first problem when they are invalid.
    static Core::Result<Reviewer> compile(const RuleSet &rules);

    /// compile() and run() in one call.
    static Core::Result<ReviewResult> review(const Orders::SalesOrder &order,
                                             const QList<Part> &parts, const Catalogue &catalogue,
                                             const RuleSet &rules,
                                             const QString &process = QString());

    /// Reviews one order. parts are the panels the split exploded from its custom lines;
    /// process is the code of the order's process, for rules restricted to processes.
    ReviewResult run(const Orders::SalesOrder &order, const QList<Part> &parts,
                     const Catalogue &catalogue, const QString &process = QString()) const;

    /// The ids of the rules, in order, enabled or not.
    QStringList ruleIds() const;

    /// The rule's name in the language of the interface (name or name_en).
    QString ruleName(const QString &id) const;

private:
    QList<Internal::ReviewRule> m_rules;
};

} // namespace Hearth::Workflow
