#include "enginerunner.h"

#include "storage/database.h"
#include "widgets/pagebadges.h"
#include "widgets/session.h"
#include "workflow/processengine.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Hearth::Workflow {

EngineRunner::EngineRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &EngineRunner::done);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Storage::Database::isOpen() && Widgets::Session::isSignedIn())
            runNow();
    });
}

void EngineRunner::startTimer()
{
    m_timer.start();
}

void EngineRunner::runNow()
{
    if (!Storage::Database::isOpen())
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const QString user = Widgets::Session::isSignedIn() ? Widgets::Session::user().userName
                                                        : QString();
    m_watcher.setFuture(QtConcurrent::run(&EngineRunner::runOnce, user));
}

EngineRunner::Outcome EngineRunner::runOnce(const QString &user)
{
    Q_UNUSED(user);
    // The worker thread has its own connection (Storage::Database::connection() is per thread).
    ProcessEngine engine;
    if (const Core::Status s = engine.prepare(); !s)
        return {tr("The process engine cannot start: %1").arg(s.error().toString()), false};
    const auto run = engine.runWaiting();
    if (!run)
        return {tr("The process engine stopped: %1").arg(run.error().toString()), false};
    const EngineRun &r = run.value();
    QString summary = tr("Process engine: %1 orders looked at, %2 held by review, %3 waiting "
                         "for approval, %4 split; %5 tasks created.")
                          .arg(r.orders)
                          .arg(r.held)
                          .arg(r.awaitingApproval)
                          .arg(r.split)
                          .arg(r.tasksCreated);
    if (!r.errors.isEmpty()) {
        summary += u' '
                   + tr("%n order(s) failed; the first: %1", nullptr, int(r.errors.size()))
                         .arg(r.errors.first().toString());
    }
    return {summary, r.errors.isEmpty()};
}

void EngineRunner::done()
{
    const Outcome outcome = m_watcher.result();
    Widgets::PageBadges::notify();
    emit finished(outcome.summary, outcome.ok);
    if (m_again) {
        m_again = false;
        runNow();
    }
}

} // namespace Hearth::Workflow
