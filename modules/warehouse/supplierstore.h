#pragma once

#include "core/result.h"
#include "supplier.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What seeding the default suppliers wrote.
struct SupplierSeedCounts
{
    int suppliers = 0;
    int items = 0;
};

/// Suppliers and the items they sell. Writes run in the caller's transaction, or in their own,
/// recorded with Storage::ChangeLog (tables "suppliers", "supplier_items").
class SupplierStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::SupplierStore)

public:
    /// Writes a new supplier (hlc set here; the id too unless given, as for a shipped
    /// default); refuses a code already used.
    static Core::Result<Supplier> insert(Storage::Connection &c, Supplier supplier,
                                         const QString &reason, const QString &id = {});
    static std::optional<Supplier> find(Storage::Connection &c, const QString &supplierId);
    static std::optional<Supplier> findByCode(Storage::Connection &c, const QString &code);
    static Core::Result<QList<Supplier>> list(Storage::Connection &c);

    /// Sets what the supplier asks for an item (written first, updated after).
    static Core::Result<SupplierItem> setItem(Storage::Connection &c, SupplierItem offer,
                                              const QString &reason);
    static std::optional<SupplierItem> item(Storage::Connection &c, const QString &supplierId,
                                            const QString &itemId);
    /// The supplier an item is bought from: the preferred one, else the lowest price.
    static std::optional<SupplierItem> sourceFor(Storage::Connection &c, const QString &itemId);

    /// The defaults of resources/warehouse/suppliers.json, for codes not present yet (items
    /// must be seeded first: StockSetup::seedDefaults). Seeding twice writes nothing new.
    static Core::Result<SupplierSeedCounts> seedDefaults(Storage::Connection &c);
    /// The split's hardware codes ("hinge") to the item codes bought for them ("HG-35"), from
    /// resources/warehouse/suppliers.json.
    static Core::Result<QHash<QString, QString>> hardwareItems();
};

} // namespace Hearth::Warehouse
