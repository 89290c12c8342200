#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// hearthctl as a script uses it: exit codes, output streams, JSON.
class tst_Hearthctl : public QObject
{
    Q_OBJECT

private slots:
    void demoThenStats();
    void exitCodes_data();
    void exitCodes();
    void damagedDatabaseIsReported();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QTemporaryDir m_dir;
};

tst_Hearthctl::Run tst_Hearthctl::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(HEARTH_CTL_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_Hearthctl::demoThenStats()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    const Run demo = run({"demo", "--db", db});
    QCOMPARE(demo.code, 0);
    QVERIFY2(demo.out.contains(QStringLiteral("93 orders")), qPrintable(demo.out));
    QVERIFY(demo.out.contains(QStringLiteral("\"admin\"")));

    const Run again = run({"demo", "--db", db});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("Nothing new")));

    const Run stats = run({"stats", "--db", db, "--json"});
    QCOMPARE(stats.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("orders")).toInt(), 93);
    QCOMPARE(json.value(QStringLiteral("lines")).toInt(), 288);
    QCOMPARE(json.value(QStringLiteral("customers")).toInt(), 82);
    QCOMPARE(json.value(QStringLiteral("amount")).toString(), QStringLiteral("559008.8953"));

    const Run search = run({"orders", "search", "--db", db, "杭州"});
    QCOMPARE(search.code, 0);
    QVERIFY(search.out.contains(QStringLiteral("杭州")));
    const QString orderNo = search.out.section(u'\t', 0, 0);
    const Run show = run({"orders", "show", "--db", db, orderNo});
    QCOMPARE(show.code, 0);
    QVERIFY(show.out.contains(orderNo));
    QCOMPARE(run({"orders", "show", "--db", db, "SO99999999"}).code, 5);
}

void tst_Hearthctl::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stderrHas");
    QTest::newRow("no command") << QStringList{} << 1 << "";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 1 << "unknown command";
    QTest::newRow("import without mapping") << QStringList{"import", "x.csv"} << 1 << "--mapping";
    QTest::newRow("unknown mapping") << QStringList{"import", "--mapping", "nope", "x.csv"} << 1
                                     << "no channel mapping named";
    QTest::newRow("missing file") << QStringList{"import", "--mapping", "tmall", "/nonexistent.csv"}
                                  << 2 << "does not exist";
    QTest::newRow("stats of no database") << QStringList{"stats", "--db", "/nonexistent/x.db"}
                                          << 2 << "no database";
    QTest::newRow("bad limit") << QStringList{"orders", "list", "--limit", "x"} << 1 << "--limit";
    QTest::newRow("help") << QStringList{"import", "--help"} << 0 << "";
}

void tst_Hearthctl::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, stderrHas);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
}

void tst_Hearthctl::damagedDatabaseIsReported()
{
    const QString db = m_dir.filePath(QStringLiteral("damaged.db"));
    QCOMPARE(run({"demo", "--db", db}).code, 0);
    QCOMPARE(run({"check", "--db", db}).code, 0);
    QFile f(db);
    QVERIFY(f.open(QIODevice::ReadWrite));
    for (qint64 offset = 4096; offset < f.size(); offset += 8192) {
        f.seek(offset + 100);
        f.write(QByteArray(200, '\xff'));
    }
    f.close();
    const Run check = run({"check", "--db", db});
    QCOMPARE(check.code, 2);
    QVERIFY2(check.err.contains(QStringLiteral("damaged")), qPrintable(check.err));
}

QTEST_GUILESS_MAIN(tst_Hearthctl)
#include "tst_hearthctl.moc"
