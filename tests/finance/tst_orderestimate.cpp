// The estimate at signing from the exploded parts, hardware and routings, worked out by hand,
// stored once and made again only when asked.

#include "costingfixture.h"
#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/orderestimate.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;
using CostingFixture::hardware;
using CostingFixture::part;
using CostingFixture::run;

namespace {

qint64 count(const char *sql, const QString &bind = {})
{
    Storage::Statement q(Storage::Database::connection().handle(), sql);
    if (!bind.isNull())
        q.bind(1, bind);
    return q.next() ? q.int64(0) : -1;
}

QString saveOrder()
{
    return FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华东",
                                     QDate(2026, 3, 2), {Line{"柜体", "3000.00", nullptr}});
}

} // namespace

class tst_OrderEstimate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void estimate_data();
    void estimate();
    void storedOnceUntilAskedAgain();

private:
    QTemporaryDir m_dir;
    QString m_a;  // work order made: its routing
    QString m_e;  // no work order yet: the workshop's routing; a board and a hinge unknown
};

void tst_OrderEstimate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("estimate.db")));
    Storage::Database::setCurrentUser("finance1");
    QVERIFY(CostingFixture::makeFactory());
    QVERIFY(CostLedger::setOverheadRate(Storage::Database::connection(),
                                        Core::Decimal::fromMicros(80'000)));

    m_a = saveOrder();
    QVERIFY(!m_a.isEmpty());
    QVERIFY(part(m_a, "P1", 800, 500, 10, 26'000, "颗粒板", "暖白"));
    QVERIFY(part(m_a, "P2", 700, 300, 5, 10'000, "颗粒板", "暖白"));
    QVERIFY(hardware(m_a, "HW-HINGE", 20'000'000));
    QVERIFY(!CostingFixture::workOrder(m_a, "WO-A").isEmpty());

    m_e = saveOrder();
    QVERIFY(!m_e.isEmpty());
    QVERIFY(part(m_e, "P1", 800, 500, 2, 5'200, "颗粒板", "暖白"));
    QVERIFY(part(m_e, "P2", 600, 400, 1, 0, "多层板", "胡桃"));
    QVERIFY(hardware(m_e, "HW-HINGE", 4'000'000));
    QVERIFY(hardware(m_e, "HW-UNKNOWN", 2'000'000));
    QVERIFY(CostingFixture::workOrderTask(m_e));
}

void tst_OrderEstimate::estimate_data()
{
    QTest::addColumn<bool>("first");
    QTest::addColumn<qint64>("material");
    QTest::addColumn<qint64>("hardware");
    QTest::addColumn<qint64>("machine");
    QTest::addColumn<qint64>("labour");
    QTest::addColumn<qint64>("overhead");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("area");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QStringList>("missing");
    // 5.05 m² × 45.00 = 227.25 and 36 m × 1.20 = 43.20; 20 × 3.50 = 70.00. 15 parts:
    // CUT 600 + 450 + 606 = 1656 s × 120.00/h = 55.20; EDGE 300 + 675 = 975 s × 91.00/h =
    // 24.6458: 24.65; ASM 1500 s × 45.03/h = 18.7625: 18.76; 8 % of 439.06 = 35.1248: 35.12.
    QTest::newRow("work order's routing")
        << true << qint64(27045) << qint64(7000) << qint64(7985) << qint64(1876) << qint64(3512)
        << qint64(47418) << qint64(5'050'000) << qint64(4131) << QStringList();
    // 0.8 m² × 45.00 = 36.00, 5.2 m × 1.20 = 6.24; 4 × 3.50 = 14.00. 3 parts, 1.04 m²:
    // CUT 600 + 90 + 125 (124.8 up) = 815 s: 27.1667: 27.17; EDGE 435 s: 10.9958: 11.00;
    // ASM 300 s: 3.7525: 3.75; 8 % of 98.16 = 7.8528: 7.85.
    QTest::newRow("workshop's routing, costs missing")
        << false << qint64(4224) << qint64(1400) << qint64(3817) << qint64(375) << qint64(785)
        << qint64(10601) << qint64(1'040'000) << qint64(1550)
        << QStringList{"board 多层板 胡桃", "hardware HW-UNKNOWN"};
}

void tst_OrderEstimate::estimate()
{
    QFETCH(bool, first);
    const auto e = OrderEstimate::compute(Storage::Database::connection(), first ? m_a : m_e);
    QVERIFY2(e, qPrintable(e ? QString() : e.error().toString()));
    QTEST(e->materialFen, "material");
    QTEST(e->hardwareFen, "hardware");
    QTEST(e->machineFen, "machine");
    QTEST(e->labourFen, "labour");
    QTEST(e->overheadFen, "overhead");
    QTEST(e->totalFen(), "total");
    QTEST(e->areaMm2, "area");
    QTEST(e->runSeconds, "seconds");
    QTEST(e->missing, "missing");
}

void tst_OrderEstimate::storedOnceUntilAskedAgain()
{
    Storage::Connection &c = Storage::Database::connection();
    const auto first = OrderEstimate::ensure(c, m_a);
    QVERIFY(first);
    QCOMPARE(first->totalFen(), 47418);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE table_name = 'order_estimates'"), 1);

    // The board costs more now: the estimate at signing stays as it was.
    QVERIFY(run("UPDATE items SET standard_cost_micros = 50000000 WHERE id = 'item-board'", {}));
    const auto kept = OrderEstimate::ensure(c, m_a);
    QVERIFY(kept);
    QCOMPARE(kept->materialFen, 27045);
    QCOMPARE(kept->id, first->id);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE table_name = 'order_estimates'"), 1);

    // Asked again: 5.05 m² × 50.00 = 252.50, + 43.20.
    const auto again = OrderEstimate::reestimate(c, m_a);
    QVERIFY(again);
    QCOMPARE(again->materialFen, 29570);
    QCOMPARE(again->id, first->id);
    const auto loaded = OrderEstimate::load(c, m_a);
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->materialFen, 29570);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox WHERE table_name = 'order_estimates'"), 2);
}

QTEST_GUILESS_MAIN(tst_OrderEstimate)
#include "tst_orderestimate.moc"
