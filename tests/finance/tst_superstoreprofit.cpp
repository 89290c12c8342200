// The Superstore orders (../shared/data/superstore) imported into a desk, each line's cost taken
// as its sales less its profit: the totals, categories and regions equal the reference values
// of ../shared/data/superstore/README.md to the cent, and every order's profit equals the sum
// read straight from the CSV here, independently of the importer.

#include "core/decimal.h"
#include "core/money.h"
#include "finance/profitreport.h"
#include "orders/channelmapping.h"
#include "orders/importer.h"
#include "storage/database.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using Finance::ProfitReport;
using Finance::ProfitRow;

namespace {

const QString dataDir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/superstore");
const QString csvPath = dataDir + QStringLiteral("/Sample - Superstore.csv");

qint64 cents(const char *text)
{
    return Core::Decimal::parse(QLatin1String(text))->micros() / 10'000;
}

/// The fields of one CSV record (RFC 4180 quoting); the file's text is cp1252, read as Latin-1,
/// which keeps the ASCII numbers and order ids this test uses.
QStringList fields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            out.append(field);
            field.clear();
        } else {
            field += ch;
        }
    }
    out.append(field);
    return out;
}

struct Sums
{
    Core::Decimal sales;
    Core::Decimal profit;
};

} // namespace

class tst_SuperstoreProfit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void total();
    void byCategory_data();
    void byCategory();
    void byRegion_data();
    void byRegion();
    void byMonthAddsUpToTheTotal();
    void everyOrderMatchesTheCsv();

private:
    QHash<QString, ProfitRow> rows(ProfitReport::GroupBy by);

    QTemporaryDir m_dir;
};

void tst_SuperstoreProfit::initTestCase()
{
    if (!QFileInfo::exists(csvPath))
        QSKIP(qPrintable("the Superstore reference data is not there: expected " + csvPath
                         + " (the shared data folder beside the repository)"));
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("superstore.db")));
    auto mapping = Orders::ChannelMapping::load("superstore");
    QVERIFY(mapping);
    Orders::ImportOptions options;
    options.mapping = mapping.value();
    options.files = {csvPath};
    Orders::Importer importer;
    const Orders::ImportReport report = importer.run(options);
    QVERIFY2(report.ok() && report.written, qPrintable(report.summary()));
    QCOMPARE(report.ordersNew, 5009);
}

QHash<QString, ProfitRow> tst_SuperstoreProfit::rows(ProfitReport::GroupBy by)
{
    QHash<QString, ProfitRow> byKey;
    const auto built = ProfitReport::build(Storage::Database::connection(), by);
    if (!built) {
        qWarning("%s", qPrintable(built.error().toString()));
        return byKey;
    }
    for (const ProfitRow &r : built.value())
        byKey.insert(r.key, r);
    return byKey;
}

void tst_SuperstoreProfit::total()
{
    const auto total = ProfitReport::total(Storage::Database::connection());
    QVERIFY2(total, qPrintable(total ? QString() : total.error().toString()));
    QCOMPARE(total->lines, 9994);
    QCOMPARE(total->orders, 5009);
    QCOMPARE(total->linesWithoutCost, 0);
    // The README's exact sums, and the same rounded to the cent.
    QCOMPARE(total->revenue, *Core::Decimal::parse("2297200.8603"));
    QCOMPARE(total->profit(), *Core::Decimal::parse("286397.0217"));
    QCOMPARE(total->revenueFen(), cents("2297200.86"));
    QCOMPARE(total->profitFen(), cents("286397.02"));
    QCOMPARE(total->costFen(), cents("2010803.84"));
}

void tst_SuperstoreProfit::byCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("salesCents");
    QTest::addColumn<qint64>("profitCents");
    QTest::newRow("Furniture") << "Furniture" << 2121LL << 1764LL << cents("741999.80")
                               << cents("18451.27");
    QTest::newRow("Office Supplies") << "Office Supplies" << 6026LL << 3742LL
                                     << cents("719047.03") << cents("122490.80");
    QTest::newRow("Technology") << "Technology" << 1847LL << 1544LL << cents("836154.03")
                                << cents("145454.95");
}

void tst_SuperstoreProfit::byCategory()
{
    QFETCH(QString, category);
    QFETCH(qint64, lines);
    QFETCH(qint64, orders);
    QFETCH(qint64, salesCents);
    QFETCH(qint64, profitCents);
    const QHash<QString, ProfitRow> all = rows(ProfitReport::GroupBy::Category);
    QCOMPARE(all.size(), 3);
    QVERIFY(all.contains(category));
    const ProfitRow &r = all.value(category);
    QCOMPARE(r.lines, lines);
    QCOMPARE(r.orders, orders);
    QCOMPARE(r.revenueFen(), salesCents);
    QCOMPARE(r.profitFen(), profitCents);
    QCOMPARE(r.costFen(), r.revenueFen() - r.profitFen());
    if (category == QLatin1String("Furniture")) {
        QCOMPARE(r.revenue, *Core::Decimal::parse("741999.7953"));
        QCOMPARE(r.profit(), *Core::Decimal::parse("18451.2728"));
    }
}

void tst_SuperstoreProfit::byRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<qint64>("lines");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("salesCents");
    QTest::addColumn<qint64>("profitCents");
    QTest::newRow("Central") << "Central" << 2323LL << 1175LL << cents("501239.89")
                             << cents("39706.36");
    QTest::newRow("East") << "East" << 2848LL << 1401LL << cents("678781.24") << cents("91522.78");
    QTest::newRow("South") << "South" << 1620LL << 822LL << cents("391721.91") << cents("46749.43");
    QTest::newRow("West") << "West" << 3203LL << 1611LL << cents("725457.82")
                          << cents("108418.45");
}

void tst_SuperstoreProfit::byRegion()
{
    QFETCH(QString, region);
    QFETCH(qint64, lines);
    QFETCH(qint64, orders);
    QFETCH(qint64, salesCents);
    QFETCH(qint64, profitCents);
    const QHash<QString, ProfitRow> all = rows(ProfitReport::GroupBy::Region);
    QCOMPARE(all.size(), 4);
    QVERIFY(all.contains(region));
    const ProfitRow &r = all.value(region);
    QCOMPARE(r.lines, lines);
    QCOMPARE(r.orders, orders);
    QCOMPARE(r.revenueFen(), salesCents);
    QCOMPARE(r.profitFen(), profitCents);
}

void tst_SuperstoreProfit::byMonthAddsUpToTheTotal()
{
    const auto months = ProfitReport::build(Storage::Database::connection(),
                                            ProfitReport::GroupBy::Month);
    QVERIFY(months);
    QCOMPARE(months->size(), 48);  // 2014-01 to 2017-12
    QCOMPARE(months->first().key, QString("2014-01"));
    QCOMPARE(months->last().key, QString("2017-12"));
    Core::Decimal sales;
    Core::Decimal profit;
    QHash<QString, Core::Decimal> profitByYear;
    for (const ProfitRow &r : months.value()) {
        sales += r.revenue;
        profit += r.profit();
        profitByYear[r.key.left(4)] += r.profit();
    }
    QCOMPARE(sales, *Core::Decimal::parse("2297200.8603"));
    QCOMPARE(profit, *Core::Decimal::parse("286397.0217"));
    // The README's per-year profit, to the cent.
    const auto rounded = [](Core::Decimal d) {
        return Core::Money::fromDecimal(d).minor();
    };
    QCOMPARE(rounded(profitByYear.value("2014")), cents("49543.97"));
    QCOMPARE(rounded(profitByYear.value("2015")), cents("61618.60"));
    QCOMPARE(rounded(profitByYear.value("2016")), cents("81795.17"));
    QCOMPARE(rounded(profitByYear.value("2017")), cents("93439.27"));
}

void tst_SuperstoreProfit::everyOrderMatchesTheCsv()
{
    QFile file(csvPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList records = QString::fromLatin1(file.readAll()).split("\r\n",
                                                                          Qt::SkipEmptyParts);
    const QStringList header = fields(records.first());
    const qsizetype orderCol = header.indexOf("Order ID");
    const qsizetype salesCol = header.indexOf("Sales");
    const qsizetype profitCol = header.indexOf("Profit");
    QVERIFY(orderCol >= 0 && salesCol >= 0 && profitCol >= 0);
    QHash<QString, Sums> expected;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const QStringList f = fields(records.at(i));
        const auto sales = Core::Decimal::parse(f.value(salesCol));
        const auto profit = Core::Decimal::parse(f.value(profitCol));
        QVERIFY2(sales && profit, qPrintable(QString("CSV line %1").arg(i + 1)));
        Sums &s = expected[f.value(orderCol)];
        s.sales += *sales;
        s.profit += *profit;
    }
    QCOMPARE(expected.size(), 5009);

    // Hearth numbers its orders itself; the channel's number leads back to the CSV's Order ID.
    QHash<QString, QString> channelNo;
    Storage::Statement q(Storage::Database::connection().handle(),
                         "SELECT order_no, channel_order_no FROM sales_orders");
    while (q.next())
        channelNo.insert(q.text(0), q.text(1));

    const QHash<QString, ProfitRow> orders = rows(ProfitReport::GroupBy::Order);
    QCOMPARE(orders.size(), 5009);
    int losing = 0;
    for (const ProfitRow &r : orders) {
        const QString id = channelNo.value(r.key);
        QVERIFY2(expected.contains(id), qPrintable(r.key + " is not in the CSV"));
        const Sums s = expected.value(id);
        QVERIFY2(r.revenue == s.sales && r.profit() == s.profit,
                 qPrintable(QString("%1 (%2): revenue %3 profit %4, the CSV says %5 and %6")
                                .arg(r.key, id, r.revenue.toString(), r.profit().toString(),
                                     s.sales.toString(), s.profit.toString())));
        if (r.profit() < Core::Decimal())
            ++losing;
    }
    QVERIFY(losing > 0);
}

QTEST_GUILESS_MAIN(tst_SuperstoreProfit)
#include "tst_superstoreprofit.moc"
