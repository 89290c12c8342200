#include "productioncalendar.h"

#include <algorithm>

namespace Hearth::Production {

namespace {

constexpr qint64 SecondsPerDay = 86400;
// Offsets from UTC stay within ±14 h, so two days either side of an instant hold every
// change of offset that can bear on its local time.
constexpr qint64 Margin = 2 * SecondsPerDay;
constexpr qint64 EpochDay = 2440588;  // QDate(1970, 1, 1).toJulianDay()

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

ProductionCalendar::ProductionCalendar() = default;

ProductionCalendar::ProductionCalendar(const CalendarRules &rules, qint64 fromUtc, qint64 toUtc)
    : m_rules(rules), m_from(fromUtc), m_to(std::max(fromUtc, toUtc))
{
    build();
}

void ProductionCalendar::extend(qint64 fromUtc, qint64 toUtc)
{
    if (covers(fromUtc, toUtc))
        return;
    m_from = std::min(m_from, fromUtc);
    m_to = std::max(m_to, toUtc);
    build();
}

void ProductionCalendar::build()
{
    const QTimeZone zone = m_rules.timeZone();
    m_transitions.clear();
    m_offsets.clear();
    const QDateTime first = QDateTime::fromSecsSinceEpoch(m_from - 3 * Margin, Qt::UTC);
    const QDateTime last = QDateTime::fromSecsSinceEpoch(m_to + 3 * Margin, Qt::UTC);
    m_offsets.push_back(zone.isValid() ? zone.offsetFromUtc(first) : 0);
    if (zone.isValid() && zone.hasTransitions()) {
        for (const QTimeZone::OffsetData &t : zone.transitions(first, last)) {
            const qint64 at = t.atUtc.toSecsSinceEpoch();
            if (!m_transitions.empty() && at <= m_transitions.back())
                continue;
            m_transitions.push_back(at);
            m_offsets.push_back(t.offsetFromUtc);
        }
    }

    std::vector<Interval> spans;
    const QDate firstDay = localDate(m_from).addDays(-1);
    const QDate lastDay = localDate(m_to).addDays(1);
    for (QDate day = firstDay; day <= lastDay; day = day.addDays(1)) {
        for (const ShiftSpan &s : m_rules.spansOn(day)) {
            const qint64 start = localToUtc(day, s.startMinute);
            const qint64 end = s.crossesMidnight() ? localToUtc(day.addDays(1), s.endMinute)
                                                   : localToUtc(day, s.endMinute);
            const qint64 a = std::max(start, m_from);
            const qint64 b = std::min(end, m_to);
            if (b > a)
                spans.push_back({a, b});
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const Interval &x, const Interval &y) { return x.start < y.start; });

    m_starts.clear();
    m_ends.clear();
    m_before.clear();
    for (const Interval &s : spans) {
        if (!m_ends.empty() && s.start <= m_ends.back()) {
            m_ends.back() = std::max(m_ends.back(), s.end);
            continue;
        }
        m_starts.push_back(s.start);
        m_ends.push_back(s.end);
    }
    qint64 total = 0;
    m_before.reserve(m_starts.size());
    for (size_t i = 0; i < m_starts.size(); ++i) {
        m_before.push_back(total);
        total += m_ends[i] - m_starts[i];
    }
}

qint64 ProductionCalendar::localToUtc(QDate day, int minute) const
{
    const qint64 local = (day.toJulianDay() - EpochDay) * SecondsPerDay + qint64(minute) * 60;
    const auto segment = [this](qint64 at) {
        return qsizetype(std::upper_bound(m_transitions.begin(), m_transitions.end(), at)
                         - m_transitions.begin());
    };
    const qsizetype firstSegment = segment(local - Margin);
    const qsizetype lastSegment = segment(local + Margin);
    qint64 best = NoTime;
    for (qsizetype k = firstSegment; k <= lastSegment; ++k) {
        const qint64 at = local - m_offsets[size_t(k)];
        const bool afterStart = k == 0 || at >= m_transitions[size_t(k - 1)];
        const bool beforeEnd = k == qsizetype(m_transitions.size())
                               || at < m_transitions[size_t(k)];
        if (afterStart && beforeEnd)
            best = std::min(best, at);
    }
    if (best != NoTime)
        return best;
    // Skipped by a change (spring forward): the instant the clocks jump past it.
    for (qsizetype k = std::max<qsizetype>(firstSegment, 1); k <= lastSegment; ++k) {
        const qint64 change = m_transitions[size_t(k - 1)];
        if (change + m_offsets[size_t(k)] > local)
            return change;
    }
    return local - m_offsets.back();
}

QDate ProductionCalendar::localDate(qint64 at) const
{
    const bool covered = !m_offsets.empty() && at >= m_from - Margin && at <= m_to + Margin;
    if (!covered) {
        return QDateTime::fromSecsSinceEpoch(at, Qt::UTC).toTimeZone(m_rules.timeZone()).date();
    }
    const size_t k = size_t(std::upper_bound(m_transitions.begin(), m_transitions.end(), at)
                            - m_transitions.begin());
    return QDate::fromJulianDay(floorDiv(at + m_offsets[k], SecondsPerDay) + EpochDay);
}

QList<ProductionCalendar::Interval> ProductionCalendar::intervals(qint64 from, qint64 to) const
{
    QList<Interval> result;
    const auto first = std::upper_bound(m_ends.begin(), m_ends.end(), from) - m_ends.begin();
    for (size_t i = size_t(first); i < m_starts.size() && m_starts[i] < to; ++i)
        result.append({std::max(m_starts[i], from), std::min(m_ends[i], to)});
    return result;
}

qint64 ProductionCalendar::totalWorkingSeconds() const
{
    return m_starts.empty() ? 0 : m_before.back() + m_ends.back() - m_starts.back();
}

qsizetype ProductionCalendar::spanAtOrBefore(qint64 at) const
{
    return qsizetype(std::upper_bound(m_starts.begin(), m_starts.end(), at) - m_starts.begin())
           - 1;
}

qint64 ProductionCalendar::position(qint64 at) const
{
    const qsizetype i = spanAtOrBefore(at);
    if (i < 0)
        return 0;
    const size_t k = size_t(i);
    return m_before[k] + std::min(at, m_ends[k]) - m_starts[k];
}

bool ProductionCalendar::isWorking(qint64 at) const
{
    const qsizetype i = spanAtOrBefore(at);
    return i >= 0 && at < m_ends[size_t(i)];
}

qint64 ProductionCalendar::nextWorkingInstant(qint64 at) const
{
    if (at < m_from || at >= m_to)
        return NoTime;
    const qsizetype i = spanAtOrBefore(at);
    if (i >= 0 && at < m_ends[size_t(i)])
        return at;
    const size_t next = size_t(i + 1);
    return next < m_starts.size() ? m_starts[next] : NoTime;
}

qint64 ProductionCalendar::previousWorkingEnd(qint64 at) const
{
    if (at < m_from || at > m_to)
        return NoTime;
    const qsizetype i = spanAtOrBefore(at);
    if (i < 0)
        return NoTime;
    return std::min(at, m_ends[size_t(i)]);
}

qint64 ProductionCalendar::addWorkingSeconds(qint64 at, qint64 seconds) const
{
    if (seconds <= 0)
        return nextWorkingInstant(at);
    if (at < m_from || at > m_to)
        return NoTime;
    const qint64 target = position(at) + seconds;
    // The first span whose end reaches the target.
    size_t lo = 0;
    size_t hi = m_starts.size();
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (m_before[mid] + m_ends[mid] - m_starts[mid] < target)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == m_starts.size())
        return NoTime;
    return m_starts[lo] + target - m_before[lo];
}

qint64 ProductionCalendar::subtractWorkingSeconds(qint64 at, qint64 seconds) const
{
    if (seconds <= 0)
        return previousWorkingEnd(at);
    if (at < m_from || at > m_to)
        return NoTime;
    const qint64 target = position(at) - seconds;
    if (target < 0)
        return NoTime;
    const size_t i = size_t(std::upper_bound(m_before.begin(), m_before.end(), target)
                            - m_before.begin() - 1);
    return m_starts[i] + target - m_before[i];
}

qint64 ProductionCalendar::workingSecondsBetween(qint64 a, qint64 b) const
{
    if (b < a)
        return -workingSecondsBetween(b, a);
    return position(b) - position(a);
}

namespace {

qint64 seconds(const QDateTime &at)
{
    return floorDiv(at.toMSecsSinceEpoch(), 1000);
}

QDateTime instant(qint64 at)
{
    return at == ProductionCalendar::NoTime ? QDateTime()
                                            : QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
}

} // namespace

QDateTime ProductionCalendar::nextWorkingTime(const QDateTime &at) const
{
    return at.isValid() ? instant(nextWorkingInstant(seconds(at))) : QDateTime();
}

QDateTime ProductionCalendar::addWorkingSeconds(const QDateTime &at, qint64 secs) const
{
    return at.isValid() ? instant(addWorkingSeconds(seconds(at), secs)) : QDateTime();
}

QDateTime ProductionCalendar::subtractWorkingSeconds(const QDateTime &at, qint64 secs) const
{
    return at.isValid() ? instant(subtractWorkingSeconds(seconds(at), secs)) : QDateTime();
}

qint64 ProductionCalendar::workingSecondsBetween(const QDateTime &a, const QDateTime &b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    return workingSecondsBetween(seconds(a), seconds(b));
}

} // namespace Hearth::Production
