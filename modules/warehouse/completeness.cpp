#include "completeness.h"

#include "packagestore.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QHash>

namespace Hearth::Warehouse {

using Storage::Connection;
using Storage::Statement;

namespace {

struct Packed
{
    Core::Decimal planned;
    Core::Decimal packed;
    int number = 0;  // the package it is planned in (the first one when split)
};

/// Where a panel's work order stands: empty when it is made.
QString workOrderReason(Connection &c, const QString &orderId, const QString &taskKey,
                        QString *woNo)
{
    Statement wo(c.handle(), "SELECT id, wo_no, status FROM work_orders WHERE order_id = ? "
                             "AND task_key = ? AND deleted = 0");
    wo.bind(1, orderId).bind(2, taskKey);
    if (!wo.next())
        return Completeness::tr("no work order made yet for task %1").arg(taskKey);
    *woNo = wo.text(1);
    const QString status = wo.text(2);
    if (status == QLatin1String("made") || status == QLatin1String("packed"))
        return QString();
    if (status == QLatin1String("cancelled"))
        return Completeness::tr("work order %1 was cancelled").arg(*woNo);
    Statement op(c.handle(), "SELECT name, status, seq FROM operations WHERE work_order_id = ? "
                             "AND deleted = 0 AND status NOT IN ('done', 'cancelled') "
                             "ORDER BY seq LIMIT 1");
    op.bind(1, wo.text(0));
    if (!op.next())
        return Completeness::tr("work order %1 not finished").arg(*woNo);
    if (op.text(1) == QLatin1String("started"))
        return Completeness::tr("work order %1 not finished: operation %2 %3 in progress")
            .arg(*woNo, op.text(2), op.text(0));
    return Completeness::tr("work order %1 not finished: waiting for operation %2 %3")
        .arg(*woNo, op.text(2), op.text(0));
}

/// The purchase behind an order's hardware line, as purchasing records it (requisition source
/// "hardware:<order id>:<item key>"): "PO2603-0007 line 2, expected 2026-03-09", or "" when
/// the line was never requisitioned. *poNo gets the purchase order's number.
QString purchaseState(Connection &c, const QString &orderId, const QString &itemKey,
                      QString *poNo)
{
    Statement q(c.handle(),
                "SELECT r.status, COALESCE(po.po_no, ''), COALESCE(l.line_no, 0), "
                "COALESCE(l.expected_on, '') FROM purchase_requisitions r "
                "LEFT JOIN purchase_order_lines l ON l.id = r.po_line_id AND l.deleted = 0 "
                "LEFT JOIN purchase_orders po ON po.id = l.po_id AND po.deleted = 0 "
                "WHERE r.source_key = ? AND r.deleted = 0");
    if (!q.isValid())
        return QString();
    q.bind(1, QStringLiteral("hardware:%1:%2").arg(orderId, itemKey));
    if (!q.next())
        return QString();
    if (q.text(1).isEmpty())
        return q.text(0) == QLatin1String("cancelled")
                   ? Completeness::tr("its requisition was cancelled")
                   : Completeness::tr("requisitioned, not on a purchase order yet");
    *poNo = q.text(1);
    if (q.text(3).isEmpty())
        return Completeness::tr("on %1 line %2, no delivery date from the supplier yet")
            .arg(q.text(1))
            .arg(q.int64(2));
    return Completeness::tr("on %1 line %2, expected %3").arg(q.text(1)).arg(q.int64(2)).arg(
        q.text(3));
}

} // namespace

Core::Result<QList<MissingItem>> Completeness::check(Connection &c, const QString &orderId)
{
    Statement order(c.handle(), "SELECT order_no FROM sales_orders WHERE id = ? AND deleted = 0");
    order.bind(1, orderId);
    if (!order.next())
        return Core::Error{tr("no such order"), QStringLiteral("sales_orders: %1").arg(orderId)};

    QList<MissingItem> missing;
    auto packages = PackageStore::packages(c, orderId);
    if (!packages)
        return packages.error();
    auto lines = PackageStore::orderLines(c, orderId);
    if (!lines)
        return lines.error();
    if (packages->isEmpty()) {
        missing.append(MissingItem{MissingItem::Kind::Plan, QString(), tr("Package plan"),
                                   QString(), order.text(0),
                                   tr("no packages planned: plan them on the packages page")});
    }

    QHash<QString, int> numberOf;
    for (const Package &p : std::as_const(*packages))
        numberOf.insert(p.id, p.number);
    QHash<QString, Packed> byPart;
    QHash<QString, Packed> byHardware;
    QHash<QString, QPair<int, int>> linesOf;  // package → lines packed, lines
    for (const PackageLine &l : std::as_const(*lines)) {
        Packed &p = l.partId.isEmpty() ? byHardware[l.hardwareId] : byPart[l.partId];
        p.planned += l.quantity;
        p.packed += l.packed;
        if (p.number == 0 && !l.isPacked())
            p.number = numberOf.value(l.packageId);
        QPair<int, int> &count = linesOf[l.packageId];
        count.first += l.isPacked() ? 1 : 0;
        ++count.second;
    }

    for (const Package &p : std::as_const(*packages)) {
        if (p.isStaged())
            continue;
        const QPair<int, int> count = linesOf.value(p.id);
        QString reason;
        switch (p.status) {
        case PackageStatus::Planned:
            reason = tr("nothing packed yet");
            break;
        case PackageStatus::Open:
            reason = tr("being packed: %1 of %2 lines in").arg(count.first).arg(count.second);
            break;
        default:
            reason = tr("closed, not scanned into staging");
            break;
        }
        missing.append(MissingItem{MissingItem::Kind::Package, p.id,
                                   tr("Package %1/%2").arg(p.number).arg(p.count),
                                   tr("%1 of %2 lines packed").arg(count.first).arg(count.second),
                                   p.code(), reason});
    }

    Statement parts(c.handle(), "SELECT id, task_key, name, length_mm, width_mm, quantity "
                                "FROM order_parts WHERE order_id = ? ORDER BY task_key, part_key");
    parts.bind(1, orderId);
    while (parts.next()) {
        const Packed packed = byPart.value(parts.text(0));
        const qint64 quantity = parts.int64(5);
        if (packed.packed >= Core::Decimal::fromInt(quantity) && quantity > 0)
            continue;
        QString woNo;
        QString reason = workOrderReason(c, orderId, parts.text(1), &woNo);
        if (reason.isEmpty()) {
            if (packed.planned < Core::Decimal::fromInt(quantity))
                reason = tr("made; not in the package plan: plan the packages again");
            else
                reason = tr("made; not packed yet (package %1)").arg(packed.number);
        }
        missing.append(MissingItem{
            MissingItem::Kind::Part, parts.text(0),
            tr("%1 %2×%3").arg(parts.text(2)).arg(parts.int64(3)).arg(parts.int64(4)),
            tr("%1 of %2 pieces packed").arg(packed.packed.toString()).arg(quantity), woNo,
            reason});
    }

    Statement hardware(c.handle(),
                       "SELECT h.id, h.code, h.name, h.quantity_micros, "
                       "(SELECT COUNT(*) FROM items i WHERE i.code = h.code AND i.deleted = 0), "
                       "(SELECT COALESCE(SUM(b.quantity_micros), 0) FROM stock_balances b "
                       " JOIN items i ON i.id = b.item_id JOIN bins n ON n.id = b.bin_id "
                       " WHERE i.code = h.code AND n.kind <> 'staging') "
                       ", h.item_key FROM order_hardware h WHERE h.order_id = ? "
                       "ORDER BY h.item_key");
    hardware.bind(1, orderId);
    while (hardware.next()) {
        const Packed packed = byHardware.value(hardware.text(0));
        const Core::Decimal quantity = Core::Decimal::fromMicros(hardware.int64(3));
        if (packed.packed >= quantity)
            continue;
        const Core::Decimal needed = quantity - packed.packed;
        const Core::Decimal inStock = Core::Decimal::fromMicros(hardware.int64(5));
        QString reason;
        QString source = hardware.text(1);
        const bool notInStock = hardware.int64(4) == 0 || inStock < needed;
        const QString purchase =
            notInStock ? purchaseState(c, orderId, hardware.text(6), &source) : QString();
        if (hardware.int64(4) == 0)
            reason = tr("purchase not received: %1 is no stock item yet").arg(hardware.text(1));
        else if (inStock < needed)
            reason = tr("purchase not received: %1 in stock, %2 needed")
                         .arg(inStock.toString(), needed.toString());
        else if (packed.planned < quantity)
            reason = tr("received; not in the package plan: plan the packages again");
        else
            reason = tr("received; not packed yet (package %1)").arg(packed.number);
        if (!purchase.isEmpty())
            reason += tr("; %1").arg(purchase);
        missing.append(MissingItem{MissingItem::Kind::Hardware, hardware.text(0),
                                   tr("%1 %2").arg(hardware.text(1), hardware.text(2)),
                                   tr("%1 of %2 packed")
                                       .arg(packed.packed.toString(), quantity.toString()),
                                   source, reason});
    }
    return missing;
}

bool Completeness::isComplete(Connection &c, const QString &orderId)
{
    const auto missing = check(c, orderId);
    return missing && missing->isEmpty();
}

Core::Result<PackingState> Completeness::state(Connection &c, const QString &orderId)
{
    auto packages = PackageStore::packages(c, orderId);
    if (!packages)
        return packages.error();
    PackingState s;
    s.orderId = orderId;
    s.packages = int(packages->size());
    for (const Package &p : std::as_const(*packages)) {
        s.orderNo = p.orderNo;
        s.closed += p.status >= PackageStatus::Closed ? 1 : 0;
        s.staged += p.isStaged() ? 1 : 0;
        s.loaded += p.status == PackageStatus::Loaded ? 1 : 0;
    }
    return s;
}

QString Completeness::summary(const QList<MissingItem> &missing, int maxLines)
{
    QStringList lines;
    for (int i = 0; i < missing.size() && i < maxLines; ++i) {
        const MissingItem &m = missing.at(i);
        lines.append(tr("%1: %2").arg(m.name, m.reason));
    }
    if (missing.size() > maxLines)
        lines.append(tr("and %n more", nullptr, int(missing.size()) - maxLines));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Hearth::Warehouse
