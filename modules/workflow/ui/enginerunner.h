#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace Hearth::Workflow {

/// Runs the process engine for the desktop: off the GUI thread, now when asked and every few
/// minutes while someone is signed in, so that new and changed orders reach people as tasks
/// without anyone starting it. One run at a time; a request during a run runs once after it.
class EngineRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 5 * 60 * 1000;

    explicit EngineRunner(QObject *parent = nullptr);

    bool isRunning() const { return m_watcher.isRunning(); }
    /// Starts a run unless one is running (then it runs again when that one ends).
    void runNow();
    /// Every IntervalMs while the database is open and a user is signed in.
    void startTimer();

signals:
    /// A translated summary ("12 orders looked at, 3 split, 17 tasks created") or the error.
    void finished(const QString &summary, bool ok);

private:
    struct Outcome
    {
        QString summary;
        bool ok = false;
    };
    static Outcome runOnce(const QString &user);
    void done();

    QFutureWatcher<Outcome> m_watcher;
    QTimer m_timer;
    bool m_again = false;
};

} // namespace Hearth::Workflow
