// Cost accounting (成本核算): cost by type by product line, channel, dealer, designer and month,
// the orders behind a cell and the xlsx export, on orders whose costs were worked out by hand.

#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/costreport.h"
#include "finance/costworkbook.h"
#include "orders/io/rowreader.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;

namespace {

bool exec(const char *sql, const QString &a = {}, const QString &b = {})
{
    Storage::Statement q(Storage::Database::connection().handle(), sql);
    if (!a.isNull())
        q.bind(1, a);
    if (!b.isNull())
        q.bind(2, b);
    if (!q.exec()) {
        qWarning("%s: %s", sql, qPrintable(q.error()));
        return false;
    }
    return true;
}

Core::Status feed(const QString &orderId, CostKind kind, qint64 fen, const char *source,
                  const char *atUtc)
{
    CostLine l;
    l.orderId = orderId;
    l.kind = kind;
    l.amountFen = fen;
    l.sourceTable = QStringLiteral("bills");
    l.sourceId = QLatin1String(source);
    l.occurredAt = QDateTime::fromString(QLatin1String(atUtc), Qt::ISODate);
    return CostLedger::record(Storage::Database::connection(), l);
}

const CostGroup *groupOf(const CostReport &r, const QString &key)
{
    for (const CostGroup &g : r.groups()) {
        if (g.key == key)
            return &g;
    }
    return nullptr;
}

using Amounts = QList<qint64>;  // fen by CostType, in its order

} // namespace

class tst_CostReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groups_data();
    void groups();
    void totalsAddUp_data();
    void totalsAddUp();
    void period_data();
    void period();
    void drillDown();
    void kindsToTypes();
    void codes();
    void exportXlsx();

private:
    QTemporaryDir m_dir;
};

void tst_CostReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("costreport.db")));
    Storage::Database::setCurrentUser("finance1");
    // SO00000001: dealer D01's kitchen, designed by G01 李设计: cabinets 6,000.00 and a
    // worktop 2,000.00 (3 : 1). Material 1,000.01, machine time 200.00, bought-in 300.00 in
    // March; freight 50.01 at 17:00 UTC on 31 March, which is 1 April at the site.
    const QString a = FinanceFixture::saveOrder(Orders::Channel::Dealer, "D01", "华东",
                                                QDate(2026, 3, 2),
                                                {Line{"柜体", "6000.00", nullptr},
                                                 Line{"台面", "2000.00", nullptr}});
    QVERIFY(!a.isEmpty());
    QVERIFY(exec("INSERT INTO partners(id, hlc, kind, code, name, created_at, updated_at) "
                 "VALUES ('g01', 'h', 'designer', 'G01', '李设计', '2026-03-01T00:00:00Z', "
                 "'2026-03-01T00:00:00Z')"));
    QVERIFY(exec("UPDATE sales_orders SET designer_id = 'g01' WHERE id = ?", a));
    QVERIFY(feed(a, CostKind::Material, 100001, "M-1", "2026-03-05T02:00:00Z"));
    QVERIFY(feed(a, CostKind::Machine, 20000, "W-1", "2026-03-06T02:00:00Z"));
    QVERIFY(feed(a, CostKind::BoughtIn, 30000, "P-1", "2026-03-20T02:00:00Z"));
    QVERIFY(feed(a, CostKind::Freight, 5001, "F-1", "2026-03-31T17:00:00Z"));
    // SO00000002: a store's wardrobe 3,000.00: material 500.00 in March, installation 120.00
    // in April.
    const QString b = FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华南",
                                                QDate(2026, 3, 8),
                                                {Line{"衣柜", "3000.00", nullptr}});
    QVERIFY(!b.isEmpty());
    QVERIFY(feed(b, CostKind::Material, 50000, "M-2", "2026-03-10T02:00:00Z"));
    QVERIFY(feed(b, CostKind::Installation, 12000, "I-2", "2026-04-02T02:00:00Z"));
    // SO00000003: cancelled; its costs are left out.
    const QString c = FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华南",
                                                QDate(2026, 3, 9),
                                                {Line{"衣柜", "900.00", nullptr}});
    QVERIFY(!c.isEmpty());
    QVERIFY(feed(c, CostKind::Material, 77700, "M-3", "2026-03-10T02:00:00Z"));
    QVERIFY(exec("UPDATE sales_orders SET status = 'cancelled' WHERE id = ?", c));
}

void tst_CostReport::groups_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("orders");
    // material, hardware, labour, outsourcing, logistics, installation, remake, overhead, other
    QTest::addColumn<Amounts>("fen");

    // SO1 split 3 : 1 over its lines: material 750.0075 / 250.0025 → the odd fen to the
    // larger remainder (柜体); freight 37.5075 / 12.5025 → 37.51 / 12.50.
    QTest::newRow("product line 柜体") << "product_line" << "柜体" << "柜体" << 1LL
                                       << Amounts{75001, 0, 15000, 22500, 3751, 0, 0, 0, 0};
    QTest::newRow("product line 台面") << "product_line" << "台面" << "台面" << 1LL
                                       << Amounts{25000, 0, 5000, 7500, 1250, 0, 0, 0, 0};
    QTest::newRow("product line 衣柜") << "product_line" << "衣柜" << "衣柜" << 1LL
                                       << Amounts{50000, 0, 0, 0, 0, 12000, 0, 0, 0};
    QTest::newRow("channel dealer") << "channel" << "dealer" << "Dealer" << 1LL
                                    << Amounts{100001, 0, 20000, 30000, 5001, 0, 0, 0, 0};
    QTest::newRow("channel store") << "channel" << "store" << "Own store" << 1LL
                                   << Amounts{50000, 0, 0, 0, 0, 12000, 0, 0, 0};
    QTest::newRow("dealer D01") << "dealer" << "D01" << "D01 D01 家居" << 1LL
                                << Amounts{100001, 0, 20000, 30000, 5001, 0, 0, 0, 0};
    QTest::newRow("no dealer") << "dealer" << "" << "(none)" << 1LL
                               << Amounts{50000, 0, 0, 0, 0, 12000, 0, 0, 0};
    QTest::newRow("designer G01") << "designer" << "G01" << "G01 李设计" << 1LL
                                  << Amounts{100001, 0, 20000, 30000, 5001, 0, 0, 0, 0};
    // By the site's month: the freight of 31 March 17:00 UTC falls in April.
    QTest::newRow("month 2026-03") << "month" << "2026-03" << "2026-03" << 2LL
                                   << Amounts{150001, 0, 20000, 30000, 0, 0, 0, 0, 0};
    QTest::newRow("month 2026-04") << "month" << "2026-04" << "2026-04" << 2LL
                                   << Amounts{0, 0, 0, 0, 5001, 12000, 0, 0, 0};
}

void tst_CostReport::groups()
{
    QFETCH(QString, by);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(qint64, orders);
    QFETCH(Amounts, fen);
    const auto d = CostReport::dimensionFromCode(by);
    QVERIFY(d);
    const auto report = CostReport::build(Storage::Database::connection(), *d);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    const CostGroup *g = groupOf(*report, key);
    QVERIFY2(g, qPrintable("no group " + key));
    QCOMPARE(g->label, label);
    QCOMPARE(g->orders, orders);
    qint64 sum = 0;
    for (int t = 0; t < CostTypeCount; ++t) {
        QCOMPARE(g->of(CostType(t)), fen.at(t));
        sum += fen.at(t);
    }
    QCOMPARE(g->total(), sum);
}

void tst_CostReport::totalsAddUp_data()
{
    QTest::addColumn<QString>("by");
    for (const char *by : {"product_line", "channel", "dealer", "designer", "month"})
        QTest::newRow(by) << QString::fromLatin1(by);
}

void tst_CostReport::totalsAddUp()
{
    // Every way of grouping adds up to the same 2,170.02 (the cancelled order left out).
    QFETCH(QString, by);
    const auto report = CostReport::build(Storage::Database::connection(),
                                          *CostReport::dimensionFromCode(by));
    QVERIFY(report);
    const CostGroup total = report->total();
    QCOMPARE(total.total(), 217002);
    QCOMPARE(total.orders, 2);
    QCOMPARE(total.of(CostType::Material), 150001);
    qint64 sum = 0;
    for (const CostGroup &g : report->groups())
        sum += g.total();
    QCOMPARE(sum, 217002);
}

void tst_CostReport::period_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("logistics");
    QTest::newRow("March") << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 200001LL << 0LL;
    QTest::newRow("April") << QDate(2026, 4, 1) << QDate(2026, 4, 30) << 17001LL << 5001LL;
    QTest::newRow("from 2 April") << QDate(2026, 4, 2) << QDate() << 12000LL << 0LL;
    QTest::newRow("to 1 April") << QDate() << QDate(2026, 4, 1) << 205002LL << 5001LL;
}

void tst_CostReport::period()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, total);
    QFETCH(qint64, logistics);
    const auto report = CostReport::build(Storage::Database::connection(),
                                          CostDimension::Channel, from, to);
    QVERIFY(report);
    QCOMPARE(report->total().total(), total);
    QCOMPARE(report->total().of(CostType::Logistics), logistics);
}

void tst_CostReport::drillDown()
{
    Storage::Connection &c = Storage::Database::connection();
    const auto byMonth = CostReport::build(c, CostDimension::Period);
    QVERIFY(byMonth);
    const QList<CostOrderPart> march = byMonth->ordersOf("2026-03", CostType::Material);
    QCOMPARE(march.size(), 2);
    QCOMPARE(march.at(0).orderNo, QString("SO00000001"));
    QCOMPARE(march.at(0).fen, 100001);
    QCOMPARE(march.at(1).orderNo, QString("SO00000002"));
    QCOMPARE(march.at(1).fen, 50000);
    QVERIFY(byMonth->ordersOf("2026-03", CostType::Installation).isEmpty());

    const auto byLine = CostReport::build(c, CostDimension::ProductLine);
    QVERIFY(byLine);
    const QList<CostOrderPart> cabinets = byLine->ordersOf("柜体", std::nullopt);
    QCOMPARE(cabinets.size(), 1);
    QCOMPARE(cabinets.at(0).orderNo, QString("SO00000001"));
    QCOMPARE(cabinets.at(0).fen, 116252);
    QVERIFY(!cabinets.at(0).orderId.isEmpty());
}

void tst_CostReport::kindsToTypes()
{
    QCOMPARE(CostReport::typeOf(CostKind::Machine), CostType::Labour);
    QCOMPARE(CostReport::typeOf(CostKind::BoughtIn), CostType::Outsourcing);
    QCOMPARE(CostReport::typeOf(CostKind::Freight), CostType::Logistics);
    QCOMPARE(CostReport::typeOf(CostKind::Remake), CostType::Remake);
}

void tst_CostReport::codes()
{
    for (int t = 0; t < CostTypeCount; ++t)
        QCOMPARE(CostReport::typeFromCode(CostReport::typeCode(CostType(t))), CostType(t));
    for (const char *code : {"product_line", "channel", "dealer", "designer", "month"}) {
        const auto d = CostReport::dimensionFromCode(QLatin1String(code));
        QVERIFY2(d, code);
        QCOMPARE(CostReport::dimensionCode(*d), QLatin1String(code));
    }
    QVERIFY(!CostReport::dimensionFromCode("region"));
}

void tst_CostReport::exportXlsx()
{
    const auto report = CostReport::build(Storage::Database::connection(),
                                          CostDimension::Channel);
    QVERIFY(report);
    const QString path = m_dir.filePath("costs.xlsx");
    const Core::Status written = CostWorkbook::write(*report, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));

    const auto sheets = Orders::xlsxSheetNames(path);
    QVERIFY(sheets);
    QCOMPARE(*sheets, QStringList({"Cost by type", "Orders"}));

    // The cost sheet: the header, the two channels and the total.
    auto costs = Orders::openXlsx(path, "Cost by type");
    QVERIFY2(costs, qPrintable(costs ? QString() : costs.error().toString()));
    const QStringList headers = (*costs)->headers();
    QCOMPARE(headers.size(), 12);
    QCOMPARE(headers.at(0), QString("Channel"));
    QCOMPARE(headers.at(3), QString("Labour and machine"));
    QCOMPARE(headers.at(10), QString("Total"));
    QList<QStringList> rows;
    QStringList cells;
    int rowNumber = 0;
    while ((*costs)->readRow(&cells, &rowNumber))
        rows.append(cells);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).value(0), QString("Dealer"));
    QCOMPARE(rows.at(0).value(1), QString("1000.01"));
    QCOMPARE(rows.at(0).value(10), QString("1550.02"));
    QCOMPARE(rows.at(0).value(11), QString("1"));
    QCOMPARE(rows.at(1).value(0), QString("Own store"));
    QCOMPARE(rows.at(1).value(6), QString("120"));
    QCOMPARE(rows.at(2).value(0), QString("Total"));
    QCOMPARE(rows.at(2).value(10), QString("2170.02"));

    // The orders sheet: every order of every cell.
    auto orders = Orders::openXlsx(path, "Orders");
    QVERIFY(orders);
    QCOMPARE((*orders)->headers(), QStringList({"Channel", "Cost type", "Order", "Amount"}));
    rows.clear();
    while ((*orders)->readRow(&cells, &rowNumber))
        rows.append(cells);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.at(0), QStringList({"Dealer", "Material", "SO00000001", "1000.01"}));
    QCOMPARE(rows.at(5), QStringList({"Own store", "Installation", "SO00000002", "120"}));
}

QTEST_GUILESS_MAIN(tst_CostReport)
#include "tst_costreport.moc"
