#include "schedulecommands.h"

#include "cliutil.h"
#include "commands.h"
#include "production/jobshopdispatch.h"
#include "production/jobshopinstance.h"
#include "production/jobshopsolver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hearth::Cli {

namespace {

using Production::JobShopInstance;
using Production::JobShopSolver;

QJsonObject toJson(const JobShopInstance &instance, const JobShopSolver::Outcome &outcome,
                   std::uint64_t seed, int dispatchMakespan)
{
    QJsonArray machines;
    const auto sequences = outcome.schedule.machineSequences(instance);
    for (size_t m = 0; m < sequences.size(); ++m) {
        QJsonArray operations;
        for (int op : sequences[m]) {
            const int start = outcome.schedule.start(op);
            operations.append(QJsonObject{
                {QStringLiteral("job"), instance.jobOf(op)},
                {QStringLiteral("step"), instance.stepOf(op)},
                {QStringLiteral("start"), start},
                {QStringLiteral("end"), start + instance.duration(op)},
            });
        }
        machines.append(QJsonObject{{QStringLiteral("machine"), int(m)},
                                    {QStringLiteral("operations"), operations}});
    }
    return QJsonObject{
        {QStringLiteral("instance"), instance.name()},
        {QStringLiteral("jobs"), instance.jobCount()},
        {QStringLiteral("machines"), instance.machineCount()},
        {QStringLiteral("makespan"), outcome.makespan},
        {QStringLiteral("lowerBound"), instance.trivialLowerBound()},
        {QStringLiteral("optimal"), outcome.optimal},
        {QStringLiteral("dispatchMakespan"), dispatchMakespan},
        {QStringLiteral("iterations"), double(outcome.iterations)},
        {QStringLiteral("seconds"), outcome.seconds},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("schedule"), machines},
    };
}

void printSequences(const JobShopInstance &instance, const JobShopSolver::Outcome &outcome)
{
    const auto sequences = outcome.schedule.machineSequences(instance);
    for (size_t m = 0; m < sequences.size(); ++m) {
        QStringList steps;
        for (int op : sequences[m]) {
            steps.append(tr("job %1.%2 at %3")
                             .arg(instance.jobOf(op) + 1)
                             .arg(instance.stepOf(op) + 1)
                             .arg(outcome.schedule.start(op)));
        }
        out() << tr("machine %1: %2").arg(m).arg(steps.join(QStringLiteral(", "))) << "\n";
    }
}

} // namespace

int cmdSchedule(const QStringList &args)
{
    Parsed p;
    QCommandLineOption jobshop(QStringLiteral("jobshop"),
                               tr("A job-shop instance in the standard text layout."),
                               QStringLiteral("FILE"));
    QCommandLineOption seconds(QStringLiteral("seconds"),
                               tr("How long to search, in seconds (default 10)."),
                               QStringLiteral("S"), QStringLiteral("10"));
    QCommandLineOption seed(QStringLiteral("seed"),
                            tr("Seed of the search's random choices (default 1)."),
                            QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption iterations(QStringLiteral("iterations"),
                                  tr("Stop after this many search steps: with --seed, the same "
                                     "result on every run."),
                                  QStringLiteral("N"));
    QCommandLineOption verbose(QStringLiteral("verbose"),
                               tr("Also print each machine's sequence with start times "
                                  "(jobs and steps counted from 1)."));
    QCommandLineOption json(QStringLiteral("json"),
                            tr("Print the result and the schedule as JSON (jobs, steps and "
                               "machines counted from 0)."));
    p.parser.addOptions({jobshop, seconds, seed, iterations, verbose, json});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl schedule: solve a job-shop problem and print its "
                           "makespan."), &code))
        return code;
    if (!p.parser.isSet(jobshop)) {
        err() << tr("hearthctl schedule: --jobshop FILE is needed") << "\n";
        return Usage;
    }

    JobShopSolver::Options options;
    bool ok = false;
    options.timeLimitSeconds = p.parser.value(seconds).toDouble(&ok);
    if (!ok || !(options.timeLimitSeconds > 0) || options.timeLimitSeconds > 1e6) {
        err() << tr("hearthctl schedule: --seconds takes a positive number, not \"%1\"")
                     .arg(p.parser.value(seconds))
              << "\n";
        return Usage;
    }
    options.seed = p.parser.value(seed).toULongLong(&ok);
    if (!ok) {
        err() << tr("hearthctl schedule: --seed takes a whole number of 0 or more, not \"%1\"")
                     .arg(p.parser.value(seed))
              << "\n";
        return Usage;
    }
    if (p.parser.isSet(iterations)) {
        options.maxIterations = p.parser.value(iterations).toLongLong(&ok);
        if (!ok || options.maxIterations <= 0) {
            err() << tr("hearthctl schedule: --iterations takes a positive whole number, not "
                        "\"%1\"")
                         .arg(p.parser.value(iterations))
                  << "\n";
            return Usage;
        }
    }

    const auto instance = JobShopInstance::fromFile(p.parser.value(jobshop));
    if (!instance) {
        err() << tr("hearthctl: %1").arg(instance.error().toString()) << "\n";
        return Failed;
    }
    const auto outcome = JobShopSolver::solve(instance.value(), options);
    if (!outcome) {
        err() << tr("hearthctl: %1").arg(outcome.error().toString()) << "\n";
        return Failed;
    }
    const int dispatched = Production::JobShopDispatch::schedule(
                               instance.value(),
                               Production::JobShopDispatch::Rule::MostWorkRemaining)
                               .makespan();

    if (p.parser.isSet(json)) {
        out() << QJsonDocument(toJson(instance.value(), outcome.value(), options.seed,
                                      dispatched))
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << tr("%1: makespan %2").arg(instance->name()).arg(outcome->makespan) << "\n";
    if (p.parser.isSet(verbose)) {
        out() << tr("%1 jobs on %2 machines; lower bound %3%4; the MWKR rule gives %5; %6 search "
                    "steps in %7 s")
                     .arg(instance->jobCount())
                     .arg(instance->machineCount())
                     .arg(instance->trivialLowerBound())
                     .arg(outcome->optimal ? tr(" (met: the schedule is optimal)") : QString())
                     .arg(dispatched)
                     .arg(outcome->iterations)
                     .arg(outcome->seconds, 0, 'f', 2)
              << "\n";
        printSequences(instance.value(), outcome.value());
    }
    return Ok;
}

} // namespace Hearth::Cli
