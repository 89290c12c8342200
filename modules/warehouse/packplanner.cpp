#include "packplanner.h"

#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>

namespace Hearth::Warehouse {

qint64 PackPlanner::pieceWeightGrams(qint64 lengthMm, qint64 widthMm, qint64 thicknessMm)
{
    // mm³ × 0.7 g/cm³ = mm³ × 7 / 10,000 g; rounded up so that a limit is never passed.
    const qint64 volume = std::max<qint64>(0, lengthMm) * std::max<qint64>(0, widthMm)
                          * std::max<qint64>(0, thicknessMm);
    return (volume * 7 + 9999) / 10000;
}

QList<PlannedPackage> PackPlanner::plan(QList<PlanPart> parts, QList<PlanHardware> hardware,
                                        const PackLimits &limits)
{
    std::stable_sort(parts.begin(), parts.end(), [](const PlanPart &a, const PlanPart &b) {
        return a.taskKey != b.taskKey ? a.taskKey < b.taskKey : a.partKey < b.partKey;
    });
    const int maxPanels = std::max(1, limits.maxPanels);

    QList<PlannedPackage> packages;
    PlannedPackage current;
    const auto flush = [&]() {
        if (!current.lines.isEmpty())
            packages.append(current);
        current = PlannedPackage();
    };
    for (const PlanPart &part : parts) {
        const qint64 weight = pieceWeightGrams(part.lengthMm, part.widthMm, part.thicknessMm);
        for (int piece = 0; piece < part.quantity; ++piece) {
            const bool otherWork = !current.lines.isEmpty() && current.taskKey != part.taskKey;
            const bool full = current.panels >= maxPanels
                              || (current.panels > 0
                                  && current.weightGrams + weight > limits.maxWeightGrams);
            if (otherWork || full)
                flush();
            current.taskKey = part.taskKey;
            if (!current.lines.isEmpty() && current.lines.last().partId == part.id)
                current.lines.last().quantity += Core::Decimal::fromInt(1);
            else
                current.lines.append(PlannedLine{part.id, QString(), Core::Decimal::fromInt(1)});
            ++current.panels;
            current.weightGrams += weight;
        }
    }
    flush();

    if (!hardware.isEmpty()) {
        PlannedPackage box;
        for (const PlanHardware &line : std::as_const(hardware)) {
            if (line.quantity > Core::Decimal())
                box.lines.append(PlannedLine{QString(), line.id, line.quantity});
        }
        if (!box.lines.isEmpty())
            packages.append(box);
    }
    return packages;
}

Core::Result<QList<PlanPart>> PackPlanner::readParts(Storage::Connection &c,
                                                     const QString &orderId)
{
    Storage::Statement q(c.handle(),
                         "SELECT id, task_key, part_key, name, length_mm, width_mm, "
                         "thickness_mm, quantity FROM order_parts WHERE order_id = ? "
                         "ORDER BY task_key, part_key");
    q.bind(1, orderId);
    QList<PlanPart> parts;
    while (q.next()) {
        parts.append(PlanPart{q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4),
                              q.int64(5), q.int64(6), int(q.int64(7))});
    }
    if (q.failed())
        return Core::Error{tr("cannot read the order's panels: %1").arg(q.error()),
                           QStringLiteral("order_parts")};
    return parts;
}

Core::Result<QList<PlanHardware>> PackPlanner::readHardware(Storage::Connection &c,
                                                            const QString &orderId)
{
    Storage::Statement q(c.handle(),
                         "SELECT id, code, name, quantity_micros FROM order_hardware "
                         "WHERE order_id = ? ORDER BY item_key");
    q.bind(1, orderId);
    QList<PlanHardware> lines;
    while (q.next()) {
        lines.append(PlanHardware{q.text(0), q.text(1), q.text(2),
                                  Core::Decimal::fromMicros(q.int64(3))});
    }
    if (q.failed())
        return Core::Error{tr("cannot read the order's hardware: %1").arg(q.error()),
                           QStringLiteral("order_hardware")};
    return lines;
}

Core::Result<QList<PlannedPackage>> PackPlanner::planOrder(Storage::Connection &c,
                                                           const QString &orderId,
                                                           const PackLimits &limits)
{
    auto parts = readParts(c, orderId);
    if (!parts)
        return parts.error();
    auto hardware = readHardware(c, orderId);
    if (!hardware)
        return hardware.error();
    return plan(*parts, *hardware, limits);
}

} // namespace Hearth::Warehouse
