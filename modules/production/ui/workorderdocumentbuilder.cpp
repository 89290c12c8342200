#include "workorderdocumentbuilder.h"

#include "production/shopfloorcode.h"
#include "production/workorderstore.h"
#include "storage/database.h"

#include <QHash>

namespace Hearth::Production {

namespace {

struct CenterName
{
    QString name;
    int capacity = 1;
};

QString siteText(std::optional<qint64> at, const QTimeZone &zone)
{
    if (!at)
        return QString();
    return QDateTime::fromSecsSinceEpoch(*at, Qt::UTC)
        .toTimeZone(zone)
        .toString(QStringLiteral("MM-dd HH:mm"));
}

/// The unit of a hardware line in words; the templates write codes.
QString unitText(const QString &code)
{
    if (code == QLatin1String("piece"))
        return WorkOrderDocumentBuilder::tr("pcs");
    if (code == QLatin1String("set"))
        return WorkOrderDocumentBuilder::tr("set(s)");
    if (code == QLatin1String("pair"))
        return WorkOrderDocumentBuilder::tr("pair(s)");
    if (code == QLatin1String("m"))
        return WorkOrderDocumentBuilder::tr("m");
    return code;
}

Core::Error readError(const Storage::Statement &q, const QString &woNo)
{
    return Core::Error{WorkOrderDocumentBuilder::tr("the work order could not be read: %1")
                           .arg(q.error()),
                       woNo};
}

} // namespace

Core::Result<Printing::WorkOrderDocument> WorkOrderDocumentBuilder::document(
    Storage::Connection &c, const QString &workOrderId, const QTimeZone &zone,
    const QDateTime &printedAt)
{
    const auto found = WorkOrderStore::find(c, workOrderId);
    if (!found)
        return found.error();
    const WorkOrder &w = found.value();

    Printing::WorkOrderDocument d;
    const QString code = ShopfloorCode::forWorkOrder(w.woNo);
    d.woNo = w.woNo;
    d.barcodeText = code;
    d.qrText = code;
    d.orderNo = w.orderNo;
    d.dueDate = w.dueDate;
    d.priority = w.priority;
    const QDateTime at = printedAt.isValid() ? printedAt : QDateTime::currentDateTimeUtc();
    d.printedAt = at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));

    Storage::Statement &header = c.prepare(
        "SELECT COALESCE(c.name, ''), COALESCE(u.name, '') FROM sales_orders o "
        "LEFT JOIN customers c ON c.id = o.customer_id "
        "LEFT JOIN org_units u ON u.code = ? WHERE o.id = ?");
    header.bind(1, w.workshop).bind(2, w.orderId);
    if (header.next()) {
        d.customer = header.text(0);
        d.workshop = header.text(1);
    } else if (header.failed()) {
        const Core::Error e = readError(header, w.woNo);
        header.reset();
        return e;
    }
    header.reset();
    if (d.workshop.isEmpty())
        d.workshop = w.workshop;

    QHash<QString, CenterName> centers;
    Storage::Statement &centerQuery = c.prepare("SELECT id, name, capacity FROM work_centers");
    while (centerQuery.next())
        centers.insert(centerQuery.text(0), {centerQuery.text(1), int(centerQuery.int64(2))});
    centerQuery.reset();
    for (const Operation &op : w.operations) {
        if (op.status == OperationStatus::Cancelled)
            continue;
        Printing::WorkOrderOperation o;
        o.seq = op.seq;
        const CenterName center = centers.value(op.workCenterId);
        o.workCenter = center.name.isEmpty() ? op.workCenterId : center.name;
        // The machine when the center has several, as the planner placed it.
        if (op.lane && center.capacity > 1)
            o.workCenter = tr("%1 no. %2").arg(o.workCenter).arg(*op.lane + 1);
        o.name = op.name;
        o.plannedStart = siteText(op.plannedStart, zone);
        o.plannedEnd = siteText(op.plannedEnd, zone);
        d.operations.append(o);
    }

    Storage::Statement &parts = c.prepare(
        "SELECT name, length_mm, width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, "
        "grain, COALESCE(material, ''), COALESCE(colour, '') FROM order_parts "
        "WHERE order_id = ? AND task_key = ? ORDER BY rowid");
    parts.bind(1, w.orderId).bind(2, w.taskKey);
    while (parts.next()) {
        Printing::WorkOrderPanel p;
        p.name = parts.text(0);
        p.lengthMm = parts.int64(1);
        p.widthMm = parts.int64(2);
        p.thicknessMm = parts.int64(3);
        p.quantity = int(parts.int64(4));
        p.areaMm2 = parts.int64(5);
        p.edgeMm = parts.int64(6);
        p.edges = parts.text(7);
        p.grain = parts.text(8);
        p.material = parts.text(9);
        p.colour = parts.text(10);
        d.panels.append(p);
    }
    if (parts.failed()) {
        const Core::Error e = readError(parts, w.woNo);
        parts.reset();
        return e;
    }
    parts.reset();

    Storage::Statement &hardware = c.prepare(
        "SELECT code, name, quantity_micros, unit FROM order_hardware "
        "WHERE order_id = ? AND task_key = ? ORDER BY rowid");
    hardware.bind(1, w.orderId).bind(2, w.taskKey);
    while (hardware.next()) {
        d.hardware.append({hardware.text(0), hardware.text(1), hardware.int64(2),
                           unitText(hardware.text(3))});
    }
    hardware.reset();

    QStringList notes;
    if (w.priority > WorkOrder::NormalPriority)
        notes.append(tr("Rush: make before ordinary work."));
    if (!w.material.isEmpty() || !w.colour.isEmpty())
        notes.append(tr("Main board: %1 %2").arg(w.material, w.colour).trimmed());
    if (w.deadline) {
        notes.append(tr("Ready for the installation booked for %1.")
                         .arg(QDateTime::fromSecsSinceEpoch(*w.deadline, Qt::UTC)
                                  .toTimeZone(zone)
                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    d.notes = notes.join(QLatin1Char('\n'));
    return d;
}

Core::Result<QList<Printing::PartLabel>> WorkOrderDocumentBuilder::partLabels(
    Storage::Connection &c, const QString &workOrderId)
{
    Storage::Statement &head = c.prepare(
        "SELECT w.wo_no, w.order_id, w.task_key, o.order_no FROM work_orders w "
        "JOIN sales_orders o ON o.id = w.order_id WHERE w.id = ? AND w.deleted = 0");
    head.bind(1, workOrderId);
    if (!head.next()) {
        head.reset();
        return Core::Error{tr("the work order does not exist (any more)"), workOrderId};
    }
    const QString woNo = head.text(0);
    const QString orderId = head.text(1);
    const QString taskKey = head.text(2);
    const QString orderNo = head.text(3);
    head.reset();

    Storage::Statement &parts = c.prepare(
        "SELECT id, name, length_mm, width_mm, thickness_mm, quantity, edges, "
        "COALESCE(material, ''), COALESCE(colour, '') FROM order_parts "
        "WHERE order_id = ? AND task_key = ? ORDER BY rowid");
    parts.bind(1, orderId).bind(2, taskKey);
    QList<Printing::PartLabel> labels;
    while (parts.next()) {
        Printing::PartLabel l;
        l.partId = ShopfloorCode::forPart(parts.text(0));
        l.partName = parts.text(1);
        l.orderNo = orderNo;
        l.workOrderNo = woNo;
        l.lengthMm = parts.int64(2);
        l.widthMm = parts.int64(3);
        l.thicknessMm = parts.int64(4);
        l.edges = parts.text(6);
        l.material = parts.text(7);
        l.colour = parts.text(8);
        for (qint64 i = 0, n = parts.int64(5); i < n; ++i)
            labels.append(l);
    }
    if (parts.failed()) {
        const Core::Error e = readError(parts, woNo);
        parts.reset();
        return e;
    }
    parts.reset();
    return labels;
}

} // namespace Hearth::Production
