#pragma once

#include "calendarrules.h"

#include <QDateTime>

#include <limits>
#include <vector>

namespace Hearth::Production {

/// A work center's working time as UTC instants (seconds since the epoch), worked out from its
/// CalendarRules once for a horizon so that the scheduler's arithmetic is a binary search.
/// Local times that a daylight-saving change skips start at the change; local times it repeats
/// are taken at their first occurrence. The computer's own zone plays no part.
///
/// Answers that would need time outside the horizon are NoTime: extend() the horizon and ask
/// again.
class ProductionCalendar
{
public:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::max();

    /// A span of working time, start included, end excluded.
    struct Interval
    {
        qint64 start = 0;
        qint64 end = 0;

        bool operator==(const Interval &) const = default;
    };

    /// No working time and an empty horizon.
    ProductionCalendar();
    ProductionCalendar(const CalendarRules &rules, qint64 fromUtc, qint64 toUtc);

    const CalendarRules &rules() const { return m_rules; }
    qint64 horizonStart() const { return m_from; }
    qint64 horizonEnd() const { return m_to; }
    /// Widens the horizon to cover [fromUtc, toUtc) at least.
    void extend(qint64 fromUtc, qint64 toUtc);
    bool covers(qint64 fromUtc, qint64 toUtc) const { return fromUtc >= m_from && toUtc <= m_to; }

    /// The working spans that overlap [from, to), cut to it (the Gantt shades the rest).
    QList<Interval> intervals(qint64 from, qint64 to) const;
    qint64 totalWorkingSeconds() const;

    bool isWorking(qint64 at) const;
    /// at itself in working time, else the start of the next working span.
    qint64 nextWorkingInstant(qint64 at) const;
    /// at itself in working time or at the end of a span, else the end of the last span before.
    qint64 previousWorkingEnd(qint64 at) const;
    /// The instant when seconds of working time counted from at are used up; a count that uses
    /// a span up exactly ends at the span's end. Zero or less: nextWorkingInstant(at).
    qint64 addWorkingSeconds(qint64 at, qint64 seconds) const;
    /// The latest working instant from which seconds of working time end at or before at.
    /// Zero or less: previousWorkingEnd(at).
    qint64 subtractWorkingSeconds(qint64 at, qint64 seconds) const;
    /// Working seconds in [a, b); negative when b is before a.
    qint64 workingSecondsBetween(qint64 a, qint64 b) const;

    /// The same for QDateTime instants: results in UTC, invalid outside the horizon.
    QDateTime nextWorkingTime(const QDateTime &at) const;
    QDateTime addWorkingSeconds(const QDateTime &at, qint64 seconds) const;
    QDateTime subtractWorkingSeconds(const QDateTime &at, qint64 seconds) const;
    qint64 workingSecondsBetween(const QDateTime &a, const QDateTime &b) const;

    /// The instant of a local date and minute of the calendar's zone, by the rule above.
    qint64 localToUtc(QDate day, int minute) const;
    /// The local date of an instant in the calendar's zone.
    QDate localDate(qint64 at) const;

private:
    void build();
    /// Working seconds from the horizon's start to at.
    qint64 position(qint64 at) const;
    /// Index of the last span that starts at or before at; -1 when none.
    qsizetype spanAtOrBefore(qint64 at) const;

    CalendarRules m_rules;
    qint64 m_from = 0;
    qint64 m_to = 0;
    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<qint64> m_before;  // working seconds before each span
    std::vector<qint64> m_transitions;  // the zone's offset changes, UTC
    std::vector<int> m_offsets;  // offset from UTC from each change on; [0] before the first
};

} // namespace Hearth::Production
