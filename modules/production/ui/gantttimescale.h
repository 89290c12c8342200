#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Hearth::Production {

/// The chart's time axis: one column per calendar day in the site's zone, every column the same
/// width. A column is the day's span from local midnight to the next one, so a day of 23 or 25
/// hours (daylight saving) keeps its one column, and a time inside a day sits where its share
/// of that day's real length puts it. Dates without a time (a promised date) are placed by their
/// column alone and never pass through a time zone. x is in pixels from the first day's left
/// edge; times are instants.
class GanttTimeScale
{
public:
    GanttTimeScale();
    GanttTimeScale(const QTimeZone &zone, QDate firstDay, QDate lastDay, double pixelsPerDay);

    QTimeZone timeZone() const { return m_zone; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_firstDay.addDays(dayCount() - 1); }
    int dayCount() const { return int(m_dayStarts.size()) - 1; }
    double pixelsPerDay() const { return m_dayWidth; }
    double width() const { return m_dayWidth * dayCount(); }

    /// The day of a column (columns outside the range continue the calendar).
    QDate day(int column) const { return m_firstDay.addDays(column); }
    int column(QDate day) const { return int(m_firstDay.daysTo(day)); }
    /// The left edge of a day's column: date arithmetic only.
    double dayX(QDate day) const { return column(day) * m_dayWidth; }
    /// The instant a column's day starts (local midnight, or the first moment of the day).
    qint64 dayStartMs(int column) const;
    QDateTime dayStart(int column) const;
    /// The column that holds an instant.
    int columnOfMs(qint64 ms) const;
    int columnAt(double x) const;

    double x(const QDateTime &at) const { return xOfMs(at.toMSecsSinceEpoch()); }
    double xOfMs(qint64 ms) const;
    QDateTime timeAt(double x) const;
    qint64 msAt(double x) const;

private:
    QTimeZone m_zone;
    QDate m_firstDay;
    double m_dayWidth = 1.0;
    QList<qint64> m_dayStarts;  // dayCount() + 1 instants: each day's start and the end
};

} // namespace Hearth::Production
