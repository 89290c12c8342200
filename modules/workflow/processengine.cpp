#include "processengine.h"

#include "approvalstore.h"
#include "assigner.h"
#include "catalogue.h"
#include "defaultsetup.h"
#include "definitionstore.h"
#include "orders/orderrepository.h"
#include "orderscope.h"
#include "orgunits.h"
#include "processdefinition.h"
#include "reviewer.h"
#include "rulesetstore.h"
#include "splitter.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "taskrows.h"
#include "taskstore.h"
#include "workcalendar.h"
#include "writescope.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcEngine, "hearth.workflow.engine", QtWarningMsg)

namespace Hearth::Workflow {

using Internal::TaskRows;
using Orders::SalesOrder;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;

namespace {

constexpr int MaxStepsPerRun = 32;
constexpr int BatchSize = 200;
// Who decides a change made after production started (改单审批).
const QStringList amendmentApprovers{QStringLiteral("planner")};
constexpr char AmendmentKind[] = "amendment:";

QString definitionId(const ProcessDefinition &d)
{
    return d.code() + u'@' + QString::number(d.version());
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString compact(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

/// The row of order_processes: where an order stands in its process.
struct ProcessRow
{
    QString definitionId;
    int ruleSet = 0;
    QString state;
    QString enteredAt;
    QString stateDueAt;
    bool stateEscalated = false;
    QString reviewOutcome;
    QString splitHash;
    QString splitPlan;
    QString amendment;  // the plan fingerprint of an amendment waiting for approval
    QString hlc;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("definition"), definitionId},
                {QStringLiteral("rule_set"), ruleSet},
                {QStringLiteral("state"), state},
                {QStringLiteral("entered_at"), enteredAt},
                {QStringLiteral("review_outcome"), reviewOutcome},
                {QStringLiteral("split"), splitHash},
                {QStringLiteral("amendment"), amendment}};
    }
};

std::optional<ProcessRow> loadRow(Connection &c, const QString &orderId)
{
    Statement &q = c.prepare(
        "SELECT definition_id, COALESCE(rule_set, 0), state, entered_at, "
        "COALESCE(state_due_at, ''), state_escalated, COALESCE(review_outcome, ''), "
        "COALESCE(split_hash, ''), COALESCE(split_plan, ''), COALESCE(amendment, ''), hlc "
        "FROM order_processes WHERE order_id = ? AND deleted = 0");
    q.bind(1, orderId);
    if (!q.next()) {
        q.reset();
        return std::nullopt;
    }
    ProcessRow r{q.text(0), int(q.int64(1)), q.text(2),  q.text(3), q.text(4),  q.int64(5) != 0,
                 q.text(6), q.text(7),       q.text(8),  q.text(9), q.text(10)};
    q.reset();
    return r;
}

Core::Status saveRow(Connection &c, const QString &orderId, ProcessRow &row, bool isNew,
                     const QJsonObject &before, const QString &reason)
{
    row.hlc = Storage::Database::clock().now();
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    Statement &q = isNew
        ? c.prepare("INSERT INTO order_processes(definition_id, rule_set, state, entered_at, "
                    "state_due_at, state_escalated, review_outcome, split_hash, split_plan, "
                    "amendment, hlc, updated_at, order_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        : c.prepare("UPDATE order_processes SET definition_id = ?, rule_set = ?, state = ?, "
                    "entered_at = ?, state_due_at = ?, state_escalated = ?, review_outcome = ?, "
                    "split_hash = ?, split_plan = ?, amendment = ?, hlc = ?, updated_at = ? "
                    "WHERE order_id = ?");
    q.bind(1, row.definitionId)
        .bind(2, row.ruleSet)
        .bind(3, row.state)
        .bind(4, row.enteredAt)
        .bind(5, row.stateDueAt.isEmpty() ? QString() : row.stateDueAt)
        .bind(6, qint64(row.stateEscalated))
        .bind(7, row.reviewOutcome.isEmpty() ? QString() : row.reviewOutcome)
        .bind(8, row.splitHash.isEmpty() ? QString() : row.splitHash)
        .bind(9, row.splitPlan.isEmpty() ? QString() : row.splitPlan)
        .bind(10, row.amendment.isEmpty() ? QString() : row.amendment)
        .bind(11, row.hlc)
        .bind(12, now)
        .bind(13, orderId);
    if (!q.exec())
        return Internal::dbError(q, "order_processes");
    if (reason.isEmpty())
        return {};
    return ChangeLog::record(c, {QStringLiteral("order_processes"), orderId,
                                 isNew ? ChangeLog::Op::Insert : ChangeLog::Op::Update, before,
                                 row.toJson(), row.hlc, reason});
}

QString stateName(const ProcessDefinition &d, const QString &id)
{
    const ProcessState *s = d.state(id);
    return s && !s->name.isEmpty() ? s->name : id;
}

} // namespace

struct ProcessEngine::Private
{
    QList<ProcessDefinition> active;
    QHash<QString, ProcessDefinition> byId;
    RuleSet rules;
    std::optional<Splitter> splitter;
    std::optional<Reviewer> reviewer;
    Catalogue catalogue;
    WorkCalendar calendar;
    QDateTime fixedNow;
    bool prepared = false;

    QDateTime now() const
    {
        return fixedNow.isValid() ? fixedNow : QDateTime::currentDateTimeUtc();
    }
    Core::Result<const ProcessDefinition *> definition(Connection &c, const QString &id);

    // One order, inside the caller's transaction.
    Core::Result<OrderStep> run(Connection &c, const QString &orderId, const QString &event,
                                const QString &reason);
    Core::Status enter(Connection &c, SalesOrder &order, ProcessRow &row,
                       const ProcessDefinition &d, const QString &state, OrderStep &step);
    Core::Status act(Connection &c, SalesOrder &order, ProcessRow &row,
                     const ProcessDefinition &d, const ProcessAction &action, OrderStep &step);
    Core::Status review(Connection &c, const SalesOrder &order, ProcessRow &row,
                        const ProcessDefinition &d, OrderStep &step);
    Core::Status requestApproval(Connection &c, const SalesOrder &order,
                                 const ProcessAction &action, OrderStep &step);
    Core::Status split(Connection &c, const SalesOrder &order, ProcessRow &row,
                       const ProcessAction &action, OrderStep &step);
    Core::Status createTask(Connection &c, const SalesOrder &order, const ProcessAction &action,
                            OrderStep &step);
    Core::Status setDate(Connection &c, SalesOrder &order, const ProcessAction &action,
                         OrderStep &step);
    Core::Status cancelTasks(Connection &c, const SalesOrder &order, const QStringList &kinds,
                             const QString &reason, OrderStep &step);
    Core::Status amend(Connection &c, const SalesOrder &order, ProcessRow &row,
                       OrderStep &step);
    Core::Status applyPlan(Connection &c, const SalesOrder &order, ProcessRow &row,
                           const SplitPlan &plan, const PlanDiff *diff, OrderStep &step);
    Core::Status approvalTasks(Connection &c, const QString &orderId, const QString &orderNo,
                               OrderStep &step);
    Core::Result<OrderFacts> facts(Connection &c, const QString &orderId, const ProcessRow &row,
                                   const QString &event);
    Core::Result<QString> assign(Connection &c, const Assignee &assignee, QString *unitId);
    Core::Status writeParts(Connection &c, const SalesOrder &order, const SplitPlan &plan);
    Core::Status escalateState(Connection &c, const SalesOrder &order, ProcessRow &row,
                               const ProcessDefinition &d, OrderStep &step);
};

Core::Result<const ProcessDefinition *> ProcessEngine::Private::definition(Connection &c,
                                                                           const QString &id)
{
    auto it = byId.constFind(id);
    if (it != byId.constEnd())
        return &it.value();
    auto loaded = DefinitionStore::load(c, id);
    if (!loaded)
        return loaded.error();
    return &byId.insert(id, loaded.value()).value();
}

Core::Result<OrderFacts> ProcessEngine::Private::facts(Connection &c, const QString &orderId,
                                                       const ProcessRow &row,
                                                       const QString &event)
{
    OrderFacts f;
    f.reviewOutcome = row.reviewOutcome;
    f.splitDone = !row.splitHash.isEmpty();
    f.event = event;
    // Review's approvals; an amendment's approval is the engine's own (see amend()).
    auto approvals = ApprovalStore::state(c, orderId, QLatin1String(AmendmentKind));
    if (!approvals)
        return approvals.error();
    f.approvalsPending = approvals->pending;
    f.approvalsApproved = approvals->approved;
    f.approvalsRejected = approvals->rejected;
    Statement &q = c.prepare(
        "SELECT COUNT(*) FROM tasks WHERE order_id = ? AND deleted = 0 "
        "AND status IN ('open', 'claimed', 'started')");
    q.bind(1, orderId);
    if (q.next())
        f.openTasks = int(q.int64(0));
    q.reset();
    return f;
}

Core::Result<QString> ProcessEngine::Private::assign(Connection &c, const Assignee &assignee,
                                                     QString *unitId)
{
    auto picked = Assigner::assign(c, assignee);
    if (!picked && !assignee.unitCode.isEmpty() && !assignee.role.isEmpty()) {
        // A unit the site has removed: the role's pool still gets the task.
        qCWarning(lcEngine) << "unit" << assignee.unitCode << "unusable:"
                            << picked.error().toString() << "- assigning by role";
        picked = Assigner::assign(c, {assignee.role, QString(), assignee.strategy});
    }
    if (!picked)
        return picked.error();
    *unitId = picked->unitId;
    if (!picked->assigned() && !picked->unitId.isEmpty()) {
        // Nobody of the unit can take it: its lead (or the nearest lead above) does, so that
        // the task reaches a person rather than waiting in an empty pool.
        const QString lead = OrgUnits::leadOfUnit(c, picked->unitId);
        if (!lead.isEmpty())
            return lead;
        qCWarning(lcEngine) << "nobody in" << picked->pool << "and no lead: the task waits";
    }
    return picked->userId;
}

Core::Status ProcessEngine::Private::enter(Connection &c, SalesOrder &order, ProcessRow &row,
                                           const ProcessDefinition &d, const QString &stateId,
                                           OrderStep &step)
{
    const ProcessState *state = d.state(stateId);
    if (!state)
        return Core::Error{tr("the process has no state \"%1\"").arg(stateId), d.label()};
    const QJsonObject before = row.toJson();
    const QString from = row.state;
    row.state = stateId;
    row.enteredAt = isoUtc(now());
    row.stateEscalated = false;
    row.stateDueAt = state->deadline
        ? isoUtc(calendar.addWorkingHours(now(), state->deadline->workingHours))
        : QString();
    const QString reason = from.isEmpty()
        ? tr("%1 started: %2").arg(d.name(), state->name)
        : tr("%1 → %2").arg(stateName(d, from), state->name);
    if (auto s = saveRow(c, order.id, row, false, before, reason); !s)
        return s;
    step.toState = stateId;
    step.events.append(reason);

    // An order a channel sent as confirmed (reviewing, approved) keeps that status while its
    // process starts: it goes on to review from there (approved → reviewing is a step every
    // process allows), never back to new, which the server refuses.
    const bool confirmedAtStart = from.isEmpty() && state->status == Orders::OrderStatus::New
                                  && (order.status == Orders::OrderStatus::Reviewing
                                      || order.status == Orders::OrderStatus::Approved);
    if (order.status != state->status && !confirmedAtStart) {
        Statement &q = c.prepare(
            "UPDATE sales_orders SET status = ?, hlc = ?, updated_at = ? WHERE id = ?");
        const QString hlc = Storage::Database::clock().now();
        q.bind(1, Orders::statusCode(state->status))
            .bind(2, hlc)
            .bind(3, isoUtc(QDateTime::currentDateTimeUtc()))
            .bind(4, order.id);
        if (!q.exec())
            return Internal::dbError(q, "sales_orders");
        const QJsonObject was{{QStringLiteral("status"), Orders::statusCode(order.status)}};
        order.status = state->status;
        const QJsonObject is{{QStringLiteral("status"), Orders::statusCode(order.status)}};
        if (auto s = ChangeLog::record(c, {QStringLiteral("sales_orders"), order.id,
                                           ChangeLog::Op::Update, was, is, hlc, QString()});
            !s)
            return s;
    }
    for (const ProcessAction &action : state->onEnter) {
        if (auto s = act(c, order, row, d, action, step); !s)
            return s;
    }
    return {};
}

Core::Status ProcessEngine::Private::act(Connection &c, SalesOrder &order, ProcessRow &row,
                                         const ProcessDefinition &d,
                                         const ProcessAction &action, OrderStep &step)
{
    using Type = ProcessAction::Type;
    switch (action.type) {
    case Type::Review:
        return review(c, order, row, d, step);
    case Type::RequestApproval:
        return requestApproval(c, order, action, step);
    case Type::Split:
        return split(c, order, row, action, step);
    case Type::CreateTask:
    case Type::Notify:
        return createTask(c, order, action, step);
    case Type::SetDate:
        return setDate(c, order, action, step);
    case Type::CancelTasks:
        return cancelTasks(c, order, action.cancelKinds, tr("the process cancelled it"), step);
    }
    return {};
}

Core::Status ProcessEngine::Private::review(Connection &c, const SalesOrder &order,
                                            ProcessRow &row, const ProcessDefinition &d,
                                            OrderStep &step)
{
    ReviewResult result;
    auto plan = splitter->plan(order);
    if (!plan) {
        result.findings.append({QStringLiteral("split"), ReviewFinding::Outcome::Hold,
                                tr("the order cannot be split: %1")
                                    .arg(plan.error().toString()),
                                0, {}});
    } else {
        result = reviewer->run(order, plan->parts, catalogue, d.code());
    }
    const QString runAt = isoUtc(now());
    QJsonArray findings;
    for (const ReviewFinding &f : result.findings) {
        if (f.outcome == ReviewFinding::Outcome::Pass)
            continue;
        Statement &q = c.prepare(
            "INSERT INTO review_findings(order_id, run_at, rule, outcome, line_no, message, "
            "approvers) VALUES (?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, order.id)
            .bind(2, runAt)
            .bind(3, f.rule)
            .bind(4, outcomeCode(f.outcome))
            .bind(5, f.lineNo > 0 ? std::optional<qint64>(f.lineNo) : std::nullopt)
            .bind(6, f.message)
            .bind(7, f.approvers.isEmpty() ? QString() : f.approvers.join(u','));
        if (!q.exec())
            return Internal::dbError(q, "review_findings");
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("outcome"), outcomeCode(f.outcome)},
                                    {QStringLiteral("message"), f.message}});
    }
    const QJsonObject before = row.toJson();
    row.reviewOutcome = outcomeCode(result.outcome());
    const QString summary = result.outcome() == ReviewFinding::Outcome::Pass
        ? tr("review passed")
        : result.outcome() == ReviewFinding::Outcome::Hold
            ? tr("review held the order: %1").arg(result.holds().first().message)
            : tr("review asks for approval: %1").arg(result.approvals().first().message);
    if (auto s = saveRow(c, order.id, row, false, before, QString()); !s)
        return s;
    const QJsonObject after{{QStringLiteral("outcome"), row.reviewOutcome},
                            {QStringLiteral("findings"), findings}};
    if (auto s = ChangeLog::recordLocal(c, {QStringLiteral("review_findings"), order.id,
                                            ChangeLog::Op::Insert, QJsonObject(), after,
                                            row.hlc, summary});
        !s)
        return s;
    step.events.append(summary);
    return {};
}

Core::Status ProcessEngine::Private::requestApproval(Connection &c, const SalesOrder &order,
                                                     const ProcessAction &action,
                                                     OrderStep &step)
{
    if (!action.approverRoles.isEmpty()) {
        auto id = ApprovalStore::request(c, order.id, action.approvalKind, action.approverRoles,
                                         action.title.isEmpty() ? action.approvalKind
                                                                : action.title);
        if (!id)
            return id.error();
    } else {
        // The approvals the last review asked for, one request per rule.
        Statement &q = c.prepare(
            "SELECT rule, message, COALESCE(approvers, '') FROM review_findings WHERE "
            "order_id = ? AND outcome = 'approval' AND run_at = (SELECT MAX(run_at) FROM "
            "review_findings WHERE order_id = ?) ORDER BY id");
        q.bind(1, order.id).bind(2, order.id);
        struct Asked
        {
            QString rule;
            QString message;
            QStringList roles;
        };
        QList<Asked> asked;
        while (q.next())
            asked.append({q.text(0), q.text(1), q.text(2).split(u',', Qt::SkipEmptyParts)});
        q.reset();
        for (const Asked &a : asked) {
            const QStringList roles = a.roles.isEmpty()
                ? QStringList{QStringLiteral("sales_manager")}
                : a.roles;
            auto id = ApprovalStore::request(c, order.id, a.rule, roles, a.message);
            if (!id)
                return id.error();
        }
    }
    return approvalTasks(c, order.id, order.orderNo, step);
}

Core::Status ProcessEngine::Private::approvalTasks(Connection &c, const QString &orderId,
                                                   const QString &orderNo, OrderStep &step)
{
    auto steps = ApprovalStore::forOrder(c, orderId);
    if (!steps)
        return steps.error();
    for (const Approval &a : steps.value()) {
        if (a.status != QLatin1String(ApprovalStore::Pending))
            continue;
        Assignee pool{a.role, QString(), QLatin1String(Assigner::RoundRobin)};
        QString unitId;
        auto user = assign(c, pool, &unitId);
        if (!user)
            return user.error();
        NewTask t;
        t.orderId = orderId;
        t.key = QStringLiteral("approval:") + a.id;
        t.kind = QStringLiteral("approval");
        t.title = tr("Approve order %1 (step %2, %3): %4")
                      .arg(orderNo)
                      .arg(a.step)
                      .arg(ApprovalStore::roleTitle(a.role), a.reason);
        t.role = a.role;
        t.assigneeId = user.value();
        t.dueAt = calendar.addWorkingHours(now(), 8);
        t.details = QJsonObject{{QStringLiteral("approval_id"), a.id},
                                {QStringLiteral("request"), a.request},
                                {QStringLiteral("step"), a.step},
                                {QStringLiteral("reason"), a.reason}};
        t.reason = tr("approval requested");
        auto created = TaskStore::create(c, t);
        if (!created)
            return created.error();
        ++step.tasksCreated;
    }
    return {};
}

Core::Status ProcessEngine::Private::writeParts(Connection &c, const SalesOrder &order,
                                                const SplitPlan &plan)
{
    Statement &clearParts = c.prepare("DELETE FROM order_parts WHERE order_id = ?");
    clearParts.bind(1, order.id);
    Statement &clearHardware = c.prepare("DELETE FROM order_hardware WHERE order_id = ?");
    clearHardware.bind(1, order.id);
    if (!clearParts.exec())
        return Internal::dbError(clearParts, "order_parts");
    if (!clearHardware.exec())
        return Internal::dbError(clearHardware, "order_hardware");
    for (const Part &p : plan.parts) {
        Statement &q = c.prepare(
            "INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
            "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain, material, "
            "colour) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // The same part gets the same id on every desk that splits the order.
        q.bind(1, TaskRows::keyedId(QStringLiteral("order_parts"), order.id, p.key))
            .bind(2, order.id)
            .bind(3, p.lineId)
            .bind(4, p.taskKey)
            .bind(5, p.key)
            .bind(6, p.name)
            .bind(7, p.lengthMm)
            .bind(8, p.widthMm)
            .bind(9, p.thicknessMm)
            .bind(10, p.quantity)
            .bind(11, p.areaMm2)
            .bind(12, p.edgeMm)
            .bind(13, p.edges)
            .bind(14, p.grain)
            .bind(15, p.material)
            .bind(16, p.colour);
        if (!q.exec())
            return Internal::dbError(q, "order_parts");
    }
    for (const HardwareItem &h : plan.hardware) {
        Statement &q = c.prepare(
            "INSERT INTO order_hardware(id, order_id, line_id, task_key, item_key, code, name, "
            "quantity_micros, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, TaskRows::keyedId(QStringLiteral("order_hardware"), order.id, h.key))
            .bind(2, order.id)
            .bind(3, h.lineId)
            .bind(4, h.taskKey)
            .bind(5, h.key)
            .bind(6, h.code)
            .bind(7, h.name)
            .bind(8, h.quantity)
            .bind(9, h.unit);
        if (!q.exec())
            return Internal::dbError(q, "order_hardware");
    }
    return {};
}

Core::Status ProcessEngine::Private::applyPlan(Connection &c, const SalesOrder &order,
                                               ProcessRow &row, const SplitPlan &plan,
                                               const PlanDiff *diff, OrderStep &step)
{
    const QString reason = diff ? tr("amendment") : tr("split");
    auto createFrom = [&](const PlannedTask &p) -> Core::Status {
        QString unitId;
        auto user = assign(c, p.assignee, &unitId);
        if (!user)
            return Core::Error{user.error().message,
                               tr("%1, task %2").arg(order.orderNo, p.key)};
        NewTask t;
        t.orderId = order.id;
        t.key = p.key;
        t.kind = p.kind;
        t.title = p.title;
        t.role = p.assignee.role;
        t.unitId = unitId;
        t.assigneeId = user.value();
        if (p.dueWorkingHours > 0)
            t.dueAt = calendar.addWorkingHours(now(), p.dueWorkingHours);
        t.amountFen = p.amountFen;
        t.details = p.details;
        t.reason = reason;
        auto created = TaskStore::create(c, t);
        if (!created)
            return created.error();
        ++step.tasksCreated;
        return {};
    };

    if (!diff) {
        step.split = true;
        for (const PlannedTask &p : plan.tasks) {
            if (auto s = createFrom(p); !s)
                return s;
        }
    } else {
        for (const PlanChange &change : diff->changes) {
            const QString why = tr("amendment: %1").arg(change.what);
            if (change.kind == PlanChange::Kind::Add) {
                // A key used before (a task cancelled by an earlier amendment) comes back.
                const auto old = TaskStore::findByKey(c, order.id, change.taskKey);
                if (old && !old->isActive()) {
                    // A tombstone that syncs: the key's new task takes the next id of its
                    // series on every desk (TaskRows::newTaskId).
                    const QString hlc = Storage::Database::clock().now();
                    Statement &q = c.prepare("UPDATE tasks SET deleted = 1, hlc = ? WHERE id = ?");
                    q.bind(1, hlc).bind(2, old->id);
                    if (!q.exec())
                        return Internal::dbError(q, "tasks");
                    if (Core::Status s = ChangeLog::record(
                            c, {QStringLiteral("tasks"), old->id, ChangeLog::Op::Delete,
                                old->toJson(), {}, hlc, why},
                            order.id);
                        !s) {
                        return s;
                    }
                }
                if (auto s = createFrom(change.after); !s)
                    return s;
                continue;
            }
            const auto task = TaskStore::findByKey(c, order.id, change.taskKey);
            if (!task || !task->isActive())
                continue;
            if (change.kind == PlanChange::Kind::Cancel) {
                auto done = TaskStore::cancel(c, task->id, QString(), why);
                if (!done)
                    return done.error();
                ++step.tasksCancelled;
            } else {
                TaskAdjustment adjust;
                adjust.title = change.after.title;
                adjust.details = change.after.details;
                adjust.amountFen = change.after.amountFen;
                auto done = TaskStore::adjust(c, task->id, QString(), adjust, why);
                if (!done)
                    return done.error();
                ++step.tasksAdjusted;
            }
        }
    }
    if (auto s = writeParts(c, order, plan); !s)
        return s;
    const QJsonObject before = row.toJson();
    row.splitHash = plan.fingerprint();
    row.splitPlan = compact(plan.toJson());
    row.amendment.clear();
    const QString summary = diff
        ? tr("amendment applied: %1 task(s) added, %2 changed, %3 cancelled")
              .arg(step.tasksCreated)
              .arg(step.tasksAdjusted)
              .arg(step.tasksCancelled)
        : tr("split into %n task(s)", nullptr, int(plan.tasks.size()))
              + tr(", %n part(s)", nullptr, int(plan.parts.size()));
    step.events.append(summary);
    for (const QString &w : plan.warnings)
        step.events.append(tr("split warning: %1").arg(w));
    return saveRow(c, order.id, row, false, before, summary);
}

Core::Status ProcessEngine::Private::split(Connection &c, const SalesOrder &order,
                                           ProcessRow &row, const ProcessAction &action,
                                           OrderStep &step)
{
    Q_UNUSED(action);
    if (!row.splitHash.isEmpty())
        return {};
    auto plan = splitter->plan(order);
    if (!plan)
        return plan.error();
    return applyPlan(c, order, row, plan.value(), nullptr, step);
}

Core::Status ProcessEngine::Private::createTask(Connection &c, const SalesOrder &order,
                                                const ProcessAction &action, OrderStep &step)
{
    NewTask t;
    t.orderId = order.id;
    t.kind = action.taskKind.isEmpty()
        ? (action.type == ProcessAction::Type::Notify ? QStringLiteral("notify")
                                                      : QStringLiteral("task"))
        : action.taskKind;
    // A task the process makes again (a second hold) is a new task, not the finished one.
    const QString base = action.taskKey.isEmpty() ? t.kind : action.taskKey;
    t.key = base;
    for (int n = 2;; ++n) {
        const auto existing = TaskStore::findByKey(c, order.id, t.key);
        if (!existing)
            break;
        if (existing->isActive())
            return {};  // still open: nothing new to ask
        t.key = base + u'#' + QString::number(n);
    }
    t.title = tr("%1: %2").arg(order.orderNo, action.title);

    QJsonObject details{{QStringLiteral("order_no"), order.orderNo}};
    if (action.taskKind == QLatin1String("fix_order") || t.kind == QLatin1String("fix_order")) {
        QJsonArray reasons;
        Statement &q = c.prepare(
            "SELECT message FROM review_findings WHERE order_id = ? AND outcome = 'hold' AND "
            "run_at = (SELECT MAX(run_at) FROM review_findings WHERE order_id = ?) ORDER BY id");
        q.bind(1, order.id).bind(2, order.id);
        while (q.next())
            reasons.append(q.text(0));
        q.reset();
        auto approvals = ApprovalStore::forOrder(c, order.id);
        if (approvals) {
            for (const Approval &a : approvals.value()) {
                if (a.status == QLatin1String(ApprovalStore::Rejected))
                    reasons.append(tr("rejected by %1: %2")
                                       .arg(ApprovalStore::roleTitle(a.role), a.comment));
            }
        }
        details.insert(QStringLiteral("reasons"), reasons);
        if (!reasons.isEmpty())
            t.title += QStringLiteral(" — ") + reasons.first().toString();
    }
    t.details = details;
    if (action.toOwner && !order.ownerId.isEmpty()) {
        t.assigneeId = order.ownerId;
    } else {
        Assignee pool = action.assignee;
        if (action.toOwner || (pool.role.isEmpty() && pool.unitCode.isEmpty()))
            pool = {QStringLiteral("clerk"), QString(), QLatin1String(Assigner::RoundRobin)};
        QString unitId;
        auto user = assign(c, pool, &unitId);
        if (!user)
            return user.error();
        t.role = pool.role;
        t.unitId = unitId;
        t.assigneeId = user.value();
    }
    if (action.dueWorkingHours > 0)
        t.dueAt = calendar.addWorkingHours(now(), action.dueWorkingHours);
    t.reason = tr("process: %1").arg(action.title);
    auto created = TaskStore::create(c, t);
    if (!created)
        return created.error();
    ++step.tasksCreated;
    return {};
}

Core::Status ProcessEngine::Private::setDate(Connection &c, SalesOrder &order,
                                             const ProcessAction &action, OrderStep &step)
{
    if (action.field != QLatin1String("promised_on"))
        return {};
    if (action.onlyIfEmpty && order.promisedOn.isValid())
        return {};
    const QDate from = order.signedOn.isValid()
        ? order.signedOn
        : now().toTimeZone(calendar.timeZone()).date();
    const QDate promised = calendar.addWorkingDays(from, action.workingDays);
    Statement &q = c.prepare(
        "UPDATE sales_orders SET promised_on = ?, hlc = ?, updated_at = ? WHERE id = ?");
    const QString hlc = Storage::Database::clock().now();
    q.bind(1, promised.toString(Qt::ISODate))
        .bind(2, hlc)
        .bind(3, isoUtc(QDateTime::currentDateTimeUtc()))
        .bind(4, order.id);
    if (!q.exec())
        return Internal::dbError(q, "sales_orders");
    const QJsonObject was{{QStringLiteral("promised_on"), order.promisedOn.toString(Qt::ISODate)}};
    order.promisedOn = promised;
    const QJsonObject is{{QStringLiteral("promised_on"), promised.toString(Qt::ISODate)}};
    const QString why = tr("promised date set to %1 (%n working day(s) after signing)", nullptr,
                           action.workingDays)
                            .arg(promised.toString(Qt::ISODate));
    step.events.append(why);
    return ChangeLog::record(c, {QStringLiteral("sales_orders"), order.id, ChangeLog::Op::Update,
                                 was, is, hlc, why});
}

Core::Status ProcessEngine::Private::cancelTasks(Connection &c, const SalesOrder &order,
                                                 const QStringList &kinds, const QString &reason,
                                                 OrderStep &step)
{
    for (const Task &t : TaskStore::forOrder(c, order.id)) {
        if (!t.isActive() || (!kinds.isEmpty() && !kinds.contains(t.kind)))
            continue;
        auto done = TaskStore::cancel(c, t.id, QString(), reason);
        if (!done)
            return done.error();
        ++step.tasksCancelled;
    }
    return {};
}

Core::Status ProcessEngine::Private::amend(Connection &c, const SalesOrder &order,
                                           ProcessRow &row, OrderStep &step)
{
    auto plan = splitter->plan(order);
    if (!plan)
        return plan.error();
    const QString fingerprint = plan->fingerprint();
    if (fingerprint == row.splitHash) {
        if (!row.amendment.isEmpty()) {
            // The order was changed back: nothing downstream changes after all.
            const QJsonObject before = row.toJson();
            row.amendment.clear();
            return saveRow(c, order.id, row, false, before,
                           tr("the amendment was undone; the tasks stand"));
        }
        return {};
    }
    const SplitPlan old = SplitPlan::fromJson(
        QJsonDocument::fromJson(row.splitPlan.toUtf8()).object());
    const PlanDiff diff = PlanDiff::compare(old, plan.value());

    // Production that has started, or work already done, is not changed without approval.
    QStringList started;
    for (const PlanChange &change : diff.changes) {
        if (change.kind == PlanChange::Kind::Add)
            continue;
        const auto task = TaskStore::findByKey(c, order.id, change.taskKey);
        if (task && (task->status == TaskStatus::Started || task->status == TaskStatus::Done))
            started.append(task->title);
    }
    if (started.isEmpty())
        return applyPlan(c, order, row, plan.value(), &diff, step);

    const QString kind = QLatin1String(AmendmentKind) + fingerprint;
    auto requests = ApprovalStore::forOrder(c, order.id);
    if (!requests)
        return requests.error();
    bool approved = false;
    bool rejected = false;
    int steps = 0;
    int approvedSteps = 0;
    for (const Approval &a : requests.value()) {
        if (a.kind != kind || a.status == QLatin1String(ApprovalStore::Withdrawn))
            continue;
        ++steps;
        approvedSteps += a.status == QLatin1String(ApprovalStore::Approved);
        rejected = rejected || a.status == QLatin1String(ApprovalStore::Rejected);
    }
    approved = steps > 0 && approvedSteps == steps;
    if (approved)
        return applyPlan(c, order, row, plan.value(), &diff, step);
    step.amendmentWaiting = true;
    if (rejected || row.amendment == fingerprint)
        return {};

    QStringList what;
    for (const PlanChange &change : diff.changes)
        what.append(change.what);
    const QString reason = tr("change after production started (%1): %2")
                               .arg(started.join(QStringLiteral(", ")),
                                    what.join(QStringLiteral("; ")));
    auto id = ApprovalStore::request(c, order.id, kind, amendmentApprovers, reason);
    if (!id)
        return id.error();
    const QJsonObject before = row.toJson();
    row.amendment = fingerprint;
    if (auto s = saveRow(c, order.id, row, false, before,
                         tr("amendment waits for approval: %1").arg(reason));
        !s)
        return s;
    step.events.append(tr("amendment waits for approval"));
    return approvalTasks(c, order.id, order.orderNo, step);
}

Core::Status ProcessEngine::Private::escalateState(Connection &c, const SalesOrder &order,
                                                   ProcessRow &row, const ProcessDefinition &d,
                                                   OrderStep &step)
{
    const ProcessState *state = d.state(row.state);
    if (!state || !state->deadline || !state->deadline->escalate || row.stateEscalated
        || row.stateDueAt.isEmpty())
        return {};
    const QDateTime due = QDateTime::fromString(row.stateDueAt, Qt::ISODateWithMs);
    if (!due.isValid() || due > now())
        return {};
    QString lead = order.ownerId.isEmpty() ? QString() : OrgUnits::leadOf(c, order.ownerId);
    NewTask t;
    t.orderId = order.id;
    t.key = QStringLiteral("overdue:") + row.state + u':' + row.enteredAt;
    t.kind = QLatin1String(TaskStore::EscalationKind);
    t.title = tr("%1 has been in \"%2\" past its deadline").arg(order.orderNo, state->name);
    if (lead.isEmpty())
        t.role = QStringLiteral("sales_manager");
    t.assigneeId = lead;
    t.dueAt = calendar.addWorkingHours(now(), TaskStore::EscalationDueWorkingHours);
    t.details = QJsonObject{{QStringLiteral("state"), row.state},
                            {QStringLiteral("due_at"), row.stateDueAt}};
    t.reason = tr("state deadline passed");
    auto created = TaskStore::create(c, t);
    if (!created)
        return created.error();
    ++step.tasksCreated;
    const QJsonObject before = row.toJson();
    row.stateEscalated = true;
    step.events.append(t.title);
    return saveRow(c, order.id, row, false, before, t.title);
}

Core::Result<OrderStep> ProcessEngine::Private::run(Connection &c, const QString &orderId,
                                                    const QString &event,
                                                    const QString &reason)
{
    auto loaded = Orders::OrderRepository::loadWith(c, orderId);
    if (!loaded)
        return loaded.error();
    SalesOrder order = loaded.value();
    OrderStep step;
    step.orderId = order.id;
    step.orderNo = order.orderNo;

    std::optional<ProcessRow> existing = loadRow(c, orderId);
    const ProcessDefinition *d = nullptr;
    ProcessRow row;
    if (!existing) {
        d = ProcessDefinition::choose(active, order);
        if (!d)
            return Core::Error{tr("no process applies to this order"), order.orderNo};
        byId.insert(definitionId(*d), *d);
        row.definitionId = definitionId(*d);
        row.ruleSet = rules.version;
        row.enteredAt = isoUtc(now());
        row.state = d->initial();
        if (auto s = saveRow(c, order.id, row, true, QJsonObject(), QString()); !s)
            return s.error();
        row.state.clear();
        step.fromState = QString();
        if (auto s = enter(c, order, row, *d, d->initial(), step); !s)
            return s.error();
    } else {
        row = *existing;
        auto found = definition(c, row.definitionId);
        if (!found)
            return found.error();
        d = found.value();
        step.fromState = row.state;
        step.toState = row.state;
    }

    const ProcessState *current = d->state(row.state);
    if (current && !current->isFinal && !row.splitHash.isEmpty()) {
        if (auto s = amend(c, order, row, step); !s)
            return s.error();
    }

    QString pending = event;
    if (!pending.isEmpty() && !ProcessDefinition::knownEvents().contains(pending)) {
        return Core::Error{tr("there is no event \"%1\"; the events are: %2")
                               .arg(pending, ProcessDefinition::knownEvents().join(
                                                 QStringLiteral(", "))),
                           order.orderNo};
    }
    if (pending == QLatin1String("resubmit")) {
        auto withdrawn = ApprovalStore::withdraw(c, order.id, reason);
        if (!withdrawn)
            return withdrawn.error();
        if (auto s = cancelTasks(c, order, {QStringLiteral("fix_order"),
                                            QStringLiteral("approval")},
                                 tr("the order was resubmitted"), step);
            !s)
            return s.error();
    }
    for (int i = 0; i < MaxStepsPerRun; ++i) {
        auto f = facts(c, order.id, row, pending);
        if (!f)
            return f.error();
        const OrderScope scope(order, f.value());
        auto next = d->next(row.state, pending, scope);
        if (!next)
            return Core::Error{next.error().message,
                               tr("%1, %2").arg(order.orderNo, next.error().where)};
        const ProcessTransition *t = next.value();
        if (!t) {
            if (!pending.isEmpty()) {
                return Core::Error{tr("\"%1\" cannot be done while the order is in \"%2\"")
                                       .arg(pending, stateName(*d, row.state)),
                                   order.orderNo};
            }
            break;
        }
        pending.clear();
        for (const ProcessAction &action : t->actions) {
            if (auto s = act(c, order, row, *d, action, step); !s)
                return s.error();
        }
        if (auto s = enter(c, order, row, *d, t->to, step); !s)
            return s.error();
        const ProcessState *reached = d->state(t->to);
        if (reached && reached->isFinal)
            break;
    }
    if (auto s = escalateState(c, order, row, *d, step); !s)
        return s.error();
    step.reviewOutcome = row.reviewOutcome;
    step.splitDone = !row.splitHash.isEmpty();
    return step;
}

ProcessEngine::ProcessEngine() : d(std::make_unique<Private>()) { }

ProcessEngine::~ProcessEngine() = default;

Core::Status ProcessEngine::prepare()
{
    Connection &c = Storage::Database::connection();
    if (auto s = DefinitionStore::installBuiltIns(c); !s)
        return s;
    auto active = DefinitionStore::active(c);
    if (!active)
        return active.error();
    d->active = active.value();
    d->byId.clear();
    for (const ProcessDefinition &def : d->active)
        d->byId.insert(definitionId(def), def);
    auto rules = RuleSetStore::active();
    if (!rules)
        return rules.error();
    d->rules = rules.value();
    auto splitter = Splitter::compile(d->rules);
    if (!splitter)
        return splitter.error();
    d->splitter = splitter.value();
    auto reviewer = Reviewer::compile(d->rules);
    if (!reviewer)
        return reviewer.error();
    d->reviewer = reviewer.value();
    auto calendar = WorkCalendar::load(c);
    if (!calendar)
        return calendar.error();
    if (auto s = DefaultSetup::ensure(c, d->now().toTimeZone(calendar->timeZone()).date().year());
        !s)
        return s;
    auto catalogue = Catalogue::load(c);
    if (!catalogue)
        return catalogue.error();
    d->catalogue = catalogue.value();
    calendar = WorkCalendar::load(c);
    if (!calendar)
        return calendar.error();
    d->calendar = calendar.value();
    d->prepared = true;
    return {};
}

void ProcessEngine::setNow(const QDateTime &utc)
{
    d->fixedNow = utc;
}

QDateTime ProcessEngine::now() const
{
    return d->now();
}

Core::Result<OrderStep> ProcessEngine::advance(const QString &orderId)
{
    return fire(orderId, QString(), QString());
}

Core::Result<OrderStep> ProcessEngine::fire(const QString &orderId, const QString &event,
                                            const QString &reason)
{
    if (!d->prepared)
        return Core::Error{tr("the process engine was not prepared"), QString()};
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    auto step = d->run(c, orderId, event, reason);
    if (!step)
        return step;
    if (auto s = tx.commit(); !s)
        return s.error();
    return step;
}

Core::Result<EngineRun> ProcessEngine::runWaiting(
    const std::function<void(int done, int total)> &progress, const std::atomic_bool *cancel)
{
    if (!d->prepared)
        return Core::Error{tr("the process engine was not prepared"), QString()};
    Connection &c = Storage::Database::connection();

    // New orders start a process, and so do orders a channel sent as already confirmed (the
    // factory still reviews and splits them); orders past that (in production, shipped, ...)
    // were taken before Hearth ran a process and do not.
    // Orders in a final state have nothing left to do.
    QStringList finals;
    for (const ProcessDefinition &def : d->byId) {
        for (const ProcessState &s : def.states()) {
            if (s.isFinal && !finals.contains(s.id))
                finals.append(s.id);
        }
    }
    QStringList ids;
    Statement &q = c.prepare(
        "SELECT o.id, p.state FROM sales_orders o LEFT JOIN order_processes p "
        "ON p.order_id = o.id AND p.deleted = 0 "
        "WHERE o.deleted = 0 AND (p.order_id IS NOT NULL OR o.status IN ('new', 'reviewing', "
        "'approved')) "
        "ORDER BY o.signed_on, o.order_no");
    while (q.next()) {
        if (!q.isNull(1) && finals.contains(q.text(1)))
            continue;
        ids.append(q.text(0));
    }
    q.reset();

    EngineRun run;
    run.orders = int(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += BatchSize) {
        if (cancel && cancel->load())
            break;
        Storage::Transaction tx(c);
        if (!tx.isActive())
            return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
        const qsizetype end = std::min(ids.size(), start + BatchSize);
        for (qsizetype i = start; i < end; ++i) {
            if (auto s = c.execScript(QStringLiteral("SAVEPOINT engine_order")); !s)
                return s.error();
            auto step = d->run(c, ids[i], QString(), QString());
            if (!step) {
                c.execScript(QStringLiteral(
                    "ROLLBACK TO SAVEPOINT engine_order; RELEASE SAVEPOINT engine_order"));
                run.errors.append(step.error());
                qCWarning(lcEngine) << "order" << ids[i] << "failed:"
                                    << step.error().toString();
                continue;
            }
            if (auto s = c.execScript(QStringLiteral("RELEASE SAVEPOINT engine_order")); !s)
                return s.error();
            const OrderStep &r = step.value();
            if (r.fromState != r.toState)
                ++run.moved;
            run.tasksCreated += r.tasksCreated;
            if (r.tasksAdjusted + r.tasksCancelled > 0 && !r.fromState.isEmpty())
                ++run.amended;
            if (r.reviewOutcome == QLatin1String("hold") && r.fromState != r.toState)
                ++run.held;
            if (r.reviewOutcome == QLatin1String("approval") && !r.splitDone)
                ++run.awaitingApproval;
            if (r.split)
                ++run.split;
        }
        if (auto s = tx.commit(); !s)
            return s.error();
        if (progress)
            progress(int(end), int(ids.size()));
    }

    // Tasks past due go to their owner's lead.
    Storage::Transaction tx(c);
    if (tx.isActive()) {
        auto escalated = TaskStore::escalateOverdue(c, d->calendar, d->now());
        if (!escalated)
            run.errors.append(escalated.error());
        else if (auto s = tx.commit(); !s)
            run.errors.append(s.error());
    }
    qCInfo(lcEngine) << "engine run:" << run.orders << "orders," << run.moved << "moved,"
                     << run.tasksCreated << "tasks," << run.errors.size() << "errors";
    return run;
}

Core::Result<OrderStep> ProcessEngine::decide(const QString &approvalId, const QString &userId,
                                              const QString &userRole, bool approve,
                                              const QString &comment)
{
    if (!d->prepared)
        return Core::Error{tr("the process engine was not prepared"), QString()};
    Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), Storage::Database::path()};
    auto approval = ApprovalStore::get(c, approvalId);
    if (!approval)
        return approval.error();
    if (auto s = ApprovalStore::decide(c, approvalId, userId, userRole, approve, comment); !s)
        return s.error();
    // The step's task is done either way.
    if (const auto task = TaskStore::findByKey(c, approval->orderId,
                                               QStringLiteral("approval:") + approvalId);
        task && task->isActive()) {
        const QString result = approve ? tr("approved: %1").arg(comment)
                                       : tr("rejected: %1").arg(comment);
        auto done = TaskStore::complete(c, task->id, QString(), result.trimmed());
        if (!done)
            return done.error();
    }
    OrderStep pre;
    if (approve) {
        auto order = Orders::OrderRepository::loadWith(c, approval->orderId);
        if (!order)
            return order.error();
        if (auto s = d->approvalTasks(c, order->id, order->orderNo, pre); !s)
            return s.error();
    }
    auto step = d->run(c, approval->orderId, QString(), QString());
    if (!step)
        return step;
    step.value().tasksCreated += pre.tasksCreated;
    if (auto s = tx.commit(); !s)
        return s.error();
    return step;
}

Core::Result<ReviewResult> ProcessEngine::previewReview(const SalesOrder &order) const
{
    if (!d->prepared)
        return Core::Error{tr("the process engine was not prepared"), QString()};
    auto plan = d->splitter->plan(order);
    if (!plan)
        return plan.error();
    const ProcessDefinition *def = ProcessDefinition::choose(d->active, order);
    return d->reviewer->run(order, plan->parts, d->catalogue, def ? def->code() : QString());
}

Core::Result<SplitPlan> ProcessEngine::previewSplit(const SalesOrder &order) const
{
    if (!d->prepared)
        return Core::Error{tr("the process engine was not prepared"), QString()};
    return d->splitter->plan(order);
}

const RuleSet &ProcessEngine::rules() const
{
    return d->rules;
}

QList<ProcessDefinition> ProcessEngine::definitions() const
{
    return d->active;
}

const WorkCalendar &ProcessEngine::calendar() const
{
    return d->calendar;
}

} // namespace Hearth::Workflow
