// The server answers requests on a pool of worker threads: many clients at once are all
// answered right, a slow request holds no other, a client that leaves early harms nothing, and
// SIGTERM lets the request in progress finish. Orderings are asserted, never elapsed times: a
// "slow" request is one the test's clock holds until the test lets it go.

#include "serverfixture.h"

#include "sync/protocol.h"
#include "users/passwordhasher.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace ServerTest;

namespace {

/// Holds the first clock reading after arm() (made by the request to hold, on its worker)
/// until release(); entered() says that the request has reached it.
struct ClockGate
{
    std::atomic<bool> armed = false;
    QSemaphore reached;
    QSemaphore letGo;

    void arm() { armed = true; }
    bool entered() const { return reached.available() > 0; }
    void release() { letGo.release(); }
    void pass()
    {
        if (armed.exchange(false)) {
            reached.release();
            // Bounded, so that a failing test ends instead of hanging the server's worker.
            letGo.tryAcquire(1, 60000);
        }
    }
};

/// One client: its own network manager, so its own connections.
struct Client
{
    std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
    QNetworkReply *reply = nullptr;
    bool finished = false;

    int status() const
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray body;
};

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class tst_ServerThreads : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void manyClientsAtOnceAreAllAnsweredRight();
    void concurrentEditsOfOneRowKeepEveryField();
    void slowSignInDoesNotHoldAHealthCheck();
    void clientGoneBeforeItsAnswerHarmsNothing();
    void threadsIsAConfigKey();
    void sigtermLetsThePushInProgressFinish();

private:
    /// Sends without waiting; client.finished turns true with the answer (or the error).
    void send(Client &client, const QByteArray &method, const QString &path,
              const QByteArray &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
              quint16 port = 0);
    QString signIn(const QString &user, const QString &password);
    /// count customers, each a row of its own, as one push.
    QList<Hearth::Sync::PushEntry> customers(int count, const QString &prefix, QStringList *ids);
    QByteArray pushBody(const QList<Hearth::Sync::PushEntry> &entries) const;
    qint64 rowsHeld(const QStringList &ids);

    Fixture m_f;
    ClockGate m_gate;
    int m_hlcCounter = 0;
};

void tst_ServerThreads::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
}

void tst_ServerThreads::init()
{
    ServerConfig config;
    config.threads = 4;
    QVERIFY(m_f.start(config));
    m_f.server->setClock([this] {
        m_gate.pass();
        return m_f.now;
    });
}

void tst_ServerThreads::cleanup()
{
    // A test that failed while holding a request lets it go before the server stops.
    while (m_gate.entered()) {
        m_gate.reached.acquire();
        m_gate.release();
    }
    m_gate.armed = false;
    m_f.stop();
}

void tst_ServerThreads::send(Client &client, const QByteArray &method, const QString &path,
                           const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, quint16 port)
{
    const QUrl url(QStringLiteral("https://127.0.0.1:%1%2")
                       .arg(port ? port : m_f.server->port())
                       .arg(path));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    client.finished = false;
    client.reply = client.network->sendCustomRequest(request, method, body);
    client.reply->ignoreSslErrors({QSslError(QSslError::SelfSignedCertificate,
                                             m_f.certificate)});
    connect(client.reply, &QNetworkReply::finished, this, [&client] {
        if (client.reply->isOpen())
            client.body = client.reply->readAll();
        client.finished = true;
    });
}

QString tst_ServerThreads::signIn(const QString &user, const QString &password)
{
    const Reply r = m_f.login(user, password);
    return r.json.value(QStringLiteral("token")).toString();
}

QList<Hearth::Sync::PushEntry> tst_ServerThreads::customers(int count, const QString &prefix,
                                                          QStringList *ids)
{
    QList<Hearth::Sync::PushEntry> entries;
    for (int i = 0; i < count; ++i) {
        const QString id = newId();
        ids->append(id);
        const QString hlc = QStringLiteral("%1-%2-tests")
                                .arg(m_f.now.toMSecsSinceEpoch(), 13, 10, QChar(u'0'))
                                .arg(++m_hlcCounter, 5, 10, QChar(u'0'));
        entries.append({newId(), QStringLiteral("customers"), id, QStringLiteral("insert"), hlc,
                        QJsonObject{{QStringLiteral("name"),
                                     QStringLiteral("客户 %1-%2").arg(prefix).arg(i)},
                                    {QStringLiteral("channel"), QStringLiteral("store")},
                                    {QStringLiteral("mobile"), QStringLiteral("13900000000")},
                                    {QStringLiteral("city"), QStringLiteral("深圳")}}});
    }
    return entries;
}

QByteArray tst_ServerThreads::pushBody(const QList<Hearth::Sync::PushEntry> &entries) const
{
    return QJsonDocument(Hearth::Sync::Protocol::pushJson(entries))
        .toJson(QJsonDocument::Compact);
}

qint64 tst_ServerThreads::rowsHeld(const QStringList &ids)
{
    qint64 held = 0;
    for (const QString &id : ids) {
        QSqlQuery q = m_f.store->prepare(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE "
                                                        "table_name = 'customers' AND row_id = "
                                                        "?"));
        q.addBindValue(id);
        if (!m_f.store->exec(q) || !q.next())
            return -1;
        held += q.value(0).toLongLong();
    }
    return held;
}

void tst_ServerThreads::manyClientsAtOnceAreAllAnsweredRight()
{
    const QString token = signIn(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword));
    QVERIFY(!token.isEmpty());

    // 20 clients at once: 10 pushes of 5 new customers each, 6 sign-ins, 4 pulls.
    constexpr int Clients = 20;
    constexpr int RowsPerPush = 5;
    std::vector<Client> clients(Clients);
    QList<QStringList> pushedIds(Clients);
    QStringList kinds;
    for (int i = 0; i < Clients; ++i) {
        if (i % 2 == 0) {
            kinds.append(QStringLiteral("push"));
            const auto entries = customers(RowsPerPush, QString::number(i), &pushedIds[i]);
            send(clients[size_t(i)], "POST", QStringLiteral("/api/v1/sync/push"),
                 pushBody(entries), Fixture::bearer(token));
        } else if (i % 10 == 1 || i % 10 == 3 || i % 10 == 5) {
            kinds.append(QStringLiteral("sign-in"));
            const bool admin = i % 10 == 1;
            const QJsonObject body{
                {QStringLiteral("user_name"),
                 admin ? QStringLiteral("admin") : QStringLiteral("clerk.li")},
                {QStringLiteral("password"),
                 QLatin1String(admin ? Fixture::AdminPassword : Fixture::ClerkPassword)}};
            send(clients[size_t(i)], "POST", QStringLiteral("/api/v1/auth/login"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact));
        } else {
            kinds.append(QStringLiteral("pull"));
            send(clients[size_t(i)], "GET", QStringLiteral("/api/v1/sync/pull?after=0"), {},
                 Fixture::bearer(token));
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(clients.begin(), clients.end(),
                                         [](const Client &c) { return c.finished; }),
                             120000);

    QList<qint64> answeredRevisions;
    for (int i = 0; i < Clients; ++i) {
        const Client &c = clients[size_t(i)];
        const QString what = kinds.at(i) + QStringLiteral(" #") + QString::number(i);
        QVERIFY2(c.reply->error() == QNetworkReply::NoError,
                 qPrintable(what + u' ' + c.reply->errorString()));
        QCOMPARE(c.status(), 200);
        const QJsonObject json = c.json();
        if (kinds.at(i) == QLatin1String("sign-in")) {
            QVERIFY2(!json.value(QStringLiteral("token")).toString().isEmpty(), qPrintable(what));
        } else if (kinds.at(i) == QLatin1String("push")) {
            const QJsonArray results = json.value(QStringLiteral("results")).toArray();
            QCOMPARE(results.size(), RowsPerPush);
            for (const QJsonValue &r : results) {
                QCOMPARE(r.toObject().value(QStringLiteral("outcome")).toString(),
                         QStringLiteral("applied"));
                answeredRevisions.append(
                    r.toObject().value(QStringLiteral("revision")).toInteger());
            }
        } else {
            QVERIFY2(json.value(QStringLiteral("changes")).isArray(), qPrintable(what));
        }
    }

    // Every pushed row is held once, under a revision of its own.
    QStringList allIds;
    for (const QStringList &ids : std::as_const(pushedIds))
        allIds += ids;
    QCOMPARE(allIds.size(), 50);
    QCOMPARE(rowsHeld(allIds), qint64(50));
    std::sort(answeredRevisions.begin(), answeredRevisions.end());
    QCOMPARE(answeredRevisions.size(), 50);
    QVERIFY(std::adjacent_find(answeredRevisions.begin(), answeredRevisions.end())
            == answeredRevisions.end());

    // A pull after them all, page by page, walks every revision with no gap.
    QList<qint64> pulled;
    QSet<QString> pulledIds;
    qint64 after = 0;
    for (bool more = true; more;) {
        const Reply page = m_f.call("GET",
                                    QStringLiteral("/api/v1/sync/pull?after=%1&limit=7")
                                        .arg(after),
                                    {}, Fixture::bearer(token));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &change : page.json.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject o = change.toObject();
            pulled.append(o.value(QStringLiteral("revision")).toInteger());
            if (o.value(QStringLiteral("table")).toString() == QLatin1String("customers"))
                pulledIds.insert(o.value(QStringLiteral("row_id")).toString());
        }
        after = page.json.value(QStringLiteral("next")).toInteger();
        more = page.json.value(QStringLiteral("more")).toBool();
    }
    QCOMPARE(pulled, answeredRevisions);
    for (qsizetype i = 1; i < pulled.size(); ++i)
        QCOMPARE(pulled.at(i), pulled.at(i - 1) + 1);
    QCOMPARE(pulledIds.size(), 50);
    for (const QString &id : std::as_const(allIds))
        QVERIFY(pulledIds.contains(id));
}

void tst_ServerThreads::concurrentEditsOfOneRowKeepEveryField()
{
    const QString token = signIn(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword));
    QVERIFY(!token.isEmpty());
    QStringList ids;
    const Reply created = m_f.call("POST", QStringLiteral("/api/v1/sync/push"),
                                   pushBody(customers(1, QStringLiteral("one"), &ids)),
                                   Fixture::bearer(token));
    QCOMPARE(created.status, 200);

    // Three desks edit three different fields of the same customer at the same moment.
    const QList<QPair<QString, QString>> edits{{QStringLiteral("name"), QStringLiteral("张三")},
                                               {QStringLiteral("mobile"),
                                                QStringLiteral("13700000001")},
                                               {QStringLiteral("city"), QStringLiteral("广州")}};
    std::vector<Client> desks(size_t(edits.size()));
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const QString hlc = QStringLiteral("%1-%2-desk%3")
                                .arg(m_f.now.toMSecsSinceEpoch(), 13, 10, QChar(u'0'))
                                .arg(++m_hlcCounter, 5, 10, QChar(u'0'))
                                .arg(i);
        const Hearth::Sync::PushEntry edit{newId(), QStringLiteral("customers"), ids.constFirst(),
                                           QStringLiteral("update"), hlc,
                                           QJsonObject{{edits.at(i).first, edits.at(i).second}}};
        send(desks[size_t(i)], "POST", QStringLiteral("/api/v1/sync/push"), pushBody({edit}),
             Fixture::bearer(token));
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(desks.begin(), desks.end(),
                                         [](const Client &c) { return c.finished; }),
                             60000);
    for (const Client &desk : desks) {
        QCOMPARE(desk.status(), 200);
        QCOMPARE(desk.json().value(QStringLiteral("results")).toArray().at(0).toObject()
                     .value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("applied"));
    }

    const Reply pulled = m_f.call("GET", QStringLiteral("/api/v1/sync/pull?after=0"), {},
                                  Fixture::bearer(token));
    QCOMPARE(pulled.status, 200);
    QJsonObject fields;
    for (const QJsonValue &change : pulled.json.value(QStringLiteral("changes")).toArray()) {
        if (change.toObject().value(QStringLiteral("row_id")).toString() == ids.constFirst())
            fields = change.toObject().value(QStringLiteral("fields")).toObject();
    }
    for (const auto &[field, value] : edits)
        QCOMPARE(fields.value(field).toString(), value);
}

void tst_ServerThreads::slowSignInDoesNotHoldAHealthCheck()
{
    QStringList order;
    Client signingIn;
    Client checking;
    m_gate.arm();
    const QJsonObject body{{QStringLiteral("user_name"), QStringLiteral("admin")},
                           {QStringLiteral("password"), QLatin1String(Fixture::AdminPassword)}};
    send(signingIn, "POST", QStringLiteral("/api/v1/auth/login"),
         QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(signingIn.reply, &QNetworkReply::finished, this,
            [&order] { order.append(QStringLiteral("sign-in")); });
    // The sign-in is at its worker, held there, when the health check is sent.
    QTRY_VERIFY_WITH_TIMEOUT(m_gate.entered(), 30000);

    send(checking, "GET", QStringLiteral("/api/v1/health"));
    connect(checking.reply, &QNetworkReply::finished, this,
            [&order] { order.append(QStringLiteral("health")); });
    QTRY_VERIFY_WITH_TIMEOUT(checking.finished, 30000);
    QCOMPARE(order, QStringList{QStringLiteral("health")});
    QCOMPARE(checking.status(), 200);
    QCOMPARE(checking.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    m_gate.reached.acquire();
    m_gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(signingIn.finished, 30000);
    QCOMPARE(order, (QStringList{QStringLiteral("health"), QStringLiteral("sign-in")}));
    QCOMPARE(signingIn.status(), 200);
    QVERIFY(!signingIn.json().value(QStringLiteral("token")).toString().isEmpty());
}

void tst_ServerThreads::clientGoneBeforeItsAnswerHarmsNothing()
{
    const QString token = signIn(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword));
    QVERIFY(!token.isEmpty());
    QStringList ids;
    const QByteArray push = pushBody(customers(3, QStringLiteral("gone"), &ids));

    Client leaving;
    m_gate.arm();
    send(leaving, "POST", QStringLiteral("/api/v1/sync/push"), push, Fixture::bearer(token));
    QTRY_VERIFY_WITH_TIMEOUT(m_gate.entered(), 30000);
    const int open = m_f.server->openConnections();
    QVERIFY(open >= 1);

    // The client hangs up while its push is held at the worker; the server notices.
    leaving.reply->abort();
    QTRY_COMPARE_WITH_TIMEOUT(m_f.server->openConnections(), open - 1, 30000);
    m_gate.reached.acquire();
    m_gate.release();

    // The push is still applied, once; its answer just has nobody to go to.
    QTRY_COMPARE_WITH_TIMEOUT(rowsHeld(ids), qint64(3), 30000);
    const Reply health = m_f.call("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    const Reply me = m_f.call("GET", QStringLiteral("/api/v1/me"), {}, Fixture::bearer(token));
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("user_name"))
                 .toString(),
             QStringLiteral("admin"));
    QCOMPARE(rowsHeld(ids), qint64(3));
}

void tst_ServerThreads::threadsIsAConfigKey()
{
    const QString path = m_f.dir.filePath(QStringLiteral("threads.json"));
    auto read = [&](const QByteArray &json) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Hearth::Core::Result<ServerConfig>(Hearth::Core::Error{QString(), path});
        file.write(json);
        file.close();
        return ServerConfig::fromFile(path);
    };
    const auto six = read(R"({"threads": 6})");
    QVERIFY(six);
    QCOMPARE(six->threads, 6);
    QVERIFY(!read(R"({"threads": 0})"));
    QVERIFY(!read(R"({"threads": 2.5})"));
    QCOMPARE(ServerConfig().threads, 0);
    // The fixture asked for 4.
    QCOMPARE(m_f.server->threadCount(), 4);
}

void tst_ServerThreads::sigtermLetsThePushInProgressFinish()
{
    // The real hearth-server binary; the stop does not depend on the engine, so SQLite.
    const QString db = QStringLiteral("sqlite://") + m_f.dir.filePath(QStringLiteral("term.db"));
    const QString password = QStringLiteral("Term-pass-123");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HEARTH_TEST_PG_URI"));
    env.insert(QStringLiteral("HEARTH_ADMIN_PASSWORD"), password);
    // The server's debug line "request ... taken: POST /api/v1/sync/push" says when the push
    // is in its hands.
    env.insert(QStringLiteral("QT_LOGGING_RULES"),
               QStringLiteral("hearth.*.info=true\nhearth.server.request.debug=true"));
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
                 QStringLiteral("--key"), m_f.files.key, QStringLiteral("--threads"),
                 QStringLiteral("2")});
    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0"
                                                             "\\.1:(\\d+)/"));
    QString out;
    QVERIFY(QTest::qWaitFor([&] {
        out += QString::fromUtf8(serve.readAllStandardOutput());
        return listening.match(out).hasMatch() || serve.state() == QProcess::NotRunning;
    }, 30000));
    const quint16 port = quint16(listening.match(out).captured(1).toUInt());
    QVERIFY2(port > 0, qPrintable(out));

    Client signing;
    send(signing, "POST", QStringLiteral("/api/v1/auth/login"),
         QJsonDocument(QJsonObject{{QStringLiteral("user_name"), QStringLiteral("boss")},
                                   {QStringLiteral("password"), password}})
             .toJson(QJsonDocument::Compact),
         {}, port);
    QTRY_VERIFY_WITH_TIMEOUT(signing.finished, 30000);
    QCOMPARE(signing.status(), 200);
    const QString token = signing.json().value(QStringLiteral("token")).toString();

    // A push of many rows, and SIGTERM as soon as the server has taken it.
    QStringList ids;
    const QByteArray push = pushBody(customers(400, QStringLiteral("term"), &ids));
    QVERIFY(push.size() < 1024 * 1024);
    Client pushing;
    send(pushing, "POST", QStringLiteral("/api/v1/sync/push"), push, Fixture::bearer(token),
         port);
    QString log;
    QTRY_VERIFY_WITH_TIMEOUT((log += QString::fromUtf8(serve.readAllStandardError()),
                              log.contains(QLatin1String("taken: POST /api/v1/sync/push"))),
                             30000);
    serve.terminate();

    QTRY_VERIFY_WITH_TIMEOUT(pushing.finished, 60000);
    QVERIFY(QTest::qWaitFor([&] { return serve.state() == QProcess::NotRunning; }, 60000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    log += QString::fromUtf8(serve.readAllStandardError());
    QVERIFY2(log.contains(QLatin1String("stopping on SIGTERM")), qPrintable(log));

    ServerStore store;
    const auto uri = DatabaseUri::parse(db);
    QVERIFY(uri);
    QVERIFY(store.open(*uri, ServerStore::OpenMode::Existing));
    qint64 held = 0;
    for (const QString &id : std::as_const(ids)) {
        QSqlQuery q = store.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_rows WHERE "
                                                   "row_id = ?"));
        q.addBindValue(id);
        QVERIFY(store.exec(q) && q.next());
        held += q.value(0).toLongLong();
    }
    // Taken before the signal, so finished and answered before the exit.
    QCOMPARE(pushing.status(), 200);
    QCOMPARE(pushing.json().value(QStringLiteral("results")).toArray().size(), 400);
    QCOMPARE(held, qint64(400));
}

QTEST_GUILESS_MAIN(tst_ServerThreads)
#include "tst_serverthreads.moc"
