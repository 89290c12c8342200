#include "mesexporter.h"

#include "mestime.h"
#include "progressquery.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Hearth::Production {

using Storage::Connection;
using Storage::Statement;

namespace {

struct OperationRow
{
    int seq = 0;
    QString name;
    QString workCenter;
    int quantity = 0;
    QString status;
    QString plannedStart;
    QString plannedEnd;
    int good = 0;
    int scrap = 0;
    QString actualStart;
    QString actualFinish;
};

struct WorkOrderRow
{
    QString id;
    QString woNo;
    QString orderNo;
    QString workshop;
    QString status;
    QString dueDate;
    int priority = 0;
    int parts = 0;
    QString material;
    QString colour;
    QList<OperationRow> operations;
};

Core::Error dbError(Statement &q, const char *table)
{
    const QString message = q.error();
    q.reset();
    return Core::Error{message, QString::fromLatin1(table)};
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r')) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

Core::Result<QList<WorkOrderRow>> load(Connection &c, const MesExportFilter &filter,
                                       const QTimeZone &zone)
{
    const QStringList statuses = !filter.statuses.isEmpty()
                                     ? filter.statuses
                                     : QStringList{QStringLiteral("planned"),
                                                   QStringLiteral("released"),
                                                   QStringLiteral("started"),
                                                   QStringLiteral("made"),
                                                   QStringLiteral("packed")};
    Statement &q = c.prepare(
        "SELECT w.id, w.wo_no, COALESCE(s.order_no, ''), w.workshop, w.status, "
        "COALESCE(w.due_date, ''), w.priority, w.parts, COALESCE(w.material, ''), "
        "COALESCE(w.colour, '') FROM work_orders w LEFT JOIN sales_orders s ON s.id = w.order_id "
        "WHERE w.deleted = 0 AND w.status IN (SELECT value FROM json_each(?1)) "
        "AND (?2 IS NULL OR w.due_date >= ?2) AND (?3 IS NULL OR w.due_date <= ?3) "
        "AND (?4 IS NULL OR w.workshop = ?4) ORDER BY w.due_date IS NULL, w.due_date, w.wo_no");
    q.bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(statuses))
                                    .toJson(QJsonDocument::Compact)));
    q.bind(2, filter.dueFrom.isValid() ? filter.dueFrom.toString(Qt::ISODate) : QString());
    q.bind(3, filter.dueTo.isValid() ? filter.dueTo.toString(Qt::ISODate) : QString());
    q.bind(4, filter.workshop.isEmpty() ? QString() : filter.workshop);
    QList<WorkOrderRow> rows;
    while (q.next()) {
        WorkOrderRow w;
        w.id = q.text(0);
        w.woNo = q.text(1);
        w.orderNo = q.text(2);
        w.workshop = q.text(3);
        w.status = q.text(4);
        w.dueDate = q.text(5);
        w.priority = int(q.int64(6));
        w.parts = int(q.int64(7));
        w.material = q.text(8);
        w.colour = q.text(9);
        rows.append(w);
    }
    if (q.failed())
        return dbError(q, "work_orders");
    q.reset();

    const auto time = [&zone](const QString &iso) {
        return MesTime::format(ProgressQuery::fromIso(iso), zone);
    };
    for (WorkOrderRow &w : rows) {
        Statement &ops = c.prepare(
            "SELECT o.seq, o.name, COALESCE(wc.code, ''), o.quantity, o.status, "
            "COALESCE(o.planned_start, ''), COALESCE(o.planned_end, ''), COALESCE(e.good, 0), "
            "COALESCE(e.scrap, 0), COALESCE(e.first_start, ''), "
            "CASE WHEN o.status = 'done' THEN COALESCE(e.last_output, '') ELSE '' END "
            "FROM operations o LEFT JOIN work_centers wc ON wc.id = o.work_center_id "
            "LEFT JOIN (SELECT operation_id, "
            "  SUM(CASE WHEN kind IN ('report', 'finish') THEN good_qty ELSE 0 END) AS good, "
            "  SUM(CASE WHEN kind IN ('report', 'finish') THEN scrap_qty ELSE 0 END) AS scrap, "
            "  MIN(CASE WHEN kind = 'start' THEN at END) AS first_start, "
            "  MAX(CASE WHEN kind IN ('report', 'finish') THEN at END) AS last_output "
            "  FROM production_events WHERE work_order_id = ?1 AND operation_id IS NOT NULL "
            "  GROUP BY operation_id) e ON e.operation_id = o.id "
            "WHERE o.work_order_id = ?1 AND o.deleted = 0 ORDER BY o.seq");
        ops.bind(1, w.id);
        while (ops.next()) {
            OperationRow o;
            o.seq = int(ops.int64(0));
            o.name = ops.text(1);
            o.workCenter = ops.text(2);
            o.quantity = int(ops.int64(3));
            o.status = ops.text(4);
            o.plannedStart = time(ops.text(5));
            o.plannedEnd = time(ops.text(6));
            o.good = int(ops.int64(7));
            o.scrap = int(ops.int64(8));
            o.actualStart = time(ops.text(9));
            o.actualFinish = time(ops.text(10));
            w.operations.append(o);
        }
        if (ops.failed())
            return dbError(ops, "operations");
        ops.reset();
    }
    return rows;
}

QByteArray toCsv(const QList<WorkOrderRow> &rows)
{
    QString text = MesExporter::csvColumns().join(u',') + QStringLiteral("\r\n");
    for (const WorkOrderRow &w : rows) {
        const QStringList head{csvField(w.woNo),           csvField(w.orderNo),
                               csvField(w.workshop),       w.status,
                               w.dueDate,                  QString::number(w.priority),
                               QString::number(w.parts),   csvField(w.material),
                               csvField(w.colour)};
        if (w.operations.isEmpty()) {
            text += head.join(u',') + QStringLiteral(",,,,,,,,,,,\r\n");
            continue;
        }
        for (const OperationRow &o : w.operations) {
            QStringList cells = head;
            cells << QString::number(o.seq) << csvField(o.name) << csvField(o.workCenter)
                  << QString::number(o.quantity) << o.status << o.plannedStart << o.plannedEnd
                  << QString::number(o.good) << QString::number(o.scrap) << o.actualStart
                  << o.actualFinish;
            text += cells.join(u',') + QStringLiteral("\r\n");
        }
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray toJson(const QList<WorkOrderRow> &rows, const QTimeZone &zone)
{
    QJsonArray workOrders;
    for (const WorkOrderRow &w : rows) {
        QJsonArray operations;
        for (const OperationRow &o : w.operations) {
            operations.append(QJsonObject{{QStringLiteral("seq"), o.seq},
                                          {QStringLiteral("operation"), o.name},
                                          {QStringLiteral("work_center"), o.workCenter},
                                          {QStringLiteral("quantity"), o.quantity},
                                          {QStringLiteral("op_status"), o.status},
                                          {QStringLiteral("planned_start"), orNull(o.plannedStart)},
                                          {QStringLiteral("planned_end"), orNull(o.plannedEnd)},
                                          {QStringLiteral("good"), o.good},
                                          {QStringLiteral("scrap"), o.scrap},
                                          {QStringLiteral("actual_start"), orNull(o.actualStart)},
                                          {QStringLiteral("actual_finish"),
                                           orNull(o.actualFinish)}});
        }
        workOrders.append(QJsonObject{{QStringLiteral("wo_no"), w.woNo},
                                      {QStringLiteral("order_no"), w.orderNo},
                                      {QStringLiteral("workshop"), w.workshop},
                                      {QStringLiteral("wo_status"), w.status},
                                      {QStringLiteral("due_date"), orNull(w.dueDate)},
                                      {QStringLiteral("priority"), w.priority},
                                      {QStringLiteral("parts"), w.parts},
                                      {QStringLiteral("material"), orNull(w.material)},
                                      {QStringLiteral("colour"), orNull(w.colour)},
                                      {QStringLiteral("operations"), operations}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("hearth.mes.work_orders")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("site_time_zone"), QString::fromLatin1(zone.id())},
                           {QStringLiteral("work_orders"), workOrders}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QStringList MesExporter::csvColumns()
{
    return {QStringLiteral("wo_no"),         QStringLiteral("order_no"),
            QStringLiteral("workshop"),      QStringLiteral("wo_status"),
            QStringLiteral("due_date"),      QStringLiteral("priority"),
            QStringLiteral("parts"),         QStringLiteral("material"),
            QStringLiteral("colour"),        QStringLiteral("seq"),
            QStringLiteral("operation"),     QStringLiteral("work_center"),
            QStringLiteral("quantity"),      QStringLiteral("op_status"),
            QStringLiteral("planned_start"), QStringLiteral("planned_end"),
            QStringLiteral("good"),          QStringLiteral("scrap"),
            QStringLiteral("actual_start"),  QStringLiteral("actual_finish")};
}

Core::Result<MesExporter::Output> MesExporter::run(Connection &c, const MesExportFilter &filter,
                                                   MesFormat format, const QTimeZone &siteZone)
{
    const QTimeZone zone = siteZone.isValid() ? siteZone : ProgressQuery::siteZone(c);
    auto rows = load(c, filter, zone);
    if (!rows)
        return rows.error();
    Output out;
    out.workOrders = int(rows->size());
    for (const WorkOrderRow &w : rows.value())
        out.operations += int(w.operations.size());
    out.data = format == MesFormat::Csv ? toCsv(rows.value()) : toJson(rows.value(), zone);
    return out;
}

Core::Result<MesExporter::Output> MesExporter::toFile(Connection &c, const MesExportFilter &filter,
                                                      MesFormat format, const QString &path,
                                                      const QTimeZone &siteZone)
{
    auto out = run(c, filter, format, siteZone);
    if (!out)
        return out;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Core::Error{tr("cannot write the export: %1").arg(file.errorString()), path};
    file.write(out->data);
    if (!file.commit())
        return Core::Error{tr("cannot write the export: %1").arg(file.errorString()), path};
    return out;
}

} // namespace Hearth::Production
