#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace Hearth::Production {

/// One step of a job: the machine it needs and for how long.
struct JobShopStep
{
    int machine = 0;
    int duration = 0;

    bool operator==(const JobShopStep &) const = default;
};

/// A classic job-shop problem (作业车间): every job runs its steps in a fixed order, each on
/// one machine that handles one step at a time. Operations are numbered job * stepsPerJob + step.
class JobShopInstance
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::JobShopInstance)

public:
    JobShopInstance() = default;

    /// An instance from its jobs; an error when the jobs differ in length, a machine lies
    /// outside [0, machines) or a duration is negative.
    static Core::Result<JobShopInstance> fromJobs(
        const QString &name, int machines, const std::vector<std::vector<JobShopStep>> &jobs);

    /// Reads the standard text layout: "jobs machines", then per job one line of
    /// "machine duration" pairs, machines from 0. Lines before the size line that do not start
    /// with a number (an OR-Library title), blank lines and comments after # are skipped.
    /// Errors name the source, the line and what was expected there.
    static Core::Result<JobShopInstance> parse(const QByteArray &text, const QString &source);
    /// Reads a file with parse(); the instance is named after the file without its suffix.
    static Core::Result<JobShopInstance> fromFile(const QString &path);

    QString name() const { return m_name; }
    int jobCount() const { return m_jobs; }
    int machineCount() const { return m_machines; }
    int stepsPerJob() const { return m_steps; }
    int operationCount() const { return m_jobs * m_steps; }

    int operation(int job, int step) const { return job * m_steps + step; }
    int jobOf(int operation) const { return operation / m_steps; }
    int stepOf(int operation) const { return operation % m_steps; }
    int machine(int operation) const { return m_ops[size_t(operation)].machine; }
    int duration(int operation) const { return m_ops[size_t(operation)].duration; }

    /// The larger of the longest job and the busiest machine: no schedule is shorter.
    int trivialLowerBound() const;
    /// The sum of all durations: a semi-active schedule never ends later.
    qint64 totalWork() const;

private:
    QString m_name;
    int m_jobs = 0;
    int m_machines = 0;
    int m_steps = 0;
    std::vector<JobShopStep> m_ops;
};

} // namespace Hearth::Production
