#include "production/jobshopdispatch.h"
#include "production/jobshopinstance.h"
#include "production/jobshopschedule.h"
#include "production/jobshopvalidator.h"

#include <QDir>
#include <QTest>

using namespace Hearth::Production;

namespace {

// Three jobs on two machines:
//   job 1: machine 0 for 3, then machine 1 for 2
//   job 2: machine 1 for 2, then machine 0 for 4
//   job 3: machine 0 for 1, then machine 1 for 3
JobShopInstance smallInstance()
{
    return JobShopInstance::fromJobs("small", 2,
                                     {{{0, 3}, {1, 2}}, {{1, 2}, {0, 4}}, {{0, 1}, {1, 3}}})
        .value();
}

// Machine 0: job 1 [0,3), job 3 [3,4), job 2 [4,8); machine 1: job 2 [0,2), job 1 [3,5),
// job 3 [5,8).
std::vector<int> validStarts()
{
    return {0, 3, 0, 4, 3, 5};
}

} // namespace

class tst_JobShopValidator : public QObject
{
    Q_OBJECT

private slots:
    void acceptsAValidSchedule();
    void findsTheFault_data();
    void findsTheFault();
    void machineSequencesFollowStarts();
    void dispatchRulesGiveValidSchedules_data();
    void dispatchRulesGiveValidSchedules();
    void dispatchRulesRankAsNamed_data();
    void dispatchRulesRankAsNamed();
};

void tst_JobShopValidator::acceptsAValidSchedule()
{
    const JobShopInstance instance = smallInstance();
    const JobShopSchedule schedule(instance, validStarts());
    QCOMPARE(schedule.makespan(), 8);
    const auto status = JobShopValidator::check(instance, schedule);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
}

void tst_JobShopValidator::findsTheFault_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("claimedMakespan");
    QTest::addColumn<QString>("error");

    QTest::newRow("overlap on a machine")
        << 4 << 2 << 8
        << "small: job 3, step 1 (machine 0) starts at 2 while job 1, step 1 (machine 0) runs "
           "on the same machine until 3";
    QTest::newRow("job order broken")
        << 1 << 2 << 8
        << "small: job 1, step 2 (machine 1) starts at 2, before the step ahead of it ends at 3";
    QTest::newRow("operation left out") << 3 << -1 << 8
                                        << "small: job 2, step 2 (machine 0) is not scheduled";
    QTest::newRow("makespan misreported")
        << 0 << 0 << 7 << "small: the schedule claims a makespan of 7 but its last operation "
                          "ends at 8";
    QTest::newRow("two operations starting together")
        << 3 << 3 << 8
        << "small: job 3, step 1 (machine 0) starts at 3 while job 2, step 2 (machine 0) runs on "
           "the same machine until 7";
}

void tst_JobShopValidator::findsTheFault()
{
    QFETCH(int, operation);
    QFETCH(int, start);
    QFETCH(int, claimedMakespan);
    QFETCH(QString, error);
    const JobShopInstance instance = smallInstance();
    std::vector<int> starts = validStarts();
    starts[size_t(operation)] = start;
    JobShopSchedule schedule(instance, starts);
    schedule.setMakespan(claimedMakespan);
    const auto status = JobShopValidator::check(instance, schedule);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().toString(), error);
}

void tst_JobShopValidator::machineSequencesFollowStarts()
{
    const JobShopInstance instance = smallInstance();
    const JobShopSchedule schedule(instance, validStarts());
    const auto sequences = schedule.machineSequences(instance);
    QCOMPARE(sequences.size(), size_t(2));
    QCOMPARE(sequences[0], (std::vector<int>{0, 4, 3}));
    QCOMPARE(sequences[1], (std::vector<int>{2, 1, 5}));

    JobShopSchedule shortOne(5);
    const auto status = JobShopValidator::check(instance, shortOne);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message, QString("the schedule has 5 operations; the instance has 6"));
}

void tst_JobShopValidator::dispatchRulesGiveValidSchedules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rule");
    const QString dir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/jobshop");
    if (!QFile::exists(dir + "/ft06.txt"))
        QSKIP("no job-shop data in ../shared/data/jobshop");
    for (const char *name : {"ft06", "la01", "la40", "ta31"}) {
        const QString file = dir + "/" + name + ".txt";
        if (!QFile::exists(file))
            continue;
        for (int rule = 0; rule < JobShopDispatch::RuleCount; ++rule) {
            const QString label = QStringLiteral("%1 %2").arg(
                name, JobShopDispatch::ruleName(JobShopDispatch::Rule(rule)));
            QTest::newRow(qPrintable(label)) << file << rule;
        }
    }
}

void tst_JobShopValidator::dispatchRulesGiveValidSchedules()
{
    QFETCH(QString, file);
    QFETCH(int, rule);
    const auto instance = JobShopInstance::fromFile(file);
    QVERIFY(instance.ok());
    const JobShopSchedule plain = JobShopDispatch::schedule(*instance, JobShopDispatch::Rule(rule));
    const auto status = JobShopValidator::check(*instance, plain);
    QVERIFY2(status.ok(), status.ok() ? "" : qPrintable(status.error().toString()));
    QVERIFY(plain.makespan() >= instance->trivialLowerBound());

    const JobShopSchedule noisy =
        JobShopDispatch::randomized(*instance, JobShopDispatch::Rule(rule), 7, 0.5);
    const auto noisyStatus = JobShopValidator::check(*instance, noisy);
    QVERIFY2(noisyStatus.ok(), noisyStatus.ok() ? "" : qPrintable(noisyStatus.error().toString()));
}

void tst_JobShopValidator::dispatchRulesRankAsNamed_data()
{
    // Operations: job 1 = 0 (machine 0, 5) then 1 (machine 1, 6); job 2 = 2 (machine 0, 6)
    // then 3 (machine 1, 1); job 3 = 4 (machine 0, 4) then 5 (machine 1, 3). At the start all
    // three wait for machine 0: SPT takes job 3, LPT job 2, MWKR job 1 (11 units of work left).
    QTest::addColumn<int>("rule");
    QTest::addColumn<std::vector<int>>("starts");
    QTest::addColumn<int>("makespan");
    using Rule = JobShopDispatch::Rule;
    QTest::newRow("SPT") << int(Rule::ShortestProcessingTime)
                         << std::vector<int>{4, 9, 9, 15, 0, 4} << 16;
    QTest::newRow("LPT") << int(Rule::LongestProcessingTime)
                         << std::vector<int>{6, 11, 0, 6, 11, 17} << 20;
    QTest::newRow("MWKR") << int(Rule::MostWorkRemaining)
                          << std::vector<int>{0, 5, 5, 11, 11, 15} << 18;
}

void tst_JobShopValidator::dispatchRulesRankAsNamed()
{
    QFETCH(int, rule);
    QFETCH(std::vector<int>, starts);
    QFETCH(int, makespan);
    const auto instance = JobShopInstance::fromJobs(
        "rank", 2, {{{0, 5}, {1, 6}}, {{0, 6}, {1, 1}}, {{0, 4}, {1, 3}}});
    QVERIFY(instance.ok());
    const JobShopSchedule schedule =
        JobShopDispatch::schedule(*instance, JobShopDispatch::Rule(rule));
    QCOMPARE(schedule.starts(), starts);
    QCOMPARE(schedule.makespan(), makespan);
    QVERIFY(JobShopValidator::check(*instance, schedule).ok());
}

QTEST_GUILESS_MAIN(tst_JobShopValidator)
#include "tst_jobshopvalidator.moc"
