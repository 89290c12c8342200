#include "syncharness.h"

#include "server/serversync.h"
#include "sync/syncservice.h"

#include <QSignalSpy>

using namespace SyncTest;
using Hearth::Sync::SyncTables;

// Stock and payments are events (DESIGN.md): two desks offline never overwrite each other's
// moves or money, a balance on every desk is the sum of every desk's moves, an event pulled
// twice or recorded twice from one scan counts once, and the first download reports how far
// it has come.
class tst_SyncStock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoDesksIssueAndTakeReceiptsOffline();
    void eventCountsOnce_data();
    void eventCountsOnce();
    void dealerReadsReceiptsOfItsOwnOrders();
    void taxDocumentLinesTravelWithTheDocument();
    void everyStockAndFinanceTableReachesTheOtherDesk();
    void firstDownloadReportsItsFraction();
    void serviceShowsTheFirstDownloadsFraction();

private:
    qint64 serverHead();

    Harness m_h;
};

void tst_SyncStock::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_SyncStock::init()
{
    QVERIFY(m_h.start());
}

void tst_SyncStock::cleanup()
{
    m_h.stop();
}

qint64 tst_SyncStock::serverHead()
{
    QSqlQuery q = m_h.f.store->prepare(QStringLiteral("SELECT MAX(revision) FROM sync_rows"));
    return m_h.f.store->exec(q) && q.next() ? q.value(0).toLongLong() : -1;
}

void tst_SyncStock::twoDesksIssueAndTakeReceiptsOffline()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const StockPlace p = addStockPlace(a, QStringLiteral("35"));
    QVERIFY(!p.bin.isEmpty());
    const QString order = newOrder(a, QStringLiteral("SO-S-0001"));
    QVERIFY(!stockMove(a, p, QStringLiteral("receive"), 100, QStringLiteral("rcv-1")).isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(binBalance(b, p), 100 * 1000000);

    // Offline: each desk issues from the same bin and takes a payment on the same order.
    const QString issueA =
        stockMove(a, p, QStringLiteral("issue"), 10, QStringLiteral("iss-a"), order);
    const QString issueB = stockMove(b, p, QStringLiteral("issue"), 15, QStringLiteral("iss-b"));
    QVERIFY(!issueA.isEmpty() && !issueB.isEmpty());
    QVERIFY(!receipt(a, order, 300000, QStringLiteral("pay-a")).isEmpty());
    QVERIFY(!receipt(b, order, 500000, QStringLiteral("pay-b"), QStringLiteral("balance"))
                 .isEmpty());
    QCOMPARE(binBalance(a, p), 90 * 1000000);
    QCOMPARE(binBalance(b, p), 85 * 1000000);

    const auto fromA = a.sync();
    const auto fromB = b.sync();
    const auto again = a.sync();
    QVERIFY(fromA && fromB && again);
    for (const auto &report : {*fromA, *fromB, *again})
        QCOMPARE(report.conflicts + report.refused + report.statusRefused, 0);

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(binBalance(*desk, p), 75 * 1000000);
        QCOMPARE(desk->value(QStringLiteral("SELECT quantity_micros || '/' || value_micros "
                                            "FROM stock_values WHERE item_id = ?"),
                             {p.item})
                     .toString(),
                 QStringLiteral("75000000/187500000"));
        QCOMPARE(paidFen(*desk, order), 800000);
        QCOMPARE(desk->count(QStringLiteral("stock_moves")), 3);
        QCOMPARE(desk->count(QStringLiteral("receipts")), 2);
        QCOMPARE(desk->count(QStringLiteral("sync_conflicts")), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
    }
    // A move for an order is the order's; any other move is every stock reader's.
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'stock_moves' AND row_id = '%1' AND "
                                            "scope_unit = (SELECT scope_unit FROM sync_rows "
                                            "WHERE row_id = '%2')")
                                 .arg(issueA, order)),
             1);
    QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'stock_moves' AND row_id = '%1' AND "
                                            "scope_unit = '*'")
                                 .arg(issueB)),
             1);
}

void tst_SyncStock::eventCountsOnce_data()
{
    QTest::addColumn<bool>("sameScan");
    // Desk b reads every change again from revision 0 (a reset, a restored backup).
    QTest::newRow("pulled twice") << false;
    // One label scanned at two desks offline: two rows, one idempotency key.
    QTest::newRow("same scan on two desks") << true;
}

void tst_SyncStock::eventCountsOnce()
{
    QFETCH(bool, sameScan);
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const StockPlace p = addStockPlace(a, QStringLiteral("42"));
    const QString order = newOrder(a, QStringLiteral("SO-S-0002"));
    QVERIFY(!stockMove(a, p, QStringLiteral("receive"), 100, QStringLiteral("rcv-2")).isEmpty());
    QVERIFY(!receipt(a, order, 200000, QStringLiteral("pay-2")).isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    const QString scan = QStringLiteral("scan-LBL-0042");
    const QString notice = QStringLiteral("pay-notice-0042");
    QVERIFY(!stockMove(a, p, QStringLiteral("receive"), 5, scan).isEmpty());
    QVERIFY(!receipt(a, order, 50000, notice, QStringLiteral("balance")).isEmpty());
    if (sameScan) {
        QVERIFY(!stockMove(b, p, QStringLiteral("receive"), 5, scan).isEmpty());
        QVERIFY(!receipt(b, order, 50000, notice, QStringLiteral("balance")).isEmpty());
    }
    const auto fromA = a.sync();
    const auto fromB = b.sync();
    QVERIFY(fromA && fromB);
    if (sameScan) {
        // The server keeps the first; b's copies are answered as that event again.
        QCOMPARE(fromB->duplicates, 2);
        QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'stock_moves'")), 2);
        QCOMPARE(m_h.serverCount(QStringLiteral("table_name = 'receipts'")), 2);
    } else {
        QVERIFY(b.exec(QStringLiteral("UPDATE sync_state SET value = '0' WHERE key = "
                                      "'last_revision'")));
        const auto twice = b.sync();
        QVERIFY(twice);
        QVERIFY(twice->pulled >= 5);
    }
    QVERIFY(a.sync());

    Desk fresh;
    QVERIFY(m_h.openDesk(fresh, QStringLiteral("fresh"), m_h.adminToken));
    QVERIFY(fresh.sync());
    for (Desk *desk : {&a, &b, &fresh}) {
        QCOMPARE(binBalance(*desk, p), 105 * 1000000);
        QCOMPARE(desk->count(QStringLiteral("stock_moves"),
                             QStringLiteral("idempotency_key = '%1'").arg(scan)),
                 1);
        QCOMPARE(paidFen(*desk, order), 250000);
        QCOMPARE(desk->count(QStringLiteral("receipts"),
                             QStringLiteral("idempotency_key = '%1'").arg(notice)),
                 1);
        QCOMPARE(desk->count(QStringLiteral("sync_conflicts")), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
    }
}

void tst_SyncStock::dealerReadsReceiptsOfItsOwnOrders()
{
    const QString north = m_h.addMember(QStringLiteral("dealer"), QStringLiteral("D-BJ-01"),
                                        QStringLiteral("dealer.zhao"),
                                        Hearth::Users::Role::Dealer);
    QVERIFY(!north.isEmpty());
    Desk office;
    Desk dealer;
    QVERIFY(m_h.openDesk(office, QStringLiteral("office"), m_h.adminToken));
    QVERIFY(m_h.openDesk(dealer, QStringLiteral("dealer"), north));
    const QString stamp = QStringLiteral("2026-12-02T08:00:00Z");
    const QString partner = office.newId();
    QVERIFY(insertRow(office, QStringLiteral("partners"), partner,
                      {{QStringLiteral("kind"), QStringLiteral("dealer")},
                       {QStringLiteral("code"), QStringLiteral("D-BJ-01")},
                       {QStringLiteral("name"), QStringLiteral("北京经销商")},
                       {QStringLiteral("created_at"), stamp},
                       {QStringLiteral("updated_at"), stamp}}));
    const QString theirs = newOrder(office, QStringLiteral("SO-S-0003"),
                                    {{QStringLiteral("dealer_id"), partner}});
    const QString other = newOrder(office, QStringLiteral("SO-S-0004"));
    const QString paid = receipt(office, theirs, 150000, QStringLiteral("pay-3"));
    QVERIFY(!paid.isEmpty());
    QVERIFY(!receipt(office, other, 990000, QStringLiteral("pay-4")).isEmpty());
    QVERIFY(!taxDocument(office, theirs, QStringLiteral("FP-0003"), {100000}).isEmpty());
    const StockPlace p = addStockPlace(office, QStringLiteral("77"));
    QVERIFY(!stockMove(office, p, QStringLiteral("receive"), 8, QStringLiteral("rcv-3"), theirs)
                 .isEmpty());
    QVERIFY(office.sync());
    QVERIFY(dealer.sync());

    QCOMPARE(dealer.count(QStringLiteral("receipts")), 1);
    QCOMPARE(paidFen(dealer, theirs), 150000);
    QCOMPARE(paidFen(dealer, other), 0);
    // Reading what was paid is all: no tax documents, no stock, no catalogue of stock.
    QCOMPARE(dealer.count(QStringLiteral("tax_documents")), 0);
    QCOMPARE(dealer.count(QStringLiteral("stock_moves")), 0);
    QCOMPARE(dealer.count(QStringLiteral("items")), 0);

    // A dealer may not record money: the receipt is refused and stays a conflict.
    QVERIFY(!receipt(dealer, theirs, 10000, QStringLiteral("pay-5")).isEmpty());
    const auto pushed = dealer.sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->refused, 1);
    QVERIFY(office.sync());
    QCOMPARE(paidFen(office, theirs), 150000);
}

void tst_SyncStock::taxDocumentLinesTravelWithTheDocument()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-S-0005"));
    const QString doc = taxDocument(a, order, QStringLiteral("FP-0005"), {120000, 35001});
    QVERIFY(!doc.isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    const QString lines = QStringLiteral(
        "SELECT group_concat(id || '|' || line_no || '|' || description || '|' || net_fen || '|' "
        "|| tax_fen || '|' || gross_fen, ';') FROM (SELECT * FROM tax_document_lines WHERE "
        "document_id = ? ORDER BY line_no)");
    QCOMPARE(b.value(lines, {doc}).toString(), a.value(lines, {doc}).toString());
    QCOMPARE(b.count(QStringLiteral("tax_document_lines")), 2);
    QCOMPARE(field(b, QStringLiteral("tax_documents"), doc, QStringLiteral("gross_fen")),
             QStringLiteral("175151"));
    QCOMPARE(b.count(QStringLiteral("sync_conflicts")), 0);
}

void tst_SyncStock::everyStockAndFinanceTableReachesTheOtherDesk()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrder(a, QStringLiteral("SO-S-0006"));
    QVERIFY(addStockAndFinanceRows(a, order));
    const auto pushed = a.sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->refused + pushed->conflicts + pushed->statusRefused, 0);
    QVERIFY(b.sync());
    const QStringList tables{QStringLiteral("items"),        QStringLiteral("warehouses"),
                             QStringLiteral("bins"),         QStringLiteral("lots"),
                             QStringLiteral("stock_moves"),  QStringLiteral("receipts"),
                             QStringLiteral("payment_schedules"),
                             QStringLiteral("tax_documents")};
    for (const QString &table : tables) {
        QVERIFY2(SyncTables::isSynced(table), qPrintable(table));
        QVERIFY2(b.count(table) == 1, qPrintable(table));
        QCOMPARE(b.snapshot(table), a.snapshot(table));
    }
    QCOMPARE(b.count(QStringLiteral("tax_document_lines")), 2);
    QCOMPARE(b.count(QStringLiteral("sync_conflicts")), 0);
}

void tst_SyncStock::firstDownloadReportsItsFraction()
{
    Desk a;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    const StockPlace p = addStockPlace(a, QStringLiteral("88"));
    for (int i = 0; i < 9; ++i) {
        QVERIFY(!stockMove(a, p, QStringLiteral("receive"), 1, QStringLiteral("rcv-f-%1").arg(i))
                     .isEmpty());
    }
    QVERIFY(a.sync());
    const qint64 head = serverHead();
    QCOMPARE(head, 12);

    Desk fresh;
    QVERIFY(m_h.openDesk(fresh, QStringLiteral("fresh"), m_h.adminToken, 5));
    QSignalSpy spy(fresh.engine.get(), &Hearth::Sync::SyncEngine::downloadProgress);
    const auto report = fresh.sync();
    QVERIFY(report);
    QCOMPARE(report->pages, 3);
    QCOMPARE(report->head, head);
    QList<qint64> next;
    for (const QList<QVariant> &signal : std::as_const(spy)) {
        QCOMPARE(signal.at(1).toLongLong(), head);
        next.append(signal.at(0).toLongLong());
    }
    // 5 of 12, 10 of 12, 12 of 12.
    QCOMPARE(next, (QList<qint64>{5, 10, 12}));
    QCOMPARE(binBalance(fresh, p), 9 * 1000000);
}

void tst_SyncStock::serviceShowsTheFirstDownloadsFraction()
{
    // Three pages of the service's pull size (500): 1,200 catalogue rows written by the server.
    constexpr int Rows = 1200;
    QVERIFY(m_h.f.store->begin());
    Hearth::Server::ServerSync sync(*m_h.f.store);
    for (int i = 0; i < Rows; ++i) {
        const QString code = QStringLiteral("HW-%1").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(sync.writeServerRow(QStringLiteral("items"),
                                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    {{QStringLiteral("code"), code},
                                     {QStringLiteral("name"), QStringLiteral("五金 ") + code},
                                     {QStringLiteral("kind"), QStringLiteral("hardware")},
                                     {QStringLiteral("unit"), QStringLiteral("piece")},
                                     {QStringLiteral("created_at"), QStringLiteral("2026-12-01")},
                                     {QStringLiteral("updated_at"), QStringLiteral("2026-12-01")}},
                                    QStringLiteral("*"), m_h.f.now));
    }
    QVERIFY(m_h.f.store->commit());
    QCOMPARE(serverHead(), Rows);

    QVERIFY(Hearth::Storage::Database::open(m_h.dir->filePath(QStringLiteral("service.hearth"))));
    {
        Hearth::Sync::SyncService service;
        QVERIFY(service.saveSettings({m_h.f.url(QString()), QStringLiteral("admin"),
                                      m_h.f.certificate.toPem(), 60}));
        QSignalSpy progress(&service, &Hearth::Sync::SyncService::downloadProgress);
        QSignalSpy done(&service, &Hearth::Sync::SyncService::roundFinished);
        service.signIn(QLatin1String(ServerTest::Fixture::AdminPassword));
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QList<double> fractions;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const double fraction = signal.at(1).toDouble();
            if (fractions.isEmpty() || fractions.last() != fraction)
                fractions.append(fraction);
        }
        // Unknown until the first page; then each page's revision of the head.
        QCOMPARE(fractions, (QList<double>{-1, 500.0 / Rows, 1000.0 / Rows, 1}));
        QCOMPARE(service.downloadFraction(), 1.0);
        QCOMPARE(service.downloadedRows(), Rows);
    }
    Hearth::Storage::Database::close();
}

QTEST_GUILESS_MAIN(tst_SyncStock)
#include "tst_syncstock.moc"
