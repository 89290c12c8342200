#pragma once

#include "ganttdata.h"
#include "production/plan.h"
#include "workflow/workcalendar.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Hearth::Production {

/// What the Gantt chart needs besides the plan itself.
struct PlanGanttOptions
{
    qint64 now = 0;  // UTC seconds: the today line; load is counted from it
    QHash<QString, double> progress;  // share made (0 to 1) of started operations, by id
    std::optional<Workflow::WorkCalendar> siteCalendar;  // shades the order rows
    bool english = false;  // work centers by their English names
    int minDaysAhead = 14;  // the chart shows at least this many days after now
};

/// Turns a production plan into what the Gantt chart (甘特图) shows: a row per work center
/// (its name; its kind, machines and load) and per sales order (its promised date), a bar per
/// placed operation with its status, progress, lateness and lock, finish-to-start links between
/// the operations of a work order, each work center's non-working time from its own calendar
/// and outages, the site's for order rows, and the now line. Pure: safe on a worker thread.
class PlanGanttBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::PlanGanttBuilder)

public:
    static GanttData build(const Plan &plan, const PlanGanttOptions &options);

    /// The site-zone days the chart spans: from the day before the earliest bar (or now) to
    /// the day after the latest bar, now + minDaysAhead, or a promised date after now.
    static std::pair<QDate, QDate> shownDays(const Plan &plan, qint64 now, int minDaysAhead);
    /// [start of first, end of last) as UTC seconds in the plan's zone.
    static std::pair<qint64, qint64> shownRange(const Plan &plan, QDate first, QDate last);

    /// "0042" of "SO00000042": the order number's last four digits, or its last four
    /// characters when it does not end in digits.
    static QString orderTail(const QString &orderNo);
    /// "0042 开料": the order number's tail and the operation's name.
    static QString barLabel(const Plan &plan, int operation);
    /// 开料, 封边, 排钻, ...: the kind of a work center, translated; the code when unknown.
    static QString kindTitle(const QString &kind);
    /// "数控开料中心 NEST-01", or the English name when asked for and known.
    static QString centerLabel(const PlanCenter &center, bool english);
    /// "开料 · 2 台 · 负荷 86%".
    static QString centerDetail(const Plan &plan, int center, qint64 from, qint64 to);

    /// The share of the center's working time in [from, to) (over all its machines) that its
    /// waiting and started operations take; 0 when it has no working time there.
    static double load(const Plan &plan, int center, qint64 from, qint64 to);
    /// The time in [from, to) when the center does not work: outside its calendar's working
    /// time, and its outages of every machine; adjacent spans merged. The calendar is widened
    /// to the range when it does not cover it.
    static QList<GanttSpan> nonWorking(const PlanCenter &center, qint64 from, qint64 to);
};

} // namespace Hearth::Production
