#include "storage/database.h"
#include "storage/migrator.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    void damagedFileIsNotAMigrationProblem_data();
    void damagedFileIsNotAMigrationProblem();

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

void tst_Migrator::damagedFileIsNotAMigrationProblem_data()
{
    QTest::addColumn<QString>("table");

    // Garbage over the record of migrations: reading it fails, so every migration looks
    // missing, and the quick check finds the damage.
    QTest::newRow("schema_migrations' pages") << "schema_migrations";
    // Garbage over the file's first page: SQLite refuses it as soon as the pragmas are set.
    QTest::newRow("the first page") << "sqlite_master";
}

void tst_Migrator::damagedFileIsNotAMigrationProblem()
{
    QFETCH(QString, table);
    // Neither case may leave a copy of the connection behind when it is dropped.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
    QVERIFY(exec(QStringLiteral("CREATE TABLE filler(x); INSERT INTO filler VALUES "
                                "(randomblob(3000)), (randomblob(3000));")));
    qint64 page = 1;
    if (table != QLatin1String("sqlite_master")) {
        Statement q(Database::connection().handle(),
                    "SELECT rootpage FROM sqlite_master WHERE name = 'schema_migrations'");
        QVERIFY(q.next());
        page = q.int64(0);
    }
    const qint64 pageSize = count("PRAGMA page_size");
    QVERIFY(page > 0 && pageSize > 0);
    Database::close();

    // A copy, as a user would damage it: five pages of noise written into its middle
    // (dd if=/dev/urandom bs=4096 seek=N count=5 conv=notrunc), from a fixed seed.
    const QString copy = m_path + QStringLiteral(".copy");
    QVERIFY(QFile::copy(m_path, copy));
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QRandomGenerator noise(20261205);
    QByteArray bytes(5 * 4096, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(noise.bounded(256));
    QVERIFY(f.seek((page - 1) * pageSize));
    const qint64 length = std::min<qint64>(bytes.size(), f.size() - (page - 1) * pageSize);
    QCOMPARE(f.write(bytes.constData(), length), length);
    f.close();

    const Hearth::Core::Status status = Database::open(copy);
    QVERIFY(!status.ok());
    const QString message = status.error().message;
    QVERIFY2(!message.contains(QStringLiteral("never applied")), qPrintable(message));
    // "the database file is damaged (Page 23: btreeInitPage() returns error code 11); restore
    // it from a backup": the first problem SQLite names, on one line.
    static const QRegularExpression damaged(
        QStringLiteral("^the database file is damaged \\([^\\n]+\\); restore it from a backup$"));
    QVERIFY2(damaged.match(message).hasMatch(), qPrintable(message));
    QVERIFY(!Database::isOpen());
}

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
