// bench_stock: stock at ten million moves. Builds (once, cached in the build folder as
// bench-stock-10m.db, about 4 GB) a database of generated stock moves over 2,000 items in 3
// warehouses with 120 bins, written in one transaction with prepared statements, the summary
// triggers and the moves' secondary indexes set aside during the fill and the summaries rebuilt
// from the moves after it. Building the ten million takes several minutes on a loaded machine;
// later runs reuse the file. For a quick trial run, a smaller size gets its own cached file:
//
//   bench_stock                         ten million moves (built on the first run)
//   bench_stock --moves 200000          a quick run
//   bench_stock [--db FILE] [--scans N] [--queries N]
//
// Hearth's connections leave WAL checkpoints to Storage::Checkpointer's thread; the raw baseline
// keeps SQLite's default, a checkpoint inside every commit that fills the log past 1000 pages.
//
// Figures:
//   stock_balance_ms   Hearth::Warehouse::StockBalance::onHand for an item, mean over --queries
//                      items, beside a raw SQLite SUM over the same item's moves (index on item).
//   scan_commit_*_ms   --scans issues committed one by one as a scanner makes them, through
//                      StockLedger (checks, valuation, ChangeLog outbox and audit), beside raw
//                      INSERTs of the same rows, one transaction each. Target: p99 under 5 ms.
// Every run appends its scans (2 × --scans moves) to the cached database, on an item of their
// own, so the measured items' balances do not change.

#include "benchreport.h"

#include "core/decimal.h"
#include "storage/database.h"
#include "warehouse/stockbalance.h"
#include "warehouse/stockledger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace Hearth;
using namespace Hearth::Bench;

namespace {

constexpr int itemCount = 2000;
constexpr int warehouseCount = 3;
constexpr int binsPerWarehouse = 40;
constexpr int binCount = warehouseCount * binsPerWarehouse;
// Bump when the generated data changes, so that a cached database is made again.
constexpr int datasetVersion = 1;
// The item the scans issue from: received in plenty when the data is made.
constexpr const char *scanItemCode = "BENCH-SCAN";
constexpr qint64 scanItemStock = 100'000'000;

struct Options
{
    qint64 moves = 10'000'000;
    int scans = 10'000;
    int queries = 400;
    QString db;
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (i + 1 >= args.size())
            break;
        const QString value = args[++i];
        if (a == QLatin1String("--moves"))
            o.moves = std::max<qint64>(value.toLongLong(), 1000);
        else if (a == QLatin1String("--scans"))
            o.scans = std::max(value.toInt(), 1);
        else if (a == QLatin1String("--queries"))
            o.queries = std::max(value.toInt(), 1);
        else if (a == QLatin1String("--db"))
            o.db = value;
    }
    if (o.db.isEmpty()) {
        const QString size
            = o.moves == 10'000'000 ? QStringLiteral("10m") : QString::number(o.moves);
        o.db = QStringLiteral(HEARTH_BENCH_CACHE_DIR "/bench-stock-%1.db").arg(size);
    }
    return o;
}

QString datasetMark(qint64 moves)
{
    return QStringLiteral("moves=%1;version=%2").arg(moves).arg(datasetVersion);
}

/// splitmix64, so that every generated move follows from its index alone.
quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/// A UUID-shaped id that grows with n, so that ten million primary keys append to the B-tree
/// instead of landing at random (real desks use random UUIDs; a scan adds one at a time).
QByteArray orderedId(quint64 kind, quint64 n)
{
    char text[40];
    std::snprintf(text, sizeof text, "%08llx-%04llx-4000-8000-%012llx",
                  static_cast<unsigned long long>(kind), static_cast<unsigned long long>(n >> 48),
                  static_cast<unsigned long long>(n & 0xFFFFFFFFFFFFULL));
    return QByteArray(text);
}

QByteArray itemId(int i)
{
    return orderedId(1, quint64(i));
}

QByteArray binId(int b)
{
    return orderedId(2, quint64(b));
}

QByteArray warehouseId(int w)
{
    return orderedId(3, quint64(w));
}

/// A prepared statement for the generator, binding UTF-8 that outlives the step.
class Inserter
{
public:
    Inserter(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Inserter() { sqlite3_finalize(m_stmt); }
    Inserter(const Inserter &) = delete;
    Inserter &operator=(const Inserter &) = delete;

    Inserter &text(int i, const QByteArray &v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_stmt, i);
        else
            sqlite3_bind_text(m_stmt, i, v.constData(), int(v.size()), SQLITE_STATIC);
        return *this;
    }
    Inserter &integer(int i, qint64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    bool run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        return rc == SQLITE_DONE;
    }
    bool valid() const { return m_stmt != nullptr; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

/// The CREATE statements of the triggers on stock_moves and of its own indexes, so that the
/// fill can drop them and make them again after it.
QList<QByteArray> setAside(sqlite3 *db)
{
    QList<QByteArray> sql;
    QList<QByteArray> drops;
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'stock_moves' "
                       "AND type IN ('trigger', 'index') AND sql IS NOT NULL",
                       -1, &q, nullptr);
    while (sqlite3_step(q) == SQLITE_ROW) {
        const QByteArray type(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)));
        sql.append(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 2))));
        drops.append("DROP " + type.toUpper() + ' ' + name);
    }
    sqlite3_finalize(q);
    for (const QByteArray &drop : drops)
        exec(db, drop.constData());
    return sql;
}

/// Fills a database that has the schema and nothing else.
bool fill(sqlite3 *db, qint64 moves)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray hlc = "0000001700000000-0000-bench";
    Inserter warehouse(db, "INSERT INTO warehouses(id, hlc, code, name, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?)");
    Inserter bin(db, "INSERT INTO bins(id, hlc, warehouse_id, code, name, created_at, updated_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)");
    Inserter item(db, "INSERT INTO items(id, hlc, code, name, kind, unit, pack_size_micros, "
                      "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Inserter move(db,
                  "INSERT INTO stock_moves(id, hlc, idempotency_key, kind, item_id, from_bin_id, "
                  "to_bin_id, quantity_micros, unit, unit_cost_micros, value_micros, "
                  "work_order_id, user_name, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'piece', ?, ?, ?, 'bench', ?)");
    if (!warehouse.valid() || !bin.valid() || !item.valid() || !move.valid())
        return false;

    static const char *const warehouseNames[] = {"原材料仓", "五金辅料仓", "成品仓"};
    for (int w = 0; w < warehouseCount; ++w) {
        if (!warehouse.text(1, warehouseId(w))
                 .text(2, hlc)
                 .text(3, "WH-" + QByteArray::number(w + 1))
                 .text(4, QByteArray(warehouseNames[w]))
                 .text(5, now)
                 .text(6, now)
                 .run())
            return false;
    }
    for (int b = 0; b < binCount; ++b) {
        const QByteArray code = QStringLiteral("B%1-%2")
                                    .arg(b / binsPerWarehouse + 1)
                                    .arg(b % binsPerWarehouse + 1, 3, 10, QLatin1Char('0'))
                                    .toUtf8();
        if (!bin.text(1, binId(b))
                 .text(2, hlc)
                 .text(3, warehouseId(b / binsPerWarehouse))
                 .text(4, code)
                 .text(5, "库位 " + code)
                 .text(6, now)
                 .text(7, now)
                 .run())
            return false;
    }
    static const char *const kinds[] = {"board", "edge_banding", "hardware", "bought_in"};
    for (int i = 0; i <= itemCount; ++i) {
        const bool scanItem = i == itemCount;
        const QByteArray code = scanItem ? QByteArray(scanItemCode)
                                         : "IT-" + QByteArray::number(i + 100001);
        if (!item.text(1, itemId(i))
                 .text(2, hlc)
                 .text(3, code)
                 .text(4, "物料 " + code)
                 .text(5, QByteArray(kinds[i % 4]))
                 .text(6, "piece")
                 .integer(7, i % 4 == 0 ? 1'000'000 : 0)
                 .text(8, now)
                 .text(9, now)
                 .run())
            return false;
    }

    // Each item lives in four bins of its own warehouse; receipts come in tens, issues in ones.
    for (qint64 n = 0; n <= moves; ++n) {
        const bool scanStock = n == moves;
        const quint64 r = mix(quint64(n));
        const int i = scanStock ? itemCount : int(r % itemCount);
        const int home = (i % warehouseCount) * binsPerWarehouse;
        const QByteArray bin1 = binId(home + int((quint64(i) * 7 + (r >> 20) % 4)
                                                 % binsPerWarehouse));
        const QByteArray bin2 = binId(home + int((quint64(i) * 7 + 1) % binsPerWarehouse));
        const int roll = int((r >> 32) % 100);
        const char *kind = "issue";
        QByteArray from = bin1;
        QByteArray to;
        qint64 quantity = qint64(1 + (r >> 40) % 5) * 1'000'000;
        QByteArray workOrder = "wo-" + QByteArray::number(qint64((r >> 12) % 500000));
        if (scanStock || roll < 30) {
            kind = "receive";
            to = from;
            from = QByteArray();
            quantity = scanStock ? scanItemStock * 1'000'000
                                 : qint64(10 + (r >> 40) % 90) * 1'000'000;
            workOrder = QByteArray();
        } else if (roll < 40) {
            kind = "transfer";
            to = bin2 == from ? binId(home + (int(r % 3) + 2) % binsPerWarehouse) : bin2;
            workOrder = QByteArray();
        }
        const qint64 cost = qint64(5 + i % 300) * 1'000'000 + qint64((r >> 8) % 100) * 10'000;
        const qint64 value = quantity / 1'000'000 * cost;
        if (!move.text(1, orderedId(4, quint64(n)))
                 .text(2, hlc)
                 .text(3, "gen-" + QByteArray::number(n))
                 .text(4, QByteArray(kind))
                 .text(5, itemId(i))
                 .text(6, from)
                 .text(7, to)
                 .integer(8, quantity)
                 .integer(9, cost)
                 .integer(10, value)
                 .text(11, workOrder)
                 .text(12, now)
                 .run())
            return false;
        if ((n + 1) % 1'000'000 == 0)
            Report::note(QStringLiteral("generated %1 moves").arg(n + 1));
    }
    return true;
}

bool ensureDatabase(const QString &path, qint64 moves)
{
    if (QFile::exists(path)) {
        sqlite3 *db = nullptr;
        QString mark;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *q = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT value FROM settings WHERE key = 'bench_dataset'",
                                   -1, &q, nullptr)
                    == SQLITE_OK
                && sqlite3_step(q) == SQLITE_ROW)
                mark = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            sqlite3_finalize(q);
        }
        sqlite3_close(db);
        if (mark == datasetMark(moves))
            return true;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    Report::note(QStringLiteral("building %1 (%2 moves; minutes for ten million); later runs "
                                "reuse it")
                     .arg(path)
                     .arg(moves));

    QElapsedTimer timer;
    timer.start();
    if (const Core::Status s = Storage::Database::open(path); !s) {
        std::fprintf(stderr, "bench_stock: %s\n", qPrintable(s.error().toString()));
        return false;
    }
    Storage::Database::close();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return false;
    }
    // Generated data: no journal, no syncing, a large cache; the mark goes in last.
    bool ok = exec(db,
                   "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000;"
                   " PRAGMA foreign_keys=OFF; PRAGMA temp_store=FILE; BEGIN");
    const QList<QByteArray> schema = ok ? setAside(db) : QList<QByteArray>();
    ok = ok && fill(db, moves);
    if (ok)
        Report::note(QStringLiteral("moves written in %1 s; indexing and summing")
                         .arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    for (const QByteArray &sql : schema)
        ok = ok && exec(db, sql.constData());
    ok = ok && exec(db, "COMMIT");
    if (!ok)
        std::fprintf(stderr, "bench_stock: cannot fill %s: %s\n", qPrintable(path),
                     sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!ok)
        return false;

    // The summaries, made from the moves by the same code a desk would use; the mark last.
    if (const Core::Status s = Storage::Database::open(path); !s)
        return false;
    Storage::Connection &c = Storage::Database::connection();
    Core::Status rebuilt = Warehouse::StockBalance::rebuild(c);
    if (rebuilt)
        rebuilt = c.execScript(QStringLiteral("INSERT INTO settings(key, value) VALUES "
                                              "('bench_dataset', '%1')")
                                   .arg(datasetMark(moves)));
    c.execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Storage::Database::close();
    if (!rebuilt) {
        std::fprintf(stderr, "bench_stock: %s\n", qPrintable(rebuilt.error().toString()));
        return false;
    }
    Report::note(QStringLiteral("built in %1 s").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return true;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Mean milliseconds of StockBalance::onHand and of a raw SUM over the moves, per item.
bool measureBalances(const Options &o)
{
    Storage::Connection &c = Storage::Database::connection();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(c.handle(),
                           "SELECT COALESCE(SUM(CASE WHEN to_bin_id IS NOT NULL THEN "
                           "quantity_micros ELSE 0 END) - SUM(CASE WHEN from_bin_id IS NOT NULL "
                           "THEN quantity_micros ELSE 0 END), 0) FROM stock_moves "
                           "WHERE item_id = ?",
                           -1, &raw, nullptr)
        != SQLITE_OK)
        return false;
    const auto rawSum = [raw](const QByteArray &id) {
        sqlite3_bind_text(raw, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        qint64 sum = 0;
        if (sqlite3_step(raw) == SQLITE_ROW)
            sum = sqlite3_column_int64(raw, 0);
        sqlite3_reset(raw);
        return sum;
    };

    // Items picked apart from each other; the first pass warms both paths on other items.
    std::vector<QByteArray> warm;
    std::vector<QByteArray> measured;
    for (int k = 0; k < o.queries; ++k) {
        warm.push_back(itemId(int(mix(quint64(k) + 1'000'000) % itemCount)));
        measured.push_back(itemId(int(mix(quint64(k)) % itemCount)));
    }
    for (const QByteArray &id : warm) {
        rawSum(id);
        Warehouse::StockBalance::onHand(c, QString::fromLatin1(id));
    }

    bool agree = true;
    QElapsedTimer t;
    t.start();
    std::vector<qint64> kept;
    for (const QByteArray &id : measured) {
        const auto onHand = Warehouse::StockBalance::onHand(c, QString::fromLatin1(id));
        kept.push_back(onHand ? onHand->micros() : -1);
    }
    const double hearthMs = msSince(t);
    t.restart();
    for (size_t k = 0; k < measured.size(); ++k)
        agree = agree && rawSum(measured[k]) == kept[k];
    const double rawMs = msSince(t);
    sqlite3_finalize(raw);
    if (!agree) {
        std::fprintf(stderr, "bench_stock: a balance differs from the sum of its moves\n");
        return false;
    }
    Report::versus(QStringLiteral("stock_balance_ms"), hearthMs / o.queries,
                   QStringLiteral("raw_sqlite_sum_ms"), rawMs / o.queries, QStringLiteral("ms"));
    return true;
}

/// Scans committed one by one: through the ledger, and as raw inserts.
bool measureScans(const Options &o)
{
    Storage::Connection &c = Storage::Database::connection();
    Storage::Database::setCurrentUser(QStringLiteral("bench"));
    const QString item = QString::fromLatin1(itemId(itemCount));
    const auto stock = Warehouse::StockBalance::bins(c, item);
    if (!stock || stock->isEmpty()) {
        std::fprintf(stderr, "bench_stock: the scan item has no stock\n");
        return false;
    }
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());

    Warehouse::StockLedger ledger(c);
    QList<double> scanMs;
    for (int i = 0; i < o.scans; ++i) {
        Warehouse::MoveRequest r;
        r.key = QStringLiteral("scan-%1-%2").arg(run).arg(i);
        r.itemId = item;
        r.fromBinId = stock->first().binId;
        r.quantity = Core::Decimal::fromInt(1);
        r.workOrderId = QStringLiteral("wo-bench-%1").arg(i / 20);
        r.scanCode = QStringLiteral("]C1WO%1").arg(i, 8, 10, QLatin1Char('0'));
        QElapsedTimer t;
        t.start();
        const auto outcome = ledger.issue(r);
        scanMs.append(msSince(t));
        if (!outcome) {
            std::fprintf(stderr, "bench_stock: scan %d: %s\n", i,
                         qPrintable(outcome.error().toString()));
            return false;
        }
    }
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(c.handle(),
                           "INSERT INTO stock_moves(id, hlc, idempotency_key, kind, item_id, "
                           "from_bin_id, quantity_micros, unit, unit_cost_micros, value_micros, "
                           "work_order_id, scan_code, user_name, created_at) VALUES (?, ?, ?, "
                           "'issue', ?, ?, 1000000, 'piece', 1000000, 1000000, ?, ?, 'bench', ?)",
                           -1, &insert, nullptr)
        != SQLITE_OK)
        return false;
    QList<double> rawMs;
    const QByteArray itemUtf8 = item.toUtf8();
    const QByteArray binUtf8 = stock->first().binId.toUtf8();
    for (int i = 0; i < o.scans; ++i) {
        const QByteArray id = QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
        const QByteArray key = QStringLiteral("raw-%1-%2").arg(run).arg(i).toUtf8();
        const QByteArray hlc = Storage::Database::clock().now().toUtf8();
        const QByteArray workOrder = QStringLiteral("wo-bench-%1").arg(i / 20).toUtf8();
        const QByteArray code = QStringLiteral("]C1WO%1").arg(i, 8, 10, QLatin1Char('0')).toUtf8();
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        QElapsedTimer t;
        t.start();
        bool ok = exec(c.handle(), "BEGIN IMMEDIATE");
        sqlite3_bind_text(insert, 1, id.constData(), int(id.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, hlc.constData(), int(hlc.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 3, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 4, itemUtf8.constData(), int(itemUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 5, binUtf8.constData(), int(binUtf8.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 6, workOrder.constData(), int(workOrder.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 7, code.constData(), int(code.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 8, at.constData(), int(at.size()), SQLITE_STATIC);
        ok = ok && sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
        ok = ok && exec(c.handle(), "COMMIT");
        rawMs.append(msSince(t));
        if (!ok) {
            std::fprintf(stderr, "bench_stock: raw insert %d: %s\n", i, sqlite3_errmsg(c.handle()));
            sqlite3_finalize(insert);
            return false;
        }
    }
    sqlite3_finalize(insert);

    Report::versus(QStringLiteral("scan_commit_p50_ms"), Report::percentile(scanMs, 50),
                   QStringLiteral("raw_sqlite_insert_p50_ms"), Report::percentile(rawMs, 50),
                   QStringLiteral("ms"));
    Report::versus(QStringLiteral("scan_commit_p99_ms"), Report::percentile(scanMs, 99),
                   QStringLiteral("raw_sqlite_insert_p99_ms"), Report::percentile(rawMs, 99),
                   QStringLiteral("ms"));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Options o = parseArguments(app.arguments());
    if (!ensureDatabase(o.db, o.moves))
        return 1;
    if (const Core::Status s = Storage::Database::open(o.db); !s) {
        std::fprintf(stderr, "bench_stock: %s\n", qPrintable(s.error().toString()));
        return 1;
    }
    Report::note(QStringLiteral("%1 generated moves in %2").arg(o.moves).arg(o.db));
    const bool ok = measureBalances(o) && measureScans(o);
    Storage::Database::connection().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    Storage::Database::close();
    return ok ? 0 : 1;
}
