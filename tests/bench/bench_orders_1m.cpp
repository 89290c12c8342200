// bench_orders_1m: the orders table at a million orders. Builds (once, cached in the build
// folder) a database of 1,000,000 generated orders with raw inserts into the real schema:
// customers, dealers, products, sales orders with 1-3 lines each, and the full-text index with
// the tokens OrderRepository writes. Then measures Hearth::Orders::OrderQuery as the orders
// page uses it, each figure beside the same measurement on a 1,000-order database made the same
// way: the first page, 200 searches of five kinds and 40 of product codes, filtered pages, and
// the memory of a process that opens the database and does what the orders page does on start.
//
//   bench_orders_1m [--orders N] [--db FILE]
//   bench_orders_1m --rss-child FILE      (internal: prints the memory after the page's start)

#include "benchreport.h"
#include "sampledata.h"

#include "core/hybridclock.h"
#include "core/searchtext.h"
#include "orders/orderquery.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Hearth;
using namespace Hearth::Bench;
using Orders::OrderFilter;
using Orders::OrderQuery;
using Orders::OrderSort;

namespace {

constexpr int productCount = 2000;
constexpr int dealerCount = 300;
constexpr int pageSize = 200;
// Bump when the generated data changes, so that a cached database is made again.
constexpr int datasetVersion = 1;

struct Options
{
    qint64 orders = 1'000'000;
    QString db;
    QString rssChild;
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--orders"))
            o.orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--db"))
            o.db = args[i + 1];
        else if (args[i] == QLatin1String("--rss-child"))
            o.rssChild = args[i + 1];
    }
    // Each size has its own cached file, so that a smaller trial run keeps the million.
    if (o.db.isEmpty()) {
        const QString size
            = o.orders == 1'000'000 ? QStringLiteral("1m") : QString::number(o.orders);
        o.db = QStringLiteral(HEARTH_BENCH_CACHE_DIR "/bench-%1.db").arg(size);
    }
    return o;
}

SampleData sampleData(qint64 orders)
{
    return SampleData(int(std::max<qint64>(orders * 6 / 10, 1)), productCount, dealerCount);
}

QString datasetMark(qint64 orders)
{
    return QStringLiteral("orders=%1;version=%2").arg(orders).arg(datasetVersion);
}

QByteArray uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8();
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

/// Fills a database that has the schema and nothing else.
bool fill(sqlite3 *db, const SampleData &data, qint64 orders)
{
    Core::HybridClock clock(QStringLiteral("bench"));
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    Inserter dealer(db,
                    "INSERT INTO partners(id, hlc, kind, code, name, province, created_at, "
                    "updated_at) VALUES (?, ?, 'dealer', ?, ?, ?, ?, ?)");
    Inserter product(db,
                     "INSERT INTO products(id, hlc, sku, name, kind, unit, price_micros, "
                     "category, created_at, updated_at) VALUES (?, ?, ?, ?, 'standard', "
                     "'piece', ?, ?, ?, ?)");
    Inserter customer(db,
                      "INSERT INTO customers(id, hlc, channel, external_code, name, mobile, "
                      "province, city, district, street, created_at, updated_at) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Inserter order(db,
                   "INSERT INTO sales_orders(rowid, id, hlc, order_no, channel, "
                   "channel_order_no, customer_id, dealer_id, signed_on, promised_on, "
                   "status, total_micros, province, city, district, street, created_at, "
                   "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Inserter line(db,
                  "INSERT INTO order_lines(id, hlc, order_id, line_no, product_id, "
                  "description, unit, quantity_micros, unit_price_micros, amount_micros) "
                  "VALUES (?, ?, ?, ?, ?, ?, 'piece', ?, ?, ?)");
    Inserter search(db, "INSERT INTO orders_fts(rowid, tokens) VALUES (?, ?)");
    if (!dealer.valid() || !product.valid() || !customer.valid() || !order.valid() || !line.valid()
        || !search.valid())
        return false;

    const QByteArray hlc = clock.now().toUtf8();
    std::vector<QByteArray> dealerIds;
    for (int i = 0; i < data.dealerCount(); ++i) {
        const SampleDealer d = data.dealer(i);
        dealerIds.push_back(uuid());
        if (!dealer.text(1, dealerIds.back())
                 .text(2, hlc)
                 .text(3, d.code.toUtf8())
                 .text(4, d.name.toUtf8())
                 .text(5, d.province.toUtf8())
                 .text(6, now)
                 .text(7, now)
                 .run())
            return false;
    }
    std::vector<QByteArray> productIds;
    for (int i = 0; i < data.productCount(); ++i) {
        const SampleProduct p = data.product(i);
        productIds.push_back(uuid());
        if (!product.text(1, productIds.back())
                 .text(2, hlc)
                 .text(3, p.sku.toUtf8())
                 .text(4, p.name.toUtf8())
                 .integer(5, p.priceMicros)
                 .text(6, p.category.toUtf8())
                 .text(7, now)
                 .text(8, now)
                 .run())
            return false;
    }

    // A customer is written with the first order that names it.
    std::vector<QByteArray> customerIds(size_t(data.customerCount()));
    for (qint64 i = 0; i < orders; ++i) {
        const SampleOrder o = data.order(i, 1, 3);
        const SampleCustomer c = data.customer(o.customer);
        const QByteArray channel = Orders::channelCode(o.channel).toUtf8();
        QByteArray &customerId = customerIds[size_t(o.customer)];
        if (customerId.isEmpty()) {
            customerId = uuid();
            if (!customer.text(1, customerId)
                     .text(2, hlc)
                     .text(3, channel)
                     .text(4, c.mobile.toUtf8())
                     .text(5, c.name.toUtf8())
                     .text(6, c.mobile.toUtf8())
                     .text(7, c.province.toUtf8())
                     .text(8, c.city.toUtf8())
                     .text(9, c.district.toUtf8())
                     .text(10, c.street.toUtf8())
                     .text(11, now)
                     .text(12, now)
                     .run())
                return false;
        }
        const QString orderNo = SampleData::orderNo(i);
        const QByteArray orderId = uuid();
        const QString dealerName = o.dealer >= 0 ? data.dealer(o.dealer).name : QString();
        qint64 total = 0;
        QStringList fields {orderNo,
                            o.channelOrderNo,
                            c.name,
                            c.mobile,
                            QStringList {c.province, c.city, c.district, c.street}.join(u' '),
                            QString(),
                            dealerName,
                            QString()};
        for (qsizetype k = 0; k < o.lines.size(); ++k) {
            const SampleLine &l = o.lines[k];
            const SampleProduct p = data.product(l.product);
            const qint64 amount = p.priceMicros * l.quantity;
            total += amount;
            fields << p.sku << p.name;
            if (!line.text(1, uuid())
                     .text(2, hlc)
                     .text(3, orderId)
                     .integer(4, k + 1)
                     .text(5, productIds[size_t(l.product)])
                     .text(6, p.name.toUtf8())
                     .integer(7, qint64(l.quantity) * 1'000'000)
                     .integer(8, p.priceMicros)
                     .integer(9, amount)
                     .run())
                return false;
        }
        const qint64 rowid = i + 1;
        if (!order.integer(1, rowid)
                 .text(2, orderId)
                 .text(3, hlc)
                 .text(4, orderNo.toUtf8())
                 .text(5, channel)
                 .text(6, o.channelOrderNo.toUtf8())
                 .text(7, customerId)
                 .text(8, o.dealer >= 0 ? dealerIds[size_t(o.dealer)] : QByteArray())
                 .text(9, o.signedOn.toString(Qt::ISODate).toUtf8())
                 .text(10, o.promisedOn.toString(Qt::ISODate).toUtf8())
                 .text(11, Orders::statusCode(o.status).toUtf8())
                 .integer(12, total)
                 .text(13, c.province.toUtf8())
                 .text(14, c.city.toUtf8())
                 .text(15, c.district.toUtf8())
                 .text(16, c.street.toUtf8())
                 .text(17, now)
                 .text(18, now)
                 .run())
            return false;
        if (!search.integer(1, rowid).text(2, Core::SearchText::indexTokens(fields).toUtf8()).run())
            return false;
        if ((i + 1) % 100'000 == 0)
            Report::note(QStringLiteral("generated %1 orders").arg(i + 1));
    }
    return true;
}

/// Makes the database at path with orders generated orders, unless it is there already.
bool ensureDatabase(const QString &path, qint64 orders, bool announce)
{
    if (QFile::exists(path)) {
        sqlite3 *db = nullptr;
        QString mark;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK) {
            sqlite3_stmt *q = nullptr;
            if (sqlite3_prepare_v2(db, "SELECT value FROM settings WHERE key = 'bench_dataset'", -1,
                                   &q, nullptr)
                    == SQLITE_OK
                && sqlite3_step(q) == SQLITE_ROW)
                mark = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
            sqlite3_finalize(q);
        }
        sqlite3_close(db);
        if (mark == datasetMark(orders))
            return true;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (announce)
        Report::note(
            QStringLiteral("building %1 (%2 orders); later runs reuse it").arg(path).arg(orders));

    QElapsedTimer timer;
    timer.start();
    // The schema: the migrations, applied by Storage.
    if (const Core::Status s = Storage::Database::open(path); !s) {
        std::fprintf(stderr, "bench_orders_1m: %s\n", qPrintable(s.error().toString()));
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
                   "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                   "PRAGMA cache_size=-1000000; PRAGMA foreign_keys=OFF; BEGIN")
        && fill(db, sampleData(orders), orders);
    const QByteArray mark = "INSERT INTO settings(key, value) VALUES ('bench_dataset', '"
        + datasetMark(orders).toUtf8() + "')";
    ok = ok && exec(db, mark.constData()) && exec(db, "COMMIT")
        && exec(db, "PRAGMA journal_mode=WAL");
    if (!ok)
        std::fprintf(stderr, "bench_orders_1m: cannot fill %s: %s\n", qPrintable(path),
                     sqlite3_errmsg(db));
    sqlite3_close(db);
    if (announce && ok)
        Report::note(
            QStringLiteral("built in %1 s").arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    return ok;
}

double millisecondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    return Report::percentile(std::move(values), 50);
}

/// A fixed sequence of indexes below n, so that both databases get the same kinds of search.
class Picks
{
public:
    explicit Picks(qint64 n) : m_n(quint64(n)) { }
    qint64 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return qint64((m_state >> 33) % m_n);
    }

private:
    quint64 m_n;
    quint64 m_state = 0x5EED;
};

/// 200 searches of the kinds the orders page is searched for: part of a Chinese name, the last
/// four digits of a mobile, an order number (Hearth's or the shop's), a city, a product.
QStringList searches(const SampleData &data, qint64 orders)
{
    static const QStringList products {QStringLiteral("衣柜"),       QStringLiteral("餐边柜"),
                                       QStringLiteral("岩板"),       QStringLiteral("榻榻米"),
                                       QStringLiteral("北欧实木"),   QStringLiteral("电视柜"),
                                       QStringLiteral("轻奢"),       QStringLiteral("浴室柜"),
                                       QStringLiteral("胡桃木书柜"), QStringLiteral("意式极简")};
    QStringList terms;
    Picks picks(orders);
    for (int i = 0; i < 40; ++i) {
        const SampleOrder o = data.order(picks.next(), 1, 3);
        const SampleCustomer c = data.customer(o.customer);
        terms << c.name.left(2) << c.mobile.right(4)
              << (i % 2 ? SampleData::orderNo(picks.next()) : o.channelOrderNo) << c.city.chopped(1)
              << products[i % products.size()];
    }
    return terms;
}

/// 40 searches for product codes ("HX-01234"), which FTS5 answers as two prefix terms.
QStringList codeSearches(const SampleData &data, qint64 orders)
{
    QStringList terms;
    Picks picks(orders);
    for (int i = 0; i < 40; ++i) {
        const SampleOrder o = data.order(picks.next(), 1, 3);
        terms << data.product(o.lines.first().product).sku;
    }
    return terms;
}

struct Figures
{
    double firstPage = 0;
    double firstPageCold = 0;
    double searchP99 = 0;
    double searchColdP99 = 0;
    double searchMedian = 0;
    double searchCountP99 = 0;
    double codeSearchP99 = 0;
    QList<std::pair<QString, double>> filters;
    double count = 0;
};

Figures measure(const QString &path, qint64 orders)
{
    Figures f;
    const SampleData data = sampleData(orders);

    // The first page as the orders page opens: a fresh connection each time.
    QList<double> firstPages;
    for (int run = 0; run < 11; ++run) {
        Storage::Database::open(path);
        firstPages << millisecondsOf(
            [] { OrderQuery::page({}, OrderSort::SignedOn, true, 0, pageSize); });
        Storage::Database::close();
    }
    f.firstPageCold = firstPages.first();
    f.firstPage = median(firstPages);

    Storage::Database::open(path);
    // A first round of the searches reads the index from disk where the system has not kept
    // the file in memory; it is only noted.
    const QStringList terms = searches(data, orders);
    QList<double> coldTimes;
    for (const QString &term : terms) {
        OrderFilter filter;
        filter.search = term;
        coldTimes << millisecondsOf(
            [&filter] { OrderQuery::page(filter, OrderSort::SignedOn, true, 0, pageSize); });
    }
    f.searchColdP99 = Report::percentile(coldTimes, 99);
    // Each search's time is its best of three rounds through all of them (not three in a row,
    // which would find the same pages cached), so that a moment when this machine ran
    // something else is not taken for the query's.
    auto searchTimes = [](const QStringList &list) {
        QList<double> best(list.size(), 0.0);
        for (int round = 0; round < 3; ++round) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                OrderFilter filter;
                filter.search = list[i];
                const double ms = millisecondsOf([&filter] {
                    OrderQuery::page(filter, OrderSort::SignedOn, true, 0, pageSize);
                });
                best[i] = round == 0 ? ms : std::min(best[i], ms);
            }
        }
        return best;
    };
    const QList<double> times = searchTimes(terms);
    const QList<double> codeTimes = searchTimes(codeSearches(data, orders));
    QList<double> countTimes;
    for (const QString &term : terms) {
        OrderFilter filter;
        filter.search = term;
        countTimes << millisecondsOf([&filter] { OrderQuery::count(filter); });
    }
    f.codeSearchP99 = Report::percentile(codeTimes, 99);
    f.searchP99 = Report::percentile(times, 99);
    f.searchMedian = median(times);
    f.searchCountP99 = Report::percentile(countTimes, 99);

    QList<std::pair<QString, OrderFilter>> filters;
    OrderFilter filter;
    filter.channel = Orders::Channel::Dealer;
    filters.append({QStringLiteral("filter_channel_ms"), filter});
    filter = {};
    filter.status = Orders::OrderStatus::InProduction;
    filters.append({QStringLiteral("filter_status_ms"), filter});
    filter = {};
    filter.signedFrom = QDate(2023, 1, 1);
    filter.signedTo = QDate(2023, 3, 31);
    filters.append({QStringLiteral("filter_dates_ms"), filter});
    filter = {};
    filter.dealerId = OrderQuery::dealers().value(7).first;
    filters.append({QStringLiteral("filter_dealer_ms"), filter});
    filter = {};
    filter.province = QStringLiteral("浙江省");
    filters.append({QStringLiteral("filter_province_ms"), filter});
    for (const auto &[name, byField] : std::as_const(filters)) {
        QList<double> times;
        for (int run = 0; run < 5; ++run) {
            times << millisecondsOf(
                [&byField] { OrderQuery::page(byField, OrderSort::SignedOn, true, 0, pageSize); });
        }
        f.filters.append({name, median(times)});
    }
    f.count = millisecondsOf([] { OrderQuery::count({}); });
    Storage::Database::close();
    return f;
}

/// What the orders page does on start: the first page, the count for the status line (on a
/// worker thread with its own connection), the filter lists; then ten more pages of scrolling.
int rssChild(const QString &path)
{
    if (!Storage::Database::open(path))
        return 1;
    QList<Orders::OrderRow> rows = OrderQuery::page({}, OrderSort::SignedOn, true, 0, pageSize);
    qint64 count = 0;
    QThread *counter = QThread::create([&count] { count = OrderQuery::count({}); });
    counter->start();
    const auto dealers = OrderQuery::dealers();
    const QStringList provinces = OrderQuery::provinces();
    counter->wait();
    delete counter;
    for (int page = 1; page <= 10; ++page)
        rows += OrderQuery::page({}, OrderSort::SignedOn, true, rows.size(), pageSize);
    std::printf("rss %.1f rows %lld count %lld dealers %lld provinces %lld\n",
                Report::residentMegabytes(), qint64(rows.size()), count, qint64(dealers.size()),
                qint64(provinces.size()));
    Storage::Database::close();
    return 0;
}

double childRss(const QString &path)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--rss-child"), path});
    if (!child.waitForFinished(600'000) || child.exitCode() != 0)
        return -1;
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    Report::note(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), out.trimmed()));
    return out.section(u' ', 1, 1).toDouble();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseArguments(app.arguments());
    if (!options.rssChild.isEmpty())
        return rssChild(options.rssChild);

    QTemporaryDir temp;
    const QString small = QDir(temp.path()).filePath(QStringLiteral("bench-1k.db"));
    const qint64 smallOrders = 1000;
    if (!ensureDatabase(small, smallOrders, false)
        || !ensureDatabase(options.db, options.orders, true))
        return 1;

    const Figures ref = measure(small, smallOrders);
    const Figures big = measure(options.db, options.orders);
    const double rssSmall = childRss(small);
    const double rssBig = childRss(options.db);
    if (rssSmall < 0 || rssBig < 0)
        return 1;

    Report::note(QStringLiteral("first page on a fresh connection, first of 11: %1 ms vs %2 ms")
                     .arg(big.firstPageCold, 0, 'f', 2)
                     .arg(ref.firstPageCold, 0, 'f', 2));
    Report::note(QStringLiteral("search p99, first round of the same searches: %1 ms vs %2 ms")
                     .arg(big.searchColdP99, 0, 'f', 1)
                     .arg(ref.searchColdP99, 0, 'f', 1));
    Report::versus(QStringLiteral("first_page_ms"), big.firstPage,
                   QStringLiteral("first_page_1k_ms"), ref.firstPage, QStringLiteral("ms"));
    Report::versus(QStringLiteral("search_p99_ms"), big.searchP99,
                   QStringLiteral("search_p99_1k_ms"), ref.searchP99, QStringLiteral("ms"));
    Report::versus(QStringLiteral("search_median_ms"), big.searchMedian,
                   QStringLiteral("search_median_1k_ms"), ref.searchMedian, QStringLiteral("ms"));
    Report::versus(QStringLiteral("search_code_p99_ms"), big.codeSearchP99,
                   QStringLiteral("search_code_p99_1k_ms"), ref.codeSearchP99,
                   QStringLiteral("ms"));
    Report::versus(QStringLiteral("search_count_p99_ms"), big.searchCountP99,
                   QStringLiteral("search_count_p99_1k_ms"), ref.searchCountP99,
                   QStringLiteral("ms"));
    for (qsizetype i = 0; i < big.filters.size(); ++i) {
        const QString name = big.filters[i].first;
        Report::versus(name, big.filters[i].second,
                       QString(name).replace(QLatin1String("_ms"), QLatin1String("_1k_ms")),
                       ref.filters[i].second, QStringLiteral("ms"));
    }
    Report::versus(QStringLiteral("count_ms"), big.count, QStringLiteral("count_1k_ms"), ref.count,
                   QStringLiteral("ms"));
    Report::versus(QStringLiteral("rss_mb_1m"), rssBig, QStringLiteral("rss_mb_1k"), rssSmall,
                   QStringLiteral("MB"));
    return 0;
}
