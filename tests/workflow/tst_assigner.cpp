#include "storage/database.h"
#include "storage/transaction.h"
#include "workflow/assigner.h"
#include "workflow/orgunits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString addUser(const QString &userName, const QString &displayName, const QString &role)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, userName).bind(3, displayName).bind(4, role);
    if (!q.exec())
        qFatal("cannot add user");
    return id;
}

void setActive(const QString &id, bool active)
{
    Storage::Statement &q = db().prepare("UPDATE users SET active = ? WHERE id = ?");
    q.bind(1, active ? 1 : 0).bind(2, id);
    QVERIFY(q.exec());
}

void addTask(const QString &assigneeId, const QString &status)
{
    Storage::Statement &q = db().prepare(
        "INSERT INTO tasks(id, hlc, task_key, kind, title, status, assignee_id, created_at, "
        "updated_at) VALUES (?, 'h', ?, 'work_order', 't', ?, ?, 'x', 'x')");
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    q.bind(1, id).bind(2, id).bind(3, status).bind(4, assigneeId);
    QVERIFY(q.exec());
}

Assignee to(const QString &role, const QString &unit = {}, const QString &strategy = {})
{
    return Assignee{role, unit, strategy};
}

} // namespace

class tst_Assigner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pools_data();
    void pools();
    void roundRobin();
    void roundRobinPastALeaver();
    void roundRobinPerPool();
    void leastOpen();
    void nobodyEligible_data();
    void nobodyEligible();
    void errors_data();
    void errors();
    void insideTheCallersTransaction();

private:
    QTemporaryDir m_dir;
    QMap<QString, QString> m_ids;  // user name → id
    QString m_workshop;
};

void tst_Assigner::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser(QStringLiteral("admin"));

    m_ids.clear();
    m_ids["ann"] = addUser("ann", "Ann", "finance");
    m_ids["bob"] = addUser("bob", "Bob", "finance");
    m_ids["cai"] = addUser("cai", "Cai", "finance");
    m_ids["dan"] = addUser("dan", "Dan", "planner");
    m_ids["eve"] = addUser("eve", "Eve", "planner");
    const auto ws = OrgUnits::create(db(), OrgUnit{{}, UnitKind::Workshop, "WS-CAB", "柜体车间",
                                                   {}, {}, {}, {}, {}});
    QVERIFY(ws.ok());
    m_workshop = ws->id;
    for (const char *member : {"bob", "dan", "eve"})
        QVERIFY(OrgUnits::addMember(db(), m_workshop, m_ids[member]).ok());
    QVERIFY(OrgUnits::create(db(), OrgUnit{{}, UnitKind::InstallTeam, "INSTALL-SZ", "深圳安装队",
                                           {}, {}, {}, {}, {}})
                .ok());
}

void tst_Assigner::cleanup()
{
    Storage::Database::close();
}

void tst_Assigner::pools_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QStringList>("eligible");
    QTest::addColumn<QString>("pool");
    QTest::newRow("role only") << "finance" << "" << QStringList{"ann", "bob", "cai"}
                               << "role:finance";
    QTest::newRow("unit only") << "" << "WS-CAB" << QStringList{"bob", "dan", "eve"}
                               << "unit:WS";
    QTest::newRow("role in unit") << "planner" << "WS-CAB" << QStringList{"dan", "eve"}
                                  << "unit:WS/role:planner";
    QTest::newRow("finance in unit") << "finance" << "WS-CAB" << QStringList{"bob"}
                                     << "unit:WS/role:finance";
}

void tst_Assigner::pools()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QStringList, eligible);
    QFETCH(QString, pool);
    const auto a = Assigner::pool(db(), to(role, unit));
    QVERIFY2(a.ok(), qPrintable(a ? QString() : a.error().toString()));
    QStringList names;
    for (const QString &id : a->eligible)
        names.append(m_ids.key(id));
    QCOMPARE(names, eligible);
    QCOMPARE(a->pool, QString(pool).replace("unit:WS", "unit:" + m_workshop));
    QCOMPARE(a->unitId, unit.isEmpty() ? QString() : m_workshop);
    QVERIFY(a->note.isEmpty());
    QVERIFY(a->userId.isEmpty());  // pool() does not pick
}

void tst_Assigner::roundRobin()
{
    QStringList picked;
    for (int i = 0; i < 4; ++i) {
        const auto a = Assigner::assign(db(), to("finance", {}, "round_robin"));
        QVERIFY(a.ok());
        picked.append(m_ids.key(a->userId));
    }
    QCOMPARE(picked, QStringList({"ann", "bob", "cai", "ann"}));

    // Bob leaves: the turn after Ann skips him.
    setActive(m_ids["bob"], false);
    picked.clear();
    for (int i = 0; i < 3; ++i)
        picked.append(m_ids.key(Assigner::assign(db(), to("finance"))->userId));
    QCOMPARE(picked, QStringList({"cai", "ann", "cai"}));

    setActive(m_ids["bob"], true);
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "ann");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "bob");
}

void tst_Assigner::roundRobinPastALeaver()
{
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "ann");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "bob");
    // The last one picked has left: the place is still after Bob.
    setActive(m_ids["bob"], false);
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "cai");
    Storage::Statement &q =
        db().prepare("SELECT last_user_id FROM assignment_cursors WHERE pool = 'role:finance'");
    QVERIFY(q.next());
    QCOMPARE(q.text(0), m_ids["cai"]);
    q.reset();
}

void tst_Assigner::roundRobinPerPool()
{
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "ann");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("", "WS-CAB"))->userId), "bob");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "bob");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("", "WS-CAB"))->userId), "dan");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("planner", "WS-CAB"))->userId), "dan");
}

void tst_Assigner::leastOpen()
{
    addTask(m_ids["ann"], "open");
    addTask(m_ids["ann"], "started");
    addTask(m_ids["bob"], "claimed");
    addTask(m_ids["bob"], "done");
    addTask(m_ids["bob"], "done");
    addTask(m_ids["bob"], "cancelled");
    addTask(m_ids["cai"], "open");
    QCOMPARE(Assigner::openTaskCount(db(), m_ids["ann"]), qint64(2));
    QCOMPARE(Assigner::openTaskCount(db(), m_ids["bob"]), qint64(1));

    // Bob and Cai have one open each; Bob comes first by name.
    auto a = Assigner::assign(db(), to("finance", {}, "least_open"));
    QVERIFY(a.ok());
    QCOMPARE(m_ids.key(a->userId), "bob");
    addTask(a->userId, "open");
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance", {}, "least_open"))->userId), "cai");
    // Least open leaves the round-robin cursor alone.
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "ann");
}

void tst_Assigner::nobodyEligible_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("note");
    QTest::newRow("role nobody has")
        << "installer" << ""
        << "Nobody active is in role installer; the task waits in that pool until someone "
           "claims it.";
    QTest::newRow("empty team") << "" << "INSTALL-SZ"
                                << "Nobody active is in unit INSTALL-SZ; the task waits in that "
                                   "pool until someone claims it.";
    QTest::newRow("role not in unit") << "admin" << "WS-CAB"
                                      << "Nobody active is in role admin in unit WS-CAB; the "
                                         "task waits in that pool until someone claims it.";
}

void tst_Assigner::nobodyEligible()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QString, note);
    for (const char *strategy : {"round_robin", "least_open"}) {
        const auto a = Assigner::assign(db(), to(role, unit, strategy));
        QVERIFY(a.ok());
        QVERIFY(!a->assigned());
        QVERIFY(a->eligible.isEmpty());
        QCOMPARE(a->note, note);
        QCOMPARE(a->role, role);
    }
}

void tst_Assigner::errors_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("error");
    QTest::newRow("nobody named") << "" << "" << "" << "a task must go to a role, a unit or both";
    QTest::newRow("unknown unit") << "finance" << "WS-GLASS" << ""
                                  << "role finance in unit WS-GLASS: no organisation unit has "
                                     "the code WS-GLASS";
    QTest::newRow("unknown strategy") << "finance" << "" << "random"
                                      << "role finance: \"random\" is not a way of assigning: "
                                         "use round_robin or least_open";
}

void tst_Assigner::errors()
{
    QFETCH(QString, role);
    QFETCH(QString, unit);
    QFETCH(QString, strategy);
    QFETCH(QString, error);
    const auto a = Assigner::assign(db(), to(role, unit, strategy));
    QVERIFY(!a.ok());
    QCOMPARE(a.error().toString(), error);
}

void tst_Assigner::insideTheCallersTransaction()
{
    {
        Storage::Transaction tx(db());
        QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "ann");
        QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "bob");
        tx.rollback();
    }
    QCOMPARE(m_ids.key(Assigner::assign(db(), to("finance"))->userId), "ann");
}

QTEST_GUILESS_MAIN(tst_Assigner)
#include "tst_assigner.moc"
