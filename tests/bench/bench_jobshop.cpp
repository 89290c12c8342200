// bench_jobshop: the job-shop solver on the benchmark instances in ../shared/data/jobshop.
// For every Lawrence instance (la*) and Taillard ta01-ta40 present, it runs the MWKR dispatching
// rule and the solver with a 1 s and a 10 s limit (in this process, one after the other), checks
// each schedule with the validator, and prints the gaps to the best-known makespans of
// bounds.csv, then their means per family. The solver stops early when it meets the instance's
// proven lower bound.
//
//   HEARTH_JSSP_FILTER=regex   only instances whose name matches (e.g. "^la(0|1)")
//   HEARTH_JSSP_SECONDS=S      the long limit instead of 10 s (the short one stays 1 s or S)

#include "benchreport.h"

#include "production/jobshopbounds.h"
#include "production/jobshopdispatch.h"
#include "production/jobshopinstance.h"
#include "production/jobshopsolver.h"
#include "production/jobshopvalidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>

using namespace Hearth;
using namespace Hearth::Bench;
using namespace Hearth::Production;

namespace {

enum Family { Lawrence, Taillard, FamilyCount };

struct Means
{
    double dispatch = 0;
    double short1 = 0;
    double long10 = 0;
    int count = 0;
};

// la01-la40 and ta01-ta40 are measured; the other families are not.
int familyOf(const QString &name)
{
    static const QRegularExpression lawrence(QStringLiteral("^la\\d+$"));
    static const QRegularExpression taillard(QStringLiteral("^ta(\\d+)$"));
    if (lawrence.match(name).hasMatch())
        return Lawrence;
    const auto ta = taillard.match(name);
    if (ta.hasMatch()) {
        const int number = ta.captured(1).toInt();
        if (number >= 1 && number <= 40)
            return Taillard;
    }
    return -1;
}

double gapPercent(int makespan, int bestKnown)
{
    return 100.0 * double(makespan - bestKnown) / double(bestKnown);
}

struct Solved
{
    int makespan = 0;
    bool valid = false;
    double wall = 0;
    double cpu = 0;
};

Solved solve(const JobShopInstance &instance, double seconds, int lowerBound)
{
    JobShopSolver::Options options;
    options.timeLimitSeconds = seconds;
    options.seed = 1;
    options.targetMakespan = lowerBound;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = Report::threadCpuSeconds();
    const auto outcome = JobShopSolver::solve(instance, options);
    Solved solved;
    solved.wall = double(timer.nsecsElapsed()) / 1e9;
    solved.cpu = Report::threadCpuSeconds() - cpuBefore;
    if (!outcome.ok()) {
        Report::note(QStringLiteral("%1: %2").arg(instance.name(), outcome.error().toString()));
        return solved;
    }
    const auto status = JobShopValidator::check(instance, outcome->schedule);
    if (!status.ok()) {
        Report::note(QStringLiteral("%1: invalid schedule: %2")
                         .arg(instance.name(), status.error().toString()));
        return solved;
    }
    solved.makespan = outcome->schedule.makespan();
    solved.valid = true;
    return solved;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/jobshop");
    const auto bounds = JobShopBounds::fromFile(dir + QStringLiteral("/bounds.csv"));
    if (!bounds.ok()) {
        Report::note(bounds.error().toString());
        return 1;
    }
    const QRegularExpression filter(qEnvironmentVariable("HEARTH_JSSP_FILTER"));
    if (!filter.isValid()) {
        Report::note(QStringLiteral("HEARTH_JSSP_FILTER is not a valid expression"));
        return 1;
    }
    bool secondsOk = false;
    double longLimit = qEnvironmentVariable("HEARTH_JSSP_SECONDS").toDouble(&secondsOk);
    if (!secondsOk || longLimit <= 0)
        longLimit = 10;
    const double shortLimit = std::min(1.0, longLimit);
    const QString longTag = QStringLiteral("%1s").arg(longLimit);
    const QString shortTag = QStringLiteral("%1s").arg(shortLimit);

    Means means[FamilyCount];
    int failures = 0;
    double wall = 0;
    double cpu = 0;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.txt")}, QDir::Files,
                                                  QDir::Name);
    for (const QString &file : files) {
        const QString name = QFileInfo(file).completeBaseName();
        const int family = familyOf(name);
        if (family < 0 || !filter.match(name).hasMatch())
            continue;
        const auto instance = JobShopInstance::fromFile(dir + u'/' + file);
        if (!instance.ok()) {
            Report::note(instance.error().toString());
            ++failures;
            continue;
        }
        if (!bounds->contains(name)) {
            Report::note(QStringLiteral("%1: no row in bounds.csv, left out").arg(name));
            continue;
        }
        const JobShopBound bound = bounds->bound(name);

        const JobShopSchedule dispatched =
            JobShopDispatch::schedule(*instance, JobShopDispatch::Rule::MostWorkRemaining);
        if (!JobShopValidator::check(*instance, dispatched).ok()) {
            Report::note(QStringLiteral("%1: the dispatching rule gave an invalid schedule")
                             .arg(name));
            ++failures;
            continue;
        }
        const bool twoLimits = shortTag != longTag;
        const Solved full = solve(*instance, longLimit, bound.lowerBound);
        const Solved quick = twoLimits ? solve(*instance, shortLimit, bound.lowerBound) : full;
        if (!quick.valid || !full.valid) {
            ++failures;
            continue;
        }
        wall += full.wall + (twoLimits ? quick.wall : 0);
        cpu += full.cpu + (twoLimits ? quick.cpu : 0);

        const double dispatchGap = gapPercent(dispatched.makespan(), bound.bestKnown);
        const double quickGap = gapPercent(quick.makespan, bound.bestKnown);
        const double fullGap = gapPercent(full.makespan, bound.bestKnown);
        const QString reference = QStringLiteral("dispatch_%1_gap").arg(name);
        Report::versus(QStringLiteral("jssp_%1_gap_%2").arg(name, longTag), fullGap, reference,
                       dispatchGap, QStringLiteral("%"));
        if (twoLimits) {
            Report::versus(QStringLiteral("jssp_%1_gap_%2").arg(name, shortTag), quickGap,
                           reference, dispatchGap, QStringLiteral("%"));
        }
        Report::note(QStringLiteral("%1 (%2x%3): best known %4, MWKR %5, solver %6 at %7, %8 at "
                                    "%9; %10 s on the clock, %11 s of CPU")
                         .arg(name).arg(instance->jobCount()).arg(instance->machineCount())
                         .arg(bound.bestKnown).arg(dispatched.makespan())
                         .arg(quick.makespan).arg(shortTag).arg(full.makespan).arg(longTag)
                         .arg(full.wall + (twoLimits ? quick.wall : 0), 0, 'f', 1)
                         .arg(full.cpu + (twoLimits ? quick.cpu : 0), 0, 'f', 1));

        Means &m = means[family];
        m.dispatch += dispatchGap;
        m.short1 += quickGap;
        m.long10 += fullGap;
        ++m.count;
    }

    const QString familyTag[FamilyCount] = {QStringLiteral("la"), QStringLiteral("ta01_40")};
    for (int f = 0; f < FamilyCount; ++f) {
        const Means &m = means[f];
        if (m.count == 0)
            continue;
        const QString reference = QStringLiteral("dispatch_gap_%1").arg(familyTag[f]);
        Report::versus(QStringLiteral("jssp_gap_%1_%2").arg(familyTag[f], longTag),
                       m.long10 / m.count, reference, m.dispatch / m.count, QStringLiteral("%"));
        if (shortTag != longTag) {
            Report::versus(QStringLiteral("jssp_gap_%1_%2").arg(familyTag[f], shortTag),
                           m.short1 / m.count, reference, m.dispatch / m.count,
                           QStringLiteral("%"));
        }
        Report::note(QStringLiteral("%1: %2 instances").arg(familyTag[f]).arg(m.count));
    }
    if (wall > 0) {
        Report::note(QStringLiteral("the solver had %1 % of a core on average (%2 s of CPU in "
                                    "%3 s); a loaded machine gives it fewer iterations")
                         .arg(100.0 * cpu / wall, 0, 'f', 0)
                         .arg(cpu, 0, 'f', 0)
                         .arg(wall, 0, 'f', 0));
    }
    if (failures > 0)
        Report::note(QStringLiteral("%1 instances failed").arg(failures));
    return failures > 0 ? 1 : 0;
}
