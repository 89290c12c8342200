#include "storage/database.h"
#include "workflow/workcalendar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

QTimeZone shanghai()
{
    return WorkCalendar::zoneFor("Asia/Shanghai");
}

/// "2026-10-09 16:00" on the site's clock, as the UTC instant the code is given.
QDateTime site(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(local.date(), local.time(), shanghai()).toUTC();
}

QString siteText(const QDateTime &utc)
{
    return utc.toTimeZone(shanghai()).toString("yyyy-MM-dd HH:mm");
}

WorkCalendar china2026(const QString &hours = QString::fromLatin1(WorkCalendar::DefaultHours))
{
    const auto days = WorkCalendar::parseHolidays(WorkCalendar::builtInHolidays(2026));
    return WorkCalendar(shanghai(), {1, 2, 3, 4, 5}, WorkCalendar::parseHours(hours).value(),
                        days.value());
}

void setSetting(const char *key, const QString &value)
{
    Storage::Statement &q = Storage::Database::connection().prepare(
        "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    q.bind(1, QString::fromLatin1(key)).bind(2, value);
    QVERIFY(q.exec());
}

QString scalar(const char *sql)
{
    Storage::Statement &q = Storage::Database::connection().prepare(sql);
    const QString v = q.next() ? q.text(0) : QString();
    q.reset();
    return v;
}

} // namespace

class tst_WorkCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void systemZoneIsNotTheSite();
    void shippedFiles_data();
    void shippedFiles();
    void workingDays_data();
    void workingDays();
    void deadlines_data();
    void deadlines();
    void workingMinutesBetween_data();
    void workingMinutesBetween();
    void addWorkingDaysFromATime_data();
    void addWorkingDaysFromATime();
    void dateOnly_data();
    void dateOnly();
    void patterns_data();
    void patterns();
    void badHolidayFiles_data();
    void badHolidayFiles();
    void loadFromDatabase();
    void badSettings_data();
    void badSettings();
    void importReplacesTheYear();
    void emptyPatternGivesNoDeadline();

private:
    QTemporaryDir m_dir;
};

void tst_WorkCalendar::initTestCase()
{
    // Every result must be the same whatever the computer's own zone: run as a desk in New York.
    qputenv("TZ", "America/New_York");
    tzset();
}

void tst_WorkCalendar::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser(QStringLiteral("admin"));
}

void tst_WorkCalendar::cleanup()
{
    Storage::Database::close();
}

void tst_WorkCalendar::systemZoneIsNotTheSite()
{
    const QDateTime summer(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(summer.toLocalTime().time(), QTime(8, 0));  // New York, daylight saving
    QCOMPARE(shanghai().offsetFromUtc(summer), 8 * 3600);
    // 16:30 UTC on Friday 9 October is 00:30 on the make-up Saturday in Shanghai but still
    // Friday afternoon in New York: the site's date decides.
    const WorkCalendar calendar = china2026();
    const QDateTime lateUtc(QDate(2026, 10, 9), QTime(16, 30), Qt::UTC);
    QVERIFY(!calendar.isWorkingTime(lateUtc));
    QCOMPARE(siteText(calendar.addWorkingMinutes(lateUtc, 60)), "2026-10-10 09:30");
    QCOMPARE(siteText(calendar.nextWorkingTime(lateUtc)), "2026-10-10 08:30");
}

void tst_WorkCalendar::shippedFiles_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("nationalDay");
    QTest::newRow("2026") << 2026 << 39 << "国庆节";
    QTest::newRow("2027") << 2027 << 34 << "国庆节";
}

void tst_WorkCalendar::shippedFiles()
{
    QFETCH(int, year);
    QFETCH(int, days);
    QFETCH(QString, nationalDay);
    const QByteArray json = WorkCalendar::builtInHolidays(year);
    QVERIFY(!json.isEmpty());
    const auto parsed = WorkCalendar::parseHolidays(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->size(), days);
    for (const CalendarDay &d : parsed.value()) {
        QCOMPARE(d.day.year(), year);
        // A make-up day is always a weekend day; a holiday that falls on a weekday is off.
        if (d.working)
            QVERIFY2(d.day.dayOfWeek() >= 6, qPrintable(d.day.toString(Qt::ISODate)));
    }
    const CalendarDay first = *std::find_if(parsed->begin(), parsed->end(),
                                            [&](const CalendarDay &d) {
                                                return d.day == QDate(year, 10, 1);
                                            });
    QCOMPARE(first.name, nationalDay);
    QVERIFY(!first.working);
    QVERIFY(json.contains("国务院"));
    QVERIFY(WorkCalendar::builtInHolidays(1999).isEmpty());
}

void tst_WorkCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("working");
    QTest::newRow("National Day, Thursday") << QDate(2026, 10, 1) << false;
    QTest::newRow("National Day week, Wednesday") << QDate(2026, 10, 7) << false;
    QTest::newRow("Friday after the holiday") << QDate(2026, 10, 9) << true;
    QTest::newRow("make-up Saturday 10 October") << QDate(2026, 10, 10) << true;
    QTest::newRow("ordinary Sunday 11 October") << QDate(2026, 10, 11) << false;
    QTest::newRow("make-up Sunday 20 September") << QDate(2026, 9, 20) << true;
    QTest::newRow("ordinary Saturday 19 September") << QDate(2026, 9, 19) << false;
    QTest::newRow("Mid-Autumn Friday") << QDate(2026, 9, 25) << false;
    QTest::newRow("Spring Festival Monday") << QDate(2026, 2, 16) << false;
    QTest::newRow("ordinary Wednesday") << QDate(2026, 3, 11) << true;
}

void tst_WorkCalendar::workingDays()
{
    QFETCH(QDate, day);
    QFETCH(bool, working);
    QCOMPARE(china2026().isWorkingDay(day), working);
}

void tst_WorkCalendar::deadlines_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("due");
    const QString standard = QString::fromLatin1(WorkCalendar::DefaultHours);
    QTest::newRow("Friday 16:00 + 4 h, over the weekend")
        << standard << "2026-03-06 16:00" << 240 << "2026-03-09 10:30";
    QTest::newRow("Friday 16:00 + 4 h, day ending 17:00")
        << "08:30-12:00,13:00-17:00" << "2026-03-06 16:00" << 240 << "2026-03-09 11:30";
    QTest::newRow("inside the morning") << standard << "2026-03-09 09:00" << 120
                                        << "2026-03-09 11:00";
    QTest::newRow("over lunch") << standard << "2026-03-09 11:00" << 120 << "2026-03-09 14:30";
    QTest::newRow("used up at the end of the day")
        << standard << "2026-03-06 16:00" << 120 << "2026-03-06 18:00";
    QTest::newRow("starts on Saturday") << standard << "2026-03-07 10:00" << 60
                                        << "2026-03-09 09:30";
    QTest::newRow("starts before opening") << standard << "2026-03-09 07:00" << 60
                                           << "2026-03-09 09:30";
    QTest::newRow("starts at lunch") << standard << "2026-03-09 12:30" << 60
                                     << "2026-03-09 14:30";
    QTest::newRow("zero from the evening") << standard << "2026-03-09 19:00" << 0
                                           << "2026-03-10 08:30";
    QTest::newRow("over the National Day week")
        << standard << "2026-09-30 16:00" << 480 << "2026-10-08 16:00";
    QTest::newRow("into the make-up Saturday")
        << standard << "2026-10-09 16:00" << 240 << "2026-10-10 10:30";
    QTest::newRow("into the make-up Sunday")
        << standard << "2026-09-19 10:00" << 60 << "2026-09-20 09:30";
    QTest::newRow("over Mid-Autumn") << standard << "2026-09-24 17:00" << 120
                                     << "2026-09-28 09:30";
    QTest::newRow("Spring Festival eve into the make-up Saturday")
        << standard << "2026-02-13 17:00" << 120 << "2026-02-14 09:30";
    QTest::newRow("three working days of minutes")
        << standard << "2026-03-09 08:30" << 3 * 480 << "2026-03-11 18:00";
}

void tst_WorkCalendar::deadlines()
{
    QFETCH(QString, hours);
    QFETCH(QString, start);
    QFETCH(int, minutes);
    QFETCH(QString, due);
    const WorkCalendar calendar = china2026(hours);
    const QDateTime at = site(start.toLatin1().constData());
    const QDateTime result = calendar.addWorkingMinutes(at, minutes);
    QCOMPARE(result.timeSpec(), Qt::UTC);
    QCOMPARE(siteText(result), due);
    if (minutes % 60 == 0)
        QCOMPARE(calendar.addWorkingHours(at, minutes / 60), result);
    if (minutes > 0)
        QCOMPARE(calendar.workingMinutesBetween(at, result), qint64(minutes));
}

void tst_WorkCalendar::workingMinutesBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<qint64>("minutes");
    QTest::newRow("Friday afternoon to Monday morning")
        << "2026-03-06 16:00" << "2026-03-09 10:30" << qint64(240);
    QTest::newRow("backwards is negative") << "2026-03-09 10:30" << "2026-03-06 16:00"
                                           << qint64(-240);
    QTest::newRow("a whole weekend is nothing") << "2026-03-07 00:00" << "2026-03-09 08:30"
                                                << qint64(0);
    QTest::newRow("National Day week") << "2026-09-30 16:00" << "2026-10-08 16:00"
                                       << qint64(480);
    QTest::newRow("seconds round down") << "2026-03-09 08:30" << "2026-03-09 08:30"
                                        << qint64(0);
}

void tst_WorkCalendar::workingMinutesBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(qint64, minutes);
    QCOMPARE(china2026().workingMinutesBetween(site(from.toLatin1().constData()),
                                               site(to.toLatin1().constData())),
             minutes);
    const QDateTime a = site("2026-03-09 08:30");
    QCOMPARE(china2026().workingMinutesBetween(a, a.addSecs(119)), qint64(1));
}

void tst_WorkCalendar::addWorkingDaysFromATime_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("due");
    QTest::newRow("Friday 16:00 + 1") << "2026-03-06 16:00" << 1 << "2026-03-09 16:00";
    QTest::newRow("Saturday counts from Monday 08:30") << "2026-03-07 10:00" << 1
                                                       << "2026-03-10 08:30";
    QTest::newRow("last day before National Day + 1") << "2026-09-30 10:00" << 1
                                                      << "2026-10-08 10:00";
    QTest::newRow("Friday 9 October + 1 is the make-up Saturday")
        << "2026-10-09 14:00" << 1 << "2026-10-10 14:00";
    QTest::newRow("zero days from lunch") << "2026-03-09 12:15" << 0 << "2026-03-09 13:30";
}

void tst_WorkCalendar::addWorkingDaysFromATime()
{
    QFETCH(QString, start);
    QFETCH(int, days);
    QFETCH(QString, due);
    const QDateTime result =
        china2026().addWorkingDays(site(start.toLatin1().constData()), days);
    QCOMPARE(result.timeSpec(), Qt::UTC);
    QCOMPARE(siteText(result), due);
}

void tst_WorkCalendar::dateOnly_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("over National Day") << QDate(2026, 9, 30) << 1 << QDate(2026, 10, 8);
    QTest::newRow("onto the make-up Saturday") << QDate(2026, 10, 9) << 1 << QDate(2026, 10, 10);
    QTest::newRow("five from 8 October") << QDate(2026, 10, 8) << 5 << QDate(2026, 10, 14);
    QTest::newRow("backwards over National Day") << QDate(2026, 10, 8) << -1
                                                 << QDate(2026, 9, 30);
    QTest::newRow("from a Saturday") << QDate(2026, 3, 7) << 1 << QDate(2026, 3, 9);
    QTest::newRow("zero stays") << QDate(2026, 3, 7) << 0 << QDate(2026, 3, 7);
    QTest::newRow("over the year end") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 1);
}

void tst_WorkCalendar::dateOnly()
{
    QFETCH(QDate, day);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(china2026().addWorkingDays(day, days), expected);
}

void tst_WorkCalendar::patterns_data()
{
    QTest::addColumn<QString>("hours");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("minutesPerDay");
    QTest::newRow("default") << "08:30-12:00,13:30-18:00" << "" << 480;
    QTest::newRow("spaces and order") << " 13:00-17:00 , 08:00-12:00 " << "" << 480;
    QTest::newRow("to midnight") << "20:00-24:00" << "" << 240;
    QTest::newRow("reversed") << "18:00-08:30" << "\"18:00-08:30\" ends before it starts" << 0;
    QTest::newRow("overlap") << "08:00-12:00,11:00-13:00"
                             << "working hours overlap: 08:00-12:00,11:00-13:00" << 0;
    QTest::newRow("not a time") << "8.30-12" << "\"8.30-12\" is not a span of hours such as "
                                                "08:30-12:00"
                                << 0;
    QTest::newRow("empty") << "" << "no working hours are given" << 0;
}

void tst_WorkCalendar::patterns()
{
    QFETCH(QString, hours);
    QFETCH(QString, error);
    QFETCH(int, minutesPerDay);
    const auto parsed = WorkCalendar::parseHours(hours);
    if (!error.isEmpty()) {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message, error);
        return;
    }
    QVERIFY(parsed.ok());
    QCOMPARE(WorkCalendar(shanghai(), {1}, parsed.value()).minutesPerDay(), minutesPerDay);
}

void tst_WorkCalendar::badHolidayFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const QByteArray good = R"({"date": "2026-01-01", "working": false, "name": "元旦"})";
    QTest::newRow("no name") << QByteArray(R"({"days": [)" + good
                                           + R"(, {"date": "2026-01-04", "working": true}]})")
                             << "days, entry 2: a day needs a name";
    QTest::newRow("working as text")
        << QByteArray(R"({"days": [{"date": "2026-01-04", "working": "yes", "name": "x"}]})")
        << "days, entry 1: \"working\" must be true or false";
    QTest::newRow("range backwards")
        << QByteArray(R"({"days": [{"from": "2026-10-07", "to": "2026-10-01", "working": false,)"
                      R"( "name": "国庆节"}]})")
        << "days, entry 1: 2026-10-07 to 2026-10-01 is not a range of days";
    QTest::newRow("twice") << QByteArray(R"({"days": [)" + good + "," + good + "]}")
                           << "days, entry 2: 2026-01-01 is listed twice";
    QTest::newRow("bad date")
        << QByteArray(R"({"days": [{"date": "2026-02-30", "working": false, "name": "x"}]})")
        << "days, entry 1: give \"date\", or \"from\" and \"to\", as YYYY-MM-DD (x)";
    QTest::newRow("no days list") << QByteArray(R"({"year": 2026})")
                                  << "a calendar file needs a \"days\" list";
}

void tst_WorkCalendar::badHolidayFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const auto parsed = WorkCalendar::parseHolidays(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().toString(), error);
    const auto imported = WorkCalendar::importHolidays(Storage::Database::connection(), json);
    QVERIFY(!imported.ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM calendar_days"), "0");
}

void tst_WorkCalendar::loadFromDatabase()
{
    Storage::Connection &c = Storage::Database::connection();
    const auto defaults = WorkCalendar::load(c);
    QVERIFY(defaults.ok());
    QCOMPARE(defaults->workingWeekdays(), QList<int>({1, 2, 3, 4, 5}));
    QCOMPARE(defaults->minutesPerDay(), 480);
    QVERIFY(defaults->isWorkingDay(QDate(2026, 10, 1)));  // no holidays imported yet
    QCOMPARE(defaults->timeZone().offsetFromUtc(site("2026-10-01 12:00")), 8 * 3600);

    const auto imported = WorkCalendar::importHolidays(c, WorkCalendar::builtInHolidays(2026));
    QVERIFY(imported.ok());
    QCOMPARE(imported.value(), 39);
    setSetting(WorkCalendar::WorkingDaysKey, "1,2,3,4,5,6");
    setSetting(WorkCalendar::HoursKey, "08:00-12:00,13:00-17:00");
    setSetting(WorkCalendar::ZoneKey, "Asia/Urumqi");
    const auto loaded = WorkCalendar::load(c);
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->workingWeekdays(), QList<int>({1, 2, 3, 4, 5, 6}));
    QCOMPARE(loaded->minutesPerDay(), 480);
    QCOMPARE(loaded->exceptions().size(), 39);
    QVERIFY(!loaded->isWorkingDay(QDate(2026, 10, 1)));
    QVERIFY(loaded->isWorkingDay(QDate(2026, 3, 7)));  // Saturdays work at this site
    // Urumqi keeps UTC+6: from Friday 16:00 there, one hour is left on Friday and the second
    // falls on Saturday morning, a working day at this site: 09:00 there, 03:00 UTC.
    const QDateTime friday(QDate(2026, 3, 6), QTime(10, 0), Qt::UTC);  // 16:00 in Urumqi
    QCOMPARE(loaded->addWorkingHours(friday, 2),
             QDateTime(QDate(2026, 3, 7), QTime(3, 0), Qt::UTC));
}

void tst_WorkCalendar::badSettings_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown zone") << QByteArray(WorkCalendar::ZoneKey) << "Mars/Olympus"
                                  << "site.time_zone: \"Mars/Olympus\" is not a time zone this "
                                     "computer knows";
    QTest::newRow("weekday 0") << QByteArray(WorkCalendar::WorkingDaysKey) << "0,1"
                               << "calendar.working_days: \"0\" is not a weekday: use 1 "
                                  "(Monday) to 7 (Sunday)";
    QTest::newRow("weekday twice") << QByteArray(WorkCalendar::WorkingDaysKey) << "1,2,2"
                                   << "calendar.working_days: weekday 2 is listed twice";
    QTest::newRow("reversed hours") << QByteArray(WorkCalendar::HoursKey) << "18:00-08:30"
                                    << "calendar.hours: \"18:00-08:30\" ends before it starts";
}

void tst_WorkCalendar::badSettings()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    setSetting(key.constData(), value);
    const auto loaded = WorkCalendar::load(Storage::Database::connection());
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().toString(), error);
}

void tst_WorkCalendar::importReplacesTheYear()
{
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(WorkCalendar::importHolidays(c, WorkCalendar::builtInHolidays(2027)).ok());
    QVERIFY(WorkCalendar::importHolidays(
                c, R"({"year": 2026, "days": [{"date": "2026-12-25", "working": false,)"
                   R"( "name": "stale"}]})")
                .ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM calendar_days WHERE day LIKE '2026-%'"), "1");
    const auto again = WorkCalendar::importHolidays(c, WorkCalendar::builtInHolidays(2026));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), 39);
    QCOMPARE(scalar("SELECT COUNT(*) FROM calendar_days WHERE day LIKE '2026-%'"), "39");
    QCOMPARE(scalar("SELECT COUNT(*) FROM calendar_days WHERE day = '2026-12-25'"), "0");
    QCOMPARE(scalar("SELECT COUNT(*) FROM calendar_days WHERE day LIKE '2027-%'"), "34");
    QCOMPARE(scalar("SELECT name FROM calendar_days WHERE day = '2026-10-10'"), "国庆节调休上班");
}

void tst_WorkCalendar::emptyPatternGivesNoDeadline()
{
    const WorkCalendar none(shanghai(), {}, {{510, 720}});
    QVERIFY(!none.addWorkingHours(site("2026-03-09 09:00"), 1).isValid());
    QVERIFY(!none.addWorkingDays(QDate(2026, 3, 9), 1).isValid());
    QVERIFY(WorkCalendar::zoneFor("Asia/Shanghai").isValid());
    QVERIFY(!WorkCalendar::zoneFor("Nowhere/Atlantis").isValid());
    QVERIFY(!WorkCalendar::parseWorkingDays("").ok());
}

QTEST_GUILESS_MAIN(tst_WorkCalendar)
#include "tst_workcalendar.moc"
