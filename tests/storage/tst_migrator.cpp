#include "storage/database.h"
#include "storage/migrator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth::Storage;

// A migration that arrives after a higher-numbered one (two branches numbered apart) must stop
// the desk with a message naming the file, not be passed over by the schema version.
class tst_Migrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsEveryMigration();
    void missingLowerMigration_data();
    void missingLowerMigration();

private:
    bool exec(const QString &sql);
    qint64 count(const char *sql);
    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Migrator::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1-%2.db")
                                .arg(QLatin1String(QTest::currentTestFunction()),
                                     QLatin1String(QTest::currentDataTag())));
    QVERIFY(Database::open(m_path).ok());
}

void tst_Migrator::cleanup()
{
    Database::close();
}

bool tst_Migrator::exec(const QString &sql)
{
    return Database::connection().execScript(sql).ok();
}

qint64 tst_Migrator::count(const char *sql)
{
    Statement &q = Database::connection().prepare(sql);
    const qint64 n = q.next() ? q.int64(0) : -1;
    q.reset();
    return n;
}

void tst_Migrator::recordsEveryMigration()
{
    QCOMPARE(count("SELECT COUNT(*) FROM schema_migrations"),
             qint64(Migrator::available().size()));
    QCOMPARE(count("SELECT MAX(version) FROM schema_migrations"),
             qint64(Migrator::latestVersion()));
    Database::close();
    QVERIFY(Database::open(m_path).ok());
    QCOMPARE(count("SELECT COUNT(*) FROM schema_migrations"),
             qint64(Migrator::available().size()));
}

void tst_Migrator::missingLowerMigration_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("opens");

    // The record says 0009 never ran on a database already at the latest version.
    QTest::newRow("recorded, 0009 missing")
        << "DELETE FROM schema_migrations WHERE version = 9" << false;
    // A database from before the record: 0009's tables are not there.
    QTest::newRow("unrecorded, 0009's tables missing")
        << "PRAGMA foreign_keys = OFF; DROP TABLE schema_migrations; DROP TABLE stock_values;"
        << false;
    // A database from before the record with every migration's tables: it opens, and gets
    // its record.
    QTest::newRow("unrecorded, complete") << "DROP TABLE schema_migrations" << true;
}

void tst_Migrator::missingLowerMigration()
{
    QFETCH(QString, damage);
    QFETCH(bool, opens);
    QVERIFY(Migrator::latestVersion() >= 10);
    QVERIFY(exec(damage));
    Database::close();

    const Hearth::Core::Status status = Database::open(m_path);
    QCOMPARE(status.ok(), opens);
    if (opens) {
        QCOMPARE(count("SELECT COUNT(*) FROM schema_migrations"),
                 qint64(Migrator::available().size()));
        return;
    }
    const QString message = status.error().message;
    QVERIFY2(message.contains(QStringLiteral("0009_stock.sql")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("schema version %1").arg(Migrator::latestVersion())),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("give it a number above")), qPrintable(message));
    QCOMPARE(status.error().where, m_path);
    QVERIFY(!Database::isOpen());
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
