#include "production/ui/ganttbardelegate.h"
#include "production/ui/ganttchart.h"
#include "production/ui/gantteditchecker.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QLocale>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <ctime>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

const QTimeZone Shanghai("Asia/Shanghai");
const QDate Day(2026, 3, 10);

QDateTime site(QDate day, int hour, int minute = 0, const QTimeZone &zone = Shanghai)
{
    return QDateTime(day, QTime(hour, minute), zone).toUTC();
}

GanttBar bar(const char *id, const char *center, const char *order, QDateTime start,
             QDateTime end)
{
    GanttBar b;
    b.id = QString::fromLatin1(id);
    b.workCenterId = QString::fromLatin1(center);
    b.orderId = QString::fromLatin1(order);
    b.workOrderId = QStringLiteral("WO-") + b.id;
    b.start = start;
    b.end = end;
    b.label = QStringLiteral("%1 %2").arg(QString::fromLatin1(order), b.id);
    return b;
}

GanttData plan()
{
    GanttData data;
    data.timeZone = Shanghai;
    data.now = site(Day, 10);
    data.rows = {
        {"cut", GanttRowKind::WorkCenter, "开料 CNC-1", "2 台", {}},
        {"edge", GanttRowKind::WorkCenter, "封边", {}, {}},
        {"bore", GanttRowKind::WorkCenter, "打孔 1", {}, {}},
        {"bore2", GanttRowKind::WorkCenter, "打孔 2", {}, {}},
        {"o1", GanttRowKind::Order, "SO-2026-0001", "王女士", QDate(2026, 3, 13)},
        {"o2", GanttRowKind::Order, "SO-2026-0002", "李先生", QDate(2026, 3, 16)},
    };
    data.bars = {
        bar("b1", "cut", "o1", site(Day, 8, 30), site(Day, 12)),
        bar("b2", "edge", "o1", site(Day, 13, 30), site(Day, 16)),
        bar("b3", "cut", "o2", site(Day, 13, 30), site(Day, 18)),
        bar("b4", "bore", "o2", site(Day.addDays(1), 8, 30), site(Day.addDays(1), 11)),
    };
    data.bars[2].locked = true;
    data.bars[3].otherWorkCenters = {"bore2"};
    data.links = {{"b1", "b2"}, {"b3", "b4"}};
    return data;
}

class RecordingChecker : public GanttEditChecker
{
public:
    Core::Status check(const GanttEdit &edit) const override
    {
        edits.append(edit);
        if (refusal.isEmpty())
            return {};
        return Core::Error{refusal, edit.barId};
    }

    QString refusal;
    mutable QList<GanttEdit> edits;
};

void send(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons,
          Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), Qt::LeftButton,
                      buttons, modifiers);
    QCoreApplication::sendEvent(w, &event);
}

void drag(GanttChart &chart, QPoint from, QPoint to)
{
    QWidget *v = chart.viewport();
    send(v, QEvent::MouseButtonPress, from, Qt::LeftButton);
    send(v, QEvent::MouseMove, (from + to) / 2, Qt::LeftButton);
    send(v, QEvent::MouseMove, to, Qt::LeftButton);
    send(v, QEvent::MouseButtonRelease, to, Qt::NoButton);
}

QImage render(GanttChart &chart)
{
    QImage image(chart.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    chart.viewport()->render(&image);
    return image;
}

int countColour(const QImage &image, QRgb colour, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (colour & 0xffffff);
    }
    return n;
}

bool isRed(QRgb c)
{
    return qRed(c) > 200 && qGreen(c) < 110 && qBlue(c) < 110;
}

} // namespace

class tst_GanttChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hitTestFindsBarsEdgesAndDays();
    void dragAcceptedCanBeUndone();
    void undoAndRedoByKeyboard();
    void dragRefusedSnapsBackWithTheReason();
    void lockedBarStaysPut();
    void stretchingTheEnd();
    void movingToAnAlternativeWorkCenter();
    void movingWholeDaysKeepsTheLocalTime();
    void rowsRegroupedByOrder();
    void doubleClickOpensTheOrder();
    void toolTipSaysTimesOnTheSiteClock();
    void ctrlWheelZoomsAroundTheMouse();
    void fitShowsEveryDay();
    void todayLineAndPromisedDateAreDrawn();
    void twentyThousandBarsPaint();

private:
    GanttChart *m_chart = nullptr;
    RecordingChecker m_checker;
};

void tst_GanttChart::initTestCase()
{
    qputenv("TZ", "America/New_York");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 3, 10), QTime(12, 0)).offsetFromUtc(), -4 * 3600);
    QLocale::setDefault(QLocale::c());
}

void tst_GanttChart::init()
{
    m_checker = RecordingChecker();
    m_chart = new GanttChart;
    m_chart->resize(1280, 800);
    m_chart->setChecker(&m_checker);
    m_chart->setData(plan());
    m_chart->setPixelsPerDay(240);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart));
    m_chart->scrollToTime(site(Day, 0));
}

void tst_GanttChart::cleanup()
{
    delete m_chart;
    m_chart = nullptr;
}

void tst_GanttChart::hitTestFindsBarsEdgesAndDays()
{
    GanttChart &chart = *m_chart;
    const QRect b1 = chart.barRect("b1");
    QVERIFY(chart.frame().body.contains(b1));
    QCOMPARE(b1.width(), 35);  // 3.5 hours at 10 px an hour

    GanttHit hit = chart.hitTest(b1.center());
    QCOMPARE(hit.area, GanttHit::Area::Body);
    QCOMPARE(hit.barId, QStringLiteral("b1"));
    QCOMPARE(hit.part, GanttHit::Part::Middle);
    QCOMPARE(hit.row, chart.layout().rowIndex("cut"));
    QCOMPARE(chart.hitTest(QPoint(b1.left() + 1, b1.center().y())).part,
             GanttHit::Part::StartEdge);
    QCOMPARE(chart.hitTest(QPoint(b1.right() - 1, b1.center().y())).part,
             GanttHit::Part::EndEdge);
    QCOMPARE(chart.hitTest(QPoint(b1.right() + 12, b1.center().y())).barId, QString());

    // The time under the mouse is the site's: 10:00 in Shanghai at b1's left plus 15 px.
    hit = chart.hitTest(QPoint(b1.left() + 15, b1.center().y()));
    QCOMPARE(hit.time.toTimeZone(Shanghai).time(), QTime(10, 0));

    const GanttRenderer::Frame f = chart.frame();
    hit = chart.hitTest(QPoint(b1.center().x(), f.header.center().y()));
    QCOMPARE(hit.area, GanttHit::Area::Header);
    QCOMPARE(hit.time.toTimeZone(Shanghai).date(), Day);
    hit = chart.hitTest(QPoint(f.labels.center().x(), b1.center().y()));
    QCOMPARE(hit.area, GanttHit::Area::RowLabel);
    QCOMPARE(hit.row, chart.layout().rowIndex("cut"));
    QCOMPARE(chart.hitTest(f.legend.center()).area, GanttHit::Area::Legend);
    QCOMPARE(chart.hitTest(f.corner.center()).area, GanttHit::Area::Corner);
}

void tst_GanttChart::dragAcceptedCanBeUndone()
{
    GanttChart &chart = *m_chart;
    QSignalSpy applied(&chart, &GanttChart::editApplied);
    const QRect b1 = chart.barRect("b1");
    drag(chart, b1.center(), b1.center() + QPoint(20, 0));  // two hours later

    QCOMPARE(m_checker.edits.size(), 1);
    const GanttEdit asked = m_checker.edits.first();
    QCOMPARE(asked.kind, GanttEdit::Kind::Move);
    QCOMPARE(asked.newStart, site(Day, 10, 30));
    QCOMPARE(asked.newEnd, site(Day, 14));
    QVERIFY(!asked.changesRow());

    const GanttBar &moved = chart.data().bars.at(0);
    QCOMPARE(moved.start, site(Day, 10, 30));
    QCOMPARE(moved.end, site(Day, 14));
    QCOMPARE(chart.undoStack()->count(), 1);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().first().value<GanttEdit>(), asked);
    // 20 px to the right; b1 now overlaps b3, so the work center's row has two lanes.
    QVERIFY(std::abs(chart.barRect("b1").left() - (b1.left() + 20)) <= 1);
    QCOMPARE(chart.layout().laneCount(chart.layout().rowIndex("cut")), 2);

    chart.undoStack()->undo();
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 8, 30));
    QCOMPARE(chart.data().bars.at(0).end, site(Day, 12));
    QCOMPARE(applied.size(), 2);
    QCOMPARE(applied.last().first().value<GanttEdit>(), asked.reversed());
    QCOMPARE(chart.barRect("b1"), b1);
    QCOMPARE(chart.layout().laneCount(chart.layout().rowIndex("cut")), 1);

    chart.undoStack()->redo();
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 10, 30));
    QCOMPARE(applied.size(), 3);
}

void tst_GanttChart::undoAndRedoByKeyboard()
{
    GanttChart &chart = *m_chart;
    QApplication::setActiveWindow(&chart);
    chart.setFocus();
    QVERIFY(QTest::qWaitForWindowActive(&chart));
    const QRect b1 = chart.barRect("b1");
    drag(chart, b1.center(), b1.center() + QPoint(-10, 0));
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 7, 30));

    QTest::keyClick(&chart, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 8, 30));
    QTest::keyClick(&chart, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 7, 30));
    QCOMPARE(chart.action(GanttChart::Action::Undo)->shortcut(), QKeySequence::Undo);
}

void tst_GanttChart::dragRefusedSnapsBackWithTheReason()
{
    GanttChart &chart = *m_chart;
    m_checker.refusal = "封边 starts at 13:30; 开料 must end before it";
    QSignalSpy applied(&chart, &GanttChart::editApplied);
    QSignalSpy refused(&chart, &GanttChart::editRefused);
    QSignalSpy message(&chart, &GanttChart::message);
    const QRect b1 = chart.barRect("b1");
    drag(chart, b1.center(), b1.center() + QPoint(30, 0));

    QCOMPARE(m_checker.edits.size(), 1);
    QCOMPARE(m_checker.edits.first().newEnd, site(Day, 15));
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 8, 30));
    QCOMPARE(chart.data().bars.at(0).end, site(Day, 12));
    QCOMPARE(chart.barRect("b1"), b1);
    QCOMPARE(chart.undoStack()->count(), 0);
    QCOMPARE(applied.size(), 0);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().at(1).toString().contains(m_checker.refusal));
    QCOMPARE(message.size(), 1);
    QVERIFY(message.first().first().toString().contains(m_checker.refusal));
    QVERIFY(chart.notice().contains(m_checker.refusal));

    // The reason is shown beside the bar, in the chart itself.
    const QImage image = render(chart);
    QVERIFY(countColour(image, 0xfef2f2, chart.frame().body) > 2000);
    // The next click puts it away.
    send(chart.viewport(), QEvent::MouseButtonPress, chart.frame().body.center(),
         Qt::LeftButton);
    send(chart.viewport(), QEvent::MouseButtonRelease, chart.frame().body.center(),
         Qt::NoButton);
    QCOMPARE(chart.notice(), QString());
}

void tst_GanttChart::lockedBarStaysPut()
{
    GanttChart &chart = *m_chart;
    const QRect b3 = chart.barRect("b3");
    drag(chart, b3.center(), b3.center() + QPoint(40, 0));
    QCOMPARE(m_checker.edits.size(), 0);
    QCOMPARE(chart.data().bars.at(2).start, site(Day, 13, 30));
    QVERIFY(chart.notice().contains("locked"));
    QCOMPARE(chart.undoStack()->count(), 0);
}

void tst_GanttChart::stretchingTheEnd()
{
    GanttChart &chart = *m_chart;
    const QRect b1 = chart.barRect("b1");
    const QPoint end(b1.right() - 1, b1.center().y());
    drag(chart, end, end + QPoint(15, 0));  // 1.5 hours
    QCOMPARE(m_checker.edits.size(), 1);
    QCOMPARE(m_checker.edits.first().kind, GanttEdit::Kind::ResizeEnd);
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 8, 30));
    QCOMPARE(chart.data().bars.at(0).end, site(Day, 13, 30));

    const QRect b2 = chart.barRect("b2");
    const QPoint start(b2.left() + 1, b2.center().y());
    drag(chart, start, start + QPoint(200, 0));  // past its end: keeps a quarter hour
    QCOMPARE(chart.data().bars.at(1).start, site(Day, 15, 45));
    QCOMPARE(chart.data().bars.at(1).end, site(Day, 16));
}

void tst_GanttChart::movingToAnAlternativeWorkCenter()
{
    GanttChart &chart = *m_chart;
    const GanttLayout &layout = chart.layout();
    const QRect b4 = chart.barRect("b4");
    const int bore2 = layout.rowIndex("bore2");
    const int down = layout.rowTop(bore2) - layout.rowTop(layout.rowIndex("bore"));
    drag(chart, b4.center(), b4.center() + QPoint(0, down));
    QCOMPARE(m_checker.edits.size(), 1);
    QCOMPARE(m_checker.edits.first().newWorkCenterId, QStringLiteral("bore2"));
    QCOMPARE(m_checker.edits.first().newStart, m_checker.edits.first().oldStart);
    QCOMPARE(layout.barRow(layout.barIndex("b4")), bore2);
    QCOMPARE(chart.data().bars.at(3).workCenterId, QStringLiteral("bore2"));
    chart.undoStack()->undo();
    QCOMPARE(chart.data().bars.at(3).workCenterId, QStringLiteral("bore"));

    // b1 has no alternative: dropped on another row it only moves in time.
    const QRect b1 = chart.barRect("b1");
    const int toEdge =
        layout.rowTop(layout.rowIndex("edge")) - layout.rowTop(layout.rowIndex("cut"));
    drag(chart, b1.center(), b1.center() + QPoint(10, toEdge));
    QCOMPARE(chart.data().bars.at(0).workCenterId, QStringLiteral("cut"));
    QCOMPARE(chart.data().bars.at(0).start, site(Day, 9, 30));
}

void tst_GanttChart::movingWholeDaysKeepsTheLocalTime()
{
    GanttChart &chart = *m_chart;
    const QTimeZone berlin("Europe/Berlin");
    GanttData data;
    data.timeZone = berlin;
    data.rows = {{"cut", GanttRowKind::WorkCenter, "Zuschnitt", {}, {}}};
    const QDate friday(2026, 3, 27);
    data.bars = {bar("x", "cut", "o1", site(friday, 8, 30, berlin), site(friday, 17, 0, berlin))};
    chart.setData(data);
    chart.setPixelsPerDay(GanttChart::MinPixelsPerDay);  // moves snap to whole days
    chart.scrollToTime(site(friday.addDays(-2), 0, 0, berlin));
    const QRect x = chart.barRect("x");
    drag(chart, x.center(), x.center() + QPoint(12, 0));  // three days
    QCOMPARE(m_checker.edits.size(), 1);
    // Monday 08:30 on the Berlin clock, though only 71 hours passed (clocks went forward).
    const GanttBar &moved = chart.data().bars.first();
    QCOMPARE(moved.start, site(friday.addDays(3), 8, 30, berlin));
    QCOMPARE(moved.start.toTimeZone(berlin).time(), QTime(8, 30));
    QCOMPARE(moved.end.toMSecsSinceEpoch() - moved.start.toMSecsSinceEpoch(),
             qint64(8.5 * 3600 * 1000));
}

void tst_GanttChart::rowsRegroupedByOrder()
{
    GanttChart &chart = *m_chart;
    chart.setSelectedBar("b1");
    chart.setGrouping(GanttGrouping::ByOrder);
    QVERIFY(chart.action(GanttChart::Action::ByOrder)->isChecked());
    const GanttLayout &layout = chart.layout();
    QCOMPARE(layout.rowCount(), 2);
    QCOMPARE(layout.row(0).label, QStringLiteral("SO-2026-0001"));
    QCOMPARE(layout.barRow(layout.barIndex("b1")), 0);
    QCOMPARE(layout.barRow(layout.barIndex("b2")), 0);
    QCOMPARE(layout.barRow(layout.barIndex("b3")), 1);
    QCOMPARE(layout.barRow(layout.barIndex("b4")), 1);
    QCOMPARE(chart.selectedBar(), QStringLiteral("b1"));
    QCOMPARE(chart.hitTest(chart.barRect("b2").center()).barId, QStringLiteral("b2"));

    // An operation cannot be dragged onto another order.
    const QRect b2 = chart.barRect("b2");
    drag(chart, b2.center(), b2.center() + QPoint(10, layout.rowHeight(0)));
    QCOMPARE(m_checker.edits.size(), 1);
    QCOMPARE(layout.barRow(layout.barIndex("b2")), 0);
    QCOMPARE(chart.data().bars.at(1).workCenterId, QStringLiteral("edge"));

    chart.action(GanttChart::Action::ByWorkCenter)->trigger();
    QCOMPARE(chart.grouping(), GanttGrouping::ByWorkCenter);
    QCOMPARE(layout.rowCount(), 4);
}

void tst_GanttChart::doubleClickOpensTheOrder()
{
    GanttChart &chart = *m_chart;
    QSignalSpy opened(&chart, &GanttChart::orderActivated);
    QSignalSpy selected(&chart, &GanttChart::barSelected);
    const QPoint at = chart.barRect("b2").center();
    send(chart.viewport(), QEvent::MouseButtonPress, at, Qt::LeftButton);
    send(chart.viewport(), QEvent::MouseButtonRelease, at, Qt::NoButton);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().toString(), QStringLiteral("b2"));
    send(chart.viewport(), QEvent::MouseButtonDblClick, at, Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().at(0).toString(), QStringLiteral("o1"));
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("WO-b2"));
    QCOMPARE(m_checker.edits.size(), 0);
}

void tst_GanttChart::toolTipSaysTimesOnTheSiteClock()
{
    GanttChart &chart = *m_chart;
    const QString tip = chart.toolTipAt(chart.barRect("b3").center());
    QVERIFY2(tip.contains("Start: Mar 10 13:30"), qPrintable(tip));
    QVERIFY2(tip.contains("End: Mar 10 18:00"), qPrintable(tip));
    QVERIFY(tip.contains("WO-b3"));
    QVERIFY(tip.contains("Locked"));
    const QString label = chart.toolTipAt(QPoint(20, chart.barRect("b1").center().y()));
    QVERIFY(label.startsWith("开料 CNC-1\n2 台"));
}

void tst_GanttChart::ctrlWheelZoomsAroundTheMouse()
{
    GanttChart &chart = *m_chart;
    const QPoint at = chart.barRect("b1").center();
    const QDateTime before = chart.hitTest(at).time;
    QWheelEvent wheel(QPointF(at), chart.viewport()->mapToGlobal(QPointF(at)), QPoint(),
                      QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(chart.viewport(), &wheel);
    QCOMPARE(chart.pixelsPerDay(), 240 * GanttChart::ZoomStep);
    // Within the pixel the scroll bar rounds to (288 s at 300 px a day).
    QVERIFY(std::llabs(chart.hitTest(at).time.secsTo(before)) <= 288);

    chart.setPixelsPerDay(1e6);
    QCOMPARE(chart.pixelsPerDay(), GanttChart::MaxPixelsPerDay);
    QVERIFY(!chart.action(GanttChart::Action::ZoomIn)->isEnabled());
    chart.action(GanttChart::Action::ZoomOut)->trigger();
    QCOMPARE(chart.pixelsPerDay(), GanttChart::MaxPixelsPerDay / GanttChart::ZoomStep);
}

void tst_GanttChart::fitShowsEveryDay()
{
    GanttChart &chart = *m_chart;
    chart.zoomToFit();
    const int days = chart.timeScale().dayCount();
    QCOMPARE(days, 9);  // 9 March (a day before the first bar) to 17 March (after the due date)
    QVERIFY(chart.timeScale().width() <= chart.frame().body.width());
    QVERIFY(chart.timeScale().width() > chart.frame().body.width() - days);
    QCOMPARE(chart.horizontalScrollBar()->maximum(), 0);
}

void tst_GanttChart::todayLineAndPromisedDateAreDrawn()
{
    GanttChart &chart = *m_chart;
    chart.setGrouping(GanttGrouping::ByOrder);
    chart.setPixelsPerDay(96);
    chart.scrollToTime(site(Day, 0));
    const GanttRenderer::Frame f = chart.frame();
    const QImage image = render(chart);
    const int nowX = f.body.left() + int(chart.timeScale().x(site(Day, 10)) - chart.contentX());
    const int y = f.body.top() + chart.layout().totalHeight() + 20;  // below the rows
    QVERIFY(isRed(image.pixel(nowX, y)) || isRed(image.pixel(nowX + 1, y)));
    QVERIFY(!isRed(image.pixel(nowX + 12, y)));

    // 13 March is promised for o1: the marker stands at the end of that day's column.
    const GanttRenderer renderer(chart.layout(), chart.timeScale());
    const double promised = renderer.promisedX(QDate(2026, 3, 13));
    QCOMPARE(promised, chart.timeScale().dayX(QDate(2026, 3, 14)));
    const int px = f.body.left() + int(promised - chart.contentX());
    const int py = f.body.top() + chart.layout().rowTop(0) + 6;
    const QColor c = image.pixelColor(px, py);
    QVERIFY2(c.red() > 200 && c.green() > 90 && c.green() < 150 && c.blue() < 60,
             qPrintable(c.name()));
}

void tst_GanttChart::twentyThousandBarsPaint()
{
    GanttData data;
    data.timeZone = Shanghai;
    const QDate first(2026, 3, 2);
    data.now = site(first.addDays(20), 9, 40);
    QRandomGenerator random(20000);
    for (int c = 0; c < 40; ++c) {
        data.rows.append({QStringLiteral("wc%1").arg(c), GanttRowKind::WorkCenter,
                          QStringLiteral("工作中心 %1").arg(c), QStringLiteral("2 台"), {}});
    }
    for (int o = 0; o < 1000; ++o)
        data.rows.append({QStringLiteral("o%1").arg(o), GanttRowKind::Order,
                          QStringLiteral("SO-%1").arg(o), {}, first.addDays(30 + o % 30)});
    // Two machines per work center, each running its bars one after another for 60 days.
    const qint64 origin = site(first, 8).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const int center = i % 40;
        const qint64 slot = (i / 80) * 3 * 3600 * 1000LL + (i % 80 >= 40 ? 3600 * 1000 : 0);
        const qint64 length = (30 + random.bounded(120)) * 60 * 1000LL;
        GanttBar b;
        b.id = QString::number(i);
        b.workCenterId = QStringLiteral("wc%1").arg(center);
        b.orderId = QStringLiteral("o%1").arg(i % 1000);
        b.label = QStringLiteral("SO-%1 工序 %2").arg(i % 1000).arg(i / 1000);
        b.start = QDateTime::fromMSecsSinceEpoch(origin + slot, QTimeZone::utc());
        b.end = QDateTime::fromMSecsSinceEpoch(origin + slot + length, QTimeZone::utc());
        b.status = i < 6000 ? GanttBarStatus::Done
                            : i < 7000 ? GanttBarStatus::Started : GanttBarStatus::Waiting;
        b.lateSeconds = i % 53 == 0 ? 7200 : 0;
        data.bars.append(b);
        if (i >= 1000)
            data.links.append({QString::number(i - 1000), b.id});
    }
    GanttChart &chart = *m_chart;
    chart.resize(1920, 1080);
    chart.setData(data);
    QCOMPARE(chart.layout().barCount(), 20000);
    for (double ppd : {GanttChart::MaxPixelsPerDay, 240.0, 96.0, 24.0, 0.0}) {
        if (ppd > 0)
            chart.setPixelsPerDay(ppd);
        else
            chart.zoomToFit();
        chart.scrollToNow();
        QElapsedTimer timer;
        timer.start();
        const QImage image = render(chart);
        const qint64 ms = timer.elapsed();
        qInfo("20,000 bars, %g px a day: painted in %lld ms", chart.pixelsPerDay(), ms);
        // Bars of every status show in the body.
        const QRect body = chart.frame().body;
        // Thin bars are drawn in their border colour alone.
        const int waiting =
            countColour(image, GanttBarDelegate::fillColor(GanttBarStatus::Waiting).rgb(), body)
            + countColour(image, GanttBarDelegate::borderColor(GanttBarStatus::Waiting).rgb(),
                          body);
        QVERIFY2(waiting > 500, qPrintable(QString::number(waiting)));
    }
}

QTEST_MAIN(tst_GanttChart)
#include "tst_ganttchart.moc"
