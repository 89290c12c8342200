#pragma once

// The shared set-up of the purchasing tests: a real database with the default stock and
// suppliers, two approved orders with what the split wrote for them (a purchase task of a
// bought-in line, hardware per order, a work order's due date) and their owner.

#include "storage/database.h"
#include "warehouse/stocksetup.h"
#include "warehouse/supplierstore.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

namespace PurchasingFixture {

using namespace Hearth;

inline Storage::Connection &db()
{
    return Storage::Database::connection();
}

inline Core::Decimal d(const char *text)
{
    return *Core::Decimal::parse(QString::fromLatin1(text));
}

inline QString scalar(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    return q.next() ? q.text(0) : QString();
}

inline int rows(const QString &table, const QString &where = {})
{
    return scalar("SELECT COUNT(*) FROM " + table + (where.isEmpty() ? "" : " WHERE " + where))
        .toInt();
}

inline bool exec(const QString &sql)
{
    return db().execScript(sql).ok();
}

template<typename T>
QByteArray why(const Core::Result<T> &r)
{
    return r ? QByteArray("ok") : r.error().toString().toUtf8();
}

struct Ids
{
    QHash<QString, QString> items;
    QHash<QString, QString> bins;
};

/// Opens a new database file in dir and writes the two orders. Order SO-A (promised
/// 2026-12-20) buys 3.2 m of quartz worktop (ST-QTZ) from SUP-STONE and needs 6 hinges,
/// 3 handles, 2 runner pairs and 8 shelf pins for its cabinet work order due 2026-12-10;
/// order SO-B (promised 2026-12-08, no work order) needs 8 hinges.
inline bool setUp(const QTemporaryDir &dir, const QString &name, Ids *ids)
{
    const QString path = dir.filePath(name + ".db");
    QFile::remove(path);
    if (!Storage::Database::open(path).ok())
        return false;
    Storage::Database::setCurrentUser("caigou");
    if (!Warehouse::StockSetup::seedDefaults(db()) || !Warehouse::SupplierStore::seedDefaults(db()))
        return false;
    ids->items.clear();
    ids->bins.clear();
    Storage::Statement items(db().handle(), "SELECT code, id FROM items");
    while (items.next())
        ids->items.insert(items.text(0), items.text(1));
    Storage::Statement bins(db().handle(), "SELECT code, id FROM bins");
    while (bins.next())
        ids->bins.insert(bins.text(0), bins.text(1));

    const char *t = "'2026-12-01T02:00:00.000Z'";
    QString sql;
    sql += QString("INSERT INTO users(id, username, display_name, role, password_hash, active, "
                   "created_at) VALUES ('u-owner', 'xiaowang', '小王', 'clerk', 'x', 1, %1);")
               .arg(t);
    sql += QString("INSERT INTO sales_orders(id, hlc, order_no, channel, promised_on, status, "
                   "owner_id, created_at, updated_at) VALUES "
                   "('o-a', 'h', 'SO-A', 'store', '2026-12-20', 'approved', 'u-owner', %1, %1),"
                   "('o-b', 'h', 'SO-B', 'dealer', '2026-12-08', 'in_production', 'u-owner', "
                   "%1, %1);")
               .arg(t);
    sql += QString("INSERT INTO products(id, hlc, sku, name, kind, unit, created_at, updated_at) "
                   "VALUES ('p-qtz', 'h', 'ST-QTZ', '石英石台面', 'custom', 'm', %1, %1);")
               .arg(t);
    sql += QString("INSERT INTO order_lines(id, hlc, order_id, line_no, product_id, description, "
                   "unit, quantity_micros, amount_micros) VALUES "
                   "('la1', 'h', 'o-a', 1, NULL, '地柜', 'piece', 1000000, 3000000000),"
                   "('la2', 'h', 'o-a', 2, 'p-qtz', '石英石台面', 'm', 3200000, 4800000000),"
                   "('lb1', 'h', 'o-b', 1, NULL, '衣柜', 'piece', 1000000, 5000000000);");
    sql += QString("INSERT INTO tasks(id, hlc, order_id, task_key, kind, title, status, due_at, "
                   "details, created_at, updated_at) VALUES ('t-a', 'h', 'o-a', "
                   "'purchase:SUP-STONE', 'purchase', 'SO-A 向石材台面供应商采购', 'open', "
                   "'2026-12-14T01:00:00.000Z', '{\"lines\":[{\"description\":\"石英石台面\","
                   "\"line_id\":\"la2\",\"line_no\":2,\"quantity\":\"3.2\",\"unit\":\"m\"}],"
                   "\"order_no\":\"SO-A\",\"supplier\":\"SUP-STONE\"}', %1, %1);")
               .arg(t);
    sql += QString("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, "
                   "due_date, status, created_at, updated_at) VALUES ('w-a', 'h', 'WO-A', "
                   "'o-a', 'work_order:WS-CAB', 'WS-CAB', '2026-12-10', 'released', %1, %1);")
               .arg(t);
    sql += "INSERT INTO order_hardware(id, order_id, line_id, task_key, item_key, code, name, "
           "quantity_micros, unit) VALUES "
           "('ha1', 'o-a', 'la1', 'work_order:WS-CAB', '1.hinge', 'hinge', '铰链', 6000000, "
           "'piece'),"
           "('ha2', 'o-a', 'la1', 'work_order:WS-CAB', '1.handle', 'handle', '拉手', 3000000, "
           "'piece'),"
           "('ha3', 'o-a', 'la1', 'work_order:WS-CAB', '1.runner', 'runner', '三节滑轨', "
           "2000000, 'pair'),"
           "('ha4', 'o-a', 'la1', 'work_order:WS-CAB', '1.shelf_pin', 'shelf_pin', '层板托', "
           "8000000, 'piece'),"
           "('hb1', 'o-b', 'lb1', 'work_order:WS-WARD', '1.hinge', 'hinge', '铰链', 8000000, "
           "'piece');";
    return exec(sql);
}

} // namespace PurchasingFixture
