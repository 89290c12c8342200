#include "production/jobshopdispatch.h"
#include "production/jobshopinstance.h"
#include "production/jselite.h"
#include "production/jsproblem.h"
#include "production/jsrandom.h"
#include "production/jssequencing.h"
#include "production/jstabusearch.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Hearth::Production;
using namespace Hearth::Production::Internal;

namespace {

const QString dataDir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/jobshop");

/// Whether an instance is there: inline, or a file of ../shared/data/jobshop.
bool available(const QString &spec)
{
    return !spec.startsWith("file:") || QFile::exists(dataDir + "/" + spec.mid(5) + ".txt");
}

JobShopInstance instanceFrom(const QString &spec)
{
    if (spec.startsWith("file:")) {
        const auto loaded = JobShopInstance::fromFile(dataDir + "/" + spec.mid(5) + ".txt");
        return loaded.ok() ? loaded.value() : JobShopInstance();
    }
    const auto parsed = JobShopInstance::parse(spec.toUtf8(), "inline.txt");
    return parsed.ok() ? parsed.value() : JobShopInstance();
}

std::vector<int> dispatchOrder(const Problem &problem, const JobShopInstance &instance)
{
    std::vector<int> order;
    orderFromStarts(problem,
                    JobShopDispatch::schedule(instance, JobShopDispatch::Rule::MostWorkRemaining)
                        .starts(),
                    order);
    return order;
}

} // namespace

class tst_JobShopSearch : public QObject
{
    Q_OBJECT

private slots:
    void incrementalUpdatesMatchARecount_data();
    void incrementalUpdatesMatchARecount();
    void repairBreaksCycles();
    void relinkingMovesTowardsTheGuide();
    void elitePoolKeepsTheBestDistinct();
    void tabuSearchNeverLosesItsBest();
};

void tst_JobShopSearch::incrementalUpdatesMatchARecount_data()
{
    QTest::addColumn<QString>("instance");
    QTest::newRow("ft06") << "file:ft06";
    QTest::newRow("la21") << "file:la21";
    QTest::newRow("ta31") << "file:ta31";
    QTest::newRow("zero durations") << "4 3\n0 0 1 3 2 0\n1 0 0 0 2 4\n2 2 1 0 0 5\n0 1 2 0 1 0\n";
    QTest::newRow("machine visited twice") << "3 3\n0 3 0 2 1 4\n1 2 1 1 2 3\n2 5 0 1 2 2\n";
}

void tst_JobShopSearch::incrementalUpdatesMatchARecount()
{
    // Random moves on one machine, cycles included: each made move must leave heads, tails,
    // makespan and the topological order as a full recount finds them; a refused one must
    // leave everything as it was.
    QFETCH(QString, instance);
    if (!available(instance))
        QSKIP("no job-shop data in ../shared/data/jobshop");
    const JobShopInstance jobs = instanceFrom(instance);
    QVERIFY(jobs.operationCount() > 0);
    const Problem problem(jobs);
    Sequencing moving(problem);
    Sequencing recount(problem);
    moving.assign(dispatchOrder(problem, jobs));
    QVERIFY(moving.evaluate());

    Random random(3);
    int made = 0;
    int refused = 0;
    for (int i = 0; i < 1500; ++i) {
        const int m = random.below(problem.machines);
        const int first = problem.machineStart[size_t(m)];
        const int count = problem.machineStart[size_t(m) + 1] - first;
        int lo = first + random.below(count);
        int hi = first + random.below(count);
        if (lo == hi)
            continue;
        if (lo > hi)
            std::swap(lo, hi);
        std::vector<int> wished = moving.order;
        const bool forward = random.below(2) == 0;
        if (forward)
            std::rotate(wished.begin() + lo, wished.begin() + lo + 1, wished.begin() + hi + 1);
        else
            std::rotate(wished.begin() + lo, wished.begin() + hi, wished.begin() + hi + 1);
        recount.assign(wished);
        const bool acyclic = recount.evaluate();

        const std::vector<int> before = moving.order;
        const std::vector<int> headsBefore = moving.head;
        const bool ok = forward ? moving.moveForward(lo, hi) : moving.moveBackward(lo, hi);
        QCOMPARE(ok, acyclic);
        if (!ok) {
            ++refused;
            QCOMPARE(moving.order, before);
            QCOMPARE(moving.head, headsBefore);
            continue;
        }
        QCOMPARE(moving.order, wished);
        ++made;
        QCOMPARE(moving.head, recount.head);
        QCOMPARE(moving.tail, recount.tail);
        QCOMPARE(moving.makespan, recount.makespan);
        const int last = moving.lastOperation;
        QCOMPARE(moving.head[size_t(last)] + problem.duration[size_t(last)], moving.makespan);
        for (int op = 0; op < problem.operations; ++op) {
            QCOMPARE(moving.topological[size_t(moving.rank[size_t(op)])], op);
            const int job = problem.jobSucc[size_t(op)];
            const int machine = moving.machineSucc[size_t(op)];
            QVERIFY(job < 0 || moving.rank[size_t(job)] > moving.rank[size_t(op)]);
            QVERIFY(machine < 0 || moving.rank[size_t(machine)] > moving.rank[size_t(op)]);
        }
    }
    QVERIFY(made > 100);
    QVERIFY(refused > 0);
}

void tst_JobShopSearch::repairBreaksCycles()
{
    // Two jobs crossing two machines in opposite orders; wishing each machine to take the
    // other job's second step first is a cycle.
    const JobShopInstance jobs = instanceFrom("2 2\n0 3 1 2\n1 4 0 1\n");
    const Problem problem(jobs);
    // Machine 0 holds operations 0 and 3, machine 1 holds 1 and 2.
    const std::vector<int> wished{3, 0, 1, 2};
    Sequencing sequencing(problem);
    sequencing.assign(wished);
    QVERIFY(!sequencing.evaluate());

    std::vector<int> repaired;
    repairOrder(problem, wished, repaired);
    sequencing.assign(repaired);
    QVERIFY(sequencing.evaluate());
    // Machine 1's wish (1 before 2) is kept and machine 0 gives way: 0 [0,3), 1 [3,5),
    // 2 [5,9), 3 [9,10).
    QCOMPARE(repaired, (std::vector<int>{0, 3, 1, 2}));
    QCOMPARE(sequencing.makespan, 10);
}

void tst_JobShopSearch::relinkingMovesTowardsTheGuide()
{
    if (!available("file:la21"))
        QSKIP("no job-shop data in ../shared/data/jobshop");
    const JobShopInstance la = instanceFrom("file:la21");
    QVERIFY(la.operationCount() > 0);
    const Problem problem(la);
    Random random(11);
    const std::vector<int> from = dispatchOrder(problem, la);
    std::vector<int> guide;
    orderFromStarts(problem,
                    JobShopDispatch::randomized(la, JobShopDispatch::Rule::ShortestProcessingTime,
                                                5, 0.5)
                        .starts(),
                    guide);
    const int distance = orderDistance(from, guide);
    QVERIFY(distance > 20);

    std::vector<int> halfway;
    relink(problem, from, guide, 0.5, random, halfway);
    Sequencing sequencing(problem);
    sequencing.assign(halfway);
    QVERIFY(sequencing.evaluate());
    QVERIFY(orderDistance(halfway, guide) < distance);
    QVERIFY(orderDistance(halfway, from) > 0);

    std::vector<int> all;
    relink(problem, from, guide, 1.0, random, all);
    QCOMPARE(orderDistance(all, guide), 0);
}

void tst_JobShopSearch::elitePoolKeepsTheBestDistinct()
{
    ElitePool pool(2);
    QVERIFY(pool.offer({0, 1, 2}, 30));
    QVERIFY(!pool.offer({0, 1, 2}, 30));
    QVERIFY(pool.offer({1, 0, 2}, 20));
    QVERIFY(pool.full());
    QVERIFY(!pool.offer({2, 1, 0}, 30));
    QVERIFY(pool.offer({2, 1, 0}, 25));
    QCOMPARE(pool.size(), 2);
    QCOMPARE(pool.member(0).makespan, 25);
    QCOMPARE(pool.member(0).order, (std::vector<int>{2, 1, 0}));
    QCOMPARE(pool.member(1).makespan, 20);
}

void tst_JobShopSearch::tabuSearchNeverLosesItsBest()
{
    if (!available("file:ft10"))
        QSKIP("no job-shop data in ../shared/data/jobshop");
    const JobShopInstance jobs = instanceFrom("file:ft10");
    QVERIFY(jobs.operationCount() > 0);
    const Problem problem(jobs);
    Random random(1);
    TabuSearch search(problem, random);
    const std::vector<int> start = dispatchOrder(problem, jobs);
    QVERIFY(search.start(start));
    const int first = search.bestMakespan();
    TabuSearch::Limits limits;
    limits.iterations = 3000;
    limits.stallIterations = 3000;
    int lastHeard = first;
    int heard = 0;
    search.run(limits, {}, [&](int makespan) {
        QVERIFY(makespan < lastHeard);
        lastHeard = makespan;
        ++heard;
    });
    QCOMPARE(search.iterations(), 3000);
    QVERIFY(heard > 0);
    QCOMPARE(search.bestMakespan(), lastHeard);
    QVERIFY(search.bestMakespan() < first);
    Sequencing check(problem);
    check.assign(search.bestOrder());
    QVERIFY(check.evaluate());
    QCOMPARE(check.makespan, search.bestMakespan());
}

QTEST_GUILESS_MAIN(tst_JobShopSearch)
#include "tst_jobshopsearch.moc"
