#pragma once

#include "core/result.h"
#include "workflow/ruleset.h"
#include "workflow/splitplan.h"

#include <QCoreApplication>
#include <QList>

#include <memory>

namespace Hearth::Orders {
struct SalesOrder;
}

namespace Hearth::Workflow {

class CabinetTemplate;
struct SplitRules;

/// The split (拆单): turns an approved order into the tasks, parts and hardware of a SplitPlan
/// by the rule set's split.json and cabinet templates — work orders per workshop, purchases
/// per supplier, collections, an installation job and a shipment; a re-make (补件) becomes rush
/// work orders only. Pure logic: reads and writes no database.
class Splitter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::Splitter)

public:
    Splitter();
    ~Splitter();
    Splitter(const Splitter &other);
    Splitter &operator=(const Splitter &other);

    /// Every problem of the split rules and the templates, each with its place.
    static QList<Core::Error> validate(const RuleSet &rules);
    /// Reads and checks the rules once, for splitting many orders.
    static Core::Result<Splitter> compile(const RuleSet &rules);
    /// compile() and plan() in one; the last two rule sets compiled are kept per thread.
    static Core::Result<SplitPlan> split(const Orders::SalesOrder &order, const RuleSet &rules);

    /// The plan for one order. An error names the order, the line and what is wrong with it;
    /// lines no rule matches and templates that cannot apply are warnings in the plan.
    Core::Result<SplitPlan> plan(const Orders::SalesOrder &order) const;

    const SplitRules &rules() const;
    /// The template of that id, or nullptr.
    const CabinetTemplate *cabinetTemplate(const QString &id) const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace Hearth::Workflow
