// Writers on a desk while sync runs: a thread saves orders through Storage::ChangeLog, as the
// order pages do, while the sync engine on another thread pulls thousands of rows another desk
// made and pushes the writer's rows. No write may fail ("database is locked"), none may be
// lost, and every row must reach the server and the other desk.

#include "../server/serverfixture.h"
#include "deskfixture.h"

#include "storage/database.h"
#include "users/passwordhasher.h"

#include <QAtomicInt>
#include <QThread>

using namespace ServerTest;
using namespace SyncTest;

class tst_DeskConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void writesWaitForSyncAndAllArrive_data();
    void writesWaitForSyncAndAllArrive();

private:
    Hearth::Sync::SyncSettings settings(int pushBatch, int pullLimit) const;

    Fixture m_f;
    QString m_token;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DeskConcurrency::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
}

void tst_DeskConcurrency::init()
{
    QVERIFY(m_f.start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_token = m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword))
                  .json.value(QStringLiteral("token")).toString();
    QVERIFY(!m_token.isEmpty());
}

void tst_DeskConcurrency::cleanup()
{
    Hearth::Storage::Database::close();
    m_f.stop();
    m_dir.reset();
}

Hearth::Sync::SyncSettings tst_DeskConcurrency::settings(int pushBatch, int pullLimit) const
{
    Hearth::Sync::SyncSettings s;
    s.server = m_f.url(QString());
    s.token = m_token;
    s.trustedCertificates = {m_f.certificate};
    s.pushBatch = pushBatch;
    s.pullLimit = pullLimit;
    s.maxPushBytes = Fixture::MaxBody - 4096;  // the test server takes bodies up to 64 KiB
    return s;
}

void tst_DeskConcurrency::writesWaitForSyncAndAllArrive_data()
{
    QTest::addColumn<int>("remoteOrders");
    QTest::addColumn<int>("localOrders");
    QTest::addColumn<int>("pageSize");

    QTest::newRow("pages of 100") << 1500 << 600 << 100;
    QTest::newRow("pages of 1000, the largest") << 2500 << 600 << 1000;
}

void tst_DeskConcurrency::writesWaitForSyncAndAllArrive()
{
    QFETCH(int, remoteOrders);
    QFETCH(int, localOrders);
    QFETCH(int, pageSize);

    // Another desk's orders wait on the server for this desk's first download.
    Desk other;
    QVERIFY(other.open(m_dir->filePath(QStringLiteral("other.hearth")),
                       settings(100, pageSize)));
    {
        Hearth::Storage::Transaction tx(*other.connection);
        for (int i = 0; i < remoteOrders; ++i) {
            const QString id = other.newId();
            const QString hlc = other.clock->now();
            QVERIFY(other.exec(QStringLiteral("INSERT INTO sales_orders (id, hlc, order_no, "
                                              "channel, signed_on, total_micros, created_at, "
                                              "updated_at) VALUES (?, ?, ?, 'dealer', "
                                              "'2026-12-01', 1000000, '2026-12-01T08:00:00Z', "
                                              "'2026-12-01T08:00:00Z')"),
                               {id, hlc, QStringLiteral("R-%1").arg(i, 5, 10, QLatin1Char('0'))}));
            QVERIFY(Hearth::Storage::ChangeLog::record(
                *other.connection, {QStringLiteral("sales_orders"), id,
                                    Hearth::Storage::ChangeLog::Op::Insert, {}, {}, hlc, {}}));
        }
        QVERIFY(tx.commit());
    }
    const std::optional<Hearth::Sync::SyncReport> seeded = other.sync();
    QVERIFY(seeded);
    QCOMPARE(seeded->applied, remoteOrders);

    // This desk: the application's database, written through the per-thread connections.
    const QString path = m_dir->filePath(QStringLiteral("desk.hearth"));
    QVERIFY(Hearth::Storage::Database::open(path));

    QAtomicInt writerDone = 0;
    QStringList writeErrors;
    QAtomicInt written = 0;
    QThread *writer = QThread::create([&] {
        using namespace Hearth::Storage;
        Connection &connection = Database::connection();
        for (int i = 0; i < localOrders; ++i) {
            Transaction tx(connection);
            if (!tx.isActive()) {
                writeErrors.append(QStringLiteral("order %1: no transaction").arg(i));
                continue;
            }
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString hlc = Database::clock().now();
            QSqlQuery q(connection.sql());
            q.prepare(QStringLiteral("INSERT INTO sales_orders (id, hlc, order_no, channel, "
                                     "signed_on, total_micros, created_at, updated_at) VALUES "
                                     "(?, ?, ?, 'store', '2026-12-02', 2000000, "
                                     "'2026-12-02T08:00:00Z', '2026-12-02T08:00:00Z')"));
            q.addBindValue(id);
            q.addBindValue(hlc);
            q.addBindValue(QStringLiteral("L-%1").arg(i, 5, 10, QLatin1Char('0')));
            if (!q.exec()) {
                writeErrors.append(QStringLiteral("order %1: %2").arg(i)
                                       .arg(q.lastError().text()));
                continue;
            }
            q.finish();
            const Hearth::Core::Status logged = ChangeLog::record(
                connection, {QStringLiteral("sales_orders"), id, ChangeLog::Op::Insert, {}, {},
                             hlc, {}});
            if (!logged) {
                writeErrors.append(QStringLiteral("order %1: %2").arg(i)
                                       .arg(logged.error().toString()));
                continue;
            }
            if (const Hearth::Core::Status c = tx.commit(); !c) {
                writeErrors.append(QStringLiteral("order %1: %2").arg(i)
                                       .arg(c.error().toString()));
                continue;
            }
            written.fetchAndAddRelease(1);
        }
        writerDone.storeRelease(1);
    });

    QStringList syncErrors;
    int rounds = 0;
    int writtenAfterFirstRound = -1;
    int pulled = 0;
    int pushed = 0;
    const Hearth::Sync::SyncSettings deskSettings = settings(100, pageSize);
    QThread *syncer = QThread::create([&] {
        Hearth::Sync::SyncEngine engine(path, deskSettings);
        engine.setClock(&Hearth::Storage::Database::clock());
        // Rounds while the writer writes, then one that takes its last rows.
        bool last = false;
        while (!last) {
            last = writerDone.loadAcquire() != 0;
            const Hearth::Core::Result<Hearth::Sync::SyncReport> report = engine.run();
            ++rounds;
            if (rounds == 1)
                writtenAfterFirstRound = written.loadAcquire();
            if (!report) {
                syncErrors.append(report.error().toString());
                continue;
            }
            pulled += report->pulled;
            pushed += report->applied;
        }
    });
    writer->start();
    syncer->start();
    // The server answers on this thread: keep its event loop running while they work.
    QTRY_VERIFY_WITH_TIMEOUT(writer->isFinished() && syncer->isFinished(), 120000);
    delete writer;
    delete syncer;

    QCOMPARE(writeErrors, QStringList());
    QCOMPARE(syncErrors, QStringList());
    QCOMPARE(written.loadAcquire(), localOrders);
    QVERIFY2(rounds >= 2, "the writer ended before the first round");
    qInfo() << "sync rounds:" << rounds << "orders written when the first ended:"
            << writtenAfterFirstRound;
    QCOMPARE(pushed, localOrders);
    // Everything the other desk made arrived (the pulls may bring the writer's rows back too).
    QVERIFY2(pulled >= remoteOrders, qPrintable(QString::number(pulled)));

    Desk check;
    QVERIFY(check.open(path, deskSettings));
    QCOMPARE(check.count(QStringLiteral("sales_orders"), QStringLiteral("order_no LIKE 'R-%'")),
             qint64(remoteOrders));
    QCOMPARE(check.count(QStringLiteral("sales_orders"), QStringLiteral("order_no LIKE 'L-%'")),
             qint64(localOrders));
    QCOMPARE(check.count(QStringLiteral("outbox"), QStringLiteral("sent_at IS NULL")), 0);
    QCOMPARE(m_f.count(QStringLiteral("sync_rows WHERE table_name = 'sales_orders'")),
             qint64(remoteOrders + localOrders));

    // The other desk ends with the same orders.
    const std::optional<Hearth::Sync::SyncReport> caughtUp = other.sync();
    QVERIFY(caughtUp);
    QCOMPARE(caughtUp->pulled, localOrders);
    QCOMPARE(other.snapshot(QStringLiteral("sales_orders")),
             check.snapshot(QStringLiteral("sales_orders")));
}

QTEST_GUILESS_MAIN(tst_DeskConcurrency)
#include "tst_deskconcurrency.moc"
