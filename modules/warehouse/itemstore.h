#pragma once

#include "core/result.h"
#include "item.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Items and their lots in the database. Writes run in the caller's transaction, or in their
/// own when none is open, and are recorded with Storage::ChangeLog (tables "items", "lots").
class ItemStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ItemStore)

public:
    /// Writes a new item (hlc set here; the id too unless given, as for a shipped default,
    /// Workflow::Internal::keyedId); refuses a code or GTIN already used.
    static Core::Result<Item> insert(Storage::Connection &c, Item item, const QString &reason,
                                     const QString &id = {});
    static Core::Result<Item> find(Storage::Connection &c, const QString &itemId);
    static std::optional<Item> findByCode(Storage::Connection &c, const QString &code);
    static std::optional<Item> findByGtin(Storage::Connection &c, const QString &gtin);
    /// Active items by code, all kinds or one.
    static Core::Result<QList<Item>> list(Storage::Connection &c,
                                          std::optional<ItemKind> kind = std::nullopt);

    /// The item's lot with that number, written first when it is new (with the expiry given).
    static Core::Result<Lot> ensureLot(Storage::Connection &c, const QString &itemId,
                                       const QString &lotNo, const QDate &expiresOn);
    static std::optional<Lot> findLot(Storage::Connection &c, const QString &itemId,
                                      const QString &lotNo);
};

} // namespace Hearth::Warehouse
