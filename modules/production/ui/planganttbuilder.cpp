#include "planganttbuilder.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

namespace Hearth::Production {

namespace {

constexpr qint64 NoTime = ProductionCalendar::NoTime;
constexpr int TailDigits = 4;

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

QDate dayOf(qint64 seconds, const QTimeZone &zone)
{
    return utc(seconds).toTimeZone(zone).date();
}

// Kinds in the order work flows through a furniture factory: rows read top to bottom.
int kindRank(const QString &kind)
{
    static const QStringList order = {
        QStringLiteral("cutting"),  QStringLiteral("edging"),   QStringLiteral("boring"),
        QStringLiteral("sorting"),  QStringLiteral("painting"), QStringLiteral("assembly"),
        QStringLiteral("packing"),  QStringLiteral("outsourced"), QStringLiteral("other")};
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

// Kinds whose capacity is people at a table rather than machines.
bool staffedByPeople(const QString &kind)
{
    return kind == QLatin1String("sorting") || kind == QLatin1String("assembly")
           || kind == QLatin1String("packing");
}

ProductionCalendar covering(const PlanCenter &center, qint64 from, qint64 to)
{
    ProductionCalendar calendar = center.calendar;
    if (!calendar.covers(from, to))
        calendar.extend(from, to);
    return calendar;
}

double loadOn(const Plan &plan, int center, const ProductionCalendar &calendar, qint64 from,
              qint64 to)
{
    if (to <= from)
        return 0;
    const qint64 capacity = calendar.workingSecondsBetween(from, to)
                            * std::max(1, plan.center(center).capacity);
    if (capacity <= 0)
        return 0;
    qint64 booked = 0;
    for (const PlanOperation &o : plan.operations()) {
        if (o.center != center || !o.isActive() || !o.isPlaced())
            continue;
        const qint64 a = std::max(o.start, from);
        const qint64 b = std::min(o.end, to);
        if (b > a)
            booked += calendar.workingSecondsBetween(a, b);
    }
    return double(booked) / double(capacity);
}

QList<GanttSpan> nonWorkingOn(const PlanCenter &center, const ProductionCalendar &calendar,
                              qint64 from, qint64 to)
{
    QList<std::pair<qint64, qint64>> gaps;
    qint64 cursor = from;
    for (const ProductionCalendar::Interval &i : calendar.intervals(from, to)) {
        if (i.start > cursor)
            gaps.append({cursor, i.start});
        cursor = std::max(cursor, i.end);
    }
    if (cursor < to)
        gaps.append({cursor, to});
    for (const Outage &o : center.outages) {
        const qint64 a = std::max(o.start, from);
        const qint64 b = std::min(o.end, to);
        if (o.lane < 0 && b > a)
            gaps.append({a, b});
    }
    std::sort(gaps.begin(), gaps.end());
    QList<GanttSpan> spans;
    qint64 start = 0;
    qint64 end = 0;
    bool open = false;
    for (const auto &[a, b] : std::as_const(gaps)) {
        if (open && a <= end) {
            end = std::max(end, b);
            continue;
        }
        if (open)
            spans.append({utc(start), utc(end)});
        start = a;
        end = b;
        open = true;
    }
    if (open)
        spans.append({utc(start), utc(end)});
    return spans;
}

GanttBarStatus barStatus(OperationStatus status)
{
    switch (status) {
    case OperationStatus::Started:
        return GanttBarStatus::Started;
    case OperationStatus::Done:
        return GanttBarStatus::Done;
    case OperationStatus::Waiting:
    case OperationStatus::Cancelled:
        break;
    }
    return GanttBarStatus::Waiting;
}

} // namespace

std::pair<QDate, QDate> PlanGanttBuilder::shownDays(const Plan &plan, qint64 now,
                                                    int minDaysAhead)
{
    const QTimeZone zone = plan.siteZone();
    const QDate today = dayOf(now, zone);
    QDate first = today;
    QDate last = today.addDays(std::max(0, minDaysAhead));
    for (const PlanOperation &o : plan.operations()) {
        if (!o.isPlaced() || o.status == OperationStatus::Cancelled)
            continue;
        first = std::min(first, dayOf(o.start, zone));
        last = std::max(last, dayOf(std::max(o.start, o.end - 1), zone));
    }
    for (const PlanJob &j : plan.jobs()) {
        if (j.dueDate.isValid() && j.dueDate > today)
            last = std::max(last, j.dueDate);
    }
    return {first.addDays(-1), last.addDays(1)};
}

std::pair<qint64, qint64> PlanGanttBuilder::shownRange(const Plan &plan, QDate first, QDate last)
{
    const QTimeZone zone = plan.siteZone();
    return {first.startOfDay(zone).toSecsSinceEpoch(),
            last.addDays(1).startOfDay(zone).toSecsSinceEpoch()};
}

QString PlanGanttBuilder::orderTail(const QString &orderNo)
{
    qsizetype digits = 0;
    while (digits < orderNo.size() && orderNo.at(orderNo.size() - 1 - digits).isDigit())
        ++digits;
    if (digits > 0)
        return orderNo.right(std::min<qsizetype>(digits, TailDigits));
    return orderNo.right(TailDigits);
}

QString PlanGanttBuilder::barLabel(const Plan &plan, int operation)
{
    const PlanOperation &o = plan.operation(operation);
    const QString tail = orderTail(plan.job(o.job).orderNo);
    return tail.isEmpty() ? o.name : tail + QLatin1Char(' ') + o.name;
}

QString PlanGanttBuilder::kindTitle(const QString &kind)
{
    static const QList<std::pair<const char *, const char *>> titles = {
        {"cutting", QT_TR_NOOP("Cutting")},       {"edging", QT_TR_NOOP("Edge banding")},
        {"boring", QT_TR_NOOP("Boring")},         {"sorting", QT_TR_NOOP("Sorting")},
        {"assembly", QT_TR_NOOP("Assembly")},     {"painting", QT_TR_NOOP("Painting")},
        {"packing", QT_TR_NOOP("Packing")},       {"outsourced", QT_TR_NOOP("Outsourced")},
        {"other", QT_TR_NOOP("Other")},
    };
    for (const auto &[code, title] : titles) {
        if (kind == QLatin1String(code))
            return tr(title);
    }
    return kind;
}

QString PlanGanttBuilder::centerLabel(const PlanCenter &center, bool english)
{
    const QString name = english && !center.nameEn.isEmpty() ? center.nameEn : center.name;
    if (name.isEmpty())
        return center.code;
    return center.code.isEmpty() ? name : name + QLatin1Char(' ') + center.code;
}

QString PlanGanttBuilder::centerDetail(const Plan &plan, int center, qint64 from, qint64 to)
{
    const PlanCenter &c = plan.center(center);
    QStringList parts{kindTitle(c.kind)};
    if (c.kind != QLatin1String("outsourced")) {
        parts << (staffedByPeople(c.kind) ? tr("%n person(s)", nullptr, c.capacity)
                                          : tr("%n machine(s)", nullptr, c.capacity));
    }
    const double share = loadOn(plan, center, covering(c, from, to), from, to);
    //: A work center's load over the days shown; zh_CN "负荷 %1%".
    parts << tr("load %1%").arg(qRound(share * 100));
    return parts.join(QStringLiteral(" · "));
}

double PlanGanttBuilder::load(const Plan &plan, int center, qint64 from, qint64 to)
{
    return loadOn(plan, center, covering(plan.center(center), from, to), from, to);
}

QList<GanttSpan> PlanGanttBuilder::nonWorking(const PlanCenter &center, qint64 from, qint64 to)
{
    if (to <= from)
        return {};
    return nonWorkingOn(center, covering(center, from, to), from, to);
}

GanttData PlanGanttBuilder::build(const Plan &plan, const PlanGanttOptions &options)
{
    GanttData data;
    data.timeZone = plan.siteZone();
    data.now = utc(options.now);
    const auto [firstDay, lastDay] = shownDays(plan, options.now, options.minDaysAhead);
    data.firstDay = firstDay;
    data.lastDay = lastDay;
    const auto [from, to] = shownRange(plan, firstDay, lastDay);
    const qint64 loadFrom = std::max(from, options.now);

    QList<int> centers;
    for (int c = 0; c < plan.centers().size(); ++c)
        centers.append(c);
    std::stable_sort(centers.begin(), centers.end(), [&plan](int a, int b) {
        const int ra = kindRank(plan.center(a).kind);
        const int rb = kindRank(plan.center(b).kind);
        return ra != rb ? ra < rb : plan.center(a).code < plan.center(b).code;
    });
    for (int c : std::as_const(centers)) {
        const PlanCenter &center = plan.center(c);
        const ProductionCalendar calendar = covering(center, from, to);
        GanttRow row;
        row.id = center.id;
        row.kind = GanttRowKind::WorkCenter;
        row.label = centerLabel(center, options.english);
        row.detail = centerDetail(plan, c, loadFrom, to);
        data.rows.append(row);
        data.nonWorking.insert(center.id, nonWorkingOn(center, calendar, from, to));
    }

    // A row per sales order, by promised date: its work orders' operations share it.
    struct OrderRow
    {
        QString orderNo;
        QDate promised;
        int workOrders = 0;
        qint64 lateSeconds = 0;
    };
    QMap<QString, OrderRow> orders;
    for (int j = 0; j < plan.jobs().size(); ++j) {
        const PlanJob &job = plan.job(j);
        OrderRow &r = orders[job.orderId];
        r.orderNo = job.orderNo;
        if (job.dueDate.isValid() && (!r.promised.isValid() || job.dueDate < r.promised))
            r.promised = job.dueDate;
        ++r.workOrders;
        r.lateSeconds = std::max(r.lateSeconds, plan.lateness(j).seconds);
    }
    QStringList orderIds = orders.keys();
    std::sort(orderIds.begin(), orderIds.end(), [&orders](const QString &a, const QString &b) {
        const OrderRow &ra = orders[a];
        const OrderRow &rb = orders[b];
        if (ra.promised != rb.promised) {
            if (!ra.promised.isValid() || !rb.promised.isValid())
                return ra.promised.isValid();
            return ra.promised < rb.promised;
        }
        return ra.orderNo < rb.orderNo;
    });
    for (const QString &id : std::as_const(orderIds)) {
        const OrderRow &r = orders[id];
        GanttRow row;
        row.id = id;
        row.kind = GanttRowKind::Order;
        row.label = r.orderNo;
        row.detail = tr("%n work order(s)", nullptr, r.workOrders);
        if (r.lateSeconds > 0)
            row.detail += QStringLiteral(" · ") + tr("late");
        row.promised = r.promised;
        data.rows.append(row);
    }
    if (options.siteCalendar)
        data.siteNonWorking = GanttData::nonWorkingSpans(*options.siteCalendar, firstDay, lastDay);

    QList<qint64> lateness(plan.jobs().size(), 0);
    for (int j = 0; j < plan.jobs().size(); ++j)
        lateness[j] = std::max<qint64>(0, plan.lateness(j).seconds);
    for (int i = 0; i < plan.operations().size(); ++i) {
        const PlanOperation &o = plan.operation(i);
        if (!o.isPlaced() || o.status == OperationStatus::Cancelled)
            continue;
        const PlanJob &job = plan.job(o.job);
        GanttBar bar;
        bar.id = o.id;
        bar.workCenterId = plan.center(o.center).id;
        bar.orderId = job.orderId;
        bar.workOrderId = job.id;
        bar.start = utc(o.start);
        bar.end = utc(o.end);
        bar.label = barLabel(plan, i);
        bar.status = barStatus(o.status);
        if (o.status == OperationStatus::Started)
            bar.progress = std::clamp(options.progress.value(o.id), 0.0, 1.0);
        else if (o.status == OperationStatus::Done)
            bar.progress = 1.0;
        bar.lateSeconds = o.isActive() ? lateness[o.job] : 0;
        bar.locked = o.locked;
        data.bars.append(bar);
    }

    for (const PlanJob &job : plan.jobs()) {
        int before = -1;
        for (int op : job.operations) {
            const PlanOperation &o = plan.operation(op);
            if (!o.isPlaced() || o.status == OperationStatus::Cancelled)
                continue;
            if (before >= 0)
                data.links.append({plan.operation(before).id, o.id});
            before = op;
        }
    }
    return data;
}

} // namespace Hearth::Production
