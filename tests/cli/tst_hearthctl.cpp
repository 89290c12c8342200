#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A dealer's export: D-002 has two lines, a dealer, unit prices and a discount, no promise date.
const char *dealerCsv =
    "单号,行号,经销商,客户,手机,地址,签单日期,产品,单位,数量,单价,"
    "折扣\r\n"
    "D-001,1,杭州经销,张三丰,13800000001,浙江省杭州市西湖区文三路1号,"
    "2024-03-05,衣柜,件,1,680,0\r\n"
    "D-002,1,杭州经销,李四,13800000002,浙江省杭州市西湖区文三路2号,"
    "2024-03-06,橱柜,件,2,1500,8折\r\n"
    "D-002,2,杭州经销,李四,13800000002,浙江省杭州市西湖区文三路2号,"
    "2024-03-06,拉手,件,6,25.5,0\r\n";

const char *dealerMapping = R"({
    "name": "cli_dealer", "channel": "dealer",
    "fields": { "channel_order_no": "单号", "channel_line_no": "行号",
                "dealer_name": "经销商", "customer_name": "客户", "mobile": "手机",
                "address": "地址",
                "signed_on": "签单日期", "product_name": "产品", "unit": "单位",
                "quantity": "数量", "unit_price": "单价", "discount": "折扣" } })";

} // namespace

// hearthctl as a script uses it: exit codes, output streams, JSON.
class tst_Hearthctl : public QObject
{
    Q_OBJECT

private slots:
    void demoThenStats();
    void ordersCancelAndDelete();
    void exitCodes_data();
    void exitCodes();
    void damagedDatabaseIsReported();
    void importChoosesTheEncoding();
    void importRefusesBadFiles();
    void showPrintsTheWholeOrder();
    void processSplitsAndDryRunShowsRuleChanges();
    void processDefinitionsAsFiles();
    void chineseWhenAsked();
    void closeMonth();
    void statementSaysWhatIsWrong();
    void approveUnknownIdIsNotFound();
    void rulesDryRunRefusesReversedDates();
    void costsArguments();
    void profitByRegionFallsBackToProvince();
    void statsQuantityPerUnit();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QStringList &environment = {});
    QString write(const QString &name, const QByteArray &bytes);
    QString demoDatabase();
    QTemporaryDir m_dir;
    QString m_demo;
};

tst_Hearthctl::Run tst_Hearthctl::run(const QStringList &args, const QStringList &environment)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
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

void tst_Hearthctl::ordersCancelAndDelete()
{
    const QString db = m_dir.filePath(QStringLiteral("removal.db"));
    QCOMPARE(run({"demo", "--db", db}).code, 0);
    // The demo's SO00000076 is held by review; SO00000092 too; SO00000104 is in production.
    const Run noReason = run({"orders", "cancel", "SO00000076", "--db", db});
    QCOMPARE(noReason.code, 1);
    QVERIFY2(noReason.err.contains(QStringLiteral("--reason")), qPrintable(noReason.err));
    const Run cancelled = run({"orders", "cancel", "SO00000076", "--db", db, "--reason",
                               "客户取消"});
    QCOMPARE(cancelled.code, 0);
    QCOMPARE(cancelled.out.trimmed(),
             QStringLiteral("SO00000076 cancelled (1 open task cancelled)"));
    const Run shown = run({"orders", "list", "--status", "cancelled", "--db", db});
    QVERIFY2(shown.out.contains(QStringLiteral("SO00000076")), qPrintable(shown.out));

    const Run kept = run({"orders", "delete", "SO00000104", "--db", db, "--reason", "录错"});
    QCOMPARE(kept.code, 2);
    QCOMPARE(kept.err.trimmed(),
             QStringLiteral("hearthctl: SO00000104 cannot be deleted: its status is In "
                            "production; it has 3 work orders; cancel it instead"));
    const Run deleted = run({"orders", "delete", "SO00000092", "--db", db, "--reason", "录错"});
    QCOMPARE(deleted.code, 0);
    QCOMPARE(deleted.out.trimmed(),
             QStringLiteral("SO00000092 deleted (1 open task cancelled)"));
    QCOMPARE(run({"orders", "show", "SO00000092", "--db", db}).code, 5);
}

void tst_Hearthctl::demoThenStats()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.db"));
    const Run demo = run({"demo", "--db", db});
    QCOMPARE(demo.code, 0);
    QVERIFY2(demo.out.contains(QStringLiteral("93 orders")), qPrintable(demo.out));
    QVERIFY(demo.out.contains(QStringLiteral("\"admin\"")));

    // A short administrator password is refused before any order is written.
    const QString refused = m_dir.filePath(QStringLiteral("refused.db"));
    const Run shortPassword = run({"demo", "--db", refused},
                                  {QStringLiteral("HEARTH_ADMIN_PASSWORD=x")});
    QCOMPARE(shortPassword.code, 2);
    QVERIFY2(shortPassword.err.contains(QStringLiteral("at least 8 characters")),
             qPrintable(shortPassword.err));
    QVERIFY(!QFile::exists(refused));

    const Run again = run({"demo", "--db", db});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("Nothing new")));

    const Run stats = run({"stats", "--db", db, "--json"});
    QCOMPARE(stats.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    // The 93 bundled sample orders (288 lines, 82 customers, ¥559,008.8953) and the 12 custom
    // cabinet orders the production demo adds (45 lines, 12 customers, ¥76,222.02).
    QCOMPARE(json.value(QStringLiteral("orders")).toInt(), 105);
    QCOMPARE(json.value(QStringLiteral("lines")).toInt(), 333);
    QCOMPARE(json.value(QStringLiteral("customers")).toInt(), 94);
    QCOMPARE(json.value(QStringLiteral("amount")).toString(), QStringLiteral("635230.9153"));

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

    // A mistyped planning start is refused before anything is saved; a dry run may try it.
    const Run before = run({"workorders", "list", "--db", db});
    QCOMPARE(before.code, 0);
    const Run past = run({"plan", "--db", db, "--from", "1970-01-01T08:00:00+08:00"});
    QCOMPARE(past.code, 1);
    QVERIFY2(past.err.contains(QStringLiteral("more than a week before now")),
             qPrintable(past.err));
    QCOMPARE(run({"plan", "--db", db, "--from", "9999-12-31T23:00:00+08:00"}).code, 1);
    QCOMPARE(run({"workorders", "list", "--db", db}).out, before.out);
    const Run tried = run({"plan", "--db", db, "--from", "1970-01-01T08:00:00+08:00",
                           "--dry-run"});
    QVERIFY2(tried.code == 0, qPrintable(tried.err));
    QCOMPARE(run({"workorders", "list", "--db", db}).out, before.out);

    // A promise date is for an order still to be made, asked for by its number.
    QCOMPARE(run({"plan", "--db", db, "--promise", ""}).code, 1);
    const Run closed = run({"plan", "--db", db, "--promise", "SO00000003"});
    QCOMPARE(closed.code, 2);
    QVERIFY2(closed.err.contains(QStringLiteral("SO00000003 (Closed): a promise date is for")),
             qPrintable(closed.err));
    const Run open = run({"plan", "--db", db, "--promise", "SO00000097"});
    QVERIFY2(open.code == 0, qPrintable(open.err));
    QVERIFY2(open.out.startsWith(QStringLiteral("SO00000097: the factory can finish it by")),
             qPrintable(open.out));
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

void tst_Hearthctl::processSplitsAndDryRunShowsRuleChanges()
{
    const QString db = m_dir.filePath(QStringLiteral("process.db"));
    const Run demo = run({"demo", "--db", db});
    QCOMPARE(demo.code, 0);
    // The demo's eight new or confirmed orders go through the engine: four held, four split.
    QVERIFY2(demo.out.contains(QStringLiteral("8 orders looked at, 4 held by review, 0 waiting "
                                              "for approval, 4 split")),
             qPrintable(demo.out));
    // Nothing is left to do: a second run creates nothing.
    const Run again = run({"process", "--db", db});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("0 tasks created")), qPrintable(again.out));

    const Run tasks = run({"tasks", "--db", db, "--user", "zhang"});
    QCOMPARE(tasks.code, 0);
    QCOMPARE(tasks.out.count(QStringLiteral("\tfix_order\t")), 4);
    QVERIFY(tasks.out.contains(QStringLiteral("审单未通过")));

    // A designer's order with a 20 % discount waits for the sales manager, who approves it
    // from the command line with the approval task's id as 'tasks' lists it.
    const QString designerFile = write(
        QStringLiteral("discount.json"),
        QStringLiteral("{\"orders\": [{\"orderNo\": \"SJ-T-1\", \"designer\": "
                       "{\"code\": \"SJ031\", \"name\": \"欧阳青\"}, "
                       "\"customer\": {\"name\": \"王雨萱\", \"mobile\": "
                       "\"15100001779\", \"address\": "
                       "\"湖北省武汉市武昌区中北路666号\"}, "
                       "\"signDate\": \"2026/9/28\", \"deposit\": 2000, \"status\": \"待确认\", "
                       "\"lines\": [{\"lineNo\": 1, \"category\": \"台面\", \"product\": "
                       "\"石英石台面\", \"unit\": \"延米\", \"qty\": 4, \"price\": 1000, "
                       "\"discount\": \"20%\"}]}]}")
            .toUtf8());
    const Run imported = run({"import", "--db", db, "--mapping", "designer_sheet", designerFile});
    QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
    QCOMPARE(run({"process", "--db", db}).code, 0);
    const Run li = run({"tasks", "--db", db, "--user", "li"});
    QCOMPARE(li.code, 0);
    QCOMPARE(li.out.count(QStringLiteral("\tapproval\t")), 1);
    const QString taskId = li.out.trimmed().section(u'\t', -1);
    QCOMPARE(run({"approve", taskId, "--as", "zhou", "--db", db}).code, 2);
    const Run approved = run({"approve", taskId, "--as", "li", "--db", db});
    QVERIFY2(approved.code == 0, qPrintable(approved.err));
    QVERIFY2(approved.out.contains(QStringLiteral("→ in_production")), qPrintable(approved.out));

    // A stricter deposit rule, tried on last year's orders before it is switched on.
    const QString rules = m_dir.filePath(QStringLiteral("rules"));
    QCOMPARE(run({"rules", "export", rules, "--db", db}).code, 0);
    QFile review(rules + QStringLiteral("/review.json"));
    QVERIFY(review.open(QIODevice::ReadOnly));
    QByteArray json = review.readAll();
    review.close();
    QVERIFY(json.contains("\"min\": 0.3"));
    json.replace("\"min\": 0.3", "\"min\": 0.9");
    QVERIFY(review.open(QIODevice::WriteOnly | QIODevice::Truncate));
    review.write(json);
    review.close();
    QCOMPARE(run({"rules", "check", rules}).code, 0);

    const Run dry = run({"rules", "dry-run", "--db", db, "--from", "2020-01-01", "--to",
                         "2030-12-31", "--rules", rules});
    QCOMPARE(dry.code, 0);
    QVERIFY2(dry.out.contains(QStringLiteral("review: pass → hold")), qPrintable(dry.out));
    QVERIFY2(dry.out.contains(QStringLiteral("106 orders in the period")), qPrintable(dry.out));
    // The dry run changed nothing: the same tasks as before.
    QCOMPARE(run({"tasks", "--db", db, "--user", "zhang"}).out, tasks.out);

    // A broken rule is refused with its place; nothing is saved.
    json.replace("\"min\": 0.9", "\"min\": \"much\"");
    QVERIFY(review.open(QIODevice::WriteOnly | QIODevice::Truncate));
    review.write(json);
    review.close();
    const Run broken = run({"rules", "save", rules, "--db", db});
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains(QStringLiteral("rules[0].min")), qPrintable(broken.err));
}

void tst_Hearthctl::processDefinitionsAsFiles()
{
    const QString db = m_dir.filePath(QStringLiteral("definitions.db"));
    QCOMPARE(run({"init", "--db", db}).code, 0);
    const QString file = m_dir.filePath(QStringLiteral("cabinetry.json"));
    QCOMPARE(run({"processes", "export", "cabinetry", file, "--db", db}).code, 0);
    QCOMPARE(run({"processes", "check", file}).code, 0);

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    f.close();
    QVERIFY(json.contains("\"when\": \"tasks.open == 0\""));
    json.replace("\"when\": \"tasks.open == 0\"",
                 "\"when\": \"tasks.open > 5 and tasks.open < 3\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    const Run check = run({"processes", "check", file});
    QCOMPARE(check.code, 2);
    QVERIFY2(check.err.contains(QStringLiteral("cabinetry v1: transitions[")),
             qPrintable(check.err));

    json.replace("\"tasks.open > 5 and tasks.open < 3\"",
                 "\"tasks.open == 0 and order.total > 0\"");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    const Run save = run({"processes", "save", file, "--db", db});
    QCOMPARE(save.code, 0);
    QVERIFY2(save.out.contains(QStringLiteral("cabinetry@2")), qPrintable(save.out));
    const Run list = run({"processes", "list", "--db", db});
    QVERIFY(list.out.contains(QStringLiteral("cabinetry@2 *")));
    QVERIFY(list.out.contains(QStringLiteral("cabinetry@1  ")));
}

void tst_Hearthctl::chineseWhenAsked()
{
    const QString db = m_dir.filePath(QStringLiteral("chinese.db"));
    const Run english = run({"init", "--db", db});
    QCOMPARE(english.code, 0);
    QVERIFY2(english.out.contains(QStringLiteral("is ready")), qPrintable(english.out));
    // What the engine writes on tasks follows the language too: the demo's hold reasons.
    const Run chinese = run({"demo", "--db", db}, {QStringLiteral("HEARTH_LANG=zh_CN")});
    QCOMPARE(chinese.code, 0);
    const Run tasks = run({"tasks", "--db", db, "--user", "zhang"});
    QVERIFY2(tasks.out.contains(QStringLiteral("定金")), qPrintable(tasks.out));
    QVERIFY2(!tasks.out.contains(QStringLiteral("deposit ¥")), qPrintable(tasks.out));
    const Run again = run({"init", "--db", db}, {QStringLiteral("HEARTH_LANG=zh_CN")});
    QVERIFY2(again.out.contains(QStringLiteral("已就绪")), qPrintable(again.out));
}

void tst_Hearthctl::closeMonth()
{
    const QString db = m_dir.filePath(QStringLiteral("close.db"));
    QCOMPARE(run({"demo", "--db", db}).code, 0);
    // January 2024: two orders of ¥5,140.00 without cost lines, no dealer statement to wait for.
    const Run check = run({"close", "--db", db, "--month", "2024-01", "--json"});
    QCOMPARE(check.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(check.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(o.value(QStringLiteral("closable")).toBool(), true);
    const QJsonObject figures = o.value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("orders")).toInt(), 2);
    QCOMPARE(figures.value(QStringLiteral("revenue_fen")).toInteger(), 514000);
    QCOMPARE(o.value(QStringLiteral("checks")).toArray().size(), 6);

    const Run closed = run({"close", "--db", db, "--month", "2024-01", "--commit", "--as",
                            "张会计"});
    QCOMPARE(closed.code, 0);
    QVERIFY2(closed.out.contains(QStringLiteral("2024-01 is closed by 张会计")),
             qPrintable(closed.out));
    QVERIFY(closed.out.contains(QStringLiteral("At close")));
    // February waits for a dealer's statement; March for February.
    const Run february = run({"close", "--db", db, "--month", "2024-02", "--commit"});
    QCOMPARE(february.code, 2);
    QVERIFY2(february.err.contains(QStringLiteral("no confirmed statement")),
             qPrintable(february.err));
    const Run march = run({"close", "--db", db, "--month", "2024-03", "--commit"});
    QCOMPARE(march.code, 2);
    QVERIFY2(march.err.contains(QStringLiteral("close 2024-02 first")), qPrintable(march.err));

    QCOMPARE(run({"close", "--db", db, "--month", "2024-01", "--reopen"}).code, 1);
    const Run reopened = run({"close", "--db", db, "--month", "2024-01", "--reopen", "--reason",
                              "补录收款"});
    QCOMPARE(reopened.code, 0);
    QVERIFY2(reopened.out.contains(QStringLiteral("reopened by hearthctl: 补录收款")),
             qPrintable(reopened.out));
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

// One demo database for the tests that only read it.
QString tst_Hearthctl::demoDatabase()
{
    if (m_demo.isEmpty()) {
        const QString db = m_dir.filePath(QStringLiteral("shared-demo.db"));
        if (run({"demo", "--db", db}).code == 0)
            m_demo = db;
    }
    return m_demo;
}

void tst_Hearthctl::statementSaysWhatIsWrong()
{
    const QString db = demoDatabase();
    QVERIFY(!db.isEmpty());
    // An unknown dealer is "not found", without the table it was looked up in.
    const Run unknown = run({"statement", "--dealer", "999999", "--from", "2026-01-01", "--to",
                             "2026-03-31", "--db", db});
    QCOMPARE(unknown.code, 5);
    QCOMPARE(unknown.err.trimmed(), QStringLiteral("hearthctl: no dealer with the code 999999"));
    // A period that ends before it starts is a usage error.
    const Run reversed = run({"statement", "--dealer", "010025", "--from", "2026-03-31", "--to",
                              "2026-01-01", "--db", db});
    QCOMPARE(reversed.code, 1);
    QCOMPARE(reversed.err.trimmed(),
             QStringLiteral("hearthctl statement: --from (2026-03-31) is after --to "
                            "(2026-01-01)"));
    // A file in a folder that is not there is refused before anything is printed.
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/s.xlsx"));
    const Run noFolder = run({"statement", "--dealer", "010025", "--from", "2026-01-01", "--to",
                              "2026-03-31", "--xlsx", missing, "--db", db});
    QCOMPARE(noFolder.code, 2);
    QVERIFY2(noFolder.err.contains(QStringLiteral("no-such-folder does not exist")),
             qPrintable(noFolder.err));
    QVERIFY2(noFolder.out.isEmpty(), qPrintable(noFolder.out));
}

void tst_Hearthctl::approveUnknownIdIsNotFound()
{
    const QString db = demoDatabase();
    QVERIFY(!db.isEmpty());
    const Run r = run({"approve", "UNKNOWN-ID", "--as", "li", "--db", db});
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.startsWith(QStringLiteral("hearthctl approve: there is no approval step or "
                                             "approval task with the id UNKNOWN-ID")),
             qPrintable(r.err));
}

void tst_Hearthctl::rulesDryRunRefusesReversedDates()
{
    const QString db = demoDatabase();
    QVERIFY(!db.isEmpty());
    const Run r = run({"rules", "dry-run", "--from", "2026-06-30", "--to", "2026-01-01", "--db",
                       db});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.trimmed(), QStringLiteral("hearthctl rules dry-run: --from (2026-06-30) is "
                                             "after --to (2026-01-01)"));
}

void tst_Hearthctl::costsArguments()
{
    const QString db = demoDatabase();
    QVERIFY(!db.isEmpty());
    const Run reversed = run({"costs", "--from", "2025-12-31", "--to", "2025-01-01", "--db", db});
    QCOMPARE(reversed.code, 1);
    QCOMPARE(reversed.err.trimmed(),
             QStringLiteral("hearthctl costs: --from (2025-12-31) is after --to (2025-01-01)"));
    QVERIFY(reversed.out.isEmpty());

    // By type alone: one row per type that holds a cost, then the total. The demo's only
    // costs are the shop-floor reports' labour, 176.23 on two orders.
    const Run byType = run({"costs", "--by", "type", "--db", db});
    QCOMPARE(byType.code, 0);
    const QStringList lines = byType.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Type")), qPrintable(byType.out));
    QCOMPARE(lines.at(1).simplified(), QStringLiteral("Labour and machine 176.23 2"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("Total 176.23 2"));
    const Run typeJson = run({"costs", "--by", "type", "--json", "--db", db});
    QCOMPARE(typeJson.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(typeJson.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("by")).toString(), QStringLiteral("type"));
    QCOMPARE(json.value(QStringLiteral("total")).toString(), QStringLiteral("176.23"));
    const QJsonArray types = json.value(QStringLiteral("types")).toArray();
    QCOMPARE(types.size(), 1);
    QCOMPARE(types.at(0).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("labour"));
    // type with a dimension still works.
    const Run byChannel = run({"costs", "--by", "type,channel", "--db", db});
    QCOMPARE(byChannel.code, 0);
    QVERIFY2(byChannel.out.contains(QStringLiteral("Own store")), qPrintable(byChannel.out));

    // An xlsx needs an .xlsx name and a folder that is there.
    const Run csvName = run({"costs", "--xlsx", m_dir.filePath(QStringLiteral("c.csv")), "--db",
                             db});
    QCOMPARE(csvName.code, 1);
    QVERIFY2(csvName.err.contains(QStringLiteral("ending in .xlsx")), qPrintable(csvName.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("c.csv"))));
    const Run noFolder = run({"costs", "--xlsx",
                              m_dir.filePath(QStringLiteral("no-such-folder/c.xlsx")), "--db",
                              db});
    QCOMPARE(noFolder.code, 2);
    QVERIFY2(noFolder.err.contains(QStringLiteral("no-such-folder does not exist")),
             qPrintable(noFolder.err));
    QVERIFY2(!noFolder.err.contains(QStringLiteral("[ERROR]")), qPrintable(noFolder.err));
}

void tst_Hearthctl::profitByRegionFallsBackToProvince()
{
    const QString db = demoDatabase();
    QVERIFY(!db.isEmpty());
    const Run r = run({"profit", "--by", "region", "--json", "--db", db});
    QCOMPARE(r.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    // The demo's 101 orders that are not cancelled have no region but a province each: none
    // is left in the group of none, and 浙江省 holds its 16.
    int orders = 0;
    QJsonObject zhejiang;
    for (const QJsonValue &v : json.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        QVERIFY2(!g.value(QStringLiteral("key")).toString().isEmpty(), "an order without region");
        orders += g.value(QStringLiteral("orders")).toInt();
        if (g.value(QStringLiteral("key")).toString() == QStringLiteral("浙江省"))
            zhejiang = g;
    }
    QCOMPARE(orders, 101);
    QCOMPARE(zhejiang.value(QStringLiteral("orders")).toInt(), 16);
}

void tst_Hearthctl::statsQuantityPerUnit()
{
    const QString db = demoDatabase();
    QVERIFY(!db.isEmpty());
    const Run r = run({"stats", "--db", db});
    QCOMPARE(r.code, 0);
    // The demo's 1,347.309 of quantity is metres, square metres, pieces and sets: each alone.
    QVERIFY2(r.out.contains(QStringLiteral("Quantity (m): 175.42\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Quantity (m2): 491.889\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Quantity (piece): 540\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Quantity (set): 140\n")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Quantity: ")), qPrintable(r.out));
    // No line of the demo carries an imported profit: no "Profit: 0.00" as if it were one.
    QVERIFY2(!r.out.contains(QStringLiteral("\nProfit: ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Imported profit: no line carries one")),
             qPrintable(r.out));
    const Run json = run({"stats", "--json", "--db", db});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("quantity_by_unit")).toObject()
                 .value(QStringLiteral("m2")).toString(),
             QStringLiteral("491.889"));
    QCOMPARE(o.value(QStringLiteral("lines_with_imported_profit")).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_Hearthctl)
#include "tst_hearthctl.moc"
