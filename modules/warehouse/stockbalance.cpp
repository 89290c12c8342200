#include "stockbalance.h"

#include "storage/database.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;

namespace {

/// The balances per item, bin and lot that the moves give; filter narrows the moves.
QString balancesFromMoves(const QString &filter)
{
    return QStringLiteral(
               "SELECT item_id, bin_id, lot_id, SUM(q) FROM ("
               "SELECT item_id, to_bin_id AS bin_id, COALESCE(lot_id, '') AS lot_id, "
               "quantity_micros AS q FROM stock_moves WHERE to_bin_id IS NOT NULL %1 "
               "UNION ALL "
               "SELECT item_id, from_bin_id, COALESCE(lot_id, ''), -quantity_micros "
               "FROM stock_moves WHERE from_bin_id IS NOT NULL %1) "
               "GROUP BY item_id, bin_id, lot_id")
        .arg(filter);
}

/// The quantity, value and last arrival cost per item and warehouse that the moves give: the
/// cost of the last goods in from outside (receipt, return, a package made; largest rowid).
QString valuesFromMoves(const QString &filter)
{
    return QStringLiteral(
               "WITH sides AS ("
               "SELECT m.rowid AS seq, m.item_id, b.warehouse_id, m.quantity_micros AS q, "
               "m.value_micros AS v, "
               "CASE WHEN m.from_bin_id IS NULL AND m.kind <> 'count' THEN m.unit_cost_micros END "
               "AS cost "
               "FROM stock_moves m JOIN bins b ON b.id = m.to_bin_id WHERE 1 %1 "
               "UNION ALL "
               "SELECT m.rowid, m.item_id, b.warehouse_id, -m.quantity_micros, -m.value_micros, "
               "NULL FROM stock_moves m JOIN bins b ON b.id = m.from_bin_id WHERE 1 %1), "
               "totals AS (SELECT item_id, warehouse_id, SUM(q) AS q, SUM(v) AS v FROM sides "
               "GROUP BY item_id, warehouse_id), "
               "receipts AS (SELECT item_id, warehouse_id, cost, MAX(seq) FROM sides "
               "WHERE cost IS NOT NULL GROUP BY item_id, warehouse_id) "
               "SELECT t.item_id, t.warehouse_id, t.q, t.v, r.cost FROM totals t "
               "LEFT JOIN receipts r ON r.item_id = t.item_id AND r.warehouse_id = t.warehouse_id")
        .arg(filter);
}

Core::Status run(Connection &c, const QString &sql, const QString &itemId)
{
    const QByteArray utf8 = sql.toUtf8();
    Statement q(c.handle(), utf8.constData());
    if (!q.isValid())
        return Core::Error{q.prepareError(), QStringLiteral("stock_balances")};
    if (!itemId.isEmpty())
        q.bind(1, itemId);
    if (!q.exec())
        return Core::Error{q.error(), QStringLiteral("stock_balances")};
    return {};
}

Core::Result<Decimal> single(Statement &q, const char *table)
{
    if (!q.next()) {
        if (Workflow::Internal::stepFailed(q))
            return dbError(q, table);
        q.reset();
        return Decimal();
    }
    const Decimal value = Decimal::fromMicros(q.int64(0));
    q.reset();
    return value;
}

} // namespace

Core::Result<Decimal> StockBalance::inBin(Connection &c, const QString &itemId,
                                          const QString &binId,
                                          const std::optional<QString> &lotId)
{
    if (lotId) {
        Statement &q = c.prepare("SELECT quantity_micros FROM stock_balances "
                                 "WHERE item_id = ? AND bin_id = ? AND lot_id = ?");
        q.bind(1, itemId).bind(2, binId).bind(3, lotId->isNull() ? QStringLiteral("") : *lotId);
        return single(q, "stock_balances");
    }
    Statement &q = c.prepare("SELECT COALESCE(SUM(quantity_micros), 0) FROM stock_balances "
                             "WHERE item_id = ? AND bin_id = ?");
    q.bind(1, itemId).bind(2, binId);
    return single(q, "stock_balances");
}

Core::Result<Decimal> StockBalance::inWarehouse(Connection &c, const QString &itemId,
                                                const QString &warehouseId)
{
    Statement &q = c.prepare("SELECT quantity_micros FROM stock_values "
                             "WHERE item_id = ? AND warehouse_id = ?");
    q.bind(1, itemId).bind(2, warehouseId);
    return single(q, "stock_values");
}

Core::Result<Decimal> StockBalance::onHand(Connection &c, const QString &itemId)
{
    Statement &q = c.prepare("SELECT COALESCE(SUM(quantity_micros), 0) FROM stock_values "
                             "WHERE item_id = ?");
    q.bind(1, itemId);
    return single(q, "stock_values");
}

Core::Result<QList<BinBalance>> StockBalance::bins(Connection &c, const QString &itemId)
{
    Statement &q = c.prepare(
        "SELECT s.bin_id, b.code, b.warehouse_id, s.lot_id, COALESCE(l.lot_no, ''), "
        "s.quantity_micros FROM stock_balances s JOIN bins b ON b.id = s.bin_id "
        "LEFT JOIN lots l ON l.id = s.lot_id "
        "WHERE s.item_id = ? AND s.quantity_micros <> 0 ORDER BY b.code, l.lot_no");
    q.bind(1, itemId);
    QList<BinBalance> list;
    while (q.next()) {
        list.append({itemId, q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                     Decimal::fromMicros(q.int64(5))});
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "stock_balances");
    q.reset();
    return list;
}

Core::Result<MovingAverage> StockBalance::holding(Connection &c, const QString &itemId,
                                                  const QString &warehouseId)
{
    Statement &q = c.prepare("SELECT quantity_micros, value_micros, last_cost_micros "
                             "FROM stock_values WHERE item_id = ? AND warehouse_id = ?");
    q.bind(1, itemId).bind(2, warehouseId);
    if (!q.next()) {
        if (Workflow::Internal::stepFailed(q))
            return dbError(q, "stock_values");
        q.reset();
        return MovingAverage();
    }
    std::optional<Decimal> lastCost;
    if (!q.isNull(2))
        lastCost = Decimal::fromMicros(q.int64(2));
    const MovingAverage holding(Decimal::fromMicros(q.int64(0)), Decimal::fromMicros(q.int64(1)),
                                lastCost);
    q.reset();
    return holding;
}

Core::Result<QList<ItemValuation>> StockBalance::valuation(Connection &c,
                                                           const QString &warehouseId)
{
    Statement &q = c.prepare(
        "SELECT v.item_id, i.code, i.name, v.warehouse_id, v.quantity_micros, v.value_micros, "
        "v.last_cost_micros FROM stock_values v JOIN items i ON i.id = v.item_id "
        "WHERE (? = '' OR v.warehouse_id = ?) "
        "AND (v.quantity_micros <> 0 OR v.value_micros <> 0) ORDER BY i.code, v.warehouse_id");
    q.bind(1, warehouseId.isNull() ? QStringLiteral("") : warehouseId)
        .bind(2, warehouseId.isNull() ? QStringLiteral("") : warehouseId);
    QList<ItemValuation> list;
    while (q.next()) {
        std::optional<Decimal> lastCost;
        if (!q.isNull(6))
            lastCost = Decimal::fromMicros(q.int64(6));
        const MovingAverage h(Decimal::fromMicros(q.int64(4)), Decimal::fromMicros(q.int64(5)),
                              lastCost);
        list.append({q.text(0), q.text(1), q.text(2), q.text(3), h.quantity(), h.value(),
                     h.averageCost()});
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "stock_values");
    q.reset();
    return list;
}

Core::Status StockBalance::rebuild(Connection &c, const QString &itemId)
{
    Workflow::Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("stock_balances")};

    // Item by item, each through the moves' item index: a whole-table GROUP BY would sort
    // twice the number of moves in memory.
    QStringList items;
    if (itemId.isEmpty()) {
        if (auto s = c.execScript(QStringLiteral("DELETE FROM stock_balances; "
                                                 "DELETE FROM stock_values"));
            !s)
            return Core::Error{s.error().message, QStringLiteral("stock_balances")};
        Statement &q = c.prepare("SELECT id FROM items ORDER BY id");
        while (q.next())
            items.append(q.text(0));
        if (Workflow::Internal::stepFailed(q))
            return dbError(q, "items");
        q.reset();
    } else {
        items.append(itemId);
        for (const char *sql : {"DELETE FROM stock_balances WHERE item_id = ?1",
                                "DELETE FROM stock_values WHERE item_id = ?1"}) {
            if (auto s = run(c, QString::fromLatin1(sql), itemId); !s)
                return s;
        }
    }

    const QByteArray balances
        = (QStringLiteral("INSERT INTO stock_balances(item_id, bin_id, lot_id, quantity_micros) ")
           + balancesFromMoves(QStringLiteral("AND item_id = ?1")))
              .toUtf8();
    const QByteArray values
        = (QStringLiteral("INSERT INTO stock_values(item_id, warehouse_id, quantity_micros, "
                          "value_micros, last_cost_micros) ")
           + valuesFromMoves(QStringLiteral("AND m.item_id = ?1")))
              .toUtf8();
    Statement insertBalances(c.handle(), balances.constData());
    Statement insertValues(c.handle(), values.constData());
    for (Statement *q : {&insertBalances, &insertValues}) {
        if (!q->isValid())
            return Core::Error{q->prepareError(), QStringLiteral("stock_balances")};
    }
    for (const QString &item : std::as_const(items)) {
        for (Statement *q : {&insertBalances, &insertValues}) {
            q->bind(1, item);
            if (!q->exec())
                return Core::Error{q->error(), QStringLiteral("stock_balances: %1").arg(item)};
        }
    }
    return scope.finish();
}

Core::Result<QStringList> StockBalance::differences(Connection &c)
{
    QStringList found;
    const struct
    {
        QString kept;
        QString expected;
    } comparisons[] = {
        {QStringLiteral("SELECT 'stock_balances', item_id, bin_id || '/' || lot_id, "
                        "quantity_micros, NULL, NULL FROM stock_balances"),
         QStringLiteral("SELECT 'stock_balances', item_id, bin_id || '/' || lot_id, q, NULL, "
                        "NULL FROM (%1)")
             .arg(balancesFromMoves(QString()).replace(QStringLiteral("SUM(q)"),
                                                       QStringLiteral("SUM(q) AS q")))},
        {QStringLiteral("SELECT 'stock_values', item_id, warehouse_id, quantity_micros, "
                        "value_micros, last_cost_micros FROM stock_values"),
         QStringLiteral("SELECT 'stock_values', item_id, warehouse_id, q, v, cost FROM (%1)")
             .arg(valuesFromMoves(QString()))},
    };
    for (const auto &pair : comparisons) {
        for (const auto &[label, sql] :
             {std::pair{tr("kept"), pair.kept + QStringLiteral(" EXCEPT ") + pair.expected},
              std::pair{tr("from the moves"),
                        pair.expected + QStringLiteral(" EXCEPT ") + pair.kept}}) {
            const QByteArray utf8 = sql.toUtf8();
            Statement q(c.handle(), utf8.constData());
            if (!q.isValid())
                return Core::Error{q.prepareError(), QStringLiteral("stock_balances")};
            while (q.next()) {
                found.append(QStringLiteral("%1 %2: %3 %4 quantity %5 value %6 last cost %7")
                                 .arg(q.text(0), label, q.text(1), q.text(2), q.text(3),
                                      q.text(4), q.text(5)));
            }
            if (q.failed())
                return Core::Error{q.error(), QStringLiteral("stock_balances")};
        }
    }
    return found;
}

} // namespace Hearth::Warehouse
