#pragma once

// A small factory for the costing tests: boards, edge banding, hinges and glass with standard
// costs, three work centers with rates, a routing, and helpers that write stock moves, work
// orders, operations and shop-floor reports as the warehouse and production modules store them.

#include "storage/database.h"

#include <QString>
#include <QUuid>
#include <QVariant>

#include <initializer_list>

namespace CostingFixture {

inline bool run(const char *sql, std::initializer_list<QVariant> values)
{
    Hearth::Storage::Statement q(Hearth::Storage::Database::connection().handle(), sql);
    int i = 0;
    for (const QVariant &v : values)
        q.bindVariant(++i, v);
    if (!q.exec()) {
        qWarning("%s: %s", sql, qPrintable(q.error()));
        return false;
    }
    return true;
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

constexpr char T0[] = "2026-03-02T02:00:00.000Z";

/// Items, a bin, work centers CUT (cutting, 120.00/h), EDGE (edging, 91.00/h, setup 300 s),
/// ASM (assembly, 45.03/h) and routing R-CAB of workshop WS-CAB: CUT 30 s a part + 120 s a m²
/// + 600 s setup, EDGE 45 s a part (the center's setup), ASM 100 s a part.
inline bool makeFactory()
{
    const char *item = "INSERT INTO items(id, hlc, code, name, kind, unit, material, colour, "
                       "standard_cost_micros, created_at, updated_at) "
                       "VALUES (?, 'h', ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    bool ok = run(item, {"item-board", "BD-PB-W", "颗粒板 暖白 18", "board", "m2", "颗粒板",
                         "暖白", 45'000'000, T0, T0})
              && run(item, {"item-edge", "EB-W", "封边条 暖白", "edge_banding", "m", QVariant(),
                            "暖白", 1'200'000, T0, T0})
              && run(item, {"item-hinge", "HW-HINGE", "铰链", "hardware", "piece", QVariant(),
                            QVariant(), 3'500'000, T0, T0})
              && run(item, {"item-glass", "BI-GLASS", "玻璃门", "bought_in", "piece",
                            QVariant(), QVariant(), 0, T0, T0});
    ok = ok && run("INSERT INTO warehouses(id, hlc, code, name, created_at, updated_at) "
                   "VALUES ('wh', 'h', 'WH1', '主仓', ?, ?)", {T0, T0})
         && run("INSERT INTO bins(id, hlc, warehouse_id, code, name, created_at, updated_at) "
                "VALUES ('bin', 'h', 'wh', 'A-01', 'A-01', ?, ?)", {T0, T0});
    const char *center = "INSERT INTO work_centers(id, hlc, code, name, kind, setup_seconds, "
                         "rate_fen_per_hour, created_at, updated_at) "
                         "VALUES (?, 'h', ?, ?, ?, ?, ?, ?, ?)";
    ok = ok && run(center, {"wc-cut", "CUT", "开料", "cutting", 0, 12000, T0, T0})
         && run(center, {"wc-edge", "EDGE", "封边", "edging", 300, 9100, T0, T0})
         && run(center, {"wc-asm", "ASM", "组装", "assembly", 0, 4503, T0, T0});
    ok = ok && run("INSERT INTO routings(id, code, name, workshop, product_types, created_at, "
                   "updated_at) VALUES ('r-cab', 'R-CAB', '柜体', 'WS-CAB', '', ?, ?)", {T0, T0});
    const char *step = "INSERT INTO routing_steps(routing_id, seq, work_center_id, name, "
                       "run_seconds_per_part, run_seconds_per_m2, setup_seconds) "
                       "VALUES ('r-cab', ?, ?, ?, ?, ?, ?)";
    ok = ok && run(step, {1, "wc-cut", "开料", 30, 120, 600})
         && run(step, {2, "wc-edge", "封边", 45, 0, 0})
         && run(step, {3, "wc-asm", "组装", 100, 0, 0});
    return ok;
}

/// An issue (or a return) of an item to an order or a work order, valued as the ledger did.
inline QString move(const char *kind, const char *itemId, const char *unit, qint64 qtyMicros,
                    qint64 unitCostMicros, qint64 valueMicros, const QString &orderId,
                    const QString &workOrderId, const char *at)
{
    const QString id = newId();
    const bool issue = QLatin1String(kind) == QLatin1String("issue");
    const bool ok = run(
        "INSERT INTO stock_moves(id, hlc, idempotency_key, kind, item_id, from_bin_id, "
        "to_bin_id, quantity_micros, unit, unit_cost_micros, value_micros, order_id, "
        "work_order_id, user_name, created_at) VALUES (?, 'h', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'store1', ?)",
        {id, id, kind, itemId, issue ? QVariant("bin") : QVariant(),
         issue ? QVariant() : QVariant("bin"), qtyMicros, unit, unitCostMicros, valueMicros,
         orderId.isEmpty() ? QVariant() : QVariant(orderId),
         workOrderId.isEmpty() ? QVariant() : QVariant(workOrderId), at});
    return ok ? id : QString();
}

inline QString workOrder(const QString &orderId, const QString &woNo)
{
    const QString id = newId();
    const bool ok = run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, "
                        "routing_id, status, created_at, updated_at) "
                        "VALUES (?, 'h', ?, ?, 'work_order:WS-CAB', 'WS-CAB', 'r-cab', "
                        "'started', ?, ?)",
                        {id, woNo, orderId, T0, T0});
    return ok ? id : QString();
}

inline QString operation(const QString &workOrderId, int seq, const char *centerId,
                         const char *name, int runSeconds, int setupSeconds, int quantity,
                         const char *status)
{
    const QString id = newId();
    const bool ok = run("INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, "
                        "name, run_seconds, setup_seconds, quantity, status, created_at, "
                        "updated_at) VALUES (?, 'h', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        {id, workOrderId, seq, centerId, name, runSeconds, setupSeconds,
                         quantity, status, T0, T0});
    return ok ? id : QString();
}

inline bool report(const QString &workOrderId, const QString &operationId, const char *kind,
                   int good, int scrap, const char *at)
{
    const QString id = newId();
    return run("INSERT INTO production_events(id, hlc, work_order_id, operation_id, kind, "
               "good_qty, scrap_qty, at, source, source_key, created_at) "
               "VALUES (?, 'h', ?, ?, ?, ?, ?, ?, 'scan', ?, ?)",
               {id, workOrderId, operationId, kind, good, scrap, at, id, at});
}

/// An exploded part (板件) of the order's cabinet task: length × width × quantity and the
/// banded edge length given.
inline bool part(const QString &orderId, const char *key, int lengthMm, int widthMm,
                 int quantity, qint64 edgeMm, const char *material, const char *colour)
{
    return run("INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, "
               "length_mm, width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain, "
               "material, colour) VALUES (?, ?, 'line-1', 'work_order:WS-CAB', ?, ?, ?, ?, 18, "
               "?, ?, ?, 'LLWW', 'none', ?, ?)",
               {newId(), orderId, key, key, lengthMm, widthMm, quantity,
                qint64(lengthMm) * widthMm * quantity, edgeMm, material, colour});
}

inline bool hardware(const QString &orderId, const char *code, qint64 quantityMicros)
{
    return run("INSERT INTO order_hardware(id, order_id, line_id, task_key, item_key, code, "
               "name, quantity_micros, unit) VALUES (?, ?, 'line-1', 'work_order:WS-CAB', ?, ?, "
               "?, ?, 'piece')",
               {newId(), orderId, code, code, code, quantityMicros});
}

/// The split's work-order task naming its workshop, as the splitter writes it.
inline bool workOrderTask(const QString &orderId)
{
    return run("INSERT INTO tasks(id, hlc, order_id, task_key, kind, title, status, details, "
               "created_at, updated_at) VALUES (?, 'h', ?, 'work_order:WS-CAB', 'work_order', "
               "'柜体生产', 'open', '{\"workshop\":\"WS-CAB\"}', ?, ?)",
               {newId(), orderId, T0, T0});
}

} // namespace CostingFixture
