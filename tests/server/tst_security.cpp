// The server against a hostile caller: tokens that expired, were revoked or belong to a user
// who was deactivated, on every signed-in route of ApiServer's table; lockout after repeated
// wrong passwords and its release; injection strings in every filter and path parameter, which
// must answer the same fixed statuses on SQLite and PostgreSQL, never 5xx and never a foreign
// row. On SQLite, or PostgreSQL by HEARTH_TEST_PG_URI.

#include "scopeworld.h"

#include "server/sessions.h"
#include "users/loginthrottle.h"
#include "users/passwordhasher.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUrl>

using namespace ServerTest;

namespace {

/// Routes anyone may call, and the one that takes a channel key instead of a token.
bool needsToken(const QString &route)
{
    static const QStringList open{"GET /api/v1/health", "GET /api/v1/version",
                                  "POST /api/v1/auth/login", "POST /api/v1/orders"};
    return !open.contains(route);
}

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// The hostile texts, by name.
QList<QPair<const char *, QString>> hostileTexts()
{
    return {
        {"quote or 1=1", "' OR 1=1 --"},
        {"drop table", "'; DROP TABLE sync_rows; --"},
        {"percent", "%"},
        {"underscore", "_"},
        {"like escape", "!%"},
        {"double quote", "\""},
        {"backslash", "\\"},
        {"json operator", "{\"$ne\": null}"},
        {"nul", QString(QChar(0)) + "x"},
        {"very long", QString(5000, u'x')},
        {"unicode", QString::fromUtf8("订单🙂\u202Eabc\u0301")},
    };
}

/// What a filter or path parameter does with a text it cannot use.
enum class Kind {
    Code,     // must be one of a list: always 400
    Number,   // 400
    Date,     // 400
    Search,   // searched as text: 200 and nothing found; 400 for NUL and over-long text
    PathId,   // 404 as an order nobody has; 400 for NUL and over-long text
    PathCode, // the same for a scanned code
};

struct Target
{
    const char *name;
    const char *path;  // %1 is where the text goes
    const char *field; // the parameter a 400 names
    Kind kind;
};

const QList<Target> &targets()
{
    static const QList<Target> list{
        {"orders status", "/api/v1/orders?status=%1", "status", Kind::Code},
        {"orders channel", "/api/v1/orders?channel=%1", "channel", Kind::Code},
        {"orders signed_from", "/api/v1/orders?signed_from=%1", "signed_from", Kind::Date},
        {"orders signed_to", "/api/v1/orders?signed_to=%1", "signed_to", Kind::Date},
        {"orders q", "/api/v1/orders?q=%1", "q", Kind::Search},
        {"orders page", "/api/v1/orders?page=%1", "page", Kind::Number},
        {"orders page_size", "/api/v1/orders?page_size=%1", "page_size", Kind::Number},
        {"export q", "/api/v1/orders/export?q=%1", "q", Kind::Search},
        {"export status", "/api/v1/orders/export?status=%1", "status", Kind::Code},
        {"export signed_to", "/api/v1/orders/export?signed_to=%1", "signed_to", Kind::Date},
        {"totals q", "/api/v1/reports/totals?q=%1", "q", Kind::Search},
        {"totals channel", "/api/v1/reports/totals?channel=%1", "channel", Kind::Code},
        {"totals signed_from", "/api/v1/reports/totals?signed_from=%1", "signed_from",
         Kind::Date},
        {"order id", "/api/v1/orders/%1", "id", Kind::PathId},
        {"scan code", "/api/v1/scan/%1", "code", Kind::PathCode},
        {"pull after", "/api/v1/sync/pull?after=%1", "after", Kind::Number},
        {"pull limit", "/api/v1/sync/pull?limit=%1", "limit", Kind::Number},
    };
    return list;
}

int expectedStatus(Kind kind, const QString &text)
{
    const bool unusable = text.contains(QChar(0)) || text.size() > 100;
    switch (kind) {
    case Kind::Code:
    case Kind::Number:
    case Kind::Date:
        return 400;
    case Kind::Search:
        return unusable ? 400 : 200;
    case Kind::PathId:
    case Kind::PathCode:
        return unusable ? 400 : 404;
    }
    return 0;
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void badTokensOnEveryRoute_data();
    void badTokensOnEveryRoute();
    void authorizationHeaderForms_data();
    void authorizationHeaderForms();
    void lockoutAndRelease();
    void injectionInEveryParameter_data();
    void injectionInEveryParameter();
    void injectionInNamesAndSignIn_data();
    void injectionInNamesAndSignIn();
    void injectionLeftTheDataAlone();

private:
    /// Each signed-in route of the table as a request: method, path with its parameters
    /// filled in, and an empty JSON body for a POST.
    QList<QPair<QByteArray, QString>> signedInRoutes() const;
    Reply send(const QByteArray &method, const QString &path,
               const QList<QPair<QByteArray, QByteArray>> &headers);

    Fixture m_f;
    std::unique_ptr<World> m_world;
    qint64 m_syncRows = 0;
    bool m_stale = true;
};

void tst_Security::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QLoggingCategory::setFilterRules(QStringLiteral("hearth.server.request.info=false"));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
    qInfo() << "security on" << (m_f.postgres() ? m_f.pgBase->display()
                                                : QStringLiteral("SQLite"));
    QVERIFY(m_f.start());
    m_world = std::make_unique<World>(m_f);
    QVERIFY(m_world->seed());
    m_syncRows = m_f.count("sync_rows");
    QVERIFY(m_syncRows > 0);
}

void tst_Security::init()
{
    // After a test that moved the clock or spent tokens, the next starts later, with fresh ones.
    if (m_stale) {
        m_f.now = m_f.now.addSecs(Accounts::LockoutMinutes * 60);
        QVERIFY(m_world->signInAll({"dealer_a", "store", "admin"}));
        m_stale = false;
    }
}

void tst_Security::cleanupTestCase()
{
    m_world.reset();
    m_f.stop();
}

QList<QPair<QByteArray, QString>> tst_Security::signedInRoutes() const
{
    static const QRegularExpression parameter(QStringLiteral("\\{[a-z_]+\\}"));
    const WorldOrder order = m_world->order(QStringLiteral("A1"));
    QList<QPair<QByteArray, QString>> list;
    for (const QString &route : ApiServer::routeList()) {
        if (!needsToken(route))
            continue;
        const qsizetype space = route.indexOf(u' ');
        QString path = route.mid(space + 1);
        path.replace(QStringLiteral("{code}"), order.orderNo);
        path.replace(parameter, order.id);
        list.append({route.left(space).toLatin1(), path});
    }
    return list;
}

Reply tst_Security::send(const QByteArray &method, const QString &path,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return m_f.call(method, path, method == "POST" ? QByteArray("{}") : QByteArray(), headers);
}

void tst_Security::badTokensOnEveryRoute_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("expired") << "expired";
    QTest::newRow("revoked by sign-out") << "revoked";
    QTest::newRow("user deactivated") << "deactivated";
    QTest::newRow("made up") << "made up";
}

void tst_Security::badTokensOnEveryRoute()
{
    QFETCH(QString, kind);
    m_stale = true;
    const WorldUser &dealer = m_world->user("dealer_a");
    QString token = dealer.token;
    QCOMPARE(m_f.call("GET", "/api/v1/orders", {}, Fixture::bearer(token)).status, 200);

    if (kind == "expired") {
        m_f.now = m_f.now.addSecs(Fixture::SessionSeconds + 1);
    } else if (kind == "revoked") {
        QCOMPARE(m_f.call("POST", "/api/v1/auth/logout", {}, Fixture::bearer(token)).status,
                 200);
    } else if (kind == "deactivated") {
        QSqlQuery q = m_f.store->prepare("UPDATE users SET active = 0 WHERE user_name = ?");
        q.addBindValue(dealer.userName);
        QVERIFY(m_f.store->exec(q));
    } else {
        token = Hearth::Server::Sessions::newSecret("hst_");
    }

    const QList<QPair<QByteArray, QString>> routes = signedInRoutes();
    QVERIFY(routes.size() >= 11);
    for (const auto &[method, path] : routes) {
        const Reply refused = send(method, path, Fixture::bearer(token));
        const Reply anonymous = send(method, path, {});
        const QString what = QString::fromLatin1(method) + u' ' + path;
        QVERIFY2(refused.status == 401,
                 qPrintable(what + " answered " + QString::number(refused.status)));
        QCOMPARE(refused.errorCode(), QStringLiteral("unauthorized"));
        QCOMPARE(refused.headers.value("www-authenticate"), QByteArray("Bearer"));
        // Nothing tells a dead token from none at all.
        QCOMPARE(refused.body, anonymous.body);
        QVERIFY2(m_world->leak(dealer, refused.body).isEmpty(), qPrintable(what));
    }

    if (kind == "deactivated") {
        // Nor may a deactivated user sign in again, with the right password.
        const Reply again = m_f.login(dealer.userName, dealer.password);
        QCOMPARE(again.status, 401);
        QSqlQuery q = m_f.store->prepare("UPDATE users SET active = 1 WHERE user_name = ?");
        q.addBindValue(dealer.userName);
        QVERIFY(m_f.store->exec(q));
    }
}

void tst_Security::authorizationHeaderForms_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    QTest::newRow("Bearer") << "Bearer %1" << 200;
    QTest::newRow("scheme in lower case") << "bearer %1" << 200;
    QTest::newRow("no scheme") << "%1" << 401;
    QTest::newRow("Basic") << "Basic %1" << 401;
    QTest::newRow("token with a quote or 1=1") << "Bearer %1' OR 1=1 --" << 401;
    QTest::newRow("quote or 1=1 alone") << "Bearer ' OR '1'='1" << 401;
    QTest::newRow("token cut short") << "Bearer %1<cut>" << 401;
    QTest::newRow("very long") << "Bearer " + QString(5000, u'a') << 401;
    QTest::newRow("empty") << "" << 401;
}

void tst_Security::authorizationHeaderForms()
{
    QFETCH(QString, form);
    QFETCH(int, status);
    const WorldUser &store = m_world->user("store");
    QString header = form.contains("%1") ? form.arg(store.token) : form;
    header.replace(store.token + "<cut>", store.token.chopped(1));
    const Reply r = m_f.call("GET", "/api/v1/orders", {},
                             {{"Authorization", header.toLatin1()}});
    QCOMPARE(r.status, status);
    QVERIFY(m_world->leak(store, r.body).isEmpty());
}

void tst_Security::lockoutAndRelease()
{
    using Hearth::Users::LoginThrottle;
    m_stale = true;
    const WorldUser &dealer = m_world->user("dealer_b");
    int failures = 0;
    for (; failures < Accounts::LockoutFailures; ++failures) {
        // Case and spaces do not make a new name to guess under.
        const QString name = failures % 2 ? dealer.userName.toUpper() + "  " : dealer.userName;
        const Reply wrong = m_f.login(name, "' OR 1=1 --" + QString::number(failures));
        QCOMPARE(wrong.status, 401);
        m_f.now = m_f.now.addSecs(LoginThrottle::delayAfter(failures + 1));
    }
    const Reply locked = m_f.login(dealer.userName, dealer.password);
    QCOMPARE(locked.status, 423);
    QCOMPARE(locked.errorCode(), QStringLiteral("locked"));
    QVERIFY(locked.headers.value("retry-after").toInt() > 0);
    QCOMPARE(m_f.login(dealer.userName.toUpper(), dealer.password).status, 423);
    // The lock is on the name, not on the others.
    QCOMPARE(m_f.login(m_world->user("dealer_a").userName, World::Password).status, 200);

    m_f.now = m_f.now.addSecs(locked.headers.value("retry-after").toInt());
    const Reply released = m_f.login(dealer.userName, dealer.password);
    QCOMPARE(released.status, 200);
    const QString token = released.json.value("token").toString();
    QCOMPARE(m_f.call("GET", "/api/v1/me", {}, Fixture::bearer(token)).status, 200);
}

void tst_Security::injectionInEveryParameter_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("status");
    for (const Target &t : targets()) {
        for (const auto &[name, text] : hostileTexts()) {
            const QString value = t.kind == Kind::PathId || t.kind == Kind::PathCode
                                      ? text.left(1000) : text;
            QTest::addRow("%s, %s", t.name, name)
                << QString::fromLatin1(t.path).arg(encoded(value))
                << QString::fromLatin1(t.field) << expectedStatus(t.kind, value);
        }
    }
}

void tst_Security::injectionInEveryParameter()
{
    QFETCH(QString, path);
    QFETCH(QString, field);
    QFETCH(int, status);
    // A store clerk holds every read permission and sees one store's orders.
    const WorldUser &store = m_world->user("store");
    const Reply r = m_world->get(store, path);
    QVERIFY2(r.status == status, qPrintable(QStringLiteral("answered %1, expected %2: %3")
                                                .arg(r.status).arg(status)
                                                .arg(QString::fromUtf8(r.body.left(300)))));
    QVERIFY2(m_world->leak(store, r.body).isEmpty(),
             qPrintable("foreign order in the answer: " + m_world->leak(store, r.body)));
    if (status == 400)
        QCOMPARE(r.errorField(), field);
    if (status == 404)
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
    if (status == 200 && path.contains("/api/v1/orders?"))
        QCOMPARE(r.json.value("total").toInteger(), 0);
    if (status == 200 && path.contains("/totals?"))
        QCOMPARE(r.json.value("count").toInteger(), 0);
    if (status == 200 && path.contains("/export?"))
        QCOMPARE(r.body.count("\r\n"), 1);  // the header alone
}

void tst_Security::injectionInNamesAndSignIn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("user");
    // A different user each time, so that no name collects enough failures to slow down.
    qsizetype i = 0;
    for (const auto &[name, text] : hostileTexts())
        QTest::newRow(name) << text << m_world->users.at(i++ % m_world->users.size()).userName;
}

void tst_Security::injectionInNamesAndSignIn()
{
    QFETCH(QString, text);
    QFETCH(QString, user);
    const WorldUser &store = m_world->user("store");
    // As a parameter's name: refused, and named as far as it can be shown.
    const Reply named = m_world->get(store, "/api/v1/orders?" + encoded(text) + "=1");
    QCOMPARE(named.status, 400);
    QCOMPARE(named.errorField(), text.left(100));
    // Given twice.
    const Reply twice = m_world->get(store, "/api/v1/orders?q=1&q=" + encoded(text));
    QCOMPARE(twice.status, 400);
    QCOMPARE(twice.errorField(), QStringLiteral("q"));
    // As a user name or a password: a wrong sign-in like any other.
    const Reply asName = m_f.login(text, "whatever-pass");
    if (text.contains(QChar(0))) {
        // A control character is no name at all.
        QCOMPARE(asName.status, 400);
        QCOMPARE(asName.errorField(), QStringLiteral("user_name"));
    } else {
        QCOMPARE(asName.status, 401);
    }
    const Reply asPassword = m_f.login(user, text);
    if (text.contains(QChar(0))) {
        QCOMPARE(asPassword.status, 400);
        QCOMPARE(asPassword.errorField(), QStringLiteral("password"));
    } else {
        QCOMPARE(asPassword.status, 401);
        QCOMPARE(asPassword.errorCode(), QStringLiteral("bad_credentials"));
    }
}

void tst_Security::injectionLeftTheDataAlone()
{
    QCOMPARE(m_f.count("sync_rows"), m_syncRows);
    const Reply r = m_world->get(m_world->user("admin"), "/api/v1/reports/totals");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("count").toInteger(), 7);
}

QTEST_GUILESS_MAIN(tst_Security)
#include "tst_security.moc"
