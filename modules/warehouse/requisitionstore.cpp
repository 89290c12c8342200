#include "requisitionstore.h"

#include "itemstore.h"
#include "purchasingrows.h"
#include "storage/database.h"
#include "supplierstore.h"
#include "workflow/workcalendar.h"
#include "workflow/writescope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

#define REQUISITION_COLUMNS                                                                      \
    "SELECT id, source_key, source, COALESCE(order_id, ''), COALESCE(order_line_id, ''), "       \
    "COALESCE(task_id, ''), COALESCE(item_id, ''), description, supplier_id, quantity_micros, "  \
    "unit, COALESCE(needed_by, ''), status, COALESCE(po_line_id, ''), hlc "                      \
    "FROM purchase_requisitions WHERE deleted = 0 "

Requisition readRequisition(Statement &q)
{
    Requisition r;
    r.id = q.text(0);
    r.sourceKey = q.text(1);
    const QString source = q.text(2);
    r.source = source == QLatin1String("hardware") ? RequisitionSource::Hardware
        : source == QLatin1String("reorder")       ? RequisitionSource::Reorder
                                                   : RequisitionSource::Split;
    r.orderId = q.text(3);
    r.orderLineId = q.text(4);
    r.taskId = q.text(5);
    r.itemId = q.text(6);
    r.description = q.text(7);
    r.supplierId = q.text(8);
    r.quantity = Decimal::fromMicros(q.int64(9));
    r.unit = Orders::unitFromCode(q.text(10)).value_or(Orders::Unit::Piece);
    r.neededBy = Internal::dayFrom(q.text(11));
    r.status = q.text(12);
    r.poLineId = q.text(13);
    r.hlc = q.text(14);
    return r;
}

Core::Result<QList<Requisition>> readAll(Statement &q)
{
    QList<Requisition> all;
    while (q.next())
        all.append(readRequisition(q));
    if (q.failed())
        return dbError(q, "purchase_requisitions");
    q.reset();
    return all;
}

/// The site's calendar day of a stored UTC instant.
QDate siteDay(const QString &utcIso)
{
    QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC);
    return at.toTimeZone(Workflow::WorkCalendar::zoneFor(Workflow::WorkCalendar::DefaultZoneId))
        .date();
}

/// The stock item an order line is: the item whose code is the line's product SKU.
QString itemOfLine(Connection &c, const QString &lineId)
{
    Statement &q = c.prepare(
        "SELECT i.id FROM order_lines l JOIN products p ON p.id = l.product_id "
        "JOIN items i ON i.code = p.sku AND i.deleted = 0 WHERE l.id = ?");
    q.bind(1, lineId);
    const QString id = q.next() ? q.text(0) : QString();
    q.reset();
    return id;
}

QString orderNoOf(Connection &c, const QString &orderId)
{
    Statement &q = c.prepare("SELECT order_no FROM sales_orders WHERE id = ?");
    q.bind(1, orderId);
    const QString no = q.next() ? q.text(0) : orderId;
    q.reset();
    return no;
}

/// Writes a requisition's changed quantity, date, supplier, item or status.
Core::Status write(Connection &c, const Requisition &before, Requisition after,
                   const QString &reason)
{
    after.hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "UPDATE purchase_requisitions SET hlc = ?, item_id = ?, description = ?, "
        "supplier_id = ?, quantity_micros = ?, unit = ?, needed_by = ?, status = ?, "
        "updated_at = ? WHERE id = ?");
    q.bind(1, after.hlc)
        .bind(2, Internal::nullIfEmpty(after.itemId))
        .bind(3, after.description)
        .bind(4, after.supplierId)
        .bind(5, after.quantity)
        .bind(6, Orders::unitCode(after.unit))
        .bind(7, Internal::dayText(after.neededBy))
        .bind(8, after.status)
        .bind(9, Workflow::Internal::nowIso())
        .bind(10, before.id);
    if (!q.exec())
        return dbError(q, "purchase_requisitions");
    q.reset();
    return Internal::recordRow(c, QStringLiteral("purchase_requisitions"), before.id,
                               ChangeLog::Op::Update, before.toJson(), after.toJson(), after.hlc,
                               reason, after.orderId);
}

/// Records one demand: new, changed while still open, or as it was.
Core::Status merge(Connection &c, const Requisition &r, const QString &orderNo,
                   const QString &reason, RequisitionRun *run)
{
    const std::optional<Requisition> earlier = RequisitionStore::findByKey(c, r.sourceKey);
    if (!earlier) {
        const auto added = RequisitionStore::add(c, r, reason);
        if (!added)
            return added.error();
        ++run->created;
        return {};
    }
    const bool same = earlier->quantity == r.quantity && earlier->neededBy == r.neededBy
        && earlier->supplierId == r.supplierId && earlier->itemId == r.itemId
        && earlier->status != QLatin1String("cancelled");
    if (same) {
        ++run->repeated;
        return {};
    }
    if (earlier->status == QLatin1String("ordered")) {
        ++run->repeated;
        if (earlier->quantity != r.quantity) {
            run->warnings.append(RequisitionStore::tr("%1: order %2 now needs %3 %4, the "
                                                      "purchase order has %5; change the "
                                                      "purchase order by hand")
                                     .arg(r.description, orderNo, r.quantity.toString(),
                                          Orders::unitName(r.unit),
                                          earlier->quantity.toString()));
        }
        return {};
    }
    Requisition after = *earlier;
    after.itemId = r.itemId;
    after.description = r.description;
    after.supplierId = r.supplierId;
    after.quantity = r.quantity;
    after.unit = r.unit;
    after.neededBy = r.neededBy;
    after.status = QStringLiteral("open");
    if (auto st = write(c, *earlier, after, RequisitionStore::tr("order %1 changed").arg(orderNo));
        !st)
        return st;
    ++run->updated;
    return {};
}

} // namespace

Core::Result<Requisition> RequisitionStore::add(Connection &c, Requisition r,
                                                const QString &reason, bool *repeated)
{
    const QString where = QStringLiteral("purchase_requisitions: %1").arg(r.sourceKey);
    if (repeated)
        *repeated = false;
    if (r.sourceKey.isEmpty() || r.supplierId.isEmpty() || r.description.isEmpty())
        return Core::Error{tr("a requisition needs a source, a supplier and a description"),
                           where};
    if (r.quantity.micros() <= 0)
        return Core::Error{tr("the quantity must be more than 0, not %1")
                               .arg(r.quantity.toString()),
                           where};
    if (std::optional<Requisition> earlier = findByKey(c, r.sourceKey)) {
        if (repeated)
            *repeated = true;
        return *earlier;
    }
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    r.id = Workflow::Internal::newId();
    r.hlc = Storage::Database::clock().now();
    r.status = QStringLiteral("open");
    r.poLineId.clear();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO purchase_requisitions(id, hlc, source_key, source, order_id, "
        "order_line_id, task_id, item_id, description, supplier_id, quantity_micros, unit, "
        "needed_by, status, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)");
    q.bind(1, r.id)
        .bind(2, r.hlc)
        .bind(3, r.sourceKey)
        .bind(4, Requisition::sourceCode(r.source))
        .bind(5, Internal::nullIfEmpty(r.orderId))
        .bind(6, Internal::nullIfEmpty(r.orderLineId))
        .bind(7, Internal::nullIfEmpty(r.taskId))
        .bind(8, Internal::nullIfEmpty(r.itemId))
        .bind(9, r.description)
        .bind(10, r.supplierId)
        .bind(11, r.quantity)
        .bind(12, Orders::unitCode(r.unit))
        .bind(13, Internal::dayText(r.neededBy))
        .bind(14, now)
        .bind(15, now);
    if (!q.exec())
        return dbError(q, "purchase_requisitions");
    q.reset();
    if (auto st = Internal::recordRow(c, QStringLiteral("purchase_requisitions"), r.id,
                                      ChangeLog::Op::Insert, {}, r.toJson(), r.hlc, reason,
                                      r.orderId);
        !st)
        return st.error();
    if (auto st = scope.finish(); !st)
        return st.error();
    return r;
}

Core::Result<RequisitionRun> RequisitionStore::collect(Connection &c)
{
    RequisitionRun run;
    const QString reason = tr("purchase requisitions from the split");
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"),
                           QStringLiteral("purchase_requisitions")};
    QSet<QString> seen;
    auto take = [&](const Requisition &r, const QString &orderNo) -> Core::Status {
        seen.insert(r.sourceKey);
        return merge(c, r, orderNo, reason, &run);
    };

    // Bought-in lines of the split's purchase tasks.
    struct TaskRow
    {
        QString id, orderId, orderNo, details, dueAt, promisedOn;
    };
    QList<TaskRow> tasks;
    {
        Statement &q = c.prepare(
            "SELECT t.id, t.order_id, o.order_no, COALESCE(t.details, ''), "
            "COALESCE(t.due_at, ''), COALESCE(o.promised_on, '') FROM tasks t "
            "JOIN sales_orders o ON o.id = t.order_id WHERE t.deleted = 0 "
            "AND t.kind = 'purchase' AND t.status <> 'cancelled' ORDER BY o.order_no, t.task_key");
        while (q.next())
            tasks.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5)});
        if (q.failed())
            return dbError(q, "tasks");
        q.reset();
    }
    for (const TaskRow &t : tasks) {
        const QJsonObject details = QJsonDocument::fromJson(t.details.toUtf8()).object();
        const QString supplierCode = details.value(QLatin1String("supplier")).toString();
        const std::optional<Supplier> supplier = SupplierStore::findByCode(c, supplierCode);
        if (!supplier) {
            run.warnings.append(tr("order %1: the purchase task names the supplier \"%2\", "
                                   "which is not in the supplier list")
                                    .arg(t.orderNo, supplierCode));
            continue;
        }
        QDate neededBy = Internal::dayFrom(t.promisedOn);
        if (!neededBy.isValid())
            neededBy = siteDay(t.dueAt);
        const QJsonArray lines = details.value(QLatin1String("lines")).toArray();
        for (const QJsonValue &v : lines) {
            const QJsonObject line = v.toObject();
            const QString lineId = line.value(QLatin1String("line_id")).toString();
            const auto quantity = Decimal::parse(line.value(QLatin1String("quantity")).toString());
            if (!quantity || quantity->micros() <= 0) {
                run.warnings.append(tr("order %1, line %2: no quantity to buy")
                                        .arg(t.orderNo)
                                        .arg(line.value(QLatin1String("line_no")).toInt()));
                continue;
            }
            Requisition r;
            r.sourceKey = QStringLiteral("split:%1:%2").arg(t.id, lineId);
            r.source = RequisitionSource::Split;
            r.orderId = t.orderId;
            r.orderLineId = lineId;
            r.taskId = t.id;
            r.itemId = itemOfLine(c, lineId);
            r.description = line.value(QLatin1String("description")).toString();
            r.supplierId = supplier->id;
            r.quantity = *quantity;
            r.unit = Orders::unitFromCode(line.value(QLatin1String("unit")).toString())
                         .value_or(Orders::Unit::Piece);
            r.neededBy = neededBy;
            if (auto st = take(r, t.orderNo); !st)
                return st.error();
        }
    }

    // Hardware of the orders still to be made.
    const auto hardwareItems = SupplierStore::hardwareItems();
    if (!hardwareItems)
        return hardwareItems.error();
    struct HardwareRow
    {
        QString orderId, orderNo, itemKey, code, name, dueDate, promisedOn;
        Decimal quantity;
    };
    QList<HardwareRow> hardware;
    {
        Statement &q = c.prepare(
            "SELECT h.order_id, o.order_no, h.item_key, h.code, h.name, h.quantity_micros, "
            "(SELECT MIN(w.due_date) FROM work_orders w WHERE w.order_id = h.order_id "
            " AND w.task_key = h.task_key AND w.deleted = 0 AND w.status <> 'cancelled'), "
            "COALESCE(o.promised_on, '') FROM order_hardware h "
            "JOIN sales_orders o ON o.id = h.order_id WHERE o.deleted = 0 AND o.status IN "
            "('new', 'reviewing', 'approved', 'in_production') ORDER BY o.order_no, h.item_key");
        while (q.next()) {
            hardware.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(6),
                             q.text(7), Decimal::fromMicros(q.int64(5))});
        }
        if (q.failed())
            return dbError(q, "order_hardware");
        q.reset();
    }
    for (const HardwareRow &h : hardware) {
        const QString itemCode = hardwareItems->value(h.code);
        const std::optional<Item> item =
            itemCode.isEmpty() ? std::nullopt : ItemStore::findByCode(c, itemCode);
        if (!item) {
            run.warnings.append(tr("order %1, %2: no stock item is set for the hardware code "
                                   "\"%3\" (resources/warehouse/suppliers.json)")
                                    .arg(h.orderNo, h.itemKey, h.code));
            continue;
        }
        const std::optional<SupplierItem> source = SupplierStore::sourceFor(c, item->id);
        if (!source) {
            run.warnings.append(tr("order %1, %2: no supplier sells %3")
                                    .arg(h.orderNo, h.itemKey, item->code));
            continue;
        }
        if (h.quantity.micros() <= 0)
            continue;
        Requisition r;
        r.sourceKey = QStringLiteral("hardware:%1:%2").arg(h.orderId, h.itemKey);
        r.source = RequisitionSource::Hardware;
        r.orderId = h.orderId;
        r.itemId = item->id;
        r.description = item->code + QLatin1Char(' ') + item->name;
        r.supplierId = source->supplierId;
        r.quantity = h.quantity;
        r.unit = item->unit;
        r.neededBy = Internal::dayFrom(h.dueDate);
        if (!r.neededBy.isValid())
            r.neededBy = Internal::dayFrom(h.promisedOn);
        if (auto st = take(r, h.orderNo); !st)
            return st.error();
    }

    // Demand the split no longer makes (an amendment, a cancelled task or order).
    QList<Requisition> gone;
    {
        Statement &q = c.prepare(REQUISITION_COLUMNS
                                 "AND source IN ('split', 'hardware') AND status <> 'cancelled' "
                                 "ORDER BY source_key");
        const auto all = readAll(q);
        if (!all)
            return all.error();
        for (const Requisition &r : all.value()) {
            if (!seen.contains(r.sourceKey))
                gone.append(r);
        }
    }
    for (const Requisition &r : std::as_const(gone)) {
        const QString orderNo = orderNoOf(c, r.orderId);
        if (r.status == QLatin1String("ordered")) {
            run.warnings.append(tr("%1: order %2 no longer needs the %3 %4 on a purchase "
                                   "order; change the purchase order by hand")
                                    .arg(r.description, orderNo, r.quantity.toString(),
                                         Orders::unitName(r.unit)));
            continue;
        }
        Requisition after = r;
        after.status = QStringLiteral("cancelled");
        if (auto st = write(c, r, after, tr("no longer needed by order %1").arg(orderNo)); !st)
            return st.error();
        ++run.cancelled;
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return run;
}

std::optional<Requisition> RequisitionStore::findByKey(Connection &c, const QString &key)
{
    Statement &q = c.prepare(REQUISITION_COLUMNS "AND source_key = ?");
    q.bind(1, key);
    std::optional<Requisition> r;
    if (q.next())
        r = readRequisition(q);
    q.reset();
    return r;
}

Core::Result<QList<Requisition>> RequisitionStore::list(Connection &c, const QString &status)
{
    Statement &q = c.prepare(REQUISITION_COLUMNS "AND (? = '' OR status = ?) ORDER BY source_key");
    q.bind(1, status.isNull() ? QStringLiteral("") : status)
        .bind(2, status.isNull() ? QStringLiteral("") : status);
    return readAll(q);
}

Core::Result<QList<Requisition>> RequisitionStore::forLine(Connection &c,
                                                           const QString &poLineId)
{
    Statement &q = c.prepare(REQUISITION_COLUMNS "AND po_line_id = ? ORDER BY source_key");
    q.bind(1, poLineId);
    return readAll(q);
}

} // namespace Hearth::Warehouse
