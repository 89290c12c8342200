#include "production/jobshopbounds.h"
#include "production/jobshopdispatch.h"
#include "production/jobshopinstance.h"
#include "production/jobshopsolver.h"
#include "production/jobshopvalidator.h"

#include <QDir>
#include <QTest>

#include <atomic>

using namespace Hearth::Production;

namespace {

const QString dataDir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/jobshop");

// Iteration limits keep the tests repeatable; the time limit is only a guard.
JobShopSolver::Options limited(std::int64_t iterations, std::uint64_t seed = 1)
{
    JobShopSolver::Options options;
    options.timeLimitSeconds = 60;
    options.maxIterations = iterations;
    options.seed = seed;
    return options;
}

JobShopInstance load(const QString &name)
{
    const auto instance = JobShopInstance::fromFile(dataDir + "/" + name + ".txt");
    return instance.ok() ? instance.value() : JobShopInstance();
}

QString errorText(const Hearth::Core::Status &status)
{
    return status.ok() ? QString() : status.error().toString();
}

} // namespace

class tst_JobShopSolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reachesKnownOptimum_data();
    void reachesKnownOptimum();
    void solvesEveryLawrenceInstance_data();
    void solvesEveryLawrenceInstance();
    void repeatsWithTheSameSeed();
    void reportsProgressAndStopsOnCancel();
    void handlesUnusualInstances_data();
    void handlesUnusualInstances();
    void searchesLongBlocks();
    void refusesAnEmptyInstance();

private:
    JobShopBounds m_bounds;
};

void tst_JobShopSolver::initTestCase()
{
    const auto bounds = JobShopBounds::fromFile(dataDir + "/bounds.csv");
    if (!bounds.ok())
        QSKIP("no job-shop data in ../shared/data/jobshop");
    m_bounds = bounds.value();
}

void tst_JobShopSolver::reachesKnownOptimum_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("optimum");
    QTest::addColumn<int>("iterations");
    QTest::newRow("ft06") << "ft06" << 55 << 20'000;
    QTest::newRow("la01") << "la01" << 666 << 20'000;
    QTest::newRow("la05") << "la05" << 593 << 20'000;
}

void tst_JobShopSolver::reachesKnownOptimum()
{
    QFETCH(QString, name);
    QFETCH(int, optimum);
    QFETCH(int, iterations);
    const JobShopInstance instance = load(name);
    QCOMPARE(instance.name(), name);
    QCOMPARE(m_bounds.bound(name).bestKnown, optimum);

    JobShopSolver::Options options = limited(iterations);
    options.targetMakespan = optimum;
    const auto outcome = JobShopSolver::solve(instance, options);
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
    QCOMPARE(outcome->makespan, optimum);
    QCOMPARE(outcome->schedule.makespan(), optimum);
    QVERIFY2(JobShopValidator::check(instance, outcome->schedule).ok(),
             qPrintable(errorText(JobShopValidator::check(instance, outcome->schedule))));
    QVERIFY(outcome->iterations <= iterations);
}

void tst_JobShopSolver::solvesEveryLawrenceInstance_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = QDir(dataDir).entryList({"la*.txt"}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no Lawrence instances in ../shared/data/jobshop");
    for (const QString &file : files) {
        const QString name = file.chopped(4);
        QTest::newRow(qPrintable(name)) << name;
    }
}

void tst_JobShopSolver::solvesEveryLawrenceInstance()
{
    QFETCH(QString, name);
    const JobShopInstance instance = load(name);
    QCOMPARE(instance.name(), name);
    const auto outcome = JobShopSolver::solve(instance, limited(3'000));
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
    const auto status = JobShopValidator::check(instance, outcome->schedule);
    QVERIFY2(status.ok(), qPrintable(errorText(status)));
    QCOMPARE(outcome->makespan, outcome->schedule.makespan());

    if (m_bounds.contains(name)) {
        const JobShopBound bound = m_bounds.bound(name);
        QVERIFY2(outcome->makespan >= bound.lowerBound,
                 qPrintable(QString("%1 below the lower bound %2")
                                .arg(outcome->makespan).arg(bound.lowerBound)));
        // Even a short search lands within 8 % of the best known on these instances.
        QVERIFY2(outcome->makespan <= bound.bestKnown * 1.08,
                 qPrintable(QString("%1 against the best known %2")
                                .arg(outcome->makespan).arg(bound.bestKnown)));
    }
    const JobShopSchedule dispatched =
        JobShopDispatch::schedule(instance, JobShopDispatch::Rule::MostWorkRemaining);
    QVERIFY(outcome->makespan <= dispatched.makespan());
    QVERIFY(outcome->firstMakespan <= dispatched.makespan());
}

void tst_JobShopSolver::repeatsWithTheSameSeed()
{
    const JobShopInstance instance = load("ft10");
    QCOMPARE(instance.name(), QString("ft10"));
    const auto first = JobShopSolver::solve(instance, limited(4'000, 42));
    const auto second = JobShopSolver::solve(instance, limited(4'000, 42));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->makespan, second->makespan);
    QCOMPARE(first->schedule.starts(), second->schedule.starts());
    QCOMPARE(first->iterations, second->iterations);

    const auto other = JobShopSolver::solve(instance, limited(4'000, 7));
    QVERIFY(other.ok());
    QVERIFY(JobShopValidator::check(instance, other->schedule).ok());
}

void tst_JobShopSolver::reportsProgressAndStopsOnCancel()
{
    const JobShopInstance instance = load("la40");
    QCOMPARE(instance.name(), QString("la40"));
    std::atomic<bool> cancel{false};
    QList<int> seen;
    JobShopSolver::Options options = limited(0);
    options.cancel = &cancel;
    options.progress = [&](const JobShopSolver::Progress &progress) {
        seen.append(progress.bestMakespan);
        if (seen.size() == 3)
            cancel = true;
    };
    const auto outcome = JobShopSolver::solve(instance, options);
    QVERIFY(outcome.ok());
    QVERIFY(outcome->cancelled);
    QVERIFY(seen.size() >= 3);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY(seen[i] < seen[i - 1]);
    QCOMPARE(outcome->makespan, seen.last());
    QVERIFY(JobShopValidator::check(instance, outcome->schedule).ok());
}

void tst_JobShopSolver::handlesUnusualInstances_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("optimum");
    QTest::newRow("one job") << QByteArray("1 3\n2 4 0 5 1 6\n") << 15;
    QTest::newRow("one machine") << QByteArray("3 1\n0 4\n0 5\n0 6\n") << 15;
    QTest::newRow("zero durations") << QByteArray("3 2\n0 0 1 3\n1 0 0 0\n0 2 1 0\n") << 3;
    // Not the usual layout, but readable: job 2 visits machine 0 twice.
    QTest::newRow("machine visited twice") << QByteArray("2 2\n0 3 1 2\n0 2 0 2\n") << 7;
}

void tst_JobShopSolver::handlesUnusualInstances()
{
    QFETCH(QByteArray, text);
    QFETCH(int, optimum);
    const auto instance = JobShopInstance::parse(text, "unusual.txt");
    QVERIFY2(instance.ok(), instance.ok() ? "" : qPrintable(instance.error().toString()));
    const auto outcome = JobShopSolver::solve(*instance, limited(2'000));
    QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().toString()));
    QVERIFY2(JobShopValidator::check(*instance, outcome->schedule).ok(),
             qPrintable(errorText(JobShopValidator::check(*instance, outcome->schedule))));
    QCOMPARE(outcome->makespan, optimum);
}

void tst_JobShopSolver::searchesLongBlocks()
{
    // 120 jobs through a bottleneck (machine 1): its critical blocks run far past the move
    // window, and no schedule meets the trivial bound, so the search runs its whole budget.
    std::vector<std::vector<JobShopStep>> jobs;
    for (int j = 0; j < 120; ++j) {
        const JobShopStep first{0, 1 + (j * 7) % 23};
        const JobShopStep bottleneck{1, 20 + (j * 11) % 19};
        const JobShopStep last{2, 1 + (j * 5) % 17};
        if (j % 2 == 0)
            jobs.push_back({first, bottleneck, last});
        else
            jobs.push_back({last, bottleneck, first});
    }
    const auto instance = JobShopInstance::fromJobs("bottleneck", 3, jobs);
    QVERIFY(instance.ok());
    const auto outcome = JobShopSolver::solve(*instance, limited(300));
    QVERIFY(outcome.ok());
    QVERIFY2(JobShopValidator::check(*instance, outcome->schedule).ok(),
             qPrintable(errorText(JobShopValidator::check(*instance, outcome->schedule))));
    QCOMPARE(outcome->iterations, 300);
    // The bottleneck's load, plus at least one unit before its first and after its last job.
    QVERIFY(outcome->makespan >= instance->trivialLowerBound() + 2);
    QVERIFY(outcome->makespan <= outcome->firstMakespan);
    const JobShopSchedule dispatched =
        JobShopDispatch::schedule(*instance, JobShopDispatch::Rule::MostWorkRemaining);
    QVERIFY(outcome->makespan <= dispatched.makespan());
}

void tst_JobShopSolver::refusesAnEmptyInstance()
{
    const auto outcome = JobShopSolver::solve(JobShopInstance(), limited(10));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().message, QString("the instance has no operations"));
}

QTEST_GUILESS_MAIN(tst_JobShopSolver)
#include "tst_jobshopsolver.moc"
