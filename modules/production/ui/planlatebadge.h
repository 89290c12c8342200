#pragma once

#include "core/result.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace Hearth::Production {

/// The count of late work orders for the navigation's badge, answered at once from the last
/// count: a count older than MaxAgeMs is made again on a worker thread (PlanLateCount, on the
/// worker's own connection), and the shell is told when it changed. The plan page hands over
/// its own count whenever it loads or saves a plan.
class PlanLateBadge : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxAgeMs = 20 * 1000;

    explicit PlanLateBadge(QObject *parent = nullptr);
    ~PlanLateBadge() override;

    /// The last count (0 before the first); starts a new count when it is old.
    int count();
    /// A count made elsewhere (the plan page's plan) for the open database.
    void setCount(int count);
    bool isCounting() const { return m_watcher.isRunning(); }

private:
    void start();
    void done();

    QFutureWatcher<Core::Result<int>> m_watcher;
    QElapsedTimer m_age;
    QString m_database;  // the count is of this file
    int m_count = 0;
};

} // namespace Hearth::Production
