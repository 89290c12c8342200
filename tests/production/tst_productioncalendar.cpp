// Working-time arithmetic of a work center's calendar: shifts and breaks, spans past midnight,
// holidays and overtime days, daylight-saving changes in the calendar's own zone, and the
// computer's zone set to yet another one (this program runs under TZ=Pacific/Auckland, whose
// daylight saving goes the other way).

#include "production/calendarrules.h"
#include "production/productioncalendar.h"
#include "production/workcenterstore.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <ctime>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

constexpr qint64 Hour = 3600;

QTimeZone zone(const char *id)
{
    return QTimeZone(QByteArray(id));
}

/// "2026-03-28 23:00" on the wall clock of the zone, as an instant.
qint64 local(const char *zoneId, const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(t.date(), t.time(), zone(zoneId)).toSecsSinceEpoch();
}

QString wall(const char *zoneId, qint64 at)
{
    if (at == ProductionCalendar::NoTime)
        return "no time";
    return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toTimeZone(zone(zoneId)).toString(
        "yyyy-MM-dd HH:mm");
}

QList<ShiftSpan> hours(const char *text)
{
    const auto parsed = CalendarRules::parseHours(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad hours in the test: %s", text);
    return parsed.value();
}

/// A calendar for March to November 2026 with the given rules.
ProductionCalendar calendar(const CalendarRules &rules)
{
    return ProductionCalendar(rules, local("UTC", "2026-01-01 00:00"),
                              local("UTC", "2026-12-31 00:00"));
}

/// Night shift 22:00-06:00 every day in Berlin (daylight saving 29 March and 25 October 2026).
CalendarRules berlinNights()
{
    return CalendarRules(zone("Europe/Berlin"), {1, 2, 3, 4, 5, 6, 7}, hours("22:00-06:00"));
}

/// Two shifts with breaks, Monday to Saturday, the second shift past midnight, in Shanghai.
CalendarRules shanghaiTwoShifts()
{
    CalendarRules rules(zone("Asia/Shanghai"), {1, 2, 3, 4, 5, 6},
                        hours("08:00-12:00,13:00-17:00,19:00-23:00,23:30-03:30"));
    rules.setDay({QDate(2026, 10, 1), {}, "国庆节"});
    rules.setDay({QDate(2026, 10, 2), {}, "国庆节"});
    rules.setDay({QDate(2026, 10, 4), hours("09:00-15:00"), "国庆加班"});  // a Sunday
    return rules;
}

} // namespace

class tst_ProductionCalendar : public QObject
{
    Q_OBJECT

private slots:
    void processZoneIsNotTheCalendars();
    void parseHours_data();
    void parseHours();
    void addWorkingSeconds_data();
    void addWorkingSeconds();
    void subtractWorkingSeconds_data();
    void subtractWorkingSeconds();
    void workingSecondsBetween_data();
    void workingSecondsBetween();
    void nightSpanBelongsToTheDayItStarts();
    void shiftEdgesInTheChangedHour();
    void sameAnswersWhateverTheProcessZone();
    void horizonIsSaidNotGuessed();
    void siteCalendarGivesHolidaysAndMakeUpDays();
    void databaseCalendarTakesSiteHolidaysUnderItsOwnDays();
};

void tst_ProductionCalendar::processZoneIsNotTheCalendars()
{
    // main() set the process's zone; the calendars below are in other zones.
    QCOMPARE(qgetenv("TZ"), QByteArray("Pacific/Auckland"));
    QVERIFY(QDateTime::currentDateTime().offsetFromUtc()
            != QDateTime::currentDateTime().toTimeZone(zone("Europe/Berlin")).offsetFromUtc());
}

void tst_ProductionCalendar::parseHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("minutes");  // working minutes a day
    QTest::addColumn<QString>("message");

    QTest::newRow("day with a lunch break") << "08:00-12:00,13:30-17:30" << true << 480 << "";
    QTest::newRow("night shift past midnight") << "22:00-06:00" << true << 480 << "";
    QTest::newRow("two shifts, second past midnight")
        << "08:00-12:00,13:00-17:00,19:00-23:00,23:30-03:30" << true << 960 << "";
    QTest::newRow("round the clock") << "00:00-00:00" << true << 1440 << "";
    QTest::newRow("until midnight") << "16:00-24:00" << true << 480 << "";
    QTest::newRow("no hours (a holiday)") << "" << true << 0 << "";
    QTest::newRow("overlap") << "08:00-12:00,11:00-14:00" << false << 0 << "overlap";
    QTest::newRow("span after a night span")
        << "22:00-02:00,23:00-23:30" << false << 0 << "past midnight";
    QTest::newRow("night runs into the morning")
        << "08:00-12:00,20:00-09:00" << false << 0 << "next day";
    QTest::newRow("not a time") << "8-12" << false << 0 << "not a span";
    QTest::newRow("25 o'clock") << "08:00-25:00" << false << 0 << "not a span";
}

void tst_ProductionCalendar::parseHours()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, minutes);
    QFETCH(QString, message);
    const auto parsed = CalendarRules::parseHours(text);
    QCOMPARE(parsed.ok(), ok);
    if (!ok) {
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        return;
    }
    int total = 0;
    for (const ShiftSpan &s : parsed.value())
        total += s.lengthMinutes();
    QCOMPARE(total, minutes);
}

void tst_ProductionCalendar::addWorkingSeconds_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("zoneId");
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");  // wall clock of the zone

    // Berlin nights, 22:00-06:00. Clocks go 02:00 → 03:00 on 29 March: that night has 7 hours.
    QTest::newRow("across midnight") << "berlin" << "Europe/Berlin" << "2026-03-20 23:00"
                                     << 4 * Hour << "2026-03-21 03:00";
    QTest::newRow("across the spring-forward night")
        << "berlin" << "Europe/Berlin" << "2026-03-28 23:00" << 4 * Hour << "2026-03-29 04:00";
    QTest::newRow("the short night is 7 hours")
        << "berlin" << "Europe/Berlin" << "2026-03-28 22:00" << 7 * Hour << "2026-03-29 06:00";
    QTest::newRow("an 8th hour goes to the next night")
        << "berlin" << "Europe/Berlin" << "2026-03-28 22:00" << 8 * Hour << "2026-03-29 23:00";
    // Clocks go 03:00 → 02:00 on 25 October: that night has 9 hours.
    QTest::newRow("the long night is 9 hours")
        << "berlin" << "Europe/Berlin" << "2026-10-24 22:00" << 9 * Hour << "2026-10-25 06:00";
    QTest::newRow("from the day, the night shift")
        << "berlin" << "Europe/Berlin" << "2026-03-20 10:00" << Hour << "2026-03-20 23:00";
    // New York, Monday to Friday 08:00-12:00, 13:00-17:00; clocks go forward on Sunday 8 March.
    QTest::newRow("over the weekend the clocks change")
        << "newyork" << "America/New_York" << "2026-03-06 16:00" << 2 * Hour
        << "2026-03-09 09:00";
    QTest::newRow("a use of the span ends at its end")
        << "newyork" << "America/New_York" << "2026-03-09 08:00" << 4 * Hour
        << "2026-03-09 12:00";
    QTest::newRow("over lunch") << "newyork" << "America/New_York" << "2026-03-09 11:00"
                                << 2 * Hour << "2026-03-09 14:00";
    QTest::newRow("clocks back on 1 November")
        << "newyork" << "America/New_York" << "2026-10-30 16:30" << Hour
        << "2026-11-02 08:30";
    QTest::newRow("zero: the next working instant")
        << "newyork" << "America/New_York" << "2026-03-07 10:00" << qint64(0)
        << "2026-03-09 08:00";
    // Shanghai two shifts: a night span from Wednesday 30 September runs into the holiday.
    QTest::newRow("night span into the holiday")
        << "shanghai" << "Asia/Shanghai" << "2026-09-30 23:30" << 4 * Hour
        << "2026-10-01 03:30";
    QTest::newRow("holiday, holiday, Saturday")
        << "shanghai" << "Asia/Shanghai" << "2026-09-30 23:30" << 5 * Hour
        << "2026-10-03 09:00";
    QTest::newRow("overtime Sunday") << "shanghai" << "Asia/Shanghai" << "2026-10-04 08:00"
                                     << 2 * Hour << "2026-10-04 11:00";
    QTest::newRow("break before the night span")
        << "shanghai" << "Asia/Shanghai" << "2026-10-05 22:30" << Hour << "2026-10-06 00:00";
}

void tst_ProductionCalendar::addWorkingSeconds()
{
    QFETCH(QString, rules);
    QFETCH(QString, zoneId);
    QFETCH(QString, from);
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const CalendarRules r = rules == "berlin" ? berlinNights()
                            : rules == "shanghai"
                                ? shanghaiTwoShifts()
                                : CalendarRules(zone("America/New_York"), {1, 2, 3, 4, 5},
                                                hours("08:00-12:00,13:00-17:00"));
    const ProductionCalendar cal = calendar(r);
    const QByteArray z = zoneId.toLatin1();
    const qint64 start = local(z.constData(), from.toLatin1().constData());
    const qint64 end = cal.addWorkingSeconds(start, seconds);
    QCOMPARE(wall(z.constData(), end), expected);
    if (seconds > 0)
        QCOMPARE(cal.workingSecondsBetween(start, end), seconds);
}

void tst_ProductionCalendar::subtractWorkingSeconds_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");

    // New York weekdays 08:00-12:00, 13:00-17:00: the latest start to finish by the time.
    QTest::newRow("same morning") << "2026-03-09 12:00" << 2 * Hour << "2026-03-09 10:00";
    QTest::newRow("back over lunch") << "2026-03-09 14:00" << 2 * Hour << "2026-03-09 11:00";
    QTest::newRow("back over the weekend and the clock change")
        << "2026-03-09 09:00" << 2 * Hour << "2026-03-06 16:00";
    QTest::newRow("from a night, the evening before")
        << "2026-03-10 06:00" << Hour << "2026-03-09 16:00";
    QTest::newRow("zero: the last working end") << "2026-03-07 10:00" << qint64(0)
                                                << "2026-03-06 17:00";
}

void tst_ProductionCalendar::subtractWorkingSeconds()
{
    QFETCH(QString, to);
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const ProductionCalendar cal = calendar(CalendarRules(
        zone("America/New_York"), {1, 2, 3, 4, 5}, hours("08:00-12:00,13:00-17:00")));
    const qint64 end = local("America/New_York", to.toLatin1().constData());
    const qint64 start = cal.subtractWorkingSeconds(end, seconds);
    QCOMPARE(wall("America/New_York", start), expected);
    if (seconds > 0) {
        QVERIFY(cal.isWorking(start));
        QCOMPARE(cal.workingSecondsBetween(start, end), seconds);
    }
}

void tst_ProductionCalendar::workingSecondsBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("ordinary night") << "2026-03-20 21:00" << "2026-03-21 07:00" << 8 * Hour;
    QTest::newRow("spring forward") << "2026-03-28 21:00" << "2026-03-29 07:00" << 7 * Hour;
    QTest::newRow("fall back") << "2026-10-24 21:00" << "2026-10-25 07:00" << 9 * Hour;
    QTest::newRow("a week of nights, one of them short")
        << "2026-03-23 12:00" << "2026-03-30 12:00" << (7 * 8 - 1) * Hour;
    QTest::newRow("backwards is negative") << "2026-03-21 07:00" << "2026-03-20 21:00"
                                           << -8 * Hour;
}

void tst_ProductionCalendar::workingSecondsBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, seconds);
    const ProductionCalendar cal = calendar(berlinNights());
    QCOMPARE(cal.workingSecondsBetween(local("Europe/Berlin", from.toLatin1().constData()),
                                       local("Europe/Berlin", to.toLatin1().constData())),
             seconds);
}

void tst_ProductionCalendar::nightSpanBelongsToTheDayItStarts()
{
    const ProductionCalendar cal = calendar(shanghaiTwoShifts());
    // Thursday 1 October is a holiday, but Wednesday's night span runs to 03:30.
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-10-01 02:00")));
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-01 03:30")));
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-01 08:00")));
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-01 23:45")));
    // The break at 23:00-23:30 and the lunch break.
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-05 23:10")));
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-05 12:30")));
    QCOMPARE(wall("Asia/Shanghai", cal.nextWorkingInstant(local("Asia/Shanghai",
                                                                "2026-10-01 10:00"))),
             QString("2026-10-03 08:00"));
    // Saturday's night span runs into Sunday; Sunday itself has no shift but the overtime.
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-10-04 01:00")));
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-10-04 14:59")));
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-04 15:00")));
    // The Gantt chart shades what is outside these.
    const auto spans = cal.intervals(local("Asia/Shanghai", "2026-10-05 00:00"),
                                     local("Asia/Shanghai", "2026-10-06 00:00"));
    QStringList text;
    for (const auto &s : spans)
        text.append(wall("Asia/Shanghai", s.start).mid(11) + "-"
                    + wall("Asia/Shanghai", s.end).mid(11));
    // Sunday's overtime replaced its hours, so no night span runs into Monday.
    QCOMPARE(text.join(','), QString("08:00-12:00,13:00-17:00,19:00-23:00,23:30-00:00"));
}

void tst_ProductionCalendar::shiftEdgesInTheChangedHour()
{
    // An early shift from 02:30: on 29 March 02:30 is skipped (it starts when the clocks jump to
    // 03:00), on 25 October it happens twice (the shift starts at the first).
    const ProductionCalendar cal = calendar(
        CalendarRules(zone("Europe/Berlin"), {1, 2, 3, 4, 5, 6, 7}, hours("02:30-06:00")));
    const auto spanOn = [&cal](const char *day) {
        const qint64 from = local("Europe/Berlin", (QByteArray(day) + " 00:00").constData());
        const auto spans = cal.intervals(from, from + 12 * Hour);
        return spans.size() == 1 ? spans.first() : ProductionCalendar::Interval{};
    };
    const auto spring = spanOn("2026-03-29");
    QCOMPARE(QDateTime::fromSecsSinceEpoch(spring.start, Qt::UTC).toString(Qt::ISODate),
             QString("2026-03-29T01:00:00Z"));
    QCOMPARE(spring.end - spring.start, 3 * Hour);
    const auto autumn = spanOn("2026-10-25");
    QCOMPARE(QDateTime::fromSecsSinceEpoch(autumn.start, Qt::UTC).toString(Qt::ISODate),
             QString("2026-10-25T00:30:00Z"));
    QCOMPARE(autumn.end - autumn.start, 4 * Hour + 30 * 60);
    QCOMPARE(spanOn("2026-03-28").end - spanOn("2026-03-28").start, 3 * Hour + 30 * 60);
}

void tst_ProductionCalendar::sameAnswersWhateverTheProcessZone()
{
    const QList<QByteArray> zones = {"UTC", "America/Los_Angeles", "Asia/Kolkata",
                                     "Pacific/Auckland"};
    QStringList answers;
    for (const QByteArray &z : zones) {
        qputenv("TZ", z);
        tzset();
        const ProductionCalendar berlin = calendar(berlinNights());
        const ProductionCalendar shanghai = calendar(shanghaiTwoShifts());
        answers.append(
            wall("Europe/Berlin", berlin.addWorkingSeconds(local("Europe/Berlin",
                                                                 "2026-03-28 23:00"),
                                                           4 * Hour))
            + " " + wall("Asia/Shanghai", shanghai.addWorkingSeconds(
                                              local("Asia/Shanghai", "2026-09-30 23:30"),
                                              5 * Hour)));
    }
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QCOMPARE(answers.size(), 4);
    for (const QString &a : answers)
        QCOMPARE(a, QString("2026-03-29 04:00 2026-10-03 09:00"));
}

void tst_ProductionCalendar::horizonIsSaidNotGuessed()
{
    ProductionCalendar cal(berlinNights(), local("UTC", "2026-03-01 00:00"),
                           local("UTC", "2026-03-08 00:00"));
    const qint64 late = local("Europe/Berlin", "2026-03-07 22:00");
    QCOMPARE(cal.addWorkingSeconds(late, 10 * Hour), ProductionCalendar::NoTime);
    QCOMPARE(cal.nextWorkingInstant(local("UTC", "2026-03-09 00:00")),
             ProductionCalendar::NoTime);
    cal.extend(cal.horizonStart(), local("UTC", "2026-03-20 00:00"));
    QCOMPARE(wall("Europe/Berlin", cal.addWorkingSeconds(late, 10 * Hour)),
             QString("2026-03-09 00:00"));
    QVERIFY(cal.addWorkingSeconds(QDateTime(), 60).isNull());
}

void tst_ProductionCalendar::siteCalendarGivesHolidaysAndMakeUpDays()
{
    const auto days = Workflow::WorkCalendar::parseHolidays(
        Workflow::WorkCalendar::builtInHolidays(2026));
    QVERIFY(days);
    const Workflow::WorkCalendar site(Workflow::WorkCalendar::zoneFor("Asia/Shanghai"),
                                      {1, 2, 3, 4, 5},
                                      Workflow::WorkCalendar::parseHours(
                                          "08:30-12:00,13:30-18:00")
                                          .value(),
                                      days.value());
    const ProductionCalendar cal = calendar(CalendarRules::fromSite(site));
    // National Day week off; Saturday 10 October 2026 is worked in exchange.
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-05 09:00")));
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-10-10 09:00")));
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-11 09:00")));
    // The same answer as the site calendar's own arithmetic, in minutes.
    const QDateTime from = QDateTime::fromSecsSinceEpoch(local("Asia/Shanghai",
                                                               "2026-09-30 16:00"),
                                                         Qt::UTC);
    QCOMPARE(cal.addWorkingSeconds(from, 20 * 3600), site.addWorkingMinutes(from, 20 * 60));
}

void tst_ProductionCalendar::databaseCalendarTakesSiteHolidaysUnderItsOwnDays()
{
    QTemporaryDir dir;
    QVERIFY(Storage::Database::open(dir.filePath("calendar.db")));
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(Workflow::WorkCalendar::importHolidays(c, Workflow::WorkCalendar::builtInHolidays(
                                                          2026)));
    const auto id = WorkCenterStore::createCalendar(c, "CAL-NIGHT", "夜班", "Nights",
                                                    "Asia/Shanghai", "1,2,3,4,5,6",
                                                    "20:00-04:00", true);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().toString()));
    // Overtime on the holiday of 2 October, for this calendar only.
    QVERIFY(WorkCenterStore::setCalendarDay(c, id.value(), QDate(2026, 10, 2), "08:00-12:00",
                                            "国庆加班"));
    QCOMPARE(WorkCenterStore::setCalendarDay(c, id.value(), QDate(2026, 10, 3), "9-12", "x")
                 .ok(),
             false);
    const auto site = Workflow::WorkCalendar::load(c);
    QVERIFY(site);
    const auto rules = CalendarRules::load(c, id.value(), site.value());
    QVERIFY2(rules, qPrintable(rules ? QString() : rules.error().toString()));
    const ProductionCalendar cal = calendar(rules.value());
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-09-29 03:00")));   // Monday's night
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-01 21:00")));  // site holiday
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-10-02 09:00")));   // own overtime
    QVERIFY(!cal.isWorking(local("Asia/Shanghai", "2026-10-02 21:00")));
    QVERIFY(cal.isWorking(local("Asia/Shanghai", "2026-10-10 21:00")));   // make-up Saturday
    Storage::Database::close();
}

int main(int argc, char **argv)
{
    // The computer's zone is neither the site's nor the calendars'.
    qputenv("TZ", "Pacific/Auckland");
    tzset();
    QCoreApplication app(argc, argv);
    tst_ProductionCalendar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_productioncalendar.moc"
