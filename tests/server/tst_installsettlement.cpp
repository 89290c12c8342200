// Installation settlement (安装结算): the rule that applies to a job, the commission worked out
// by hand, and the installation cost line a check-out writes into the synced data, pulled by
// the desks of the order's dealer only, under the id the desk's ledger gives it. Rules are
// kept by administrators over HTTPS. On SQLite, or PostgreSQL by HEARTH_TEST_PG_URI.

#include "fieldfixture.h"
#include "server/installsettlement.h"
#include "server/serversync.h"
#include "sync/deskreplica.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace ServerTest;

namespace {

constexpr char RulesPath[] = "/api/v1/field/settlement-rules";
// 1,234,567 fen: the goods total of ORDER_A here.
constexpr qint64 OrderTotalMicros = 12'345'670'000;

SettlementRule rule(const char *team, qint64 fixedFen, qint64 rateBp, const char *from,
                    int lowRating = 0, qint64 deductionFen = 0)
{
    SettlementRule r;
    r.teamUnit = QLatin1String(team);
    r.teamCode = QLatin1String(team);
    r.fixedFen = fixedFen;
    r.rateBp = rateBp;
    r.lowRating = lowRating;
    r.lowRatingDeductionFen = deductionFen;
    r.validFrom = QDate::fromString(QLatin1String(from), Qt::ISODate);
    return r;
}

/// The sync row of a cost line: its revision and fields, or revision 0 when there is none.
struct HeldLine
{
    qint64 revision = 0;
    QString scopeUnit;
    QJsonObject fields;
};

} // namespace

class tst_InstallSettlement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ruleChoice_data();
    void ruleChoice();
    void amounts_data();
    void amounts();
    void siteDay();
    void lineIdIsTheDesks();

    void rulesAdministration();
    void badRules_data();
    void badRules();
    void checkOutWritesTheCostLine();
    void allTeamsRule();
    void noRuleNoLine();
    void remakeVisitIsTheParentsRemakeCost();

private:
    Reply putRules(const QString &user, const QJsonArray &rules);
    Reply putBody(const QString &user, const QByteArray &body);
    HeldLine held(const QString &lineId);
    /// A job of order A, or of the order given, taken, checked in and out.
    QString checkedOutJob(const QString &installer, const QString &team,
                          const QString &orderId = QString());
    std::optional<Hearth::Sync::PulledChange> pulled(const QString &userName,
                                                     const QString &lineId);

    FieldFixture f;
    QJsonArray m_rules;  // the rules of the live tests
    QString m_remake;    // a re-make order of order A
};

void tst_InstallSettlement::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(f.startField());
    Accounts accounts(*f.store);
    QVERIFY(f.store->begin());
    // A finance clerk of the order's dealer, and one of another dealer: cost lines need
    // finance.read, which the dealer role has not.
    const auto other = accounts.createOrgUnit(
        {{}, QStringLiteral("dealer"), QStringLiteral("D-GZ-09"), QStringLiteral("广州经销商"),
         {}},
        f.now);
    QVERIFY(other);
    using Hearth::Users::Role;
    QVERIFY(accounts.createUser({QStringLiteral("dealer.fin"), QStringLiteral("经销商财务"),
                                 Role::Finance, QStringLiteral("Pa55-word-long"),
                                 f.dealerUnit},
                                f.now));
    QVERIFY(accounts.createUser({QStringLiteral("other.fin"), QStringLiteral("别家财务"),
                                 Role::Finance, QStringLiteral("Pa55-word-long"), other->id},
                                f.now));
    QSqlQuery total = f.store->prepare(QStringLiteral(
        "UPDATE sync_rows SET fields = ? WHERE table_name = 'sales_orders' AND row_id = ?"));
    total.addBindValue(QStringLiteral("{\"order_no\":\"SO-A-0001\",\"total_micros\":%1}")
                           .arg(OrderTotalMicros));
    total.addBindValue(f.orderA);
    QVERIFY(f.store->exec(total));
    // A re-make (补件) of order A, charged to the installer, with its one package staged.
    m_remake = QUuid::createUuid().toString(QUuid::WithoutBraces);
    int revision = 100;
    for (const auto &[table, id, fields] :
         {std::tuple{"sales_orders", m_remake,
                     QStringLiteral("{\"order_no\":\"SO-A-0001-B1\",\"parent_order_id\":"
                                    "\"%1\",\"charged_to\":\"installer:王师傅\","
                                    "\"total_micros\":0}")
                         .arg(f.orderA)},
          std::tuple{"packages", QUuid::createUuid().toString(QUuid::WithoutBraces),
                     FieldFixture::packageFields(m_remake, "staged")}}) {
        QSqlQuery q = f.store->prepare(QStringLiteral(
            "INSERT INTO sync_rows (table_name, row_id, revision, hlc, deleted, fields, "
            "scope_unit, updated_at) VALUES (?, ?, ?, '0000000001-0000-desk', 0, ?, ?, ?)"));
        q.addBindValue(QLatin1String(table));
        q.addBindValue(id);
        q.addBindValue(++revision);
        q.addBindValue(fields);
        q.addBindValue(f.dealerUnit);
        q.addBindValue(f.now.toString(Qt::ISODateWithMs));
        QVERIFY(f.store->exec(q));
    }
    // FieldFixture writes its orders and packages at revisions 1 to 4 without counting them.
    QSqlQuery counter = f.store->prepare(QStringLiteral(
        "UPDATE counters SET value = (SELECT MAX(revision) FROM sync_rows) "
        "WHERE name = 'revision'"));
    QVERIFY(f.store->exec(counter));
    QVERIFY(f.store->commit());

    m_rules = QJsonArray{
        QJsonObject{{"fixed_fen", 5000}, {"rate_bp", 100}, {"valid_from", "2026-01-01"}},
        QJsonObject{{"team_code", "TEAM-A"}, {"fixed_fen", 8000}, {"rate_bp", 300},
                    {"low_rating", 2}, {"low_rating_deduction_fen", 2000},
                    {"valid_from", "2026-01-01"}},
        QJsonObject{{"team_code", "TEAM-A"}, {"fixed_fen", 9999}, {"rate_bp", 0},
                    {"valid_from", "2099-01-01"}}};
}

void tst_InstallSettlement::cleanupTestCase()
{
    f.stop();
}

Reply tst_InstallSettlement::putBody(const QString &user, const QByteArray &body)
{
    return f.call("PUT", QLatin1String(RulesPath), body, f.as(user));
}

Reply tst_InstallSettlement::putRules(const QString &user, const QJsonArray &rules)
{
    return putBody(user, QJsonDocument(QJsonObject{{"rules", rules}}).toJson());
}

HeldLine tst_InstallSettlement::held(const QString &lineId)
{
    QSqlQuery q = f.store->prepare(QStringLiteral(
        "SELECT revision, scope_unit, fields FROM sync_rows WHERE table_name = 'cost_lines' "
        "AND row_id = ?"));
    q.addBindValue(lineId);
    if (!f.store->exec(q) || !q.next())
        return {};
    return {q.value(0).toLongLong(), q.value(1).toString(),
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()};
}

QString tst_InstallSettlement::checkedOutJob(const QString &installer, const QString &team,
                                             const QString &orderId)
{
    const QString id = orderId.isEmpty()
                           ? f.createJob({{"team_code", team}})
                           : f.createJob({{"team_code", team}, {"order_id", orderId}});
    if (f.post(installer, f.jobPath(id, "take")).status != 200
        || f.post(installer, f.jobPath(id, "check-in"), f.position(22.54, 113.95, 90)).status
               != 200) {
        qWarning() << "job" << id << "was not taken and checked in";
        return {};
    }
    const Reply out = f.post(installer, f.jobPath(id, "check-out"),
                             f.position(22.54, 113.95, 5));
    if (out.status != 200)
        qWarning() << "check-out failed:" << out.body;
    return id;
}

std::optional<Hearth::Sync::PulledChange>
tst_InstallSettlement::pulled(const QString &userName, const QString &lineId)
{
    const std::optional<ServerUser> user = Accounts(*f.store).findUser(userName);
    if (!user)
        return std::nullopt;
    const auto page = ServerSync(*f.store).changesAfter(0, 10000, SyncScope::of(*user));
    if (!page)
        return std::nullopt;
    for (const Hearth::Sync::PulledChange &c : page->changes) {
        if (c.table == QLatin1String("cost_lines") && c.rowId == lineId)
            return c;
    }
    return std::nullopt;
}

void tst_InstallSettlement::ruleChoice_data()
{
    QTest::addColumn<QString>("team");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<qint64>("fixedFen");  // of the rule chosen; -1: none

    QTest::newRow("team A before its own rule: every team's")
        << "A" << QDate(2026, 5, 31) << qint64(5000);
    QTest::newRow("team A on its rule's first day") << "A" << QDate(2026, 6, 1) << qint64(8000);
    QTest::newRow("team A after its newer rule") << "A" << QDate(2026, 12, 5) << qint64(8500);
    QTest::newRow("team B: every team's newest") << "B" << QDate(2026, 12, 5) << qint64(5500);
    QTest::newRow("team B before that") << "B" << QDate(2026, 6, 30) << qint64(5000);
    QTest::newRow("no team: every team's") << "" << QDate(2026, 3, 1) << qint64(5000);
    QTest::newRow("before every rule") << "A" << QDate(2025, 12, 31) << qint64(-1);
}

void tst_InstallSettlement::ruleChoice()
{
    QFETCH(QString, team);
    QFETCH(QDate, day);
    QFETCH(qint64, fixedFen);

    const QList<SettlementRule> rules{rule("", 5000, 100, "2026-01-01"),
                                      rule("", 5500, 100, "2026-07-01"),
                                      rule("A", 8000, 300, "2026-06-01"),
                                      rule("A", 8500, 300, "2026-11-01"),
                                      rule("A", 9999, 300, "2027-01-01")};
    const std::optional<SettlementRule> chosen = InstallSettlement::ruleFor(rules, team, day);
    QCOMPARE(chosen ? chosen->fixedFen : -1, fixedFen);
}

void tst_InstallSettlement::amounts_data()
{
    QTest::addColumn<qint64>("fixedFen");
    QTest::addColumn<qint64>("rateBp");
    QTest::addColumn<qint64>("totalMicros");
    QTest::addColumn<int>("rating");
    QTest::addColumn<qint64>("rateFen");
    QTest::addColumn<qint64>("amountFen");

    // 3 % of 12,345.67 yuan is 370.3701: 37,037 fen.
    QTest::newRow("8000 + 3 % of 1,234,567 fen") << qint64(8000) << qint64(300)
                                                  << OrderTotalMicros << 0 << qint64(37037)
                                                  << qint64(45037);
    QTest::newRow("rating 2 deducts 2000") << qint64(8000) << qint64(300) << OrderTotalMicros
                                           << 2 << qint64(37037) << qint64(43037);
    QTest::newRow("rating 1 deducts too") << qint64(8000) << qint64(300) << OrderTotalMicros
                                          << 1 << qint64(37037) << qint64(43037);
    QTest::newRow("rating 3 deducts nothing") << qint64(8000) << qint64(300)
                                              << OrderTotalMicros << 3 << qint64(37037)
                                              << qint64(45037);
    // 1 % of 1.50 yuan is 1.5 fen: half up to 2; of 1.49 yuan, 1.49 fen: 1.
    QTest::newRow("half a fen up") << qint64(0) << qint64(100) << qint64(1'500'000) << 0
                                   << qint64(2) << qint64(2);
    QTest::newRow("under half a fen down") << qint64(0) << qint64(100) << qint64(1'490'000)
                                           << 0 << qint64(1) << qint64(1);
    QTest::newRow("a returned order earns no share") << qint64(8000) << qint64(300)
                                                     << qint64(-5'000'000'000) << 0
                                                     << qint64(0) << qint64(8000);
    QTest::newRow("the deduction never makes it negative") << qint64(1000) << qint64(0)
                                                           << OrderTotalMicros << 2
                                                           << qint64(0) << qint64(0);
}

void tst_InstallSettlement::amounts()
{
    QFETCH(qint64, fixedFen);
    QFETCH(qint64, rateBp);
    QFETCH(qint64, totalMicros);
    QFETCH(int, rating);
    QFETCH(qint64, rateFen);
    QFETCH(qint64, amountFen);

    const Commission c = InstallSettlement::compute(rule("A", fixedFen, rateBp, "2026-01-01", 2,
                                                         2000),
                                                    totalMicros, rating);
    QCOMPARE(c.fixedFen, fixedFen);
    QCOMPARE(c.rateFen, rateFen);
    QCOMPARE(c.amountFen, amountFen);
}

void tst_InstallSettlement::siteDay()
{
    // 00:30 on 1 December in Shenzhen is still 30 November in UTC.
    QCOMPARE(InstallSettlement::siteDay(QDateTime(QDate(2026, 11, 30), QTime(16, 30),
                                                  Qt::UTC)),
             QDate(2026, 12, 1));
    QCOMPARE(InstallSettlement::siteDay(QDateTime(QDate(2026, 11, 30), QTime(15, 59),
                                                  Qt::UTC)),
             QDate(2026, 11, 30));
}

void tst_InstallSettlement::lineIdIsTheDesks()
{
    // uuid5(6c1f0b7e-3d55-4f2a-9c43-0a6e2b5d9f11, "<order>/installation/install_jobs/<job>"),
    // as Hearth::Finance::CostLedger::lineId makes it; tests/finance/tst_installcost.cpp
    // checks the desk's function against this same id.
    QCOMPARE(InstallSettlement::costLineId(QStringLiteral("5b0e8a4c-1f3d-4e2a-9b7c-2d4e6f8a0b1c"),
                                           QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e")),
             QStringLiteral("975d72ab-b041-57a8-a289-52ca514b83f8"));
}

void tst_InstallSettlement::rulesAdministration()
{
    const Reply empty = f.get("admin", QLatin1String(RulesPath));
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json.value("rules").toArray().size(), 0);

    const Reply put = putRules("admin", m_rules);
    QCOMPARE(put.status, 200);
    const QJsonArray answered = put.json.value("rules").toArray();
    QCOMPARE(answered.size(), 3);
    // Every team's rule first, then the team's by day.
    QCOMPARE(answered.at(0).toObject().value("team_code"), QJsonValue());
    QCOMPARE(answered.at(0).toObject().value("fixed_fen").toInteger(), 5000);
    QCOMPARE(answered.at(1).toObject().value("team_code").toString(), "TEAM-A");
    QCOMPARE(answered.at(1).toObject().value("rate_bp").toInteger(), 300);
    QCOMPARE(answered.at(1).toObject().value("low_rating").toInteger(), 2);
    QCOMPARE(answered.at(1).toObject().value("low_rating_deduction_fen").toInteger(), 2000);
    QCOMPARE(answered.at(2).toObject().value("valid_from").toString(), "2099-01-01");
    QCOMPARE(f.get("admin", QLatin1String(RulesPath)).json.value("rules").toArray(), answered);
    // What GET answers may be sent back as it is.
    QCOMPARE(putRules("admin", answered).json.value("rules").toArray(), answered);

    // Nobody but an administrator reads or changes them.
    for (const char *user : {"dispatch", "zhang", "dealer", "clerk.li"}) {
        QCOMPARE(f.get(QLatin1String(user), QLatin1String(RulesPath)).status, 403);
        QCOMPARE(putRules(QLatin1String(user), {}).status, 403);
    }
    const Reply post = f.post("admin", QLatin1String(RulesPath), {{"rules", QJsonArray()}});
    QCOMPARE(post.status, 405);
    QCOMPARE(post.headers.value("allow"), QByteArray("GET, PUT"));
    QCOMPARE(f.get("admin", QLatin1String(RulesPath)).json.value("rules").toArray(), answered);
}

void tst_InstallSettlement::badRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const auto body = [](const char *ruleText) {
        return QByteArray("{\"rules\": [{\"fixed_fen\": 8000, \"rate_bp\": 300, "
                          "\"valid_from\": \"2026-01-01\"}, ")
               + ruleText + "]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"rules\": [") << 400 << "";
    QTest::newRow("no rules") << QByteArray("{}") << 400 << "rules";
    QTest::newRow("rules not a list") << QByteArray("{\"rules\": {}}") << 400 << "rules";
    QTest::newRow("unknown field outside")
        << QByteArray("{\"rules\": [], \"mode\": \"merge\"}") << 400 << "mode";
    QTest::newRow("unknown field")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 1, \"valid_from\": \"2026-02-01\", "
                "\"bonus_fen\": 5}")
        << 400 << "rules[1].bonus_fen";
    QTest::newRow("amount as text")
        << body("{\"fixed_fen\": \"80.00\", \"rate_bp\": 1, \"valid_from\": \"2026-02-01\"}")
        << 400 << "rules[1].fixed_fen";
    QTest::newRow("amount with a fraction")
        << body("{\"fixed_fen\": 80.5, \"rate_bp\": 1, \"valid_from\": \"2026-02-01\"}")
        << 400 << "rules[1].fixed_fen";
    QTest::newRow("negative amount")
        << body("{\"fixed_fen\": -1, \"rate_bp\": 1, \"valid_from\": \"2026-02-01\"}") << 400
        << "rules[1].fixed_fen";
    QTest::newRow("negative deduction")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 1, \"valid_from\": \"2026-02-01\", "
                "\"low_rating\": 2, \"low_rating_deduction_fen\": -100}")
        << 400 << "rules[1].low_rating_deduction_fen";
    QTest::newRow("negative rate")
        << body("{\"fixed_fen\": 1, \"rate_bp\": -300, \"valid_from\": \"2026-02-01\"}") << 400
        << "rules[1].rate_bp";
    QTest::newRow("rate over 100 %")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 10001, \"valid_from\": \"2026-02-01\"}")
        << 400 << "rules[1].rate_bp";
    QTest::newRow("rating 6")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 1, \"valid_from\": \"2026-02-01\", "
                "\"low_rating\": 6, \"low_rating_deduction_fen\": 100}")
        << 400 << "rules[1].low_rating";
    QTest::newRow("deduction without rating")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 1, \"valid_from\": \"2026-02-01\", "
                "\"low_rating_deduction_fen\": 100}")
        << 400 << "rules[1].low_rating";
    QTest::newRow("day as a time")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 1, \"valid_from\": \"2026-02-01T00:00:00Z\"}")
        << 400 << "rules[1].valid_from";
    QTest::newRow("no day") << body("{\"fixed_fen\": 1, \"rate_bp\": 1}") << 400
                            << "rules[1].valid_from";
    QTest::newRow("same team and day twice")
        << body("{\"fixed_fen\": 1, \"rate_bp\": 1, \"valid_from\": \"2026-01-01\"}") << 400
        << "rules[1].valid_from";
    QTest::newRow("id not a uuid")
        << body("{\"id\": \"rule-1\", \"fixed_fen\": 1, \"rate_bp\": 1, "
                "\"valid_from\": \"2026-02-01\"}")
        << 400 << "rules[1].id";
    QTest::newRow("team code of a store")
        << body("{\"team_code\": \"STORE-SZ-01\", \"fixed_fen\": 1, \"rate_bp\": 1, "
                "\"valid_from\": \"2026-02-01\"}")
        << 422 << "rules[1].team_code";
    QTest::newRow("team code as a number")
        << body("{\"team_code\": 7, \"fixed_fen\": 1, \"rate_bp\": 1, "
                "\"valid_from\": \"2026-02-01\"}")
        << 400 << "rules[1].team_code";
}

void tst_InstallSettlement::badRules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);

    QCOMPARE(putRules("admin", m_rules).status, 200);
    const QJsonArray before = f.get("admin", QLatin1String(RulesPath)).json.value("rules")
                                  .toArray();
    const Reply reply = putBody("admin", body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorField(), field);
    // Nothing of a refused list is kept.
    QCOMPARE(f.get("admin", QLatin1String(RulesPath)).json.value("rules").toArray(), before);
}

void tst_InstallSettlement::checkOutWritesTheCostLine()
{
    QCOMPARE(putRules("admin", m_rules).status, 200);
    const QString job = checkedOutJob("zhang", "TEAM-A");
    QVERIFY(!job.isEmpty());
    const QString lineId = InstallSettlement::costLineId(f.orderA, job);

    // TEAM-A's rule of 2026 (the one of 2099 is not yet valid): 8000 + 3 % of 1,234,567 fen.
    const HeldLine line = held(lineId);
    QVERIFY(line.revision > 0);
    QCOMPARE(line.scopeUnit, f.dealerUnit);
    QCOMPARE(line.fields.value("amount_fen").toInteger(), 45037);
    QCOMPARE(line.fields.value("kind").toString(), "installation");
    QCOMPARE(line.fields.value("origin").toString(), "fed");
    QCOMPARE(line.fields.value("source_table").toString(), "install_jobs");
    QCOMPARE(line.fields.value("source_id").toString(), job);
    QCOMPARE(line.fields.value("order_id").toString(), f.orderA);
    const QJsonObject shown = f.get("zhang", f.jobPath(job)).json.value("job").toObject();
    QCOMPARE(line.fields.value("occurred_at").toString(),
             shown.value("check_out").toObject().value("at").toString());
    const QString description = line.fields.value("description").toString();
    QVERIFY2(description.contains("TEAM-A") && description.contains("2026-01-01")
                 && description.contains("80.00") && description.contains("3.00 %")
                 && description.contains("12345.67"),
             qPrintable(description));

    // The dealer's desks pull it; another dealer's do not.
    const auto mine = pulled("dealer.fin", lineId);
    QVERIFY(mine);
    QCOMPARE(mine->fields.value("amount_fen").toInteger(), 45037);
    QVERIFY(!pulled("other.fin", lineId));

    // The phone sends the check-out again: nothing new.
    const qint64 lines = f.count("sync_rows WHERE table_name = 'cost_lines'");
    const Reply again = f.post("zhang", f.jobPath(job, "check-out"),
                               f.position(22.54, 113.95, 5));
    QCOMPARE(again.status, 200);
    QCOMPARE(held(lineId).revision, line.revision);
    QCOMPARE(f.count("sync_rows WHERE table_name = 'cost_lines'"), lines);

    // The customer rates it 2 after the check-out: the same line, 2000 fen less.
    QCOMPARE(f.post("zhang", f.jobPath(job, "rating"), {{"score", 2}}).status, 200);
    const HeldLine rated = held(lineId);
    QVERIFY(rated.revision > line.revision);
    QCOMPARE(rated.fields.value("amount_fen").toInteger(), 43037);
    QCOMPARE(rated.fields.value("created_at"), line.fields.value("created_at"));
    QVERIFY(rated.fields.value("description").toString().contains("20.00"));
    QCOMPARE(f.count("sync_rows WHERE table_name = 'cost_lines'"), lines);
    QCOMPARE(f.post("zhang", f.jobPath(job, "rating"), {{"score", 2}}).status, 200);
    QCOMPARE(held(lineId).revision, rated.revision);

    // A desk of the dealer takes the pulled line into its own cost_lines.
    const std::optional<ServerUser> clerk = Accounts(*f.store).findUser("dealer.fin");
    QVERIFY(clerk);
    const auto pulledPage = ServerSync(*f.store).changesAfter(0, 10000, SyncScope::of(*clerk));
    QVERIFY(pulledPage);
    // Only the line: the fixture's orders are bare numbers that a desk would not take.
    Hearth::Sync::PullPage page = *pulledPage;
    page.changes.removeIf([](const Hearth::Sync::PulledChange &c) {
        return c.table != QLatin1String("cost_lines");
    });
    QCOMPARE(page.changes.size(), 1);
    const QString deskFile = f.dir.filePath(QStringLiteral("desk-%1.db").arg(f.databaseCount));
    {
        Hearth::Sync::DeskReplica desk;
        const Hearth::Core::Status opened = desk.open(deskFile);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        const Hearth::Core::Status applied = desk.applyPage(page);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().toString()));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("desk-check"));
        db.setDatabaseName(deskFile);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral(
            "SELECT amount_fen, origin, kind, order_id, source_id, deleted FROM cost_lines "
            "WHERE id = ?")));
        q.addBindValue(lineId);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 43037);
        QCOMPARE(q.value(1).toString(), "fed");
        QCOMPARE(q.value(2).toString(), "installation");
        QCOMPARE(q.value(3).toString(), f.orderA);
        QCOMPARE(q.value(4).toString(), job);
        QCOMPARE(q.value(5).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("desk-check"));
}

void tst_InstallSettlement::allTeamsRule()
{
    QCOMPARE(putRules("admin", m_rules).status, 200);
    // TEAM-B has no rule of its own: 5000 + 1 % of 12,345.67 yuan = 123.4567: 12,346 fen.
    const QString job = checkedOutJob("li", "TEAM-B");
    QVERIFY(!job.isEmpty());
    const HeldLine line = held(InstallSettlement::costLineId(f.orderA, job));
    QCOMPARE(line.fields.value("amount_fen").toInteger(), 17346);
    QVERIFY(line.fields.value("description").toString().contains("1.00 %"));
}

void tst_InstallSettlement::remakeVisitIsTheParentsRemakeCost()
{
    // The installer goes back for a re-make: the visit costs the parent order, as a re-make
    // line charged to whoever caused it, under the id the desk gives such a line.
    QCOMPARE(putRules("admin", m_rules).status, 200);
    const QString job = checkedOutJob("zhang", "TEAM-A", m_remake);
    QVERIFY(!job.isEmpty());
    QCOMPARE(held(InstallSettlement::costLineId(m_remake, job)).revision, 0);
    const HeldLine line = held(InstallSettlement::costLineId(f.orderA, job, "remake"));
    QVERIFY(line.revision > 0);
    QCOMPARE(line.scopeUnit, f.dealerUnit);
    QCOMPARE(line.fields.value("order_id").toString(), f.orderA);
    QCOMPARE(line.fields.value("kind").toString(), "remake");
    QCOMPARE(line.fields.value("via_order_id").toString(), m_remake);
    QCOMPARE(line.fields.value("charged_to").toString(), "installer:王师傅");
    // TEAM-A's fixed 80.00; the re-make's total is 0, so its rate adds nothing.
    QCOMPARE(line.fields.value("amount_fen").toInteger(), 8000);
    QVERIFY2(line.fields.value("description").toString().startsWith("SO-A-0001-B1 · "),
             qPrintable(line.fields.value("description").toString()));
}

void tst_InstallSettlement::noRuleNoLine()
{
    const QJsonArray onlyB{QJsonObject{{"team_code", "TEAM-B"}, {"fixed_fen", 6000},
                                       {"rate_bp", 0}, {"valid_from", "2026-01-01"}}};
    QCOMPARE(putRules("admin", onlyB).status, 200);
    const qint64 lines = f.count("sync_rows WHERE table_name = 'cost_lines'");
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral(
                             "^no installation settlement rule applies to job .* of order "
                             "SO-A-0001 \\(team .*, day \\d{4}-\\d{2}-\\d{2}\\): it gets no "
                             "cost line$")));
    const QString job = checkedOutJob("zhang", "TEAM-A");
    QVERIFY(!job.isEmpty());
    QCOMPARE(f.get("zhang", f.jobPath(job)).json.value("job").toObject().value("state")
                 .toString(), "done");
    QCOMPARE(held(InstallSettlement::costLineId(f.orderA, job)).revision, 0);
    QCOMPARE(f.count("sync_rows WHERE table_name = 'cost_lines'"), lines);

    // Said once: a rating after the check-out logs nothing more and writes nothing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("no installation settlement rule")));
    QCOMPARE(f.post("zhang", f.jobPath(job, "rating"), {{"score", 4}}).status, 200);
    QCOMPARE(f.count("sync_rows WHERE table_name = 'cost_lines'"), lines);
}

QTEST_MAIN(tst_InstallSettlement)
#include "tst_installsettlement.moc"
