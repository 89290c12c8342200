#include "storage/database.h"
#include "storage/transaction.h"
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

/// A user written straight into the table: the password hash is not what these tests check.
QString addUser(const QString &userName, const QString &role, bool active = true)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', ?, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, userName).bind(3, userName.toUpper()).bind(4, role)
        .bind(5, active ? 1 : 0);
    if (!q.exec())
        qFatal("cannot add user");
    return id;
}

OrgUnit unit(UnitKind kind, const QString &code, const QString &name,
             const QString &parentId = {}, const QString &leadId = {})
{
    OrgUnit u;
    u.kind = kind;
    u.code = code;
    u.name = name;
    u.parentId = parentId;
    u.leadUserId = leadId;
    return u;
}

QString scalar(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    return q.next() ? q.text(0) : QString();
}

} // namespace

class tst_OrgUnits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void kinds_data();
    void kinds();
    void createRecordsTheChange();
    void refused_data();
    void refused();
    void noCycles();
    void listPutsParentsFirst();
    void membersAndLead();
    void leadOf_data();
    void leadOf();
    void rolledBackWithTheCaller();

private:
    QTemporaryDir m_dir;
};

void tst_OrgUnits::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser(QStringLiteral("admin"));
}

void tst_OrgUnits::cleanup()
{
    Storage::Database::close();
}

void tst_OrgUnits::kinds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("head office") << int(UnitKind::HeadOffice) << "head_office";
    QTest::newRow("factory") << int(UnitKind::Factory) << "factory";
    QTest::newRow("workshop") << int(UnitKind::Workshop) << "workshop";
    QTest::newRow("store") << int(UnitKind::Store) << "store";
    QTest::newRow("dealer") << int(UnitKind::Dealer) << "dealer";
    QTest::newRow("installation team") << int(UnitKind::InstallTeam) << "install_team";
    QTest::newRow("department") << int(UnitKind::Department) << "department";
}

void tst_OrgUnits::kinds()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    QCOMPARE(OrgUnits::kindCode(UnitKind(kind)), code);
    QCOMPARE(OrgUnits::kindFromCode(code), std::optional<UnitKind>(UnitKind(kind)));
    QVERIFY(!OrgUnits::kindTitle(UnitKind(kind)).isEmpty());
    QCOMPARE(OrgUnits::allKinds().size(), 7);
    QVERIFY(!OrgUnits::kindFromCode("warehouse_team"));
}

void tst_OrgUnits::createRecordsTheChange()
{
    const QString lead = addUser("zhang", "planner");
    const auto factory = OrgUnits::create(
        db(), unit(UnitKind::Factory, " F-SZ ", "深圳工厂", {}, lead), "set-up");
    QVERIFY2(factory.ok(), qPrintable(factory ? QString() : factory.error().toString()));
    QCOMPARE(factory->code, "F-SZ");
    QCOMPARE(factory->id.size(), 36);
    QVERIFY(!factory->hlc.isEmpty());
    QCOMPARE(OrgUnits::findByCode(db(), "F-SZ")->name, "深圳工厂");
    QCOMPARE(OrgUnits::find(db(), factory->id)->leadUserId, lead);
    // The lead is a member too.
    QCOMPARE(OrgUnits::members(db(), factory->id).size(), 1);
    QVERIFY(OrgUnits::members(db(), factory->id).first().isLead);

    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'org_units'"), "1");
    // Membership names the desk's own users, which never sync: history only, no outbox.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'unit_members'"), "0");
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'unit_members'"), "1");
    QCOMPARE(scalar("SELECT user_name || '|' || action || '|' || reason FROM audit_log "
                    "WHERE table_name = 'org_units'"),
             "admin|insert|set-up");

    OrgUnit renamed = factory.value();
    renamed.name = "深圳一厂";
    const auto updated = OrgUnits::update(db(), renamed, "rename");
    QVERIFY(updated.ok());
    QCOMPARE(OrgUnits::find(db(), factory->id)->name, "深圳一厂");
    QCOMPARE(scalar("SELECT json_extract(before_json, '$.name') || '→' "
                    "|| json_extract(after_json, '$.name') FROM audit_log "
                    "WHERE table_name = 'org_units' AND action = 'update'"),
             "深圳工厂→深圳一厂");
}

void tst_OrgUnits::refused_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("lead");
    QTest::addColumn<QString>("error");
    QTest::newRow("no code") << "  " << "车间" << "" << "" << "code: a unit needs a code";
    QTest::newRow("no name") << "WS-X" << "" << "" << "" << "name: unit WS-X needs a name";
    QTest::newRow("code taken") << "F-SZ" << "另一个" << "" << ""
                                << "code: the code F-SZ is already used by 深圳工厂";
    QTest::newRow("missing parent") << "WS-X" << "车间" << "nope" << ""
                                    << "parent_id: the parent unit of WS-X does not exist";
    QTest::newRow("unknown lead") << "WS-X" << "车间" << "" << "nobody"
                                  << "lead_user_id: the lead of WS-X is not a user";
    QTest::newRow("disabled lead") << "WS-X" << "车间" << "" << "gone"
                                   << "lead_user_id: GONE is disabled and cannot lead WS-X";
}

void tst_OrgUnits::refused()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, parent);
    QFETCH(QString, lead);
    QFETCH(QString, error);
    QVERIFY(OrgUnits::create(db(), unit(UnitKind::Factory, "F-SZ", "深圳工厂")).ok());
    const QString gone = addUser("gone", "clerk", false);
    const QString leadId = lead == "gone" ? gone : lead;
    const auto created =
        OrgUnits::create(db(), unit(UnitKind::Workshop, code, name, parent, leadId));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().toString(), error);
    QCOMPARE(OrgUnits::list(db()).size(), 1);
}

void tst_OrgUnits::noCycles()
{
    const auto top = OrgUnits::create(db(), unit(UnitKind::Factory, "F", "工厂"));
    const auto mid = OrgUnits::create(db(), unit(UnitKind::Workshop, "W", "车间", top->id));
    const auto low = OrgUnits::create(db(), unit(UnitKind::Department, "D", "班组", mid->id));
    QVERIFY(low.ok());
    OrgUnit moved = top.value();
    moved.parentId = low->id;
    const auto refused = OrgUnits::update(db(), moved);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().toString(),
             "parent_id: 工厂 cannot be placed under itself or a unit below it");
    moved.parentId = top->id;
    QVERIFY(!OrgUnits::update(db(), moved).ok());
    QVERIFY(OrgUnits::find(db(), top->id)->parentId.isEmpty());
}

void tst_OrgUnits::listPutsParentsFirst()
{
    const auto z = OrgUnits::create(db(), unit(UnitKind::HeadOffice, "Z-HQ", "总部"));
    const auto a = OrgUnits::create(db(), unit(UnitKind::Store, "A-STORE", "门店", z->id));
    const auto b = OrgUnits::create(db(), unit(UnitKind::Factory, "B-F", "工厂", z->id));
    const auto c = OrgUnits::create(db(), unit(UnitKind::Workshop, "A-WS", "车间", b->id));
    QVERIFY(a && c);
    QStringList codes;
    for (const OrgUnit &u : OrgUnits::list(db()))
        codes.append(u.code);
    QCOMPARE(codes, QStringList({"Z-HQ", "A-STORE", "B-F", "A-WS"}));
    QCOMPARE(OrgUnits::children(db(), z->id).size(), 2);
}

void tst_OrgUnits::membersAndLead()
{
    const QString li = addUser("li", "planner");
    const QString wang = addUser("wang", "clerk");
    const auto ws = OrgUnits::create(db(), unit(UnitKind::Workshop, "WS-CAB", "柜体车间"));
    QVERIFY(OrgUnits::addMember(db(), ws->id, wang).ok());
    QVERIFY(OrgUnits::addMember(db(), ws->id, wang).ok());  // twice is once
    QVERIFY(OrgUnits::setLead(db(), ws->id, li).ok());
    const QList<UnitMember> members = OrgUnits::members(db(), ws->id);
    QCOMPARE(members.size(), 2);
    QCOMPARE(members[0].userName, "li");
    QVERIFY(members[0].isLead);
    QCOMPARE(members[1].role, "clerk");
    QVERIFY(!members[1].isLead);
    QCOMPARE(OrgUnits::unitsOf(db(), wang).first().code, "WS-CAB");

    QVERIFY(OrgUnits::removeMember(db(), ws->id, li).ok());
    QVERIFY(OrgUnits::find(db(), ws->id)->leadUserId.isEmpty());
    QCOMPARE(OrgUnits::members(db(), ws->id).size(), 1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'unit_members' "
                    "AND action = 'delete'"),
             "1");
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'unit_members'"), "0");
    QVERIFY(!OrgUnits::addMember(db(), ws->id, "nobody").ok());
}

void tst_OrgUnits::leadOf_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("lead");
    QTest::newRow("worker → workshop lead") << "worker" << "wslead";
    QTest::newRow("workshop lead → factory lead") << "wslead" << "director";
    QTest::newRow("factory lead → head office lead") << "director" << "ceo";
    QTest::newRow("top lead has none") << "ceo" << "";
    QTest::newRow("not in any unit") << "loner" << "";
    QTest::newRow("team without a lead → the unit above") << "installer" << "director";
    QTest::newRow("disabled lead is passed over") << "packer" << "director";
}

void tst_OrgUnits::leadOf()
{
    QFETCH(QString, user);
    QFETCH(QString, lead);
    QMap<QString, QString> ids;
    for (const char *name : {"ceo", "director", "wslead", "worker", "loner", "installer",
                             "packer"})
        ids[name] = addUser(name, "clerk");
    ids["oldlead"] = addUser("oldlead", "clerk");
    const auto hq = OrgUnits::create(db(), unit(UnitKind::HeadOffice, "HQ", "总部", {},
                                                ids["ceo"]));
    const auto f = OrgUnits::create(db(), unit(UnitKind::Factory, "F", "工厂", hq->id,
                                               ids["director"]));
    const auto ws = OrgUnits::create(db(), unit(UnitKind::Workshop, "WS", "车间", f->id,
                                                ids["wslead"]));
    const auto team = OrgUnits::create(db(), unit(UnitKind::InstallTeam, "T", "安装队", f->id));
    const auto pack = OrgUnits::create(db(), unit(UnitKind::Workshop, "P", "包装", f->id,
                                                  ids["oldlead"]));
    QVERIFY(ws && team && pack);
    QVERIFY(OrgUnits::addMember(db(), ws->id, ids["worker"]).ok());
    QVERIFY(OrgUnits::addMember(db(), team->id, ids["installer"]).ok());
    QVERIFY(OrgUnits::addMember(db(), pack->id, ids["packer"]).ok());
    Storage::Statement &off = db().prepare("UPDATE users SET active = 0 WHERE id = ?");
    off.bind(1, ids["oldlead"]);
    QVERIFY(off.exec());

    QCOMPARE(OrgUnits::leadOf(db(), ids[user]), lead.isEmpty() ? QString() : ids[lead]);
}

void tst_OrgUnits::rolledBackWithTheCaller()
{
    {
        Storage::Transaction tx(db());
        QVERIFY(OrgUnits::create(db(), unit(UnitKind::Store, "S1", "门店")).ok());
        QVERIFY(OrgUnits::findByCode(db(), "S1"));
    }
    QVERIFY(!OrgUnits::findByCode(db(), "S1"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), "0");
}

QTEST_GUILESS_MAIN(tst_OrgUnits)
#include "tst_orgunits.moc"
