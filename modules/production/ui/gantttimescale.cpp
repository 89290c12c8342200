#include "gantttimescale.h"

#include <algorithm>
#include <cmath>

namespace Hearth::Production {

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;

} // namespace

GanttTimeScale::GanttTimeScale()
    : m_zone(QTimeZone::utc()), m_firstDay(QDate(1970, 1, 1)), m_dayStarts{0, MsPerDay}
{}

GanttTimeScale::GanttTimeScale(const QTimeZone &zone, QDate firstDay, QDate lastDay,
                               double pixelsPerDay)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc()),
      m_firstDay(firstDay.isValid() ? firstDay : QDate(1970, 1, 1)),
      m_dayWidth(pixelsPerDay > 0 ? pixelsPerDay : 1.0)
{
    const qint64 days = lastDay.isValid() ? std::max<qint64>(1, m_firstDay.daysTo(lastDay) + 1)
                                          : 1;
    m_dayStarts.reserve(days + 1);
    for (qint64 i = 0; i <= days; ++i) {
        const qint64 start = m_firstDay.addDays(i).startOfDay(m_zone).toMSecsSinceEpoch();
        // A zone that skips a whole date (Samoa, 2011-12-30) still gets its column, empty.
        m_dayStarts.append(m_dayStarts.isEmpty() ? start : std::max(start, m_dayStarts.last()));
    }
}

qint64 GanttTimeScale::dayStartMs(int column) const
{
    if (column < 0)
        return m_dayStarts.first() + column * MsPerDay;
    if (column > dayCount())
        return m_dayStarts.last() + (column - dayCount()) * MsPerDay;
    return m_dayStarts.at(column);
}

QDateTime GanttTimeScale::dayStart(int column) const
{
    return QDateTime::fromMSecsSinceEpoch(dayStartMs(column), QTimeZone::utc());
}

int GanttTimeScale::columnOfMs(qint64 ms) const
{
    if (ms < m_dayStarts.first())
        return int(std::floor(double(ms - m_dayStarts.first()) / MsPerDay));
    if (ms >= m_dayStarts.last())
        return dayCount() + int((ms - m_dayStarts.last()) / MsPerDay);
    const auto after = std::upper_bound(m_dayStarts.cbegin(), m_dayStarts.cend(), ms);
    return int(after - m_dayStarts.cbegin()) - 1;
}

int GanttTimeScale::columnAt(double x) const
{
    return int(std::floor(x / m_dayWidth));
}

double GanttTimeScale::xOfMs(qint64 ms) const
{
    const int c = columnOfMs(ms);
    const qint64 start = dayStartMs(c);
    const qint64 length = (c >= 0 && c < dayCount()) ? dayStartMs(c + 1) - start : MsPerDay;
    if (length <= 0)
        return c * m_dayWidth;
    return (c + double(ms - start) / double(length)) * m_dayWidth;
}

qint64 GanttTimeScale::msAt(double x) const
{
    const int c = columnAt(x);
    const qint64 start = dayStartMs(c);
    const qint64 length = (c >= 0 && c < dayCount()) ? dayStartMs(c + 1) - start : MsPerDay;
    const double share = std::clamp(x / m_dayWidth - c, 0.0, 1.0);
    return start + std::llround(share * double(length));
}

QDateTime GanttTimeScale::timeAt(double x) const
{
    return QDateTime::fromMSecsSinceEpoch(msAt(x), QTimeZone::utc());
}

} // namespace Hearth::Production
