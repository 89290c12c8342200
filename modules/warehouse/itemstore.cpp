#include "itemstore.h"

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

#define ITEM_COLUMNS                                                                             \
    "SELECT id, code, name, COALESCE(name_en, ''), kind, unit, pack_size_micros, "               \
    "COALESCE(pack_name, ''), COALESCE(pack_name_en, ''), COALESCE(gtin, ''), "                  \
    "COALESCE(material, ''), COALESCE(colour, ''), standard_cost_micros, active, hlc "           \
    "FROM items WHERE deleted = 0 "

Item readItem(Statement &q)
{
    Item i;
    i.id = q.text(0);
    i.code = q.text(1);
    i.name = q.text(2);
    i.nameEn = q.text(3);
    i.kind = Item::kindFromCode(q.text(4)).value_or(ItemKind::Hardware);
    i.unit = Orders::unitFromCode(q.text(5)).value_or(Orders::Unit::Piece);
    i.packSize = Core::Decimal::fromMicros(q.int64(6));
    i.packName = q.text(7);
    i.packNameEn = q.text(8);
    i.gtin = q.text(9);
    i.material = q.text(10);
    i.colour = q.text(11);
    i.standardCost = Core::Decimal::fromMicros(q.int64(12));
    i.active = q.int64(13) != 0;
    i.hlc = q.text(14);
    return i;
}

std::optional<Item> findOne(Statement &q)
{
    std::optional<Item> item;
    if (q.next())
        item = readItem(q);
    q.reset();
    return item;
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

Core::Result<Item> ItemStore::insert(Connection &c, Item item, const QString &reason,
                                     const QString &id)
{
    const QString where = QStringLiteral("items: %1").arg(item.code);
    if (item.code.trimmed().isEmpty() || item.name.trimmed().isEmpty())
        return Core::Error{tr("an item needs a code and a name"), where};
    if (item.packSize.micros() < 0)
        return Core::Error{tr("the pack size must not be negative"), where};
    if (findByCode(c, item.code))
        return Core::Error{tr("the item code %1 is already used").arg(item.code), where};
    if (!item.gtin.isEmpty() && findByGtin(c, item.gtin))
        return Core::Error{tr("the GTIN %1 already names another item").arg(item.gtin), where};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    item.id = id.isEmpty() ? Workflow::Internal::newId() : id;
    item.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO items(id, hlc, code, name, name_en, kind, unit, pack_size_micros, "
        "pack_name, pack_name_en, gtin, material, colour, standard_cost_micros, active, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, item.id)
        .bind(2, item.hlc)
        .bind(3, item.code)
        .bind(4, item.name)
        .bind(5, nullIfEmpty(item.nameEn))
        .bind(6, Item::kindCode(item.kind))
        .bind(7, Orders::unitCode(item.unit))
        .bind(8, item.packSize)
        .bind(9, nullIfEmpty(item.packName))
        .bind(10, nullIfEmpty(item.packNameEn))
        .bind(11, nullIfEmpty(item.gtin))
        .bind(12, nullIfEmpty(item.material))
        .bind(13, nullIfEmpty(item.colour))
        .bind(14, item.standardCost)
        .bind(15, item.active ? 1 : 0)
        .bind(16, now)
        .bind(17, now);
    if (!q.exec())
        return dbError(q, "items");
    q.reset();
    if (auto s =
            recordInsert(c, QStringLiteral("items"), item.id, item.toJson(), item.hlc, reason);
        !s)
        return s.error();
    if (auto s = scope.finish(); !s)
        return s.error();
    return item;
}

Core::Result<Item> ItemStore::find(Connection &c, const QString &itemId)
{
    Statement &q = c.prepare(ITEM_COLUMNS "AND id = ?");
    q.bind(1, itemId);
    if (auto item = findOne(q))
        return *item;
    return Core::Error{tr("the item does not exist (any more)"), itemId};
}

std::optional<Item> ItemStore::findByCode(Connection &c, const QString &code)
{
    Statement &q = c.prepare(ITEM_COLUMNS "AND code = ?");
    q.bind(1, code);
    return findOne(q);
}

std::optional<Item> ItemStore::findByGtin(Connection &c, const QString &gtin)
{
    Statement &q = c.prepare(ITEM_COLUMNS "AND gtin = ?");
    q.bind(1, gtin);
    return findOne(q);
}

Core::Result<QList<Item>> ItemStore::list(Connection &c, std::optional<ItemKind> kind)
{
    Statement &q = c.prepare(ITEM_COLUMNS "AND active = 1 AND (? IS NULL OR kind = ?) "
                                          "ORDER BY code");
    const QString code = kind ? Item::kindCode(*kind) : QString();
    q.bind(1, code).bind(2, code);
    QList<Item> items;
    while (q.next())
        items.append(readItem(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "items");
    q.reset();
    return items;
}

std::optional<Lot> ItemStore::findLot(Connection &c, const QString &itemId, const QString &lotNo)
{
    Statement &q = c.prepare("SELECT id, COALESCE(expires_on, ''), hlc FROM lots "
                             "WHERE item_id = ? AND lot_no = ? AND deleted = 0");
    q.bind(1, itemId).bind(2, lotNo);
    std::optional<Lot> lot;
    if (q.next()) {
        lot = Lot{q.text(0), itemId, lotNo, QDate::fromString(q.text(1), Qt::ISODate), q.text(2)};
    }
    q.reset();
    return lot;
}

Core::Result<Lot> ItemStore::ensureLot(Connection &c, const QString &itemId, const QString &lotNo,
                                       const QDate &expiresOn)
{
    if (lotNo.trimmed().isEmpty())
        return Core::Error{tr("a lot needs a number"), itemId};
    if (auto lot = findLot(c, itemId, lotNo))
        return *lot;

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("lots")};
    Lot lot{Workflow::Internal::newId(), itemId, lotNo, expiresOn,
            Storage::Database::clock().now()};
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare("INSERT INTO lots(id, hlc, item_id, lot_no, expires_on, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, lot.id)
        .bind(2, lot.hlc)
        .bind(3, itemId)
        .bind(4, lotNo)
        .bind(5, expiresOn.isValid() ? expiresOn.toString(Qt::ISODate) : QString())
        .bind(6, now)
        .bind(7, now);
    if (!q.exec())
        return dbError(q, "lots");
    q.reset();
    if (auto s = recordInsert(c, QStringLiteral("lots"), lot.id, lot.toJson(), lot.hlc, {});
        !s)
        return s.error();
    if (auto s = scope.finish(); !s)
        return s.error();
    return lot;
}

} // namespace Hearth::Warehouse
