#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Hearth::Workflow {
class WorkCalendar;
}

namespace Hearth::Production {

/// What a row of the Gantt chart (甘特图) stands for.
enum class GanttRowKind { WorkCenter, Order };

/// Which rows the chart shows: the same bars, regrouped.
enum class GanttGrouping { ByWorkCenter, ByOrder };

/// Where an operation stands on the shop floor; it decides the bar's colour.
enum class GanttBarStatus { Waiting, Started, Done };

struct GanttRow
{
    QString id;  // the work center's or the order's id, as bars name it
    GanttRowKind kind = GanttRowKind::WorkCenter;
    QString label;   // "开料 CNC-1", "SO-2026-0042"
    QString detail;  // a second, quieter line: "2 台 · 负荷 86%", the customer
    QDate promised;  // an order's promised date (承诺交期); drawn as a date, never zoned
};

/// One operation on the chart. Its row is workCenterId when the chart shows work centers and
/// orderId when it shows orders.
struct GanttBar
{
    QString id;
    QString workCenterId;
    QString orderId;
    QString workOrderId;
    QDateTime start;  // an instant (UTC)
    QDateTime end;    // an instant (UTC) after start
    QString label;    // written on the bar: "SO-0042 柜体 开料"
    QString toolTip;  // shown on hover; empty for the label, times and status
    GanttBarStatus status = GanttBarStatus::Waiting;
    double progress = 0.0;     // share made, 0 to 1; drawn on started bars
    qint64 lateSeconds = 0;    // how long after its due time it ends; above 0 is late
    bool locked = false;       // placed by a planner: the scheduler and a drag leave it be
    QStringList otherWorkCenters;  // work centers it may also be dragged to (alike machines)
};

/// Finish to start: bar `to` may start only once bar `from` has ended.
struct GanttLink
{
    QString from;
    QString to;
};

/// A span of time from start (included) to end (excluded), both instants.
struct GanttSpan
{
    QDateTime start;
    QDateTime end;
};

/// Everything the chart shows; the production page fills it from the plan. The chart keeps its
/// own copy and changes it only through edits the checker accepted.
struct GanttData
{
    QList<GanttRow> rows;  // work-center rows and order rows, each kind in the order shown
    QList<GanttBar> bars;
    QList<GanttLink> links;
    QHash<QString, QList<GanttSpan>> nonWorking;  // by row id: shifts, breaks, holidays
    QList<GanttSpan> siteNonWorking;  // for rows with no entry of their own (order rows)
    QTimeZone timeZone;  // the site's; Asia/Shanghai unless set
    QDateTime now;       // the today line; none when invalid
    QDate firstDay;      // the calendar shown; from the bars (and now) when invalid
    QDate lastDay;

    GanttData();

    /// The time outside calendar's working periods on the days from to to (both included),
    /// adjacent spans merged: what a row on that calendar shades.
    static QList<GanttSpan> nonWorkingSpans(const Workflow::WorkCalendar &calendar, QDate from,
                                            QDate to);
};

} // namespace Hearth::Production
