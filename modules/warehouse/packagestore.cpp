#include "packagestore.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::WriteScope;

namespace {

#define PACKAGE_COLUMNS                                                                          \
    "SELECT p.id, p.order_id, COALESCE(o.order_no, ''), p.number, p.count, p.status, "           \
    "COALESCE(p.task_key, ''), p.weight_grams, COALESCE(p.bin_id, ''), "                         \
    "COALESCE(p.load_ref, ''), p.hlc FROM packages p "                                           \
    "LEFT JOIN sales_orders o ON o.id = p.order_id WHERE p.deleted = 0 "

#define LINE_COLUMNS                                                                             \
    "SELECT i.id, i.package_id, i.order_id, COALESCE(i.part_id, ''), "                           \
    "COALESCE(i.hardware_id, ''), i.quantity_micros, i.packed_micros, "                          \
    "COALESCE(pt.name, h.name, ''), COALESCE(h.code, ''), i.hlc FROM package_items i "           \
    "LEFT JOIN order_parts pt ON pt.id = i.part_id "                                             \
    "LEFT JOIN order_hardware h ON h.id = i.hardware_id WHERE i.deleted = 0 "

Package readPackage(Statement &q)
{
    Package p;
    p.id = q.text(0);
    p.orderId = q.text(1);
    p.orderNo = q.text(2);
    p.number = int(q.int64(3));
    p.count = int(q.int64(4));
    p.status = Package::statusFromCode(q.text(5)).value_or(PackageStatus::Planned);
    p.taskKey = q.text(6);
    p.weightGrams = q.int64(7);
    p.binId = q.text(8);
    p.loadRef = q.text(9);
    p.hlc = q.text(10);
    return p;
}

PackageLine readLine(Statement &q)
{
    PackageLine l;
    l.id = q.text(0);
    l.packageId = q.text(1);
    l.orderId = q.text(2);
    l.partId = q.text(3);
    l.hardwareId = q.text(4);
    l.quantity = Core::Decimal::fromMicros(q.int64(5));
    l.packed = Core::Decimal::fromMicros(q.int64(6));
    l.name = q.text(7);
    l.code = q.text(8);
    l.hlc = q.text(9);
    return l;
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

Core::Status record(Connection &c, const QString &table, const QString &rowId,
                    ChangeLog::Op op, const QJsonObject &before, const QJsonObject &after,
                    const QString &hlc, const QString &reason, const QString &orderId)
{
    ChangeLog::Change change;
    change.table = table;
    change.rowId = rowId;
    change.op = op;
    change.before = before;
    change.after = after;
    change.hlc = hlc;
    change.reason = reason;
    return ChangeLog::record(c, change, orderId);
}

Core::Error failed(Statement &q, const char *table)
{
    return Workflow::Internal::dbError(q, table);
}

} // namespace

Core::Result<QList<Package>> PackageStore::writePlan(Connection &c, const QString &orderId,
                                                     const QList<PlannedPackage> &plan,
                                                     const QString &reason)
{
    const QString where = QStringLiteral("packages: order %1").arg(orderId);
    if (plan.isEmpty())
        return Core::Error{tr("the order has no panels or hardware to pack"), where};
    auto existing = packages(c, orderId);
    if (!existing)
        return existing.error();
    for (const Package &p : std::as_const(*existing)) {
        if (p.status != PackageStatus::Planned)
            return Core::Error{tr("package %1 is already %2: packing has started, the plan "
                                  "stays as it is")
                                   .arg(p.code(), Package::statusName(p.status)),
                               where};
    }

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    const QString now = Workflow::Internal::nowIso();
    auto oldLines = orderLines(c, orderId);
    if (!oldLines)
        return oldLines.error();
    for (const PackageLine &l : std::as_const(*oldLines)) {
        const QString hlc = Storage::Database::clock().now();
        Statement &q = c.prepare("UPDATE package_items SET deleted = 1, hlc = ?, updated_at = ? "
                                 "WHERE id = ?");
        q.bind(1, hlc).bind(2, now).bind(3, l.id);
        if (!q.exec())
            return failed(q, "package_items");
        if (auto s = record(c, QStringLiteral("package_items"), l.id, ChangeLog::Op::Delete,
                            l.toJson(), {}, hlc, reason, orderId);
            !s)
            return s.error();
    }
    for (const Package &p : std::as_const(*existing)) {
        const QString hlc = Storage::Database::clock().now();
        Statement &q = c.prepare("UPDATE packages SET deleted = 1, hlc = ?, updated_at = ? "
                                 "WHERE id = ?");
        q.bind(1, hlc).bind(2, now).bind(3, p.id);
        if (!q.exec())
            return failed(q, "packages");
        if (auto s = record(c, QStringLiteral("packages"), p.id, ChangeLog::Op::Delete,
                            p.toJson(), {}, hlc, reason, orderId);
            !s)
            return s.error();
    }

    const int count = int(plan.size());
    for (int n = 0; n < count; ++n) {
        const PlannedPackage &planned = plan.at(n);
        Package p;
        p.id = Workflow::Internal::newId();
        p.orderId = orderId;
        p.number = n + 1;
        p.count = count;
        p.taskKey = planned.taskKey;
        p.weightGrams = planned.weightGrams;
        p.hlc = Storage::Database::clock().now();
        Statement &q = c.prepare(
            "INSERT INTO packages(id, hlc, order_id, number, count, status, task_key, "
            "weight_grams, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?)");
        q.bind(1, p.id)
            .bind(2, p.hlc)
            .bind(3, orderId)
            .bind(4, p.number)
            .bind(5, p.count)
            .bind(6, nullIfEmpty(p.taskKey))
            .bind(7, p.weightGrams)
            .bind(8, now)
            .bind(9, now);
        if (!q.exec())
            return failed(q, "packages");
        if (auto s = record(c, QStringLiteral("packages"), p.id, ChangeLog::Op::Insert, {},
                            p.toJson(), p.hlc, reason, orderId);
            !s)
            return s.error();
        for (const PlannedLine &line : planned.lines) {
            PackageLine l;
            l.id = Workflow::Internal::newId();
            l.packageId = p.id;
            l.orderId = orderId;
            l.partId = line.partId;
            l.hardwareId = line.hardwareId;
            l.quantity = line.quantity;
            l.hlc = Storage::Database::clock().now();
            Statement &qi = c.prepare(
                "INSERT INTO package_items(id, hlc, package_id, order_id, part_id, hardware_id, "
                "quantity_micros, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            qi.bind(1, l.id)
                .bind(2, l.hlc)
                .bind(3, p.id)
                .bind(4, orderId)
                .bind(5, nullIfEmpty(l.partId))
                .bind(6, nullIfEmpty(l.hardwareId))
                .bind(7, l.quantity.micros())
                .bind(8, now)
                .bind(9, now);
            if (!qi.exec())
                return failed(qi, "package_items");
            if (auto s = record(c, QStringLiteral("package_items"), l.id, ChangeLog::Op::Insert,
                                {}, l.toJson(), l.hlc, reason, orderId);
                !s)
                return s.error();
        }
    }
    if (auto s = scope.finish(); !s)
        return s.error();
    return packages(c, orderId);
}

Core::Result<QList<Package>> PackageStore::packages(Connection &c, const QString &orderId)
{
    Statement q(c.handle(), PACKAGE_COLUMNS "AND p.order_id = ? ORDER BY p.number");
    q.bind(1, orderId);
    QList<Package> list;
    while (q.next())
        list.append(readPackage(q));
    if (q.failed())
        return failed(q, "packages");
    return list;
}

std::optional<Package> PackageStore::find(Connection &c, const QString &packageId)
{
    Statement q(c.handle(), PACKAGE_COLUMNS "AND p.id = ?");
    q.bind(1, packageId);
    if (q.next())
        return readPackage(q);
    return std::nullopt;
}

std::optional<Package> PackageStore::findByNumber(Connection &c, const QString &orderNo,
                                                  int number)
{
    Statement q(c.handle(), PACKAGE_COLUMNS "AND o.order_no = ? AND p.number = ?");
    q.bind(1, orderNo).bind(2, number);
    if (q.next())
        return readPackage(q);
    return std::nullopt;
}

Core::Result<QList<PackageLine>> PackageStore::lines(Connection &c, const QString &packageId)
{
    Statement q(c.handle(), LINE_COLUMNS "AND i.package_id = ? ORDER BY "
                                         "i.hardware_id IS NOT NULL, pt.part_key, h.item_key");
    q.bind(1, packageId);
    QList<PackageLine> list;
    while (q.next())
        list.append(readLine(q));
    if (q.failed())
        return failed(q, "package_items");
    return list;
}

Core::Result<QList<PackageLine>> PackageStore::orderLines(Connection &c, const QString &orderId)
{
    Statement q(c.handle(), LINE_COLUMNS "AND i.order_id = ? ORDER BY "
                                         "i.hardware_id IS NOT NULL, pt.part_key, h.item_key");
    q.bind(1, orderId);
    QList<PackageLine> list;
    while (q.next())
        list.append(readLine(q));
    if (q.failed())
        return failed(q, "package_items");
    return list;
}

Core::Status PackageStore::update(Connection &c, const Package &before, Package after,
                                  const QString &reason)
{
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), before.code()};
    const QString now = Workflow::Internal::nowIso();
    after.hlc = Storage::Database::clock().now();
    const char *stamp = nullptr;
    if (after.status != before.status) {
        if (after.status == PackageStatus::Closed)
            stamp = "closed_at";
        else if (after.status == PackageStatus::Staged)
            stamp = "staged_at";
        else if (after.status == PackageStatus::Loaded)
            stamp = "loaded_at";
    }
    Statement &q = c.prepare(
        "UPDATE packages SET status = ?1, bin_id = ?2, load_ref = ?3, hlc = ?4, "
        "updated_at = ?5, "
        "closed_at = CASE WHEN ?6 = 'closed_at' THEN ?5 ELSE closed_at END, "
        "staged_at = CASE WHEN ?6 = 'staged_at' THEN ?5 ELSE staged_at END, "
        "loaded_at = CASE WHEN ?6 = 'loaded_at' THEN ?5 ELSE loaded_at END "
        "WHERE id = ?7 AND deleted = 0");
    q.bind(1, Package::statusCode(after.status))
        .bind(2, nullIfEmpty(after.binId))
        .bind(3, nullIfEmpty(after.loadRef))
        .bind(4, after.hlc)
        .bind(5, now)
        .bind(6, stamp ? QString::fromLatin1(stamp) : QString())
        .bind(7, before.id);
    if (!q.exec())
        return failed(q, "packages");
    if (auto s = record(c, QStringLiteral("packages"), before.id, ChangeLog::Op::Update,
                        before.toJson(), after.toJson(), after.hlc, reason, before.orderId);
        !s)
        return s;
    return scope.finish();
}

Core::Status PackageStore::packLine(Connection &c, const PackageLine &line, Core::Decimal add,
                                    const QString &packageId, const QString &reason)
{
    const QString where = QStringLiteral("package_items: %1").arg(line.id);
    if (line.packed + add > line.quantity)
        return Core::Error{tr("%1: only %2 more to pack, %3 scanned")
                               .arg(line.name, (line.quantity - line.packed).toString(),
                                    add.toString()),
                           where};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    PackageLine after = line;
    after.packageId = packageId;
    after.packed = line.packed + add;
    after.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare("UPDATE package_items SET package_id = ?, packed_micros = ?, "
                             "packed_at = ?, hlc = ?, updated_at = ? WHERE id = ?");
    q.bind(1, packageId)
        .bind(2, after.packed.micros())
        .bind(3, now)
        .bind(4, after.hlc)
        .bind(5, now)
        .bind(6, line.id);
    if (!q.exec())
        return failed(q, "package_items");
    if (auto s = record(c, QStringLiteral("package_items"), line.id, ChangeLog::Op::Update,
                        line.toJson(), after.toJson(), after.hlc, reason, line.orderId);
        !s)
        return s;
    return scope.finish();
}

} // namespace Hearth::Warehouse
