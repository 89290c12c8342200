#include "marginwatch.h"

#include "costledger.h"
#include "storage/database.h"
#include "writeguard.h"

#include <algorithm>

namespace Hearth::Finance {

namespace {

const Core::Decimal defaultMinMargin = Core::Decimal::fromMicros(150'000);

} // namespace

Core::Result<Core::Decimal> MarginWatch::minMargin(Storage::Connection &c)
{
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(MinMarginKey));
    std::optional<QString> text;
    if (q.next())
        text = q.text(0);
    const bool failed = q.failed();
    q.reset();
    if (failed)
        return Core::Error{tr("the settings could not be read"), QStringLiteral("settings")};
    if (!text)
        return defaultMinMargin;
    const auto margin = Core::Decimal::parse(*text);
    if (!margin || *margin <= Core::Decimal::fromInt(-1) || *margin >= Core::Decimal::fromInt(1))
        return Core::Error{tr("expected a margin between -1 and 1 such as 0.15, not \"%1\"")
                               .arg(*text),
                           QStringLiteral("settings %1").arg(QLatin1String(MinMarginKey))};
    return *margin;
}

Core::Status MarginWatch::setMinMargin(Storage::Connection &c, Core::Decimal margin)
{
    if (margin <= Core::Decimal::fromInt(-1) || margin >= Core::Decimal::fromInt(1))
        return Core::Error{tr("expected a margin between -1 and 1 such as 0.15, not %1")
                               .arg(margin.toString()),
                           QLatin1String(MinMarginKey)};
    Storage::Statement &q =
        c.prepare("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    q.bind(1, QLatin1String(MinMarginKey)).bind(2, margin.toString());
    if (!q.exec())
        return Internal::WriteGuard::dbError(q, "settings");
    q.reset();
    return {};
}

Core::Result<QList<MarginRow>> MarginWatch::below(Storage::Connection &c,
                                                  Core::Decimal minMargin)
{
    Storage::Statement &q = c.prepare(
        "SELECT o.id, o.order_no, COALESCE(cu.name, ''), "
        "(SELECT COALESCE(SUM(l.amount_micros), 0) FROM order_lines l "
        " WHERE l.order_id = o.id AND l.deleted = 0), "
        "(SELECT SUM(k.amount_fen) FROM cost_lines k WHERE k.order_id = o.id AND k.deleted = 0) "
        "FROM sales_orders o LEFT JOIN customers cu ON cu.id = o.customer_id "
        "WHERE o.deleted = 0 AND o.status <> 'cancelled' AND o.parent_order_id IS NULL "
        "AND EXISTS (SELECT 1 FROM cost_lines k WHERE k.order_id = o.id AND k.deleted = 0) "
        "ORDER BY o.order_no");
    QList<MarginRow> out;
    while (q.next()) {
        MarginRow r;
        r.orderId = q.text(0);
        r.orderNo = q.text(1);
        r.customer = q.text(2);
        r.revenueFen = CostLedger::fenFromMicros(q.int64(3));
        r.costFen = q.int64(4);
        if (r.revenueFen > 0) {
            r.margin = Core::Decimal::fromMicros(
                CostLedger::mulDivRound(r.profitFen(), Core::Decimal::One, r.revenueFen));
        }
        if (r.profitFen() < 0 || !r.margin || *r.margin < minMargin)
            out.append(r);
    }
    if (q.failed())
        return Internal::WriteGuard::dbError(q, "sales_orders");
    q.reset();
    std::stable_sort(out.begin(), out.end(), [](const MarginRow &a, const MarginRow &b) {
        if (a.margin.has_value() != b.margin.has_value())
            return !a.margin.has_value();
        if (a.margin && *a.margin != *b.margin)
            return *a.margin < *b.margin;
        return a.profitFen() < b.profitFen();
    });
    return out;
}

} // namespace Hearth::Finance
