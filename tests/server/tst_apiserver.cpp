#include "serverfixture.h"

#include "server/requestlog.h"
#include "server/servertime.h"
#include "server/sessions.h"
#include "users/loginthrottle.h"
#include "users/passwordhasher.h"

#include <QJsonArray>
#include <QMutex>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace ServerTest;

namespace {

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category).startsWith("hearth.server")) {
        const QMutexLocker lock(&logMutex);
        logLines.append(QLatin1String(context.category) + u' ' + message);
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList takeLog()
{
    const QMutexLocker lock(&logMutex);
    return std::exchange(logLines, {});
}

} // namespace

class tst_ApiServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void healthAndVersion();
    void plainHttpIsRefused();
    void startRefusedWithoutCertificate();
    void unknownRouteAndMethod();
    void requestLogHasNoSecrets();
    void requestLogCannotBeForged();

    void loginMeLogout();
    void tokenExpires();
    void badTokensAreRefused_data();
    void badTokensAreRefused();
    void wrongPasswordsSlowDownThenLock();
    void adminAddsUnitsAndUsers();
    void adminRequestsAreChecked_data();
    void adminRequestsAreChecked();
    void clerkMayNotAddUsers();

    void malformedJsonNamesThePosition();
    void loginFieldsAreChecked_data();
    void loginFieldsAreChecked();

private:
    Fixture m_f;
};

void tst_ApiServer::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0-test"));
    QVERIFY(m_f.setUp());
    qInfo() << "server tests on" << (m_f.postgres() ? m_f.pgBase->display()
                                                    : QStringLiteral("SQLite"));
    previousHandler = qInstallMessageHandler(captureLog);
}

void tst_ApiServer::init()
{
    QVERIFY(m_f.start());
    takeLog();
}

void tst_ApiServer::cleanup()
{
    m_f.stop();
}

void tst_ApiServer::healthAndVersion()
{
    const Reply health = m_f.call("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.json.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.headers.value("content-type"), QByteArrayLiteral("application/json"));

    const Reply version = m_f.call("GET", QStringLiteral("/api/v1/version"));
    QCOMPARE(version.status, 200);
    QCOMPARE(version.json.value(QStringLiteral("name")).toString(),
             QStringLiteral("hearth-server"));
    QCOMPARE(version.json.value(QStringLiteral("version")).toString(),
             QStringLiteral("0.1.0-test"));
    QCOMPARE(version.json.value(QStringLiteral("schema")).toInt(),
             ServerStore::latestSchemaVersion());
    QCOMPARE(version.json.value(QStringLiteral("database")).toString(),
             m_f.postgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
}

void tst_ApiServer::plainHttpIsRefused()
{
    const Reply plain = [&] {
        QNetworkRequest request(m_f.url(QStringLiteral("/api/v1/health"),
                                         QStringLiteral("http")));
        QNetworkReply *reply = m_f.network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        reply->deleteLater();
        return r;
    }();
    QCOMPARE(plain.status, 0);
    QVERIFY(plain.error != QNetworkReply::NoError);
    QVERIFY(plain.body.isEmpty());

    // The same by hand: a plain request gets no HTTP answer, only a closed connection.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_f.server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(),
                              socket.state() == QAbstractSocket::UnconnectedState),
                             15000);
    answer += socket.readAll();
    QVERIFY2(!answer.contains("HTTP/1."), answer.constData());
    QVERIFY(!answer.contains("\"status\""));
}

void tst_ApiServer::startRefusedWithoutCertificate()
{
    ServerConfig config;
    config.port = 0;
    ApiServer bare(*m_f.store, config);
    const Hearth::Core::Status started = bare.start();
    QVERIFY(!started.ok());
    QVERIFY2(started.error().message.contains(QLatin1String("gen-cert")),
             qPrintable(started.error().message));
    QCOMPARE(bare.port(), quint16(0));

    config.certificatePath = m_f.files.key;  // a key is not a certificate
    config.keyPath = m_f.files.key;
    ApiServer wrong(*m_f.store, config);
    const Hearth::Core::Status refused = wrong.start();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().where, m_f.files.key);
}

void tst_ApiServer::unknownRouteAndMethod()
{
    const Reply missing = m_f.call("GET", QStringLiteral("/api/v1/nothing-here"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("not_found"));

    const Reply wrongMethod = m_f.call("GET", QStringLiteral("/api/v1/auth/login"));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.headers.value("allow"), QByteArrayLiteral("POST"));
}

void tst_ApiServer::requestLogHasNoSecrets()
{
    const Reply signedIn = m_f.login(QStringLiteral("clerk.li"),
                                     QLatin1String(Fixture::ClerkPassword));
    QCOMPARE(signedIn.status, 200);
    const QString token = signedIn.json.value(QStringLiteral("token")).toString();
    QVERIFY(token.size() > 40);
    const Reply me = m_f.call("GET", QStringLiteral("/api/v1/me?token=") + token, {},
                              Fixture::bearer(token));
    QCOMPARE(me.status, 200);
    const Reply wrong = m_f.login(QStringLiteral("admin"), QStringLiteral("Wr0ng-secret-pw"));
    QCOMPARE(wrong.status, 401);
    // No dealer of the order's code exists here: the order comes without one.
    QJsonObject body = Fixture::order();
    body.remove(QStringLiteral("dealer_code"));
    const Reply order = m_f.postJson(QStringLiteral("/api/v1/orders"), body,
                                     m_f.intakeHeaders("log-test-1"));
    QCOMPARE(order.status, 201);

    const QStringList lines = takeLog().filter(QStringLiteral("hearth.server.request "));
    QCOMPARE(lines.size(), 4);
    static const QRegularExpression shape(QStringLiteral(
        "^hearth\\.server\\.request request id=([0-9a-f]{12}) user=(\\S+) method=(GET|POST) "
        "route=(\\S+) status=(\\d{3}) ms=\\d+$"));
    const QList<QStringList> expected{
        {QStringLiteral("clerk.li"), QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"),
         QStringLiteral("200")},
        {QStringLiteral("clerk.li"), QStringLiteral("GET"), QStringLiteral("/api/v1/me"),
         QStringLiteral("200")},
        {QStringLiteral("-"), QStringLiteral("POST"), QStringLiteral("/api/v1/auth/login"),
         QStringLiteral("401")},
        {QStringLiteral("channel:dealer-erp"), QStringLiteral("POST"),
         QStringLiteral("/api/v1/orders"), QStringLiteral("201")}};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = shape.match(lines[i]);
        QVERIFY2(m.hasMatch(), qPrintable(lines[i]));
        QCOMPARE(QStringList({m.captured(2), m.captured(3), m.captured(4), m.captured(5)}),
                 expected[i]);
    }
    QCOMPARE(lines[3].section(u' ', 2, 2), QStringLiteral("id=")
                                               + QString::fromLatin1(
                                                   order.headers.value("x-request-id")));

    const QStringList everything = takeLog() + lines;
    const QStringList secrets{QLatin1String(Fixture::ClerkPassword),
                              QStringLiteral("Wr0ng-secret-pw"), token, m_f.channelKey};
    for (const QString &secret : secrets) {
        for (const QString &line : everything)
            QVERIFY2(!line.contains(secret), qPrintable(line));
    }
}

void tst_ApiServer::requestLogCannotBeForged()
{
    const Reply forged = m_f.call("GET", QStringLiteral("/api/v1/x%0Arequest%20id=0%20user=admin"));
    QCOMPARE(forged.status, 404);
    const QStringList lines = takeLog().filter(QStringLiteral("hearth.server.request "));
    QCOMPARE(lines.size(), 1);
    QVERIFY2(!lines[0].contains(u'\n'), qPrintable(lines[0]));
    QCOMPARE(lines[0].count(QLatin1String(" user=")), 1);
    QVERIFY2(lines[0].contains(QLatin1String("route=/api/v1/x?request?id=0?user=admin status=404")),
             qPrintable(lines[0]));
}

void tst_ApiServer::loginMeLogout()
{
    const Reply signedIn = m_f.login(QStringLiteral("clerk.li"),
                                     QLatin1String(Fixture::ClerkPassword));
    QCOMPARE(signedIn.status, 200);
    const QString token = signedIn.json.value(QStringLiteral("token")).toString();
    QVERIFY(token.startsWith(QLatin1String("hst_")));
    QCOMPARE(ServerTime::parse(signedIn.json.value(QStringLiteral("expires_at")).toString()),
             m_f.now.addSecs(Fixture::SessionSeconds));

    // Only a hash of the token is stored.
    QSqlQuery stored = m_f.store->prepare(QStringLiteral("SELECT token_hash FROM sessions"));
    QVERIFY(m_f.store->exec(stored) && stored.next());
    QCOMPARE(stored.value(0).toString(), Sessions::hashOf(token));
    QVERIFY(stored.value(0).toString() != token);

    const Reply me = m_f.call("GET", QStringLiteral("/api/v1/me"), {}, Fixture::bearer(token));
    QCOMPARE(me.status, 200);
    const QJsonObject user = me.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("user_name")).toString(), QStringLiteral("clerk.li"));
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("李文员"));
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("clerk"));
    const QStringList permissions = user.value(QStringLiteral("permissions")).toVariant()
                                        .toStringList();
    QCOMPARE(permissions, Hearth::Users::Roles::permissions(Hearth::Users::Role::Clerk));
    QVERIFY(permissions.contains(QStringLiteral("orders.write")));
    QVERIFY(!permissions.contains(QStringLiteral("users.admin")));
    const QJsonObject unit = user.value(QStringLiteral("org_unit")).toObject();
    QCOMPARE(unit.value(QStringLiteral("kind")).toString(), QStringLiteral("store"));
    QCOMPARE(unit.value(QStringLiteral("code")).toString(), m_f.clerkUnitCode);

    const Reply out = m_f.call("POST", QStringLiteral("/api/v1/auth/logout"), {},
                               Fixture::bearer(token));
    QCOMPARE(out.status, 200);
    const Reply after = m_f.call("GET", QStringLiteral("/api/v1/me"), {},
                                 Fixture::bearer(token));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorField(), QStringLiteral("Authorization"));
    QCOMPARE(m_f.call("POST", QStringLiteral("/api/v1/auth/logout"), {},
                      Fixture::bearer(token)).status, 401);

    // A new sign-in is a new token; the revoked one stays revoked.
    const Reply again = m_f.login(QStringLiteral("CLERK.LI"),
                                  QLatin1String(Fixture::ClerkPassword));
    QCOMPARE(again.status, 401);  // user names are exact; the throttle key is not
    const Reply exact = m_f.login(QStringLiteral("clerk.li"),
                                  QLatin1String(Fixture::ClerkPassword));
    QCOMPARE(exact.status, 200);
    QVERIFY(exact.json.value(QStringLiteral("token")).toString() != token);
}

void tst_ApiServer::tokenExpires()
{
    const Reply signedIn = m_f.login(QStringLiteral("admin"),
                                     QLatin1String(Fixture::AdminPassword));
    QCOMPARE(signedIn.status, 200);
    const QString token = signedIn.json.value(QStringLiteral("token")).toString();
    const QDateTime issued = m_f.now;

    m_f.now = issued.addSecs(Fixture::SessionSeconds - 1);
    QCOMPARE(m_f.call("GET", QStringLiteral("/api/v1/me"), {}, Fixture::bearer(token)).status,
             200);
    m_f.now = issued.addSecs(Fixture::SessionSeconds);
    QCOMPARE(m_f.call("GET", QStringLiteral("/api/v1/me"), {}, Fixture::bearer(token)).status,
             401);
}

void tst_ApiServer::badTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("garbage") << QByteArrayLiteral("Bearer hst_not-a-token");
    QTest::newRow("empty bearer") << QByteArrayLiteral("Bearer ");
    QTest::newRow("basic") << QByteArrayLiteral("Basic YWRtaW46QWRtMW4tcGFzcy13b3Jk");
    QTest::newRow("injection") << QByteArrayLiteral("Bearer ' OR '1'='1");
    QTest::newRow("token hash") << QByteArray();  // filled in below: the stored hash itself
}

void tst_ApiServer::badTokensAreRefused()
{
    QFETCH(QByteArray, authorization);
    const Reply signedIn = m_f.login(QStringLiteral("admin"),
                                     QLatin1String(Fixture::AdminPassword));
    QCOMPARE(signedIn.status, 200);
    if (QByteArray(QTest::currentDataTag()) == "token hash") {
        authorization = "Bearer " + Sessions::hashOf(
                                        signedIn.json.value(QStringLiteral("token")).toString())
                                        .toLatin1();
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!authorization.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), authorization});
    const Reply me = m_f.call("GET", QStringLiteral("/api/v1/me"), {}, headers);
    QCOMPARE(me.status, 401);
    QCOMPARE(me.headers.value("www-authenticate"), QByteArrayLiteral("Bearer"));
    QVERIFY(!me.json.contains(QStringLiteral("user")));
}

void tst_ApiServer::wrongPasswordsSlowDownThenLock()
{
    using Hearth::Users::LoginThrottle;
    const QString name = QStringLiteral("clerk.li");
    const QString right = QLatin1String(Fixture::ClerkPassword);
    int failures = 0;
    for (; failures < LoginThrottle::FreeAttempts; ++failures)
        QCOMPARE(m_f.login(name, QStringLiteral("guess-%1").arg(failures)).status, 401);

    // After the free attempts, each further try must wait, the right password too.
    Reply early = m_f.login(name, right);
    QCOMPARE(early.status, 429);
    QCOMPARE(early.headers.value("retry-after").toInt(),
             LoginThrottle::delayAfter(LoginThrottle::FreeAttempts));

    while (failures < Accounts::LockoutFailures) {
        m_f.now = m_f.now.addSecs(LoginThrottle::delayAfter(failures));
        QCOMPARE(m_f.login(name, QStringLiteral("guess-%1").arg(failures)).status, 401);
        ++failures;
        if (failures < Accounts::LockoutFailures) {
            const Reply waiting = m_f.login(name, right);
            QCOMPARE(waiting.status, 429);
            QCOMPARE(waiting.headers.value("retry-after").toInt(),
                     LoginThrottle::delayAfter(failures));
        }
    }

    // Locked: even the right password, after the slow-down has passed, is refused for a while.
    m_f.now = m_f.now.addSecs(LoginThrottle::MaxDelaySeconds);
    const Reply locked = m_f.login(name, right);
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.errorCode(), QStringLiteral("locked"));
    QCOMPARE(locked.headers.value("retry-after").toInt(),
             Accounts::LockoutMinutes * 60 - LoginThrottle::MaxDelaySeconds);

    // Another user is not affected, and an unknown name is throttled the same way.
    QCOMPARE(m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword)).status,
             200);
    for (int i = 0; i < LoginThrottle::FreeAttempts; ++i)
        QCOMPARE(m_f.login(QStringLiteral("nobody"), QStringLiteral("x-guess-1")).status, 401);
    QCOMPARE(m_f.login(QStringLiteral("nobody"), QStringLiteral("x-guess-1")).status, 429);

    m_f.now = m_f.now.addSecs(Accounts::LockoutMinutes * 60);
    const Reply unlocked = m_f.login(name, right);
    QCOMPARE(unlocked.status, 200);
    // A good sign-in clears the count: the next wrong password is a free attempt again.
    QCOMPARE(m_f.login(name, QStringLiteral("guess-again")).status, 401);
    QCOMPARE(m_f.login(name, right).status, 200);
}

void tst_ApiServer::adminAddsUnitsAndUsers()
{
    const Reply admin = m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword));
    const auto auth = Fixture::bearer(admin.json.value(QStringLiteral("token")).toString());
    const Reply unit = m_f.postJson(QStringLiteral("/api/v1/org-units"),
                                    {{QStringLiteral("kind"), QStringLiteral("dealer")},
                                     {QStringLiteral("code"), QStringLiteral("D-SZ-07")},
                                     {QStringLiteral("name"), QStringLiteral("深圳经销商")},
                                     {QStringLiteral("parent_code"), QStringLiteral("HQ")}},
                                    auth);
    QCOMPARE(unit.status, 201);
    QCOMPARE(unit.json.value(QStringLiteral("org_unit")).toObject()
                 .value(QStringLiteral("kind")).toString(), QStringLiteral("dealer"));
    const Reply user = m_f.postJson(QStringLiteral("/api/v1/users"),
                                    {{QStringLiteral("user_name"), QStringLiteral("dealer.zhang")},
                                     {QStringLiteral("display_name"), QStringLiteral("张经理")},
                                     {QStringLiteral("role"), QStringLiteral("dealer")},
                                     {QStringLiteral("password"), QStringLiteral("Dealer-pass-1")},
                                     {QStringLiteral("org_unit_code"), QStringLiteral("D-SZ-07")}},
                                    auth);
    QCOMPARE(user.status, 201);
    QVERIFY(!user.body.contains("Dealer-pass-1"));
    QVERIFY(!user.body.contains("argon2"));

    // The administrator lists them: units by code, users by name, no password hashes.
    const Reply units = m_f.call("GET", QStringLiteral("/api/v1/org-units"), {}, auth);
    QCOMPARE(units.status, 200);
    QStringList codes;
    for (const QJsonValue &u : units.json.value(QStringLiteral("org_units")).toArray())
        codes.append(u.toObject().value(QStringLiteral("code")).toString());
    QCOMPARE(codes, (QStringList{QStringLiteral("D-SZ-07"), QStringLiteral("HQ"),
                                 QStringLiteral("STORE-SZ-01")}));
    const Reply users = m_f.call("GET", QStringLiteral("/api/v1/users"), {}, auth);
    QCOMPARE(users.status, 200);
    QStringList names;
    for (const QJsonValue &u : users.json.value(QStringLiteral("users")).toArray())
        names.append(u.toObject().value(QStringLiteral("user_name")).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("admin"), QStringLiteral("clerk.li"),
                                 QStringLiteral("dealer.zhang")}));
    QVERIFY(!users.body.contains("argon2"));

    const Reply dealer = m_f.login(QStringLiteral("dealer.zhang"), QStringLiteral("Dealer-pass-1"));
    QCOMPARE(dealer.status, 200);
    // A dealer may not list the company's people.
    const auto dealerAuth = Fixture::bearer(dealer.json.value(QStringLiteral("token")).toString());
    QCOMPARE(m_f.call("GET", QStringLiteral("/api/v1/users"), {}, dealerAuth).status, 403);
    QCOMPARE(m_f.call("GET", QStringLiteral("/api/v1/org-units"), {}, dealerAuth).status, 403);
    const QJsonObject me = dealer.json.value(QStringLiteral("user")).toObject();
    QCOMPARE(me.value(QStringLiteral("role")).toString(), QStringLiteral("dealer"));
    QCOMPARE(me.value(QStringLiteral("permissions")).toVariant().toStringList(),
             Hearth::Users::Roles::permissions(Hearth::Users::Role::Dealer));
    const QJsonObject dealerUnit = me.value(QStringLiteral("org_unit")).toObject();
    QCOMPARE(dealerUnit.value(QStringLiteral("code")).toString(), QStringLiteral("D-SZ-07"));
    QCOMPARE(dealerUnit.value(QStringLiteral("name")).toString(), QStringLiteral("深圳经销商"));

    // The dealer is no administrator.
    const Reply refused = m_f.postJson(
        QStringLiteral("/api/v1/users"),
        {{QStringLiteral("user_name"), QStringLiteral("dealer.wang")},
         {QStringLiteral("role"), QStringLiteral("admin")},
         {QStringLiteral("password"), QStringLiteral("Dealer-pass-2")}},
        Fixture::bearer(dealer.json.value(QStringLiteral("token")).toString()));
    QCOMPARE(refused.status, 403);
    QCOMPARE(m_f.count(QStringLiteral("users")), 3);
}

void tst_ApiServer::adminRequestsAreChecked_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");
    const QString users = QStringLiteral("/api/v1/users");
    const QString units = QStringLiteral("/api/v1/org-units");
    auto user = [](const QString &name, const QString &role, const QString &password) {
        return QJsonObject{{QStringLiteral("user_name"), name}, {QStringLiteral("role"), role},
                           {QStringLiteral("password"), password}};
    };
    QTest::newRow("name taken") << users << user(QStringLiteral("clerk.li"),
                                                 QStringLiteral("clerk"),
                                                 QStringLiteral("Long-enough-1"))
                                << 409 << QStringLiteral("user_name");
    // Two people whose names differ only in case would sign in as each other by mistake.
    QTest::newRow("name taken in other case") << users << user(QStringLiteral("Clerk.LI"),
                                                               QStringLiteral("clerk"),
                                                               QStringLiteral("Long-enough-1"))
                                              << 409 << QStringLiteral("user_name");
    QTest::newRow("unknown role") << users << user(QStringLiteral("new.one"),
                                                   QStringLiteral("emperor"),
                                                   QStringLiteral("Long-enough-1"))
                                  << 422 << QStringLiteral("role");
    QTest::newRow("short password") << users << user(QStringLiteral("new.one"),
                                                     QStringLiteral("clerk"),
                                                     QStringLiteral("short"))
                                    << 422 << QStringLiteral("password");
    QTest::newRow("spaces in name") << users << user(QStringLiteral("new one"),
                                                     QStringLiteral("clerk"),
                                                     QStringLiteral("Long-enough-1"))
                                    << 422 << QStringLiteral("user_name");
    QJsonObject unknownUnit = user(QStringLiteral("new.one"), QStringLiteral("clerk"),
                                   QStringLiteral("Long-enough-1"));
    unknownUnit.insert(QStringLiteral("org_unit_code"), QStringLiteral("NOWHERE"));
    QTest::newRow("unknown unit") << users << unknownUnit << 422
                                  << QStringLiteral("org_unit_code");
    QJsonObject extra = user(QStringLiteral("new.one"), QStringLiteral("clerk"),
                             QStringLiteral("Long-enough-1"));
    extra.insert(QStringLiteral("is_admin"), true);
    QTest::newRow("unknown field") << users << extra << 400 << QStringLiteral("is_admin");
    auto unit = [](const QString &kind, const QString &code) {
        return QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("code"), code},
                           {QStringLiteral("name"), QStringLiteral("x")}};
    };
    QTest::newRow("unit code taken") << units << unit(QStringLiteral("store"),
                                                      QStringLiteral("HQ"))
                                     << 409 << QStringLiteral("code");
    QTest::newRow("unknown kind") << units << unit(QStringLiteral("castle"),
                                                   QStringLiteral("C-1"))
                                  << 422 << QStringLiteral("kind");
    QJsonObject orphan = unit(QStringLiteral("store"), QStringLiteral("S-2"));
    orphan.insert(QStringLiteral("parent_code"), QStringLiteral("NOWHERE"));
    QTest::newRow("unknown parent") << units << orphan << 422 << QStringLiteral("parent_code");
}

void tst_ApiServer::adminRequestsAreChecked()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    const Reply admin = m_f.login(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword));
    const Reply refused = m_f.postJson(path, body, Fixture::bearer(
                                                       admin.json.value(QStringLiteral("token"))
                                                           .toString()));
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.errorField(), field);
    QCOMPARE(m_f.count(QStringLiteral("users")), 2);
    QCOMPARE(m_f.count(QStringLiteral("org_units")), 2);
}

void tst_ApiServer::clerkMayNotAddUsers()
{
    const QJsonObject body{{QStringLiteral("user_name"), QStringLiteral("sneaky")},
                           {QStringLiteral("role"), QStringLiteral("admin")},
                           {QStringLiteral("password"), QStringLiteral("Sneaky-pass-1")}};
    QCOMPARE(m_f.postJson(QStringLiteral("/api/v1/users"), body).status, 401);
    const Reply clerk = m_f.login(QStringLiteral("clerk.li"),
                                  QLatin1String(Fixture::ClerkPassword));
    const Reply refused = m_f.postJson(QStringLiteral("/api/v1/users"), body,
                                       Fixture::bearer(clerk.json.value(QStringLiteral("token"))
                                                           .toString()));
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.errorMessage().contains(QLatin1String("users.admin")));
    QCOMPARE(m_f.count(QStringLiteral("users")), 2);
    QCOMPARE(m_f.login(QStringLiteral("sneaky"), QStringLiteral("Sneaky-pass-1")).status, 401);
}

void tst_ApiServer::malformedJsonNamesThePosition()
{
    const Reply broken = m_f.call("POST", QStringLiteral("/api/v1/auth/login"),
                                  "{\n  \"user_name\": \"admin\",\n  \"password\": 'x'\n}");
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.errorCode(), QStringLiteral("malformed_json"));
    const QJsonObject error = broken.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("line")).toInt(), 3);
    QVERIFY2(broken.errorMessage().contains(QLatin1String("line 3")),
             qPrintable(broken.errorMessage()));

    QCOMPARE(m_f.call("POST", QStringLiteral("/api/v1/auth/login"), "[1, 2]").status, 400);
    QCOMPARE(m_f.call("POST", QStringLiteral("/api/v1/auth/login"), "").status, 400);
    QCOMPARE(m_f.count(QStringLiteral("login_failures")), 0);
}

void tst_ApiServer::loginFieldsAreChecked_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown field") << QByteArrayLiteral(
        "{\"user_name\":\"admin\",\"password\":\"x\",\"remember_me\":true}")
                                   << QStringLiteral("remember_me");
    QTest::newRow("number for a name") << QByteArrayLiteral(
        "{\"user_name\":42,\"password\":\"x\"}") << QStringLiteral("user_name");
    QTest::newRow("missing password") << QByteArrayLiteral("{\"user_name\":\"admin\"}")
                                      << QStringLiteral("password");
    QTest::newRow("null password") << QByteArrayLiteral(
        "{\"user_name\":\"admin\",\"password\":null}") << QStringLiteral("password");
}

void tst_ApiServer::loginFieldsAreChecked()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const Reply refused = m_f.call("POST", QStringLiteral("/api/v1/auth/login"), body);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorField(), field);
    QVERIFY(refused.errorMessage().startsWith(field + QStringLiteral(": ")));
    QCOMPARE(m_f.count(QStringLiteral("sessions")), 0);
}

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"
