#include "orders/ui/timelineformat.h"
#include "widgets/language.h"
#include "widgets/sitetime.h"

#include <QJsonArray>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Orders;

class tst_TimelineFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changes_data();
    void changes();
    void describe_data();
    void describe();
    void importReasonsFollowTheLanguage_data();
    void importReasonsFollowTheLanguage();
    void timesAreInTheSiteTimeZone();
    void processEntries_data();
    void processEntries();
    void productionEntries_data();
    void productionEntries();
};

namespace {

QJsonObject lineJson(int no, const QString &description, const QString &quantity)
{
    return {{QStringLiteral("line_no"), no},
            {QStringLiteral("description"), description},
            {QStringLiteral("unit"), QStringLiteral("piece")},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("discount"), QStringLiteral("0")},
            {QStringLiteral("amount"), QStringLiteral("100")}};
}

QJsonObject orderJson()
{
    return {{QStringLiteral("order_no"), QStringLiteral("SO00000007")},
            {QStringLiteral("channel"), QStringLiteral("dealer")},
            {QStringLiteral("customer"), QStringLiteral("张伟")},
            {QStringLiteral("mobile"), QStringLiteral("13800001111")},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("deposit_fen"), 50000},
            {QStringLiteral("total"), QStringLiteral("4999")},
            {QStringLiteral("lines"), QJsonArray{lineJson(1, QStringLiteral("衣柜"),
                                                          QStringLiteral("1"))}}};
}

} // namespace

void tst_TimelineFormat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Widgets::SiteTime::setZoneId(Widgets::SiteTime::defaultZoneId()));
}

void tst_TimelineFormat::changes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("customer") << QStringLiteral("customer") << QJsonValue(QStringLiteral("张伟伟"))
                              << QStringLiteral("Customer: 张伟 → 张伟伟");
    QTest::newRow("channel by name")
        << QStringLiteral("channel") << QJsonValue(QStringLiteral("store"))
        << QStringLiteral("Channel: Dealer → Own store");
    QTest::newRow("deposit in yuan") << QStringLiteral("deposit_fen") << QJsonValue(123456)
                                     << QStringLiteral("Deposit: 500.00 → 1,234.56");
    QTest::newRow("emptied") << QStringLiteral("mobile") << QJsonValue(QString())
                             << QStringLiteral("Mobile: 13800001111 → (empty)");
    QTest::newRow("status") << QStringLiteral("status") << QJsonValue(QStringLiteral("approved"))
                            << QStringLiteral("Status: New → Approved");
}

void tst_TimelineFormat::changes()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QJsonObject before = orderJson();
    QJsonObject after = before;
    after.insert(key, value);
    QCOMPARE(TimelineFormat::changes(before, after), QStringList{expected});
    QVERIFY(TimelineFormat::changes(before, before).isEmpty());
}

void tst_TimelineFormat::describe_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("changes");

    QJsonObject after = orderJson();
    QTest::newRow("created") << QStringLiteral("sales_orders") << QStringLiteral("insert")
                             << QString()
                             << QStringLiteral("Created the order with 1 line(s), total 4,999.00")
                             << QStringList();
    QTest::newRow("lines changed")
        << QStringLiteral("sales_orders") << QStringLiteral("update") << QStringLiteral("undo")
        << QStringLiteral("Changed the order (undo of an edit)")
        << QStringList{QStringLiteral("Line 1: quantity 1 → 3"),
                       QStringLiteral("Line 2 added: 书桌")};
    QTest::newRow("note") << QStringLiteral("order_notes") << QStringLiteral("insert") << QString()
                          << QStringLiteral("Added a note")
                          << QStringList{QStringLiteral("周末送货")};
    QTest::newRow("imported") << QStringLiteral("sales_orders") << QStringLiteral("insert")
                              << QStringLiteral("imported from tmall_orders.csv")
                              << QStringLiteral("Created the order with 1 line(s), total "
                                                "4,999.00 (imported from tmall_orders.csv)")
                              << QStringList();
    QTest::newRow("other reason kept")
        << QStringLiteral("sales_orders") << QStringLiteral("insert")
        << QStringLiteral("sync from desk 7")
        << QStringLiteral("Created the order with 1 line(s), total 4,999.00 (sync from desk 7)")
        << QStringList();
}

void tst_TimelineFormat::describe()
{
    QFETCH(QString, table);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QFETCH(QString, what);
    QFETCH(QStringList, changes);

    TimelineEntry e;
    e.at = QStringLiteral("2024-05-01T02:30:00.000Z");
    e.user = QStringLiteral("clerk1");
    e.action = action;
    e.table = table;
    e.reason = reason;
    e.after = orderJson();
    if (action == QLatin1String("update")) {
        e.before = orderJson();
        e.after.insert(QStringLiteral("lines"),
                       QJsonArray{lineJson(1, QStringLiteral("衣柜"), QStringLiteral("3")),
                                  lineJson(2, QStringLiteral("书桌"), QStringLiteral("1"))});
    }
    if (table == QLatin1String("order_notes"))
        e.after = {{QStringLiteral("note"), QStringLiteral("周末送货")}};

    const TimelineText t = TimelineFormat::describe(e);
    QCOMPARE(t.when, QStringLiteral("2024-05-01 10:30"));  // Asia/Shanghai
    QCOMPARE(t.who, QStringLiteral("clerk1"));
    QCOMPARE(t.what, what);
    QCOMPARE(t.changes, changes);
}

void tst_TimelineFormat::importReasonsFollowTheLanguage_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("file");

    QTest::newRow("imported") << QStringLiteral("imported from tmall_orders.csv")
                              << QStringLiteral("imported from %1")
                              << QStringLiteral("tmall_orders.csv");
    QTest::newRow("re-imported") << QStringLiteral("re-imported from 经销商 订单.xlsx")
                                 << QStringLiteral("re-imported from %1")
                                 << QStringLiteral("经销商 订单.xlsx");
}

void tst_TimelineFormat::importReasonsFollowTheLanguage()
{
    QFETCH(QString, reason);
    QFETCH(QString, pattern);
    QFETCH(QString, file);

    TimelineEntry e;
    e.at = QStringLiteral("2024-05-01T02:30:00.000Z");
    e.action = QStringLiteral("update");
    e.table = QStringLiteral("sales_orders");
    e.reason = reason;
    e.before = orderJson();
    e.after = orderJson();

    // The importer writes its reason in English; the Chinese timeline says it in Chinese.
    QVERIFY(Widgets::Language::install(QStringLiteral("zh_CN")));
    const QString chinese = QCoreApplication::translate("Hearth::Orders::TimelineFormat",
                                                        pattern.toUtf8().constData())
                                .arg(file);
    const TimelineText t = TimelineFormat::describe(e);
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(chinese != reason, qPrintable(chinese));
    QVERIFY2(t.what.endsWith(chinese + QStringLiteral("）"))
                 || t.what.endsWith(chinese + QStringLiteral(")")),
             qPrintable(t.what));
    QVERIFY2(!t.what.contains(QStringLiteral("imported")), qPrintable(t.what));
}

void tst_TimelineFormat::timesAreInTheSiteTimeZone()
{
    TimelineEntry e;
    e.at = QStringLiteral("2024-05-01T02:30:00.000Z");
    e.action = QStringLiteral("delete");
    e.table = QStringLiteral("sales_orders");
    QCOMPARE(Widgets::SiteTime::zoneId(), QByteArray("Asia/Shanghai"));
    QCOMPARE(TimelineFormat::describe(e).when, QStringLiteral("2024-05-01 10:30"));

    // The zone is a setting, not a constant: another site reads its own clock.
    QVERIFY(Widgets::SiteTime::setZoneId("Europe/Berlin"));
    QCOMPARE(TimelineFormat::describe(e).when, QStringLiteral("2024-05-01 04:30"));
    QVERIFY(!Widgets::SiteTime::setZoneId("Nowhere/Atlantis"));
    QCOMPARE(Widgets::SiteTime::zoneId(), QByteArray("Europe/Berlin"));
    QVERIFY(Widgets::SiteTime::setZoneId(Widgets::SiteTime::defaultZoneId()));
    // A time written with an offset is that moment, not a UTC wall clock.
    e.at = QStringLiteral("2024-05-01T10:30:00+08:00");
    QCOMPARE(TimelineFormat::describe(e).when, QStringLiteral("2024-05-01 10:30"));
}

void tst_TimelineFormat::processEntries_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("changes");

    QTest::newRow("task created")
        << "tasks" << "split"
        << QJsonObject{{"event", "created"}, {"title", "SO00000001 柜体车间生产：第1行地柜"}}
        << "Task created: SO00000001 柜体车间生产：第1行地柜 (split)" << QStringList();
    QTest::newRow("task completed with its result")
        << "tasks" << QString()
        << QJsonObject{{"event", "completed"}, {"title", "收定金"}, {"result", "已收 ¥2,220"}}
        << "Task completed: 收定金" << QStringList{"已收 ¥2,220"};
    QTest::newRow("approval rejected")
        << "approvals" << QString()
        << QJsonObject{{"status", "rejected"}, {"step", 1}, {"comment", "折扣太大"}}
        << "Rejected (step 1): 折扣太大" << QStringList();
    QTest::newRow("review held")
        << "review_findings" << "review held the order: deposit too low"
        << QJsonObject{{"outcome", "hold"},
                       {"findings", QJsonArray{QJsonObject{{"message", "deposit too low"}}}}}
        << "Order review: review held the order: deposit too low"
        << QStringList{"deposit too low"};
    QTest::newRow("state change")
        << "order_processes" << "审单 → 挂起待修改" << QJsonObject{{"state", "on_hold"}}
        << "Process: 审单 → 挂起待修改" << QStringList();
}

void tst_TimelineFormat::processEntries()
{
    QFETCH(QString, table);
    QFETCH(QString, reason);
    QFETCH(QJsonObject, after);
    QFETCH(QString, what);
    QFETCH(QStringList, changes);
    TimelineEntry e;
    e.at = QStringLiteral("2026-09-28T02:00:00.000Z");
    e.user = QStringLiteral("hearthctl");
    e.action = QStringLiteral("insert");
    e.table = table;
    e.reason = reason;
    e.after = after;
    const TimelineText t = TimelineFormat::describe(e);
    QCOMPARE(t.what, what);
    QCOMPARE(t.changes, changes);
    QCOMPARE(t.when, QStringLiteral("2026-09-28 10:00"));
}

void tst_TimelineFormat::productionEntries_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QString>("what");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<bool>("minor");

    const QString wo = "WO-SO00000097-CAB";
    QTest::newRow("work order made from the split")
        << "work_orders" << "made from the split" << QJsonObject()
        << QJsonObject{{"event", "created"}, {"wo_no", wo}, {"parts", 24},
                       {"area_mm2", 7689600}, {"status", "planned"}}
        << "Work order WO-SO00000097-CAB created (made from the split)"
        << QStringList{"24 parts, 7.69 m²"} << false;
    QTest::newRow("work order changed by an amendment")
        << "work_orders" << QString()
        << QJsonObject{{"wo_no", wo}, {"parts", 24}, {"area_mm2", 7689600},
                       {"due_date", "2026-12-14"}, {"colour", "暖白"}}
        << QJsonObject{{"event", "changed"}, {"wo_no", wo}, {"parts", 26},
                       {"area_mm2", 8000000}, {"due_date", "2026-12-20"}, {"colour", "暖白"}}
        << "Work order WO-SO00000097-CAB changed"
        << QStringList{"parts 24 → 26", "area 7.69 m² → 8.00 m²",
                       "due date 2026-12-14 → 2026-12-20"}
        << false;
    QTest::newRow("work order cancelled")
        << "work_orders" << QString() << QJsonObject{{"wo_no", wo}, {"status", "planned"}}
        << QJsonObject{{"event", "cancelled"}, {"wo_no", wo}, {"status", "cancelled"}}
        << "Work order WO-SO00000097-CAB cancelled" << QStringList() << false;
    QTest::newRow("started by a scan, which says so itself")
        << "work_orders" << QString() << QJsonObject{{"id", "w1"}, {"status", "planned"}}
        << QJsonObject{{"event", "work_order_started"}, {"wo_no", wo}, {"status", "started"}}
        << "Work order WO-SO00000097-CAB: in production" << QStringList() << true;
    QTest::newRow("every operation done")
        << "work_orders" << QString() << QJsonObject{{"id", "w1"}, {"status", "started"}}
        << QJsonObject{{"event", "work_order_made"}, {"wo_no", wo}, {"status", "made"}}
        << "Work order WO-SO00000097-CAB made: every operation done" << QStringList() << false;
    QTest::newRow("start scanned at a station")
        << "production_events" << QString() << QJsonObject()
        << QJsonObject{{"event", "production_start"}, {"kind", "start"}, {"wo_no", wo},
                       {"operation", "开料"}, {"seq", 10}, {"station", "NEST-01"},
                       {"source", "scan"}, {"at", "2026-09-28T01:58:00.000Z"}}
        << "Work order WO-SO00000097-CAB started (开料)" << QStringList{"Station NEST-01"}
        << false;
    QTest::newRow("report imported from the MES a day later")
        << "production_events" << QString() << QJsonObject()
        << QJsonObject{{"event", "production_report"}, {"kind", "report"}, {"wo_no", wo},
                       {"operation", "封边"}, {"seq", 20}, {"good_qty", 12}, {"scrap_qty", 1},
                       {"station", "EDGE-01"}, {"source", "mes"},
                       {"at", "2026-09-27T01:00:00.000Z"}}
        << "Work order WO-SO00000097-CAB reported (封边)"
        << QStringList{"12 good, 1 scrap", "Station EDGE-01", "Imported from the MES",
                       "Reported for 2026-09-27 09:00"}
        << false;
    QTest::newRow("finish")
        << "production_events" << QString() << QJsonObject()
        << QJsonObject{{"event", "production_finish"}, {"kind", "finish"}, {"wo_no", wo},
                       {"operation", "包装"}, {"good_qty", 24}, {"scrap_qty", 0}}
        << "Work order WO-SO00000097-CAB finished (包装)" << QStringList{"24 good, 0 scrap"}
        << false;
    QTest::newRow("packed")
        << "production_events" << QString() << QJsonObject()
        << QJsonObject{{"event", "production_pack"}, {"kind", "pack"}, {"wo_no", wo}}
        << "Work order WO-SO00000097-CAB packed" << QStringList() << false;
    QTest::newRow("operation status moved by the scan")
        << "operations" << QString() << QJsonObject{{"id", "o1"}, {"status", "started"}}
        << QJsonObject{{"event", "operation_done"}, {"wo_no", wo}, {"seq", 10},
                       {"status", "done"}}
        << "Work order WO-SO00000097-CAB, operation 10: done" << QStringList() << true;
}

void tst_TimelineFormat::productionEntries()
{
    QFETCH(QString, table);
    QFETCH(QString, reason);
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QString, what);
    QFETCH(QStringList, changes);
    QFETCH(bool, minor);
    TimelineEntry e;
    e.at = QStringLiteral("2026-09-28T02:00:00.000Z");
    e.user = QStringLiteral("zhou");
    e.action = before.isEmpty() ? QStringLiteral("insert") : QStringLiteral("update");
    e.table = table;
    e.reason = reason;
    e.before = before;
    e.after = after;
    const TimelineText t = TimelineFormat::describe(e);
    QCOMPARE(t.what, what);
    QCOMPARE(t.changes, changes);
    QCOMPARE(t.minor, minor);
    QCOMPARE(t.when, QStringLiteral("2026-09-28 10:00"));
}

QTEST_GUILESS_MAIN(tst_TimelineFormat)
#include "tst_timelineformat.moc"
