#include "costsources.h"

#include "allocation.h"
#include "costledger.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QDateTime>
#include <QHash>

namespace Hearth::Finance::Internal {

namespace {

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

struct ShipmentRef
{
    QString id;
    QString shipmentNo;
    QString carrier;
    qint64 freightFen = 0;
    QDateTime at;
};

struct ShipmentOrder
{
    QString orderId;
    qint64 packages = 0;
    qint64 grams = 0;
};

} // namespace

Core::Result<QList<CostLine>> CostSources::boughtIn(Storage::Connection &c,
                                                    const QString &orderId)
{
    // Requisitions on one purchase order line are filled by its receipts in the order they
    // are needed by; `earlier` is what the requisitions before this one take first.
    Storage::Statement &q = c.prepare(
        "SELECT pl.id, po.po_no, pl.line_no, pl.description, pl.unit, pl.price_micros, "
        "pl.received_micros, pl.updated_at, r.quantity_micros, "
        "(SELECT COALESCE(SUM(e.quantity_micros), 0) FROM purchase_requisitions e "
        " WHERE e.po_line_id = pl.id AND e.deleted = 0 AND e.status = 'ordered' "
        " AND (COALESCE(e.needed_by, '9999-12-31'), e.source_key) "
        "   < (COALESCE(r.needed_by, '9999-12-31'), r.source_key)), "
        "(SELECT MAX(m.created_at) FROM stock_moves m WHERE m.kind = 'receive' "
        " AND m.item_id = pl.item_id AND m.purchase_line_ref = po.po_no || '/' || pl.line_no) "
        "FROM purchase_requisitions r JOIN purchase_order_lines pl ON pl.id = r.po_line_id "
        "JOIN purchase_orders po ON po.id = pl.po_id "
        "WHERE r.order_id = ? AND r.source = 'split' AND r.deleted = 0 "
        "AND r.status = 'ordered' AND pl.deleted = 0 AND po.deleted = 0 "
        "AND pl.received_micros > 0 ORDER BY po.po_no, pl.line_no, r.source_key");
    q.bind(1, orderId);
    QList<CostLine> out;
    QHash<QString, qsizetype> byLine;
    while (q.next()) {
        const qint64 received = q.int64(6);
        const qint64 earlier = q.int64(9);
        const qint64 share = qBound<qint64>(0, received - earlier, q.int64(8));
        const QString lineId = q.text(0);
        auto it = byLine.constFind(lineId);
        if (it == byLine.constEnd()) {
            CostLine l;
            l.kind = CostKind::BoughtIn;
            l.sourceTable = QStringLiteral("purchase_order_lines");
            l.sourceId = lineId;
            l.description = q.text(1) + QLatin1Char('/') + q.text(2) + QLatin1Char(' ')
                            + q.text(3);
            l.unit = q.text(4);
            l.unitCost = Core::Decimal::fromMicros(q.int64(5));
            l.occurredAt = parseTime(q.isNull(10) ? q.text(7) : q.text(10));
            it = byLine.insert(lineId, out.size());
            out.append(l);
        }
        CostLine &l = out[*it];
        l.quantity = l.quantity + Core::Decimal::fromMicros(share);
    }
    if (q.failed())
        return WriteGuard::dbError(q, "purchase_requisitions");
    q.reset();

    QList<CostLine> bought;
    for (CostLine &l : out) {
        if (l.quantity.micros() == 0)
            continue;
        // Micros of quantity × micros of yuan ÷ 10^10 is fen.
        l.amountFen = CostLedger::mulDivRound(l.quantity.micros(), l.unitCost.micros(),
                                              10'000'000'000LL);
        bought.append(l);
    }
    return bought;
}

Core::Result<QList<CostLine>> CostSources::freight(Storage::Connection &c,
                                                   const QString &orderId, FreightBasis basis,
                                                   const QTimeZone &zone)
{
    Storage::Statement &s = c.prepare(
        "SELECT s.id, s.shipment_no, s.carrier_code, s.freight_fen, s.ship_date, s.created_at "
        "FROM shipments s WHERE s.deleted = 0 AND s.freight_fen > 0 "
        "AND s.status IN ('shipped', 'delivered', 'exception') "
        "AND EXISTS (SELECT 1 FROM shipment_packages p WHERE p.shipment_id = s.id "
        "            AND p.order_id = ? AND p.deleted = 0) ORDER BY s.shipment_no");
    s.bind(1, orderId);
    QList<ShipmentRef> shipments;
    while (s.next()) {
        ShipmentRef r{s.text(0), s.text(1), s.text(2), s.int64(3), {}};
        const QDate day = QDate::fromString(s.text(4), Qt::ISODate);
        r.at = day.isValid() ? QDateTime(day, QTime(0, 0), zone).toUTC() : parseTime(s.text(5));
        shipments.append(r);
    }
    if (s.failed())
        return WriteGuard::dbError(s, "shipments");
    s.reset();

    QList<CostLine> out;
    for (const ShipmentRef &ship : std::as_const(shipments)) {
        Storage::Statement &q = c.prepare(
            "SELECT p.order_id, COUNT(*), COALESCE(SUM(k.weight_grams), 0) "
            "FROM shipment_packages p LEFT JOIN sales_orders o ON o.id = p.order_id "
            "LEFT JOIN packages k ON k.id = p.package_id "
            "WHERE p.shipment_id = ? AND p.deleted = 0 "
            "GROUP BY p.order_id ORDER BY COALESCE(MIN(o.order_no), p.order_id)");
        q.bind(1, ship.id);
        QList<ShipmentOrder> orders;
        while (q.next())
            orders.append({q.text(0), q.int64(1), q.int64(2)});
        if (q.failed())
            return WriteGuard::dbError(q, "shipment_packages");
        q.reset();

        qint64 grams = 0;
        for (const ShipmentOrder &o : std::as_const(orders))
            grams += o.grams;
        const bool byWeight = basis == FreightBasis::Weight && grams > 0;
        QList<qint64> weights;
        qsizetype mine = -1;
        for (const ShipmentOrder &o : std::as_const(orders)) {
            if (o.orderId == orderId)
                mine = weights.size();
            weights.append(byWeight ? o.grams : o.packages);
        }
        if (mine < 0)
            continue;
        const auto shares = Allocation::split(ship.freightFen, weights);
        if (!shares)
            return shares.error();

        CostLine l;
        l.kind = CostKind::Freight;
        l.sourceTable = QStringLiteral("shipments");
        l.sourceId = ship.id;
        l.amountFen = shares->at(mine);
        if (byWeight) {
            l.quantity = Core::Decimal::fromMicros(orders.at(mine).grams * 1000);
            l.unit = QStringLiteral("kg");
        } else {
            l.quantity = Core::Decimal::fromInt(orders.at(mine).packages);
            l.unit = QStringLiteral("package");
        }
        // Yuan per unit, to the micro: the share over the quantity.
        if (l.quantity.micros() > 0) {
            l.unitCost = Core::Decimal::fromMicros(CostLedger::mulDivRound(
                l.amountFen, 10'000'000'000LL, l.quantity.micros()));
        }
        l.occurredAt = ship.at;
        l.description = ship.shipmentNo;
        if (!ship.carrier.isEmpty())
            l.description += QLatin1Char(' ') + ship.carrier;
        out.append(l);
    }
    return out;
}

} // namespace Hearth::Finance::Internal
