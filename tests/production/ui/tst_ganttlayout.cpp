#include "production/ui/ganttlayout.h"
#include "workflow/workcalendar.h"

#include <QRandomGenerator>
#include <QTest>

#include <ctime>

using namespace Hearth::Production;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");

QDateTime site(QDate day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Shanghai).toUTC();
}

GanttBar bar(const char *id, const char *center, const char *order, QDateTime start,
             QDateTime end)
{
    GanttBar b;
    b.id = QString::fromLatin1(id);
    b.workCenterId = QString::fromLatin1(center);
    b.orderId = QString::fromLatin1(order);
    b.start = start;
    b.end = end;
    b.label = b.id;
    return b;
}

GanttData plan()
{
    const QDate d(2026, 3, 10);
    GanttData data;
    data.timeZone = Shanghai;
    data.rows = {
        {"cut", GanttRowKind::WorkCenter, "开料", "2 台", {}},
        {"edge", GanttRowKind::WorkCenter, "封边", {}, {}},
        {"bore", GanttRowKind::WorkCenter, "打孔", {}, {}},
        {"o1", GanttRowKind::Order, "SO-1", "王女士", QDate(2026, 3, 13)},
        {"o2", GanttRowKind::Order, "SO-2", "李先生", QDate(2026, 3, 16)},
    };
    data.bars = {
        bar("a", "cut", "o1", site(d, 8, 30), site(d, 12)),
        bar("b", "cut", "o2", site(d, 9), site(d, 11)),
        bar("c", "cut", "o2", site(d, 11, 30), site(d, 15)),
        bar("d", "edge", "o1", site(d, 13, 30), site(d, 16)),
        bar("e", "bore", "o2", site(d.addDays(1), 8, 30), site(d.addDays(1), 10)),
    };
    data.bars[4].otherWorkCenters = {"edge"};
    return data;
}

QStringList barIds(const GanttLayout &layout, int row)
{
    QStringList ids;
    for (int b : layout.rowBars(row))
        ids << layout.bar(b).id;
    return ids;
}

} // namespace

class tst_GanttLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowsByWorkCenterOrByOrder_data();
    void rowsByWorkCenterOrByOrder();
    void overlappingBarsGoInLanes();
    void barsInRangeMatchesAScan();
    void barWithAnUnlistedRowStillShows();
    void applyMovesABarAndItsRow();
    void dragsStayInRowsOfTheSameKind();
    void rangeIsTheBarsDaysOnTheSiteCalendar_data();
    void rangeIsTheBarsDaysOnTheSiteCalendar();
    void nonWorkingTimeFromTheCalendar();
    void nonWorkingDayAcrossDaylightSaving();
};

void tst_GanttLayout::initTestCase()
{
    qputenv("TZ", "America/New_York");
    tzset();
}

void tst_GanttLayout::rowsByWorkCenterOrByOrder_data()
{
    QTest::addColumn<GanttGrouping>("grouping");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QList<QStringList>>("bars");
    QTest::newRow("by work center")
        << GanttGrouping::ByWorkCenter << QStringList{"开料", "封边", "打孔"}
        << QList<QStringList>{{"a", "b", "c"}, {"d"}, {"e"}};
    QTest::newRow("by order") << GanttGrouping::ByOrder << QStringList{"SO-1", "SO-2"}
                              << QList<QStringList>{{"a", "d"}, {"b", "c", "e"}};
}

void tst_GanttLayout::rowsByWorkCenterOrByOrder()
{
    QFETCH(GanttGrouping, grouping);
    QFETCH(QStringList, rows);
    QFETCH(QList<QStringList>, bars);
    GanttLayout layout;
    layout.setData(plan());
    layout.setGrouping(grouping);
    QStringList labels;
    for (int r = 0; r < layout.rowCount(); ++r)
        labels << layout.row(r).label;
    QCOMPARE(labels, rows);
    for (int r = 0; r < layout.rowCount(); ++r)
        QCOMPARE(barIds(layout, r), bars.at(r));
    // Rows follow one another without gaps.
    for (int r = 1; r < layout.rowCount(); ++r)
        QCOMPARE(layout.rowTop(r), layout.rowTop(r - 1) + layout.rowHeight(r - 1));
    QCOMPARE(layout.rowAt(layout.rowTop(1)), 1);
    QCOMPARE(layout.rowAt(layout.rowTop(1) - 1), 0);
    QCOMPARE(layout.rowAt(layout.totalHeight()), -1);
}

void tst_GanttLayout::overlappingBarsGoInLanes()
{
    GanttLayout layout;
    layout.setData(plan());
    // a 08:30-12:00 and b 09:00-11:00 overlap; c 11:30-15:00 overlaps a only.
    const int cut = layout.rowIndex("cut");
    QCOMPARE(layout.laneCount(cut), 2);
    QCOMPARE(layout.rowHeight(cut), 2 * GanttLayout::LaneHeight + 2 * GanttLayout::RowPadding);
    const int a = layout.barIndex("a");
    const int b = layout.barIndex("b");
    const int c = layout.barIndex("c");
    QCOMPARE(layout.barTop(b) - layout.barTop(a), GanttLayout::LaneHeight);
    QCOMPARE(layout.barTop(c), layout.barTop(b));
    QCOMPARE(layout.laneCount(layout.rowIndex("edge")), 1);
    QCOMPARE(layout.rowHeight(layout.rowIndex("edge")), GanttLayout::MinRowHeight);
}

void tst_GanttLayout::barsInRangeMatchesAScan()
{
    GanttData data;
    data.timeZone = Shanghai;
    for (int r = 0; r < 4; ++r)
        data.rows.append({QString::number(r), GanttRowKind::WorkCenter, QString::number(r), {},
                          {}});
    QRandomGenerator random(4);
    const qint64 origin = site(QDate(2026, 3, 1), 0).toMSecsSinceEpoch();
    for (int i = 0; i < 5000; ++i) {
        const qint64 start = origin + random.bounded(30 * 24 * 60) * 60000LL;
        // Mostly short, now and then a long one, which the search must still find.
        const qint64 length = (i % 97 == 0 ? random.bounded(5 * 24 * 60) : random.bounded(240))
                              * 60000LL + 60000;
        GanttBar b;
        b.id = QString::number(i);
        b.workCenterId = QString::number(i % 4);
        b.start = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
        b.end = QDateTime::fromMSecsSinceEpoch(start + length, QTimeZone::utc());
        data.bars.append(b);
    }
    GanttLayout layout;
    layout.setData(data);
    for (int probe = 0; probe < 200; ++probe) {
        const qint64 from = origin + random.bounded(31 * 24 * 60) * 60000LL;
        const qint64 to = from + random.bounded(3 * 24 * 60) * 60000LL + 1;
        const int row = probe % 4;
        QList<int> expected;
        for (int b : layout.rowBars(row)) {
            if (layout.startMs(b) < to && layout.endMs(b) > from)
                expected.append(b);
        }
        QCOMPARE(layout.barsInRange(row, from, to), expected);
    }
}

void tst_GanttLayout::barWithAnUnlistedRowStillShows()
{
    GanttData data = plan();
    data.bars[3].workCenterId = "paint";
    GanttLayout layout;
    layout.setData(data);
    const int paint = layout.rowIndex("paint");
    QVERIFY(paint >= 0);
    QCOMPARE(layout.row(paint).label, QStringLiteral("paint"));
    QCOMPARE(barIds(layout, paint), QStringList{"d"});
}

void tst_GanttLayout::applyMovesABarAndItsRow()
{
    GanttLayout layout;
    layout.setData(plan());
    const QDate d(2026, 3, 10);
    QVERIFY(layout.apply("b", site(d, 15), site(d, 17), "cut"));
    // b now follows c; a and c still overlap, so the work center keeps two lanes.
    QCOMPARE(barIds(layout, layout.rowIndex("cut")), (QStringList{"a", "c", "b"}));
    QCOMPARE(layout.laneCount(layout.rowIndex("cut")), 2);
    QCOMPARE(layout.bar(layout.barIndex("b")).start, site(d, 15));

    QVERIFY(layout.apply("c", site(d, 13), site(d, 14), "edge"));
    QCOMPARE(barIds(layout, layout.rowIndex("cut")), (QStringList{"a", "b"}));
    QCOMPARE(layout.laneCount(layout.rowIndex("cut")), 1);
    QCOMPARE(barIds(layout, layout.rowIndex("edge")), (QStringList{"c", "d"}));
    QCOMPARE(layout.rowTop(layout.rowIndex("edge")), GanttLayout::MinRowHeight);
    QCOMPARE(layout.bar(layout.barIndex("c")).workCenterId, QStringLiteral("edge"));

    QVERIFY(!layout.apply("nope", site(d, 13), site(d, 14), "edge"));
    QVERIFY(!layout.apply("a", site(d, 13), site(d, 13), "cut"));
}

void tst_GanttLayout::dragsStayInRowsOfTheSameKind()
{
    GanttLayout layout;
    layout.setData(plan());
    const int e = layout.barIndex("e");
    QVERIFY(layout.mayMoveTo(e, layout.rowIndex("bore")));
    QVERIFY(layout.mayMoveTo(e, layout.rowIndex("edge")));  // its alternative
    QVERIFY(!layout.mayMoveTo(e, layout.rowIndex("cut")));
    layout.setGrouping(GanttGrouping::ByOrder);
    QVERIFY(layout.mayMoveTo(e, layout.rowIndex("o2")));
    QVERIFY(!layout.mayMoveTo(e, layout.rowIndex("o1")));  // an operation keeps its order
}

void tst_GanttLayout::rangeIsTheBarsDaysOnTheSiteCalendar_data()
{
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    // 15:30 UTC is 23:30 in Shanghai (and 11:30 in New York, where the test runs).
    QTest::newRow("late evening") << QDateTime(QDate(2026, 3, 1), QTime(15, 30), QTimeZone::utc())
                                  << QDateTime(QDate(2026, 3, 1), QTime(15, 50), QTimeZone::utc())
                                  << QDate(2026, 2, 28) << QDate(2026, 3, 2);
    QTest::newRow("just after midnight")
        << QDateTime(QDate(2026, 3, 1), QTime(16, 30), QTimeZone::utc())
        << QDateTime(QDate(2026, 3, 1), QTime(17, 0), QTimeZone::utc()) << QDate(2026, 3, 1)
        << QDate(2026, 3, 3);
    QTest::newRow("ends at midnight") << site(QDate(2026, 3, 5), 18) << site(QDate(2026, 3, 6), 0)
                                      << QDate(2026, 3, 4) << QDate(2026, 3, 6);
}

void tst_GanttLayout::rangeIsTheBarsDaysOnTheSiteCalendar()
{
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    GanttData data;
    data.timeZone = Shanghai;
    data.bars = {bar("x", "cut", "o1", start, end)};
    GanttLayout layout;
    layout.setData(data);
    QCOMPARE(layout.firstDay(), first);
    QCOMPARE(layout.lastDay(), last);
}

void tst_GanttLayout::nonWorkingTimeFromTheCalendar()
{
    using Hearth::Workflow::WorkCalendar;
    const WorkCalendar calendar;  // Shanghai, Monday to Friday, 08:30-12:00 and 13:30-18:00
    // Friday 6 March to Monday 9 March 2026.
    const QList<GanttSpan> spans = GanttData::nonWorkingSpans(calendar, QDate(2026, 3, 6),
                                                              QDate(2026, 3, 9));
    const QList<std::pair<QDateTime, QDateTime>> expected{
        {site(QDate(2026, 3, 6), 0), site(QDate(2026, 3, 6), 8, 30)},
        {site(QDate(2026, 3, 6), 12), site(QDate(2026, 3, 6), 13, 30)},
        {site(QDate(2026, 3, 6), 18), site(QDate(2026, 3, 9), 8, 30)},  // the weekend
        {site(QDate(2026, 3, 9), 12), site(QDate(2026, 3, 9), 13, 30)},
        {site(QDate(2026, 3, 9), 18), site(QDate(2026, 3, 10), 0)},
    };
    QCOMPARE(spans.size(), expected.size());
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QCOMPARE(spans.at(i).start, expected.at(i).first);
        QCOMPARE(spans.at(i).end, expected.at(i).second);
    }
}

void tst_GanttLayout::nonWorkingDayAcrossDaylightSaving()
{
    using namespace Hearth::Workflow;
    const QTimeZone berlin("Europe/Berlin");
    const WorkCalendar calendar(berlin, {1, 2, 3, 4, 5}, {{7 * 60, 16 * 60}});
    // Sunday 29 March 2026 has 23 hours; Saturday and Sunday are one span of 47 hours.
    const QList<GanttSpan> spans = GanttData::nonWorkingSpans(calendar, QDate(2026, 3, 28),
                                                              QDate(2026, 3, 29));
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.first().start, QDateTime(QDate(2026, 3, 28), QTime(0, 0), berlin).toUTC());
    QCOMPARE(spans.first().end, QDateTime(QDate(2026, 3, 30), QTime(0, 0), berlin).toUTC());
    QCOMPARE(spans.first().start.secsTo(spans.first().end), 47 * 3600);
}

QTEST_GUILESS_MAIN(tst_GanttLayout)
#include "tst_ganttlayout.moc"
