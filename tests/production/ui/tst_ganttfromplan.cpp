#include "../schedulerfixture.h"
#include "production/ui/planganttbuilder.h"

#include <QTest>

#include <time.h>

using namespace Hearth;
using namespace Hearth::Production;
using namespace Hearth::Production::TestFactory;

namespace {

QDateTime instant(const char *siteText)
{
    return QDateTime::fromSecsSinceEpoch(at(siteText), QTimeZone::utc());
}

// Puts an operation where a planner would: [from, to) on lane 0.
void place(Plan &plan, int op, const char *from, const char *to, int lane = 0)
{
    QVERIFY(plan.apply({plan.operation(op).id, at(from), at(to), lane, false}).ok());
}

const GanttBar *findBar(const GanttData &data, const QString &id)
{
    for (const GanttBar &b : data.bars) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const GanttRow *findRow(const GanttData &data, const QString &id)
{
    for (const GanttRow &r : data.rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList rowIds(const GanttData &data, GanttRowKind kind)
{
    QStringList ids;
    for (const GanttRow &r : data.rows) {
        if (r.kind == kind)
            ids.append(r.id);
    }
    return ids;
}

// Two work orders of two orders in the small Shanghai factory, placed by hand on Monday
// 2 November 2026: SO-0101 due Friday (on time), SO-0102 due Monday (ends Tuesday: late).
struct KnownPlan
{
    Factory f;
    int onTime = -1;
    int late = -1;

    KnownPlan()
    {
        onTime = f.job("WO-0101-CAB", "颗粒板", QDate(2026, 11, 6),
                       {{f.saw, 60}, {f.edge, 90}, {f.pack, 30}});
        late = f.job("WO-0102-CAB", "多层板", QDate(2026, 11, 2),
                     {{f.saw, 120}, {f.edge, 240}, {f.pack, 60}});
        f.plan.job(onTime).orderId = "order-101";
        f.plan.job(onTime).orderNo = "SO00000101";
        f.plan.job(late).orderId = "order-102";
        f.plan.job(late).orderNo = "SO00000102";
    }

    void placeAll()
    {
        place(f.plan, f.op("WO-0101-CAB", 10), "2026-11-02 08:00", "2026-11-02 09:00");
        place(f.plan, f.op("WO-0101-CAB", 20), "2026-11-02 09:00", "2026-11-02 10:30");
        place(f.plan, f.op("WO-0101-CAB", 30), "2026-11-02 10:30", "2026-11-02 11:00");
        place(f.plan, f.op("WO-0102-CAB", 10), "2026-11-02 09:00", "2026-11-02 11:00");
        place(f.plan, f.op("WO-0102-CAB", 20), "2026-11-02 13:00", "2026-11-02 17:00", 1);
        place(f.plan, f.op("WO-0102-CAB", 30), "2026-11-03 08:00", "2026-11-03 09:00");
    }

    PlanGanttOptions options() const
    {
        PlanGanttOptions o;
        o.now = f.now;
        return o;
    }
};

} // namespace

class tst_GanttFromPlan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void barsAreThePlannedTimes_data();
    void barsAreThePlannedTimes();
    void unplacedOperationsHaveNoBar();
    void rowsFollowTheWorkFlow();
    void centerLabelsAndDetails_data();
    void centerLabelsAndDetails();
    void orderRowsCarryThePromisedDate();
    void linksJoinConsecutiveOperations();
    void shadingIsTheCalendarsNonWorkingTime_data();
    void shadingIsTheCalendarsNonWorkingTime();
    void shadingAndWorkingTimeTileTheRange();
    void outagesOfTheWholeCenterAreShaded();
    void siteCalendarShadesOrderRows();
    void lateOrderIsFlagged();
    void statusProgressAndLock();
    void shownDaysCoverTheBarsAndTwoWeeks();
    void orderTail_data();
    void orderTail();
};

void tst_GanttFromPlan::initTestCase()
{
    // Whatever the computer's zone, the chart speaks the site's.
    qputenv("TZ", "America/Los_Angeles");
    tzset();
}

void tst_GanttFromPlan::barsAreThePlannedTimes_data()
{
    QTest::addColumn<QString>("workOrder");
    QTest::addColumn<int>("seq");
    QTest::addColumn<QString>("center");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("label");

    QTest::newRow("on time: cutting") << "WO-0101-CAB" << 10 << "saw" << "2026-11-02 08:00"
                                      << "2026-11-02 09:00" << "0101 开料锯";
    QTest::newRow("on time: packing") << "WO-0101-CAB" << 30 << "pack" << "2026-11-02 10:30"
                                      << "2026-11-02 11:00" << "0101 包装台";
    QTest::newRow("late: edge banding on machine 2")
        << "WO-0102-CAB" << 20 << "edge" << "2026-11-02 13:00" << "2026-11-02 17:00"
        << "0102 封边机";
    QTest::newRow("late: packing on Tuesday") << "WO-0102-CAB" << 30 << "pack"
                                              << "2026-11-03 08:00" << "2026-11-03 09:00"
                                              << "0102 包装台";
}

void tst_GanttFromPlan::barsAreThePlannedTimes()
{
    QFETCH(QString, workOrder);
    QFETCH(int, seq);
    QFETCH(QString, center);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, label);

    KnownPlan k;
    k.placeAll();
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    QCOMPARE(data.bars.size(), 6);
    const int op = k.f.op(workOrder, seq);
    const GanttBar *bar = findBar(data, k.f.plan.operation(op).id);
    QVERIFY(bar);
    QCOMPARE(bar->start, instant(start.toLatin1().constData()));
    QCOMPARE(bar->end, instant(end.toLatin1().constData()));
    QCOMPARE(bar->start.timeSpec(), Qt::UTC);
    QCOMPARE(bar->workCenterId, center);
    QCOMPARE(bar->workOrderId, workOrder);
    QCOMPARE(bar->orderId, k.f.plan.job(k.f.plan.operation(op).job).orderId);
    QCOMPARE(bar->label, label);
    QCOMPARE(data.timeZone, shanghai());
    QCOMPARE(data.now, instant("2026-11-02 08:00"));
}

void tst_GanttFromPlan::unplacedOperationsHaveNoBar()
{
    KnownPlan k;
    place(k.f.plan, k.f.op("WO-0101-CAB", 10), "2026-11-02 08:00", "2026-11-02 09:00");
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    QCOMPARE(data.bars.size(), 1);
    QCOMPARE(data.bars.first().id, QString("WO-0101-CAB/10"));
    QVERIFY(data.links.isEmpty());
}

void tst_GanttFromPlan::rowsFollowTheWorkFlow()
{
    KnownPlan k;
    // Added last, drawn between edge banding and packing as work flows.
    const CalendarRules rules(shanghai(), {1, 2, 3, 4, 5}, {{8 * 60, 17 * 60}});
    k.f.plan.addCenter({"bore", "BORE", "排钻", "Boring machine", "boring", 2, false, 0,
                        ProductionCalendar(rules, at("2026-10-01 00:00"),
                                           at("2026-12-31 00:00")),
                        {}});
    k.placeAll();
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    QCOMPARE(rowIds(data, GanttRowKind::WorkCenter),
             (QStringList{"saw", "edge", "bore", "pack"}));
    QCOMPARE(rowIds(data, GanttRowKind::Order), (QStringList{"order-102", "order-101"}));
}

void tst_GanttFromPlan::centerLabelsAndDetails_data()
{
    QTest::addColumn<QString>("center");
    QTest::addColumn<bool>("english");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("detail");

    // From now (Monday 08:00) to the end of the days shown (Tuesday 17 November) are 12
    // working days of 8 h: the saw has 3 h of 96 booked (3 %), the edge bander 5.5 h of its
    // two machines' 192 (3 %), the packing table 1.5 h of 96 (2 %).
    QTest::newRow("saw") << "saw" << false << "开料锯 SAW"
                         << "Cutting · 1 machine(s) · load 3%";
    QTest::newRow("saw in English") << "saw" << true << "Saw SAW"
                                    << "Cutting · 1 machine(s) · load 3%";
    QTest::newRow("edge bander") << "edge" << false << "封边机 EDGE"
                                 << "Edge banding · 2 machine(s) · load 3%";
    QTest::newRow("packing is people") << "pack" << false << "包装台 PACK"
                                       << "Packing · 1 person(s) · load 2%";
}

void tst_GanttFromPlan::centerLabelsAndDetails()
{
    QFETCH(QString, center);
    QFETCH(bool, english);
    QFETCH(QString, label);
    QFETCH(QString, detail);

    KnownPlan k;
    k.placeAll();
    PlanGanttOptions options = k.options();
    options.english = english;
    const GanttData data = PlanGanttBuilder::build(k.f.plan, options);
    const GanttRow *row = findRow(data, center);
    QVERIFY(row);
    QCOMPARE(row->kind, GanttRowKind::WorkCenter);
    QCOMPARE(row->label, label);
    QCOMPARE(row->detail, detail);
    QVERIFY(!row->promised.isValid());
}

void tst_GanttFromPlan::orderRowsCarryThePromisedDate()
{
    KnownPlan k;
    k.placeAll();
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    const GanttRow *late = findRow(data, "order-102");
    QVERIFY(late);
    QCOMPARE(late->kind, GanttRowKind::Order);
    QCOMPARE(late->label, QString("SO00000102"));
    QCOMPARE(late->promised, QDate(2026, 11, 2));
    QCOMPARE(late->detail, QString("1 work order(s) · late"));
    const GanttRow *onTime = findRow(data, "order-101");
    QVERIFY(onTime);
    QCOMPARE(onTime->promised, QDate(2026, 11, 6));
    QCOMPARE(onTime->detail, QString("1 work order(s)"));
}

void tst_GanttFromPlan::linksJoinConsecutiveOperations()
{
    KnownPlan k;
    k.placeAll();
    // A work order whose middle operation has no place yet: its neighbours are still linked.
    const int gap = k.f.job("WO-0103-CAB", "生态板", QDate(2026, 11, 9),
                            {{k.f.saw, 30}, {k.f.edge, 30}, {k.f.pack, 30}});
    k.f.plan.job(gap).orderId = "order-103";
    place(k.f.plan, k.f.op("WO-0103-CAB", 10), "2026-11-04 08:00", "2026-11-04 08:30");
    place(k.f.plan, k.f.op("WO-0103-CAB", 30), "2026-11-04 10:00", "2026-11-04 10:30");
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    QStringList links;
    for (const GanttLink &l : data.links)
        links.append(l.from + " > " + l.to);
    QCOMPARE(links, (QStringList{"WO-0101-CAB/10 > WO-0101-CAB/20",
                                 "WO-0101-CAB/20 > WO-0101-CAB/30",
                                 "WO-0102-CAB/10 > WO-0102-CAB/20",
                                 "WO-0102-CAB/20 > WO-0102-CAB/30",
                                 "WO-0103-CAB/10 > WO-0103-CAB/30"}));
}

void tst_GanttFromPlan::shadingIsTheCalendarsNonWorkingTime_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");

    // The factory works Monday to Friday 08:00-12:00 and 13:00-17:00.
    QTest::newRow("Monday's lunch") << "2026-11-02 12:00" << "2026-11-02 13:00";
    QTest::newRow("Monday night") << "2026-11-02 17:00" << "2026-11-03 08:00";
    QTest::newRow("the weekend") << "2026-11-06 17:00" << "2026-11-09 08:00";
    QTest::newRow("Friday's lunch a week on") << "2026-11-13 12:00" << "2026-11-13 13:00";
}

void tst_GanttFromPlan::shadingIsTheCalendarsNonWorkingTime()
{
    QFETCH(QString, from);
    QFETCH(QString, to);

    KnownPlan k;
    k.placeAll();
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    QVERIFY(data.nonWorking.contains("saw"));
    bool found = false;
    for (const GanttSpan &s : data.nonWorking.value("saw")) {
        found = found || (s.start == instant(from.toLatin1().constData())
                          && s.end == instant(to.toLatin1().constData()));
    }
    QVERIFY2(found, qPrintable(from + " – " + to));
}

void tst_GanttFromPlan::shadingAndWorkingTimeTileTheRange()
{
    KnownPlan k;
    k.placeAll();
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    const auto [from, to] = PlanGanttBuilder::shownRange(k.f.plan, data.firstDay, data.lastDay);
    const ProductionCalendar &calendar = k.f.plan.center(k.f.saw).calendar;
    QList<std::pair<qint64, qint64>> pieces;
    for (const GanttSpan &s : data.nonWorking.value("saw"))
        pieces.append({s.start.toSecsSinceEpoch(), s.end.toSecsSinceEpoch()});
    for (const ProductionCalendar::Interval &i : calendar.intervals(from, to))
        pieces.append({i.start, i.end});
    std::sort(pieces.begin(), pieces.end());
    // Shading and working time alternate without a gap or an overlap from start to end.
    qint64 cursor = from;
    for (const auto &[a, b] : std::as_const(pieces)) {
        QCOMPARE(text(a), text(cursor));
        QVERIFY(b > a);
        cursor = b;
    }
    QCOMPARE(text(cursor), text(to));
}

void tst_GanttFromPlan::outagesOfTheWholeCenterAreShaded()
{
    KnownPlan k;
    k.placeAll();
    k.f.plan.center(k.f.edge).outages = {
        {"o1", "edge", -1, at("2026-11-03 09:00"), at("2026-11-03 11:00"), "断带"},
        {"o2", "edge", 1, at("2026-11-04 09:00"), at("2026-11-04 11:00"), "换刀"},
    };
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    const QList<GanttSpan> spans = data.nonWorking.value("edge");
    const auto covered = [&spans](const char *a, const char *b) {
        for (const GanttSpan &s : spans) {
            if (s.start <= instant(a) && s.end >= instant(b))
                return true;
        }
        return false;
    };
    QVERIFY(covered("2026-11-03 09:00", "2026-11-03 11:00"));
    // One machine of two out of use still leaves the center working.
    QVERIFY(!covered("2026-11-04 09:00", "2026-11-04 11:00"));
    QVERIFY(!covered("2026-11-03 08:00", "2026-11-03 09:00"));
}

void tst_GanttFromPlan::siteCalendarShadesOrderRows()
{
    KnownPlan k;
    k.placeAll();
    PlanGanttOptions options = k.options();
    QVERIFY(PlanGanttBuilder::build(k.f.plan, options).siteNonWorking.isEmpty());
    options.siteCalendar = Workflow::WorkCalendar();
    const GanttData data = PlanGanttBuilder::build(k.f.plan, options);
    QVERIFY(!data.siteNonWorking.isEmpty());
    const QList<GanttSpan> expected = GanttData::nonWorkingSpans(*options.siteCalendar,
                                                                 data.firstDay, data.lastDay);
    QCOMPARE(data.siteNonWorking.size(), expected.size());
    QCOMPARE(data.siteNonWorking.first().start, expected.first().start);
    QCOMPARE(data.siteNonWorking.last().end, expected.last().end);
}

void tst_GanttFromPlan::lateOrderIsFlagged()
{
    KnownPlan k;
    k.placeAll();
    k.f.plan.operation(k.f.op("WO-0102-CAB", 10)).status = OperationStatus::Done;
    const GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    // Due on Monday: the end of that day in Shanghai; it ends on Tuesday at 09:00.
    const qint64 late = at("2026-11-03 09:00") - at("2026-11-03 00:00");
    QCOMPARE(k.f.plan.lateness(k.late).seconds, late);
    QCOMPARE(findBar(data, "WO-0102-CAB/20")->lateSeconds, late);
    QCOMPARE(findBar(data, "WO-0102-CAB/30")->lateSeconds, late);
    // Done work is not late any more; the other order is on time.
    QCOMPARE(findBar(data, "WO-0102-CAB/10")->lateSeconds, 0);
    for (int seq : {10, 20, 30})
        QCOMPARE(findBar(data, QStringLiteral("WO-0101-CAB/%1").arg(seq))->lateSeconds, 0);
}

void tst_GanttFromPlan::statusProgressAndLock()
{
    KnownPlan k;
    k.placeAll();
    Plan &plan = k.f.plan;
    plan.operation(k.f.op("WO-0101-CAB", 10)).status = OperationStatus::Done;
    plan.operation(k.f.op("WO-0101-CAB", 20)).status = OperationStatus::Started;
    plan.operation(k.f.op("WO-0101-CAB", 30)).locked = true;
    PlanGanttOptions options = k.options();
    options.progress.insert("WO-0101-CAB/20", 0.4);
    options.progress.insert("WO-0101-CAB/30", 0.9);  // waiting: no progress drawn
    const GanttData data = PlanGanttBuilder::build(plan, options);
    const GanttBar *done = findBar(data, "WO-0101-CAB/10");
    const GanttBar *started = findBar(data, "WO-0101-CAB/20");
    const GanttBar *waiting = findBar(data, "WO-0101-CAB/30");
    QCOMPARE(done->status, GanttBarStatus::Done);
    QCOMPARE(done->progress, 1.0);
    QCOMPARE(started->status, GanttBarStatus::Started);
    QCOMPARE(started->progress, 0.4);
    QCOMPARE(waiting->status, GanttBarStatus::Waiting);
    QCOMPARE(waiting->progress, 0.0);
    QVERIFY(waiting->locked);
    QVERIFY(!started->locked);
}

void tst_GanttFromPlan::shownDaysCoverTheBarsAndTwoWeeks()
{
    KnownPlan k;
    k.placeAll();
    // Now is Monday 2 November: a day before it, two weeks after it and a day to spare.
    GanttData data = PlanGanttBuilder::build(k.f.plan, k.options());
    QCOMPARE(data.firstDay, QDate(2026, 11, 1));
    QCOMPARE(data.lastDay, QDate(2026, 11, 17));
    // A bar after that, and a promise further still, widen the days.
    place(k.f.plan, k.f.op("WO-0101-CAB", 30), "2026-11-20 10:00", "2026-11-20 11:00");
    k.f.plan.job(k.onTime).dueDate = QDate(2026, 11, 27);
    data = PlanGanttBuilder::build(k.f.plan, k.options());
    QCOMPARE(data.lastDay, QDate(2026, 11, 28));
    const auto [from, to] = PlanGanttBuilder::shownRange(k.f.plan, data.firstDay, data.lastDay);
    QCOMPARE(text(from), QString("2026-11-01 00:00"));
    QCOMPARE(text(to), QString("2026-11-29 00:00"));
}

void tst_GanttFromPlan::orderTail_data()
{
    QTest::addColumn<QString>("orderNo");
    QTest::addColumn<QString>("tail");
    QTest::newRow("system number") << "SO00000042" << "0042";
    QTest::newRow("short digits") << "SO-2026-7" << "7";
    QTest::newRow("no digits") << "补件ABCDE" << "BCDE";
    QTest::newRow("short") << "AB" << "AB";
    QTest::newRow("empty") << "" << "";
}

void tst_GanttFromPlan::orderTail()
{
    QFETCH(QString, orderNo);
    QFETCH(QString, tail);
    QCOMPARE(PlanGanttBuilder::orderTail(orderNo), tail);
}

QTEST_GUILESS_MAIN(tst_GanttFromPlan)
#include "tst_ganttfromplan.moc"
