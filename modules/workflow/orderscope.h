#pragma once

#include "orders/salesorder.h"
#include "workflow/expression.h"

#include <QString>

#include <array>

namespace Hearth::Workflow {

/// What the process engine knows about an order beyond its own fields: the outcome of the last
/// review (审单), the state of its approvals, whether it has been split (拆单), its open tasks
/// and the event being handled. Guards read these as review.outcome, approvals.*, split.done,
/// tasks.open and event.
struct OrderFacts
{
    QString reviewOutcome;  // "", "pass", "hold", "approval"
    int approvalsPending = 0;
    int approvalsRejected = 0;
    int approvalsApproved = 0;
    bool splitDone = false;
    int openTasks = 0;
    QString event;  // the event being handled, "" for automatic runs
};

/// The order as guards and rule conditions see it: order.* fields, the collection "lines" and
/// the facts above. Money is in yuan, sizes in millimetres; a field the order lacks is null.
class OrderScope : public Scope
{
public:
    explicit OrderScope(const Orders::SalesOrder &order, const OrderFacts &facts = {});

    /// Every name an order expression may use, with its type.
    static const FieldSchema &schema();
    /// The names that come from OrderFacts rather than the order: review.outcome, event, ...
    static QStringList factNames();

    Value value(const QString &name) const override;
    int count(const QString &list) const override;
    Value item(const QString &list, int index, const QString &field) const override;

    /// One field of one line ("width_mm", "template", ...), shared with LineScope.
    static Value lineField(const Orders::OrderLine &line, const QString &field);

private:
    const Orders::SalesOrder &m_order;
    OrderFacts m_facts;
};

/// One line of an order, for rules that look at a line at a time: the line's fields are plain
/// names (width_mm, custom, template, ...), the order's are order.* and lines is the collection.
class LineScope : public Scope
{
public:
    LineScope(const Orders::SalesOrder &order, int lineIndex);

    /// The line's fields as plain names plus everything OrderScope::schema() has.
    static const FieldSchema &schema();
    /// The line's own fields; expressions bound to this list (Expression::bindNames) read each
    /// of them once per LineScope, however many rules ask.
    static const QStringList &lineFieldNames();

    Value value(const QString &name) const override;
    int count(const QString &list) const override;
    Value item(const QString &list, int index, const QString &field) const override;
    const Value *slotValue(const QStringList *names, int slot) const override;

private:
    static constexpr int cacheSize = 32;

    OrderScope m_order;
    const Orders::OrderLine *m_line = nullptr;
    mutable std::array<Value, cacheSize> m_cache;
    mutable quint32 m_cached = 0;  // a bit per slot of m_cache
};

} // namespace Hearth::Workflow
