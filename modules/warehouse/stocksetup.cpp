#include "stocksetup.h"

#include "itemstore.h"
#include "storage/transaction.h"
#include "warehousestore.h"
#include "workflow/writescope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::Connection;

namespace {

const QString seedReason = QStringLiteral("default stock data");

Core::Result<QJsonArray> readList(const char *file, const char *key)
{
    const QString path = QStringLiteral(":/hearth/warehouse/") + QLatin1String(file);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Core::Error{StockSetup::tr("the default stock data is missing"), path};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    const QJsonValue list = doc.object().value(QLatin1String(key));
    if (error.error != QJsonParseError::NoError || !list.isArray())
        return Core::Error{StockSetup::tr("not a list of \"%1\"").arg(QLatin1String(key)), path};
    return list.toArray();
}

QString where(const char *file, const QString &path)
{
    return QStringLiteral("resources/warehouse/%1: %2").arg(QLatin1String(file), path);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

/// A decimal written as text ("168.00"); absent is 0.
std::optional<Decimal> decimal(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return Decimal();
    if (!v.isString())
        return std::nullopt;
    return Decimal::parse(v.toString());
}

Core::Status seedWarehouses(Connection &c, StockSeedCounts *counts)
{
    const auto list = readList("warehouses.json", "warehouses");
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject o = list->at(i).toObject();
        const QString at = QStringLiteral("warehouses[%1]").arg(i);
        std::optional<Warehouse> warehouse = WarehouseStore::findByCode(c, text(o, "code"));
        if (!warehouse) {
            Warehouse w;
            w.code = text(o, "code");
            w.name = text(o, "name");
            w.nameEn = text(o, "name_en");
            const QString id = Workflow::Internal::keyedId(QStringLiteral("warehouses"), w.code);
            auto written = WarehouseStore::insert(c, w, seedReason, id);
            if (!written)
                return Core::Error{written.error().message, where("warehouses.json", at)};
            warehouse = written.value();
            ++counts->warehouses;
        }
        const QJsonArray bins = o.value(QLatin1String("bins")).toArray();
        for (qsizetype j = 0; j < bins.size(); ++j) {
            const QJsonObject b = bins.at(j).toObject();
            const QString binAt = at + QStringLiteral(".bins[%1]").arg(j);
            if (WarehouseStore::findBinByCode(c, text(b, "code")))
                continue;
            const auto kind = Bin::kindFromCode(text(b, "kind"));
            if (!kind)
                return Core::Error{StockSetup::tr("unknown bin kind \"%1\"").arg(text(b, "kind")),
                                   where("warehouses.json", binAt)};
            Bin bin;
            bin.warehouseId = warehouse->id;
            bin.code = text(b, "code");
            bin.name = text(b, "name");
            bin.nameEn = text(b, "name_en");
            bin.kind = *kind;
            const QString binId = Workflow::Internal::keyedId(QStringLiteral("bins"), bin.code);
            if (auto written = WarehouseStore::insertBin(c, bin, seedReason, binId); !written)
                return Core::Error{written.error().message, where("warehouses.json", binAt)};
            ++counts->bins;
        }
    }
    return {};
}

Core::Status seedItems(Connection &c, StockSeedCounts *counts)
{
    const auto list = readList("items.json", "items");
    if (!list)
        return list.error();
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QJsonObject o = list->at(i).toObject();
        const QString at = where("items.json", QStringLiteral("items[%1]").arg(i));
        if (ItemStore::findByCode(c, text(o, "code")))
            continue;
        const auto kind = Item::kindFromCode(text(o, "kind"));
        const auto unit = Orders::unitFromCode(text(o, "unit"));
        const auto packSize = decimal(o, "pack_size");
        const auto cost = decimal(o, "standard_cost");
        if (!kind)
            return Core::Error{StockSetup::tr("unknown item kind \"%1\"").arg(text(o, "kind")),
                               at};
        if (!unit)
            return Core::Error{StockSetup::tr("unknown unit \"%1\"").arg(text(o, "unit")), at};
        if (!packSize || !cost)
            return Core::Error{StockSetup::tr("pack_size and standard_cost must be decimals "
                                              "written as text, like \"12.50\""),
                               at};
        Item item;
        item.code = text(o, "code");
        item.name = text(o, "name");
        item.nameEn = text(o, "name_en");
        item.kind = *kind;
        item.unit = *unit;
        item.packSize = *packSize;
        item.packName = text(o, "pack_name");
        item.packNameEn = text(o, "pack_name_en");
        item.gtin = text(o, "gtin");
        item.material = text(o, "material");
        item.colour = text(o, "colour");
        item.standardCost = *cost;
        const QString id = Workflow::Internal::keyedId(QStringLiteral("items"), item.code);
        if (auto written = ItemStore::insert(c, item, seedReason, id); !written)
            return Core::Error{written.error().message, at};
        ++counts->items;
    }
    return {};
}

} // namespace

Core::Result<StockSeedCounts> StockSetup::seedDefaults(Connection &c)
{
    Storage::Transaction tx(c);
    if (!tx.isActive())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("warehouses")};
    StockSeedCounts counts;
    if (auto s = seedWarehouses(c, &counts); !s)
        return s.error();
    if (auto s = seedItems(c, &counts); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace Hearth::Warehouse
