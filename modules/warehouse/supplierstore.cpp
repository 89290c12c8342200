#include "supplierstore.h"

#include "itemstore.h"
#include "purchasingrows.h"
#include "storage/database.h"
#include "workflow/writescope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Hearth::Warehouse {

using Core::Decimal;
using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

const QString resourcePath = QStringLiteral(":/hearth/warehouse/suppliers.json");

#define SUPPLIER_COLUMNS                                                                         \
    "SELECT id, code, name, COALESCE(name_en, ''), lead_days, COALESCE(contact, ''), "           \
    "COALESCE(phone, ''), active, hlc FROM suppliers WHERE deleted = 0 "

#define OFFER_COLUMNS                                                                            \
    "SELECT si.id, si.supplier_id, si.item_id, si.price_micros, si.pack_size_micros, "           \
    "COALESCE(si.supplier_sku, ''), si.preferred, si.hlc FROM supplier_items si "

Supplier readSupplier(Statement &q)
{
    Supplier s;
    s.id = q.text(0);
    s.code = q.text(1);
    s.name = q.text(2);
    s.nameEn = q.text(3);
    s.leadDays = int(q.int64(4));
    s.contact = q.text(5);
    s.phone = q.text(6);
    s.active = q.int64(7) != 0;
    s.hlc = q.text(8);
    return s;
}

SupplierItem readOffer(Statement &q)
{
    SupplierItem o;
    o.id = q.text(0);
    o.supplierId = q.text(1);
    o.itemId = q.text(2);
    o.price = Decimal::fromMicros(q.int64(3));
    o.packSize = Decimal::fromMicros(q.int64(4));
    o.supplierSku = q.text(5);
    o.preferred = q.int64(6) != 0;
    o.hlc = q.text(7);
    return o;
}

Core::Result<QJsonObject> readResource()
{
    QFile f(resourcePath);
    if (!f.open(QIODevice::ReadOnly))
        return Core::Error{SupplierStore::tr("the default supplier data is missing"),
                           resourcePath};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Core::Error{SupplierStore::tr("not a JSON object: %1").arg(error.errorString()),
                           resourcePath};
    return doc.object();
}

} // namespace

Core::Result<Supplier> SupplierStore::insert(Connection &c, Supplier s, const QString &reason,
                                             const QString &id)
{
    const QString where = QStringLiteral("suppliers: %1").arg(s.code);
    if (s.code.trimmed().isEmpty() || s.name.trimmed().isEmpty())
        return Core::Error{tr("a supplier needs a code and a name"), where};
    if (s.leadDays < 0)
        return Core::Error{tr("the lead time must not be negative"), where};
    if (findByCode(c, s.code))
        return Core::Error{tr("the supplier code %1 is already used").arg(s.code), where};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    s.id = id.isEmpty() ? Workflow::Internal::newId() : id;
    s.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO suppliers(id, hlc, code, name, name_en, lead_days, contact, phone, active, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, s.id)
        .bind(2, s.hlc)
        .bind(3, s.code)
        .bind(4, s.name)
        .bind(5, Internal::nullIfEmpty(s.nameEn))
        .bind(6, s.leadDays)
        .bind(7, Internal::nullIfEmpty(s.contact))
        .bind(8, Internal::nullIfEmpty(s.phone))
        .bind(9, s.active ? 1 : 0)
        .bind(10, now)
        .bind(11, now);
    if (!q.exec())
        return dbError(q, "suppliers");
    q.reset();
    if (auto st = Internal::recordRow(c, QStringLiteral("suppliers"), s.id, ChangeLog::Op::Insert,
                                      {}, s.toJson(), s.hlc, reason);
        !st)
        return st.error();
    if (auto st = scope.finish(); !st)
        return st.error();
    return s;
}

std::optional<Supplier> SupplierStore::find(Connection &c, const QString &supplierId)
{
    Statement &q = c.prepare(SUPPLIER_COLUMNS "AND id = ?");
    q.bind(1, supplierId);
    std::optional<Supplier> s;
    if (q.next())
        s = readSupplier(q);
    q.reset();
    return s;
}

std::optional<Supplier> SupplierStore::findByCode(Connection &c, const QString &code)
{
    Statement &q = c.prepare(SUPPLIER_COLUMNS "AND code = ?");
    q.bind(1, code);
    std::optional<Supplier> s;
    if (q.next())
        s = readSupplier(q);
    q.reset();
    return s;
}

Core::Result<QList<Supplier>> SupplierStore::list(Connection &c)
{
    Statement &q = c.prepare(SUPPLIER_COLUMNS "AND active = 1 ORDER BY code");
    QList<Supplier> all;
    while (q.next())
        all.append(readSupplier(q));
    if (q.failed())
        return dbError(q, "suppliers");
    q.reset();
    return all;
}

Core::Result<SupplierItem> SupplierStore::setItem(Connection &c, SupplierItem o,
                                                  const QString &reason)
{
    const QString where = QStringLiteral("supplier_items: %1 %2").arg(o.supplierId, o.itemId);
    if (!find(c, o.supplierId))
        return Core::Error{tr("no such supplier"), where};
    if (!ItemStore::find(c, o.itemId))
        return Core::Error{tr("no such item"), where};
    if (o.price.micros() < 0 || o.packSize.micros() < 0)
        return Core::Error{tr("the price and the pack size must not be negative"), where};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    const std::optional<SupplierItem> before = item(c, o.supplierId, o.itemId);
    // One offer a supplier and item, on every desk.
    o.id = before ? before->id
                  : Workflow::Internal::keyedId(QStringLiteral("supplier_items"),
                                                o.supplierId + u'|' + o.itemId);
    o.hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO supplier_items(id, hlc, supplier_id, item_id, price_micros, "
        "pack_size_micros, supplier_sku, preferred, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (supplier_id, item_id) DO UPDATE SET "
        "hlc = excluded.hlc, price_micros = excluded.price_micros, "
        "pack_size_micros = excluded.pack_size_micros, supplier_sku = excluded.supplier_sku, "
        "preferred = excluded.preferred, deleted = 0, updated_at = excluded.updated_at");
    q.bind(1, o.id)
        .bind(2, o.hlc)
        .bind(3, o.supplierId)
        .bind(4, o.itemId)
        .bind(5, o.price)
        .bind(6, o.packSize)
        .bind(7, Internal::nullIfEmpty(o.supplierSku))
        .bind(8, o.preferred ? 1 : 0)
        .bind(9, now)
        .bind(10, now);
    if (!q.exec())
        return dbError(q, "supplier_items");
    q.reset();
    if (auto st = Internal::recordRow(c, QStringLiteral("supplier_items"), o.id,
                                      before ? ChangeLog::Op::Update : ChangeLog::Op::Insert,
                                      before ? before->toJson() : QJsonObject(), o.toJson(),
                                      o.hlc, reason);
        !st)
        return st.error();
    if (auto st = scope.finish(); !st)
        return st.error();
    return o;
}

std::optional<SupplierItem> SupplierStore::item(Connection &c, const QString &supplierId,
                                                const QString &itemId)
{
    Statement &q = c.prepare(OFFER_COLUMNS
                             "WHERE si.deleted = 0 AND si.supplier_id = ? AND si.item_id = ?");
    q.bind(1, supplierId).bind(2, itemId);
    std::optional<SupplierItem> o;
    if (q.next())
        o = readOffer(q);
    q.reset();
    return o;
}

std::optional<SupplierItem> SupplierStore::sourceFor(Connection &c, const QString &itemId)
{
    Statement &q = c.prepare(
        OFFER_COLUMNS "JOIN suppliers s ON s.id = si.supplier_id "
        "WHERE si.deleted = 0 AND s.deleted = 0 AND s.active = 1 AND si.item_id = ? "
        "ORDER BY si.preferred DESC, si.price_micros, s.code LIMIT 1");
    q.bind(1, itemId);
    std::optional<SupplierItem> o;
    if (q.next())
        o = readOffer(q);
    q.reset();
    return o;
}

Core::Result<SupplierSeedCounts> SupplierStore::seedDefaults(Connection &c)
{
    const auto doc = readResource();
    if (!doc)
        return doc.error();
    const QJsonArray list = doc->value(QLatin1String("suppliers")).toArray();
    const QString reason = tr("default supplier data");
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), resourcePath};
    SupplierSeedCounts counts;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString at = QStringLiteral("%1: suppliers[%2]").arg(resourcePath).arg(i);
        std::optional<Supplier> supplier =
            findByCode(c, o.value(QLatin1String("code")).toString());
        if (!supplier) {
            Supplier s;
            s.code = o.value(QLatin1String("code")).toString();
            s.name = o.value(QLatin1String("name")).toString();
            s.nameEn = o.value(QLatin1String("name_en")).toString();
            s.leadDays = o.value(QLatin1String("lead_days")).toInt();
            s.contact = o.value(QLatin1String("contact")).toString();
            const QString id = Workflow::Internal::keyedId(QStringLiteral("suppliers"), s.code);
            auto written = insert(c, s, reason, id);
            if (!written)
                return Core::Error{written.error().message, at};
            supplier = written.value();
            ++counts.suppliers;
        }
        const QJsonArray items = o.value(QLatin1String("items")).toArray();
        for (qsizetype j = 0; j < items.size(); ++j) {
            const QJsonObject io = items.at(j).toObject();
            const QString itemAt = at + QStringLiteral(".items[%1]").arg(j);
            const QString code = io.value(QLatin1String("item")).toString();
            const std::optional<Item> found = ItemStore::findByCode(c, code);
            if (!found)
                return Core::Error{tr("no item with the code \"%1\"").arg(code), itemAt};
            if (item(c, supplier->id, found->id))
                continue;
            const auto price = Decimal::parse(io.value(QLatin1String("price")).toString());
            const QString packText = io.value(QLatin1String("pack_size")).toString();
            const auto pack = packText.isEmpty() ? Decimal() : Decimal::parse(packText);
            if (!price || !pack)
                return Core::Error{tr("expected the price and pack size as decimals in text"),
                                   itemAt};
            SupplierItem offer;
            offer.supplierId = supplier->id;
            offer.itemId = found->id;
            offer.price = *price;
            offer.packSize = *pack;
            offer.preferred = io.value(QLatin1String("preferred")).toBool();
            auto written = setItem(c, offer, reason);
            if (!written)
                return Core::Error{written.error().message, itemAt};
            ++counts.items;
        }
    }
    if (auto st = scope.finish(); !st)
        return st.error();
    return counts;
}

Core::Result<QHash<QString, QString>> SupplierStore::hardwareItems()
{
    const auto doc = readResource();
    if (!doc)
        return doc.error();
    QHash<QString, QString> map;
    const QJsonObject o = doc->value(QLatin1String("hardware_items")).toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

} // namespace Hearth::Warehouse
