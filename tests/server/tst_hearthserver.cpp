// The hearth-server executable as an operator runs it: gen-cert, init, serve.

#include "server/accounts.h"
#include "server/databaseuri.h"
#include "server/serverstore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using Hearth::Server::Accounts;
using Hearth::Server::DatabaseUri;
using Hearth::Server::ServerStore;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_HearthServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void initCreatesTheFirstAdminOnce();
    void serveRefusesWithoutCertificate();
    void serveAnswersOverHttps();
    void configFileIsChecked();
    void channelKeyBelongsToAUnit();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &env = {});
    QString nextDatabase();
    /// Starts serve and waits for its "listening" line; returns the port or 0.
    int startServing(const QStringList &arguments);
    int postLogin(int port, const QString &user, const QString &password);

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    std::optional<DatabaseUri> m_pg;
    int m_count = 0;
    QProcess m_serve;
};

void tst_HearthServer::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    const QString pg = qEnvironmentVariable("HEARTH_TEST_PG_URI");
    if (!pg.isEmpty()) {
        const auto uri = DatabaseUri::parse(pg);
        QVERIFY(uri && uri->engine == DatabaseUri::Engine::Postgres);
        m_pg = *uri;
    }
    const Run made = run({QStringLiteral("gen-cert"), QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("tls")), QStringLiteral("--host"),
                          QStringLiteral("127.0.0.1")});
    QCOMPARE(made.exitCode, 0);
    m_cert = m_dir.filePath(QStringLiteral("tls/hearth-server.crt"));
    m_key = m_dir.filePath(QStringLiteral("tls/hearth-server.key"));
    QVERIFY(made.out.contains(m_cert));
    QCOMPARE(QFile::permissions(m_key) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    const QSslCertificate cert = QSslCertificate::fromPath(m_cert).value(0);
    QVERIFY(!cert.isNull());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName),
             QStringList{QStringLiteral("127.0.0.1")});
}

void tst_HearthServer::cleanup()
{
    if (m_serve.state() != QProcess::NotRunning) {
        m_serve.kill();
        m_serve.waitForFinished(5000);
    }
}

Run tst_HearthServer::run(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    QProcessEnvironment environment = env.isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                    : env;
    environment.remove(QStringLiteral("HEARTH_TEST_PG_URI"));
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(HEARTH_SERVER_BIN), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_HearthServer::nextDatabase()
{
    ++m_count;
    if (!m_pg)
        return QStringLiteral("sqlite://")
            + m_dir.filePath(QStringLiteral("cli-%1.db").arg(m_count));
    return QStringLiteral("postgresql://%1@%2:%3/hearth_cli%4_%5")
        .arg(m_pg->user, m_pg->host)
        .arg(m_pg->port)
        .arg(QCoreApplication::applicationPid())
        .arg(m_count);
}

void tst_HearthServer::initCreatesTheFirstAdminOnce()
{
    const QString db = nextDatabase();
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 1);

    const Run first = run({QStringLiteral("init"), QStringLiteral("--db"), db,
                           QStringLiteral("--admin"), QStringLiteral("boss")});
    QCOMPARE(first.exitCode, 0);
    static const QRegularExpression shown(QStringLiteral("password \\(shown this once[^)]*\\): "
                                                         "(\\S{16})"));
    QVERIFY2(shown.match(first.out).hasMatch(), qPrintable(first.out));

    const Run second = run({QStringLiteral("init"), QStringLiteral("--db"), db,
                            QStringLiteral("--admin"), QStringLiteral("other")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QLatin1String("has users already")), qPrintable(second.err));

    // A password given in the environment is used, and not printed.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), QStringLiteral("Given-pass-123"));
    const Run given = run({QStringLiteral("init"), QStringLiteral("--db"), nextDatabase(),
                           QStringLiteral("--admin"), QStringLiteral("boss")}, env);
    QCOMPARE(given.exitCode, 0);
    QVERIFY(!given.out.contains(QLatin1String("Given-pass-123")));
    QVERIFY(!given.out.contains(QLatin1String("password")));
}

void tst_HearthServer::serveRefusesWithoutCertificate()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), QStringLiteral("Given-pass-123"));
    const QString db = nextDatabase();
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                  QStringLiteral("boss")}, env).exitCode, 0);
    const Run refused = run({QStringLiteral("serve"), QStringLiteral("--db"), db,
                             QStringLiteral("--port"), QStringLiteral("0")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("only HTTPS"))
                 && refused.err.contains(QLatin1String("gen-cert")),
             qPrintable(refused.err));

    const Run noDatabase = run({QStringLiteral("serve"), QStringLiteral("--db"),
                                QStringLiteral("sqlite://") + m_dir.filePath(
                                    QStringLiteral("missing.db")),
                                QStringLiteral("--cert"), m_cert, QStringLiteral("--key"),
                                m_key});
    QCOMPARE(noDatabase.exitCode, 1);
    QVERIFY2(noDatabase.err.contains(QLatin1String("hearth-server init")),
             qPrintable(noDatabase.err));
}

int tst_HearthServer::startServing(const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HEARTH_TEST_PG_URI"));
    m_serve.setProcessEnvironment(env);
    m_serve.setWorkingDirectory(m_dir.path());
    m_serve.start(QStringLiteral(HEARTH_SERVER_BIN), arguments);
    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1"
                                                             ":(\\d+)/"));
    QString out;
    for (int i = 0; i < 100 && m_serve.state() != QProcess::NotRunning; ++i) {
        m_serve.waitForReadyRead(200);
        out += QString::fromUtf8(m_serve.readAllStandardOutput());
        const QRegularExpressionMatch m = listening.match(out);
        if (m.hasMatch())
            return m.captured(1).toInt();
    }
    qWarning() << out << m_serve.readAllStandardError();
    return 0;
}

int tst_HearthServer::postLogin(int port, const QString &user, const QString &password)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/auth/login")
                                     .arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user_name"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.post(request, body);
    reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate,
                                      QSslCertificate::fromPath(m_cert).value(0))});
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

void tst_HearthServer::serveAnswersOverHttps()
{
    const QString db = nextDatabase();
    const Run init = run({QStringLiteral("init"), QStringLiteral("--db"), db,
                          QStringLiteral("--admin"), QStringLiteral("boss")});
    QCOMPARE(init.exitCode, 0);
    const QString password = init.out.section(QStringLiteral("): "), 1).trimmed();
    QCOMPARE(password.size(), 16);

    const int port = startServing({QStringLiteral("serve"), QStringLiteral("--db"), db,
                                   QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--cert"), m_cert, QStringLiteral("--key"),
                                   m_key});
    QVERIFY(port > 0);
    QCOMPARE(postLogin(port, QStringLiteral("boss"), password), 200);
    QCOMPARE(postLogin(port, QStringLiteral("boss"), QStringLiteral("not-the-password")), 401);

    m_serve.kill();
    QVERIFY(m_serve.waitForFinished(5000));
    const QString log = QString::fromUtf8(m_serve.readAllStandardError());
    QCOMPARE(log.count(QLatin1String("hearth.server.request: request id=")), 2);
    QVERIFY(log.contains(QLatin1String("user=boss method=POST route=/api/v1/auth/login "
                                       "status=200")));
    QVERIFY(!log.contains(password));
    QVERIFY(!log.contains(QLatin1String("not-the-password")));
}

void tst_HearthServer::configFileIsChecked()
{
    const QString db = nextDatabase();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), QStringLiteral("Given-pass-123"));
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                  QStringLiteral("boss")}, env).exitCode, 0);

    const QString config = m_dir.filePath(QStringLiteral("tls/server.json"));
    auto write = [&](const QJsonObject &json) {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
    };
    write({{QStringLiteral("cert"), QStringLiteral("hearth-server.crt")},
           {QStringLiteral("key"), QStringLiteral("hearth-server.key")},
           {QStringLiteral("db"), db},
           {QStringLiteral("listen"), QStringLiteral("0.0.0.0")}});
    const Run unknown = run({QStringLiteral("serve"), QStringLiteral("--config"), config});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("server.json: listen"))
                 && unknown.err.contains(QLatin1String("unknown setting")),
             qPrintable(unknown.err));

    write({{QStringLiteral("cert"), QStringLiteral("hearth-server.crt")},
           {QStringLiteral("key"), QStringLiteral("hearth-server.key")},
           {QStringLiteral("db"), db},
           {QStringLiteral("port"), QStringLiteral("8443")}});
    const Run wrongType = run({QStringLiteral("serve"), QStringLiteral("--config"), config});
    QCOMPARE(wrongType.exitCode, 1);
    QVERIFY2(wrongType.err.contains(QLatin1String("server.json: port")), qPrintable(wrongType.err));

    // Relative paths are the config file's; a flag wins over the file.
    write({{QStringLiteral("cert"), QStringLiteral("hearth-server.crt")},
           {QStringLiteral("key"), QStringLiteral("hearth-server.key")},
           {QStringLiteral("db"), db},
           {QStringLiteral("port"), 1}});
    const int port = startServing({QStringLiteral("serve"), QStringLiteral("--config"), config,
                                   QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(port > 1);
    QCOMPARE(postLogin(port, QStringLiteral("boss"), QStringLiteral("Given-pass-123")), 200);
}

void tst_HearthServer::channelKeyBelongsToAUnit()
{
    const QString db = nextDatabase();
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                  QStringLiteral("boss")}).exitCode,
             0);
    QString unitId;
    {
        ServerStore store;
        QVERIFY(store.open(*DatabaseUri::parse(db), ServerStore::OpenMode::Existing));
        QVERIFY(store.begin());
        const auto unit = Accounts(store).createOrgUnit(
            {{}, QStringLiteral("dealer"), QStringLiteral("D1"), QStringLiteral("一号经销商"), {}},
            QDateTime::currentDateTimeUtc());
        QVERIFY(unit);
        unitId = unit->id;
        QVERIFY(store.commit());
    }
    const QStringList base{QStringLiteral("channel-key"), QStringLiteral("--db"), db,
                           QStringLiteral("--channel"), QStringLiteral("dealer"),
                           QStringLiteral("--name"), QStringLiteral("d1-erp")};
    const Run unknown = run(base + QStringList{QStringLiteral("--unit"), QStringLiteral("D9")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QLatin1String("no organisation unit has the code D9")),
             qPrintable(unknown.err));

    const Run made = run(base + QStringList{QStringLiteral("--unit"), QStringLiteral("D1")});
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(QLatin1String("d1-erp")), qPrintable(made.out));
    ServerStore store;
    QVERIFY(store.open(*DatabaseUri::parse(db), ServerStore::OpenMode::Existing));
    QSqlQuery q = store.prepare(QStringLiteral("SELECT org_unit_id FROM channel_keys"));
    QVERIFY(store.exec(q));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), unitId);
    QVERIFY(!q.next());
}

QTEST_GUILESS_MAIN(tst_HearthServer)
#include "tst_hearthserver.moc"
