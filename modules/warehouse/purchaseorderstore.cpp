#include "purchaseorderstore.h"

#include "itemstore.h"
#include "packrule.h"
#include "purchasingrows.h"
#include "storage/database.h"
#include "supplierstore.h"
#include "workflow/writescope.h"

#include <QMap>

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

#define LINE_COLUMNS                                                                             \
    "SELECT l.id, l.po_id, p.po_no, l.line_no, COALESCE(l.item_id, ''), l.description, l.unit, " \
    "l.need_micros, l.quantity_micros, l.surplus_micros, l.packs, l.price_micros, "              \
    "l.amount_micros, COALESCE(l.needed_by, ''), l.confirmed_micros, "                           \
    "COALESCE(l.confirmed_on, ''), l.shipped_micros, COALESCE(l.asn_no, ''), "                   \
    "COALESCE(l.expected_on, ''), l.received_micros, l.hlc "                                     \
    "FROM purchase_order_lines l JOIN purchase_orders p ON p.id = l.po_id "                      \
    "WHERE l.deleted = 0 "

#define PO_COLUMNS                                                                               \
    "SELECT p.id, p.po_no, p.supplier_id, s.code, p.status, p.ordered_on, p.total_micros, "      \
    "p.hlc FROM purchase_orders p JOIN suppliers s ON s.id = p.supplier_id WHERE p.deleted = 0 "

PurchaseOrderLine readLine(Statement &q)
{
    PurchaseOrderLine l;
    l.id = q.text(0);
    l.poId = q.text(1);
    l.poNo = q.text(2);
    l.lineNo = int(q.int64(3));
    l.itemId = q.text(4);
    l.description = q.text(5);
    l.unit = Orders::unitFromCode(q.text(6)).value_or(Orders::Unit::Piece);
    l.need = Decimal::fromMicros(q.int64(7));
    l.quantity = Decimal::fromMicros(q.int64(8));
    l.surplus = Decimal::fromMicros(q.int64(9));
    l.packs = q.int64(10);
    l.price = Decimal::fromMicros(q.int64(11));
    l.amount = Decimal::fromMicros(q.int64(12));
    l.neededBy = Internal::dayFrom(q.text(13));
    if (!q.isNull(14))
        l.confirmedQuantity = Decimal::fromMicros(q.int64(14));
    l.confirmedOn = Internal::dayFrom(q.text(15));
    if (!q.isNull(16))
        l.shippedQuantity = Decimal::fromMicros(q.int64(16));
    l.asnNo = q.text(17);
    l.expectedOn = Internal::dayFrom(q.text(18));
    l.received = Decimal::fromMicros(q.int64(19));
    l.hlc = q.text(20);
    return l;
}

std::optional<PurchaseOrderLine> oneLine(Statement &q)
{
    std::optional<PurchaseOrderLine> l;
    if (q.next())
        l = readLine(q);
    q.reset();
    return l;
}

PurchaseOrder readOrder(Statement &q)
{
    PurchaseOrder p;
    p.id = q.text(0);
    p.poNo = q.text(1);
    p.supplierId = q.text(2);
    p.supplierCode = q.text(3);
    p.status = q.text(4);
    p.orderedOn = Internal::dayFrom(q.text(5));
    p.total = Decimal::fromMicros(q.int64(6));
    p.hlc = q.text(7);
    return p;
}

void loadLines(Connection &c, PurchaseOrder &p)
{
    Statement &q = c.prepare(LINE_COLUMNS "AND l.po_id = ? ORDER BY l.line_no");
    q.bind(1, p.id);
    while (q.next())
        p.lines.append(readLine(q));
    q.reset();
}

/// An open requisition as a run reads it, with what its supplier and item say.
struct Demand
{
    Requisition r;
    QString supplierCode;
    QString itemCode;
};

/// The next number of the day's purchase orders.
int nextNumber(Connection &c, const QString &prefix)
{
    Statement &q = c.prepare("SELECT po_no FROM purchase_orders WHERE po_no LIKE ? || '%'");
    q.bind(1, prefix);
    int last = 0;
    while (q.next())
        last = std::max(last, q.text(0).mid(prefix.size()).toInt());
    q.reset();
    return last + 1;
}

} // namespace

Core::Result<QList<PurchaseOrder>> PurchaseOrderStore::createFromRequisitions(
    Connection &c, const QDate &orderedOn, const QString &reason)
{
    const QString where = QStringLiteral("purchase_orders");
    if (!orderedOn.isValid())
        return Core::Error{tr("a purchase order needs the day it is placed"), where};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};

    // The open requisitions by supplier, then item (lines without an item last, each alone).
    QMap<QString, QList<Demand>> bySupplier;
    {
        Statement &q = c.prepare(
            "SELECT r.id, r.source_key, r.source, COALESCE(r.order_id, ''), "
            "COALESCE(r.order_line_id, ''), COALESCE(r.task_id, ''), COALESCE(r.item_id, ''), "
            "r.description, r.supplier_id, r.quantity_micros, r.unit, COALESCE(r.needed_by, ''), "
            "r.hlc, s.code, COALESCE(i.code, '') FROM purchase_requisitions r "
            "JOIN suppliers s ON s.id = r.supplier_id LEFT JOIN items i ON i.id = r.item_id "
            "WHERE r.deleted = 0 AND r.status = 'open' "
            "ORDER BY s.code, i.code IS NULL, i.code, r.needed_by, r.source_key");
        while (q.next()) {
            Demand d;
            d.r.id = q.text(0);
            d.r.sourceKey = q.text(1);
            const QString source = q.text(2);
            d.r.source = source == QLatin1String("hardware") ? RequisitionSource::Hardware
                : source == QLatin1String("reorder")         ? RequisitionSource::Reorder
                                                             : RequisitionSource::Split;
            d.r.orderId = q.text(3);
            d.r.orderLineId = q.text(4);
            d.r.taskId = q.text(5);
            d.r.itemId = q.text(6);
            d.r.description = q.text(7);
            d.r.supplierId = q.text(8);
            d.r.quantity = Decimal::fromMicros(q.int64(9));
            d.r.unit = Orders::unitFromCode(q.text(10)).value_or(Orders::Unit::Piece);
            d.r.neededBy = Internal::dayFrom(q.text(11));
            d.r.hlc = q.text(12);
            d.r.status = QStringLiteral("open");
            d.supplierCode = q.text(13);
            d.itemCode = q.text(14);
            bySupplier[d.supplierCode].append(d);
        }
        if (q.failed())
            return dbError(q, "purchase_requisitions");
        q.reset();
    }

    const QString prefix =
        QStringLiteral("PO%1-").arg(orderedOn.toString(QStringLiteral("yyyyMMdd")));
    int number = nextNumber(c, prefix);
    const QString now = Workflow::Internal::nowIso();
    QList<PurchaseOrder> written;
    for (auto it = bySupplier.cbegin(); it != bySupplier.cend(); ++it) {
        const QList<Demand> &demands = it.value();
        PurchaseOrder po;
        po.id = Workflow::Internal::newId();
        po.poNo = prefix + QStringLiteral("%1").arg(number++, 2, 10, QLatin1Char('0'));
        po.supplierId = demands.first().r.supplierId;
        po.supplierCode = it.key();
        po.status = QStringLiteral("open");
        po.orderedOn = orderedOn;

        // Lines: the demands of one item together; a demand without an item on its own.
        QList<QList<const Demand *>> groups;
        for (const Demand &d : demands) {
            if (!d.r.itemId.isEmpty() && !groups.isEmpty()
                && groups.last().first()->r.itemId == d.r.itemId)
                groups.last().append(&d);
            else
                groups.append({&d});
        }
        for (const QList<const Demand *> &group : groups) {
            const Requisition &first = group.first()->r;
            PurchaseOrderLine line;
            line.id = Workflow::Internal::newId();
            line.poId = po.id;
            line.poNo = po.poNo;
            line.lineNo = int(po.lines.size()) + 1;
            line.itemId = first.itemId;
            line.description = first.description;
            line.unit = first.unit;
            for (const Demand *d : group) {
                line.need += d->r.quantity;
                if (d->r.neededBy.isValid()
                    && (!line.neededBy.isValid() || d->r.neededBy < line.neededBy))
                    line.neededBy = d->r.neededBy;
            }
            PackRule rule;
            if (!line.itemId.isEmpty()) {
                const auto item = ItemStore::find(c, line.itemId);
                if (!item)
                    return item.error();
                line.description = item->code + QLatin1Char(' ') + item->name;
                line.unit = item->unit;
                rule = item->packRule();
                if (auto offer = SupplierStore::item(c, po.supplierId, line.itemId)) {
                    line.price = offer->price;
                    if (offer->packSize.micros() > 0)
                        rule = PackRule(offer->packSize);
                }
            }
            line.quantity = rule.purchaseQuantity(line.need);
            line.surplus = rule.surplus(line.need);
            line.packs = rule.isWholePacks() ? rule.packsFor(line.need) : 0;
            line.amount = Decimal::multiply(line.quantity, line.price);
            po.total += line.amount;
            po.lines.append(line);
        }

        po.hlc = Storage::Database::clock().now();
        Statement &q = c.prepare(
            "INSERT INTO purchase_orders(id, hlc, po_no, supplier_id, status, ordered_on, "
            "total_micros, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, po.id)
            .bind(2, po.hlc)
            .bind(3, po.poNo)
            .bind(4, po.supplierId)
            .bind(5, po.status)
            .bind(6, Internal::dayText(po.orderedOn))
            .bind(7, po.total)
            .bind(8, now)
            .bind(9, now);
        if (!q.exec())
            return dbError(q, "purchase_orders");
        q.reset();
        if (auto st = Internal::recordRow(c, QStringLiteral("purchase_orders"), po.id,
                                          ChangeLog::Op::Insert, {}, po.toJson(), po.hlc,
                                          reason);
            !st)
            return st.error();

        for (qsizetype g = 0; g < groups.size(); ++g) {
            PurchaseOrderLine &line = po.lines[g];
            line.hlc = Storage::Database::clock().now();
            Statement &ql = c.prepare(
                "INSERT INTO purchase_order_lines(id, hlc, po_id, line_no, item_id, description, "
                "unit, need_micros, quantity_micros, surplus_micros, packs, price_micros, "
                "amount_micros, needed_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ql.bind(1, line.id)
                .bind(2, line.hlc)
                .bind(3, line.poId)
                .bind(4, line.lineNo)
                .bind(5, Internal::nullIfEmpty(line.itemId))
                .bind(6, line.description)
                .bind(7, Orders::unitCode(line.unit))
                .bind(8, line.need)
                .bind(9, line.quantity)
                .bind(10, line.surplus)
                .bind(11, line.packs)
                .bind(12, line.price)
                .bind(13, line.amount)
                .bind(14, Internal::dayText(line.neededBy))
                .bind(15, now)
                .bind(16, now);
            if (!ql.exec())
                return dbError(ql, "purchase_order_lines");
            ql.reset();
            if (auto st = Internal::recordRow(c, QStringLiteral("purchase_order_lines"), line.id,
                                              ChangeLog::Op::Insert, {}, line.toJson(),
                                              line.hlc, reason);
                !st)
                return st.error();

            for (const Demand *d : groups.at(g)) {
                Requisition after = d->r;
                after.status = QStringLiteral("ordered");
                after.poLineId = line.id;
                after.hlc = Storage::Database::clock().now();
                Statement &qr = c.prepare(
                    "UPDATE purchase_requisitions SET status = 'ordered', po_line_id = ?, "
                    "hlc = ?, updated_at = ? WHERE id = ?");
                qr.bind(1, line.id).bind(2, after.hlc).bind(3, now).bind(4, after.id);
                if (!qr.exec())
                    return dbError(qr, "purchase_requisitions");
                qr.reset();
                if (auto st = Internal::recordRow(
                        c, QStringLiteral("purchase_requisitions"), after.id,
                        ChangeLog::Op::Update, d->r.toJson(), after.toJson(), after.hlc, reason,
                        after.orderId);
                    !st)
                    return st.error();
            }
        }
        written.append(po);
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return written;
}

std::optional<PurchaseOrder> PurchaseOrderStore::find(Connection &c, const QString &poId)
{
    Statement &q = c.prepare(PO_COLUMNS "AND p.id = ?");
    q.bind(1, poId);
    std::optional<PurchaseOrder> p;
    if (q.next())
        p = readOrder(q);
    q.reset();
    if (p)
        loadLines(c, *p);
    return p;
}

std::optional<PurchaseOrder> PurchaseOrderStore::findByNo(Connection &c, const QString &poNo)
{
    Statement &q = c.prepare(PO_COLUMNS "AND p.po_no = ?");
    q.bind(1, poNo);
    std::optional<PurchaseOrder> p;
    if (q.next())
        p = readOrder(q);
    q.reset();
    if (p)
        loadLines(c, *p);
    return p;
}

std::optional<PurchaseOrderLine> PurchaseOrderStore::findLine(Connection &c,
                                                              const QString &lineId)
{
    Statement &q = c.prepare(LINE_COLUMNS "AND l.id = ?");
    q.bind(1, lineId);
    return oneLine(q);
}

std::optional<PurchaseOrderLine> PurchaseOrderStore::findLine(Connection &c,
                                                              const QString &poNo, int lineNo)
{
    Statement &q = c.prepare(LINE_COLUMNS "AND p.po_no = ? AND l.line_no = ?");
    q.bind(1, poNo).bind(2, lineNo);
    return oneLine(q);
}

std::optional<PurchaseOrderLine> PurchaseOrderStore::findLineByRef(Connection &c,
                                                                   const QString &ref)
{
    const QString text = ref.trimmed();
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        bool ok = false;
        const int lineNo = text.mid(slash + 1).toInt(&ok);
        if (ok)
            return findLine(c, text.left(slash), lineNo);
    }
    return findLine(c, text);
}

Core::Result<PurchaseOrderLine> PurchaseOrderStore::updateLine(Connection &c,
                                                               const PurchaseOrderLine &before,
                                                               PurchaseOrderLine after,
                                                               const QString &reason)
{
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), before.ref()};
    after.hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "UPDATE purchase_order_lines SET hlc = ?, confirmed_micros = ?, confirmed_on = ?, "
        "shipped_micros = ?, asn_no = ?, expected_on = ?, received_micros = ?, updated_at = ? "
        "WHERE id = ?");
    auto micros = [](const std::optional<Decimal> &d) {
        return d ? std::optional<qint64>(d->micros()) : std::nullopt;
    };
    q.bind(1, after.hlc)
        .bind(2, micros(after.confirmedQuantity))
        .bind(3, Internal::dayText(after.confirmedOn))
        .bind(4, micros(after.shippedQuantity))
        .bind(5, Internal::nullIfEmpty(after.asnNo))
        .bind(6, Internal::dayText(after.expectedOn))
        .bind(7, after.received)
        .bind(8, Workflow::Internal::nowIso())
        .bind(9, before.id);
    if (!q.exec())
        return dbError(q, "purchase_order_lines");
    q.reset();
    if (auto st = Internal::recordRow(c, QStringLiteral("purchase_order_lines"), before.id,
                                      ChangeLog::Op::Update, before.toJson(), after.toJson(),
                                      after.hlc, reason);
        !st)
        return st.error();
    if (auto st = scope.finish(); !st)
        return st.error();
    return after;
}

Core::Result<bool> PurchaseOrderStore::closeIfReceived(Connection &c, const QString &poId,
                                                       const QString &reason)
{
    const std::optional<PurchaseOrder> before = find(c, poId);
    if (!before)
        return Core::Error{tr("no such purchase order"), poId};
    if (before->status != QLatin1String("open"))
        return before->status == QLatin1String("closed");
    for (const PurchaseOrderLine &l : before->lines) {
        if (l.received < l.quantity)
            return false;
    }
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), before->poNo};
    PurchaseOrder after = *before;
    after.status = QStringLiteral("closed");
    after.hlc = Storage::Database::clock().now();
    Statement &q = c.prepare("UPDATE purchase_orders SET status = 'closed', hlc = ?, "
                             "updated_at = ? WHERE id = ?");
    q.bind(1, after.hlc).bind(2, Workflow::Internal::nowIso()).bind(3, poId);
    if (!q.exec())
        return dbError(q, "purchase_orders");
    q.reset();
    if (auto st = Internal::recordRow(c, QStringLiteral("purchase_orders"), poId,
                                      ChangeLog::Op::Update, before->toJson(), after.toJson(),
                                      after.hlc, reason);
        !st)
        return st.error();
    if (auto st = scope.finish(); !st)
        return st.error();
    return true;
}

Core::Result<Decimal> PurchaseOrderStore::onOrder(Connection &c, const QString &itemId)
{
    Statement &q = c.prepare(
        "SELECT COALESCE(SUM(MAX(0, l.quantity_micros - l.received_micros)), 0) "
        "FROM purchase_order_lines l JOIN purchase_orders p ON p.id = l.po_id "
        "WHERE l.deleted = 0 AND p.deleted = 0 AND p.status = 'open' AND l.item_id = ?");
    q.bind(1, itemId);
    if (!q.next())
        return dbError(q, "purchase_order_lines");
    const Decimal total = Decimal::fromMicros(q.int64(0));
    q.reset();
    return total;
}

} // namespace Hearth::Warehouse
