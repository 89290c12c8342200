#include "storage/changelog.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

using namespace Hearth::Storage;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsSchema();
    void pragmas();
    void checkpointsInTheBackground();
    void refusesNewerSchema();
    void reopenIsIdempotent();
    void refusesAnotherProgramsFile();
    void connectionPerThread();
    void changeLogWritesOutboxAndAudit();
    void changeLogRollsBackWithTheChange();

private:
    QString scalar(const char *sql);
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Database::init()
{
    m_path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(Database::open(m_path).ok());
}

void tst_Database::cleanup()
{
    Database::close();
}

QString tst_Database::scalar(const char *sql)
{
    Statement &q = Database::connection().prepare(sql);
    const QString value = q.next() ? q.text(0) : QString();
    q.reset();
    return value;
}

void tst_Database::createsSchema()
{
    QVERIFY(Migrator::latestVersion() >= 2);
    QCOMPARE(Database::schemaVersion(), Migrator::latestVersion());
    QCOMPARE(scalar("SELECT COUNT(*) FROM channels"), QStringLiteral("5"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'orders_fts'"),
             QStringLiteral("1"));
    QCOMPARE(Database::nodeId().size(), 8);
}

void tst_Database::pragmas()
{
    QCOMPARE(scalar("PRAGMA journal_mode"), QStringLiteral("wal"));
    QCOMPARE(scalar("PRAGMA foreign_keys"), QStringLiteral("1"));
    QCOMPARE(scalar("PRAGMA busy_timeout"), QStringLiteral("10000"));
}

void tst_Database::checkpointsInTheBackground()
{
    // No connection checkpoints inside a commit: the Checkpointer's thread copies the log.
    QCOMPARE(scalar("PRAGMA wal_autocheckpoint"), QStringLiteral("0"));
    Connection &c = Database::connection();
    QVERIFY(c.execScript(QStringLiteral("CREATE TABLE scans(b BLOB)")).ok());
    const qint64 before = QFileInfo(m_path).size();
    Statement &insert = c.prepare("INSERT INTO scans(b) VALUES (randomblob(4000))");
    for (int i = 0; i < 1500; ++i) {
        QVERIFY(insert.exec());
        insert.reset();
    }
    // Only a checkpoint writes pages into the database file itself; 1500 rows of 4 KB.
    const qint64 expected = before + 1500 * 4000;
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_path).size() >= expected, 20000);
    QCOMPARE(scalar("SELECT COUNT(*) FROM scans"), QStringLiteral("1500"));
}

void tst_Database::refusesNewerSchema()
{
    QVERIFY(Database::connection().execScript(QStringLiteral("PRAGMA user_version = 999")).ok());
    Database::close();
    const auto status = Database::open(m_path);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QStringLiteral("999")),
             qPrintable(status.error().message));
    QVERIFY(status.error().message.contains(QStringLiteral("newer")));
    QCOMPARE(status.error().where, m_path);
    QVERIFY(!Database::isOpen());
}

void tst_Database::reopenIsIdempotent()
{
    const QString node = Database::nodeId();
    Database::close();
    QVERIFY(Database::open(m_path).ok());
    QCOMPARE(Database::nodeId(), node);
    QCOMPARE(Database::schemaVersion(), Migrator::latestVersion());
}

void tst_Database::refusesAnotherProgramsFile()
{
    Database::close();
    const QString other = m_dir.filePath(QStringLiteral("other.sqlite"));
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(other.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "CREATE TABLE foo(a); INSERT INTO foo VALUES (1)", nullptr,
                          nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(raw);

    const auto status = Database::open(other);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QStringLiteral("not a Hearth database")),
             qPrintable(status.error().message));

    // The file is left as it was: one table, no Hearth schema, its journal mode unchanged.
    QCOMPARE(sqlite3_open(other.toUtf8().constData(), &raw), SQLITE_OK);
    sqlite3_stmt *q = nullptr;
    sqlite3_prepare_v2(raw, "SELECT group_concat(name) FROM sqlite_master", -1, &q, nullptr);
    QCOMPARE(sqlite3_step(q), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))),
             QStringLiteral("foo"));
    sqlite3_finalize(q);
    sqlite3_prepare_v2(raw, "PRAGMA journal_mode", -1, &q, nullptr);
    QCOMPARE(sqlite3_step(q), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))),
             QStringLiteral("delete"));
    sqlite3_finalize(q);
    sqlite3_close(raw);
}

void tst_Database::connectionPerThread()
{
    sqlite3 *mine = Database::connection().handle();
    sqlite3 *theirs = nullptr;
    QString version;
    QThread *thread = QThread::create([&] {
        theirs = Database::connection().handle();
        version = QString::number(Database::schemaVersion());
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(theirs != nullptr);
    QVERIFY(theirs != mine);
    QCOMPARE(version, QString::number(Migrator::latestVersion()));
}

void tst_Database::changeLogWritesOutboxAndAudit()
{
    Database::setCurrentUser(QStringLiteral("tester"));
    Connection &c = Database::connection();
    Transaction tx(c);
    QVERIFY(tx.isActive());
    const QString hlc = Database::clock().now();
    const auto status = ChangeLog::record(
        c, {QStringLiteral("sales_orders"), QStringLiteral("row-1"), ChangeLog::Op::Update,
            QJsonObject{{QStringLiteral("status"), QStringLiteral("new")}},
            QJsonObject{{QStringLiteral("status"), QStringLiteral("approved")}}, hlc,
            QStringLiteral("because")});
    QVERIFY(status.ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(scalar("SELECT op || ' ' || row_id FROM outbox"), QStringLiteral("update row-1"));
    QCOMPARE(scalar("SELECT user_name || ' ' || before_json || ' ' || after_json || ' ' || reason "
                    "FROM audit_log"),
             QStringLiteral("tester {\"status\":\"new\"} {\"status\":\"approved\"} because"));
    QCOMPARE(scalar("SELECT hlc FROM outbox"), hlc);
}

void tst_Database::changeLogRollsBackWithTheChange()
{
    Connection &c = Database::connection();
    {
        Transaction tx(c);
        QVERIFY(ChangeLog::record(c, {QStringLiteral("sales_orders"), QStringLiteral("row-2"),
                                      ChangeLog::Op::Insert, {}, {}, Database::clock().now(), {}})
                    .ok());
        // Leaving the scope without commit rolls back.
    }
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), QStringLiteral("0"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log"), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
