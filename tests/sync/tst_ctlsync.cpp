// `hearthctl sync`: a desk without a display syncs with a real server on loopback, keeps the
// server, user and certificate for the next time, and fails clearly, losing nothing.

#include "../server/serverfixture.h"
#include "deskfixture.h"
#include "users/passwordhasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>

#include <sqlite3.h>

using namespace ServerTest;
using namespace SyncTest;

class tst_CtlSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstSyncDownloadsAndKeepsTheServer();
    void wrongPasswordAndLostServerFailClearly();
    void conflictsAreListedAndSettled();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    /// Runs hearthctl with args while this process serves the requests.
    Run ctl(const QStringList &args, const QString &password);
    QString deskValue(const char *sql) const;

    Fixture m_f;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_desk;
};

void tst_CtlSync::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
}

void tst_CtlSync::init()
{
    QVERIFY(m_f.start());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_desk = m_dir->filePath(QStringLiteral("headless.hearth"));
    const Run made = ctl({QStringLiteral("init"), QStringLiteral("--db"), m_desk}, QString());
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

void tst_CtlSync::cleanup()
{
    m_f.stop();
    m_dir.reset();
}

tst_CtlSync::Run tst_CtlSync::ctl(const QStringList &args, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEARTH_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), QStringLiteral("Desk-adm1n-pass"));
    env.remove(QStringLiteral("HEARTH_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("HEARTH_PASSWORD"), password);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HEARTH_CTL_PATH), args);
    Run run;
    // Nothing on standard input: a password comes from HEARTH_PASSWORD or not at all.
    const bool started = process.waitForStarted(10000);
    process.closeWriteChannel();
    if (!started || !finished.wait(120000)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString tst_CtlSync::deskValue(const char *sql) const
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(m_desk.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &q, nullptr) == SQLITE_OK
            && sqlite3_step(q) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        }
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return value;
}

void tst_CtlSync::firstSyncDownloadsAndKeepsTheServer()
{
    // Another desk has sent an order with two lines.
    Desk office;
    Hearth::Sync::SyncSettings s;
    s.server = m_f.url(QString());
    s.token = m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword))
                  .json.value(QStringLiteral("token"))
                  .toString();
    s.trustedCertificates = {m_f.certificate};
    QVERIFY(office.open(m_dir->filePath(QStringLiteral("office.hearth")), s));
    const QString order = office.addOrder(QStringLiteral("SO-HQ-0001"), QString(), 2500000000);
    QVERIFY(!office.addLine(order, 1, 2000000000).isEmpty());
    QVERIFY(!office.addLine(order, 2, 500000000).isEmpty());
    QVERIFY(office.sync());

    const Run first = ctl({QStringLiteral("sync"), QStringLiteral("--db"), m_desk,
                           QStringLiteral("--server"), m_f.url(QString()).toString(),
                           QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--cert"), m_f.files.certificate},
                          QLatin1String(Fixture::AdminPassword));
    QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
    QVERIFY2(first.out.contains(QStringLiteral("Signed in to")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QStringLiteral("Synced: 0 changes still waiting, 0 "
                                               "conflicts")),
             qPrintable(first.out));
    QCOMPARE(deskValue("SELECT total_micros FROM sales_orders WHERE order_no = 'SO-HQ-0001'"),
             QStringLiteral("2500000000"));
    QCOMPARE(deskValue("SELECT COUNT(*) FROM order_lines WHERE deleted = 0"), QStringLiteral("2"));
    // The desk registered itself and was given its code for offline order numbers.
    QVERIFY(!deskValue("SELECT value FROM settings WHERE key = 'desk.code'").isEmpty());

    // The server, user and certificate were kept: the next round needs only the password.
    const Run again = ctl({QStringLiteral("sync"), QStringLiteral("--db"), m_desk},
                          QLatin1String(Fixture::AdminPassword));
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
}

void tst_CtlSync::wrongPasswordAndLostServerFailClearly()
{
    const QStringList args{QStringLiteral("sync"), QStringLiteral("--db"), m_desk,
                           QStringLiteral("--server"), m_f.url(QString()).toString(),
                           QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--cert"), m_f.files.certificate};
    const Run wrong = ctl(args, QStringLiteral("not-the-password"));
    QCOMPARE(wrong.exitCode, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("cannot sign in")), qPrintable(wrong.err));

    const Run noPassword = ctl(args, QString());
    QCOMPARE(noPassword.exitCode, 1);
    QVERIFY2(noPassword.err.contains(QStringLiteral("no password")), qPrintable(noPassword.err));

    const Run notHttps = ctl({QStringLiteral("sync"), QStringLiteral("--db"), m_desk,
                              QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                              QStringLiteral("--user"), QStringLiteral("admin")},
                             QLatin1String(Fixture::AdminPassword));
    QCOMPARE(notHttps.exitCode, 1);
    QVERIFY2(notHttps.err.contains(QStringLiteral("https://")), qPrintable(notHttps.err));

    m_f.stop();
    const Run lost = ctl(args, QLatin1String(Fixture::AdminPassword));
    QCOMPARE(lost.exitCode, 2);
    QVERIFY2(lost.err.contains(QStringLiteral("Cannot reach the server")), qPrintable(lost.err));
    QVERIFY2(lost.err.contains(QStringLiteral("Nothing is lost")), qPrintable(lost.err));
}

// A desk without a display sees its sync conflicts and settles them from the command line:
// it cancels an order offline that head office deletes meanwhile.
void tst_CtlSync::conflictsAreListedAndSettled()
{
    Desk office;
    Hearth::Sync::SyncSettings s;
    s.server = m_f.url(QString());
    s.token = m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword))
                  .json.value(QStringLiteral("token"))
                  .toString();
    s.trustedCertificates = {m_f.certificate};
    QVERIFY(office.open(m_dir->filePath(QStringLiteral("office.hearth")), s));
    const QString order = office.addOrder(QStringLiteral("SO-HQ-0002"), QString(), 900000000);
    QVERIFY(!office.addLine(order, 1, 900000000).isEmpty());
    QVERIFY(office.sync());
    const QStringList sync{QStringLiteral("sync"), QStringLiteral("--db"), m_desk,
                           QStringLiteral("--server"), m_f.url(QString()).toString(),
                           QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--cert"), m_f.files.certificate};
    QCOMPARE(ctl(sync, QLatin1String(Fixture::AdminPassword)).exitCode, 0);

    const Run none = ctl({QStringLiteral("conflicts"), QStringLiteral("--db"), m_desk}, {});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out.trimmed(), QStringLiteral("No sync conflicts to resolve."));

    const Run cancelled = ctl({QStringLiteral("orders"), QStringLiteral("cancel"),
                               QStringLiteral("SO-HQ-0002"), QStringLiteral("--db"), m_desk,
                               QStringLiteral("--reason"), QStringLiteral("客户取消")},
                              {});
    QVERIFY2(cancelled.exitCode == 0, qPrintable(cancelled.out + cancelled.err));
    QVERIFY(office.deleteOrder(order));
    QVERIFY(office.sync());
    QCOMPARE(ctl(sync, QLatin1String(Fixture::AdminPassword)).exitCode, 0);

    const Run listed = ctl({QStringLiteral("conflicts"), QStringLiteral("--db"), m_desk,
                            QStringLiteral("--json")},
                           {});
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray conflicts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    qint64 id = 0;
    for (const QJsonValue &v : conflicts) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("table")).toString() == QLatin1String("sales_orders")) {
            QCOMPARE(c.value(QStringLiteral("kind")).toString(),
                     QStringLiteral("deleted_remotely"));
            QCOMPARE(c.value(QStringLiteral("row_id")).toString(), order);
            id = c.value(QStringLiteral("id")).toInteger();
        }
    }
    QVERIFY2(id > 0, qPrintable(listed.out));
    const Run text = ctl({QStringLiteral("conflicts"), QStringLiteral("--db"), m_desk}, {});
    QVERIFY2(text.out.contains(QStringLiteral("deleted_remotely  sales_orders")),
             qPrintable(text.out));

    // Settling needs a known action and a number.
    QCOMPARE(ctl({QStringLiteral("conflicts"), QStringLiteral("ignore"), QStringLiteral("1"),
                  QStringLiteral("--db"), m_desk},
                 {})
                 .exitCode,
             1);
    const Run settled = ctl({QStringLiteral("conflicts"), QStringLiteral("take-server"),
                             QString::number(id), QStringLiteral("--db"), m_desk},
                            {});
    QVERIFY2(settled.exitCode == 0, qPrintable(settled.out + settled.err));
    QCOMPARE(settled.out.trimmed(),
             QStringLiteral("Conflict %1 settled: the next sync brings the server's.").arg(id));
    const Run after = ctl({QStringLiteral("conflicts"), QStringLiteral("--db"), m_desk,
                           QStringLiteral("--json")},
                          {});
    for (const QJsonValue &v : QJsonDocument::fromJson(after.out.toUtf8()).array())
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() != id);
}

QTEST_GUILESS_MAIN(tst_CtlSync)
#include "tst_ctlsync.moc"
