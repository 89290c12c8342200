#include "calendarrules.h"

#include "storage/database.h"
#include "workflow/workcalendar.h"
#include "workflow/writescope.h"

#include <QTime>

#include <algorithm>

namespace Hearth::Production {

using Storage::Statement;

namespace {

constexpr int MinutesPerDay = 24 * 60;

std::optional<int> minuteOfDay(const QString &text)
{
    if (text == QLatin1String("24:00"))
        return MinutesPerDay;
    const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid())
        return std::nullopt;
    return t.hour() * 60 + t.minute();
}

QString minuteText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int ShiftSpan::lengthMinutes() const
{
    return crossesMidnight() ? MinutesPerDay - startMinute + endMinute : endMinute - startMinute;
}

CalendarRules::CalendarRules()
    : CalendarRules(Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId),
                    {1, 2, 3, 4, 5}, {{8 * 60 + 30, 12 * 60}, {13 * 60 + 30, 18 * 60}})
{}

CalendarRules::CalendarRules(const QTimeZone &zone, const QList<int> &weekdays,
                             const QList<ShiftSpan> &hours, const QList<CalendarDayRule> &days)
    : m_zone(zone), m_weekdays(weekdays), m_hours(hours)
{
    std::sort(m_hours.begin(), m_hours.end(), [](const ShiftSpan &a, const ShiftSpan &b) {
        return a.startMinute < b.startMinute;
    });
    for (const CalendarDayRule &d : days)
        setDay(d);
}

CalendarRules CalendarRules::fromSite(const Workflow::WorkCalendar &site)
{
    QList<ShiftSpan> hours;
    for (const Workflow::WorkingPeriod &p : site.periods())
        hours.append({p.startMinute, p.endMinute});
    CalendarRules rules(site.timeZone(), site.workingWeekdays(), hours);
    for (const Workflow::CalendarDay &d : site.exceptions())
        rules.setDay({d.day, d.working ? rules.m_hours : QList<ShiftSpan>(), d.name});
    return rules;
}

CalendarRules CalendarRules::continuous(const QTimeZone &zone)
{
    return CalendarRules(zone, {1, 2, 3, 4, 5, 6, 7}, {{0, 0}});
}

Core::Result<QList<ShiftSpan>> CalendarRules::parseHours(const QString &text)
{
    QList<ShiftSpan> spans;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const auto start = ends.size() == 2 ? minuteOfDay(ends[0].trimmed()) : std::nullopt;
        const auto end = ends.size() == 2 ? minuteOfDay(ends[1].trimmed()) : std::nullopt;
        if (!start || !end || *start >= MinutesPerDay)
            return Core::Error{
                tr("\"%1\" is not a span of hours such as 08:00-12:00 or 22:00-06:00")
                    .arg(part.trimmed()),
                {}};
        spans.append({*start, *end == MinutesPerDay && *start == 0 ? 0 : *end});
    }
    std::sort(spans.begin(), spans.end(), [](const ShiftSpan &a, const ShiftSpan &b) {
        return a.startMinute < b.startMinute;
    });
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const ShiftSpan &s = spans[i];
        if (s.crossesMidnight() && i + 1 < spans.size())
            return Core::Error{tr("%1 runs past midnight, so no span may start after it (%2)")
                                   .arg(hoursText({s}), hoursText({spans[i + 1]})),
                               {}};
        if (i + 1 < spans.size() && spans[i + 1].startMinute < s.endMinute)
            return Core::Error{tr("working hours overlap: %1 and %2")
                                   .arg(hoursText({s}), hoursText({spans[i + 1]})),
                               {}};
    }
    // A span past midnight must end before the first span of the next day begins.
    if (!spans.isEmpty() && spans.last().crossesMidnight()
        && spans.last().endMinute > spans.first().startMinute
        && !(spans.size() == 1 && spans.first().endMinute == spans.first().startMinute))
        return Core::Error{tr("%1 runs into the next day's %2")
                               .arg(hoursText({spans.last()}), hoursText({spans.first()})),
                           {}};
    return spans;
}

QString CalendarRules::hoursText(const QList<ShiftSpan> &hours)
{
    QStringList parts;
    for (const ShiftSpan &s : hours)
        parts.append(minuteText(s.startMinute) + QLatin1Char('-') + minuteText(s.endMinute));
    return parts.join(QLatin1Char(','));
}

Core::Result<CalendarRules> CalendarRules::load(Storage::Connection &c, const QString &calendarId,
                                                const Workflow::WorkCalendar &site)
{
    Statement &q = c.prepare("SELECT code, time_zone, working_days, hours, site_holidays "
                             "FROM work_calendars WHERE id = ?");
    q.bind(1, calendarId);
    if (!q.next()) {
        const bool failed = Workflow::Internal::stepFailed(q);
        if (failed)
            return Workflow::Internal::dbError(q, "work_calendars");
        q.reset();
        return Core::Error{tr("no work calendar with this id"), calendarId};
    }
    const QString code = q.text(0);
    const QString zoneId = q.text(1);
    const QString workingDays = q.text(2);
    const QString hoursText = q.text(3);
    const bool siteHolidays = q.int64(4) != 0;
    q.reset();

    const QString where = tr("work calendar %1").arg(code);
    const QTimeZone zone = Workflow::WorkCalendar::zoneFor(zoneId.toUtf8());
    if (!zone.isValid())
        return Core::Error{tr("\"%1\" is not a time zone this computer knows").arg(zoneId),
                           where + QStringLiteral(", time_zone")};
    const auto weekdays = Workflow::WorkCalendar::parseWorkingDays(workingDays);
    if (!weekdays)
        return Core::Error{weekdays.error().message, where + QStringLiteral(", working_days")};
    const auto hours = parseHours(hoursText);
    if (!hours)
        return Core::Error{hours.error().message, where + QStringLiteral(", hours")};
    CalendarRules rules(zone, weekdays.value(), hours.value());

    if (siteHolidays) {
        for (const Workflow::CalendarDay &d : site.exceptions())
            rules.setDay({d.day, d.working ? rules.m_hours : QList<ShiftSpan>(), d.name});
    }
    Statement &days = c.prepare(
        "SELECT day, hours, name FROM work_calendar_days WHERE calendar_id = ? ORDER BY day");
    days.bind(1, calendarId);
    while (days.next()) {
        const QDate day = QDate::fromString(days.text(0), Qt::ISODate);
        const auto dayHours = parseHours(days.text(1));
        if (!day.isValid() || !dayHours) {
            const QString dayText = days.text(0);
            days.reset();
            return Core::Error{day.isValid() ? dayHours.error().message
                                             : tr("\"%1\" is not a date").arg(dayText),
                               where + QStringLiteral(", ") + dayText};
        }
        rules.setDay({day, dayHours.value(), days.text(2)});
    }
    if (Workflow::Internal::stepFailed(days))
        return Workflow::Internal::dbError(days, "work_calendar_days");
    days.reset();
    return rules;
}

void CalendarRules::setDay(const CalendarDayRule &day)
{
    CalendarDayRule d = day;
    std::sort(d.hours.begin(), d.hours.end(), [](const ShiftSpan &a, const ShiftSpan &b) {
        return a.startMinute < b.startMinute;
    });
    m_days.insert(d.day, d);
}

QList<ShiftSpan> CalendarRules::spansOn(QDate day) const
{
    const auto it = m_days.constFind(day);
    if (it != m_days.constEnd())
        return it->hours;
    return m_weekdays.contains(day.dayOfWeek()) ? m_hours : QList<ShiftSpan>();
}

} // namespace Hearth::Production
