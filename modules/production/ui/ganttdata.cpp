#include "ganttdata.h"

#include "workflow/workcalendar.h"

#include <algorithm>

namespace Hearth::Production {

namespace {

constexpr int MinutesPerDay = 24 * 60;

QDateTime localMinute(QDate day, int minute, const QTimeZone &zone)
{
    if (minute >= MinutesPerDay)
        return day.addDays(1).startOfDay(zone).toUTC();
    if (minute <= 0)
        return day.startOfDay(zone).toUTC();
    return QDateTime(day, QTime(minute / 60, minute % 60), zone).toUTC();
}

void addSpan(QList<GanttSpan> &spans, const QDateTime &start, const QDateTime &end)
{
    if (!(start < end))
        return;
    if (!spans.isEmpty() && spans.last().end >= start) {
        spans.last().end = std::max(spans.last().end, end);
        return;
    }
    spans.append(GanttSpan{start, end});
}

} // namespace

GanttData::GanttData()
    : timeZone(Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId))
{}

QList<GanttSpan> GanttData::nonWorkingSpans(const Workflow::WorkCalendar &calendar, QDate from,
                                            QDate to)
{
    QList<GanttSpan> spans;
    const QTimeZone zone = calendar.timeZone();
    QList<Workflow::WorkingPeriod> periods = calendar.periods();
    std::sort(periods.begin(), periods.end(), [](const auto &a, const auto &b) {
        return a.startMinute < b.startMinute;
    });
    for (QDate day = from; day.isValid() && day <= to; day = day.addDays(1)) {
        if (!calendar.isWorkingDay(day) || periods.isEmpty()) {
            addSpan(spans, localMinute(day, 0, zone), localMinute(day, MinutesPerDay, zone));
            continue;
        }
        int free = 0;
        for (const Workflow::WorkingPeriod &p : periods) {
            addSpan(spans, localMinute(day, free, zone), localMinute(day, p.startMinute, zone));
            free = p.endMinute;
        }
        addSpan(spans, localMinute(day, free, zone), localMinute(day, MinutesPerDay, zone));
    }
    return spans;
}

} // namespace Hearth::Production
