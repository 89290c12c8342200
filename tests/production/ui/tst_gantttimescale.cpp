#include "production/ui/ganttrenderer.h"
#include "production/ui/gantttimescale.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <ctime>

using namespace Hearth::Production;

namespace {

constexpr qint64 Hour = 60 * 60 * 1000;

QDateTime local(const char *zone, QDate day, QTime time)
{
    return QDateTime(day, time, QTimeZone(zone)).toUTC();
}

} // namespace

class tst_GanttTimeScale : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneColumnPerDay_data();
    void oneColumnPerDay();
    void everyInstantFallsInItsOwnDay_data();
    void everyInstantFallsInItsOwnDay();
    void timeInAShortDayIsPlacedByItsShare();
    void shanghaiDaysWhateverTheComputersZone();
    void roundTrip_data();
    void roundTrip();
    void datesArePlacedWithoutAZone();
    void timesBeyondTheRangeContinueTheAxis();
};

void tst_GanttTimeScale::initTestCase()
{
    // The chart must not care where the computer is: run as a desk in New York, whose own
    // daylight saving starts on 2026-03-08.
    qputenv("TZ", "America/New_York");
    tzset();
    const QDateTime before(QDate(2026, 3, 7), QTime(12, 0));
    const QDateTime after(QDate(2026, 3, 9), QTime(12, 0));
    QCOMPARE(before.offsetFromUtc(), -5 * 3600);
    QCOMPARE(after.offsetFromUtc(), -4 * 3600);
    QLocale::setDefault(QLocale::c());
}

void tst_GanttTimeScale::oneColumnPerDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QDate>("changeDay");
    QTest::addColumn<int>("changeDayHours");

    QTest::newRow("Berlin, clocks go forward on 2026-03-29")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 26) << QDate(2026, 4, 1)
        << QDate(2026, 3, 29) << 23;
    QTest::newRow("Berlin, clocks go back on 2026-10-25")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 22) << QDate(2026, 10, 28)
        << QDate(2026, 10, 25) << 25;
    QTest::newRow("New York, clocks go forward on 2026-03-08")
        << QByteArray("America/New_York") << QDate(2026, 3, 5) << QDate(2026, 3, 11)
        << QDate(2026, 3, 8) << 23;
    QTest::newRow("Shanghai, no daylight saving")
        << QByteArray("Asia/Shanghai") << QDate(2026, 3, 26) << QDate(2026, 4, 1)
        << QDate(2026, 3, 29) << 24;
}

void tst_GanttTimeScale::oneColumnPerDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QDate, changeDay);
    QFETCH(int, changeDayHours);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const double ppd = 96;
    const GanttTimeScale scale(tz, first, last, ppd);

    QCOMPARE(scale.dayCount(), int(first.daysTo(last)) + 1);
    QCOMPARE(scale.width(), scale.dayCount() * ppd);
    for (int c = 0; c < scale.dayCount(); ++c) {
        const QDate day = first.addDays(c);
        QCOMPARE(scale.day(c), day);
        QCOMPARE(scale.column(day), c);
        // The column starts at the day's local midnight and ends at the next one.
        const QDateTime start = scale.dayStart(c).toTimeZone(tz);
        QCOMPARE(start.date(), day);
        QCOMPARE(start.time(), QTime(0, 0));
        const qint64 length = scale.dayStartMs(c + 1) - scale.dayStartMs(c);
        QCOMPARE(length, (day == changeDay ? changeDayHours : 24) * Hour);
        // Every column is equally wide, the short and long days too.
        QCOMPARE(scale.x(scale.dayStart(c)), c * ppd);
        QCOMPARE(scale.dayX(day), c * ppd);
        QCOMPARE(scale.columnOfMs(scale.dayStartMs(c + 1) - 1), c);
        QCOMPARE(scale.columnAt(c * ppd + ppd / 2), c);
    }
}

void tst_GanttTimeScale::everyInstantFallsInItsOwnDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::newRow("Berlin spring") << QByteArray("Europe/Berlin") << QDate(2026, 3, 27)
                                   << QDate(2026, 3, 31);
    QTest::newRow("Berlin autumn") << QByteArray("Europe/Berlin") << QDate(2026, 10, 23)
                                   << QDate(2026, 10, 27);
    QTest::newRow("Shanghai over New York's change")
        << QByteArray("Asia/Shanghai") << QDate(2026, 3, 6) << QDate(2026, 3, 10);
}

void tst_GanttTimeScale::everyInstantFallsInItsOwnDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    const QTimeZone tz(zone);
    const GanttTimeScale scale(tz, first, last, 240);

    // Walk the range in quarter hours: the column never goes back, never jumps a day, and
    // always is the instant's own date on the site's clock.
    int previous = 0;
    QList<int> seen;
    for (qint64 ms = scale.dayStartMs(0); ms < scale.dayStartMs(scale.dayCount());
         ms += Hour / 4) {
        const int c = scale.columnOfMs(ms);
        const QDate date = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                               .toTimeZone(tz).date();
        QCOMPARE(scale.day(c), date);
        QVERIFY2(c == previous || c == previous + 1, qPrintable(date.toString(Qt::ISODate)));
        const double x = scale.xOfMs(ms);
        QVERIFY(x >= c * scale.pixelsPerDay() && x < (c + 1) * scale.pixelsPerDay());
        if (seen.isEmpty() || seen.last() != c)
            seen.append(c);
        previous = c;
    }
    QCOMPARE(seen.size(), scale.dayCount());
}

void tst_GanttTimeScale::timeInAShortDayIsPlacedByItsShare()
{
    const GanttTimeScale scale(QTimeZone("Europe/Berlin"), QDate(2026, 3, 27),
                               QDate(2026, 3, 31), 230);
    // Noon on the 23-hour day is 11 hours after its midnight (CET), 12 before the next (CEST).
    const QDateTime noon = local("Europe/Berlin", QDate(2026, 3, 29), QTime(12, 0));
    QCOMPARE(scale.x(noon), 2 * 230 + 230 * 11.0 / 23.0);
    // On the 25-hour day noon is 13 hours in.
    const GanttTimeScale autumn(QTimeZone("Europe/Berlin"), QDate(2026, 10, 24),
                                QDate(2026, 10, 26), 250);
    const QDateTime autumnNoon = local("Europe/Berlin", QDate(2026, 10, 25), QTime(12, 0));
    QCOMPARE(autumn.x(autumnNoon), 250 + 250 * 13.0 / 25.0);
}

void tst_GanttTimeScale::shanghaiDaysWhateverTheComputersZone()
{
    const QTimeZone shanghai("Asia/Shanghai");
    const GanttTimeScale scale(shanghai, QDate(2026, 3, 5), QDate(2026, 3, 12), 96);
    for (int c = 0; c < scale.dayCount(); ++c) {
        QCOMPARE(scale.dayStartMs(c + 1) - scale.dayStartMs(c), 24 * Hour);
        // Shanghai's midnight is 16:00 UTC the day before, New York's change or not.
        QCOMPARE(scale.dayStart(c),
                 QDateTime(scale.day(c).addDays(-1), QTime(16, 0), QTimeZone::utc()));
    }
    // 00:30 on 9 March in Shanghai is still 8 March in New York: it belongs to the 9th.
    const QDateTime at(QDate(2026, 3, 8), QTime(16, 30), QTimeZone::utc());
    QCOMPARE(at.toLocalTime().date(), QDate(2026, 3, 8));
    const int c = scale.columnOfMs(at.toMSecsSinceEpoch());
    QCOMPARE(scale.day(c), QDate(2026, 3, 9));
    QCOMPARE(GanttRenderer::dayText(scale.day(c), 96), QStringLiteral("Mon 9"));
    QCOMPARE(GanttRenderer::dayText(scale.day(c), 20), QStringLiteral("9"));
    QCOMPARE(scale.x(at), 4 * 96 + 96 * 0.5 / 24);
}

void tst_GanttTimeScale::roundTrip_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<double>("pixelsPerDay");
    for (const char *zone : {"Asia/Shanghai", "Europe/Berlin"}) {
        for (double ppd : {4.0, 18.0, 96.0, 240.0, 2880.0}) {
            QTest::addRow("%s at %g px a day", zone, ppd) << QByteArray(zone) << ppd;
        }
    }
}

void tst_GanttTimeScale::roundTrip()
{
    QFETCH(QByteArray, zone);
    QFETCH(double, pixelsPerDay);
    const GanttTimeScale scale(QTimeZone(zone), QDate(2026, 3, 20), QDate(2026, 11, 5),
                               pixelsPerDay);
    // Instants every 7 h 13 min 17.123 s over the range, across both Berlin changes.
    const qint64 step = 7 * Hour + 13 * 60 * 1000 + 17123;
    int checked = 0;
    for (qint64 ms = scale.dayStartMs(0); ms < scale.dayStartMs(scale.dayCount()); ms += step) {
        const double x = scale.xOfMs(ms);
        QVERIFY2(std::llabs(scale.msAt(x) - ms) <= 1, qPrintable(QString::number(ms)));
        ++checked;
    }
    QVERIFY(checked > 700);
    for (double x = 0.25; x < scale.width(); x += scale.width() / 997) {
        const qint64 ms = scale.msAt(x);
        // Back to x within the half millisecond msAt rounds away.
        QVERIFY(std::abs(scale.xOfMs(ms) - x) <= pixelsPerDay / (24.0 * Hour) + 1e-9);
        QCOMPARE(scale.timeAt(x).toMSecsSinceEpoch(), ms);
    }
}

void tst_GanttTimeScale::datesArePlacedWithoutAZone()
{
    // A promised date sits at its own column in any zone: no midnight is computed for it.
    for (const char *zone : {"Europe/Berlin", "Asia/Shanghai", "Pacific/Kiritimati"}) {
        const GanttTimeScale scale(QTimeZone(zone), QDate(2026, 3, 27), QDate(2026, 4, 3), 50);
        QCOMPARE(scale.dayX(QDate(2026, 3, 29)), 100.0);
        QCOMPARE(scale.dayX(QDate(2026, 3, 30)), 150.0);
        QCOMPARE(scale.dayX(QDate(2026, 4, 3)), 350.0);
    }
}

void tst_GanttTimeScale::timesBeyondTheRangeContinueTheAxis()
{
    const GanttTimeScale scale(QTimeZone("Asia/Shanghai"), QDate(2026, 3, 10),
                               QDate(2026, 3, 12), 100);
    QCOMPARE(scale.xOfMs(scale.dayStartMs(0) - 48 * Hour), -200.0);
    QCOMPARE(scale.xOfMs(scale.dayStartMs(3) + 12 * Hour), 350.0);
    QCOMPARE(scale.columnOfMs(scale.dayStartMs(0) - 1), -1);
    QCOMPARE(scale.msAt(-100), scale.dayStartMs(0) - 24 * Hour);
}

QTEST_GUILESS_MAIN(tst_GanttTimeScale)
#include "tst_gantttimescale.moc"
