#include "taskparts.h"

#include "storage/database.h"

namespace Hearth::Workflow {

QJsonArray TaskParts::parts(Storage::Connection &c, const QString &orderId,
                            const QString &taskKey)
{
    Storage::Statement &q = c.prepare(
        "SELECT name, length_mm, width_mm, thickness_mm, quantity, area_mm2, edge_mm, grain, "
        "material, colour FROM order_parts WHERE order_id = ? AND task_key = ? ORDER BY part_key");
    q.bind(1, orderId).bind(2, taskKey);
    QJsonArray rows;
    while (q.next()) {
        rows.append(QJsonObject{{QStringLiteral("name"), q.text(0)},
                                {QStringLiteral("length_mm"), q.int64(1)},
                                {QStringLiteral("width_mm"), q.int64(2)},
                                {QStringLiteral("thickness_mm"), q.int64(3)},
                                {QStringLiteral("quantity"), q.int64(4)},
                                {QStringLiteral("area_mm2"), q.int64(5)},
                                {QStringLiteral("edge_mm"), q.int64(6)},
                                {QStringLiteral("grain"), q.text(7)},
                                {QStringLiteral("material"), q.text(8)},
                                {QStringLiteral("colour"), q.text(9)}});
    }
    q.reset();
    return rows;
}

QJsonArray TaskParts::hardware(Storage::Connection &c, const QString &orderId,
                               const QString &taskKey)
{
    Storage::Statement &q = c.prepare(
        "SELECT name, code, quantity_micros, unit FROM order_hardware "
        "WHERE order_id = ? AND task_key = ? ORDER BY item_key");
    q.bind(1, orderId).bind(2, taskKey);
    QJsonArray rows;
    while (q.next()) {
        rows.append(QJsonObject{{QStringLiteral("name"), q.text(0)},
                                {QStringLiteral("code"), q.text(1)},
                                {QStringLiteral("quantity_micros"), q.int64(2)},
                                {QStringLiteral("unit"), q.text(3)}});
    }
    q.reset();
    return rows;
}

QJsonObject TaskParts::details(Storage::Connection &c, const Task &task)
{
    QJsonObject details = task.details;
    if (task.orderId.isEmpty())
        return details;
    if (const QJsonArray p = parts(c, task.orderId, task.key); !p.isEmpty())
        details.insert(QStringLiteral("parts"), p);
    if (const QJsonArray h = hardware(c, task.orderId, task.key); !h.isEmpty())
        details.insert(QStringLiteral("hardware"), h);
    return details;
}

} // namespace Hearth::Workflow
