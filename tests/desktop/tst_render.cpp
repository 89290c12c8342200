#include "storage/database.h"

#include <QCryptographicHash>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// Runs `hearth --render` as a user would and checks the pictures: written, of the asked size,
// and not blank.
class tst_Render : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsPages();
    void everyPage_data();
    void everyPage();
    void languagesDiffer();
    void unknownPage();
    void newerDatabaseIsRefused();
    void unwritableOutput();
    void renderingWritesNothing();
    void missingDatabaseIsNotCreated();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run hearth(const QStringList &arguments);
    static int distinctColours(const QImage &image);
    static QByteArray contents(const QString &path);

    QTemporaryDir m_dir;
    QString m_database;
    QStringList m_pages;
};

tst_Render::Run tst_Render::hearth(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("HEARTH_ADMIN_PASSWORD"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEARTH_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int tst_Render::distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

void tst_Render::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_database = m_dir.filePath(QStringLiteral("render.db"));
    const Run list = hearth({QStringLiteral("--render"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, 0);
    for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        m_pages.append(line.section(QLatin1Char('\t'), 0, 0));
}

void tst_Render::listsPages()
{
    for (const char *id : {"main", "login", "settings", "about", "welcome", "users.list"})
        QVERIFY2(m_pages.contains(QLatin1String(id)), id);
}

void tst_Render::everyPage_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("language");
    for (const QString &page : std::as_const(m_pages)) {
        for (const char *language : {"zh_CN", "en"}) {
            QTest::addRow("%s %s", qPrintable(page), language)
                << page << QString::fromLatin1(language);
        }
    }
}

void tst_Render::everyPage()
{
    QFETCH(QString, page);
    QFETCH(QString, language);
    const QString out = m_dir.filePath(QStringLiteral("%1_%2.png").arg(page, language));
    const Run run = hearth({QStringLiteral("--render"), page, QStringLiteral("--out"), out,
                            QStringLiteral("--db"), m_database, QStringLiteral("--lang"),
                            language, QStringLiteral("--size"), QStringLiteral("1000x640")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("propagateSizeHints")), qPrintable(run.err));

    QImage image;
    QVERIFY2(image.load(out), qPrintable(out));
    QCOMPARE(image.size(), QSize(1000, 640));
    const int colours = distinctColours(image);
    QVERIFY2(colours >= 40, qPrintable(QStringLiteral("only %1 colours").arg(colours)));
}

void tst_Render::languagesDiffer()
{
    for (const char *page : {"main", "login"}) {
        QImage zh(m_dir.filePath(QStringLiteral("%1_zh_CN.png").arg(QLatin1String(page))));
        QImage en(m_dir.filePath(QStringLiteral("%1_en.png").arg(QLatin1String(page))));
        QVERIFY(!zh.isNull() && !en.isNull());
        QVERIFY2(zh != en, page);
    }
}

void tst_Render::unknownPage()
{
    const Run run = hearth({QStringLiteral("--render"), QStringLiteral("no.such.page"),
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.png")),
                            QStringLiteral("--db"), m_database});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("no.such.page")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
}

void tst_Render::newerDatabaseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("future.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("future"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 9999")));
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const Run run = hearth({QStringLiteral("--render"), QStringLiteral("main"),
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("f.png")),
                            QStringLiteral("--db"), path, QStringLiteral("--lang"),
                            QStringLiteral("en")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("9999")), qPrintable(run.err));
}

void tst_Render::unwritableOutput()
{
    const Run run = hearth({QStringLiteral("--render"), QStringLiteral("about"),
                            QStringLiteral("--out"),
                            m_dir.filePath(QStringLiteral("missing/dir/a.png")),
                            QStringLiteral("--db"), m_database});
    QCOMPARE(run.exitCode, 4);
    QVERIFY(!run.err.isEmpty());
}

QByteArray tst_Render::contents(const QString &path)
{
    // Every row of every table, in a fixed order: what "nothing was written" means.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("contents"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            return {};
        QSqlQuery tables(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"), db);
        QStringList names;
        while (tables.next()) {
            hash.addData(tables.value(1).toString().toUtf8());
            if (!tables.value(1).toString().startsWith(QLatin1String("CREATE TABLE")))
                continue;
            names.append(tables.value(0).toString());
        }
        for (const QString &name : std::as_const(names)) {
            QSqlQuery rows(db);
            if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name)))
                continue;
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(rows.value(i).toString().toUtf8() + '\x1f');
            }
        }
        QSqlQuery version(QStringLiteral("PRAGMA user_version"), db);
        if (version.next())
            hash.addData(version.value(0).toByteArray());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("contents"));
    return hash.result();
}

void tst_Render::renderingWritesNothing()
{
    // A desk's database before its first start: the schema, and no users yet.
    const QString path = m_dir.filePath(QStringLiteral("nousers.db"));
    QVERIFY(Hearth::Storage::Database::open(path).ok());
    Hearth::Storage::Database::close();
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());

    for (const char *page : {"main", "welcome", "users.list", "orders.list"}) {
        const Run run = hearth({QStringLiteral("--render"), QLatin1String(page),
                                QStringLiteral("--out"),
                                m_dir.filePath(QStringLiteral("nousers.png")),
                                QStringLiteral("--db"), path, QStringLiteral("--lang"),
                                QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("created the administrator")),
                 qPrintable(run.err));
    }
    QCOMPARE(contents(path), before);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("users"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery count(QStringLiteral("SELECT count(*) FROM users"), db);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("users"));
}

void tst_Render::missingDatabaseIsNotCreated()
{
    const QString path = m_dir.filePath(QStringLiteral("not/there/hearth.db"));
    const Run run = hearth({QStringLiteral("--render"), QStringLiteral("main"),
                            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("new.png")),
                            QStringLiteral("--db"), path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("new.png"))));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("not"))).exists());
}

QTEST_GUILESS_MAIN(tst_Render)
#include "tst_render.moc"
