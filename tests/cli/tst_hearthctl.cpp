#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A dealer's export: D-002 has two lines, a dealer, unit prices and a discount, no promise date.
const char *dealerCsv =
    "单号,行号,经销商,客户,手机,地址,签单日期,产品,单位,数量,单价,折扣\r\n"
    "D-001,1,杭州经销,张三丰,13800000001,浙江省杭州市西湖区文三路1号,2024-03-05,衣柜,件,1,680,0\r\n"
    "D-002,1,杭州经销,李四,13800000002,浙江省杭州市西湖区文三路2号,2024-03-06,橱柜,件,2,1500,8折\r\n"
    "D-002,2,杭州经销,李四,13800000002,浙江省杭州市西湖区文三路2号,2024-03-06,拉手,件,6,25.5,0\r\n";

const char *dealerMapping = R"({
    "name": "cli_dealer", "channel": "dealer",
    "fields": { "channel_order_no": "单号", "channel_line_no": "行号", "dealer_name": "经销商",
                "customer_name": "客户", "mobile": "手机", "address": "地址",
                "signed_on": "签单日期", "product_name": "产品", "unit": "单位",
                "quantity": "数量", "unit_price": "单价", "discount": "折扣" } })";

} // namespace

// hearthctl as a script uses it: exit codes, output streams, JSON.
class tst_Hearthctl : public QObject
{
    Q_OBJECT

private slots:
    void demoThenStats();
    void exitCodes_data();
    void exitCodes();
    void damagedDatabaseIsReported();
    void importChoosesTheEncoding();
    void importRefusesBadFiles();
    void showPrintsTheWholeOrder();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
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

QString tst_Hearthctl::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
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

    // A search with nothing searchable in it finds nothing, not everything.
    const Run chair = run({"orders", "search", "--db", db, "🪑"});
    QCOMPARE(chair.code, 0);
    QVERIFY2(chair.out.startsWith(QStringLiteral("0 order")), qPrintable(chair.out));
}

void tst_Hearthctl::importChoosesTheEncoding()
{
    const QString db = m_dir.filePath(QStringLiteral("encoding.db"));
    const QString mapping = write(QStringLiteral("cli_dealer.json"), dealerMapping);
    const QString file = write(QStringLiteral("gb.csv"),
                               QStringEncoder("GB18030").encode(QString::fromUtf8(dealerCsv)));
    const Run utf8 = run({"import", "--db", db, "--mapping", mapping, "--encoding", "utf-8", file});
    QCOMPARE(utf8.code, 2);
    QVERIFY2(utf8.err.contains(QStringLiteral("not valid UTF-8")), qPrintable(utf8.err));
    const Run unknown = run({"import", "--db", db, "--mapping", mapping, "--encoding", "ebcdic",
                             file});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("--encoding takes")), qPrintable(unknown.err));
    const Run gb = run({"import", "--db", db, "--mapping", mapping, "--encoding", "gb18030",
                        file});
    QCOMPARE(gb.code, 0);
    QVERIFY2(gb.out.contains(QStringLiteral("2 new orders")), qPrintable(gb.out));
    QVERIFY(run({"import", "--help"}).out.contains(QStringLiteral("--encoding")));
}

void tst_Hearthctl::importRefusesBadFiles()
{
    const QString db = m_dir.filePath(QStringLiteral("bad.db"));
    const QString mapping = write(QStringLiteral("cli_dealer.json"), dealerMapping);
    const QByteArrayList lines = QByteArray(dealerCsv).split('\n');

    const QString header = write(QStringLiteral("header.csv"), lines[0] + '\n');
    const Run empty = run({"import", "--db", db, "--mapping", mapping, header});
    QCOMPARE(empty.code, 2);
    QVERIFY2(empty.err.contains(QStringLiteral("header.csv: the file has no data rows")),
             qPrintable(empty.err));
    QVERIFY(!empty.out.contains(QStringLiteral("Nothing new")));

    const QString repeated = write(QStringLiteral("repeated.csv"),
                                   QByteArray(dealerCsv) + lines[1] + '\n');
    const Run stop = run({"import", "--db", db, "--mapping", mapping, repeated});
    QCOMPARE(stop.code, 3);
    QVERIFY2(stop.err.contains(QStringLiteral("repeated.csv, row 5, column \"行号\": line 1 of "
                                              "order D-001 repeats row 2")),
             qPrintable(stop.err));
    const Run skip = run({"import", "--db", db, "--mapping", mapping, "--skip-bad-rows",
                          repeated});
    QCOMPARE(skip.code, 0);
    QVERIFY2(skip.out.contains(QStringLiteral("1 new orders")), qPrintable(skip.out));

    QByteArray dayFirst(dealerCsv);
    dayFirst.replace("2024-03-05", "25/3/2024").replace("2024-03-06", "26/3/2024");
    const Run dates = run({"import", "--db", db, "--mapping", mapping, "--date-order", "MDY",
                           write(QStringLiteral("dmy.csv"), dayFirst)});
    QCOMPARE(dates.code, 3);
    QCOMPARE(dates.err.count(QStringLiteral("try --date-order DMY")), 1);
    QVERIFY2(dates.err.contains(QStringLiteral("(expected e.g. 11/8/2016, month/day/year)")),
             qPrintable(dates.err));
}

void tst_Hearthctl::showPrintsTheWholeOrder()
{
    const QString db = m_dir.filePath(QStringLiteral("show.db"));
    const QString mapping = write(QStringLiteral("cli_dealer.json"), dealerMapping);
    QCOMPARE(run({"import", "--db", db, "--mapping", mapping,
                  write(QStringLiteral("show.csv"), dealerCsv)})
                 .code,
             0);
    const Run show = run({"orders", "show", "--db", db, "SO00000002"});
    QCOMPARE(show.code, 0);
    QVERIFY2(show.out.contains(QStringLiteral("Dealer: 杭州经销")), qPrintable(show.out));
    QVERIFY2(show.out.contains(QStringLiteral("Dates: signed 2024-03-06; status")),
             qPrintable(show.out));
    QVERIFY(!show.out.contains(QStringLiteral("promised ,")));
    QVERIFY2(show.out.contains(QStringLiteral("1. 橱柜  2 piece × 1500.00, 20% off  2400.00")),
             qPrintable(show.out));
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
