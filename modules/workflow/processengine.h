#pragma once

#include "core/result.h"
#include "reviewresult.h"
#include "ruleset.h"
#include "splitplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Orders {
struct SalesOrder;
}

namespace Hearth::Workflow {

class ProcessDefinition;
class WorkCalendar;

/// What one run of the engine did to one order.
struct OrderStep
{
    QString orderId;
    QString orderNo;
    QString fromState;
    QString toState;
    QStringList events;  // translated, in order: "review: held (deposit)", "3 tasks created"
    int tasksCreated = 0;
    int tasksCancelled = 0;
    int tasksAdjusted = 0;
    bool amendmentWaiting = false;  // a change after the split waits for approval
    bool split = false;             // the order was split into tasks in this run
    QString reviewOutcome;          // where the order stands after the run: "hold", ...
    bool splitDone = false;
};

struct EngineRun
{
    int orders = 0;
    int moved = 0;
    int held = 0;
    int awaitingApproval = 0;
    int split = 0;
    int tasksCreated = 0;
    int amended = 0;
    QList<Core::Error> errors;  // one per order that failed; the others went on
};

/// The process engine: moves each order through the process definition it started with —
/// review (审单), approvals, split (拆单) into tasks, amendments (改单) — writing every
/// step to the order's timeline. Runs on the thread's database connection; not a QObject, so that
/// hearthctl, the desktop's worker thread and the benchmarks drive it the same way.
class ProcessEngine
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::ProcessEngine)

public:
    ProcessEngine();
    ~ProcessEngine();
    ProcessEngine(const ProcessEngine &) = delete;
    ProcessEngine &operator=(const ProcessEngine &) = delete;

    /// Loads the active definitions (storing the shipped ones on first use), the active rule
    /// set, the calendar and the catalogue. Call once before the rest.
    Core::Status prepare();

    /// The time the engine counts deadlines from; the clock's time unless set (tests, replays).
    void setNow(const QDateTime &utc);
    QDateTime now() const;

    /// Runs the automatic transitions of one order until none holds.
    Core::Result<OrderStep> advance(const QString &orderId);
    /// Handles a named event ("resubmit", "cancel", "production_done", ...), then runs on.
    Core::Result<OrderStep> fire(const QString &orderId, const QString &event,
                                 const QString &reason);
    /// Runs every order that is not in a final state, in batches, off any GUI thread.
    Core::Result<EngineRun> runWaiting(const std::function<void(int done, int total)> &progress
                                       = {},
                                       const std::atomic_bool *cancel = nullptr);

    /// Decides a pending approval step as the user (id and role code), then moves the order on.
    Core::Result<OrderStep> decide(const QString &approvalId, const QString &userId,
                                   const QString &userRole, bool approve,
                                   const QString &comment);

    /// The review and the split this engine would make of an order now, written nowhere.
    Core::Result<ReviewResult> previewReview(const Orders::SalesOrder &order) const;
    Core::Result<SplitPlan> previewSplit(const Orders::SalesOrder &order) const;

    const RuleSet &rules() const;
    QList<ProcessDefinition> definitions() const;
    const WorkCalendar &calendar() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Hearth::Workflow
