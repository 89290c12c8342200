#pragma once

#include "ganttdata.h"
#include "production/plan.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Hearth::Production {

/// What one PlanRunner task gives the plan page.
struct PlanRunOutcome
{
    int task = 0;           // PlanRunner::Task
    bool ok = false;
    bool cancelled = false;  // stopped before it saved anything
    QString summary;         // translated, for the status line; the error when !ok
    bool loaded = false;     // plan and data hold the plan as the database has it now
    Plan plan;
    GanttData data;
};

/// Runs the plan page's long work off the GUI thread, one task at a time, each on the worker
/// thread's own database connection: loading the plan and building its chart, making work
/// orders from the split (工单; the new ones are put in the plan's gaps), planning forward from
/// now or backward from due dates (排产), and rescheduling after a rush order or a breakdown;
/// every task ends by loading the plan again. Cancel stops a task at its next step; a task
/// cancelled before it saved leaves the database as it was.
class PlanRunner : public QObject
{
    Q_OBJECT

public:
    enum class Task { Load, MakeWorkOrders, PlanForward, PlanBackward, Reschedule };
    Q_ENUM(Task)

    /// What a run needs from the GUI thread.
    struct Input
    {
        qint64 now = 0;        // UTC seconds: plans start here, the chart's now line
        bool english = false;  // work centers by their English names
    };

    /// Reports a step: its number from 1, the number of steps, what it does (translated).
    using Progress = std::function<void(int step, int steps, const QString &text)>;

    explicit PlanRunner(QObject *parent = nullptr);
    /// Waits for a running task.
    ~PlanRunner() override;

    /// From start() until finished() was emitted.
    bool isRunning() const { return m_running; }
    Task task() const { return m_task; }
    /// Starts a task; false (and nothing started) while one runs.
    bool start(Task task, const Input &input);
    /// Asks the running task to stop at its next step.
    void cancel();
    bool isCancelling() const { return m_cancel && m_cancel->load(); }

    /// A task run on the calling thread (the worker's body; tests call it directly).
    static PlanRunOutcome run(Task task, const Input &input, const std::atomic<bool> &cancel,
                              const Progress &progress = {});
    /// Loads the plan and builds its chart: the share made of started operations, the site's
    /// calendar for order rows.
    static PlanRunOutcome load(const Input &input);
    /// "Planning forward from now", ...: the running text of a task.
    static QString title(Task task);

signals:
    void progress(int step, int steps, const QString &text);
    void finished(const Hearth::Production::PlanRunOutcome &outcome);

private:
    Task m_task = Task::Load;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<PlanRunOutcome> m_watcher;
};

} // namespace Hearth::Production
