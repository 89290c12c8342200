#pragma once

#include "core/result.h"
#include "warehouse.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Warehouses and their bins in the database. Writes run in the caller's transaction, or in
/// their own when none is open, and are recorded with Storage::ChangeLog ("warehouses",
/// "bins").
class WarehouseStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::WarehouseStore)

public:
    /// Writes a new warehouse (hlc set here; the id too unless given, as for a shipped
    /// default); refuses a code already used.
    static Core::Result<Warehouse> insert(Storage::Connection &c, Warehouse warehouse,
                                          const QString &reason, const QString &id = {});
    /// Writes a new bin of an existing warehouse; bin codes are unique across the site.
    static Core::Result<Bin> insertBin(Storage::Connection &c, Bin bin, const QString &reason,
                                       const QString &id = {});

    static std::optional<Warehouse> find(Storage::Connection &c, const QString &warehouseId);
    static std::optional<Warehouse> findByCode(Storage::Connection &c, const QString &code);
    static Core::Result<QList<Warehouse>> list(Storage::Connection &c);

    static std::optional<Bin> findBin(Storage::Connection &c, const QString &binId);
    /// The bin a label's code names, as a scanner reads it.
    static std::optional<Bin> findBinByCode(Storage::Connection &c, const QString &code);
    /// A warehouse's active bins by code.
    static Core::Result<QList<Bin>> bins(Storage::Connection &c, const QString &warehouseId);
};

} // namespace Hearth::Warehouse
