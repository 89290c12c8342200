#include "orderestimate.h"

#include "costledger.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace Hearth::Finance {

namespace {

constexpr qint64 Mm2PerM2 = 1'000'000;
constexpr qint64 MicrosPerFen = 10'000;

/// The standard cost (yuan micros per unit) of the item of kind matching material and
/// colour, preferring the item of the same colour; nullopt when there is none.
std::optional<qint64> standardCost(Storage::Connection &c, const char *kind,
                                   const QString &material, const QString &colour)
{
    Storage::Statement &q = c.prepare(
        "SELECT standard_cost_micros FROM items WHERE kind = ?1 AND deleted = 0 AND active = 1 "
        "AND (COALESCE(?2, '') = '' OR COALESCE(material, '') = ?2) "
        "AND (COALESCE(colour, '') = COALESCE(?3, '') OR COALESCE(colour, '') = '') "
        "ORDER BY (COALESCE(colour, '') = COALESCE(?3, '')) DESC, code LIMIT 1");
    q.bind(1, QLatin1String(kind)).bind(2, material).bind(3, colour);
    std::optional<qint64> cost;
    if (q.next())
        cost = q.int64(0);
    q.reset();
    return cost;
}

std::optional<qint64> standardCostByCode(Storage::Connection &c, const QString &code)
{
    Storage::Statement &q =
        c.prepare("SELECT standard_cost_micros FROM items WHERE code = ? AND deleted = 0");
    q.bind(1, code);
    std::optional<qint64> cost;
    if (q.next())
        cost = q.int64(0);
    q.reset();
    return cost;
}

Core::Error readError(Storage::Statement &q, const char *table)
{
    return Internal::WriteGuard::dbError(q, table);
}

Core::Status estimateBoards(Storage::Connection &c, OrderEstimate &e)
{
    Storage::Statement &q = c.prepare(
        "SELECT COALESCE(material, ''), COALESCE(colour, ''), SUM(area_mm2), SUM(edge_mm) "
        "FROM order_parts WHERE order_id = ? GROUP BY 1, 2 ORDER BY 1, 2");
    q.bind(1, e.orderId);
    struct Group
    {
        QString material;
        QString colour;
        qint64 area;
        qint64 edge;
    };
    QList<Group> groups;
    while (q.next())
        groups.append({q.text(0), q.text(1), q.int64(2), q.int64(3)});
    if (q.failed())
        return readError(q, "order_parts");
    q.reset();
    QMap<QString, qint64> edgeByColour;
    for (const Group &g : std::as_const(groups)) {
        e.areaMm2 += g.area;
        edgeByColour[g.colour] += g.edge;
        const auto cost = standardCost(c, "board", g.material, g.colour);
        if (!cost) {
            e.missing.append(QStringLiteral("board %1 %2").arg(g.material, g.colour).trimmed());
            continue;
        }
        e.materialFen += CostLedger::mulDivRound(g.area, *cost, Mm2PerM2 * MicrosPerFen);
    }
    for (auto it = edgeByColour.cbegin(); it != edgeByColour.cend(); ++it) {
        if (it.value() == 0)
            continue;
        const auto cost = standardCost(c, "edge_banding", QString(), it.key());
        if (!cost) {
            e.missing.append(QStringLiteral("edge_banding %1").arg(it.key()).trimmed());
            continue;
        }
        e.materialFen += CostLedger::mulDivRound(it.value(), *cost, 1'000 * MicrosPerFen);
    }
    return {};
}

Core::Status estimateHardware(Storage::Connection &c, OrderEstimate &e)
{
    Storage::Statement &q = c.prepare(
        "SELECT code, SUM(quantity_micros) FROM order_hardware WHERE order_id = ? "
        "GROUP BY code ORDER BY code");
    q.bind(1, e.orderId);
    QList<std::pair<QString, qint64>> rows;
    while (q.next())
        rows.append({q.text(0), q.int64(1)});
    if (q.failed())
        return readError(q, "order_hardware");
    q.reset();
    for (const auto &[code, quantity] : std::as_const(rows)) {
        const auto cost = standardCostByCode(c, code);
        if (!cost) {
            e.missing.append(QStringLiteral("hardware %1").arg(code));
            continue;
        }
        e.hardwareFen += CostLedger::mulDivRound(quantity, *cost, 1'000'000 * MicrosPerFen);
    }
    return {};
}

/// The routing of a work-order task: its work order's, else its workshop's (one for the
/// task's product types first, then one for any product).
QString routingOf(Storage::Connection &c, const QString &orderId, const QString &taskKey)
{
    Storage::Statement &w = c.prepare(
        "SELECT routing_id FROM work_orders WHERE order_id = ? AND task_key = ? AND deleted = 0 "
        "AND routing_id IS NOT NULL");
    w.bind(1, orderId).bind(2, taskKey);
    QString routing = w.next() ? w.text(0) : QString();
    w.reset();
    if (!routing.isEmpty())
        return routing;
    Storage::Statement &t = c.prepare(
        "SELECT details FROM tasks WHERE order_id = ? AND task_key = ? AND deleted = 0");
    t.bind(1, orderId).bind(2, taskKey);
    const QString details = t.next() ? t.text(0) : QString();
    t.reset();
    const QJsonObject o = QJsonDocument::fromJson(details.toUtf8()).object();
    const QString workshop = o.value(QLatin1String("workshop")).toString();
    if (workshop.isEmpty())
        return {};
    Storage::Statement &r = c.prepare(
        "SELECT id FROM routings WHERE workshop = ? ORDER BY (product_types = '') DESC, code "
        "LIMIT 1");
    r.bind(1, workshop);
    routing = r.next() ? r.text(0) : QString();
    r.reset();
    return routing;
}

Core::Status estimateTime(Storage::Connection &c, OrderEstimate &e)
{
    Storage::Statement &q = c.prepare(
        "SELECT task_key, SUM(quantity), SUM(area_mm2) FROM order_parts WHERE order_id = ? "
        "GROUP BY task_key ORDER BY task_key");
    q.bind(1, e.orderId);
    struct Task
    {
        QString key;
        qint64 parts;
        qint64 area;
    };
    QList<Task> tasks;
    while (q.next())
        tasks.append({q.text(0), q.int64(1), q.int64(2)});
    if (q.failed())
        return readError(q, "order_parts");
    q.reset();
    for (const Task &task : std::as_const(tasks)) {
        const QString routing = routingOf(c, e.orderId, task.key);
        if (routing.isEmpty()) {
            e.missing.append(QStringLiteral("routing %1").arg(task.key));
            continue;
        }
        Storage::Statement &s = c.prepare(
            "SELECT s.run_seconds_per_part, s.run_seconds_per_m2, s.setup_seconds, "
            "w.setup_seconds, w.rate_fen_per_hour, w.kind FROM routing_steps s "
            "JOIN work_centers w ON w.id = s.work_center_id WHERE s.routing_id = ? ORDER BY s.seq");
        s.bind(1, routing);
        while (s.next()) {
            const qint64 byArea = (s.int64(1) * task.area + Mm2PerM2 - 1) / Mm2PerM2;
            const qint64 setup = s.int64(2) > 0 ? s.int64(2) : s.int64(3);
            const qint64 seconds = setup + s.int64(0) * task.parts + byArea;
            const qint64 fen = CostLedger::mulDivRound(seconds, s.int64(4), 3600);
            e.runSeconds += seconds;
            const QString kind = s.text(5);
            if (kind == QLatin1String("outsourced"))
                e.outsourcingFen += fen;
            else if (kind == QLatin1String("cutting") || kind == QLatin1String("edging")
                     || kind == QLatin1String("boring") || kind == QLatin1String("painting"))
                e.machineFen += fen;
            else
                e.labourFen += fen;
        }
        if (s.failed())
            return readError(s, "routing_steps");
        s.reset();
    }
    return {};
}

QJsonObject estimateJson(const OrderEstimate &e)
{
    return {
        {QStringLiteral("id"), e.id},
        {QStringLiteral("order_id"), e.orderId},
        {QStringLiteral("material_fen"), e.materialFen},
        {QStringLiteral("hardware_fen"), e.hardwareFen},
        {QStringLiteral("labour_fen"), e.labourFen},
        {QStringLiteral("machine_fen"), e.machineFen},
        {QStringLiteral("outsourcing_fen"), e.outsourcingFen},
        {QStringLiteral("overhead_fen"), e.overheadFen},
        {QStringLiteral("area_mm2"), e.areaMm2},
        {QStringLiteral("run_seconds"), e.runSeconds},
        {QStringLiteral("missing"), e.missing.join(QStringLiteral("; "))},
        {QStringLiteral("estimated_at"), e.estimatedAt.toString(Qt::ISODateWithMs)},
    };
}

Core::Result<OrderEstimate> store(Storage::Connection &c, OrderEstimate e)
{
    Internal::WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{OrderEstimate::tr("the database is busy: try again"),
                           QStringLiteral("order_estimates")};
    const auto before = OrderEstimate::load(c, e.orderId);
    if (!before)
        return before.error();
    e.id = *before ? (*before)->id : Internal::WriteGuard::newId();
    const QString hlc = Storage::Database::clock().now();
    const QString now = Internal::WriteGuard::nowIso();
    Storage::Statement &q = c.prepare(
        "INSERT INTO order_estimates(id, hlc, order_id, material_fen, hardware_fen, labour_fen, "
        "machine_fen, outsourcing_fen, overhead_fen, area_mm2, run_seconds, missing, "
        "estimated_at, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (order_id) DO UPDATE SET hlc = excluded.hlc, deleted = 0, "
        "material_fen = excluded.material_fen, hardware_fen = excluded.hardware_fen, "
        "labour_fen = excluded.labour_fen, machine_fen = excluded.machine_fen, "
        "outsourcing_fen = excluded.outsourcing_fen, overhead_fen = excluded.overhead_fen, "
        "area_mm2 = excluded.area_mm2, run_seconds = excluded.run_seconds, "
        "missing = excluded.missing, estimated_at = excluded.estimated_at, "
        "updated_at = excluded.updated_at");
    q.bind(1, e.id).bind(2, hlc).bind(3, e.orderId).bind(4, e.materialFen)
        .bind(5, e.hardwareFen).bind(6, e.labourFen).bind(7, e.machineFen)
        .bind(8, e.outsourcingFen).bind(9, e.overheadFen).bind(10, e.areaMm2)
        .bind(11, e.runSeconds)
        .bind(12, e.missing.isEmpty() ? QString() : e.missing.join(QStringLiteral("; ")))
        .bind(13, e.estimatedAt.toString(Qt::ISODateWithMs)).bind(14, now).bind(15, now);
    if (!q.exec())
        return Internal::WriteGuard::dbError(q, "order_estimates");
    q.reset();
    Storage::ChangeLog::Change change;
    change.table = QStringLiteral("order_estimates");
    change.rowId = e.id;
    change.op = *before ? Storage::ChangeLog::Op::Update : Storage::ChangeLog::Op::Insert;
    if (*before)
        change.before = estimateJson(**before);
    change.after = estimateJson(e);
    change.hlc = hlc;
    if (Core::Status s = Storage::ChangeLog::record(c, change, e.orderId); !s)
        return s.error();
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    return e;
}

} // namespace

qint64 OrderEstimate::fen(CostKind kind) const
{
    switch (kind) {
    case CostKind::Material:
        return materialFen;
    case CostKind::Hardware:
        return hardwareFen;
    case CostKind::Labour:
        return labourFen;
    case CostKind::Machine:
        return machineFen;
    case CostKind::Outsourcing:
        return outsourcingFen;
    case CostKind::Overhead:
        return overheadFen;
    default:
        return 0;
    }
}

Core::Result<OrderEstimate> OrderEstimate::compute(Storage::Connection &c,
                                                   const QString &orderId)
{
    OrderEstimate e;
    e.orderId = orderId;
    e.estimatedAt = QDateTime::currentDateTimeUtc();
    if (Core::Status s = estimateBoards(c, e); !s)
        return s.error();
    if (Core::Status s = estimateHardware(c, e); !s)
        return s.error();
    if (Core::Status s = estimateTime(c, e); !s)
        return s.error();
    const auto rate = CostLedger::overheadRate(c);
    if (!rate)
        return rate.error();
    e.overheadFen = CostLedger::mulDivRound(e.directFen(), rate->micros(), 1'000'000);
    return e;
}

Core::Result<std::optional<OrderEstimate>> OrderEstimate::load(Storage::Connection &c,
                                                              const QString &orderId)
{
    Storage::Statement &q = c.prepare(
        "SELECT id, material_fen, hardware_fen, labour_fen, machine_fen, outsourcing_fen, "
        "overhead_fen, area_mm2, run_seconds, missing, estimated_at FROM order_estimates "
        "WHERE order_id = ? AND deleted = 0");
    q.bind(1, orderId);
    if (!q.next()) {
        if (q.failed())
            return Internal::WriteGuard::dbError(q, "order_estimates");
        q.reset();
        return std::optional<OrderEstimate>();
    }
    OrderEstimate e;
    e.id = q.text(0);
    e.orderId = orderId;
    e.materialFen = q.int64(1);
    e.hardwareFen = q.int64(2);
    e.labourFen = q.int64(3);
    e.machineFen = q.int64(4);
    e.outsourcingFen = q.int64(5);
    e.overheadFen = q.int64(6);
    e.areaMm2 = q.int64(7);
    e.runSeconds = q.int64(8);
    if (!q.isNull(9))
        e.missing = q.text(9).split(QStringLiteral("; "));
    e.estimatedAt = QDateTime::fromString(q.text(10), Qt::ISODateWithMs).toUTC();
    q.reset();
    return std::optional<OrderEstimate>(e);
}

Core::Result<OrderEstimate> OrderEstimate::ensure(Storage::Connection &c, const QString &orderId)
{
    const auto stored = load(c, orderId);
    if (!stored)
        return stored.error();
    if (*stored)
        return **stored;
    return reestimate(c, orderId);
}

Core::Result<OrderEstimate> OrderEstimate::reestimate(Storage::Connection &c,
                                                      const QString &orderId)
{
    const auto e = compute(c, orderId);
    if (!e)
        return e.error();
    return store(c, *e);
}

} // namespace Hearth::Finance
