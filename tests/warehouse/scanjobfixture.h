#pragma once

// A desk database for the scanning jobs: the default warehouses, bins and items, GTINs on
// three items as their suppliers print them, and two orders with a work order and a part
// each (SO-SCAN-A: WO-SCAN-A; SO-SCAN-B: WO-SCAN-B). Orders, work orders and parts are
// written with plain SQL: the split is not under test here.

#include "core/decimal.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "warehouse/scanevent.h"
#include "warehouse/scanhandler.h"
#include "warehouse/stockbalance.h"
#include "warehouse/stocksetup.h"

#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QString>
#include <QTest>

namespace ScanJobFixture {

using Hearth::Warehouse::ScanEvent;
using Hearth::Warehouse::ScanHandler;
using Hearth::Warehouse::ScanResult;

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

inline int rows(const QString &table, const QString &where = {})
{
    return scalar("SELECT COUNT(*) FROM " + table + (where.isEmpty() ? "" : " WHERE " + where))
        .toInt();
}

inline QString itemId(const QString &code)
{
    return scalar(QString("SELECT id FROM items WHERE code = '%1'").arg(code));
}

inline QString binId(const QString &code)
{
    return scalar(QString("SELECT id FROM bins WHERE code = '%1'").arg(code));
}

inline QString warehouseId(const QString &code)
{
    return scalar(QString("SELECT id FROM warehouses WHERE code = '%1'").arg(code));
}

/// What a bin holds of an item, all lots, as text: "12", "0", "200".
inline QString held(const QString &itemCode, const QString &binCode)
{
    const auto q = Hearth::Warehouse::StockBalance::inBin(db(), itemId(itemCode), binId(binCode));
    return q ? q->toString() : QString("error");
}

/// The part of order a ("a") or b ("b"), a UUID as order_parts stores it.
inline QString partId(char order)
{
    return QString("00000000-0000-4000-8000-00000000000%1").arg(order == 'a' ? 1 : 2);
}

inline const char *const Stamp = "'2026-03-02T08:00:00.000Z'";

/// Opens path afresh (removing what was there) and writes the fixture's rows.
inline bool openFresh(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + "-wal");
    QFile::remove(path + "-shm");
    if (!Hearth::Storage::Database::open(path).ok())
        return false;
    Hearth::Storage::Database::setCurrentUser("cangguan");
    if (!Hearth::Warehouse::StockSetup::seedDefaults(db()))
        return false;
    const QString s = Stamp;
    QString sql;
    // Hinges by their EAN-13, runners by their GTIN-14 case code, edge banding by a GTIN-8.
    sql += "UPDATE items SET gtin = '6901234567892' WHERE code = 'HG-35';"
           "UPDATE items SET gtin = '09501101020917' WHERE code = 'SL-450';"
           "UPDATE items SET gtin = '12345670' WHERE code = 'EB1-W';";
    sql += "INSERT INTO customers(id, hlc, channel, name, city, created_at, updated_at) VALUES "
           "('cust-a', 'h', 'store', '张三', '杭州市', " + s + ", " + s + ");";
    sql += "INSERT INTO sales_orders(id, hlc, order_no, channel, customer_id, city, status, "
           "created_at, updated_at) VALUES "
           "('ord-a', 'h', 'SO-SCAN-A', 'store', 'cust-a', '杭州市', 'in_production', " + s
           + ", " + s + "), "
           "('ord-b', 'h', 'SO-SCAN-B', 'store', 'cust-a', '杭州市', 'in_production', " + s
           + ", " + s + ");";
    const auto part = [&](char order) {
        return QString("('%1', 'ord-%2', 'line-1', 'cab', 'P01', '侧板', 720, 560, 18, 1, "
                       "403200, 0, '', 'L', 'PB18-W', 'white')")
            .arg(partId(order))
            .arg(QChar(order));
    };
    sql += "INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
           "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain, material, colour) "
           "VALUES " + part('a') + ", " + part('b') + ";";
    sql += "INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, status, "
           "created_at, updated_at) VALUES "
           "('wo-a', 'h', 'WO-SCAN-A', 'ord-a', 'cab', 'WS-CAB', 'started', " + s + ", " + s
           + "), ('wo-b', 'h', 'WO-SCAN-B', 'ord-b', 'cab', 'WS-CAB', 'started', " + s + ", "
           + s + "), ('wo-x', 'h', 'WO-SCAN-X', 'ord-b', 'door', 'WS-CAB', 'cancelled', " + s
           + ", " + s + ");";
    return exec(sql);
}

/// Feeds reads to a handler as a keyboard-wedge scanner sends them, two seconds apart unless
/// told otherwise, on a clock of its own.
class Scanner
{
public:
    explicit Scanner(ScanHandler *handler) : m_handler(handler) {}

    ScanResult scan(const QString &read, int afterMs = 2000)
    {
        m_at = m_at.addMSecs(afterMs);
        return m_handler->handle(ScanEvent::fromRead(read, ScanEvent::Source::Keyboard,
                                                     ScanEvent::Suffix::Enter, m_at));
    }

    /// One letter per outcome: O ok, W wrong, D duplicate. A read starting with "~" is the
    /// scanner sending the previous read again at once (0 ms later).
    QString scanAll(const QStringList &reads)
    {
        QString outcomes;
        for (QString read : reads) {
            const bool resent = read.startsWith('~');
            if (resent)
                read.remove(0, 1);
            const ScanResult r = scan(read, resent ? 0 : 2000);
            outcomes += r.outcome == ScanResult::Outcome::Ok          ? 'O'
                        : r.outcome == ScanResult::Outcome::Duplicate ? 'D'
                                                                      : 'W';
            m_log += read + " -> " + r.message + " / " + r.detail + "\n";
        }
        return outcomes;
    }

    QString log() const { return m_log; }
    void setHandler(ScanHandler *handler) { m_handler = handler; }

private:
    ScanHandler *m_handler;
    QDateTime m_at = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    QString m_log;
};

/// GS as a wedge scanner's Alt+029 gives it.
inline const QString GS = QString(QChar(0x1D));

} // namespace ScanJobFixture
