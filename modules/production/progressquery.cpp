#include "progressquery.h"

#include "storage/database.h"
#include "workorderstatuses.h"
#include "workflow/workcalendar.h"

namespace Hearth::Production {

using Storage::Connection;
using Storage::Statement;

namespace {

Core::Error dbError(Statement &q, const char *table)
{
    const QString message = q.error();
    q.reset();
    return Core::Error{message, QString::fromLatin1(table)};
}

constexpr const char *WorkOrderColumns =
    "SELECT w.id, w.wo_no, w.order_id, COALESCE(s.order_no, ''), "
    "CASE WHEN s.id IS NULL OR s.deleted = 1 THEN 'deleted' ELSE s.status END, w.task_key, "
    "w.workshop, w.status, w.due_date, w.parts FROM work_orders w "
    "LEFT JOIN sales_orders s ON s.id = w.order_id ";

WorkOrderProgress readWorkOrder(const Statement &q)
{
    WorkOrderProgress w;
    w.id = q.text(0);
    w.woNo = q.text(1);
    w.orderId = q.text(2);
    w.orderNo = q.text(3);
    w.orderStatus = q.text(4);
    w.taskKey = q.text(5);
    w.workshop = q.text(6);
    w.status = q.text(7);
    w.dueDate = QDate::fromString(q.text(8), Qt::ISODate);
    w.parts = int(q.int64(9));
    return w;
}

Core::Status loadOperations(Connection &c, WorkOrderProgress *w)
{
    Statement &q = c.prepare(
        "SELECT o.id, o.seq, o.name, o.work_center_id, COALESCE(wc.code, ''), "
        "COALESCE(wc.name, ''), COALESCE(wc.kind, ''), o.quantity, o.status, "
        "COALESCE(e.good, 0), COALESCE(e.scrap, 0), e.first_start, e.last_output "
        "FROM operations o LEFT JOIN work_centers wc ON wc.id = o.work_center_id "
        "LEFT JOIN (SELECT operation_id, "
        "  SUM(CASE WHEN kind IN ('report', 'finish') THEN good_qty ELSE 0 END) AS good, "
        "  SUM(CASE WHEN kind IN ('report', 'finish') THEN scrap_qty ELSE 0 END) AS scrap, "
        "  MIN(CASE WHEN kind = 'start' THEN at END) AS first_start, "
        "  MAX(CASE WHEN kind IN ('report', 'finish') THEN at END) AS last_output "
        "  FROM production_events WHERE work_order_id = ?1 AND operation_id IS NOT NULL "
        "  GROUP BY operation_id) e ON e.operation_id = o.id "
        "WHERE o.work_order_id = ?1 AND o.deleted = 0 ORDER BY o.seq");
    q.bind(1, w->id);
    while (q.next()) {
        OperationProgress op;
        op.id = q.text(0);
        op.workOrderId = w->id;
        op.seq = int(q.int64(1));
        op.name = q.text(2);
        op.workCenterId = q.text(3);
        op.workCenterCode = q.text(4);
        op.workCenterName = q.text(5);
        op.workCenterKind = q.text(6);
        op.quantity = int(q.int64(7));
        op.status = q.text(8);
        op.good = int(q.int64(9));
        op.scrap = int(q.int64(10));
        op.actualStart = ProgressQuery::fromIso(q.text(11));
        if (op.status == u"done")
            op.actualFinish = ProgressQuery::fromIso(q.text(12));
        w->operations.append(op);
    }
    if (q.failed())
        return dbError(q, "operations");
    q.reset();
    return {};
}

Core::Result<QList<ProgressEventRow>> readEvents(Statement &q)
{
    QList<ProgressEventRow> rows;
    while (q.next()) {
        ProgressEventRow e;
        e.id = q.text(0);
        e.workOrderId = q.text(1);
        e.woNo = q.text(2);
        e.operationId = q.text(3);
        e.seq = int(q.int64(4));
        e.operationName = q.text(5);
        e.partId = q.text(6);
        e.kind = ProgressQuery::kindFromCode(q.text(7)).value_or(ProgressKind::Report);
        e.good = int(q.int64(8));
        e.scrap = int(q.int64(9));
        e.station = q.text(10);
        e.userId = q.text(11);
        e.userName = q.text(12);
        e.at = ProgressQuery::fromIso(q.text(13));
        e.source = q.text(14);
        e.sourceKey = q.text(15);
        rows.append(e);
    }
    if (q.failed())
        return dbError(q, "production_events");
    q.reset();
    return rows;
}

} // namespace

const OperationProgress *WorkOrderProgress::operation(const QString &operationId) const
{
    for (const OperationProgress &op : operations) {
        if (op.id == operationId)
            return &op;
    }
    return nullptr;
}

QString ProgressQuery::kindCode(ProgressKind kind)
{
    switch (kind) {
    case ProgressKind::Start:
        return QStringLiteral("start");
    case ProgressKind::Report:
        return QStringLiteral("report");
    case ProgressKind::Finish:
        return QStringLiteral("finish");
    case ProgressKind::Pack:
        return QStringLiteral("pack");
    }
    return QString();
}

std::optional<ProgressKind> ProgressQuery::kindFromCode(const QString &code)
{
    for (ProgressKind kind : {ProgressKind::Start, ProgressKind::Report, ProgressKind::Finish,
                              ProgressKind::Pack}) {
        if (code.compare(kindCode(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString ProgressQuery::kindLabel(ProgressKind kind)
{
    switch (kind) {
    case ProgressKind::Start:
        return tr("Start");
    case ProgressKind::Report:
        return tr("Report");
    case ProgressKind::Finish:
        return tr("Finish");
    case ProgressKind::Pack:
        return tr("Pack");
    }
    return QString();
}

QString ProgressQuery::operationStatusLabel(const QString &status)
{
    const auto known = WorkOrderStatuses::operationFromCode(status);
    return known ? WorkOrderStatuses::title(*known) : status;
}

QString ProgressQuery::workOrderStatusLabel(const QString &status)
{
    const auto known = WorkOrderStatuses::fromCode(status);
    return known ? WorkOrderStatuses::title(*known) : status;
}

Core::Result<WorkOrderProgress> ProgressQuery::workOrder(Connection &c, const QString &workOrderId)
{
    static const QByteArray sql = QByteArray(WorkOrderColumns) + "WHERE w.id = ? AND w.deleted = 0";
    Statement &q = c.prepare(sql.constData());
    q.bind(1, workOrderId);
    if (!q.next()) {
        if (q.failed())
            return dbError(q, "work_orders");
        q.reset();
        return Core::Error{tr("no work order with id %1").arg(workOrderId), {}};
    }
    WorkOrderProgress w = readWorkOrder(q);
    q.reset();
    if (Core::Status s = loadOperations(c, &w); !s)
        return s.error();
    return w;
}

Core::Result<WorkOrderProgress> ProgressQuery::workOrderByNo(Connection &c, const QString &woNo)
{
    static const QByteArray sql = QByteArray(WorkOrderColumns)
                                  + "WHERE w.wo_no = ? AND w.deleted = 0";
    for (const QString &candidate : {woNo, woNo.toUpper()}) {
        Statement &q = c.prepare(sql.constData());
        q.bind(1, candidate);
        if (q.next()) {
            WorkOrderProgress w = readWorkOrder(q);
            q.reset();
            if (Core::Status s = loadOperations(c, &w); !s)
                return s.error();
            return w;
        }
        if (q.failed())
            return dbError(q, "work_orders");
        q.reset();
    }
    return Core::Error{tr("no work order %1: scan the code on the work order sheet").arg(woNo),
                       {}};
}

Core::Result<QList<ProgressEventRow>> ProgressQuery::stationEvents(Connection &c,
                                                                   const QString &station,
                                                                   int limit)
{
    Statement &q = c.prepare(
        "SELECT e.id, e.work_order_id, w.wo_no, e.operation_id, COALESCE(o.seq, 0), "
        "COALESCE(o.name, ''), e.part_id, e.kind, e.good_qty, e.scrap_qty, e.station, e.user_id, "
        "COALESCE(u.display_name, ''), e.at, e.source, e.source_key "
        "FROM production_events e JOIN work_orders w ON w.id = e.work_order_id "
        "LEFT JOIN operations o ON o.id = e.operation_id LEFT JOIN users u ON u.id = e.user_id "
        "WHERE e.station = ? ORDER BY e.at DESC, e.created_at DESC LIMIT ?");
    q.bind(1, station).bind(2, limit);
    return readEvents(q);
}

Core::Result<QList<ProgressEventRow>> ProgressQuery::workOrderEvents(Connection &c,
                                                                     const QString &workOrderId)
{
    Statement &q = c.prepare(
        "SELECT e.id, e.work_order_id, w.wo_no, e.operation_id, COALESCE(o.seq, 0), "
        "COALESCE(o.name, ''), e.part_id, e.kind, e.good_qty, e.scrap_qty, e.station, e.user_id, "
        "COALESCE(u.display_name, ''), e.at, e.source, e.source_key "
        "FROM production_events e JOIN work_orders w ON w.id = e.work_order_id "
        "LEFT JOIN operations o ON o.id = e.operation_id LEFT JOIN users u ON u.id = e.user_id "
        "WHERE e.work_order_id = ? ORDER BY e.at, e.created_at");
    q.bind(1, workOrderId);
    return readEvents(q);
}

QTimeZone ProgressQuery::siteZone(Connection &c)
{
    Statement &q = c.prepare("SELECT value FROM settings WHERE key = 'site.time_zone'");
    QString id = q.next() ? q.text(0) : QString();
    q.reset();
    if (id.isEmpty())
        id = QLatin1String(Workflow::WorkCalendar::DefaultZoneId);
    const QTimeZone zone = Workflow::WorkCalendar::zoneFor(id.toLatin1());
    return zone.isValid() ? zone
                          : Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId);
}

QString ProgressQuery::formatTime(const QDateTime &at, const QTimeZone &zone)
{
    if (!at.isValid())
        return QString();
    return at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ProgressQuery::isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime ProgressQuery::fromIso(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : at;
}

} // namespace Hearth::Production
