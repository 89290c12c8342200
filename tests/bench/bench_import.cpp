// bench_import: imports a generated Tmall order report of N orders of 5 lines (CSV, UTF-8,
// the shipped "tmall" mapping) through Hearth::Orders::Importer into a fresh database, and
// inserts the same business rows (customers, products, orders, lines) with the raw sqlite3 C
// API (prepared statements, one transaction, the same schema and connection pragmas) into
// another fresh file, in the same process. The importer also reads, parses and checks the file
// and writes the full-text index, the sync outbox and the audit trail.
//
//   bench_import [--orders N] [--only import|raw] [--keep DIR] [--raw-cache-mb MB]

#include "benchreport.h"
#include "sampledata.h"

#include "core/hybridclock.h"
#include "orders/importer.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

#include <cstdio>
#include <vector>

using namespace Hearth;
using namespace Hearth::Bench;

namespace {

constexpr int linesPerOrder = 5;
constexpr int productCount = 2000;
// The import raises the cache for its transaction; the raw run is also measured with it.
constexpr int importCacheMb = 128;

struct Options
{
    qint64 orders = 100'000;
    QString only;
    QString keepDir;
    int rawCacheMb = 0; // 0: a Hearth connection's own cache size
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--orders"))
            o.orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--only"))
            o.only = args[i + 1];
        else if (args[i] == QLatin1String("--keep"))
            o.keepDir = args[i + 1];
        else if (args[i] == QLatin1String("--raw-cache-mb"))
            o.rawCacheMb = args[i + 1].toInt();
    }
    return o;
}

/// What a Tmall report says about an order's state, and what the mapping makes of it.
struct ShopState
{
    const char16_t *text;
    const char *status;
    bool shipped;
};

ShopState shopState(Orders::OrderStatus status)
{
    using Orders::OrderStatus;
    switch (status) {
    case OrderStatus::New:
    case OrderStatus::Reviewing:
    case OrderStatus::Approved:
        return {u"买家已付款，等待卖家发货", "new", false};
    case OrderStatus::InProduction:
    case OrderStatus::Shipped:
        return {u"卖家已发货，等待买家确认", "shipped", true};
    case OrderStatus::Installed:
    case OrderStatus::Closed:
        return {u"交易成功", "closed", true};
    case OrderStatus::Cancelled:
        break;
    }
    return {u"交易关闭", "cancelled", false};
}

QDate shippedOn(const SampleOrder &o)
{
    return shopState(o.status).shipped ? o.signedOn.addDays(2) : QDate();
}

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"'))
        utf8 = '"' + utf8.replace('"', "\"\"") + '"';
    return utf8;
}

QString yuan(qint64 micros)
{
    return Core::Decimal::fromMicros(micros).toString();
}

bool writeCsv(const QString &path, const SampleData &data, qint64 orders)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out = "订单编号,子订单编号,买家会员名,订单状态,订单创建时间,订单付款时间,发货时间,"
                     "宝贝标题,商品属性,商家编码,宝贝单价,购买数量,实付金额,收货人姓名,联系手机,"
                     "收货地址,运送方式,物流公司,物流单号,买家留言,订单备注,店铺名称\r\n";
    for (qint64 i = 0; i < orders; ++i) {
        const SampleOrder o
            = data.order(i, linesPerOrder, linesPerOrder, Orders::Channel::Ecommerce);
        const SampleCustomer c = data.customer(o.customer);
        const QDateTime signedAt(o.signedOn, o.signedAt);
        const QDate shipped = shippedOn(o);
        const QByteArray state = QString::fromUtf16(shopState(o.status).text).toUtf8();
        const QByteArray head = csvField(o.channelOrderNo) + ',';
        const QByteArray times = ',' + csvField(c.memberName) + ',' + state + ','
            + signedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + ','
            + signedAt.addSecs(1200).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8() + ','
            + (shipped.isValid() ? shipped.toString(Qt::ISODate).toUtf8() + " 10:30:00" : "") + ',';
        const QByteArray party = ',' + csvField(c.name) + ',' + csvField(c.mobile) + ','
            + csvField(c.addressLine()) + ",物流配送,"
            + (shipped.isValid() ? "顺丰速运,SF" + QByteArray::number(4'000'000'000'000LL + i)
                                 : ",")
            + ",," + (i % 5 == 0 ? "\"客户说\"\"电梯房8楼\"\"\"" : "") + ",炉边家居旗舰店\r\n";
        for (const SampleLine &l : o.lines) {
            const SampleProduct p = data.product(l.product);
            out += head + l.channelLineNo.toUtf8() + times + csvField(p.name)
                + ",颜色分类:" + csvField(p.category) + ',' + csvField(p.sku) + ','
                + yuan(p.priceMicros).toUtf8() + ',' + QByteArray::number(l.quantity) + ','
                + yuan(p.priceMicros * l.quantity).toUtf8() + party;
        }
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return file.error() == QFileDevice::NoError;
}

/// Times the importer; orders per second, or a negative value when the import failed.
double runImport(const QString &csv, const QString &dbPath, qint64 orders)
{
    if (const Core::Status s = Storage::Database::open(dbPath); !s) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(s.error().toString()));
        return -1;
    }
    auto mapping = Orders::ChannelMapping::load(QStringLiteral("tmall"));
    if (!mapping) {
        std::fprintf(stderr, "bench_import: %s\n", qPrintable(mapping.error().toString()));
        return -1;
    }
    Orders::ImportOptions options;
    options.mapping = mapping.value();
    options.files = {csv};
    Orders::Importer importer;
    const double threadCpu = Report::threadCpuSeconds();
    const double processCpu = Report::processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const Orders::ImportReport report = importer.run(options);
    const qint64 ns = timer.nsecsElapsed();
    const double threadUsed = Report::threadCpuSeconds() - threadCpu;
    const double processUsed = Report::processCpuSeconds() - processCpu;
    Storage::Database::close();
    if (!report.ok() || !report.written || report.ordersNew != orders
        || report.linesWritten != orders * linesPerOrder) {
        std::fprintf(stderr, "bench_import: the import did not write every order: %s\n",
                     qPrintable(report.summary()));
        for (const Orders::RowError &e : report.errors.mid(0, 5))
            std::fprintf(stderr, "  %s\n", qPrintable(e.toString()));
        return -1;
    }
    Report::note(QStringLiteral("import: %1 orders, %2 lines in %3 s (CPU: %4 s on the "
                                "importing thread, %5 s in all threads)")
                     .arg(report.ordersNew)
                     .arg(report.linesWritten)
                     .arg(double(ns) / 1e9, 0, 'f', 2)
                     .arg(threadUsed, 0, 'f', 2)
                     .arg(processUsed, 0, 'f', 2));
    return double(orders) * 1e9 / double(ns);
}

/// The rows the raw run inserts, prepared in memory before the clock starts.
struct RawLine
{
    QByteArray id, channelLineNo, productId, description;
    qint64 quantity, unitPrice, amount;
};

struct RawOrder
{
    QByteArray id, orderNo, channelOrderNo, customerId, signedOn, shippedOn, status, province, city,
        district, street, hlc;
    qint64 total = 0;
    std::vector<RawLine> lines;
};

struct RawCustomer
{
    QByteArray id, code, name, mobile, province, city, district, street, hlc;
};

struct RawProduct
{
    QByteArray id, sku, name, hlc;
    qint64 price;
};

QByteArray uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
}

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

struct RawRows
{
    std::vector<RawOrder> orders;
    std::vector<RawCustomer> customers;
    std::vector<RawProduct> products;
};

QByteArray utf8OrNull(const QString &s)
{
    return s.isEmpty() ? QByteArray() : s.toUtf8();
}

/// The rows the importer writes for the same file, as the raw run inserts them.
RawRows rawRows(const SampleData &data, qint64 orders)
{
    Core::HybridClock clock(QStringLiteral("bench"));
    RawRows rows;
    QHash<int, QByteArray> customerIds;
    QHash<int, QByteArray> productIds;
    rows.orders.reserve(size_t(orders));
    for (qint64 i = 0; i < orders; ++i) {
        const SampleOrder o
            = data.order(i, linesPerOrder, linesPerOrder, Orders::Channel::Ecommerce);
        const SampleCustomer c = data.customer(o.customer);
        const Orders::Address a = Orders::Address::parse(c.addressLine());
        const QByteArray hlc = clock.now().toUtf8();
        auto customer = customerIds.constFind(o.customer);
        if (customer == customerIds.constEnd()) {
            customer = customerIds.insert(o.customer, uuid());
            rows.customers.push_back({*customer, c.memberName.toUtf8(), c.name.toUtf8(),
                                      c.mobile.toUtf8(), utf8OrNull(a.province), utf8OrNull(a.city),
                                      utf8OrNull(a.district), utf8OrNull(a.street), hlc});
        }
        const QDate shipped = shippedOn(o);
        RawOrder r {uuid(),
                    SampleData::orderNo(i).toUtf8(),
                    o.channelOrderNo.toUtf8(),
                    *customer,
                    o.signedOn.toString(Qt::ISODate).toUtf8(),
                    shipped.isValid() ? shipped.toString(Qt::ISODate).toUtf8() : QByteArray(),
                    QByteArray(shopState(o.status).status),
                    utf8OrNull(a.province),
                    utf8OrNull(a.city),
                    utf8OrNull(a.district),
                    utf8OrNull(a.street),
                    hlc,
                    0,
                    {}};
        for (const SampleLine &l : o.lines) {
            const SampleProduct p = data.product(l.product);
            auto product = productIds.constFind(l.product);
            if (product == productIds.constEnd()) {
                product = productIds.insert(l.product, uuid());
                rows.products.push_back(
                    {*product, p.sku.toUtf8(), p.name.toUtf8(), hlc, p.priceMicros});
            }
            const qint64 amount = p.priceMicros * l.quantity;
            r.total += amount;
            r.lines.push_back({uuid(), l.channelLineNo.toUtf8(), *product, p.name.toUtf8(),
                               qint64(l.quantity) * 1'000'000, p.priceMicros, amount});
        }
        rows.orders.push_back(std::move(r));
    }
    return rows;
}

bool insertRaw(sqlite3 *db, const RawRows &rows)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    Inserter customer(db,
                      "INSERT INTO customers(id, hlc, channel, external_code, name, mobile, "
                      "province, city, district, street, created_at, updated_at) "
                      "VALUES (?, ?, 'ecommerce', ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Inserter product(db,
                     "INSERT INTO products(id, hlc, sku, name, kind, unit, price_micros, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, 'standard', 'piece', ?, "
                     "?, ?)");
    Inserter order(db,
                   "INSERT INTO sales_orders(id, hlc, order_no, channel, channel_order_no, "
                   "customer_id, signed_on, shipped_on, ship_mode, status, total_micros, "
                   "province, city, district, street, source_file, created_at, updated_at) "
                   "VALUES (?, ?, ?, 'ecommerce', ?, ?, ?, ?, '物流配送', ?, ?, ?, ?, ?, ?, "
                   "'orders.csv', ?, ?)");
    Inserter line(db,
                  "INSERT INTO order_lines(id, hlc, order_id, line_no, channel_line_no, "
                  "product_id, description, unit, quantity_micros, unit_price_micros, "
                  "discount_micros, amount_micros) VALUES (?, ?, ?, ?, ?, ?, ?, 'piece', ?, "
                  "?, 0, ?)");
    if (!customer.valid() || !product.valid() || !order.valid() || !line.valid())
        return false;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return false;
    for (const RawCustomer &c : rows.customers) {
        if (!customer.text(1, c.id)
                 .text(2, c.hlc)
                 .text(3, c.code)
                 .text(4, c.name)
                 .text(5, c.mobile)
                 .text(6, c.province)
                 .text(7, c.city)
                 .text(8, c.district)
                 .text(9, c.street)
                 .text(10, now)
                 .text(11, now)
                 .run())
            return false;
    }
    for (const RawProduct &p : rows.products) {
        if (!product.text(1, p.id)
                 .text(2, p.hlc)
                 .text(3, p.sku)
                 .text(4, p.name)
                 .integer(5, p.price)
                 .text(6, now)
                 .text(7, now)
                 .run())
            return false;
    }
    for (const RawOrder &o : rows.orders) {
        if (!order.text(1, o.id)
                 .text(2, o.hlc)
                 .text(3, o.orderNo)
                 .text(4, o.channelOrderNo)
                 .text(5, o.customerId)
                 .text(6, o.signedOn)
                 .text(7, o.shippedOn)
                 .text(8, o.status)
                 .integer(9, o.total)
                 .text(10, o.province)
                 .text(11, o.city)
                 .text(12, o.district)
                 .text(13, o.street)
                 .text(14, now)
                 .text(15, now)
                 .run())
            return false;
        int lineNo = 0;
        for (const RawLine &l : o.lines) {
            if (!line.text(1, l.id)
                     .text(2, o.hlc)
                     .text(3, o.id)
                     .integer(4, ++lineNo)
                     .text(5, l.channelLineNo)
                     .text(6, l.productId)
                     .text(7, l.description)
                     .integer(8, l.quantity)
                     .integer(9, l.unitPrice)
                     .integer(10, l.amount)
                     .run())
                return false;
        }
    }
    return sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
}

double runRaw(const QString &dbPath, const SampleData &data, qint64 orders, int cacheMb)
{
    // The same schema as the importer's database: the migrations, applied by Storage.
    if (const Core::Status s = Storage::Database::open(dbPath); !s)
        return -1;
    Storage::Database::close();
    const RawRows rows = rawRows(data, orders);

    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return -1;
    }
    // The pragmas of a Hearth connection (Storage::Database).
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                 "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;",
                 nullptr, nullptr, nullptr);
    if (cacheMb > 0) {
        const QByteArray pragma = "PRAGMA cache_size=-" + QByteArray::number(cacheMb * 1000);
        sqlite3_exec(db, pragma.constData(), nullptr, nullptr, nullptr);
    }
    const double cpu = Report::processCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const bool ok = insertRaw(db, rows);
    const qint64 ns = timer.nsecsElapsed();
    const double cpuUsed = Report::processCpuSeconds() - cpu;
    if (!ok)
        std::fprintf(stderr, "bench_import: raw insert failed: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!ok)
        return -1;
    Report::note(QStringLiteral("raw sqlite (cache %1 MB): %2 orders, %3 lines, %4 customers, "
                                "%5 products in %6 s (CPU: %7 s)")
                     .arg(cacheMb > 0 ? cacheMb : 32)
                     .arg(orders)
                     .arg(orders * linesPerOrder)
                     .arg(rows.customers.size())
                     .arg(rows.products.size())
                     .arg(double(ns) / 1e9, 0, 'f', 2)
                     .arg(cpuUsed, 0, 'f', 2));
    return double(orders) * 1e9 / double(ns);
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseArguments(app.arguments());
    QTemporaryDir temp;
    const QString dir = options.keepDir.isEmpty() ? temp.path() : options.keepDir;
    QDir().mkpath(dir);
    const QString csv = QDir(dir).filePath(QStringLiteral("orders.csv"));
    const QString importDb = QDir(dir).filePath(QStringLiteral("import.db"));
    const QString rawDb = QDir(dir).filePath(QStringLiteral("raw.db"));
    QFile::remove(csv);
    removeDatabase(importDb);
    removeDatabase(rawDb);

    // About half of the orders come from a customer seen before.
    const SampleData data(int(std::max<qint64>(options.orders * 6 / 10, 1)), productCount, 0);
    if (options.only != QLatin1String("raw") && !writeCsv(csv, data, options.orders)) {
        std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(csv));
        return 1;
    }

    const bool raw = options.only != QLatin1String("import");
    const bool import = options.only != QLatin1String("raw");
    const double rawRate = raw ? runRaw(rawDb, data, options.orders, options.rawCacheMb) : 0;
    // The importer raises the page cache for its transaction; the same raw run with that cache
    // shows how much of the ratio that is.
    const bool sameCache = raw && import && options.rawCacheMb == 0 && options.keepDir.isEmpty();
    double sameCacheRate = 0;
    if (sameCache) {
        removeDatabase(rawDb);
        sameCacheRate = runRaw(rawDb, data, options.orders, importCacheMb);
    }
    if (options.keepDir.isEmpty())
        removeDatabase(rawDb);
    const double importRate = import ? runImport(csv, importDb, options.orders) : 0;
    if (rawRate < 0 || importRate < 0 || sameCacheRate < 0)
        return 1;
    if (raw && import) {
        Report::versus(QStringLiteral("import_orders_per_s"), importRate,
                       QStringLiteral("raw_sqlite_orders_per_s"), rawRate,
                       QStringLiteral("orders/s"));
    } else if (import) {
        Report::figure(QStringLiteral("import_orders_per_s"), importRate,
                       QStringLiteral("orders/s"));
    } else {
        Report::figure(QStringLiteral("raw_sqlite_orders_per_s"), rawRate,
                       QStringLiteral("orders/s"));
    }
    if (sameCache) {
        Report::figure(QStringLiteral("raw_sqlite_cache%1mb_orders_per_s").arg(importCacheMb),
                       sameCacheRate, QStringLiteral("orders/s"));
        Report::note(QStringLiteral("import against raw SQLite with the import's page cache: "
                                    "ratio %1")
                         .arg(importRate / sameCacheRate, 0, 'f', 2));
    }
    return 0;
}
