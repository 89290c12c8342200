#pragma once

// A desk database with the default warehouses and items and two orders to pack: SO-PACK-A
// (three panel lines over two work orders and a hardware line) and SO-PACK-B (one panel line).
// Rows are written with plain SQL: the split and the scheduler are not under test here.

#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/stockledger.h"
#include "warehouse/stocksetup.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace PackingFixture {

inline Hearth::Storage::Connection &db()
{
    return Hearth::Storage::Database::connection();
}

inline bool exec(const QString &sql)
{
    const auto s = db().execScript(sql);
    if (!s)
        qWarning("%s", qPrintable(s.error().toString()));
    return s.ok();
}

inline QString scalar(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Hearth::Storage::Statement q(db().handle(), utf8.constData());
    return q.next() ? q.text(0) : QString();
}

/// The id of test part n, a UUID as order_parts stores it.
inline QString partId(int n)
{
    return QString("00000000-0000-4000-8000-%1").arg(n, 12, 10, QChar('0'));
}

inline QString hardwareId(int n)
{
    return QString("00000000-0000-4000-9000-%1").arg(n, 12, 10, QChar('0'));
}

inline const char *const Stamp = "'2026-03-02T08:00:00.000Z'";

/// Opens a fresh database for the current test function and writes both orders. made: every
/// work order is made; otherwise SO-PACK-A's door work order waits for edge banding.
inline bool openWithOrders(QTemporaryDir &dir, bool made)
{
    const QString path = dir.filePath(QString("%1.db").arg(QTest::currentTestFunction()));
    QFile::remove(path);
    if (!Hearth::Storage::Database::open(path).ok())
        return false;
    Hearth::Storage::Database::setCurrentUser("baozhuang");
    if (!Hearth::Warehouse::StockSetup::seedDefaults(db()))
        return false;
    const QString s = Stamp;
    QString sql;
    sql += "INSERT INTO customers(id, hlc, channel, name, city, created_at, updated_at) VALUES "
           "('cust-a', 'h', 'store', '张三', '杭州市', " + s + ", " + s + "), "
           "('cust-b', 'h', 'dealer', '李四', '宁波市', " + s + ", " + s + ");";
    sql += "INSERT INTO sales_orders(id, hlc, order_no, channel, customer_id, city, status, "
           "created_at, updated_at) VALUES "
           "('ord-a', 'h', 'SO-PACK-A', 'store', 'cust-a', '杭州市', 'in_production', " + s
           + ", " + s + "), "
           "('ord-b', 'h', 'SO-PACK-B', 'dealer', 'cust-b', '宁波市', 'in_production', " + s
           + ", " + s + ");";
    const auto part = [&](int n, const char *order, const char *task, const char *key,
                          const char *name, int l, int w, int t, int q) {
        return QString("('%1', '%2', 'line-1', '%3', '%4', '%5', %6, %7, %8, %9, %10, 0, '', "
                       "'L', 'PB18-W', 'white')")
            .arg(partId(n), order, task, key, QString::fromUtf8(name))
            .arg(l)
            .arg(w)
            .arg(t)
            .arg(q)
            .arg(qint64(l) * w);
    };
    sql += "INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
           "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain, material, colour) "
           "VALUES " + part(1, "ord-a", "cab", "P01", "侧板", 720, 560, 18, 2) + ", "
           + part(2, "ord-a", "cab", "P02", "层板", 560, 540, 18, 1) + ", "
           + part(3, "ord-a", "door", "P03", "门板", 700, 396, 18, 2) + ", "
           + part(4, "ord-b", "cab", "P01", "顶板", 800, 560, 18, 1) + ";";
    sql += "INSERT INTO order_hardware(id, order_id, line_id, task_key, item_key, code, name, "
           "quantity_micros, unit) VALUES ('" + hardwareId(1) + "', 'ord-a', 'line-1', 'buy', "
           "'H01', 'HG-35', '铰链', 4000000, 'piece');";
    sql += "INSERT INTO work_centers(id, hlc, code, name, kind, created_at, updated_at) VALUES "
           "('wc-cut', 'h', 'CUT-1', '开料', 'cutting', " + s + ", " + s + "), "
           "('wc-edge', 'h', 'EDGE-1', '封边', 'edging', " + s + ", " + s + ");";
    const QString doorStatus = made ? "made" : "started";
    sql += "INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, status, "
           "created_at, updated_at) VALUES "
           "('wo-a1', 'h', 'WO-A1', 'ord-a', 'cab', 'panel', 'made', " + s + ", " + s + "), "
           "('wo-a2', 'h', 'WO-A2', 'ord-a', 'door', 'panel', '" + doorStatus + "', " + s
           + ", " + s + "), "
           "('wo-b1', 'h', 'WO-B1', 'ord-b', 'cab', 'panel', 'made', " + s + ", " + s + ");";
    const QString edgeStatus = made ? "done" : "waiting";
    sql += "INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
           "run_seconds, status, created_at, updated_at) VALUES "
           "('op-a2-10', 'h', 'wo-a2', 10, 'wc-cut', '开料', 60, 'done', " + s + ", " + s + "), "
           "('op-a2-20', 'h', 'wo-a2', 20, 'wc-edge', '封边', 60, '" + edgeStatus + "', " + s
           + ", " + s + ");";
    return exec(sql);
}

/// Receives quantity of an item into a storage bin, as a purchase receipt would.
inline bool receive(const char *itemCode, const char *binCode, qint64 quantity)
{
    Hearth::Warehouse::MoveRequest r;
    r.itemId = scalar(QString("SELECT id FROM items WHERE code = '%1'").arg(itemCode));
    r.toBinId = scalar(QString("SELECT id FROM bins WHERE code = '%1'").arg(binCode));
    r.quantity = Hearth::Core::Decimal::fromInt(quantity);
    r.unitCost = Hearth::Core::Decimal::fromInt(2);
    return bool(Hearth::Warehouse::StockLedger(db()).receive(r));
}

} // namespace PackingFixture
