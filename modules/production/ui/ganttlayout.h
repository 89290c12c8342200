#pragma once

#include "ganttdata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Hearth::Production {

/// The chart's view model: GanttData grouped into rows by work center or by order, each row's
/// bars sorted by start and stacked into lanes where they overlap in time (a work center with
/// two machines runs two bars at once), and the rows' heights and places. A time range's bars
/// are found by binary search, so a plan of tens of thousands of bars pages quickly. Bars are
/// numbered as in data().bars; y is in pixels from the first row's top.
class GanttLayout
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::GanttLayout)

public:
    static constexpr int LaneHeight = 24;
    static constexpr int BarHeight = 18;
    static constexpr int RowPadding = 5;
    static constexpr int MinRowHeight = 38;

    struct Span
    {
        qint64 start = 0;  // ms since the epoch
        qint64 end = 0;
    };
    struct Link
    {
        int from = -1;
        int to = -1;
    };

    GanttLayout();

    void setData(const GanttData &data);
    const GanttData &data() const { return m_data; }
    void setGrouping(GanttGrouping grouping);
    GanttGrouping grouping() const { return m_grouping; }
    GanttRowKind rowKind() const;

    /// The calendar the chart spans: GanttData's when given, else the bars' days and today
    /// with a day to spare on each side.
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }

    int rowCount() const { return int(m_rows.size()); }
    const GanttRow &row(int row) const { return m_rows.at(row).row; }
    int rowIndex(const QString &rowId) const { return m_rowIndex.value(rowId, -1); }
    int rowTop(int row) const { return m_rows.at(row).top; }
    int rowHeight(int row) const { return m_rows.at(row).height; }
    int laneCount(int row) const { return m_rows.at(row).lanes; }
    int totalHeight() const;
    /// The row at y; -1 above the first row and below the last.
    int rowAt(int y) const;

    int barCount() const { return int(m_start.size()); }
    const GanttBar &bar(int bar) const { return m_data.bars.at(bar); }
    int barIndex(const QString &barId) const { return m_barIndex.value(barId, -1); }
    int barRow(int bar) const { return m_barRow.at(bar); }
    /// The y of the bar's top edge.
    int barTop(int bar) const;
    qint64 startMs(int bar) const { return m_start.at(bar); }
    qint64 endMs(int bar) const { return m_end.at(bar); }
    /// The row's bars by start time.
    const QList<int> &rowBars(int row) const { return m_rows.at(row).bars; }
    /// The row's bars that overlap [fromMs, toMs), by start time.
    QList<int> barsInRange(int row, qint64 fromMs, qint64 toMs) const;
    /// The row's non-working time, by start.
    const QList<Span> &nonWorking(int row) const;
    const QList<Link> &links() const { return m_links; }

    /// Whether a drag may put the bar on the row: its own row, or when rows are work centers,
    /// one of the bar's other work centers.
    bool mayMoveTo(int bar, int row) const;
    /// Sets a bar's times and work center (an accepted edit, its undo or redo) and lays out
    /// the rows it touches again. False for an unknown bar or an empty span.
    bool apply(const QString &barId, const QDateTime &start, const QDateTime &end,
               const QString &workCenterId);

private:
    struct RowData
    {
        GanttRow row;
        QList<int> bars;
        qint64 longest = 0;  // the longest bar, for the binary search
        int spans = 0;       // index into m_spanSets
        int lanes = 1;
        int top = 0;
        int height = MinRowHeight;
    };

    QString rowIdOf(const GanttBar &bar) const;
    void regroup();
    void stack(int row);
    void placeRows();
    void findRange();

    GanttData m_data;
    GanttGrouping m_grouping = GanttGrouping::ByWorkCenter;
    QList<RowData> m_rows;
    QHash<QString, int> m_rowIndex;
    QList<qint64> m_start;
    QList<qint64> m_end;
    QList<int> m_barRow;
    QList<int> m_barLane;
    QHash<QString, int> m_barIndex;
    QList<Link> m_links;
    QList<QList<Span>> m_spanSets;  // [0] is the site's
    QHash<QString, int> m_spanSetOfRow;
    QDate m_firstDay;
    QDate m_lastDay;
};

} // namespace Hearth::Production
