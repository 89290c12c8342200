// Per-order cost lines (单单清算) gathered from stock moves, reported operations at work-center
// rates, re-makes and the overhead rate, checked against figures worked out by hand.

#include "costingfixture.h"
#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/marginwatch.h"
#include "finance/ordercosts.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;
using CostingFixture::move;
using CostingFixture::operation;
using CostingFixture::report;
using CostingFixture::run;
using CostingFixture::workOrder;

namespace {

qint64 count(const char *sql, const QString &bind = {})
{
    Storage::Statement q(Storage::Database::connection().handle(), sql);
    if (!bind.isNull())
        q.bind(1, bind);
    return q.next() ? q.int64(0) : -1;
}

QString saveOrder(const char *amount)
{
    return FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华东",
                                     QDate(2026, 3, 2), {Line{"柜体", amount, nullptr}});
}

qint64 kindFen(const OrderCosts &o, CostKind kind)
{
    for (const KindFigures &f : o.byKind) {
        if (f.kind == kind)
            return f.actualFen;
    }
    return 0;
}

} // namespace

class tst_CostLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rounding_data();
    void rounding();
    void sampleOrders_data();
    void sampleOrders();
    void linesNameTheirSources();
    void remakeChargedToWhoCausedIt();
    void gatheringAgainWritesNothing();
    void reportsMarkTheOrderForGathering();
    void cancelledOperationLeavesATombstone();
    void fedLinesOfARemakeGoToTheParent();
    void recordRefused_data();
    void recordRefused();
    void ordersBelowTheMargin();

private:
    QTemporaryDir m_dir;
    QString m_a;       // 10,000.00: board, hinges, a return, three operations
    QString m_b;       // 500.00: board, and a re-make charged to the installer
    QString m_remake;  // the re-make of B
    QString m_c;       // 2,000.00: a glass door bought in and freight fed by the shipments
    QString m_d;       // 800.00: reports arriving after the first gathering
    QString m_dWo;
    QString m_dAsm;
};

void tst_CostLedger::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("costing.db")));
    Storage::Database::setCurrentUser("finance1");
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(CostingFixture::makeFactory());
    QVERIFY(CostLedger::setOverheadRate(c, Core::Decimal::fromMicros(80'000)));

    m_a = saveOrder("10000.00");
    QVERIFY(!m_a.isEmpty());
    const QString woA = workOrder(m_a, "WO-A");
    // 12.5 m² at 46.123457 = 576.543213: 57,654 fen; 20 hinges at 3.456789 = 69.13578:
    // 6,914 fen; 0.5 m² back = 23.061729: −2,306 fen.
    QVERIFY(!move("issue", "item-board", "m2", 12'500'000, 46'123'457, 576'543'213, {}, woA,
                  "2026-03-03T01:00:00.000Z").isEmpty());
    QVERIFY(!move("issue", "item-hinge", "piece", 20'000'000, 3'456'789, 69'135'780, m_a, {},
                  "2026-03-03T01:05:00.000Z").isEmpty());
    QVERIFY(!move("return", "item-board", "m2", 500'000, 46'123'457, 23'061'729, {}, woA,
                  "2026-03-04T09:00:00.000Z").isEmpty());
    // CUT done: 600 + 1800 s at 120.00/h = 80.00. EDGE 4 of 10 reported: 300 + 1000 × 4/10
    // = 700 s at 91.00/h = 17.694…: 1,769 fen. ASM 3 of 10: 2000 × 3/10 = 600 s at 45.03/h
    // = 7.505: 751 fen (half away from zero).
    const QString cut = operation(woA, 1, "wc-cut", "开料", 1800, 600, 10, "done");
    const QString edge = operation(woA, 2, "wc-edge", "封边", 1000, 300, 10, "started");
    const QString assemble = operation(woA, 3, "wc-asm", "组装", 2000, 0, 10, "started");
    QVERIFY(report(woA, cut, "finish", 10, 0, "2026-03-03T03:00:00.000Z"));
    QVERIFY(report(woA, edge, "report", 3, 1, "2026-03-03T05:00:00.000Z"));
    QVERIFY(report(woA, assemble, "report", 3, 0, "2026-03-03T07:00:00.000Z"));
    QVERIFY(!operation(woA, 4, "wc-asm", "包装", 900, 0, 10, "waiting").isEmpty());

    m_b = saveOrder("500.00");
    QVERIFY(!m_b.isEmpty());
    QVERIFY(!move("issue", "item-board", "m2", 10'000'000, 46'000'000, 460'000'000, m_b, {},
                  "2026-03-05T01:00:00.000Z").isEmpty());
    m_remake = saveOrder("0.00");
    QVERIFY(!m_remake.isEmpty());
    QVERIFY(run("UPDATE sales_orders SET parent_order_id = ?, charged_to = 'installer', "
                "remake_reason = '门板磕碰' WHERE id = ?", {m_b, m_remake}));
    const QString woR = workOrder(m_remake, "WO-R");
    // 1.2 m² = 55.351: 5,535 fen; CUT done 600 + 120 s at 120.00/h = 24.00.
    QVERIFY(!move("issue", "item-board", "m2", 1'200'000, 46'125'833, 55'351'000, {}, woR,
                  "2026-03-09T01:00:00.000Z").isEmpty());
    QVERIFY(!operation(woR, 1, "wc-cut", "开料", 120, 600, 2, "done").isEmpty());

    m_c = saveOrder("2000.00");
    QVERIFY(!m_c.isEmpty());
    QVERIFY(!move("issue", "item-glass", "piece", 1'000'000, 1'500'000'000, 1'500'000'000, m_c,
                  {}, "2026-03-06T01:00:00.000Z").isEmpty());

    m_d = saveOrder("800.00");
    QVERIFY(!m_d.isEmpty());
    m_dWo = workOrder(m_d, "WO-D");
    m_dAsm = operation(m_dWo, 1, "wc-asm", "组装", 2000, 0, 10, "started");
    QVERIFY(report(m_dWo, m_dAsm, "report", 3, 0, "2026-03-07T07:00:00.000Z"));

    for (const QString &id : {m_a, m_b, m_c, m_d}) {
        const auto written = CostLedger::gather(c, id);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    }
    CostLine freight;
    freight.orderId = m_c;
    freight.kind = CostKind::Freight;
    freight.amountFen = 12345;
    freight.sourceTable = "shipments";
    freight.sourceId = "SH-0001";
    freight.occurredAt = QDateTime(QDate(2026, 3, 8), QTime(2, 0), Qt::UTC);
    freight.description = "德邦 DB123";
    const Core::Status fed = CostLedger::record(c, freight);
    QVERIFY2(fed, qPrintable(fed ? QString() : fed.error().toString()));
}

void tst_CostLedger::rounding_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("half up") << qint64(600) << qint64(4503) << qint64(3600) << qint64(751);
    QTest::newRow("below half") << qint64(700) << qint64(9100) << qint64(3600)
                                << qint64(1769);
    QTest::newRow("negative half away from zero") << qint64(-5) << qint64(1) << qint64(10)
                                                  << qint64(-1);
    QTest::newRow("micros to fen half") << qint64(23'065'000) << qint64(1) << qint64(10'000)
                                        << qint64(2307);
    QTest::newRow("product past 64 bits")
        << qint64(9'000'000'000'000) << qint64(4'000'000) << qint64(1'000'000'000)
        << qint64(36'000'000'000);
}

void tst_CostLedger::rounding()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, d);
    QFETCH(qint64, expected);
    QCOMPARE(CostLedger::mulDivRound(a, b, d), expected);
}

void tst_CostLedger::sampleOrders_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<qint64>("material");
    QTest::addColumn<qint64>("hardware");
    QTest::addColumn<qint64>("machine");
    QTest::addColumn<qint64>("labour");
    QTest::addColumn<qint64>("boughtIn");
    QTest::addColumn<qint64>("freight");
    QTest::addColumn<qint64>("remake");
    QTest::addColumn<qint64>("overhead");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("profit");
    QTest::addColumn<int>("lines");
    // A: 57,654 − 2,306 + 6,914 + 8,000 + 1,769 + 751 = 72,782; 8 % = 5,822.56: 5,823.
    QTest::newRow("A moves, reports and overhead")
        << "A" << qint64(55348) << qint64(6914) << qint64(9769) << qint64(751) << qint64(0)
        << qint64(0) << qint64(0) << qint64(5823) << qint64(78605) << qint64(921395) << 7;
    // B: 46,000 + re-make 5,535 + 2,400 = 53,935; 8 % = 4,314.8: 4,315.
    QTest::newRow("B with a re-make")
        << "B" << qint64(46000) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
        << qint64(7935) << qint64(4315) << qint64(58250) << qint64(-8250) << 4;
    // C: 150,000 + freight 12,345 = 162,345; 8 % = 12,987.6: 12,988.
    QTest::newRow("C bought in with freight fed")
        << "C" << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(150000)
        << qint64(12345) << qint64(0) << qint64(12988) << qint64(175333) << qint64(24667) << 3;
}

void tst_CostLedger::sampleOrders()
{
    QFETCH(QString, order);
    const QString id = order == "A" ? m_a : order == "B" ? m_b : m_c;
    const auto costs = OrderCosts::load(Storage::Database::connection(), id);
    QVERIFY2(costs, qPrintable(costs ? QString() : costs.error().toString()));
    QTEST(kindFen(*costs, CostKind::Material), "material");
    QTEST(kindFen(*costs, CostKind::Hardware), "hardware");
    QTEST(kindFen(*costs, CostKind::Machine), "machine");
    QTEST(kindFen(*costs, CostKind::Labour), "labour");
    QTEST(kindFen(*costs, CostKind::BoughtIn), "boughtIn");
    QTEST(kindFen(*costs, CostKind::Freight), "freight");
    QTEST(kindFen(*costs, CostKind::Remake), "remake");
    QTEST(kindFen(*costs, CostKind::Overhead), "overhead");
    QTEST(costs->actualFen(), "total");
    QTEST(costs->profitFen(), "profit");
    QTEST(int(costs->lines.size()), "lines");
}

void tst_CostLedger::linesNameTheirSources()
{
    const auto lines = CostLedger::lines(Storage::Database::connection(), m_a);
    QVERIFY(lines);
    const CostLine *edge = nullptr;
    const CostLine *back = nullptr;
    for (const CostLine &l : *lines) {
        if (l.description.contains("@ EDGE"))
            edge = &l;
        if (l.amountFen < 0)
            back = &l;
    }
    QVERIFY(edge && back);
    QCOMPARE(edge->sourceTable, QString("operations"));
    QCOMPARE(count("SELECT COUNT(*) FROM operations WHERE id = ? AND name = '封边'",
                   edge->sourceId), 1);
    QCOMPARE(edge->amountFen, 1769);
    QCOMPARE(edge->quantity, Core::Decimal::fromMicros(194'444));  // 700 s in hours
    QCOMPARE(edge->unitCost, Core::Decimal::fromInt(91));
    QCOMPARE(edge->occurredAt, QDateTime(QDate(2026, 3, 3), QTime(5, 0), Qt::UTC));
    QCOMPARE(edge->description, QString("WO-A · 封边 @ EDGE"));
    QCOMPARE(back->sourceTable, QString("stock_moves"));
    QCOMPARE(back->kind, CostKind::Material);
    QCOMPARE(back->amountFen, -2306);
    QCOMPARE(back->quantity, Core::Decimal::fromMicros(-500'000));
    QCOMPARE(count("SELECT COUNT(*) FROM stock_moves WHERE id = ? AND kind = 'return'",
                   back->sourceId), 1);
}

void tst_CostLedger::remakeChargedToWhoCausedIt()
{
    const auto lines = CostLedger::lines(Storage::Database::connection(), m_b);
    QVERIFY(lines);
    int remakes = 0;
    for (const CostLine &l : *lines) {
        if (l.kind != CostKind::Remake)
            continue;
        ++remakes;
        QCOMPARE(l.viaOrderId, m_remake);
        QCOMPARE(l.chargedTo, QString("installer"));
    }
    QCOMPARE(remakes, 2);
    // The re-make's own costs live on its parent only; gathering it gathers the parent.
    QCOMPARE(count("SELECT COUNT(*) FROM cost_lines WHERE order_id = ?", m_remake), 0);
    const auto again = CostLedger::gather(Storage::Database::connection(), m_remake);
    QVERIFY(again);
    QCOMPARE(*again, 0);
}

void tst_CostLedger::gatheringAgainWritesNothing()
{
    Storage::Connection &c = Storage::Database::connection();
    const qint64 outbox = count("SELECT COUNT(*) FROM outbox");
    const auto before = CostLedger::lines(c, m_a);
    QVERIFY(before);
    for (const QString &id : {m_a, m_b, m_c}) {
        const auto written = CostLedger::gather(c, id);
        QVERIFY(written);
        QCOMPARE(*written, 0);
    }
    const auto gathered = CostLedger::gatherAll(c);
    QVERIFY(gathered);
    QCOMPARE(count("SELECT COUNT(*) FROM outbox"), outbox);
    const auto after = CostLedger::lines(c, m_a);
    QVERIFY(after);
    QCOMPARE(*after, *before);
    QCOMPARE(before->first().id,
             CostLedger::lineId(m_a, before->first().kind, before->first().sourceTable,
                                before->first().sourceId));
}

void tst_CostLedger::reportsMarkTheOrderForGathering()
{
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(CostLedger::gatherPending(c));
    QCOMPARE(count("SELECT COUNT(*) FROM cost_pending"), 0);
    // 3 then 2 more of 10: 2000 × 5/10 = 1000 s at 45.03/h = 12.508…: 1,251 fen; 8 %: 100.08.
    QVERIFY(report(m_dWo, m_dAsm, "report", 2, 0, "2026-03-08T07:00:00.000Z"));
    QCOMPARE(count("SELECT COUNT(*) FROM cost_pending WHERE order_id = ?", m_d), 1);
    const auto pending = CostLedger::gatherPending(c);
    QVERIFY(pending);
    QCOMPARE(*pending, 1);
    QCOMPARE(count("SELECT COUNT(*) FROM cost_pending"), 0);
    const auto costs = OrderCosts::load(c, m_d);
    QVERIFY(costs);
    QCOMPARE(kindFen(*costs, CostKind::Labour), 1251);
    QCOMPARE(kindFen(*costs, CostKind::Overhead), 100);
    QCOMPARE(costs->actualFen(), 1351);

    // Hinges issued to the work order mark the order too; a receipt into stock does not.
    QVERIFY(!move("issue", "item-hinge", "piece", 2'000'000, 3'500'000, 7'000'000, {}, m_dWo,
                  "2026-03-08T08:00:00.000Z").isEmpty());
    QVERIFY(run("INSERT INTO stock_moves(id, hlc, idempotency_key, kind, item_id, to_bin_id, "
                "quantity_micros, unit, unit_cost_micros, value_micros, user_name, created_at) "
                "VALUES ('rcv-1', 'h', 'rcv-1', 'receive', 'item-hinge', 'bin', 50000000, "
                "'piece', 3500000, 175000000, 'store1', '2026-03-08T09:00:00.000Z')",
                {}));
    QCOMPARE(count("SELECT COUNT(*) FROM cost_pending"), 1);
    QVERIFY(CostLedger::gatherPending(c));
    // 1,251 + 700 = 1,951; 8 % = 156.08: 156.
    const auto more = OrderCosts::load(c, m_d);
    QVERIFY(more);
    QCOMPARE(kindFen(*more, CostKind::Hardware), 700);
    QCOMPARE(more->actualFen(), 2107);
}

void tst_CostLedger::cancelledOperationLeavesATombstone()
{
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(run("UPDATE operations SET status = 'cancelled', quantity = 0 WHERE id = ?",
                {m_dAsm}));
    const auto pending = CostLedger::gatherPending(c);
    QVERIFY(pending);
    QCOMPARE(*pending, 1);
    const auto costs = OrderCosts::load(c, m_d);
    QVERIFY(costs);
    // The hinges stay; the operation's line is a tombstone. 700 × 8 % = 56.
    QCOMPARE(costs->lines.size(), 2);
    QCOMPARE(kindFen(*costs, CostKind::Labour), 0);
    QCOMPARE(costs->actualFen(), 756);
    QCOMPARE(count("SELECT COUNT(*) FROM cost_lines WHERE order_id = ? AND deleted = 1", m_d),
             1);
}

void tst_CostLedger::fedLinesOfARemakeGoToTheParent()
{
    Storage::Connection &c = Storage::Database::connection();
    CostLine freight;
    freight.orderId = m_remake;
    freight.kind = CostKind::Freight;
    freight.amountFen = 3000;
    freight.sourceTable = "shipments";
    freight.sourceId = "SH-0002";
    freight.occurredAt = QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
    QVERIFY(CostLedger::record(c, freight));
    auto costs = OrderCosts::load(c, m_b);
    QVERIFY(costs);
    // 53,935 + 3,000 = 56,935; 8 % = 4,554.8: 4,555.
    QCOMPARE(kindFen(*costs, CostKind::Remake), 10935);
    QCOMPARE(kindFen(*costs, CostKind::Overhead), 4555);
    QVERIFY(CostLedger::withdraw(c, m_remake, CostKind::Freight, "shipments", "SH-0002"));
    costs = OrderCosts::load(c, m_b);
    QVERIFY(costs);
    QCOMPARE(kindFen(*costs, CostKind::Remake), 7935);
    QCOMPARE(costs->actualFen(), 58250);
}

void tst_CostLedger::recordRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("sourceTable");
    QTest::addColumn<bool>("withTime");
    QTest::addColumn<QString>("message");
    QTest::newRow("no source") << int(CostKind::Freight) << QString() << true
                               << "a cost line needs an order, a source table and a source row";
    QTest::newRow("no time") << int(CostKind::Freight) << "shipments" << false
                             << "a cost line needs the time its cost arose";
    QTest::newRow("overhead is gathered") << int(CostKind::Overhead) << "shipments" << true
                                          << "overhead and re-make lines are gathered, not "
                                             "recorded";
}

void tst_CostLedger::recordRefused()
{
    QFETCH(int, kind);
    QFETCH(QString, sourceTable);
    QFETCH(bool, withTime);
    QFETCH(QString, message);
    CostLine l;
    l.orderId = m_c;
    l.kind = CostKind(kind);
    l.amountFen = 100;
    l.sourceTable = sourceTable;
    l.sourceId = "X-1";
    if (withTime)
        l.occurredAt = QDateTime::currentDateTimeUtc();
    const qint64 before = count("SELECT COUNT(*) FROM cost_lines");
    const Core::Status s = CostLedger::record(Storage::Database::connection(), l);
    QVERIFY(!s);
    QCOMPARE(s.error().message, message);
    QCOMPARE(count("SELECT COUNT(*) FROM cost_lines"), before);
}

void tst_CostLedger::ordersBelowTheMargin()
{
    Storage::Connection &c = Storage::Database::connection();
    const auto min = MarginWatch::minMargin(c);
    QVERIFY(min);
    QCOMPARE(*min, Core::Decimal::fromMicros(150'000));
    const auto rows = MarginWatch::below(c, *min);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).orderId, m_b);
    QCOMPARE(rows->at(0).profitFen(), -8250);
    QCOMPARE(*rows->at(0).margin, Core::Decimal::fromMicros(-165'000));
    QCOMPARE(rows->at(1).orderId, m_c);
    QCOMPARE(*rows->at(1).margin, Core::Decimal::fromMicros(123'335));
    const auto loose = MarginWatch::below(c, Core::Decimal::fromMicros(100'000));
    QVERIFY(loose);
    QCOMPARE(loose->size(), 1);
}

QTEST_GUILESS_MAIN(tst_CostLedger)
#include "tst_costledger.moc"
