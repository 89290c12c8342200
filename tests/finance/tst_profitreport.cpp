// Per-order profit on sample orders computed by hand: revenue is the lines' amounts, cost is
// amount less profit where a line carries one, grouped six ways.

#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/ordercosts.h"
#include "finance/profitreport.h"
#include "storage/database.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using Finance::ProfitReport;
using Finance::ProfitRow;
using FinanceFixture::Line;

class tst_ProfitReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groups_data();
    void groups();
    void totalAndCancelled();
    void groupCodes();
    void orderWithCostLines_data();
    void orderWithCostLines();
    void totalWithCostLines();
    void oneMonthIsItsGroup();
    void regionFallsBackToProvince();

private:
    QTemporaryDir m_dir;
    QString m_cancelledId;
    QString m_costedId;
};

void tst_ProfitReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("profit.db")));
    using Orders::Channel;
    // SO00000001: a dealer's kitchen, 12,000.00 with 3,000.50 profit on the cabinets and
    // 200.25 on the hardware; the service line has no cost known.
    QVERIFY(!FinanceFixture::saveOrder(Channel::Dealer, "D01", "华东", QDate(2026, 3, 2),
                                       {Line{"柜体", "10000.00", "3000.50"},
                                        Line{"五金", "1500.00", "200.25"},
                                        Line{"服务", "500.00", nullptr}})
                 .isEmpty());
    // SO00000002: a store's wardrobe that lost money, 8,000.005 with -120.0025 profit.
    QVERIFY(!FinanceFixture::saveOrder(Channel::Store, QString(), "华南", QDate(2026, 3, 28),
                                       {Line{"衣柜", "8000.005", "-120.0025"}})
                 .isEmpty());
    // SO00000003: the same dealer in April, cabinets 2,000.00 with 400.00 profit.
    QVERIFY(!FinanceFixture::saveOrder(Channel::Dealer, "D01", "华东", QDate(2026, 4, 1),
                                       {Line{"柜体", "2000.00", "400.00"}})
                 .isEmpty());
    // SO00000004: cancelled; left out everywhere.
    m_cancelledId = FinanceFixture::saveOrder(Channel::Store, QString(), "华南",
                                              QDate(2026, 4, 3),
                                              {Line{"衣柜", "99999.00", "99999.00"}});
    QVERIFY(!m_cancelledId.isEmpty());
    Storage::Statement cancel(Storage::Database::connection().handle(),
                              "UPDATE sales_orders SET status = 'cancelled' WHERE id = ?");
    cancel.bind(1, m_cancelledId);
    QVERIFY(cancel.exec());
}

void tst_ProfitReport::groups_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("revenueFen");
    QTest::addColumn<qint64>("costFen");
    QTest::addColumn<qint64>("profitFen");
    QTest::addColumn<qint64>("withoutCost");

    QTest::newRow("order 1") << "order" << "SO00000001" << "SO00000001" << 1LL << 1200000LL
                             << 829925LL << 370075LL << 1LL;
    // 8,000.005 rounds up to 8,000.01, -120.0025 to -120.00 (half away from zero); the cost
    // is what is left between them.
    QTest::newRow("order 2, losing money") << "order" << "SO00000002" << "SO00000002" << 1LL
                                           << 800001LL << 812001LL << -12000LL << 0LL;
    QTest::newRow("category 柜体") << "category" << "柜体" << "柜体" << 2LL << 1200000LL
                                   << 859950LL << 340050LL << 0LL;
    QTest::newRow("category 服务") << "category" << "服务" << "服务" << 1LL << 50000LL << 0LL
                                   << 50000LL << 1LL;
    QTest::newRow("region 华东") << "region" << "华东" << "华东" << 2LL << 1400000LL
                                 << 989925LL << 410075LL << 1LL;
    QTest::newRow("channel dealer") << "channel" << "dealer" << "Dealer" << 2LL << 1400000LL
                                    << 989925LL << 410075LL << 1LL;
    QTest::newRow("dealer D01") << "dealer" << "D01" << "D01 家居" << 2LL << 1400000LL
                                << 989925LL << 410075LL << 1LL;
    QTest::newRow("no dealer") << "dealer" << "" << "" << 1LL << 800001LL << 812001LL
                               << -12000LL << 0LL;
    QTest::newRow("month 2026-03") << "month" << "2026-03" << "2026-03" << 2LL << 2000001LL
                                   << 1641926LL << 358075LL << 1LL;
    QTest::newRow("month 2026-04") << "month" << "2026-04" << "2026-04" << 1LL << 200000LL
                                   << 160000LL << 40000LL << 0LL;
}

void tst_ProfitReport::groups()
{
    QFETCH(QString, by);
    QFETCH(QString, key);
    QFETCH(QString, label);
    QFETCH(qint64, orders);
    QFETCH(qint64, revenueFen);
    QFETCH(qint64, costFen);
    QFETCH(qint64, profitFen);
    QFETCH(qint64, withoutCost);
    const auto group = ProfitReport::groupFromCode(by);
    QVERIFY(group);
    const auto rows = ProfitReport::build(Storage::Database::connection(), *group);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    const ProfitRow *found = nullptr;
    for (const ProfitRow &r : rows.value()) {
        if (r.key == key)
            found = &r;
    }
    QVERIFY2(found, qPrintable("no group " + key));
    QCOMPARE(found->label, label);
    QCOMPARE(found->orders, orders);
    QCOMPARE(found->revenueFen(), revenueFen);
    QCOMPARE(found->costFen(), costFen);
    QCOMPARE(found->profitFen(), profitFen);
    QCOMPARE(found->linesWithoutCost, withoutCost);
}

void tst_ProfitReport::totalAndCancelled()
{
    const auto total = ProfitReport::total(Storage::Database::connection());
    QVERIFY(total);
    QCOMPARE(total->orders, 3);
    QCOMPARE(total->lines, 5);
    QCOMPARE(total->revenue, FinanceFixture::dec("22000.005"));
    // The service line counts at cost 0, so its 500.00 is profit.
    QCOMPARE(total->profit(), FinanceFixture::dec("3980.7475"));
    QCOMPARE(total->revenueFen(), 2200001);
    QCOMPARE(total->profitFen(), 398075);

    const auto byOrder = ProfitReport::build(Storage::Database::connection(),
                                             ProfitReport::GroupBy::Order);
    QVERIFY(byOrder);
    QCOMPARE(byOrder->size(), 3);
    QCOMPARE(byOrder->last().key, QString("SO00000003"));
}

void tst_ProfitReport::groupCodes()
{
    for (const char *code : {"order", "category", "region", "channel", "dealer", "month"}) {
        const auto by = ProfitReport::groupFromCode(QLatin1String(code));
        QVERIFY2(by, code);
        QCOMPARE(ProfitReport::groupCode(*by), QLatin1String(code));
    }
    QVERIFY(!ProfitReport::groupFromCode("designer"));
}

void tst_ProfitReport::orderWithCostLines_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("orders");
    QTest::addColumn<qint64>("revenueFen");
    QTest::addColumn<qint64>("costFen");
    QTest::addColumn<qint64>("profitFen");

    // SO00000005, 西南, May: cabinets 6,000.00 (an imported profit, not used once the order
    // has cost lines) and a worktop 2,000.005 without one; cost lines 3,210.55 bought in,
    // 120.01 freight and 5,000.00 installation = 8,330.56. Revenue 8,000.005 rounds to
    // 8,000.01 and the profit is that less 8,330.56: −330.55, what the order's page shows
    // (the exact −330.555 would round to −330.56).
    QTest::newRow("order") << "order" << "SO00000005" << 1LL << 800001LL << 833056LL
                           << -33055LL;
    QTest::newRow("region") << "region" << "西南" << 1LL << 800001LL << 833056LL << -33055LL;
    QTest::newRow("month") << "month" << "2026-05" << 1LL << 800001LL << 833056LL << -33055LL;
    // By category the 8,330.56 is split by the lines' amounts, 6,000.00 : 2,000.005:
    // 6,247.916… and 2,082.643…; 6,247.91 + 2,082.64 leave one fen for the larger remainder.
    // 柜体 then holds orders 1 and 3 as before (revenue 12,000.00, cost 8,599.50) and 6,000.00
    // with 6,247.92.
    QTest::newRow("category 柜体") << "category" << "柜体" << 3LL << 1800000LL << 1484742LL
                                   << 315258LL;
    // 2,000.005 rounds to 2,000.01, less 2,082.64.
    QTest::newRow("category 台面") << "category" << "台面" << 1LL << 200001LL << 208264LL
                                   << -8263LL;
}

void tst_ProfitReport::orderWithCostLines()
{
    Storage::Connection &c = Storage::Database::connection();
    if (m_costedId.isEmpty()) {
        m_costedId = FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "西南",
                                               QDate(2026, 5, 10),
                                               {Line{"柜体", "6000.00", "1000.00"},
                                                Line{"台面", "2000.005", nullptr}});
        QVERIFY(!m_costedId.isEmpty());
        const auto feed = [&](Finance::CostKind kind, qint64 fen, const char *source) {
            Finance::CostLine l;
            l.orderId = m_costedId;
            l.kind = kind;
            l.amountFen = fen;
            l.sourceTable = QStringLiteral("bills");
            l.sourceId = QLatin1String(source);
            l.occurredAt = QDateTime(QDate(2026, 5, 20), QTime(2, 0), Qt::UTC);
            return Finance::CostLedger::record(c, l);
        };
        QVERIFY(feed(Finance::CostKind::BoughtIn, 321055, "B-1"));
        QVERIFY(feed(Finance::CostKind::Freight, 12001, "B-2"));
        QVERIFY(feed(Finance::CostKind::Installation, 500000, "B-3"));
    }
    QFETCH(QString, by);
    QFETCH(QString, key);
    QFETCH(qint64, orders);
    QFETCH(qint64, revenueFen);
    QFETCH(qint64, costFen);
    QFETCH(qint64, profitFen);
    const auto rows = ProfitReport::build(c, *ProfitReport::groupFromCode(by));
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    const ProfitRow *found = nullptr;
    for (const ProfitRow &r : rows.value()) {
        if (r.key == key)
            found = &r;
    }
    QVERIFY2(found, qPrintable("no group " + key));
    QCOMPARE(found->orders, orders);
    QCOMPARE(found->revenueFen(), revenueFen);
    QCOMPARE(found->costFen(), costFen);
    QCOMPARE(found->profitFen(), profitFen);
    QCOMPARE(found->linesWithoutCost, 0);
    QCOMPARE(found->costFen(), found->revenueFen() - found->profitFen());

    // The order's profit page shows the same figures.
    const auto page = Finance::OrderCosts::load(c, m_costedId);
    QVERIFY(page);
    QCOMPARE(page->orderNo, QString("SO00000005"));
    QCOMPARE(page->revenueFen, 800001);
    QCOMPARE(page->actualFen(), 833056);
    QCOMPARE(page->profitFen(), -33055);
}

void tst_ProfitReport::totalWithCostLines()
{
    // Revenue 22,000.005 + 8,000.005 = 30,000.01. Profit: the others' exact 3,980.7475 plus
    // 8,000.005 is 11,980.7525, rounded 11,980.75, less the 8,330.56 of cost lines: 3,650.19.
    const auto total = ProfitReport::total(Storage::Database::connection());
    QVERIFY(total);
    QCOMPARE(total->orders, 4);
    QCOMPARE(total->ordersWithCostLines, 1);
    QCOMPARE(total->revenueFen(), 3000001);
    QCOMPARE(total->profitFen(), 365019);
    QCOMPARE(total->costFen(), 3000001 - 365019);
    QCOMPARE(total->linesWithoutCost, 1);
}

void tst_ProfitReport::oneMonthIsItsGroup()
{
    // Read on its own (as the month close and the dashboard read a month), a month is the
    // same row as its group of the report by month, cost lines included; a month without
    // orders is all zero.
    Storage::Connection &c = Storage::Database::connection();
    const auto byMonth = ProfitReport::build(c, ProfitReport::GroupBy::Month);
    QVERIFY(byMonth);
    QVERIFY(byMonth->size() >= 2);
    for (const ProfitRow &group : *byMonth) {
        if (group.key.isEmpty())
            continue;
        const auto one = ProfitReport::month(c, group.key);
        QVERIFY2(one, qPrintable(one ? QString() : one.error().toString()));
        QCOMPARE(one->key, group.key);
        QCOMPARE(one->orders, group.orders);
        QCOMPARE(one->lines, group.lines);
        QCOMPARE(one->revenueFen(), group.revenueFen());
        QCOMPARE(one->costFen(), group.costFen());
        QCOMPARE(one->profitFen(), group.profitFen());
        QCOMPARE(one->ledgerCostFen, group.ledgerCostFen);
        QCOMPARE(one->ordersWithCostLines, group.ordersWithCostLines);
    }
    const auto none = ProfitReport::month(c, QStringLiteral("1999-01"));
    QVERIFY(none);
    QCOMPARE(none->orders, 0);
    QCOMPARE(none->revenueFen(), 0);
    QCOMPARE(none->profitFen(), 0);
}

void tst_ProfitReport::regionFallsBackToProvince()
{
    // Orders entered without a region (the demo's, a store's) group by their province; an
    // imported region wins over the province; an order with neither is in the group of none.
    Storage::Connection &c = Storage::Database::connection();
    const auto save = [](const QString &region, const QString &province, const char *amount,
                         const char *profit) {
        Orders::SalesOrder o;
        o.channel = Orders::Channel::Store;
        o.customer.name = QStringLiteral("赵先生");
        o.customer.mobile = QStringLiteral("13900139000");
        o.region = region;
        o.address.province = province;
        o.signedOn = QDate(2026, 6, 1);
        Orders::OrderLine line;
        line.lineNo = 1;
        line.description = QStringLiteral("line 1");
        line.category = QStringLiteral("衣柜");
        line.quantity = Core::Decimal::fromInt(1);
        line.amount = FinanceFixture::dec(amount);
        line.profit = FinanceFixture::dec(profit);
        o.lines.append(line);
        const auto saved = Orders::OrderRepository::save(o);
        return saved ? o.id : QString();
    };
    // 浙江省 without a region: 1,000.00 with 100.00 imported profit, but costed by a cost
    // line of 20.00 freight, so its profit is 980.00 (the cost-line path groups it too).
    const QString zhejiang = save(QString(), QStringLiteral("浙江省"), "1000.00", "100.00");
    QVERIFY(!zhejiang.isEmpty());
    Finance::CostLine freight;
    freight.orderId = zhejiang;
    freight.kind = Finance::CostKind::Freight;
    freight.amountFen = 2000;
    freight.sourceTable = QStringLiteral("bills");
    freight.sourceId = QStringLiteral("B-9");
    freight.occurredAt = QDateTime(QDate(2026, 6, 2), QTime(2, 0), Qt::UTC);
    QVERIFY(Finance::CostLedger::record(c, freight));
    // 四川省 without a region: 300.00 with 30.00 profit.
    QVERIFY(!save(QString(), QStringLiteral("四川省"), "300.00", "30.00").isEmpty());
    // 华东 with a province: the region is the key; 500.00 with 50.00 profit.
    QVERIFY(!save(QStringLiteral("华东"), QStringLiteral("江苏省"), "500.00", "50.00").isEmpty());
    // Neither: 40.00 with 4.00 profit.
    QVERIFY(!save(QString(), QString(), "40.00", "4.00").isEmpty());

    const auto rows = ProfitReport::build(c, ProfitReport::GroupBy::Region);
    QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().toString()));
    QHash<QString, ProfitRow> byKey;
    for (const ProfitRow &r : rows.value())
        byKey.insert(r.key, r);
    QVERIFY2(byKey.contains(QStringLiteral("浙江省")), "no group 浙江省");
    QCOMPARE(byKey[QStringLiteral("浙江省")].orders, 1);
    QCOMPARE(byKey[QStringLiteral("浙江省")].revenueFen(), 100000);
    QCOMPARE(byKey[QStringLiteral("浙江省")].profitFen(), 98000);
    QCOMPARE(byKey[QStringLiteral("四川省")].orders, 1);
    QCOMPARE(byKey[QStringLiteral("四川省")].revenueFen(), 30000);
    QCOMPARE(byKey[QStringLiteral("四川省")].profitFen(), 3000);
    // 华东 had orders 1 and 3 (14,000.00, profit 4,100.75); now 14,500.00 and 4,150.75.
    QCOMPARE(byKey[QStringLiteral("华东")].orders, 3);
    QCOMPARE(byKey[QStringLiteral("华东")].revenueFen(), 1450000);
    QCOMPARE(byKey[QStringLiteral("华东")].profitFen(), 415075);
    QVERIFY(!byKey.contains(QStringLiteral("江苏省")));
    QCOMPARE(byKey[QString()].orders, 1);
    QCOMPARE(byKey[QString()].revenueFen(), 4000);
    QCOMPARE(byKey[QString()].profitFen(), 400);
}

QTEST_GUILESS_MAIN(tst_ProfitReport)
#include "tst_profitreport.moc"
