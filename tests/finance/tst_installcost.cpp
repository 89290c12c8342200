// The desk's side of installation settlement (安装结算): the cost line the server writes when an
// installer checks out has the id the desk's ledger gives such a line, counts as the order's
// installation cost, and stays when the ledger gathers the order again.

#include "financefixture.h"
#include "finance/costledger.h"
#include "finance/ordercosts.h"
#include "finance/profitreport.h"
#include "server/installsettlement.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;

namespace {

qint64 kindFen(const OrderCosts &o, CostKind kind)
{
    for (const KindFigures &f : o.byKind) {
        if (f.kind == kind)
            return f.actualFen;
    }
    return 0;
}

} // namespace

class tst_InstallCost : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lineIdIsTheServers();
    void pulledLineIsTheInstallationCost();

private:
    QTemporaryDir m_dir;
};

void tst_InstallCost::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("install.db")));
    Storage::Database::setCurrentUser("finance1");
}

void tst_InstallCost::lineIdIsTheServers()
{
    const QString order = QStringLiteral("5b0e8a4c-1f3d-4e2a-9b7c-2d4e6f8a0b1c");
    const QString job = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    // The same id tests/server/tst_installsettlement.cpp expects of the server.
    QCOMPARE(CostLedger::lineId(order, CostKind::Installation, QStringLiteral("install_jobs"),
                                job),
             QStringLiteral("975d72ab-b041-57a8-a289-52ca514b83f8"));
    for (int i = 0; i < 3; ++i) {
        const QString o = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString j = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(Server::InstallSettlement::costLineId(o, j),
                 CostLedger::lineId(o, CostKind::Installation,
                                    QLatin1String(Server::InstallSettlement::SourceTable), j));
        // A visit for a re-make is the parent's re-make cost.
        QCOMPARE(Server::InstallSettlement::costLineId(o, j, QStringLiteral("remake")),
                 CostLedger::lineId(o, CostKind::Remake,
                                    QLatin1String(Server::InstallSettlement::SourceTable), j));
    }
}

void tst_InstallCost::pulledLineIsTheInstallationCost()
{
    Storage::Connection &c = Storage::Database::connection();
    const QString order = FinanceFixture::saveOrder(Orders::Channel::Dealer, "D-SZ-07", "华南",
                                                    QDate(2026, 11, 2),
                                                    {Line{"柜体", "12345.67", nullptr}});
    QVERIFY(!order.isEmpty());
    const QString job = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString id = CostLedger::lineId(order, CostKind::Installation,
                                          QStringLiteral("install_jobs"), job);

    // Without an overhead rate a pulled line changes nothing else: nothing is marked.
    Storage::Statement pending(c.handle(), "SELECT COUNT(*) FROM cost_pending");
    const auto pendingCount = [&pending] {
        const qint64 n = pending.next() ? pending.int64(0) : -1;
        pending.reset();
        return n;
    };
    QVERIFY(CostLedger::setOverheadRate(c, Core::Decimal()));
    Storage::Statement bare(
        c.handle(),
        "INSERT INTO cost_lines(id, hlc, order_id, kind, origin, amount_fen, source_table, "
        "source_id, occurred_at, created_at, updated_at) VALUES (?, 'h', ?, 'installation', "
        "'fed', 1000, 'install_jobs', ?, '2026-12-05T06:00:00.000Z', "
        "'2026-12-05T06:00:01.000Z', '2026-12-05T06:00:01.000Z')");
    const QString otherJob = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString other = FinanceFixture::saveOrder(Orders::Channel::Dealer, "D-SZ-07", "华南",
                                                    QDate(2026, 11, 3),
                                                    {Line{"柜体", "100.00", nullptr}});
    QVERIFY(CostLedger::gatherPending(c));
    bare.bind(1, CostLedger::lineId(other, CostKind::Installation,
                                    QStringLiteral("install_jobs"), otherJob))
        .bind(2, other)
        .bind(3, otherJob);
    QVERIFY2(bare.exec(), qPrintable(bare.error()));
    QCOMPARE(pendingCount(), 0);

    // With one (8 %), it marks its order to be gathered again.
    QVERIFY(CostLedger::setOverheadRate(c, Core::Decimal::fromMicros(80'000)));

    // The row as a pull writes it: straight into cost_lines, never into the outbox.
    Storage::Statement insert(
        c.handle(),
        "INSERT INTO cost_lines(id, revision, hlc, deleted, order_id, kind, origin, amount_fen, "
        "source_table, source_id, description, quantity_micros, unit_cost_micros, occurred_at, "
        "created_at, updated_at) VALUES (?, 42, '0001764900000000-0000-server', 0, ?, "
        "'installation', 'fed', 45037, 'install_jobs', ?, ?, 0, 0, "
        "'2026-12-05T06:00:00.000Z', '2026-12-05T06:00:01.000Z', '2026-12-05T06:00:01.000Z')");
    insert.bind(1, id).bind(2, order).bind(3, job)
        .bind(4, QStringLiteral("installation commission, rule of TEAM-A from 2026-01-01: "
                                "80.00 fixed + 3.00 % of 12345.67"));
    QVERIFY2(insert.exec(), qPrintable(insert.error()));

    // Gathering keeps a fed line it did not gather, and counts it in the overhead (8 %):
    // 45,037 × 0.08 = 3,602.96: 3,603 fen.
    QCOMPARE(pendingCount(), 1);
    for (int round = 0; round < 2; ++round) {
        const auto gathered = CostLedger::gatherPending(c);
        QVERIFY2(gathered, qPrintable(gathered ? QString() : gathered.error().toString()));
        QCOMPARE(*gathered, round == 0 ? 1 : 0);
    }
    const auto costs = OrderCosts::load(c, order);
    QVERIFY2(costs, qPrintable(costs ? QString() : costs.error().toString()));
    QCOMPARE(kindFen(*costs, CostKind::Installation), 45037);
    QCOMPARE(kindFen(*costs, CostKind::Overhead), 3603);
    QCOMPARE(costs->revenueFen, 1234567);
    QCOMPARE(costs->actualFen(), 48640);
    QCOMPARE(costs->profitFen(), 1234567 - 48640);
    bool found = false;
    for (const CostLine &l : costs->lines) {
        if (l.id == id) {
            found = true;
            QVERIFY(l.fed);
            QCOMPARE(l.sourceId, job);
            QCOMPARE(l.amountFen, 45037);
        }
    }
    QVERIFY(found);

    // A later rating lowers the commission: the pulled change marks the order again.
    Storage::Statement lower(c.handle(),
                             "UPDATE cost_lines SET amount_fen = 43037, revision = 43 WHERE "
                             "id = ?");
    lower.bind(1, id);
    QVERIFY2(lower.exec(), qPrintable(lower.error()));
    const auto again = CostLedger::gatherPending(c);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(*again, 1);
    const auto lowered = OrderCosts::load(c, order);
    QVERIFY(lowered);
    QCOMPARE(kindFen(*lowered, CostKind::Installation), 43037);
    // 43,037 × 0.08 = 3,442.96: 3,443 fen.
    QCOMPARE(kindFen(*lowered, CostKind::Overhead), 3443);
    // Back to the first figures for the report below.
    Storage::Statement restore(c.handle(),
                               "UPDATE cost_lines SET amount_fen = 45037 WHERE id = ?");
    restore.bind(1, id);
    QVERIFY(restore.exec());
    QVERIFY(CostLedger::gatherPending(c));

    // The report counts both orders' lines: 48,640 here and the other order's bare 1,000
    // (no overhead: it was not gathered again).
    const auto total = ProfitReport::total(c);
    QVERIFY2(total, qPrintable(total ? QString() : total.error().toString()));
    QCOMPARE(total->ordersWithCostLines, 2);
    QCOMPARE(total->ledgerCostFen, 48640 + 1000);
}

QTEST_MAIN(tst_InstallCost)
#include "tst_installcost.moc"
