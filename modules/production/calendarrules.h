#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {
class WorkCalendar;
}

namespace Hearth::Production {

/// One shift or part of a shift, in minutes after the local midnight of the day it starts on.
/// An end not after the start runs past midnight: 22:00-06:00 ends at 06:00 the next day, and
/// 00:00-00:00 is the whole day.
struct ShiftSpan
{
    int startMinute = 0;
    int endMinute = 0;

    bool crossesMidnight() const { return endMinute <= startMinute; }
    int lengthMinutes() const;
    bool operator==(const ShiftSpan &) const = default;
};

/// A date whose hours differ from the week's: a holiday (no hours), a shortened day, or overtime
/// (more hours, also on a day off). Its hours replace the week's hours of that date.
struct CalendarDayRule
{
    QDate day;
    QList<ShiftSpan> hours;
    QString name;

    bool operator==(const CalendarDayRule &) const = default;
};

/// The rules of a work center's working time (生产日历): its own time zone, the weekdays it
/// works, the shifts and breaks of a working day, and dates that differ. A span past midnight
/// belongs to the date it starts on, so a holiday on Saturday does not cut Friday's night shift.
class CalendarRules
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::CalendarRules)

public:
    /// The site's default: Asia/Shanghai, Monday to Friday, 08:30-12:00 and 13:30-18:00.
    CalendarRules();
    /// Weekdays are Qt's: 1 = Monday ... 7 = Sunday.
    CalendarRules(const QTimeZone &zone, const QList<int> &weekdays, const QList<ShiftSpan> &hours,
                  const QList<CalendarDayRule> &days = {});

    /// The site's working calendar: its week, hours, public holidays (no hours) and make-up days
    /// (the week's hours).
    static CalendarRules fromSite(const Workflow::WorkCalendar &site);
    /// Working round the clock every day (outsourced work, references, tests).
    static CalendarRules continuous(const QTimeZone &zone);

    /// "08:00-12:00,13:00-17:00,22:00-06:00" → spans; "" → none (a day with no working time).
    /// Errors say which span is malformed or which two overlap.
    static Core::Result<QList<ShiftSpan>> parseHours(const QString &text);
    static QString hoursText(const QList<ShiftSpan> &hours);

    /// A work calendar of the database (work_calendars by id) with its own dates
    /// (work_calendar_days) and, when the calendar takes them (site_holidays = 1), the site's
    /// public holidays and make-up days under its own dates. Errors name the calendar and field.
    static Core::Result<CalendarRules> load(Storage::Connection &connection,
                                            const QString &calendarId,
                                            const Workflow::WorkCalendar &site);

    QTimeZone timeZone() const { return m_zone; }
    QList<int> weekdays() const { return m_weekdays; }
    QList<ShiftSpan> hours() const { return m_hours; }
    QList<CalendarDayRule> days() const { return m_days.values(); }
    /// Adds or replaces the rule of one date.
    void setDay(const CalendarDayRule &day);

    /// The spans that start on the local date: that date's own hours, else the week's hours on a
    /// working weekday, else none.
    QList<ShiftSpan> spansOn(QDate day) const;

private:
    QTimeZone m_zone;
    QList<int> m_weekdays;
    QList<ShiftSpan> m_hours;
    QMap<QDate, CalendarDayRule> m_days;
};

} // namespace Hearth::Production
