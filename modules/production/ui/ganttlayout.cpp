#include "ganttlayout.h"

#include <algorithm>
#include <limits>

namespace Hearth::Production {

namespace {

QList<GanttLayout::Span> toSpans(const QList<GanttSpan> &spans)
{
    QList<GanttLayout::Span> out;
    out.reserve(spans.size());
    for (const GanttSpan &s : spans) {
        if (s.start.isValid() && s.end.isValid() && s.start < s.end)
            out.append({s.start.toMSecsSinceEpoch(), s.end.toMSecsSinceEpoch()});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.start < b.start;
    });
    return out;
}

} // namespace

GanttLayout::GanttLayout()
{
    m_spanSets.append(QList<Span>());
    findRange();
}

void GanttLayout::setData(const GanttData &data)
{
    m_data = data;
    if (!m_data.timeZone.isValid())
        m_data.timeZone = GanttData().timeZone;

    const qsizetype n = m_data.bars.size();
    m_start.resize(n);
    m_end.resize(n);
    m_barIndex.clear();
    m_barIndex.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        GanttBar &b = m_data.bars[i];
        b.start = b.start.toUTC();
        b.end = b.end.toUTC();
        m_start[i] = b.start.toMSecsSinceEpoch();
        // A bar without a length still shows, as a sliver.
        m_end[i] = std::max(b.end.toMSecsSinceEpoch(), m_start[i]);
        m_barIndex.insert(b.id, int(i));
    }

    m_spanSets = {toSpans(m_data.siteNonWorking)};
    m_spanSetOfRow.clear();
    for (auto it = m_data.nonWorking.cbegin(); it != m_data.nonWorking.cend(); ++it) {
        m_spanSetOfRow.insert(it.key(), int(m_spanSets.size()));
        m_spanSets.append(toSpans(it.value()));
    }

    m_links.clear();
    for (const GanttLink &l : std::as_const(m_data.links)) {
        const int from = barIndex(l.from);
        const int to = barIndex(l.to);
        if (from >= 0 && to >= 0 && from != to)
            m_links.append({from, to});
    }
    findRange();
    regroup();
}

void GanttLayout::setGrouping(GanttGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    regroup();
}

GanttRowKind GanttLayout::rowKind() const
{
    return m_grouping == GanttGrouping::ByOrder ? GanttRowKind::Order : GanttRowKind::WorkCenter;
}

QString GanttLayout::rowIdOf(const GanttBar &bar) const
{
    return m_grouping == GanttGrouping::ByOrder ? bar.orderId : bar.workCenterId;
}

void GanttLayout::regroup()
{
    m_rows.clear();
    m_rowIndex.clear();
    const GanttRowKind kind = rowKind();
    for (const GanttRow &r : std::as_const(m_data.rows)) {
        if (r.kind != kind || m_rowIndex.contains(r.id))
            continue;
        m_rowIndex.insert(r.id, int(m_rows.size()));
        m_rows.append(RowData{r, {}, 0, m_spanSetOfRow.value(r.id, 0), 1, 0, MinRowHeight});
    }

    m_barRow.resize(m_start.size());
    m_barLane.fill(0, m_start.size());
    for (int i = 0; i < barCount(); ++i) {
        const QString id = rowIdOf(m_data.bars.at(i));
        int r = rowIndex(id);
        if (r < 0) {
            // A bar whose row the page did not list still shows, on a row named by its id.
            GanttRow missing{id, kind, id.isEmpty() ? tr("(none)") : id, {}, {}};
            r = int(m_rows.size());
            m_rowIndex.insert(id, r);
            m_rows.append(RowData{missing, {}, 0, m_spanSetOfRow.value(id, 0), 1, 0,
                                  MinRowHeight});
        }
        m_barRow[i] = r;
        m_rows[r].bars.append(i);
    }
    for (int r = 0; r < rowCount(); ++r)
        stack(r);
    placeRows();
}

void GanttLayout::stack(int row)
{
    RowData &d = m_rows[row];
    std::stable_sort(d.bars.begin(), d.bars.end(), [this](int a, int b) {
        return m_start.at(a) < m_start.at(b);
    });
    QList<qint64> laneEnds;
    d.longest = 0;
    for (int b : std::as_const(d.bars)) {
        d.longest = std::max(d.longest, m_end.at(b) - m_start.at(b));
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > m_start.at(b))
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(m_end.at(b));
        else
            laneEnds[lane] = m_end.at(b);
        m_barLane[b] = lane;
    }
    d.lanes = std::max<int>(1, int(laneEnds.size()));
    d.height = std::max(MinRowHeight, d.lanes * LaneHeight + 2 * RowPadding);
}

void GanttLayout::placeRows()
{
    int top = 0;
    for (RowData &d : m_rows) {
        d.top = top;
        top += d.height;
    }
}

void GanttLayout::findRange()
{
    const QTimeZone zone = m_data.timeZone;
    if (m_data.firstDay.isValid() && m_data.lastDay.isValid()
        && m_data.firstDay <= m_data.lastDay) {
        m_firstDay = m_data.firstDay;
        m_lastDay = m_data.lastDay;
        return;
    }
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (qsizetype i = 0; i < m_start.size(); ++i) {
        first = std::min(first, m_start.at(i));
        last = std::max(last, m_end.at(i) - 1);
    }
    if (m_data.now.isValid()) {
        first = std::min(first, m_data.now.toMSecsSinceEpoch());
        last = std::max(last, m_data.now.toMSecsSinceEpoch());
    }
    if (first > last) {
        first = last = QDateTime::currentMSecsSinceEpoch();
    }
    auto dayOf = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toTimeZone(zone).date();
    };
    QDate firstDay = dayOf(first);
    QDate lastDay = dayOf(last);
    for (const GanttRow &r : std::as_const(m_data.rows)) {
        if (r.promised.isValid()) {
            firstDay = std::min(firstDay, r.promised);
            lastDay = std::max(lastDay, r.promised);
        }
    }
    m_firstDay = firstDay.addDays(-1);
    m_lastDay = lastDay.addDays(1);
}

int GanttLayout::totalHeight() const
{
    return m_rows.isEmpty() ? 0 : m_rows.last().top + m_rows.last().height;
}

int GanttLayout::rowAt(int y) const
{
    if (y < 0 || y >= totalHeight())
        return -1;
    const auto after = std::upper_bound(m_rows.cbegin(), m_rows.cend(), y,
                                        [](int v, const RowData &d) { return v < d.top; });
    return int(after - m_rows.cbegin()) - 1;
}

int GanttLayout::barTop(int bar) const
{
    const RowData &d = m_rows.at(m_barRow.at(bar));
    const int lanesHeight = d.lanes * LaneHeight;
    const int first = d.top + (d.height - lanesHeight) / 2;
    return first + m_barLane.at(bar) * LaneHeight + (LaneHeight - BarHeight) / 2;
}

QList<int> GanttLayout::barsInRange(int row, qint64 fromMs, qint64 toMs) const
{
    const RowData &d = m_rows.at(row);
    // Bars start in order; one that overlaps fromMs started at most `longest` before it.
    const qint64 earliest = fromMs - d.longest;
    auto it = std::lower_bound(d.bars.cbegin(), d.bars.cend(), earliest,
                               [this](int b, qint64 v) { return m_start.at(b) < v; });
    QList<int> found;
    for (; it != d.bars.cend() && m_start.at(*it) < toMs; ++it) {
        if (m_end.at(*it) > fromMs || (m_end.at(*it) == m_start.at(*it)
                                       && m_start.at(*it) >= fromMs))
            found.append(*it);
    }
    return found;
}

const QList<GanttLayout::Span> &GanttLayout::nonWorking(int row) const
{
    return m_spanSets.at(m_rows.at(row).spans);
}

bool GanttLayout::mayMoveTo(int bar, int row) const
{
    if (bar < 0 || bar >= barCount() || row < 0 || row >= rowCount())
        return false;
    if (row == m_barRow.at(bar))
        return true;
    if (m_grouping != GanttGrouping::ByWorkCenter)
        return false;
    return m_data.bars.at(bar).otherWorkCenters.contains(m_rows.at(row).row.id);
}

bool GanttLayout::apply(const QString &barId, const QDateTime &start, const QDateTime &end,
                        const QString &workCenterId)
{
    const int b = barIndex(barId);
    if (b < 0 || !start.isValid() || !end.isValid() || !(start < end))
        return false;
    GanttBar &bar = m_data.bars[b];
    const bool rowChanges = bar.workCenterId != workCenterId;
    bar.start = start.toUTC();
    bar.end = end.toUTC();
    bar.workCenterId = workCenterId;
    m_start[b] = bar.start.toMSecsSinceEpoch();
    m_end[b] = bar.end.toMSecsSinceEpoch();

    if (m_grouping == GanttGrouping::ByWorkCenter && rowChanges) {
        // The new row may be one the page did not list; regrouping names it.
        if (rowIndex(workCenterId) < 0) {
            findRange();
            regroup();
            return true;
        }
        const int oldRow = m_barRow.at(b);
        const int newRow = rowIndex(workCenterId);
        m_rows[oldRow].bars.removeOne(b);
        m_rows[newRow].bars.append(b);
        m_barRow[b] = newRow;
        stack(oldRow);
        stack(newRow);
    } else {
        stack(m_barRow.at(b));
    }
    placeRows();
    findRange();
    return true;
}

} // namespace Hearth::Production
