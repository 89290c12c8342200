// Row scope on every route: users of every role walk every route of ApiServer's table against
// orders of two dealers, two stores and head office, and no body may hold a number, customer or
// amount of an order outside the user's scope. A route added to the table fails
// everyRouteHasARow until the matrix below has a row for it. On SQLite, or PostgreSQL by
// HEARTH_TEST_PG_URI.

#include "scopeworld.h"

#include "users/passwordhasher.h"
#include "users/permissions.h"

#include <QUrl>
#include <QUuid>

#include <functional>

using namespace ServerTest;
using Hearth::Users::Permissions;

namespace {

/// One request of the matrix and what it must answer.
struct Probe
{
    QByteArray method;
    QString path;
    QByteArray body;
    int status = 0;
    QList<QByteArray> mustShow;  // texts the body must hold (what the user may see)
    /// A further check of the answer; returns what is wrong, or empty.
    std::function<QString(const Reply &)> check;
    bool withToken = true;
    QList<QPair<QByteArray, QByteArray>> headers = {};
};

using MakeProbe = std::function<Probe(World &, const WorldUser &)>;

struct RouteRow
{
    const char *route;  // as ApiServer::routeList() names it
    const char *variant;
    MakeProbe make;
};

int allowed(const WorldUser &u, const char *permission, int ok)
{
    return u.grants(permission) ? ok : 403;
}

/// The installers' routes of the field API: ok for an installer, 403 for every other role.
int installerOnly(const WorldUser &u, int ok)
{
    return u.role == Hearth::Users::Role::Installer ? ok : 403;
}

QString encoded(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QList<QByteArray> orderNumbers(const QList<WorldOrder> &orders)
{
    QList<QByteArray> list;
    for (const WorldOrder &o : orders)
        list.append(o.orderNo.toUtf8());
    return list;
}

/// A check that a JSON number member equals what the user may see.
std::function<QString(const Reply &)> countIs(const char *member, qint64 expected)
{
    return [member, expected](const Reply &r) -> QString {
        if (r.status != 200)
            return {};
        const qint64 got = r.json.value(QLatin1String(member)).toInteger(-1);
        return got == expected ? QString()
                               : QStringLiteral("%1 is %2, expected %3")
                                     .arg(QLatin1String(member)).arg(got).arg(expected);
    };
}

/// Every route with the probes that walk it; adding a route to the server is one row here.
const QList<RouteRow> &matrix()
{
    static const QList<RouteRow> rows{
        {"GET /api/v1/health", "", [](World &, const WorldUser &) {
             return Probe{"GET", "/api/v1/health", {}, 200, {}, {}};
         }},
        {"GET /api/v1/version", "", [](World &, const WorldUser &) {
             return Probe{"GET", "/api/v1/version", {}, 200, {}, {}};
         }},
        {"POST /api/v1/auth/login", "", [](World &, const WorldUser &u) {
             const QJsonObject body{{"user_name", u.userName}, {"password", u.password}};
             return Probe{"POST", "/api/v1/auth/login", QJsonDocument(body).toJson(), 200,
                          {u.userName.toUtf8()}, {}, false};
         }},
        {"POST /api/v1/auth/logout", "", [](World &w, const WorldUser &u) {
             Probe p{"POST", "/api/v1/auth/logout", {}, 200, {}, {}, false};
             const Reply fresh = w.f.login(u.userName, u.password);
             p.headers = Fixture::bearer(fresh.json.value("token").toString());
             return p;
         }},
        {"GET /api/v1/me", "", [](World &, const WorldUser &u) {
             return Probe{"GET", "/api/v1/me", {}, 200, {u.userName.toUtf8()}, {}};
         }},
        {"POST /api/v1/org-units", "", [](World &, const WorldUser &u) {
             const QJsonObject body{{"kind", "store"}, {"code", "M-" + u.key},
                                    {"name", "矩阵门店"}};
             return Probe{"POST", "/api/v1/org-units", QJsonDocument(body).toJson(),
                          allowed(u, Permissions::UsersAdmin, 201), {}, {}};
         }},
        {"POST /api/v1/users", "", [](World &, const WorldUser &u) {
             const QJsonObject body{{"user_name", "m." + u.key}, {"role", "clerk"},
                                    {"password", "Matr1x-pass-word"}};
             return Probe{"POST", "/api/v1/users", QJsonDocument(body).toJson(),
                          allowed(u, Permissions::UsersAdmin, 201), {}, {}};
         }},
        {"GET /api/v1/org-units", "", [](World &, const WorldUser &u) {
             return Probe{"GET", "/api/v1/org-units", {},
                          allowed(u, Permissions::UsersAdmin, 200), {}, {}};
         }},
        {"GET /api/v1/users", "", [](World &, const WorldUser &u) {
             // Only an administrator reads the people of every unit.
             return Probe{"GET", "/api/v1/users", {}, allowed(u, Permissions::UsersAdmin, 200),
                          {}, {}};
         }},
        {"POST /api/v1/orders", "a user's token is no channel key",
         [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/orders",
                          QJsonDocument(Fixture::order("M-" + u.key)).toJson(), 401, {}, {}};
         }},
        {"GET /api/v1/orders", "", [](World &w, const WorldUser &u) {
             const QList<WorldOrder> visible = w.liveVisible(u);
             return Probe{"GET", "/api/v1/orders?page_size=500",
                          {}, allowed(u, Permissions::OrdersRead, 200), orderNumbers(visible),
                          countIs("total", visible.size())};
         }},
        {"GET /api/v1/orders", "search for a foreign order", [](World &w, const WorldUser &u) {
             const WorldOrder foreign = w.foreignTo(u);
             return Probe{"GET", "/api/v1/orders?q=" + encoded(foreign.orderNo), {},
                          allowed(u, Permissions::OrdersRead, 200), {}, countIs("total", 0)};
         }},
        {"GET /api/v1/orders", "search for a foreign customer",
         [](World &w, const WorldUser &u) {
             const WorldOrder foreign = w.foreignTo(u);
             return Probe{"GET", "/api/v1/orders?q=" + encoded(foreign.customerName), {},
                          allowed(u, Permissions::OrdersRead, 200), {}, countIs("total", 0)};
         }},
        {"GET /api/v1/orders/export", "", [](World &w, const WorldUser &u) {
             return Probe{"GET", "/api/v1/orders/export", {},
                          allowed(u, Permissions::OrdersExport, 200),
                          orderNumbers(w.liveVisible(u)), {}};
         }},
        {"GET /api/v1/orders/{id}", "visible", [](World &w, const WorldUser &u) {
             const WorldOrder o = w.visibleTo(u);
             return Probe{"GET", "/api/v1/orders/" + o.id, {},
                          allowed(u, Permissions::OrdersRead, 200),
                          {o.orderNo.toUtf8(), o.customerName.toUtf8()}, {}};
         }},
        {"GET /api/v1/orders/{id}", "foreign", [](World &w, const WorldUser &u) {
             return Probe{"GET", "/api/v1/orders/" + w.foreignTo(u).id, {},
                          allowed(u, Permissions::OrdersRead, 404), {}, {}};
         }},
        {"GET /api/v1/reports/totals", "", [](World &w, const WorldUser &u) {
             const QList<WorldOrder> visible = w.liveVisible(u);
             qint64 sum = 0;
             for (const WorldOrder &o : visible)
                 sum += o.totalMicros;
             Probe p{"GET", "/api/v1/reports/totals", {},
                     allowed(u, Permissions::ReportsRead, 200), {}, {}};
             p.check = [count = visible.size(), sum](const Reply &r) -> QString {
                 if (r.status != 200)
                     return {};
                 if (r.json.value("count").toInteger() != count)
                     return QStringLiteral("count %1, expected %2")
                         .arg(r.json.value("count").toInteger()).arg(count);
                 if (r.json.value("total_micros").toString() != QString::number(sum))
                     return "total_micros " + r.json.value("total_micros").toString()
                            + ", expected " + QString::number(sum);
                 return {};
             };
             return p;
         }},
        {"GET /api/v1/scan/{code}", "visible order number", [](World &w, const WorldUser &u) {
             const WorldOrder o = w.visibleTo(u);
             return Probe{"GET", "/api/v1/scan/" + encoded(o.orderNo), {},
                          allowed(u, Permissions::OrdersRead, 200), {o.orderNo.toUtf8()}, {}};
         }},
        {"GET /api/v1/scan/{code}", "foreign order number", [](World &w, const WorldUser &u) {
             return Probe{"GET", "/api/v1/scan/" + encoded(w.foreignTo(u).orderNo), {},
                          allowed(u, Permissions::OrdersRead, 404), {}, {}};
         }},
        {"GET /api/v1/scan/{code}", "foreign channel order number",
         [](World &w, const WorldUser &u) {
             return Probe{"GET", "/api/v1/scan/" + encoded(w.foreignTo(u).channelOrderNo), {},
                          allowed(u, Permissions::OrdersRead, 404), {}, {}};
         }},
        {"POST /api/v1/sync/push", "an edit of dealer B's order",
         [](World &w, const WorldUser &u) {
             const WorldOrder target = w.order("B2");
             const Hearth::Sync::PushEntry e = w.entry(
                 "sales_orders", target.id, "update", {{"street", "矩阵路" + u.key}});
             const SyncScope scope = SyncScope::of(u.user);
             const QString expected = scope.writable.contains("sales_orders")
                                              && scope.sees(target.unitId)
                                          ? QStringLiteral("applied")
                                          : QStringLiteral("refused");
             Probe p{"POST", "/api/v1/sync/push",
                     QJsonDocument(Hearth::Sync::Protocol::pushJson({e})).toJson(), 200, {},
                     {}};
             p.check = [expected](const Reply &r) -> QString {
                 const QJsonObject result = r.json.value("results").toArray().at(0).toObject();
                 const QString outcome = result.value("outcome").toString();
                 if (outcome != expected)
                     return "outcome " + outcome + ", expected " + expected;
                 // A refusal says why, in words that name no foreign row.
                 const QString detail = result.value("detail").toString();
                 if (outcome == QLatin1String("refused")
                     && !detail.contains(QLatin1String("sales_orders"))) {
                     return "a refusal without its reason: \"" + detail + u'"';
                 }
                 return {};
             };
             return p;
         }},
        {"POST /api/v1/desks", "", [](World &, const WorldUser &u) {
             // Any signed-in user registers the desk they work at; the answer is only its code.
             const QString deskId = QUuid::createUuidV5(QUuid(), u.key).toString(
                 QUuid::WithoutBraces);
             const QJsonObject body{{"desk_id", deskId}, {"name", "矩阵终端 " + u.key}};
             return Probe{"POST", "/api/v1/desks", QJsonDocument(body).toJson(), 201, {}, {}};
         }},
        {"GET /api/v1/sync/pull", "", [](World &w, const WorldUser &u) {
             return Probe{"GET", "/api/v1/sync/pull?after=0&limit=1000", {}, 200,
                          orderNumbers(w.liveVisible(u)), {}};
         }},
        // The field API: the office (delivery.write) makes and cancels jobs (a foreign order is
        // an unknown one, 422 naming order_id); everything else is an installer's, for jobs
        // given to them or open to their team. An installer's empty body is refused naming the
        // first field it lacks (400), which shows that the route let them in.
        {"POST /api/v1/field/jobs", "for a foreign order", [](World &w, const WorldUser &u) {
             const QJsonObject body{{"order_id", w.foreignTo(u).id}, {"address", "矩阵路 1 号"},
                                    {"slot_start", "2026-12-07T09:00:00+08:00"},
                                    {"slot_end", "2026-12-07T11:00:00+08:00"}};
             return Probe{"POST", "/api/v1/field/jobs", QJsonDocument(body).toJson(),
                          allowed(u, Permissions::DeliveryWrite, 422), {}, {}};
         }},
        {"GET /api/v1/field/jobs/mine", "", [](World &, const WorldUser &u) {
             return Probe{"GET", "/api/v1/field/jobs/mine", {}, installerOnly(u, 200), {}, {}};
         }},
        {"GET /api/v1/field/jobs/open", "", [](World &, const WorldUser &u) {
             return Probe{"GET", "/api/v1/field/jobs/open", {}, installerOnly(u, 200), {}, {}};
         }},
        {"GET /api/v1/field/jobs/{id}", "nobody's", [](World &, const WorldUser &) {
             return Probe{"GET", "/api/v1/field/jobs/" + World::newId(), {}, 404, {}, {}};
         }},
        {"POST /api/v1/field/pings", "empty", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/pings", "{}", installerOnly(u, 400), {}, {}};
         }},
        {"POST /api/v1/field/jobs/{id}/take", "nobody's", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/jobs/" + World::newId() + "/take", "{}",
                          installerOnly(u, 404), {}, {}};
         }},
        {"POST /api/v1/field/jobs/{id}/check-in", "nobody's", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/jobs/" + World::newId() + "/check-in", "{}",
                          installerOnly(u, 400), {}, {}};
         }},
        {"POST /api/v1/field/jobs/{id}/check-out", "nobody's", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/jobs/" + World::newId() + "/check-out", "{}",
                          installerOnly(u, 400), {}, {}};
         }},
        {"POST /api/v1/field/jobs/{id}/rating", "nobody's", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/jobs/" + World::newId() + "/rating", "{}",
                          installerOnly(u, 400), {}, {}};
         }},
        {"POST /api/v1/field/jobs/{id}/signature", "nobody's", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/jobs/" + World::newId() + "/signature", "{}",
                          installerOnly(u, 400), {}, {}};
         }},
        {"POST /api/v1/field/jobs/{id}/cancel", "nobody's", [](World &, const WorldUser &u) {
             return Probe{"POST", "/api/v1/field/jobs/" + World::newId() + "/cancel", "{}",
                          allowed(u, Permissions::DeliveryWrite, 404), {}, {}};
         }},
        // Installation settlement rules: administrators only.
        {"GET /api/v1/field/settlement-rules", "", [](World &, const WorldUser &u) {
             return Probe{"GET", "/api/v1/field/settlement-rules", {},
                          u.role == Hearth::Users::Role::Admin ? 200 : 403, {}, {}};
         }},
        {"PUT /api/v1/field/settlement-rules", "an empty list", [](World &, const WorldUser &u) {
             return Probe{"PUT", "/api/v1/field/settlement-rules", "{\"rules\": []}",
                          u.role == Hearth::Users::Role::Admin ? 200 : 403, {}, {}};
         }},
        {"POST /api/v1/attachments", "on a foreign order", [](World &w, const WorldUser &u) {
             const WorldOrder foreign = w.foreignTo(u);
             const QJsonObject body{{"order_id", foreign.id}, {"name", "图纸.pdf"},
                                    {"mime", "application/pdf"}, {"size", 10},
                                    {"sha256", QString(64, u'a')}};
             return Probe{"POST", "/api/v1/attachments", QJsonDocument(body).toJson(), 404,
                          {}, {}};
         }},
        {"GET /api/v1/attachments/{id}", "nobody's", [](World &, const WorldUser &) {
             return Probe{"GET", "/api/v1/attachments/" + World::newId(), {}, 404, {}, {}};
         }},
        {"PUT /api/v1/attachments/{id}/chunks/{n}", "nobody's",
         [](World &, const WorldUser &) {
             return Probe{"PUT", "/api/v1/attachments/" + World::newId() + "/chunks/0",
                          "bytes", 404, {}, {}};
         }},
        {"GET /api/v1/attachments/{id}/content", "nobody's", [](World &, const WorldUser &) {
             return Probe{"GET", "/api/v1/attachments/" + World::newId() + "/content", {}, 404,
                          {}, {}};
         }},
    };
    return rows;
}

} // namespace

class tst_RowScope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyRouteHasARow();
    void walkEveryRoute_data();
    void walkEveryRoute();
    void foreignAnswersAsUnknown_data();
    void foreignAnswersAsUnknown();
    void deletedOrdersStayHidden();
    void filtersWorkWithinScope_data();
    void filtersWorkWithinScope();
    void totalsPerStatusAndChannel();
    void exportIsCsvWithBom();
    void orderShowsItsLines();
    void scanReadsWhatScannersSend_data();
    void scanReadsWhatScannersSend();

private:
    Fixture m_f;
    std::unique_ptr<World> m_world;
};

void tst_RowScope::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
    qInfo() << "row scope on" << (m_f.postgres() ? m_f.pgBase->display()
                                                 : QStringLiteral("SQLite"));
    QVERIFY(m_f.start());
    m_world = std::make_unique<World>(m_f);
    QVERIFY(m_world->seed());
    QVERIFY(m_world->signInAll());
}

void tst_RowScope::cleanupTestCase()
{
    m_world.reset();
    m_f.stop();
}

void tst_RowScope::everyRouteHasARow()
{
    QStringList walked;
    for (const RouteRow &row : matrix())
        walked.append(QLatin1String(row.route));
    walked.removeDuplicates();
    QStringList served = ApiServer::routeList();
    for (const QString &route : served)
        QVERIFY2(walked.contains(route), qPrintable("no matrix row walks " + route));
    for (const QString &route : walked)
        QVERIFY2(served.contains(route), qPrintable("the server has no route " + route));
    QVERIFY(served.size() >= 30);
}

void tst_RowScope::walkEveryRoute_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("user");
    for (qsizetype i = 0; i < matrix().size(); ++i) {
        const RouteRow &row = matrix().at(i);
        for (const WorldUser &u : m_world->users) {
            QTest::addRow("%s %s as %s", row.route, row.variant, qPrintable(u.key))
                << int(i) << u.key;
        }
    }
}

void tst_RowScope::walkEveryRoute()
{
    QFETCH(int, row);
    QFETCH(QString, user);
    const WorldUser &u = m_world->user(user);
    const Probe p = matrix().at(row).make(*m_world, u);
    QList<QPair<QByteArray, QByteArray>> headers = p.headers;
    if (p.withToken)
        headers += Fixture::bearer(u.token);
    const Reply r = m_f.call(p.method, p.path, p.body, headers);
    QVERIFY2(r.status == p.status,
             qPrintable(QStringLiteral("%1 %2 answered %3, expected %4: %5")
                            .arg(QString::fromLatin1(p.method), p.path)
                            .arg(r.status).arg(p.status)
                            .arg(QString::fromUtf8(r.body.left(300)))));
    const QString leak = m_world->leak(u, r.body);
    QVERIFY2(leak.isEmpty(), qPrintable("the body shows foreign order " + leak));
    for (const QByteArray &text : r.status < 300 ? p.mustShow : QList<QByteArray>()) {
        QVERIFY2(r.body.contains(text),
                 qPrintable("the body lacks " + QString::fromUtf8(text) + ": "
                            + QString::fromUtf8(r.body.left(300))));
    }
    if (p.check) {
        const QString problem = p.check(r);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
}

void tst_RowScope::foreignAnswersAsUnknown_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("foreign");
    QTest::addColumn<QString>("unknown");
    const WorldOrder b1 = m_world->order("B1");
    QTest::newRow("order id") << "dealer_a" << "/api/v1/orders/" + b1.id
                              << "/api/v1/orders/" + World::newId();
    QTest::newRow("scanned order number")
        << "dealer_a" << "/api/v1/scan/" + b1.orderNo << "/api/v1/scan/SO-DB-0000";
    QTest::newRow("scanned channel order number")
        << "store" << "/api/v1/scan/" + b1.channelOrderNo << "/api/v1/scan/DB-CH-00000";
    QTest::newRow("scanned id") << "sales_manager" << "/api/v1/scan/" + b1.id
                                << "/api/v1/scan/" + World::newId();
    QTest::newRow("hearth order code") << "dealer_a" << "/api/v1/scan/SO:" + b1.orderNo
                                       << "/api/v1/scan/SO:SO-DB-0000";
}

void tst_RowScope::foreignAnswersAsUnknown()
{
    QFETCH(QString, user);
    QFETCH(QString, foreign);
    QFETCH(QString, unknown);
    const WorldUser &u = m_world->user(user);
    const Reply theirs = m_world->get(u, foreign);
    const Reply nobodys = m_world->get(u, unknown);
    QCOMPARE(theirs.status, 404);
    QCOMPARE(theirs.body, nobodys.body);
    QCOMPARE(theirs.headers.value("content-length"), nobodys.headers.value("content-length"));
}

void tst_RowScope::deletedOrdersStayHidden()
{
    const WorldOrder a3 = m_world->order("A3");
    for (const QString &key : {QStringLiteral("admin"), QStringLiteral("dealer_a")}) {
        const WorldUser &u = m_world->user(key);
        const QList<QPair<QString, const char *>> paths{
            {"/api/v1/orders?page_size=500", Permissions::OrdersRead},
            {"/api/v1/orders?q=SO-DA-9186", Permissions::OrdersRead},
            {"/api/v1/orders/export", Permissions::OrdersExport},
            {"/api/v1/reports/totals", Permissions::ReportsRead}};
        for (const auto &[path, permission] : paths) {
            const Reply r = m_world->get(u, path);
            QCOMPARE(r.status, allowed(u, permission, 200));
            QVERIFY2(!r.body.contains(a3.orderNo.toUtf8()), qPrintable(key + " " + path));
            QVERIFY2(!r.body.contains(QByteArray::number(a3.totalMicros)), qPrintable(path));
        }
        QCOMPARE(m_world->get(u, "/api/v1/orders/" + a3.id).status, 404);
        QCOMPARE(m_world->get(u, "/api/v1/scan/" + a3.orderNo).status, 404);
    }
}

void tst_RowScope::filtersWorkWithinScope_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");  // order keys, newest signing first

    QTest::newRow("dealer A, everything") << "dealer_a" << "" << QStringList{"A2", "A1"};
    QTest::newRow("dealer A, approved") << "dealer_a" << "status=approved" << QStringList{"A2"};
    QTest::newRow("dealer A, new") << "dealer_a" << "status=new" << QStringList{"A1"};
    QTest::newRow("dealer A, customer name part")
        << "dealer_a" << "q=" + encoded("甲客户") << QStringList{"A2", "A1"};
    QTest::newRow("dealer A, channel order number, any case")
        << "dealer_a" << "q=da-ch-93011" << QStringList{"A1"};
    QTest::newRow("dealer A, another dealer's customer")
        << "dealer_a" << "q=" + encoded("乙客户") << QStringList{};
    QTest::newRow("dealer B, dealer channel") << "dealer_b" << "channel=dealer"
                                              << QStringList{"B2", "B1"};
    QTest::newRow("store, its one order") << "store" << "" << QStringList{"S1"};
    QTest::newRow("admin, store channel") << "admin" << "channel=store"
                                          << QStringList{"G1", "S1"};
    QTest::newRow("admin, signed 3 to 5 March")
        << "admin" << "signed_from=2026-03-03&signed_to=2026-03-05"
        << QStringList{"G1", "S1", "B1"};
    QTest::newRow("admin, SO-D prefix") << "admin" << "q=SO-D"
                                        << QStringList{"B2", "A2", "B1", "A1"};
    QTest::newRow("admin, second page of two")
        << "admin" << "page=2&page_size=2" << QStringList{"H1", "G1"};
    QTest::newRow("admin, a percent sign is no wildcard") << "admin" << "q=%25" << QStringList{};
    QTest::newRow("admin, an underscore is no wildcard") << "admin" << "q=SO_D"
                                                         << QStringList{};
    QTest::newRow("installer has no orders") << "installer" << "" << QStringList{};
}

void tst_RowScope::filtersWorkWithinScope()
{
    QFETCH(QString, user);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const WorldUser &u = m_world->user(user);
    const Reply r = m_world->get(u, "/api/v1/orders?" + query);
    if (!u.grants(Permissions::OrdersRead)) {
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("forbidden"));
        return;
    }
    QCOMPARE(r.status, 200);
    QStringList got;
    for (const QJsonValue &v : r.json.value("orders").toArray()) {
        const QString no = v.toObject().value("order_no").toString();
        for (const WorldOrder &o : m_world->orders) {
            if (o.orderNo == no)
                got.append(o.key);
        }
    }
    QCOMPARE(got, expected);
    if (!query.contains("page="))
        QCOMPARE(r.json.value("total").toInteger(), qint64(expected.size()));
    else
        QCOMPARE(r.json.value("total").toInteger(), 7);
}

void tst_RowScope::totalsPerStatusAndChannel()
{
    const Reply r = m_world->get(m_world->user("finance"), "/api/v1/reports/totals");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("count").toInteger(), 7);
    QCOMPARE(r.json.value("total").toString(), QStringLiteral("39911449.46"));
    QHash<QString, QPair<qint64, QString>> byStatus;
    for (const QJsonValue &v : r.json.value("by_status").toArray()) {
        const QJsonObject o = v.toObject();
        byStatus.insert(o.value("status").toString(),
                        {o.value("count").toInteger(), o.value("total").toString()});
    }
    // new: A1 4817236.59 + B1 6631458.92 + S1 8859316.64 + H1 2963547.18
    QCOMPARE(byStatus.value("new").first, 4);
    QCOMPARE(byStatus.value("new").second, QStringLiteral("23271559.33"));
    QCOMPARE(byStatus.value("approved").first, 2);
    QCOMPARE(byStatus.value("in_production").first, 1);

    const Reply dealer = m_world->get(m_world->user("sales_manager"),
                                      "/api/v1/reports/totals?channel=store");
    QCOMPARE(dealer.status, 200);
    QCOMPARE(dealer.json.value("count").toInteger(), 1);
    QCOMPARE(dealer.json.value("total_micros").toString(), QStringLiteral("3371884250000"));
    QCOMPARE(dealer.json.value("by_channel").toArray().size(), 1);
}

void tst_RowScope::exportIsCsvWithBom()
{
    const Reply r = m_world->get(m_world->user("store"), "/api/v1/orders/export");
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/csv"));
    QVERIFY(r.headers.value("content-disposition").contains("orders.csv"));
    QVERIFY(r.body.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(r.body.mid(3)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1), QStringLiteral("SO-SZ-8859,store,SZ-CH-40261,南山客户周五,"
                                         "2026-03-04,new,8859316.64"));

    const Reply dealer = m_world->get(m_world->user("dealer_a"), "/api/v1/orders/export");
    QCOMPARE(dealer.status, 403);
}

void tst_RowScope::orderShowsItsLines()
{
    const WorldOrder a1 = m_world->order("A1");
    const Reply r = m_world->get(m_world->user("dealer_a"), "/api/v1/orders/" + a1.id);
    QCOMPARE(r.status, 200);
    const QJsonObject order = r.json.value("order").toObject();
    QCOMPARE(order.value("order_no").toString(), a1.orderNo);
    QCOMPARE(order.value("total").toString(), QStringLiteral("4817236.59"));
    QCOMPARE(order.value("customer").toObject().value("name").toString(), a1.customerName);
    const QJsonArray lines = r.json.value("lines").toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value("amount").toString(), QStringLiteral("4817236.59"));
    QCOMPARE(lines.at(0).toObject().value("description").toString(), QStringLiteral("衣柜"));
}

void tst_RowScope::scanReadsWhatScannersSend_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<int>("status");
    QTest::newRow("order number") << "SO-DA-4817" << 200;
    QTest::newRow("lower case") << "so-da-4817" << 200;
    QTest::newRow("hearth order code") << "SO:SO-DA-4817" << 200;
    QTest::newRow("symbology and suffix") << "]C0SO-DA-4817\r\n" << 200;
    QTest::newRow("full-width letters") << "ＳＯ－ＤＡ－４８１７" << 200;
    QTest::newRow("channel order number") << "DA-CH-93011" << 200;
    QTest::newRow("hearth code is no channel number") << "SO:DA-CH-93011" << 404;
    QTest::newRow("nothing but a suffix") << "\r\n" << 400;
}

void tst_RowScope::scanReadsWhatScannersSend()
{
    QFETCH(QString, read);
    QFETCH(int, status);
    const Reply r = m_world->get(m_world->user("dealer_a"), "/api/v1/scan/" + encoded(read));
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json.value("order").toObject().value("order_no").toString(),
                 QStringLiteral("SO-DA-4817"));
    } else {
        QCOMPARE(r.errorField(), QStringLiteral("code"));
    }
}

QTEST_GUILESS_MAIN(tst_RowScope)
#include "tst_rowscope.moc"
