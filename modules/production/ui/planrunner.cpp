#include "planrunner.h"

#include "planganttbuilder.h"
#include "production/logging.h"
#include "production/planstore.h"
#include "production/productionsetup.h"
#include "production/progressquery.h"
#include "production/scheduler.h"
#include "production/workordermaker.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Production {

namespace {

constexpr int LoadHorizonDays = 60;

PlanRunOutcome failure(PlanRunner::Task task, const QString &message)
{
    PlanRunOutcome o;
    o.task = int(task);
    o.summary = message;
    return o;
}

PlanRunOutcome cancelled(PlanRunner::Task task)
{
    PlanRunOutcome o = failure(task, PlanRunner::tr("Cancelled: nothing was saved."));
    o.cancelled = true;
    return o;
}

// The share made of each started operation, from the shop floor's events.
QHash<QString, double> startedProgress(Storage::Connection &c, const Plan &plan)
{
    QSet<int> jobs;
    for (const PlanOperation &o : plan.operations()) {
        if (o.status == OperationStatus::Started)
            jobs.insert(o.job);
    }
    QHash<QString, double> shares;
    for (int j : std::as_const(jobs)) {
        const auto w = ProgressQuery::workOrder(c, plan.job(j).id);
        if (!w) {
            qCWarning(lcProduction) << "progress of a work order:" << w.error().toString();
            continue;
        }
        for (const OperationProgress &op : w->operations) {
            if (op.quantity > 0)
                shares.insert(op.id, double(op.good + op.scrap) / double(op.quantity));
        }
    }
    return shares;
}

QString planSummary(const ScheduleResult &r, const Plan &plan)
{
    QString text = PlanRunner::tr("%1 operations planned, %2 kept where they were, %3 moved, "
                                  "%4 with no room; %5 of %6 work orders late.")
                       .arg(r.planned)
                       .arg(r.kept)
                       .arg(r.moved)
                       .arg(r.unplaced)
                       .arg(r.late.size())
                       .arg(plan.jobs().size());
    if (!r.problems.isEmpty()) {
        text += QLatin1Char(' ')
                + PlanRunner::tr("%n problem(s); the first: %1", nullptr, int(r.problems.size()))
                      .arg(r.problems.first().toString());
    }
    return text;
}

} // namespace

PlanRunner::PlanRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<PlanRunOutcome>::finished, this, [this] {
        const PlanRunOutcome outcome = m_watcher.result();
        m_running = false;
        emit finished(outcome);
    });
}

PlanRunner::~PlanRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool PlanRunner::start(Task task, const Input &input)
{
    if (m_running)
        return false;
    m_running = true;
    m_task = task;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> flag = m_cancel;
    const Progress report = [this](int step, int steps, const QString &text) {
        QMetaObject::invokeMethod(
            this, [this, step, steps, text] { emit progress(step, steps, text); },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([task, input, flag, report] {
        return run(task, input, *flag, report);
    }));
    return true;
}

void PlanRunner::cancel()
{
    if (m_cancel && m_running)
        m_cancel->store(true);
}

QString PlanRunner::title(Task task)
{
    switch (task) {
    case Task::Load:
        return tr("Loading the plan…");
    case Task::MakeWorkOrders:
        return tr("Making work orders…");
    case Task::PlanForward:
        return tr("Planning forward from now…");
    case Task::PlanBackward:
        return tr("Planning backward from due dates…");
    case Task::Reschedule:
        return tr("Rescheduling…");
    }
    return {};
}

PlanRunOutcome PlanRunner::load(const Input &input)
{
    if (!Storage::Database::isOpen())
        return failure(Task::Load, tr("No database is open."));
    Storage::Connection &c = Storage::Database::connection();
    auto loaded = PlanStore::load(c, input.now, LoadHorizonDays);
    if (!loaded)
        return failure(Task::Load, tr("The plan could not be read: %1")
                                       .arg(loaded.error().toString()));
    PlanRunOutcome o;
    o.task = int(Task::Load);
    o.ok = true;
    o.loaded = true;
    o.plan = std::move(loaded.value());

    PlanGanttOptions options;
    options.now = input.now;
    options.english = input.english;
    options.progress = startedProgress(c, o.plan);
    if (auto site = Workflow::WorkCalendar::load(c))
        options.siteCalendar = site.value();
    // The checker judges drops anywhere on the chart: its calendars cover what it shows.
    const auto [first, last] = PlanGanttBuilder::shownDays(o.plan, input.now,
                                                           options.minDaysAhead);
    const auto [from, to] = PlanGanttBuilder::shownRange(o.plan, first, last);
    o.plan.ensureHorizon(from, to);
    o.data = PlanGanttBuilder::build(o.plan, options);
    return o;
}

PlanRunOutcome PlanRunner::run(Task task, const Input &input, const std::atomic<bool> &cancel,
                               const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    const int steps = task == Task::Load ? 1 : 4;
    const auto step = [&progress, steps](int n, const QString &text) {
        if (progress)
            progress(n, steps, text);
    };
    if (task == Task::Load) {
        step(1, title(task));
        return load(input);
    }
    if (!Storage::Database::isOpen())
        return failure(task, tr("No database is open."));
    Storage::Connection &c = Storage::Database::connection();
    if (cancel)
        return cancelled(task);

    QString summary;
    if (task == Task::MakeWorkOrders) {
        step(1, tr("Making work orders from the split…"));
        if (const Core::Status s = ProductionSetup::ensure(c); !s)
            return failure(task, tr("Production is not set up: %1").arg(s.error().toString()));
        const auto made = WorkOrderMaker::make(c);
        if (!made)
            return failure(task, tr("Work orders could not be made: %1")
                                     .arg(made.error().toString()));
        const MakeReport &r = made.value();
        summary = tr("Work orders: %1 made, %2 changed, %3 cancelled, %4 unchanged.")
                      .arg(r.created)
                      .arg(r.changed)
                      .arg(r.cancelled)
                      .arg(r.unchanged);
        if (!r.problems.isEmpty()) {
            summary += QLatin1Char(' ')
                       + tr("%n could not be made; the first: %1", nullptr,
                            int(r.problems.size()))
                             .arg(r.problems.first().toString());
        }
        if (!r.made.isEmpty() && !cancel) {
            step(2, tr("Putting the new work orders in the plan…"));
            auto loaded = PlanStore::load(c, input.now, LoadHorizonDays);
            if (!loaded)
                return failure(task, tr("The plan could not be read: %1")
                                         .arg(loaded.error().toString()));
            Plan &plan = loaded.value();
            QList<int> jobs;
            for (const QString &no : r.made) {
                if (const int j = plan.jobIndexByNo(no); j >= 0)
                    jobs.append(j);
            }
            ScheduleOptions options;
            options.from = input.now;
            const ScheduleResult placed = Scheduler::insert(plan, jobs, options);
            if (cancel)
                return cancelled(task);
            step(3, tr("Saving the plan…"));
            const auto written = PlanStore::save(c, plan, tr("new work orders planned"));
            if (!written)
                return failure(task, tr("The plan could not be saved: %1")
                                         .arg(written.error().toString()));
            summary += QLatin1Char(' ')
                       + tr("%n operation(s) of the new work orders put in the plan's gaps.",
                            nullptr, placed.planned);
        }
    } else {
        step(1, tr("Reading the plan…"));
        auto loaded = PlanStore::load(c, input.now, LoadHorizonDays);
        if (!loaded)
            return failure(task, tr("The plan could not be read: %1")
                                     .arg(loaded.error().toString()));
        Plan &plan = loaded.value();
        if (cancel)
            return cancelled(task);
        step(2, title(task));
        ScheduleOptions options;
        options.from = input.now;
        if (task == Task::PlanBackward)
            options.direction = ScheduleOptions::Direction::Backward;
        const ScheduleResult r = task == Task::Reschedule ? Scheduler::reschedule(plan, options)
                                                          : Scheduler::plan(plan, options);
        if (cancel)
            return cancelled(task);
        step(3, tr("Saving the plan…"));
        const auto written = PlanStore::save(c, plan, task == Task::Reschedule
                                                          ? tr("rescheduled")
                                                          : tr("planned"));
        if (!written)
            return failure(task, tr("The plan could not be saved: %1")
                                     .arg(written.error().toString()));
        summary = planSummary(r, plan);
    }

    step(4, tr("Loading the plan…"));
    PlanRunOutcome o = load(input);
    o.task = int(task);
    if (!o.ok)
        return o;
    o.summary = summary;
    qCInfo(lcProduction) << "plan page task" << int(task) << "done in" << timer.elapsed()
                         << "ms";
    return o;
}

} // namespace Hearth::Production
