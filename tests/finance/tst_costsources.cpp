// Bought-in goods from purchase orders and freight from shipments, gathered into the orders'
// cost lines by SQL (finance does not link the warehouse), against figures worked out by hand.

#include "costingfixture.h"
#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/ordercosts.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using CostingFixture::run;
using CostingFixture::T0;
using FinanceFixture::Line;

namespace {

QString saveOrder(const char *amount)
{
    return FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华东",
                                     QDate(2026, 3, 2), {Line{"柜体", amount, nullptr}});
}

const CostLine *lineOf(const QList<CostLine> &lines, CostKind kind, const QString &sourceId)
{
    for (const CostLine &l : lines) {
        if (l.kind == kind && l.sourceId == sourceId)
            return &l;
    }
    return nullptr;
}

qint64 kindFen(const QString &orderId, CostKind kind)
{
    const auto lines = CostLedger::lines(Storage::Database::connection(), orderId);
    qint64 sum = 0;
    for (const CostLine &l : lines.value()) {
        if (l.kind == kind)
            sum += l.amountFen;
    }
    return sum;
}

bool pending(const QString &orderId)
{
    Storage::Statement q(Storage::Database::connection().handle(),
                         "SELECT COUNT(*) FROM cost_pending WHERE order_id = ?");
    q.bind(1, orderId);
    return q.next() && q.int64(0) == 1;
}

bool requisition(const char *id, const char *key, const QString &orderId, qint64 qtyMicros,
                 const char *neededBy)
{
    return run("INSERT INTO purchase_requisitions(id, hlc, source_key, source, order_id, "
               "item_id, description, supplier_id, quantity_micros, unit, needed_by, status, "
               "po_line_id, created_at, updated_at) VALUES (?, 'h', ?, 'split', ?, 'item-top', "
               "'石英石台面', 'sup', ?, 'm2', ?, 'ordered', 'pol-1', ?, ?)",
               {id, key, orderId, qtyMicros, neededBy, T0, T0});
}

bool package(const char *id, const QString &orderId, int number, int grams,
             const char *shipmentId)
{
    return run("INSERT INTO packages(id, hlc, order_id, number, count, status, weight_grams, "
               "created_at, updated_at) VALUES (?, 'h', ?, ?, 2, 'loaded', ?, ?, ?)",
               {id, orderId, number, grams, T0, T0})
           && run("INSERT INTO shipment_packages(id, hlc, shipment_id, order_id, package_id, "
                  "created_at) VALUES (?, 'h', ?, ?, ?, ?)",
                  {CostingFixture::newId(), shipmentId, orderId, id, T0});
}

} // namespace

class tst_CostSources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void boughtInByReceipts_data();
    void boughtInByReceipts();
    void boughtInItemIssuedIsNotCountedTwice();
    void freightByPackages_data();
    void freightByPackages();
    void freightLineNamesItsShipment();
    void unshippedFreightIsNoCost();
    void receiptMarksTheOrders();
    void freightByWeight_data();
    void freightByWeight();

private:
    QTemporaryDir m_dir;
    QString m_a;  // 5,000.00: 2 m² of worktop needed first, 1 package of 40 kg
    QString m_b;  // 3,000.00: 3 m² of the same line needed later, 1 package of 20 kg
    QString m_c;  // 1,000.00: 1 package of 10 kg
};

void tst_CostSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("sources.db")));
    Storage::Database::setCurrentUser("finance1");
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(CostingFixture::makeFactory());
    QVERIFY(run("INSERT INTO items(id, hlc, code, name, kind, unit, standard_cost_micros, "
                "created_at, updated_at) VALUES ('item-top', 'h', 'BI-TOP', '石英石台面', "
                "'bought_in', 'm2', 0, ?, ?)",
                {T0, T0}));
    QVERIFY(run("INSERT INTO suppliers(id, hlc, code, name, created_at, updated_at) "
                "VALUES ('sup', 'h', 'S01', '石材厂', ?, ?)",
                {T0, T0}));
    m_a = saveOrder("5000.00");
    m_b = saveOrder("3000.00");
    m_c = saveOrder("1000.00");
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && !m_c.isEmpty());

    // One purchase order line of 5 m² at 123.4567 a m² for both orders, 4.5 m² received.
    QVERIFY(run("INSERT INTO purchase_orders(id, hlc, po_no, supplier_id, ordered_on, "
                "created_at, updated_at) VALUES ('po-1', 'h', 'PO20260303-01', 'sup', "
                "'2026-03-03', ?, ?)",
                {T0, T0}));
    QVERIFY(run("INSERT INTO purchase_order_lines(id, hlc, po_id, line_no, item_id, "
                "description, unit, need_micros, quantity_micros, price_micros, "
                "received_micros, created_at, updated_at) VALUES ('pol-1', 'h', 'po-1', 1, "
                "'item-top', '石英石台面', 'm2', 5000000, 5000000, 123456700, 4500000, ?, ?)",
                {T0, "2026-03-10T02:00:00.000Z"}));
    // B is needed later, so A's 2 m² are filled first and B gets the 2.5 m² left.
    QVERIFY(requisition("req-b", "split:t2:l1", m_b, 3'000'000, "2026-03-20"));
    QVERIFY(requisition("req-a", "split:t1:l1", m_a, 2'000'000, "2026-03-12"));
    // The worktop issued to A from stock is the bought-in cost already: not counted again.
    // The hinges issued to A are.
    QVERIFY(!CostingFixture::move("issue", "item-top", "m2", 2'000'000, 123'456'700,
                                  246'913'400, m_a, {}, "2026-03-11T01:00:00.000Z")
                 .isEmpty());
    QVERIFY(!CostingFixture::move("issue", "item-hinge", "piece", 10'000'000, 3'500'000,
                                  35'000'000, m_a, {}, "2026-03-11T01:05:00.000Z")
                 .isEmpty());

    // Shipment SH1 left on 15 March with 100.00 freight and one package of each order;
    // SH2 is only planned.
    const char *shipment = "INSERT INTO shipments(id, hlc, shipment_no, carrier_code, status, "
                           "ship_date, freight_fen, created_at, updated_at) "
                           "VALUES (?, 'h', ?, 'DBL', ?, ?, ?, ?, ?)";
    QVERIFY(run(shipment, {"sh-1", "SH20260315-01", "shipped", "2026-03-15", 10000, T0, T0}));
    QVERIFY(run(shipment, {"sh-2", "SH20260316-01", "planned", QVariant(), 5000, T0, T0}));
    QVERIFY(package("pk-a", m_a, 1, 40'000, "sh-1"));
    QVERIFY(package("pk-b", m_b, 1, 20'000, "sh-1"));
    QVERIFY(package("pk-c", m_c, 1, 10'000, "sh-1"));
    QVERIFY(package("pk-a2", m_a, 2, 5'000, "sh-2"));

    const auto gathered = CostLedger::gatherPending(c);
    QVERIFY2(gathered, qPrintable(gathered ? QString() : gathered.error().toString()));
    QCOMPARE(*gathered, 3);
}

void tst_CostSources::boughtInByReceipts_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<qint64>("quantityMicros");
    QTest::addColumn<qint64>("fen");

    // 2 m² × 123.4567 = 246.9134: 24,691 fen.
    QTest::newRow("A needed first, filled") << "A" << 2'000'000LL << 24691LL;
    // 4.5 − 2 = 2.5 m² of the 3 asked × 123.4567 = 308.64175: 30,864 fen.
    QTest::newRow("B gets what is left") << "B" << 2'500'000LL << 30864LL;
}

void tst_CostSources::boughtInByReceipts()
{
    QFETCH(QString, order);
    QFETCH(qint64, quantityMicros);
    QFETCH(qint64, fen);
    const QString id = order == "A" ? m_a : m_b;
    const auto lines = CostLedger::lines(Storage::Database::connection(), id);
    QVERIFY(lines);
    const CostLine *l = lineOf(*lines, CostKind::BoughtIn, "pol-1");
    QVERIFY(l);
    QCOMPARE(l->sourceTable, QString("purchase_order_lines"));
    QCOMPARE(l->quantity.micros(), quantityMicros);
    QCOMPARE(l->unit, QString("m2"));
    QCOMPARE(l->unitCost, FinanceFixture::dec("123.4567"));
    QCOMPARE(l->amountFen, fen);
    QCOMPARE(l->description, QString("PO20260303-01/1 石英石台面"));
    // No receive move: the line's last change is when the cost arose.
    QCOMPARE(l->occurredAt, QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC));
}

void tst_CostSources::boughtInItemIssuedIsNotCountedTwice()
{
    // The worktop's issue is left out; 10 hinges at 3.50 = 35.00 count as hardware.
    QCOMPARE(kindFen(m_a, CostKind::Material), 0);
    QCOMPARE(kindFen(m_a, CostKind::BoughtIn), 24691);
    QCOMPARE(kindFen(m_a, CostKind::Hardware), 3500);
}

void tst_CostSources::freightByPackages_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<qint64>("fen");
    // 100.00 over 1 + 1 + 1 packages: 33.333… each, the odd fen to the first order number.
    QTest::newRow("A") << "A" << 3334LL;
    QTest::newRow("B") << "B" << 3333LL;
    QTest::newRow("C") << "C" << 3333LL;
}

void tst_CostSources::freightByPackages()
{
    QFETCH(QString, order);
    QFETCH(qint64, fen);
    const QString id = order == "A" ? m_a : order == "B" ? m_b : m_c;
    QCOMPARE(kindFen(id, CostKind::Freight), fen);
}

void tst_CostSources::freightLineNamesItsShipment()
{
    const auto lines = CostLedger::lines(Storage::Database::connection(), m_a);
    QVERIFY(lines);
    const CostLine *l = lineOf(*lines, CostKind::Freight, "sh-1");
    QVERIFY(l);
    QCOMPARE(l->sourceTable, QString("shipments"));
    QCOMPARE(l->description, QString("SH20260315-01 DBL"));
    QCOMPARE(l->quantity, Core::Decimal::fromInt(1));
    QCOMPARE(l->unit, QString("package"));
    // The site's day 15 March begins at 16:00 UTC the day before.
    QCOMPARE(l->occurredAt, QDateTime(QDate(2026, 3, 14), QTime(16, 0), Qt::UTC));
}

void tst_CostSources::unshippedFreightIsNoCost()
{
    const auto lines = CostLedger::lines(Storage::Database::connection(), m_a);
    QVERIFY(lines);
    QVERIFY(!lineOf(*lines, CostKind::Freight, "sh-2"));
    // Once SH2 leaves, A carries all of its 50.00, and the trigger marks A.
    QVERIFY(run("UPDATE shipments SET status = 'shipped', ship_date = '2026-03-16' "
                "WHERE id = 'sh-2'",
                {}));
    QVERIFY(pending(m_a));
    QVERIFY(CostLedger::gatherPending(Storage::Database::connection()));
    QVERIFY(!pending(m_a));
    QCOMPARE(kindFen(m_a, CostKind::Freight), 3334 + 5000);
}

void tst_CostSources::receiptMarksTheOrders()
{
    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(CostLedger::gatherPending(c));
    // The last 0.5 m² arrive: A keeps its 2 m², B now has 3 m² × 123.4567 = 370.3701.
    QVERIFY(run("UPDATE purchase_order_lines SET received_micros = 5000000 WHERE id = 'pol-1'",
                {}));
    QVERIFY(pending(m_a));
    QVERIFY(pending(m_b));
    const auto gathered = CostLedger::gatherPending(c);
    QVERIFY(gathered);
    QCOMPARE(*gathered, 2);
    QCOMPARE(kindFen(m_a, CostKind::BoughtIn), 24691);
    QCOMPARE(kindFen(m_b, CostKind::BoughtIn), 37037);
    // B's settlement: 3,000.00 less 370.37 bought in and 33.33 freight.
    const auto costs = OrderCosts::load(c, m_b);
    QVERIFY(costs);
    QCOMPARE(costs->actualFen(), 37037 + 3333);
    QCOMPARE(costs->profitFen(), 300000 - 37037 - 3333);
}

void tst_CostSources::freightByWeight_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<qint64>("fen");
    // SH1's 100.00 over 40 + 20 + 10 kg: 57.142…, 28.571…, 14.285…: 5,714 + 2,857 + 1,428 is
    // one fen short; the largest remainder (C's .571 against A's .286 and B's .143) takes it.
    QTest::newRow("A, with all of SH2") << "A" << 5714LL + 5000LL;
    QTest::newRow("B") << "B" << 2857LL;
    QTest::newRow("C") << "C" << 1429LL;
}

void tst_CostSources::freightByWeight()
{
    Storage::Connection &c = Storage::Database::connection();
    QFETCH(QString, order);
    QFETCH(qint64, fen);
    const auto basis = CostLedger::freightBasis(c);
    QVERIFY(basis);
    if (*basis != FreightBasis::Weight) {
        QVERIFY(CostLedger::setFreightBasis(c, FreightBasis::Weight));
        QVERIFY(pending(m_c));
        QVERIFY(CostLedger::gatherPending(c));
    }
    const QString id = order == "A" ? m_a : order == "B" ? m_b : m_c;
    QCOMPARE(kindFen(id, CostKind::Freight), fen);
}

QTEST_GUILESS_MAIN(tst_CostSources)
#include "tst_costsources.moc"
