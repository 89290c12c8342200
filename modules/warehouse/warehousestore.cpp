#include "warehousestore.h"

#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/writescope.h"

namespace Hearth::Warehouse {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

#define WAREHOUSE_COLUMNS                                                                        \
    "SELECT id, code, name, COALESCE(name_en, ''), active, hlc FROM warehouses "                 \
    "WHERE deleted = 0 "

#define BIN_COLUMNS                                                                              \
    "SELECT id, warehouse_id, code, name, COALESCE(name_en, ''), kind, active, hlc FROM bins "   \
    "WHERE deleted = 0 "

Warehouse readWarehouse(Statement &q)
{
    return Warehouse{q.text(0), q.text(1), q.text(2), q.text(3), q.int64(4) != 0, q.text(5)};
}

Bin readBin(Statement &q)
{
    Bin b;
    b.id = q.text(0);
    b.warehouseId = q.text(1);
    b.code = q.text(2);
    b.name = q.text(3);
    b.nameEn = q.text(4);
    b.kind = Bin::kindFromCode(q.text(5)).value_or(BinKind::Storage);
    b.active = q.int64(6) != 0;
    b.hlc = q.text(7);
    return b;
}

template<typename T>
std::optional<T> findOne(Statement &q, T (*read)(Statement &))
{
    std::optional<T> found;
    if (q.next())
        found = read(q);
    q.reset();
    return found;
}

QString nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

/// The change-log entry of a new row, its fields set by name so that the entry may grow.
Core::Status recordInsert(Connection &c, const QString &table, const QString &rowId,
                          const QJsonObject &after, const QString &hlc,
                          const QString &reason)
{
    ChangeLog::Change change;
    change.table = table;
    change.rowId = rowId;
    change.op = ChangeLog::Op::Insert;
    change.after = after;
    change.hlc = hlc;
    change.reason = reason;
    return ChangeLog::record(c, change);
}

} // namespace

Core::Result<Warehouse> WarehouseStore::insert(Connection &c, Warehouse warehouse,
                                               const QString &reason, const QString &id)
{
    const QString where = QStringLiteral("warehouses: %1").arg(warehouse.code);
    if (warehouse.code.trimmed().isEmpty() || warehouse.name.trimmed().isEmpty())
        return Core::Error{tr("a warehouse needs a code and a name"), where};
    if (findByCode(c, warehouse.code))
        return Core::Error{tr("the warehouse code %1 is already used").arg(warehouse.code),
                           where};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    warehouse.id = id.isEmpty() ? Workflow::Internal::newId() : id;
    warehouse.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare("INSERT INTO warehouses(id, hlc, code, name, name_en, active, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, warehouse.id)
        .bind(2, warehouse.hlc)
        .bind(3, warehouse.code)
        .bind(4, warehouse.name)
        .bind(5, nullIfEmpty(warehouse.nameEn))
        .bind(6, warehouse.active ? 1 : 0)
        .bind(7, now)
        .bind(8, now);
    if (!q.exec())
        return dbError(q, "warehouses");
    if (auto s = recordInsert(c, QStringLiteral("warehouses"), warehouse.id, warehouse.toJson(),
                              warehouse.hlc, reason);
        !s)
        return s.error();
    if (auto s = scope.finish(); !s)
        return s.error();
    return warehouse;
}

Core::Result<Bin> WarehouseStore::insertBin(Connection &c, Bin bin, const QString &reason,
                                            const QString &id)
{
    const QString where = QStringLiteral("bins: %1").arg(bin.code);
    if (bin.code.trimmed().isEmpty() || bin.name.trimmed().isEmpty())
        return Core::Error{tr("a bin needs a code and a name"), where};
    if (!find(c, bin.warehouseId))
        return Core::Error{tr("the bin's warehouse does not exist"), where};
    if (findBinByCode(c, bin.code))
        return Core::Error{tr("the bin code %1 is already used").arg(bin.code), where};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    bin.id = id.isEmpty() ? Workflow::Internal::newId() : id;
    bin.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO bins(id, hlc, warehouse_id, code, name, name_en, kind, active, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, bin.id)
        .bind(2, bin.hlc)
        .bind(3, bin.warehouseId)
        .bind(4, bin.code)
        .bind(5, bin.name)
        .bind(6, nullIfEmpty(bin.nameEn))
        .bind(7, Bin::kindCode(bin.kind))
        .bind(8, bin.active ? 1 : 0)
        .bind(9, now)
        .bind(10, now);
    if (!q.exec())
        return dbError(q, "bins");
    if (auto s = recordInsert(c, QStringLiteral("bins"), bin.id, bin.toJson(), bin.hlc, reason);
        !s)
        return s.error();
    if (auto s = scope.finish(); !s)
        return s.error();
    return bin;
}

std::optional<Warehouse> WarehouseStore::find(Connection &c, const QString &warehouseId)
{
    Statement &q = c.prepare(WAREHOUSE_COLUMNS "AND id = ?");
    q.bind(1, warehouseId);
    return findOne(q, readWarehouse);
}

std::optional<Warehouse> WarehouseStore::findByCode(Connection &c, const QString &code)
{
    Statement &q = c.prepare(WAREHOUSE_COLUMNS "AND code = ?");
    q.bind(1, code);
    return findOne(q, readWarehouse);
}

Core::Result<QList<Warehouse>> WarehouseStore::list(Connection &c)
{
    Statement &q = c.prepare(WAREHOUSE_COLUMNS "AND active = 1 ORDER BY code");
    QList<Warehouse> list;
    while (q.next())
        list.append(readWarehouse(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "warehouses");
    q.reset();
    return list;
}

std::optional<Bin> WarehouseStore::findBin(Connection &c, const QString &binId)
{
    Statement &q = c.prepare(BIN_COLUMNS "AND id = ?");
    q.bind(1, binId);
    return findOne(q, readBin);
}

std::optional<Bin> WarehouseStore::findBinByCode(Connection &c, const QString &code)
{
    Statement &q = c.prepare(BIN_COLUMNS "AND code = ?");
    q.bind(1, code);
    return findOne(q, readBin);
}

Core::Result<QList<Bin>> WarehouseStore::bins(Connection &c, const QString &warehouseId)
{
    Statement &q = c.prepare(BIN_COLUMNS "AND warehouse_id = ? AND active = 1 ORDER BY code");
    q.bind(1, warehouseId);
    QList<Bin> list;
    while (q.next())
        list.append(readBin(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "bins");
    q.reset();
    return list;
}

} // namespace Hearth::Warehouse
