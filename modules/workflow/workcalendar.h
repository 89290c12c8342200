#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {

/// A day that differs from the weekly pattern: a public holiday (working = false) or a weekend
/// day worked in exchange for one (调休, working = true). Stored in calendar_days.
struct CalendarDay
{
    QDate day;
    bool working = false;
    QString name;  // 国庆节, 国庆节调休上班

    bool operator==(const CalendarDay &) const = default;
};

/// One span of working time in a day, in minutes after local midnight, end excluded.
struct WorkingPeriod
{
    int startMinute = 0;
    int endMinute = 0;

    bool operator==(const WorkingPeriod &) const = default;
};

/// The site's working calendar (工作日历): its time zone, the weekly pattern of working days
/// and hours, and the holidays and make-up days that break the pattern. Deadlines count working
/// time in it. Every QDateTime taken or returned is an instant (given in UTC); the computer's own
/// time zone plays no part.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::WorkCalendar)

public:
    static constexpr char ZoneKey[] = "site.time_zone";
    static constexpr char WorkingDaysKey[] = "calendar.working_days";
    static constexpr char HoursKey[] = "calendar.hours";
    static constexpr char DefaultZoneId[] = "Asia/Shanghai";
    static constexpr char DefaultWorkingDays[] = "1,2,3,4,5";
    static constexpr char DefaultHours[] = "08:30-12:00,13:30-18:00";

    /// Asia/Shanghai, Monday to Friday, 08:30-12:00 and 13:30-18:00, no exceptions.
    WorkCalendar();
    /// Explicit parts (tests, previews). Weekdays are Qt's: 1 = Monday ... 7 = Sunday.
    WorkCalendar(const QTimeZone &zone, const QList<int> &workingWeekdays,
                 const QList<WorkingPeriod> &periods, const QList<CalendarDay> &exceptions = {});

    /// The settings (site.time_zone, calendar.working_days, calendar.hours, defaults where
    /// unset) and the calendar_days table. An unknown zone or a malformed pattern is an error
    /// that names the setting.
    static Core::Result<WorkCalendar> load(Storage::Connection &connection);

    /// The zone for an id; Asia/Shanghai on a system without time zone data is fixed UTC+8
    /// (China has kept UTC+8 without daylight saving since 1991). Invalid for an unknown id.
    static QTimeZone zoneFor(const QByteArray &id);
    /// "1,2,3,4,5" → {1,2,3,4,5}; an error for anything but distinct numbers 1-7.
    static Core::Result<QList<int>> parseWorkingDays(const QString &text);
    /// "08:30-12:00,13:30-18:00" → two periods; an error for overlapping or reversed spans.
    static Core::Result<QList<WorkingPeriod>> parseHours(const QString &text);

    /// Reads a holiday file (resources/calendars/cn_2026.json): {"days": [{"date" or
    /// "from"/"to", "working", "name"}]}. Errors name the entry.
    static Core::Result<QList<CalendarDay>> parseHolidays(const QByteArray &json);
    /// Writes a holiday file's days into calendar_days, replacing those dates; returns how many
    /// days it wrote. Runs in the caller's transaction, or in its own when none is open.
    static Core::Result<int> importHolidays(Storage::Connection &connection,
                                            const QByteArray &json);
    /// A shipped file by year (":/hearth/calendars/cn_<year>.json"); empty when none.
    static QByteArray builtInHolidays(int year);

    QTimeZone timeZone() const { return m_zone; }
    QList<int> workingWeekdays() const { return m_weekdays; }
    QList<WorkingPeriod> periods() const { return m_periods; }
    QList<CalendarDay> exceptions() const;
    /// Working minutes in an ordinary working day (480 with the defaults).
    int minutesPerDay() const;

    /// A date on the site's calendar: holidays are not working days, make-up days are.
    bool isWorkingDay(QDate day) const;
    /// Whether the instant falls inside a working period of a working day.
    bool isWorkingTime(const QDateTime &at) const;
    /// The instant itself inside working time, else the start of the next working period.
    QDateTime nextWorkingTime(const QDateTime &at) const;

    /// Deadlines: counting starts at the next working period when at is outside working time;
    /// a deadline that uses up a period exactly ends at that period's end (18:00, not 08:30 the
    /// next working day). Results are in UTC; invalid when no working time is found within ten
    /// years (an empty pattern). Negative amounts count as zero.
    QDateTime addWorkingMinutes(const QDateTime &at, qint64 minutes) const;
    QDateTime addWorkingHours(const QDateTime &at, int hours) const;
    /// The same local time of day days working days later, counted from nextWorkingTime(at).
    QDateTime addWorkingDays(const QDateTime &at, int days) const;
    /// Working minutes from a to b (negative when b is before a), whole minutes rounded down.
    qint64 workingMinutesBetween(const QDateTime &a, const QDateTime &b) const;

    /// Date-only arithmetic for dates that carry no time (promised dates): the day days working
    /// days after (or before, for negative days) day; day itself for 0.
    QDate addWorkingDays(QDate day, int days) const;

private:
    QDateTime localAt(QDate day, int minute) const;

    QTimeZone m_zone;
    QList<int> m_weekdays;
    QList<WorkingPeriod> m_periods;
    QMap<QDate, CalendarDay> m_exceptions;
};

} // namespace Hearth::Workflow
