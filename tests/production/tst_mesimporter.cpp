#include "production/mesexporter.h"
#include "production/mesimporter.h"
#include "production/progressquery.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <time.h>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

// Plain SQL fixtures: a sales order with work orders and operations as the work order maker
// leaves them.

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void run(const QString &sql, const QStringList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    if (!q.exec())
        qFatal("fixture: %s: %s", utf8.constData(), qPrintable(q.error()));
}

QString scalar(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    return q.next() ? q.text(0) : QString();
}

int count(const QString &table)
{
    return scalar("SELECT COUNT(*) FROM " + table).toInt();
}

QString addOrder(const QString &orderNo)
{
    const QString id = newId();
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, 'store', 'approved', 'x', 'x')",
        {id, orderNo});
    return id;
}

QString addCenter(const QString &code, const QString &name, const QString &kind)
{
    const QString id = newId();
    run("INSERT INTO work_centers(id, hlc, code, name, kind, created_at, updated_at) "
        "VALUES (?, 'h', ?, ?, ?, 'x', 'x')",
        {id, code, name, kind});
    return id;
}

struct Step
{
    int seq;
    QString centerId;
    QString name;
    int quantity;
    QString plannedStart;  // as the scheduler stores it: UTC, to the second
};

QString addWorkOrder(const QString &woNo, const QString &orderId, const QString &workshop,
                     const QString &status, const QString &due, const QList<Step> &steps)
{
    const QString id = newId();
    run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, parts, material, "
        "colour, due_date, priority, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, ?, ?, ?, 10, 'PB18', '暖白, 哑光', ?, 2, ?, 'x', 'x')",
        {id, woNo, orderId, "work_order:" + workshop, workshop, due, status});
    for (const Step &s : steps) {
        run("INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
            "run_seconds, quantity, status, planned_start, planned_end, created_at, updated_at) "
            "VALUES (?, 'h', ?, ?, ?, ?, 60, ?, 'waiting', ?, NULL, 'x', 'x')",
            {newId(), id, QString::number(s.seq), s.centerId, s.name, QString::number(s.quantity),
             s.plannedStart.isEmpty() ? QString() : s.plannedStart});
    }
    return id;
}

QString addUser(const QString &userName)
{
    const QString id = newId();
    run("INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, 'warehouse', 'x', 1, 'x')",
        {id, userName, userName});
    return id;
}

/// The state a failed import must leave alone.
QString snapshot()
{
    return scalar("SELECT (SELECT COUNT(*) FROM production_events) || '/' || "
                  "(SELECT COUNT(*) FROM outbox) || '/' || "
                  "(SELECT group_concat(status) FROM operations) || '/' || "
                  "(SELECT group_concat(status) FROM work_orders)");
}

QStringList located(const MesImportReport &report)
{
    QStringList lines;
    for (const Orders::RowError &e : report.errors)
        lines.append(QString("%1|%2|%3").arg(e.row).arg(e.column, e.message));
    for (const Core::Error &e : report.unreadable)
        lines.append(e.toString());
    return lines;
}

const char *const CsvHeader = "event_id,wo_no,seq,kind,good,scrap,station,operator,at\n";

} // namespace

class tst_MesImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importCsv();
    void importJson();
    void importedTwiceIsOnce();
    void brokenFile_data();
    void brokenFile();
    void timesInTheSiteZone_data();
    void timesInTheSiteZone();
    void rowsOutOfTimeOrder();
    void chineseHeaders();
    void eachFileAllOrNothing();
    void dryRunWritesNothing();
    void exportCsv();
    void exportFilter_data();
    void exportFilter();
    void exportJsonMatchesCsv();
    void exportImportRoundTrip();

private:
    QString write(const QString &name, const QByteArray &content);
    MesImportReport import(const QStringList &files, bool dryRun = false);

    QTemporaryDir m_dir;
    QString m_order;
    QString m_woA;
};

void tst_MesImporter::initTestCase()
{
    // The desk runs on New York time; times without an offset are the site's (Shanghai).
    qputenv("TZ", "America/New_York");
    tzset();
}

void tst_MesImporter::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    const QString cut = addCenter("CUT-1", "开料锯", "cutting");
    const QString edge = addCenter("EDGE-1", "封边机", "edging");
    m_order = addOrder("SO00000001");
    m_woA = addWorkOrder("WO-A", m_order, "CAB", "released", "2026-03-20",
                         {{10, cut, "开料", 10, "2026-03-02T01:00:00Z"},
                          {20, edge, "封边", 10, "2026-03-02T03:00:00Z"}});
    addWorkOrder("WO-B", addOrder("SO00000002"), "DOOR", "planned", "2026-03-25",
                 {{10, cut, "开料", 4, ""}});
    addWorkOrder("WO-C", addOrder("SO00000003"), "CAB", "cancelled", "2026-03-21",
                 {{10, cut, "开料", 4, ""}});
    addUser("liu");
}

QString tst_MesImporter::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(content);
    return path;
}

MesImportReport tst_MesImporter::import(const QStringList &files, bool dryRun)
{
    MesImporter importer;
    MesImportOptions options;
    options.files = files;
    options.dryRun = dryRun;
    return importer.run(db(), options);
}

void tst_MesImporter::importCsv()
{
    const QString file = write("progress.csv",
                               QByteArray(CsvHeader)
                                   + "E1,WO-A,10,start,,,CUT-1,liu,2026-03-02T08:30:00+08:00\n"
                                     "E2,WO-A,10,report,6,1,CUT-1,liu,2026-03-02 09:00\n"
                                     "E3,WO-A,10,finish,3,0,,,2026-03-02T02:00:00Z\n"
                                     "E4,WO-A,20,start,0,0,EDGE-1,,2026-03-02T10:05:00+08:00\n");
    const MesImportReport report = import({file});
    QVERIFY2(report.ok(), qPrintable(located(report).join('\n')));
    QCOMPARE(report.rowsRead, 4);
    QCOMPARE(report.eventsWritten, 4);
    QCOMPARE(report.filesWritten, QStringList{"progress.csv"});
    // The source text; hearth_en.ts gives the English plurals ("4 rows read").
    QCOMPARE(report.summary(), "4 row(s) read, 4 event(s) recorded.");

    const auto w = ProgressQuery::workOrder(db(), m_woA);
    QVERIFY(w.ok());
    QCOMPARE(w->status, "started");
    QCOMPARE(w->operations[0].status, "done");
    QCOMPARE(w->operations[0].good, 9);
    QCOMPARE(w->operations[0].scrap, 1);
    QCOMPARE(w->operations[0].actualStart, QDateTime(QDate(2026, 3, 2), QTime(0, 30), Qt::UTC));
    QCOMPARE(w->operations[0].actualFinish, QDateTime(QDate(2026, 3, 2), QTime(2, 0), Qt::UTC));
    QCOMPARE(w->operations[1].status, "started");
    QCOMPARE(scalar("SELECT group_concat(source_key) FROM (SELECT source_key FROM "
                    "production_events ORDER BY at)"),
             "mes:E1,mes:E2,mes:E3,mes:E4");
    QCOMPARE(scalar("SELECT COUNT(*) FROM production_events WHERE source = 'mes' AND user_id = "
                    "(SELECT id FROM users WHERE username = 'liu')"),
             "2");
    QCOMPARE(scalar("SELECT station FROM production_events WHERE source_key = 'mes:E3'"),
             "CUT-1");
}

void tst_MesImporter::importJson()
{
    const QJsonArray rows{
        QJsonObject{{"event_id", "J1"}, {"wo_no", "WO-A"}, {"seq", 10}, {"kind", "start"},
                    {"at", "2026-03-02T08:30:00+08:00"}},
        QJsonObject{{"event_id", "J2"}, {"wo_no", "WO-A"}, {"seq", 10}, {"kind", "finish"},
                    {"good", 10}, {"scrap", 0}, {"operator", "liu"},
                    {"at", "2026-03-02T09:30:00+08:00"}}};
    const QString array = write("progress.json", QJsonDocument(rows).toJson());
    const MesImportReport report = import({array});
    QVERIFY2(report.ok(), qPrintable(located(report).join('\n')));
    QCOMPARE(report.eventsWritten, 2);
    QCOMPARE(ProgressQuery::workOrder(db(), m_woA)->operations[0].good, 10);

    // The same events wrapped in {"rows": [...]} are the same events: nothing new.
    const QString wrapped = write("wrapped.json",
                                  QJsonDocument(QJsonObject{{"rows", rows}}).toJson());
    const MesImportReport again = import({wrapped});
    QVERIFY(again.ok());
    QCOMPARE(again.eventsWritten, 0);
    QCOMPARE(again.eventsUnchanged, 2);
}

void tst_MesImporter::importedTwiceIsOnce()
{
    const QString file = write("twice.csv",
                               QByteArray(CsvHeader)
                                   + "E1,WO-A,10,start,,,,,2026-03-02T08:30+08:00\n"
                                     "E2,WO-A,10,report,4,0,,,2026-03-02T09:00+08:00\n"
                                     "E3,WO-A,10,finish,6,0,,,2026-03-02T09:30+08:00\n");
    QCOMPARE(import({file}).eventsWritten, 3);
    const QString after = snapshot();
    const int audit = count("audit_log");

    const MesImportReport second = import({file});
    QVERIFY(second.ok());
    QCOMPARE(second.eventsWritten, 0);
    QCOMPARE(second.eventsUnchanged, 3);
    QCOMPARE(second.summary(), "3 row(s) read, 0 event(s) recorded, 3 already recorded before.");
    QCOMPARE(snapshot(), after);
    QCOMPARE(count("audit_log"), audit);
    QCOMPARE(ProgressQuery::workOrder(db(), m_woA)->operations[0].good, 10);
}

void tst_MesImporter::brokenFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("errors");

    const QByteArray start = "E1,WO-A,10,start,,,CUT-1,liu,2026-03-02T08:30:00+08:00\n";
    QTest::newRow("missing column")
        << QByteArray("event_id,wo_no,seq,kind,good\nE1,WO-A,10,start,0\n")
        << QStringList{"1|at|expected a column \"at\" (or \"时间\")"};
    QTest::newRow("two columns for one field")
        << QByteArray("event_id,wo_no,seq,kind,at,时间\nE1,WO-A,10,start,x,y\n")
        << QStringList{"1|时间|two columns hold at: \"at\" and \"时间\"; keep one"};
    QTest::newRow("bad kind and count in one row")
        << QByteArray(CsvHeader) + start
               + "E2,WO-A,10,pause,3.5,-1,CUT-1,liu,2026-03-02T09:00:00+08:00\n"
        << QStringList{"3|kind|\"pause\" is not an event kind: expected start, report, finish "
                       "or pack",
                       "3|good|\"3.5\" is not a number of parts: expected a whole number, 0 or "
                       "more",
                       "3|scrap|\"-1\" is not a number of parts: expected a whole number, 0 or "
                       "more"};
    QTest::newRow("bad time")
        << QByteArray(CsvHeader) + "E1,WO-A,10,start,,,,,02/03/2026 08:30\n"
        << QStringList{"2|at|\"02/03/2026 08:30\" is not a time: expected a date and time such "
                       "as 2026-03-02T09:15:00+08:00, with Z or an offset, or without one for "
                       "the site's time (Asia/Shanghai)"};
    QTest::newRow("unknown work order, operation, station, operator")
        << QByteArray(CsvHeader) + "E1,WO-X,10,start,,,,,2026-03-02 08:30\n"
               + "E2,WO-A,15,start,,,,,2026-03-02 08:30\n"
               + "E3,WO-A,10,start,,,SAW-9,,2026-03-02 08:30\n"
               + "E4,WO-A,10,start,,,,wang,2026-03-02 08:30\n"
        << QStringList{"2|wo_no|no work order WO-X: scan the code on the work order sheet",
                       "3|seq|WO-A has no operation 15 (its operations: 10, 20)",
                       "4|station|no work center with the code SAW-9",
                       "5|operator|no user wang: expected a Hearth user name or id"};
    QTest::newRow("repeated event id")
        << QByteArray(CsvHeader) + start + "E1,WO-A,10,report,1,0,,,2026-03-02 09:00\n"
        << QStringList{"3|event_id|event id E1 repeats row 2"};
    QTest::newRow("missing event id")
        << QByteArray(CsvHeader) + ",WO-A,10,start,,,,,2026-03-02 08:30\n"
        << QStringList{"2|event_id|expected the MES's id of the event"};
    QTest::newRow("quantity too high")
        << QByteArray(CsvHeader) + start + "E2,WO-A,10,report,12,1,,,2026-03-02 09:00\n"
        << QStringList{"3|good|good 12 + scrap 1 exceeds the 10 parts of WO-A operation 10 "
                       "(开料)"};
    QTest::newRow("finish before start")
        << QByteArray(CsvHeader) + "E1,WO-A,10,finish,10,0,,,2026-03-02 09:00\n"
        << QStringList{"2|kind|WO-A operation 10 (开料) has not been started: scan start first"};
    QTest::newRow("station that is not the operation's")
        << QByteArray(CsvHeader) + "E1,WO-A,10,start,,,EDGE-1,,2026-03-02 09:00\n"
        << QStringList{"2|station|WO-A operation 10 (开料) runs at CUT-1, not at EDGE-1"};
    QTest::newRow("cancelled work order")
        << QByteArray(CsvHeader) + "E1,WO-C,10,start,,,,,2026-03-02 09:00\n"
        << QStringList{"2|kind|WO-C is cancelled: it takes no progress"};
    QTest::newRow("good rows before a bad one are not written either")
        << QByteArray(CsvHeader) + start + "E2,WO-A,10,report,5,0,,,2026-03-02 09:00\n"
               + "E3,WO-A,10,report,5,1,,,2026-03-02 09:30\n"
        << QStringList{"4|good|good 5 + scrap 1 exceeds the 5 parts left of WO-A operation 10 "
                       "(开料): 5 of its 10 parts are reported already"};
    QTest::newRow("unterminated quote")
        << QByteArray(CsvHeader) + start + "E2,\"WO-A,10,report,1,0,,,2026-03-02 09:00\n"
        << QStringList{};
}

void tst_MesImporter::brokenFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, errors);

    const QString before = snapshot();
    const QString file = write("broken.csv", content);
    const MesImportReport report = import({file});
    QVERIFY(!report.ok());
    QCOMPARE(report.filesRejected, QStringList{"broken.csv"});
    QVERIFY(report.filesWritten.isEmpty());
    QCOMPARE(report.eventsWritten, 0);
    if (errors.isEmpty()) {
        // A file that cannot be read at all says where it broke.
        QCOMPARE(report.unreadable.size(), 1);
        QVERIFY2(report.unreadable[0].toString().contains("broken.csv"),
                 qPrintable(report.unreadable[0].toString()));
    } else {
        QCOMPARE(located(report), errors);
        QCOMPARE(report.rowsRejected, int(errors.size()));
        QCOMPARE(report.errors[0].file, "broken.csv");
    }
    QCOMPARE(snapshot(), before);
}

void tst_MesImporter::timesInTheSiteZone_data()
{
    QTest::addColumn<QString>("siteZone");
    QTest::addColumn<QString>("at");
    QTest::addColumn<QDateTime>("utc");

    const QDateTime quarterPast1(QDate(2026, 3, 2), QTime(1, 15), Qt::UTC);
    QTest::newRow("+08:00") << "" << "2026-03-02T09:15:00+08:00" << quarterPast1;
    QTest::newRow("Z") << "" << "2026-03-02T01:15:00Z" << quarterPast1;
    QTest::newRow("no offset: Shanghai, the default site zone")
        << "" << "2026-03-02 09:15" << quarterPast1;
    QTest::newRow("no offset: a site set to Berlin")
        << "Europe/Berlin" << "2026-03-02 02:15" << quarterPast1;
    QTest::newRow("an offset is kept whatever the site")
        << "Europe/Berlin" << "2026-03-02T09:15:00+08:00" << quarterPast1;
}

void tst_MesImporter::timesInTheSiteZone()
{
    QFETCH(QString, siteZone);
    QFETCH(QString, at);
    QFETCH(QDateTime, utc);

    // The process runs on New York time (initTestCase), which no row may be read in.
    QVERIFY(QDateTime(QDate(2026, 3, 2), QTime(9, 15)).offsetFromUtc() == -5 * 3600);
    if (!siteZone.isEmpty())
        run("INSERT INTO settings(key, value) VALUES ('site.time_zone', ?)", {siteZone});
    const QString file = write("times.csv", QByteArray(CsvHeader) + "T1,WO-A,10,start,,,,,"
                                                + at.toUtf8() + "\n");
    const MesImportReport report = import({file});
    QVERIFY2(report.ok(), qPrintable(located(report).join('\n')));
    QCOMPARE(ProgressQuery::workOrder(db(), m_woA)->operations[0].actualStart, utc);
    QCOMPARE(scalar("SELECT at FROM production_events"), utc.toString(Qt::ISODateWithMs));
}

void tst_MesImporter::rowsOutOfTimeOrder()
{
    // An MES that writes newest first: the rules hold in time order, not file order.
    const QString file = write("newest-first.csv",
                               QByteArray(CsvHeader)
                                   + "E3,WO-A,10,finish,4,0,,,2026-03-02T10:00:00+08:00\n"
                                     "E2,WO-A,10,report,6,0,,,2026-03-02T09:00:00+08:00\n"
                                     "E1,WO-A,10,start,,,,,2026-03-02T08:00:00+08:00\n");
    const MesImportReport report = import({file});
    QVERIFY2(report.ok(), qPrintable(located(report).join('\n')));
    QCOMPARE(report.eventsWritten, 3);
    QCOMPARE(ProgressQuery::workOrder(db(), m_woA)->operations[0].status, "done");
}

void tst_MesImporter::chineseHeaders()
{
    const QString file = write("中文.csv",
                               QByteArray("事件号,工单号,工序号,类型,合格数,报废数,工位,操作员,"
                                          "时间\n"
                                          "C1,WO-A,10,开工,,,CUT-1,liu,2026-03-02 08:00\n"
                                          "C2,WO-A,10,完工,10,0,,,2026-03-02 09:00\n"));
    const MesImportReport report = import({file});
    QVERIFY2(report.ok(), qPrintable(located(report).join('\n')));
    QCOMPARE(report.eventsWritten, 2);
    QCOMPARE(ProgressQuery::workOrder(db(), m_woA)->operations[0].good, 10);
}

void tst_MesImporter::eachFileAllOrNothing()
{
    const QString good = write("good.csv", QByteArray(CsvHeader)
                                               + "G1,WO-A,10,start,,,,,2026-03-02 08:00\n");
    const QString bad = write("bad.csv", QByteArray(CsvHeader)
                                             + "B1,WO-B,10,start,,,,,2026-03-02 08:00\n"
                                               "B2,WO-B,10,report,5,0,,,2026-03-02 09:00\n");
    const MesImportReport report = import({good, bad});
    QCOMPARE(report.filesWritten, QStringList{"good.csv"});
    QCOMPARE(report.filesRejected, QStringList{"bad.csv"});
    QCOMPARE(located(report),
             QStringList{"3|good|good 5 + scrap 0 exceeds the 4 parts of WO-B operation 10 "
                         "(开料)"});
    QCOMPARE(report.errors[0].toString(),
             "bad.csv, row 3, column \"good\": good 5 + scrap 0 exceeds the 4 parts of WO-B "
             "operation 10 (开料)");
    QCOMPARE(scalar("SELECT group_concat(source_key) FROM production_events"), "mes:G1");
    QCOMPARE(report.summary(),
             "3 row(s) read, 1 event(s) recorded. 1 file(s) not imported, nothing of them "
             "written: bad.csv. 1 bad row(s); fix them and import the file again.");
}

void tst_MesImporter::dryRunWritesNothing()
{
    const QString file = write("dry.csv", QByteArray(CsvHeader)
                                              + "D1,WO-A,10,start,,,,,2026-03-02 08:00\n"
                                                "D2,WO-A,10,finish,10,0,,,2026-03-02 09:00\n");
    const QString before = snapshot();
    const MesImportReport report = import({file}, true);
    QVERIFY(report.ok());
    QCOMPARE(report.eventsWritten, 2);  // would be written
    QCOMPARE(snapshot(), before);
}

void tst_MesImporter::exportCsv()
{
    auto out = MesExporter::run(db(), {}, MesFormat::Csv);
    QVERIFY(out.ok());
    QCOMPARE(out->workOrders, 2);  // not the cancelled one
    QCOMPARE(out->operations, 3);
    QVERIFY(out->data.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(out->data.mid(3)).split("\r\n");
    QCOMPARE(lines.size(), 5);  // header, three operations, the empty end
    QCOMPARE(lines[0], MesExporter::csvColumns().join(','));
    QCOMPARE(lines[0], "wo_no,order_no,workshop,wo_status,due_date,priority,parts,material,"
                       "colour,seq,operation,work_center,quantity,op_status,planned_start,"
                       "planned_end,good,scrap,actual_start,actual_finish");
    QCOMPARE(lines[1], "WO-A,SO00000001,CAB,released,2026-03-20,2,10,PB18,\"暖白, 哑光\",10,开料,"
                       "CUT-1,10,waiting,2026-03-02T09:00:00+08:00,,0,0,,");
    QCOMPARE(lines[2], "WO-A,SO00000001,CAB,released,2026-03-20,2,10,PB18,\"暖白, 哑光\",20,封边,"
                       "EDGE-1,10,waiting,2026-03-02T11:00:00+08:00,,0,0,,");
    QCOMPARE(lines[3], "WO-B,SO00000002,DOOR,planned,2026-03-25,2,10,PB18,\"暖白, 哑光\",10,开料,"
                       "CUT-1,4,waiting,,,0,0,,");
    QCOMPARE(lines[4], "");

    const QString path = m_dir.filePath("export.csv");
    auto written = MesExporter::toFile(db(), {}, MesFormat::Csv, path);
    QVERIFY(written.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), out->data);
}

void tst_MesImporter::exportFilter_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("workshop");
    QTest::addColumn<QStringList>("woNos");

    QTest::newRow("default: all but cancelled")
        << QStringList{} << QDate() << QDate() << "" << QStringList{"WO-A", "WO-B"};
    QTest::newRow("cancelled asked for")
        << QStringList{"cancelled"} << QDate() << QDate() << "" << QStringList{"WO-C"};
    QTest::newRow("planned only") << QStringList{"planned"} << QDate() << QDate() << ""
                                  << QStringList{"WO-B"};
    QTest::newRow("due from the 21st") << QStringList{} << QDate(2026, 3, 21) << QDate() << ""
                                       << QStringList{"WO-B"};
    QTest::newRow("due up to the 20th, inclusive")
        << QStringList{} << QDate() << QDate(2026, 3, 20) << "" << QStringList{"WO-A"};
    QTest::newRow("workshop") << QStringList{"released", "planned", "cancelled"} << QDate()
                              << QDate() << "CAB" << QStringList{"WO-A", "WO-C"};
    QTest::newRow("nothing") << QStringList{} << QDate(2027, 1, 1) << QDate() << ""
                             << QStringList{};
}

void tst_MesImporter::exportFilter()
{
    QFETCH(QStringList, statuses);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, workshop);
    QFETCH(QStringList, woNos);

    MesExportFilter filter{statuses, from, to, workshop};
    auto out = MesExporter::run(db(), filter, MesFormat::Json);
    QVERIFY(out.ok());
    QStringList exported;
    for (const QJsonValue &w : QJsonDocument::fromJson(out->data)["work_orders"].toArray())
        exported.append(w["wo_no"].toString());
    QCOMPARE(exported, woNos);
    QCOMPARE(out->workOrders, int(woNos.size()));
}

void tst_MesImporter::exportJsonMatchesCsv()
{
    auto json = MesExporter::run(db(), {}, MesFormat::Json);
    QVERIFY(json.ok());
    const QJsonObject root = QJsonDocument::fromJson(json->data).object();
    QCOMPARE(root["format"].toString(), "hearth.mes.work_orders");
    QCOMPARE(root["version"].toInt(), 1);
    QCOMPARE(root["site_time_zone"].toString(), "Asia/Shanghai");

    // Flattened, the JSON holds the CSV's rows, field for field.
    auto csv = MesExporter::run(db(), {}, MesFormat::Csv);
    const QStringList columns = MesExporter::csvColumns();
    QStringList fromJson;
    for (const QJsonValue &w : root["work_orders"].toArray()) {
        for (const QJsonValue &o : w["operations"].toArray()) {
            QStringList cells;
            for (const QString &column : columns) {
                const QJsonValue v = w[column].isUndefined() ? o[column] : w[column];
                QString text = v.isDouble() ? QString::number(v.toInt()) : v.toString();
                if (text.contains(','))
                    text = '"' + text + '"';
                cells.append(text);
            }
            fromJson.append(cells.join(','));
        }
    }
    QStringList fromCsv = QString::fromUtf8(csv->data.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    fromCsv.removeFirst();
    QCOMPARE(fromJson, fromCsv);
}

void tst_MesImporter::exportImportRoundTrip()
{
    // An MES reads the export, runs each operation of WO-A and reports back per operation.
    auto exported = MesExporter::run(db(), {{"released"}, {}, {}, {}}, MesFormat::Json);
    QVERIFY(exported.ok());
    QJsonArray events;
    int minute = 0;
    for (const QJsonValue &w : QJsonDocument::fromJson(exported->data)["work_orders"].toArray()) {
        for (const QJsonValue &o : w["operations"].toArray()) {
            const QString key = w["wo_no"].toString() + "-" + QString::number(o["seq"].toInt());
            const auto at = [&minute] {
                return QDateTime(QDate(2026, 3, 2), QTime(8, 0).addSecs(60 * minute++),
                                 QTimeZone(8 * 3600))
                    .toString(Qt::ISODate);
            };
            events.append(QJsonObject{{"event_id", key + "-s"}, {"wo_no", w["wo_no"]},
                                      {"seq", o["seq"]}, {"kind", "start"},
                                      {"station", o["work_center"]}, {"at", at()}});
            events.append(QJsonObject{{"event_id", key + "-f"}, {"wo_no", w["wo_no"]},
                                      {"seq", o["seq"]}, {"kind", "finish"},
                                      {"good", o["quantity"].toInt() - 1}, {"scrap", 1},
                                      {"station", o["work_center"]}, {"at", at()}});
        }
    }
    QCOMPARE(events.size(), 4);
    const QString file = write("mes.json", QJsonDocument(events).toJson());
    const MesImportReport report = import({file});
    QVERIFY2(report.ok(), qPrintable(located(report).join('\n')));
    QCOMPARE(report.eventsWritten, 4);

    auto after = MesExporter::run(db(), {}, MesFormat::Csv);
    const QStringList lines = QString::fromUtf8(after->data.mid(3)).split("\r\n");
    // Field 11 on: the colour "暖白, 哑光" is one quoted field with a comma.
    QCOMPARE(lines[1].section(',', 11), "开料,CUT-1,10,done,2026-03-02T09:00:00+08:00,,9,1,"
                                        "2026-03-02T08:00:00+08:00,2026-03-02T08:01:00+08:00");
    QCOMPARE(lines[2].section(',', 11), "封边,EDGE-1,10,done,2026-03-02T11:00:00+08:00,,9,1,"
                                        "2026-03-02T08:02:00+08:00,2026-03-02T08:03:00+08:00");
    QCOMPARE(lines[1].section(',', 3, 3), "made");
    QCOMPARE(import({file}).eventsUnchanged, 4);
}

QTEST_GUILESS_MAIN(tst_MesImporter)
#include "tst_mesimporter.moc"
