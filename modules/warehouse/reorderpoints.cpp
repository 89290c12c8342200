#include "reorderpoints.h"

#include "itemstore.h"
#include "purchaseorderstore.h"
#include "purchasingrows.h"
#include "requisitionstore.h"
#include "stockbalance.h"
#include "storage/database.h"
#include "supplierstore.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

#define POINT_COLUMNS                                                                            \
    "SELECT id, item_id, reorder_point_micros, reorder_quantity_micros, "                        \
    "COALESCE(supplier_id, ''), hlc FROM reorder_points WHERE deleted = 0 "

ReorderPoint readPoint(Statement &q)
{
    ReorderPoint p;
    p.id = q.text(0);
    p.itemId = q.text(1);
    p.point = Decimal::fromMicros(q.int64(2));
    p.quantity = Decimal::fromMicros(q.int64(3));
    p.supplierId = q.text(4);
    p.hlc = q.text(5);
    return p;
}

} // namespace

QJsonObject ReorderPoint::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("item_id"), itemId},
            {QStringLiteral("reorder_point"), point.toString()},
            {QStringLiteral("reorder_quantity"), quantity.toString()},
            {QStringLiteral("supplier_id"), supplierId}};
}

Core::Result<ReorderPoint> ReorderPoints::set(Connection &c, ReorderPoint p,
                                              const QString &reason)
{
    const QString where = QStringLiteral("reorder_points: %1").arg(p.itemId);
    if (!ItemStore::find(c, p.itemId))
        return Core::Error{tr("no such item"), where};
    if (p.point.micros() < 0 || p.quantity.micros() <= 0)
        return Core::Error{tr("the reorder point must not be negative and the reorder "
                              "quantity must be more than 0"),
                           where};
    if (!p.supplierId.isEmpty() && !SupplierStore::find(c, p.supplierId))
        return Core::Error{tr("no such supplier"), where};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    const std::optional<ReorderPoint> before = find(c, p.itemId);
    // One reorder point an item, on every desk.
    p.id = before ? before->id
                  : Workflow::Internal::keyedId(QStringLiteral("reorder_points"), p.itemId);
    p.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO reorder_points(id, hlc, item_id, reorder_point_micros, "
        "reorder_quantity_micros, supplier_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET hlc = excluded.hlc, "
        "reorder_point_micros = excluded.reorder_point_micros, "
        "reorder_quantity_micros = excluded.reorder_quantity_micros, "
        "supplier_id = excluded.supplier_id, deleted = 0, updated_at = excluded.updated_at");
    q.bind(1, p.id)
        .bind(2, p.hlc)
        .bind(3, p.itemId)
        .bind(4, p.point)
        .bind(5, p.quantity)
        .bind(6, Internal::nullIfEmpty(p.supplierId))
        .bind(7, now)
        .bind(8, now);
    if (!q.exec())
        return dbError(q, "reorder_points");
    q.reset();
    if (auto st = Internal::recordRow(c, QStringLiteral("reorder_points"), p.id,
                                      before ? ChangeLog::Op::Update : ChangeLog::Op::Insert,
                                      before ? before->toJson() : QJsonObject(), p.toJson(),
                                      p.hlc, reason);
        !st)
        return st.error();
    if (auto st = scope.finish(); !st)
        return st.error();
    return p;
}

std::optional<ReorderPoint> ReorderPoints::find(Connection &c, const QString &itemId)
{
    Statement &q = c.prepare(POINT_COLUMNS "AND item_id = ?");
    q.bind(1, itemId);
    std::optional<ReorderPoint> p;
    if (q.next())
        p = readPoint(q);
    q.reset();
    return p;
}

Core::Result<StockPosition> ReorderPoints::position(Connection &c, const QString &itemId)
{
    StockPosition s;
    const auto onHand = StockBalance::onHand(c, itemId);
    if (!onHand)
        return onHand.error();
    s.onHand = *onHand;
    const auto onOrder = PurchaseOrderStore::onOrder(c, itemId);
    if (!onOrder)
        return onOrder.error();
    s.onOrder = *onOrder;
    Statement &q = c.prepare(
        "SELECT COALESCE(SUM(MAX(0, need - issued)), 0) FROM ("
        " SELECT SUM(r.quantity_micros) AS need,"
        "  (SELECT COALESCE(SUM(m.quantity_micros), 0) FROM stock_moves m"
        "   WHERE m.kind = 'issue' AND m.order_id = r.order_id AND m.item_id = r.item_id)"
        "   AS issued"
        " FROM purchase_requisitions r JOIN sales_orders o ON o.id = r.order_id"
        " WHERE r.deleted = 0 AND r.status <> 'cancelled' AND r.item_id = ?"
        "  AND o.status IN ('new', 'reviewing', 'approved', 'in_production')"
        " GROUP BY r.order_id)");
    q.bind(1, itemId);
    if (!q.next())
        return dbError(q, "purchase_requisitions");
    s.reserved = Decimal::fromMicros(q.int64(0));
    q.reset();
    return s;
}

Core::Result<QList<Requisition>> ReorderPoints::check(Connection &c, const QDate &today)
{
    const QString where = QStringLiteral("reorder_points");
    QList<ReorderPoint> points;
    {
        Statement &q = c.prepare(POINT_COLUMNS "ORDER BY item_id");
        while (q.next())
            points.append(readPoint(q));
        if (q.failed())
            return dbError(q, "reorder_points");
        q.reset();
    }
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    QList<Requisition> written;
    for (const ReorderPoint &p : points) {
        const auto item = ItemStore::find(c, p.itemId);
        if (!item || !item->active)
            continue;
        const auto pos = position(c, p.itemId);
        if (!pos)
            return pos.error();
        if (!(pos->available() < p.point))
            continue;
        Statement &open = c.prepare(
            "SELECT COUNT(*), SUM(status = 'open') FROM purchase_requisitions "
            "WHERE deleted = 0 AND source = 'reorder' AND item_id = ?");
        open.bind(1, p.itemId);
        const bool read = open.next();
        const qint64 earlier = read ? open.int64(0) : 0;
        const qint64 stillOpen = read ? open.int64(1) : 0;
        open.reset();
        if (stillOpen > 0)
            continue;
        QString supplierId = p.supplierId;
        if (supplierId.isEmpty()) {
            const std::optional<SupplierItem> source = SupplierStore::sourceFor(c, p.itemId);
            if (!source)
                return Core::Error{tr("%1 is below its reorder point but no supplier sells it")
                                       .arg(item->code),
                                   where};
            supplierId = source->supplierId;
        }
        const std::optional<Supplier> supplier = SupplierStore::find(c, supplierId);
        Requisition r;
        r.sourceKey = QStringLiteral("reorder:%1:%2").arg(p.itemId).arg(earlier + 1);
        r.source = RequisitionSource::Reorder;
        r.itemId = p.itemId;
        r.description = item->code + QLatin1Char(' ') + item->name;
        r.supplierId = supplierId;
        r.quantity = p.quantity;
        r.unit = item->unit;
        r.neededBy = today.addDays(supplier ? supplier->leadDays : 0);
        const auto added = RequisitionStore::add(
            c, r,
            tr("%1 below its reorder point: %2 available").arg(item->code,
                                                                pos->available().toString()));
        if (!added)
            return added.error();
        written.append(added.value());
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return written;
}

} // namespace Hearth::Warehouse
