#include "ordercosts.h"

#include "costledger.h"
#include "storage/database.h"
#include "writeguard.h"

namespace Hearth::Finance {

qint64 OrderCosts::actualFen() const
{
    qint64 sum = 0;
    for (const CostLine &l : lines)
        sum += l.amountFen;
    return sum;
}

std::optional<Core::Decimal> OrderCosts::margin() const
{
    if (revenueFen <= 0)
        return std::nullopt;
    return Core::Decimal::fromMicros(
        CostLedger::mulDivRound(profitFen(), Core::Decimal::One, revenueFen));
}

Core::Result<OrderCosts> OrderCosts::load(Storage::Connection &c, const QString &orderId)
{
    Storage::Statement &q = c.prepare(
        "SELECT o.order_no, o.status, COALESCE(cu.name, ''), "
        "(SELECT COALESCE(SUM(l.amount_micros), 0) FROM order_lines l "
        " WHERE l.order_id = o.id AND l.deleted = 0) "
        "FROM sales_orders o LEFT JOIN customers cu ON cu.id = o.customer_id WHERE o.id = ?");
    q.bind(1, orderId);
    if (!q.next()) {
        if (q.failed())
            return Internal::WriteGuard::dbError(q, "sales_orders");
        q.reset();
        return Core::Error{tr("no order with id \"%1\"").arg(orderId),
                           QStringLiteral("sales_orders")};
    }
    OrderCosts o;
    o.orderId = orderId;
    o.orderNo = q.text(0);
    o.status = q.text(1);
    o.customer = q.text(2);
    o.revenueFen = CostLedger::fenFromMicros(q.int64(3));
    q.reset();

    const auto estimate = OrderEstimate::load(c, orderId);
    if (!estimate)
        return estimate.error();
    o.estimate = *estimate;
    const auto lines = CostLedger::lines(c, orderId);
    if (!lines)
        return lines.error();
    o.lines = *lines;

    for (int k = int(CostKind::Material); k <= int(CostKind::Other); ++k) {
        KindFigures f;
        f.kind = CostKind(k);
        f.estimateFen = o.estimate ? o.estimate->fen(f.kind) : 0;
        for (const CostLine &l : std::as_const(o.lines)) {
            if (l.kind == f.kind)
                f.actualFen += l.amountFen;
        }
        if (f.estimateFen != 0 || f.actualFen != 0)
            o.byKind.append(f);
    }
    return o;
}

} // namespace Hearth::Finance
