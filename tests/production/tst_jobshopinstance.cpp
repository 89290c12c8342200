#include "production/jobshopbounds.h"
#include "production/jobshopinstance.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth::Production;

namespace {

const QString dataDir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/jobshop");

} // namespace

class tst_JobShopInstance : public QObject
{
    Q_OBJECT

private slots:
    void parsesGoodText_data();
    void parsesGoodText();
    void locatesErrors_data();
    void locatesErrors();
    void fileErrorsNameThePath();
    void readsEverySharedInstance_data();
    void readsEverySharedInstance();
    void fromJobsChecksItsInput();
    void readsBounds();
    void locatesBoundsErrors_data();
    void locatesBoundsErrors();
};

void tst_JobShopInstance::parsesGoodText_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray plain = "2 2\n0 3 1 2\n1 4 0 1\n";
    QTest::newRow("plain") << plain;
    QTest::newRow("no final line break") << QByteArray("2 2\n0 3 1 2\n1 4 0 1");
    QTest::newRow("CRLF and tabs") << QByteArray("2\t2\r\n0 3\t1  2\r\n 1 4 0 1 \r\n");
    QTest::newRow("comments and blank lines")
        << QByteArray("# made by hand\n\n2 2   # jobs, machines\n0 3 1 2\n\n# second job\n"
                      "1 4 0 1\n\n");
    QTest::newRow("OR-Library header and footer")
        << QByteArray(" instance tiny\n +++++++++++++++\n A 2x2 example, alternate name (t2)\n"
                      " 2 2\n 0 3 1 2\n 1 4 0 1\n +++++++++++++++\n");
}

void tst_JobShopInstance::parsesGoodText()
{
    QFETCH(QByteArray, text);
    const auto parsed = JobShopInstance::parse(text, "/tmp/tiny.txt");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    const JobShopInstance &instance = parsed.value();
    QCOMPARE(instance.name(), QString("tiny"));
    QCOMPARE(instance.jobCount(), 2);
    QCOMPARE(instance.machineCount(), 2);
    QCOMPARE(instance.operationCount(), 4);
    QCOMPARE(instance.machine(instance.operation(0, 1)), 1);
    QCOMPARE(instance.duration(instance.operation(0, 1)), 2);
    QCOMPARE(instance.machine(instance.operation(1, 0)), 1);
    QCOMPARE(instance.duration(instance.operation(1, 0)), 4);
    QCOMPARE(instance.duration(instance.operation(1, 1)), 1);
    // Machine 1 carries 2 + 4; each job is 5 long.
    QCOMPARE(instance.trivialLowerBound(), 6);
    QCOMPARE(instance.totalWork(), 10);
}

void tst_JobShopInstance::locatesErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty file") << QByteArray() << "bad.txt:1"
                                << "expected the size line \"jobs machines\" (two whole numbers); "
                                   "the file has none";
    QTest::newRow("header only") << QByteArray("instance x\n+++\n") << "bad.txt:2"
                                 << "expected the size line \"jobs machines\" (two whole "
                                    "numbers); the file has none";
    QTest::newRow("three numbers on the size line")
        << QByteArray("2 2 7\n0 3 1 2\n1 4 0 1\n") << "bad.txt:1"
        << "expected the size line \"jobs machines\" (two whole numbers), found \"2 2 7\"";
    QTest::newRow("word on the size line")
        << QByteArray("2 x\n0 3 1 2\n1 4 0 1\n") << "bad.txt:1"
        << "expected the size line \"jobs machines\" (two whole numbers), found \"2 x\"";
    QTest::newRow("no jobs") << QByteArray("0 3\n") << "bad.txt:1"
                             << "expected at least one job and one machine and at most 4000000 "
                                "operations, found 0 jobs and 3 machines";
    QTest::newRow("short job line")
        << QByteArray("2 2\n0 3 1\n1 4 0 1\n") << "bad.txt:2"
        << "job 1: expected 4 numbers (a machine and a duration for each of the 2 machines), "
           "found 3";
    QTest::newRow("machine out of range")
        << QByteArray("2 2\n0 3 2 2\n1 4 0 1\n") << "bad.txt:2"
        << "job 1, step 2: expected a machine from 0 to 1, found \"2\"";
    QTest::newRow("negative duration")
        << QByteArray("2 2\n0 3 1 -2\n1 4 0 1\n") << "bad.txt:2"
        << "job 1, step 2: expected a duration (a whole number, 0 or more), found \"-2\"";
    QTest::newRow("word for a duration")
        << QByteArray("2 2\n0 3 1 2\n1 four 0 1\n") << "bad.txt:3"
        << "job 2, step 1: expected a duration (a whole number, 0 or more), found \"four\"";
    QTest::newRow("fraction for a machine")
        << QByteArray("2 2\n0 3 1 2\n1.5 4 0 1\n") << "bad.txt:3"
        << "job 2, step 1: expected a machine from 0 to 1, found \"1.5\"";
    QTest::newRow("missing job") << QByteArray("2 2\n0 3 1 2\n") << "bad.txt:2"
                                 << "expected 2 job lines after the size line, found 1";
    QTest::newRow("extra data")
        << QByteArray("2 2\n0 3 1 2\n1 4 0 1\n5 5 5 5\n") << "bad.txt:4"
        << "expected the end of the file after the 2 jobs, found \"5 5 5 5\"";
    QTest::newRow("line count includes comments")
        << QByteArray("# c\n\n2 2\n0 3 1 2\n1 4 0\n") << "bad.txt:5"
        << "job 2: expected 4 numbers (a machine and a duration for each of the 2 machines), "
           "found 3";
}

void tst_JobShopInstance::locatesErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const auto parsed = JobShopInstance::parse(text, "bad.txt");
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().where, where);
    QCOMPARE(parsed.error().message, message);
}

void tst_JobShopInstance::fileErrorsNameThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("broken.txt");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("3 2\n0 1 1 1\n1 1 0 1\n1 1 0\n");
    file.close();

    const auto broken = JobShopInstance::fromFile(path);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().toString(),
             path + ":4: job 3: expected 4 numbers (a machine and a duration for each of the 2 "
                    "machines), found 3");

    const auto missing = JobShopInstance::fromFile(dir.filePath("none.txt"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().where, dir.filePath("none.txt"));
    QVERIFY(missing.error().message.startsWith("cannot read the file"));
}

void tst_JobShopInstance::readsEverySharedInstance_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(dataDir).entryList({"*.txt"}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no job-shop data in ../shared/data/jobshop");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << QDir(dataDir).filePath(file);
}

void tst_JobShopInstance::readsEverySharedInstance()
{
    QFETCH(QString, path);
    const auto bounds = JobShopBounds::fromFile(QDir(dataDir).filePath("bounds.csv"));
    QVERIFY2(bounds.ok(), bounds.ok() ? "" : qPrintable(bounds.error().toString()));
    const auto parsed = JobShopInstance::fromFile(path);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().toString()));
    const JobShopInstance &instance = parsed.value();
    QVERIFY(bounds->contains(instance.name()));
    const JobShopBound bound = bounds->bound(instance.name());
    QCOMPARE(instance.jobCount(), bound.jobs);
    QCOMPARE(instance.machineCount(), bound.machines);
    QVERIFY(instance.trivialLowerBound() <= bound.lowerBound);
    QVERIFY(bound.lowerBound <= bound.bestKnown);
}

void tst_JobShopInstance::fromJobsChecksItsInput()
{
    const auto ok = JobShopInstance::fromJobs("t", 2, {{{0, 1}, {1, 2}}, {{1, 3}, {0, 0}}});
    QVERIFY(ok.ok());
    QCOMPARE(ok->trivialLowerBound(), 5);

    const auto ragged = JobShopInstance::fromJobs("t", 2, {{{0, 1}, {1, 2}}, {{1, 3}}});
    QVERIFY(!ragged.ok());
    QCOMPARE(ragged.error().message, QString("job 2 has 1 steps where job 1 has 2"));

    const auto outside = JobShopInstance::fromJobs("t", 2, {{{0, 1}, {2, 2}}});
    QVERIFY(!outside.ok());
    QCOMPARE(outside.error().message, QString("job 1, step 2: machine 2 is outside 0-1"));

    const auto negative = JobShopInstance::fromJobs("t", 2, {{{0, -1}, {1, 2}}});
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().message, QString("job 1, step 1: the duration -1 is negative"));
}

void tst_JobShopInstance::readsBounds()
{
    const auto bounds = JobShopBounds::parse(
        "name,jobs,machines,optimum_or_best_upper,lower_bound,source\n"
        "ft06,6,6,55,55,\"closed, by hand\"\n"
        "ta40,30,15,1669,1658,open\n",
        "b.csv");
    QVERIFY2(bounds.ok(), bounds.ok() ? "" : qPrintable(bounds.error().toString()));
    QCOMPARE(bounds->size(), 2);
    QCOMPARE(bounds->bound("ft06").bestKnown, 55);
    QVERIFY(bounds->bound("ft06").closed());
    QCOMPARE(bounds->bound("ta40").lowerBound, 1658);
    QCOMPARE(bounds->bound("ta40").jobs, 30);
    QVERIFY(!bounds->bound("ta40").closed());
    QVERIFY(!bounds->contains("la16"));
}

void tst_JobShopInstance::locatesBoundsErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing column") << QByteArray("name,best\nft06,55\n")
                                    << "b.csv:1: expected the columns name, "
                                       "optimum_or_best_upper and lower_bound in the header";
    QTest::newRow("word for a value")
        << QByteArray("name,optimum_or_best_upper,lower_bound\nft06,55,55\nft10,x,930\n")
        << "b.csv:3: optimum_or_best_upper: expected a positive whole number, found \"x\"";
    QTest::newRow("lower bound above best")
        << QByteArray("name,optimum_or_best_upper,lower_bound\nft06,55,56\n")
        << "b.csv:2: lower_bound: expected a positive whole number no larger than 55, found "
           "\"56\"";
    QTest::newRow("short row") << QByteArray("name,optimum_or_best_upper,lower_bound\nft06,55\n")
                               << "b.csv:2: expected 3 columns, found 2";
}

void tst_JobShopInstance::locatesBoundsErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    const auto bounds = JobShopBounds::parse(csv, "b.csv");
    QVERIFY(!bounds.ok());
    QCOMPARE(bounds.error().toString(), error);
}

QTEST_GUILESS_MAIN(tst_JobShopInstance)
#include "tst_jobshopinstance.moc"
