#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Hearth::Production {

/// What is known of an instance's optimum: the best makespan found so far and a proven
/// lower bound (equal when the instance is closed).
struct JobShopBound
{
    int bestKnown = 0;
    int lowerBound = 0;
    int jobs = 0;      // 0 when the file has no jobs column
    int machines = 0;  // 0 when the file has no machines column

    bool closed() const { return bestKnown == lowerBound; }
};

/// The best-known values of the benchmark instances, read from a bounds.csv with the columns
/// name, optimum_or_best_upper and lower_bound, and jobs and machines where present; others
/// are ignored.
class JobShopBounds
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::JobShopBounds)

public:
    /// Errors name the source, the line and the column at fault.
    static Core::Result<JobShopBounds> parse(const QByteArray &csv, const QString &source);
    static Core::Result<JobShopBounds> fromFile(const QString &path);

    bool contains(const QString &name) const { return m_bounds.contains(name); }
    JobShopBound bound(const QString &name) const { return m_bounds.value(name); }
    qsizetype size() const { return m_bounds.size(); }

private:
    QHash<QString, JobShopBound> m_bounds;
};

} // namespace Hearth::Production
