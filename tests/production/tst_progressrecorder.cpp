#include "production/progressquery.h"
#include "production/progressrecorder.h"
#include "production/shopfloorcode.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <time.h>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

// Plain SQL fixtures: a sales order, work centers, work orders with operations and parts, as
// the split and the work order maker would leave them.

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void run(const QString &sql, const QStringList &values)
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

const char *const Stamp = "2026-03-01T00:00:00.000Z";

QString addOrder(const QString &orderNo, const QString &status = "approved")
{
    const QString id = newId();
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, 'store', ?, ?, ?)",
        {id, orderNo, status, Stamp, Stamp});
    return id;
}

QString addCenter(const QString &code, const QString &name, const QString &kind)
{
    const QString id = newId();
    run("INSERT INTO work_centers(id, hlc, code, name, kind, created_at, updated_at) "
        "VALUES (?, 'h', ?, ?, ?, ?, ?)",
        {id, code, name, kind, Stamp, Stamp});
    return id;
}

struct Step
{
    int seq;
    QString centerId;
    QString name;
    int quantity;
};

/// One work order per order and workshop, as the split makes them; parts are the cabinet
/// workshop's (CAB).
QString addWorkOrder(const QString &woNo, const QString &orderId, const QList<Step> &steps,
                     const QString &status = "released", const QString &workshop = "CAB")
{
    const QString id = newId();
    run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, parts, status, "
        "due_date, created_at, updated_at) VALUES (?, 'h', ?, ?, ?, ?, 10, ?, '2026-03-20', ?, ?)",
        {id, woNo, orderId, "work_order:" + workshop, workshop, status, Stamp, Stamp});
    for (const Step &s : steps) {
        run("INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
            "run_seconds, quantity, status, created_at, updated_at) "
            "VALUES (?, 'h', ?, ?, ?, ?, 60, ?, 'waiting', ?, ?)",
            {newId(), id, QString::number(s.seq), s.centerId, s.name, QString::number(s.quantity),
             Stamp, Stamp});
    }
    return id;
}

QString addPart(const QString &orderId, const QString &name, int quantity)
{
    const QString id = newId();
    run("INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
        "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain, material, colour) "
        "VALUES (?, ?, 'l1', 'work_order:CAB', ?, ?, 720, 560, 18, ?, 403200, 2560, 'L1', 'L', "
        "'PB18', 'W')",
        {id, orderId, newId(), name, QString::number(quantity)});
    return id;
}

QString addUser(const QString &userName, const QString &displayName)
{
    const QString id = newId();
    run("INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, 'warehouse', 'x', 1, ?)",
        {id, userName, displayName, Stamp});
    return id;
}

/// Why a result failed, for a failing check's message (QVERIFY2 reads it even on success).
template<typename T>
QString why(const Core::Result<T> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

/// A time on the site's clock (Asia/Shanghai) on 2 March 2026, as the instant it is.
QDateTime site(const QString &hhmm)
{
    const QTime time = QTime::fromString(hhmm, "HH:mm");
    return QDateTime(QDate(2026, 3, 2), time, QTimeZone("Asia/Shanghai")).toUTC();
}

/// One read at a station, for the data rows.
struct Read
{
    QString station;  // CUT, EDGE, PACK
    QString code;
    ProgressKind kind;
    int good = 0;
    int scrap = 0;
    QString at = "09:00";
};

} // namespace

Q_DECLARE_METATYPE(Read)
Q_DECLARE_METATYPE(QList<Read>)

class tst_ProgressRecorder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void wholeRouteMovesTheWorkOrderOn();
    void refusals_data();
    void refusals();
    void repeatedScanDoesNothingNew();
    void derivedQuantitiesAndTimes();
    void partScanningStartsAndFinishes();
    void overlapIsAllowedWithAWarning();
    void finishShortWarnsAndMakes();
    void packAfterMade();
    void resolveShowsTheOperationHere_data();
    void resolveShowsTheOperationHere();
    void eventsAreOnTheOrdersTimeline();

private:
    Core::Result<ProgressOutcome> scan(const Read &read, const QString &scanId = QString(),
                                       const QString &shownWorkOrderId = QString());

    QTemporaryDir m_dir;
    QHash<QString, QString> m_centers;
    QString m_order;
    QString m_woA;
    QString m_worker;
    int m_scans = 0;
};

void tst_ProgressRecorder::initTestCase()
{
    // A desk whose computer runs on New York time: messages must still read Shanghai time.
    qputenv("TZ", "America/New_York");
    tzset();
}

void tst_ProgressRecorder::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    m_centers.clear();
    m_centers["CUT"] = addCenter("CUT-1", "开料锯", "cutting");
    m_centers["EDGE"] = addCenter("EDGE-1", "封边机", "edging");
    m_centers["PACK"] = addCenter("PACK-1", "包装线", "packing");
    m_order = addOrder("SO00000001");
    m_woA = addWorkOrder("WO-A", m_order,
                         {{10, m_centers["CUT"], "开料", 10},
                          {20, m_centers["EDGE"], "封边", 10},
                          {30, m_centers["PACK"], "包装", 10}});
    m_worker = addUser("liu", "刘师傅");
    m_scans = 0;
}

Core::Result<ProgressOutcome> tst_ProgressRecorder::scan(const Read &read, const QString &scanId,
                                                         const QString &shownWorkOrderId)
{
    ProgressRecorder recorder(db());
    ProgressScan s;
    s.scanId = scanId.isEmpty() ? QString("scan-%1").arg(++m_scans) : scanId;
    s.stationId = m_centers.value(read.station, read.station);
    s.code = read.code;
    s.kind = read.kind;
    s.good = read.good;
    s.scrap = read.scrap;
    s.userId = m_worker;
    s.at = site(read.at);
    s.workOrderId = shownWorkOrderId;
    return recorder.record(s);
}

void tst_ProgressRecorder::wholeRouteMovesTheWorkOrderOn()
{
    auto started = scan({"CUT", "]C0WO:WO-A\r", ProgressKind::Start, 0, 0, "08:30"});
    QVERIFY2(started.ok(), qPrintable(why(started)));
    QCOMPARE(started->message, "WO-A operation 10 (开料): started; the work order is now "
                               "In production");
    QCOMPARE(started->workOrder.status, "started");
    QCOMPARE(started->workOrder.operations[0].status, "started");

    auto reported = scan({"CUT", "WO:WO-A", ProgressKind::Report, 6, 0, "09:10"});
    QVERIFY(reported.ok());
    QCOMPARE(reported->message, "WO-A operation 10 (开料): 6 good and 0 scrap reported, 4 of 10 "
                                "parts left");
    auto finished = scan({"CUT", "WO:WO-A", ProgressKind::Finish, 3, 1, "09:40"});
    QVERIFY(finished.ok());
    QCOMPARE(finished->message, "WO-A operation 10 (开料): finished with 9 good and 1 scrap");
    QVERIFY(finished->warnings.isEmpty());

    QVERIFY(scan({"EDGE", "WO:WO-A", ProgressKind::Start, 0, 0, "10:00"}).ok());
    QVERIFY(scan({"EDGE", "WO:WO-A", ProgressKind::Finish, 9, 0, "11:00"}).ok());
    QCOMPARE(scalar("SELECT status FROM work_orders WHERE wo_no = 'WO-A'"), "started");
    QVERIFY(scan({"PACK", "WO:WO-A", ProgressKind::Start, 0, 0, "13:30"}).ok());
    auto packed = scan({"PACK", "WO:WO-A", ProgressKind::Finish, 9, 0, "14:00"});
    QVERIFY(packed.ok());
    QCOMPARE(packed->message, "WO-A operation 30 (包装): finished with 9 good and 0 scrap; the "
                              "work order is now Packed");

    // Packing was the last operation: the work order is packed, not only made.
    QCOMPARE(scalar("SELECT status FROM work_orders WHERE wo_no = 'WO-A'"), "packed");
    QCOMPARE(scalar("SELECT group_concat(status, ',') FROM (SELECT status FROM operations "
                    "ORDER BY seq)"),
             "done,done,done");
    QCOMPARE(count("production_events"), 7);
    QCOMPARE(scalar("SELECT COUNT(*) FROM production_events WHERE source = 'scan' AND station "
                    "IS NOT NULL AND user_id = '" + m_worker + "'"),
             "7");
    // Each event, each operation status change and the two work order changes are logged.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'production_events'"), "7");
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'operations'"), "6");
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'work_orders'"), "2");
}

void tst_ProgressRecorder::refusals_data()
{
    QTest::addColumn<QList<Read>>("before");
    QTest::addColumn<Read>("refused");
    QTest::addColumn<QString>("message");

    const QList<Read> none;
    const QList<Read> cutStarted{{"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:00"}};
    const QList<Read> cutFinished{{"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:00"},
                                  {"CUT", "WO:WO-A", ProgressKind::Finish, 9, 1, "10:00"}};

    QTest::newRow("unknown code")
        << none << Read{"CUT", "]E06901234567892\r", ProgressKind::Start}
        << "unknown code \"6901234567892\": not a work order (WO:), part (PT:), station (WC:) or "
           "command (CMD:) code";
    QTest::newRow("station code instead of a work order")
        << none << Read{"CUT", "WC:CUT-1", ProgressKind::Start}
        << "\"WC:CUT-1\" is a station or command code: scan a work order or part";
    QTest::newRow("no station chosen")
        << none << Read{"", "WO:WO-A", ProgressKind::Start} << "choose this desk's station first";
    QTest::newRow("unknown work order")
        << none << Read{"CUT", "WO:WO-NOPE", ProgressKind::Start}
        << "no work order WO-NOPE: scan the code on the work order sheet";
    QTest::newRow("work order not at this station")
        << none << Read{"PACK", "WO:WO-B", ProgressKind::Start}
        << "WO-B has no operation at station PACK-1 包装线 (its operations: 10 开料 at CUT-1, "
           "20 封边 at EDGE-1)";
    QTest::newRow("finish before start")
        << none << Read{"CUT", "WO:WO-A", ProgressKind::Finish, 10, 0}
        << "WO-A operation 10 (开料) has not been started: scan start first";
    QTest::newRow("report before start")
        << none << Read{"CUT", "WO:WO-A", ProgressKind::Report, 1, 0}
        << "WO-A operation 10 (开料) has not been started: scan start first";
    QTest::newRow("started twice")
        << cutStarted << Read{"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:05"}
        << "WO-A operation 10 (开料) was already started at 2026-03-02 09:00: report its "
           "quantities or finish it";
    QTest::newRow("already finished")
        << cutFinished << Read{"CUT", "WO:WO-A", ProgressKind::Report, 1, 0, "10:30"}
        << "WO-A operation 10 (开料) is already finished (9 good, 1 scrap)";
    QTest::newRow("start after finish")
        << cutFinished << Read{"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "10:30"}
        << "WO-A operation 10 (开料) is already finished (9 good, 1 scrap)";
    QTest::newRow("quantity too high")
        << cutStarted << Read{"CUT", "WO:WO-A", ProgressKind::Report, 12, 1, "09:30"}
        << "good 12 + scrap 1 exceeds the 10 parts of WO-A operation 10 (开料)";
    QTest::newRow("quantity too high after an earlier report")
        << (cutStarted + QList<Read>{{"CUT", "WO:WO-A", ProgressKind::Report, 6, 0, "09:20"}})
        << Read{"CUT", "WO:WO-A", ProgressKind::Finish, 4, 1, "09:30"}
        << "good 4 + scrap 1 exceeds the 4 parts left of WO-A operation 10 (开料): 6 of its 10 "
           "parts are reported already";
    QTest::newRow("nothing reported")
        << cutStarted << Read{"CUT", "WO:WO-A", ProgressKind::Report, 0, 0, "09:30"}
        << "report a good or scrap quantity for WO-A operation 10 (开料)";
    QTest::newRow("negative quantity")
        << cutStarted << Read{"CUT", "WO:WO-A", ProgressKind::Report, -1, 0, "09:30"}
        << "good and scrap cannot be negative";
    QTest::newRow("report timed before the start")
        << cutStarted << Read{"CUT", "WO:WO-A", ProgressKind::Report, 2, 0, "08:30"}
        << "WO-A operation 10 (开料) cannot take a Report at 2026-03-02 08:30: it started later, "
           "at 2026-03-02 09:00";
    QTest::newRow("next operation before the first has output")
        << none << Read{"EDGE", "WO:WO-A", ProgressKind::Start}
        << "WO-A operation 20 (封边) cannot start: the operation before it, 10 (开料), has no "
           "good parts yet";
    QTest::newRow("next operation while the first has only scrap")
        << (cutStarted + QList<Read>{{"CUT", "WO:WO-A", ProgressKind::Report, 0, 2, "09:20"}})
        << Read{"EDGE", "WO:WO-A", ProgressKind::Start, 0, 0, "09:30"}
        << "WO-A operation 20 (封边) cannot start: the operation before it, 10 (开料), has no "
           "good parts yet";
    QTest::newRow("a start with quantities")
        << none << Read{"CUT", "WO:WO-A", ProgressKind::Start, 3, 0}
        << "a start reports no quantities: report them after";
    QTest::newRow("cancelled work order")
        << none << Read{"CUT", "WO:WO-C", ProgressKind::Start}
        << "WO-C is cancelled: it takes no progress";
    QTest::newRow("work order of a cancelled order")
        << none << Read{"CUT", "WO:WO-D", ProgressKind::Start}
        << "WO-D belongs to order SO00000009, which is cancelled";
    QTest::newRow("part of another order's work order")
        << cutStarted << Read{"CUT", "PART-E", ProgressKind::Report, 1, 0, "09:30"}
        << "part 顶板 belongs to WO-E of order SO00000002, not to WO-A on this station: scan "
           "WO-E to work on it";
    QTest::newRow("part reported twice")
        << (cutStarted + QList<Read>{{"CUT", "PART-A", ProgressKind::Report, 1, 0, "09:20"}})
        << Read{"CUT", "PART-A", ProgressKind::Report, 1, 0, "09:30"}
        << "part 左侧板 is already reported at WO-A operation 10 (开料): 1 of 1";
    QTest::newRow("unknown part")
        << none << Read{"CUT", "PT:00000000000000000000000000000001", ProgressKind::Start}
        << "no part 00000000-0000-0000-0000-000000000001 here: the label belongs to another "
           "site or to a removed order";
    QTest::newRow("pack before made")
        << cutFinished << Read{"PACK", "WO:WO-A", ProgressKind::Pack, 0, 0, "10:30"}
        << "WO-A is not made yet: 1 of 3 operations finished";
}

void tst_ProgressRecorder::refusals()
{
    QFETCH(QList<Read>, before);
    QFETCH(Read, refused);
    QFETCH(QString, message);

    addWorkOrder("WO-B", m_order,
                 {{10, m_centers["CUT"], "开料", 4}, {20, m_centers["EDGE"], "封边", 4}},
                 "released", "DOOR");
    addWorkOrder("WO-C", m_order, {{10, m_centers["CUT"], "开料", 4}}, "cancelled", "GLASS");
    addWorkOrder("WO-D", addOrder("SO00000009", "cancelled"), {{10, m_centers["CUT"], "开料", 4}});
    const QString other = addOrder("SO00000002");
    const QString woE = addWorkOrder("WO-E", other, {{10, m_centers["CUT"], "开料", 4}});
    const QString partE = addPart(other, "顶板", 1);
    const QString partA = addPart(m_order, "左侧板", 1);
    Q_UNUSED(woE);

    const auto codeOf = [&](const QString &code) {
        if (code == "PART-A")
            return ShopfloorCode::forPart(partA);
        if (code == "PART-E")
            return ShopfloorCode::forPart(partE);
        return code;
    };
    for (Read read : before) {
        read.code = codeOf(read.code);
        const auto done = scan(read);
        QVERIFY2(done.ok(), qPrintable(why(done)));
    }
    const QString events = count("production_events") > 0
                               ? scalar("SELECT group_concat(id) FROM production_events")
                               : QString();
    const QString statuses = scalar("SELECT group_concat(status) FROM (SELECT status FROM "
                                    "operations ORDER BY work_order_id, seq)");
    const QString orders = scalar("SELECT group_concat(status) FROM (SELECT status FROM "
                                  "work_orders ORDER BY wo_no)");
    const int outbox = count("outbox");
    const int audit = count("audit_log");

    refused.code = codeOf(refused.code);
    const auto result = scan(refused, QString(), refused.code.startsWith("PT:") ? m_woA : "");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, message);

    // Nothing written: no event, no status change, nothing for sync or the audit trail.
    QCOMPARE(count("production_events") > 0
                 ? scalar("SELECT group_concat(id) FROM production_events")
                 : QString(),
             events);
    QCOMPARE(scalar("SELECT group_concat(status) FROM (SELECT status FROM operations ORDER BY "
                    "work_order_id, seq)"),
             statuses);
    QCOMPARE(scalar("SELECT group_concat(status) FROM (SELECT status FROM work_orders ORDER BY "
                    "wo_no)"),
             orders);
    QCOMPARE(count("outbox"), outbox);
    QCOMPARE(count("audit_log"), audit);
}

void tst_ProgressRecorder::repeatedScanDoesNothingNew()
{
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:00"}, "desk1-0001").ok());
    const int outbox = count("outbox");

    // The same read again (a scanner's double send, a retry after a timeout): nothing new,
    // and no refusal although the operation has started.
    auto again = scan({"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:01"}, "desk1-0001");
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QVERIFY(again->repeated);
    QCOMPARE(again->message, "WO-A: this scan was recorded before; nothing new");
    QCOMPARE(count("production_events"), 1);
    QCOMPARE(count("outbox"), outbox);

    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Finish, 10, 0, "10:00"}, "desk1-0002").ok());
    auto finishAgain = scan({"CUT", "WO:WO-A", ProgressKind::Finish, 10, 0, "10:00"},
                            "desk1-0002");
    QVERIFY(finishAgain.ok());
    QVERIFY(finishAgain->repeated);
    QCOMPARE(finishAgain->workOrder.operations[0].good, 10);
    QCOMPARE(count("production_events"), 2);
    QCOMPARE(scalar("SELECT source_key FROM production_events ORDER BY at"), "desk1-0001");
}

void tst_ProgressRecorder::derivedQuantitiesAndTimes()
{
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "08:30"}).ok());
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Report, 4, 1, "09:00"}).ok());
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Report, 3, 0, "09:30"}).ok());

    auto w = ProgressQuery::workOrderByNo(db(), "wo-a");  // Caps Lock on the scanner
    QVERIFY2(w.ok(), qPrintable(why(w)));
    QCOMPARE(w->woNo, "WO-A");
    QCOMPARE(w->orderNo, "SO00000001");
    QCOMPARE(w->dueDate, QDate(2026, 3, 20));
    const OperationProgress &cut = w->operations[0];
    QCOMPARE(cut.good, 7);
    QCOMPARE(cut.scrap, 1);
    QCOMPARE(cut.left(), 2);
    QCOMPARE(cut.actualStart, site("08:30"));
    QVERIFY(!cut.actualFinish.isValid());
    QCOMPARE(cut.workCenterCode, "CUT-1");

    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Finish, 2, 0, "10:15"}).ok());
    w = ProgressQuery::workOrder(db(), m_woA);
    QCOMPARE(w->operations[0].good, 9);
    QCOMPARE(w->operations[0].left(), 0);
    QCOMPARE(w->operations[0].actualFinish, site("10:15"));
    QCOMPARE(w->operations[0].actualFinish.timeSpec(), Qt::UTC);
    QCOMPARE(w->operations[1].good, 0);
    QVERIFY(!w->operations[1].actualStart.isValid());

    // Stored as UTC instants, whatever zone the desk is in.
    QCOMPARE(scalar("SELECT at FROM production_events WHERE kind = 'finish'"),
             "2026-03-02T02:15:00.000Z");

    auto events = ProgressQuery::stationEvents(db(), "CUT-1", 3);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).kind, ProgressKind::Finish);
    QCOMPARE(events->at(0).userName, "刘师傅");
    QCOMPARE(events->at(0).woNo, "WO-A");
    QCOMPARE(events->at(0).seq, 10);
    QCOMPARE(events->at(2).good, 4);
    QCOMPARE(ProgressQuery::workOrderEvents(db(), m_woA)->size(), 4);
}

void tst_ProgressRecorder::partScanningStartsAndFinishes()
{
    const QString side = addPart(m_order, "侧板", 2);
    const QString top = addPart(m_order, "顶板", 1);
    run("UPDATE operations SET quantity = 3 WHERE seq = 10", {});

    ProgressRecorder recorder(db());
    const auto part = [&](const QString &id, const QString &scanId, const QString &at) {
        ProgressScan s;
        s.scanId = scanId;
        s.stationId = m_centers["CUT"];
        s.code = "]Q1" + ShopfloorCode::forPart(id) + "\r";
        s.kind = ProgressKind::Report;
        s.good = 1;
        s.at = site(at);
        s.startIfWaiting = true;
        s.finishWhenComplete = true;
        return recorder.record(s);
    };
    auto first = part(side, "p1", "09:00");
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QCOMPARE(first->workOrder.operations[0].status, "started");
    QCOMPARE(count("production_events"), 2);  // the start, then the part
    QCOMPARE(scalar("SELECT group_concat(kind) FROM (SELECT kind FROM production_events ORDER "
                    "BY source_key)"),
             "report,start");
    QCOMPARE(scalar("SELECT source_key FROM production_events WHERE kind = 'start'"), "p1:start");

    QVERIFY(part(side, "p2", "09:01").ok());
    auto last = part(top, "p3", "09:02");
    QVERIFY(last.ok());
    QCOMPARE(last->workOrder.operations[0].status, "done");
    QCOMPARE(last->workOrder.operations[0].good, 3);
    QCOMPARE(scalar("SELECT kind FROM production_events WHERE source_key = 'p3'"), "finish");
    QCOMPARE(scalar("SELECT part_id FROM production_events WHERE source_key = 'p3'"), top);

    // A repeat of the first read writes neither its start nor its report again.
    auto repeat = part(side, "p1", "09:00");
    QVERIFY(repeat.ok());
    QVERIFY(repeat->repeated);
    QCOMPARE(count("production_events"), 4);
}

void tst_ProgressRecorder::overlapIsAllowedWithAWarning()
{
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:00"}).ok());
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Report, 2, 0, "09:10"}).ok());
    auto edge = scan({"EDGE", "WO:WO-A", ProgressKind::Start, 0, 0, "09:15"});
    QVERIFY2(edge.ok(), qPrintable(why(edge)));
    QVERIFY(edge->warnings.isEmpty());
    auto ahead = scan({"EDGE", "WO:WO-A", ProgressKind::Report, 3, 0, "09:20"});
    QVERIFY(ahead.ok());
    QCOMPARE(ahead->warnings,
             QStringList{"WO-A operation 20 (封边) has 3 parts reported, more than the 2 good "
                         "parts of operation 10 (开料) so far"});
}

void tst_ProgressRecorder::finishShortWarnsAndMakes()
{
    const QString wo = addWorkOrder("WO-B", m_order,
                                    {{10, m_centers["CUT"], "开料", 4},
                                     {20, m_centers["EDGE"], "封边", 4}},
                                    "released", "DOOR");
    QVERIFY(scan({"CUT", "WO:WO-B", ProgressKind::Start, 0, 0, "09:00"}).ok());
    QVERIFY(scan({"CUT", "WO:WO-B", ProgressKind::Finish, 4, 0, "09:30"}).ok());
    QVERIFY(scan({"EDGE", "WO:WO-B", ProgressKind::Start, 0, 0, "10:00"}).ok());
    auto shortFinish = scan({"EDGE", "WO:WO-B", ProgressKind::Finish, 3, 0, "10:30"});
    QVERIFY(shortFinish.ok());
    QCOMPARE(shortFinish->warnings,
             QStringList{"WO-B operation 20 (封边) finished with 3 of its 4 parts reported: 1 "
                         "missing"});
    // No packing operation: the work order is made, and waits to be packed.
    QCOMPARE(shortFinish->workOrder.status, "made");
    QCOMPARE(ProgressQuery::workOrder(db(), wo)->status, "made");
}

void tst_ProgressRecorder::packAfterMade()
{
    const QString wo = addWorkOrder("WO-B", m_order, {{10, m_centers["CUT"], "开料", 2}},
                                    "released", "DOOR");
    QVERIFY(scan({"CUT", "WO:WO-B", ProgressKind::Start, 0, 0, "09:00"}).ok());
    QVERIFY(scan({"CUT", "WO:WO-B", ProgressKind::Finish, 2, 0, "09:30"}).ok());
    auto packed = scan({"PACK", "WO:WO-B", ProgressKind::Pack, 0, 0, "11:00"});
    QVERIFY2(packed.ok(), qPrintable(why(packed)));
    QCOMPARE(packed->message, "WO-B: packed; the work order is now Packed");
    QCOMPARE(scalar("SELECT status FROM work_orders WHERE id = '" + wo + "'"), "packed");
    QCOMPARE(scalar("SELECT operation_id IS NULL FROM production_events WHERE kind = 'pack'"),
             "1");
    auto twice = scan({"PACK", "WO:WO-B", ProgressKind::Pack, 0, 0, "11:05"});
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().message, "WO-B is already packed");
}

void tst_ProgressRecorder::resolveShowsTheOperationHere_data()
{
    QTest::addColumn<QString>("station");
    QTest::addColumn<int>("seq");
    QTest::newRow("cutting") << "CUT" << 10;
    QTest::newRow("edge banding") << "EDGE" << 20;
    QTest::newRow("packing") << "PACK" << 30;
}

void tst_ProgressRecorder::resolveShowsTheOperationHere()
{
    QFETCH(QString, station);
    QFETCH(int, seq);
    ProgressRecorder recorder(db());
    auto target = recorder.resolve(m_centers[station], "]Q1WO:WO-A\r\n");
    QVERIFY2(target.ok(), qPrintable(why(target)));
    QVERIFY(target->operation());
    QCOMPARE(target->operation()->seq, seq);
    QCOMPARE(target->operation()->left(), 10);
    QCOMPARE(target->workOrder.orderNo, "SO00000001");
    // Looking writes nothing.
    QCOMPARE(count("production_events"), 0);
}

void tst_ProgressRecorder::eventsAreOnTheOrdersTimeline()
{
    QVERIFY(scan({"CUT", "WO:WO-A", ProgressKind::Start, 0, 0, "09:00"}).ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE row_id = '" + m_order
                    + "' AND table_name = 'production_events'"),
             "1");
    QVERIFY(scalar("SELECT after_json FROM audit_log WHERE table_name = 'production_events'")
                .contains("\"event\":\"production_start\""));
    QVERIFY(scalar("SELECT after_json FROM audit_log WHERE table_name = 'work_orders'")
                .contains("\"status\":\"started\""));
}

QTEST_GUILESS_MAIN(tst_ProgressRecorder)
#include "tst_progressrecorder.moc"
