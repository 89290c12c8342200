// What one connection may cost the server: oversize and chunked bodies refused from their
// headers, idle and trickling connections closed, and SIGTERM stopping hearth-server cleanly.
// Real TLS sockets on loopback, written byte by byte where the test needs it.

#include "serverfixture.h"

#include "users/passwordhasher.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>

using namespace ServerTest;

namespace {

constexpr int IdleSeconds = 2;

/// A TLS client that writes raw HTTP/1.1 and records what comes back.
struct RawClient
{
    QSslSocket socket;
    QByteArray received;
    bool closed = false;

    explicit RawClient(const QSslCertificate &trusted)
    {
        socket.ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate, trusted)});
        QObject::connect(&socket, &QSslSocket::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QSslSocket::disconnected, &socket, [this] { closed = true; });
    }

    bool open(quint16 port)
    {
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return QTest::qWaitFor([this] { return socket.isEncrypted() || closed; }, 10000)
            && socket.isEncrypted();
    }

    /// Waits for one whole answer (headers and Content-Length bytes) and takes it off.
    QByteArray answer(int timeoutMs = 20000)
    {
        QByteArray whole;
        QTest::qWaitFor([&] {
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end < 0)
                return closed;
            static const QRegularExpression length(QStringLiteral("content-length: *(\\d+)"),
                                                   QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = length.match(
                QString::fromLatin1(received.left(end)));
            const qsizetype size = end + 4 + (m.hasMatch() ? m.captured(1).toLongLong() : 0);
            if (received.size() < size)
                return closed;
            whole = received.left(size);
            received.remove(0, size);
            return true;
        }, timeoutMs);
        return whole;
    }

    static int status(const QByteArray &answer)
    {
        return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
    }

    static QJsonObject error(const QByteArray &answer)
    {
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    }
};

QByteArray healthRequest()
{
    return QByteArrayLiteral("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

} // namespace

class tst_ServerLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void oversizeBodyIsRefusedFromItsHeaders_data();
    void oversizeBodyIsRefusedFromItsHeaders();
    void bodyAtTheLimitIsRead();
    void chunkedBodyIsRefused();
    void oversizeHeadersAreRefused_data();
    void oversizeHeadersAreRefused();
    void idleConnectionIsClosed();
    void busyConnectionStaysOpen();
    void tricklingConnectionIsClosed();
    void idleTimeoutIsAConfigKey_data();
    void idleTimeoutIsAConfigKey();
    void sigtermStopsTheServer();

private:
    Fixture m_f;
};

void tst_ServerLimits::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
}

void tst_ServerLimits::init()
{
    ServerConfig config;
    config.idleTimeoutSeconds = IdleSeconds;
    QVERIFY(m_f.start(config));
}

void tst_ServerLimits::cleanup()
{
    m_f.stop();
}

void tst_ServerLimits::oversizeBodyIsRefusedFromItsHeaders_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<qint64>("declared");
    QTest::newRow("sign-in declaring 100 MB") << QByteArray("/api/v1/auth/login")
                                              << qint64(100) * 1024 * 1024;
    QTest::newRow("push one byte over") << QByteArray("/api/v1/sync/push") << Fixture::MaxBody + 1;
    QTest::newRow("unknown route, 1 GB") << QByteArray("/nowhere") << (qint64(1) << 30);
}

void tst_ServerLimits::oversizeBodyIsRefusedFromItsHeaders()
{
    QFETCH(QByteArray, path);
    QFETCH(qint64, declared);
    RawClient client(m_f.certificate);
    QVERIFY(client.open(m_f.server->port()));
    // Headers only: the body never comes, so an answer proves the server did not wait for it.
    client.socket.write("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(declared) + "\r\n\r\n{\"user_name\":");
    const QByteArray answer = client.answer();
    QCOMPARE(RawClient::status(answer), 413);
    QCOMPARE(RawClient::error(answer).value(QStringLiteral("code")).toString(),
             QStringLiteral("too_large"));
    QVERIFY2(RawClient::error(answer).value(QStringLiteral("message")).toString()
                 .contains(QString::number(Fixture::MaxBody)),
             answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(QTest::qWaitFor([&] { return client.closed; }, 10000));
    QCOMPARE(m_f.count(QStringLiteral("sessions")), 0);
}

void tst_ServerLimits::bodyAtTheLimitIsRead()
{
    RawClient client(m_f.certificate);
    QVERIFY(client.open(m_f.server->port()));
    QByteArray body = QByteArrayLiteral("{\"user_name\":\"admin\",\"password\":\"")
                      + Fixture::AdminPassword + QByteArrayLiteral("\"}");
    body.append(QByteArray(Fixture::MaxBody - body.size(), ' '));
    QCOMPARE(body.size(), Fixture::MaxBody);
    client.socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Content-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QByteArray answer = client.answer();
    QCOMPARE(RawClient::status(answer), 200);
    QVERIFY(answer.contains("\"token\""));
    QCOMPARE(m_f.count(QStringLiteral("sessions")), 1);
    QVERIFY(!client.closed);
}

void tst_ServerLimits::chunkedBodyIsRefused()
{
    RawClient client(m_f.certificate);
    QVERIFY(client.open(m_f.server->port()));
    client.socket.write("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"entries\": [  \r\n");
    const QByteArray answer = client.answer();
    QCOMPARE(RawClient::status(answer), 411);
    QCOMPARE(RawClient::error(answer).value(QStringLiteral("code")).toString(),
             QStringLiteral("length_required"));
    QVERIFY(QTest::qWaitFor([&] { return client.closed; }, 10000));
}

void tst_ServerLimits::oversizeHeadersAreRefused_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("long header") << QByteArray("GET /api/v1/health HTTP/1.1\r\nX-Pad: ")
                                        + QByteArray(20000, 'a');
    QTest::newRow("long request line") << QByteArray("GET /api/v1/") + QByteArray(20000, 'b');
}

void tst_ServerLimits::oversizeHeadersAreRefused()
{
    QFETCH(QByteArray, head);
    RawClient client(m_f.certificate);
    QVERIFY(client.open(m_f.server->port()));
    client.socket.write(head);
    const QByteArray answer = client.answer();
    QCOMPARE(RawClient::status(answer), 431);
    QCOMPARE(RawClient::error(answer).value(QStringLiteral("code")).toString(),
             QStringLiteral("headers_too_large"));
    QVERIFY(QTest::qWaitFor([&] { return client.closed; }, 10000));
}

void tst_ServerLimits::idleConnectionIsClosed()
{
    RawClient silent(m_f.certificate);
    QVERIFY(silent.open(m_f.server->port()));
    RawClient done(m_f.certificate);
    QVERIFY(done.open(m_f.server->port()));
    done.socket.write(healthRequest());
    QCOMPARE(RawClient::status(done.answer()), 200);

    // Neither sends anything more; both are closed by the server, with nothing written.
    QVERIFY(QTest::qWaitFor([&] { return silent.closed && done.closed; },
                            (IdleSeconds + 10) * 1000));
    QVERIFY(silent.received.isEmpty());
    QVERIFY(done.received.isEmpty());
}

void tst_ServerLimits::busyConnectionStaysOpen()
{
    RawClient client(m_f.certificate);
    QVERIFY(client.open(m_f.server->port()));
    // Each answered request starts the idle time again: six in a row outlast one idle period.
    QElapsedTimer held;
    held.start();
    int answered = 0;
    while (answered < 6 || held.elapsed() < IdleSeconds * 1500) {
        client.socket.write(healthRequest());
        const QByteArray answer = client.answer();
        QCOMPARE(RawClient::status(answer), 200);
        ++answered;
        QTest::qWait(IdleSeconds * 1000 / 4);
    }
    QVERIFY(!client.closed);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
}

void tst_ServerLimits::tricklingConnectionIsClosed()
{
    RawClient client(m_f.certificate);
    QVERIFY(client.open(m_f.server->port()));
    // A byte every 50 ms would take 20 s: the server closes the connection long before.
    const QByteArray request = "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
                               + QByteArray(400 - 56, 'z') + "\r\n\r\n";
    qsizetype sent = 0;
    while (sent < request.size() && !client.closed) {
        client.socket.write(request.mid(sent, 1));
        ++sent;
        QTest::qWait(50);
    }
    QVERIFY2(client.closed, qPrintable(QStringLiteral("all %1 bytes went through").arg(sent)));
    QVERIFY(sent < request.size());
    QVERIFY(client.received.isEmpty());

    // The server still answers a well-behaved client.
    RawClient next(m_f.certificate);
    QVERIFY(next.open(m_f.server->port()));
    next.socket.write(healthRequest());
    QCOMPARE(RawClient::status(next.answer()), 200);
}

void tst_ServerLimits::idleTimeoutIsAConfigKey_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");  // 0: refused
    QTest::newRow("five") << QByteArray("5") << 5;
    QTest::newRow("an hour") << QByteArray("3600") << 3600;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("over an hour") << QByteArray("3601") << 0;
    QTest::newRow("text") << QByteArray("\"30\"") << 0;
    QTest::newRow("fraction") << QByteArray("2.5") << 0;
}

void tst_ServerLimits::idleTimeoutIsAConfigKey()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QString path = m_f.dir.filePath(QStringLiteral("limits.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"idle_timeout_seconds\": " + value + "}");
    file.close();
    const Hearth::Core::Result<ServerConfig> read = ServerConfig::fromFile(path);
    if (seconds == 0) {
        QVERIFY(!read);
        QCOMPARE(read.error().where, path + QStringLiteral(": idle_timeout_seconds"));
        QVERIFY2(read.error().message.contains(QLatin1String("1 to 3600")),
                 qPrintable(read.error().message));
        return;
    }
    QVERIFY(read);
    QCOMPARE(read->idleTimeoutSeconds, seconds);
    QCOMPARE(ServerConfig().idleTimeoutSeconds, 30);
}

void tst_ServerLimits::sigtermStopsTheServer()
{
    // The signal's handling does not depend on the engine; a SQLite file keeps this short.
    const QString db = QStringLiteral("sqlite://") + m_f.dir.filePath(QStringLiteral("term.db"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HEARTH_TEST_PG_URI"));
    env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), QStringLiteral("Term-pass-123"));
    QProcess init;
    init.setProcessEnvironment(env);
    init.start(QStringLiteral(HEARTH_SERVER_BIN),
               {QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                QStringLiteral("boss")});
    QVERIFY(init.waitForFinished(60000));
    QCOMPARE(init.exitCode(), 0);

    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.start(QStringLiteral(HEARTH_SERVER_BIN),
                {QStringLiteral("serve"), QStringLiteral("--db"), db, QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--cert"), m_f.files.certificate,
                 QStringLiteral("--key"), m_f.files.key});
    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0"
                                                             "\\.1:(\\d+)/"));
    QString out;
    QVERIFY(QTest::qWaitFor([&] {
        out += QString::fromUtf8(serve.readAllStandardOutput());
        return listening.match(out).hasMatch() || serve.state() == QProcess::NotRunning;
    }, 30000));
    const quint16 port = quint16(listening.match(out).captured(1).toUInt());
    QVERIFY2(port > 0, qPrintable(out));

    // One connection open and used, when the signal comes.
    RawClient client(m_f.certificate);
    QVERIFY(client.open(port));
    client.socket.write(healthRequest());
    QCOMPARE(RawClient::status(client.answer()), 200);

    serve.terminate();
    QVERIFY(QTest::qWaitFor([&] { return serve.state() == QProcess::NotRunning; }, 20000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    const QString log = QString::fromUtf8(serve.readAllStandardError());
    QVERIFY2(log.contains(QLatin1String("hearth.server.connection: stopping on SIGTERM - "
                                        "closing 1 connections")),
             qPrintable(log));
    QVERIFY(QTest::qWaitFor([&] { return client.closed; }, 10000));

    RawClient late(m_f.certificate);
    QVERIFY(!late.open(port));
}

QTEST_GUILESS_MAIN(tst_ServerLimits)
#include "tst_serverlimits.moc"
