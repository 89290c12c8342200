#include "../server/serverfixture.h"
#include "deskfixture.h"

#include "server/serversync.h"
#include "sync/protocol.h"
#include "users/passwordhasher.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QThread>

using namespace ServerTest;
using namespace SyncTest;
using Hearth::Sync::SyncSettings;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void twoDesksEditOfflineAndEndEqual();
    void pulledRowsAreNotSentBack();
    void lostAnswerAppliesOnce();
    void samePushTwiceAppliesOnce();
    void deleteBeatsOfflineEdit();
    void dealerNeverReceivesAnotherDealersOrder();
    void dealerCannotWriteIntoAForeignOrder();
    void installerGetsNoOrders();
    void pullPagesThroughManyChanges();
    void pushBatchesStayUnderTheBodyLimit();
    void entriesOfTablesThatDoNotSyncWait();
    void badPushNamesTheField_data();
    void badPushNamesTheField();
    void pullQueryIsChecked_data();
    void pullQueryIsChecked();
    void syncNeedsSignIn();
    void runsOnAWorkerThread();

private:
    QString token(const QString &user, const QString &password);
    /// An organisation unit with one user in it; returns the user's token.
    QString addMember(const QString &kind, const QString &code, const QString &userName,
                      Hearth::Users::Role role);
    QString addDealer(const QString &code, const QString &userName)
    {
        return addMember(QStringLiteral("dealer"), code, userName, Hearth::Users::Role::Dealer);
    }
    SyncSettings settings(const QString &token, int pushBatch = 50, int pullLimit = 200);
    bool openDesk(Desk &desk, const QString &name, const QString &token, int pushBatch = 50,
                  int pullLimit = 200);
    qint64 serverCount(const QString &where);

    Fixture m_f;
    QString m_adminToken;
    std::unique_ptr<QTemporaryDir> m_desks;
};

void tst_SyncEngine::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_f.setUp());
    qInfo() << "sync tests on" << (m_f.postgres() ? m_f.pgBase->display()
                                                  : QStringLiteral("SQLite"));
}

void tst_SyncEngine::init()
{
    QVERIFY(m_f.start());
    m_desks = std::make_unique<QTemporaryDir>();
    QVERIFY(m_desks->isValid());
    m_adminToken = token(QStringLiteral("admin"), QLatin1String(Fixture::AdminPassword));
    QVERIFY(!m_adminToken.isEmpty());
}

void tst_SyncEngine::cleanup()
{
    m_f.stop();
    m_desks.reset();
}

QString tst_SyncEngine::token(const QString &user, const QString &password)
{
    const Reply reply = m_f.login(user, password);
    return reply.json.value(QStringLiteral("token")).toString();
}

QString tst_SyncEngine::addMember(const QString &kind, const QString &code,
                                 const QString &userName, Hearth::Users::Role role)
{
    Accounts accounts(*m_f.store);
    if (!m_f.store->begin())
        return {};
    const auto unit = accounts.createOrgUnit({{}, kind, code, code, {}}, m_f.now);
    if (!unit)
        return {};
    const auto user = accounts.createUser({userName, userName, role,
                                           QStringLiteral("D3aler-pass-word"), unit->id},
                                          m_f.now);
    if (!user || !m_f.store->commit())
        return {};
    return token(userName, QStringLiteral("D3aler-pass-word"));
}

SyncSettings tst_SyncEngine::settings(const QString &token, int pushBatch, int pullLimit)
{
    SyncSettings s;
    s.server = m_f.url(QString());
    s.token = token;
    s.trustedCertificates = {m_f.certificate};
    s.pushBatch = pushBatch;
    s.pullLimit = pullLimit;
    return s;
}

bool tst_SyncEngine::openDesk(Desk &desk, const QString &name, const QString &token,
                              int pushBatch, int pullLimit)
{
    return desk.open(m_desks->filePath(name + QStringLiteral(".hearth")),
                     settings(token, pushBatch, pullLimit));
}

qint64 tst_SyncEngine::serverCount(const QString &where)
{
    return m_f.count(QStringLiteral("sync_rows WHERE %1").arg(where));
}

void tst_SyncEngine::twoDesksEditOfflineAndEndEqual()
{
    Desk a;
    Desk b;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken));
    QVERIFY(openDesk(b, QStringLiteral("b"), m_adminToken));

    // Offline, each desk takes an order of its own.
    const QString wang = a.addCustomer(QStringLiteral("王女士"));
    const QString first = a.addOrder(QStringLiteral("SO-A-0001"), wang, 4098200000);
    QVERIFY(!a.addLine(first, 1, 3598200000).isEmpty());
    QVERIFY(!a.addLine(first, 2, 500000000).isEmpty());
    const QString second = b.addOrder(QStringLiteral("SO-B-0001"), QString(), 1200000000);
    QVERIFY(!second.isEmpty());

    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QCOMPARE(a.count(QStringLiteral("sales_orders")), 2);
    QCOMPARE(b.count(QStringLiteral("order_lines")), 2);
    QCOMPARE(b.orderField(first, QStringLiteral("total_micros")), QStringLiteral("4098200000"));
    QCOMPARE(a.orderField(second, QStringLiteral("order_no")), QStringLiteral("SO-B-0001"));

    // Offline again, both edit the first order. These writes record no fields, so each desk
    // sends its whole row: B's is the later one and wins every field but the status, which
    // may not go back from reviewing to new.
    QVERIFY(a.setOrderField(first, QStringLiteral("status"), QStringLiteral("reviewing")));
    QTest::qWait(5);
    QVERIFY(b.setOrderField(first, QStringLiteral("city"), QStringLiteral("广州")));
    QVERIFY(b.setOrderField(second, QStringLiteral("promised_on"), QStringLiteral("2026-12-20")));

    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    for (const QString &table : Hearth::Sync::SyncTables::tables())
        QCOMPARE(a.snapshot(table), b.snapshot(table));
    QCOMPARE(a.orderField(first, QStringLiteral("city")), QStringLiteral("广州"));
    QCOMPARE(a.orderField(first, QStringLiteral("status")), QStringLiteral("reviewing"));
    QCOMPARE(b.orderField(first, QStringLiteral("status")), QStringLiteral("reviewing"));
    QCOMPARE(a.orderField(second, QStringLiteral("promised_on")), QStringLiteral("2026-12-20"));
    QCOMPARE(a.engine->replica().pendingCount(), 0);
    QCOMPARE(b.engine->replica().pendingCount(), 0);
    QCOMPARE(a.engine->replica().conflicts().size(), 0);
    // The desks hold the server's revision of each row.
    QCOMPARE(a.value(QStringLiteral("SELECT revision FROM sales_orders WHERE id = ?"), {first}),
             b.value(QStringLiteral("SELECT revision FROM sales_orders WHERE id = ?"), {first}));
    QVERIFY(a.value(QStringLiteral("SELECT revision FROM sales_orders WHERE id = ?"), {first})
                .toLongLong() > 0);
}

void tst_SyncEngine::pulledRowsAreNotSentBack()
{
    Desk a;
    Desk b;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken));
    QVERIFY(openDesk(b, QStringLiteral("b"), m_adminToken));
    const QString order = a.addOrder(QStringLiteral("SO-A-0002"), QString(), 990000000);
    QVERIFY(!a.addLine(order, 1, 990000000).isEmpty());
    QVERIFY(a.sync());

    const std::optional<Hearth::Sync::SyncReport> got = b.sync();
    QVERIFY(got);
    QCOMPARE(got->pulled, 2);
    QCOMPARE(b.count(QStringLiteral("outbox")), 0);
    QCOMPARE(b.count(QStringLiteral("audit_log")), 0);
    QCOMPARE(b.count(QStringLiteral("order_lines"), QStringLiteral("order_id = '%1'").arg(order)),
             1);

    const std::optional<Hearth::Sync::SyncReport> again = b.sync();
    QVERIFY(again);
    QCOMPARE(again->pushed, 0);
    QCOMPARE(again->pulled, 0);
}

void tst_SyncEngine::lostAnswerAppliesOnce()
{
    Desk a;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken));
    const QString order = a.addOrder(QStringLiteral("SO-A-0003"), QString(), 500000000);
    QVERIFY(a.setOrderField(order, QStringLiteral("status"), QStringLiteral("reviewing")));
    const std::optional<Hearth::Sync::SyncReport> first = a.sync();
    QVERIFY(first);
    QCOMPARE(first->applied, 2);
    const qint64 revision = a.engine->replica().lastRevision();
    QVERIFY(revision > 0);

    // The answer never came: the outbox still holds both entries as unsent.
    QVERIFY(a.exec(QStringLiteral("UPDATE outbox SET sent_at = NULL")));
    const std::optional<Hearth::Sync::SyncReport> retry = a.sync();
    QVERIFY(retry);
    QCOMPARE(retry->pushed, 2);
    QCOMPARE(retry->duplicates, 2);
    QCOMPARE(retry->applied, 0);
    QCOMPARE(retry->pulled, 0);
    QCOMPARE(a.engine->replica().lastRevision(), revision);
    QCOMPARE(serverCount(QStringLiteral("table_name = 'sales_orders'")), 1);
    QCOMPARE(m_f.count(QStringLiteral("sync_applied")), 2);
    QCOMPARE(a.engine->replica().pendingCount(), 0);
}

void tst_SyncEngine::samePushTwiceAppliesOnce()
{
    const QJsonObject fields{{QStringLiteral("channel"), QStringLiteral("dealer")},
                             {QStringLiteral("name"), QStringLiteral("陈先生")},
                             {QStringLiteral("created_at"), QStringLiteral("2026-12-01")},
                             {QStringLiteral("updated_at"), QStringLiteral("2026-12-01")}};
    const QJsonObject body = Hearth::Sync::Protocol::pushJson(
        {{QStringLiteral("c-1"), QStringLiteral("customers"), QStringLiteral("cust-1"),
          QStringLiteral("insert"), QStringLiteral("1764576000000-00000-deska"), fields}});
    const auto headers = Fixture::bearer(m_adminToken);
    const Reply first = m_f.postJson(QStringLiteral("/api/v1/sync/push"), body, headers);
    const Reply second = m_f.postJson(QStringLiteral("/api/v1/sync/push"), body, headers);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const QJsonObject one = first.json.value(QStringLiteral("results")).toArray().at(0).toObject();
    const QJsonObject two = second.json.value(QStringLiteral("results")).toArray().at(0)
                                .toObject();
    QCOMPARE(one.value(QStringLiteral("outcome")).toString(), QStringLiteral("applied"));
    QCOMPARE(two.value(QStringLiteral("outcome")).toString(), QStringLiteral("duplicate"));
    QCOMPARE(two.value(QStringLiteral("revision")).toInteger(),
             one.value(QStringLiteral("revision")).toInteger());
    QCOMPARE(serverCount(QStringLiteral("1 = 1")), 1);
    QCOMPARE(m_f.count(QStringLiteral("sync_applied")), 1);
}

void tst_SyncEngine::deleteBeatsOfflineEdit()
{
    Desk a;
    Desk b;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken));
    QVERIFY(openDesk(b, QStringLiteral("b"), m_adminToken));
    const QString order = a.addOrder(QStringLiteral("SO-A-0004"), QString(), 700000000);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.orderField(order, QStringLiteral("order_no")), QStringLiteral("SO-A-0004"));

    // A deletes; B, offline, edits the same order afterwards.
    QVERIFY(a.deleteOrder(order));
    QVERIFY(a.sync());
    QTest::qWait(5);
    QVERIFY(b.setOrderField(order, QStringLiteral("city"), QStringLiteral("东莞")));
    const std::optional<Hearth::Sync::SyncReport> got = b.sync();
    QVERIFY(got);
    QCOMPARE(got->conflicts, 1);

    QCOMPARE(b.orderField(order, QStringLiteral("deleted")), QStringLiteral("1"));
    QCOMPARE(a.orderField(order, QStringLiteral("deleted")), QStringLiteral("1"));
    const QList<Hearth::Sync::SyncConflict> conflicts = b.engine->replica().conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).kind, Hearth::Sync::SyncConflict::Kind::DeletedRemotely);
    QCOMPARE(conflicts.at(0).rowId, order);
    QCOMPARE(conflicts.at(0).localFields.value(QStringLiteral("city")).toString(),
             QStringLiteral("东莞"));
    QCOMPARE(serverCount(QStringLiteral("deleted = 1")), 1);

    QVERIFY(a.sync());
    QCOMPARE(a.orderField(order, QStringLiteral("deleted")), QStringLiteral("1"));
    QCOMPARE(a.orderField(order, QStringLiteral("city")), QStringLiteral("深圳"));

    // A desk installed later gets the order as deleted, not as a live one.
    Desk c;
    QVERIFY(openDesk(c, QStringLiteral("c"), m_adminToken));
    QVERIFY(c.sync());
    QCOMPARE(c.count(QStringLiteral("sales_orders"), QStringLiteral("deleted = 0")), 0);
    QCOMPARE(c.orderField(order, QStringLiteral("deleted")), QStringLiteral("1"));
}

void tst_SyncEngine::dealerNeverReceivesAnotherDealersOrder()
{
    const QString north = addDealer(QStringLiteral("D-BJ-01"), QStringLiteral("dealer.zhao"));
    const QString south = addDealer(QStringLiteral("D-SZ-07"), QStringLiteral("dealer.qian"));
    QVERIFY(!north.isEmpty() && !south.isEmpty());
    Desk n;
    Desk s;
    Desk office;
    QVERIFY(openDesk(n, QStringLiteral("north"), north));
    QVERIFY(openDesk(s, QStringLiteral("south"), south));
    QVERIFY(openDesk(office, QStringLiteral("office"), m_adminToken));

    const QString zhou = n.addCustomer(QStringLiteral("周先生"));
    const QString northOrder = n.addOrder(QStringLiteral("SO-N-0001"), zhou, 300000000);
    const QString northLine = n.addLine(northOrder, 1, 300000000);
    const QString southOrder = s.addOrder(QStringLiteral("SO-S-0001"), QString(), 800000000);
    QVERIFY(!northLine.isEmpty() && !southOrder.isEmpty());
    for (int round = 0; round < 2; ++round) {
        QVERIFY(n.sync());
        QVERIFY(s.sync());
        QVERIFY(office.sync());
    }

    QCOMPARE(s.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(s.count(QStringLiteral("sales_orders"), QStringLiteral("id = '%1'").arg(northOrder)),
             0);
    QCOMPARE(s.count(QStringLiteral("order_lines")), 0);
    QCOMPARE(s.count(QStringLiteral("customers")), 0);
    QCOMPARE(n.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(n.count(QStringLiteral("sales_orders"), QStringLiteral("id = '%1'").arg(southOrder)),
             0);
    QCOMPARE(office.count(QStringLiteral("sales_orders")), 2);
    QCOMPARE(office.count(QStringLiteral("order_lines")), 1);
    QCOMPARE(office.count(QStringLiteral("customers")), 1);

    // Head office edits the northern order; the edit reaches the north and not the south.
    QVERIFY(office.setOrderField(northOrder, QStringLiteral("status"),
                                QStringLiteral("reviewing")));
    QVERIFY(office.sync());
    QVERIFY(n.sync());
    const std::optional<Hearth::Sync::SyncReport> south2 = s.sync();
    QVERIFY(south2);
    QCOMPARE(south2->pulled, 0);
    QCOMPARE(n.orderField(northOrder, QStringLiteral("status")), QStringLiteral("reviewing"));
}

void tst_SyncEngine::dealerCannotWriteIntoAForeignOrder()
{
    const QString north = addDealer(QStringLiteral("D-BJ-01"), QStringLiteral("dealer.zhao"));
    const QString south = addDealer(QStringLiteral("D-SZ-07"), QStringLiteral("dealer.qian"));
    Desk n;
    QVERIFY(openDesk(n, QStringLiteral("north"), north));
    const QString order = n.addOrder(QStringLiteral("SO-N-0002"), QString(), 300000000);
    QVERIFY(n.sync());

    const auto evilHlc = [](int counter) {
        return Hearth::Core::HybridClock::format(QDateTime::currentMSecsSinceEpoch() + 60000,
                                                 counter, QStringLiteral("evil"));
    };
    // The southern dealer learnt the id somehow and tries to change the order and add a line.
    const QJsonObject orderFields{{QStringLiteral("order_no"), QStringLiteral("SO-N-0002")},
                                  {QStringLiteral("channel"), QStringLiteral("dealer")},
                                  {QStringLiteral("total_micros"), 1},
                                  {QStringLiteral("created_at"), QStringLiteral("x")},
                                  {QStringLiteral("updated_at"), QStringLiteral("x")}};
    const QJsonObject lineFields{{QStringLiteral("order_id"), order},
                                 {QStringLiteral("line_no"), 9},
                                 {QStringLiteral("quantity_micros"), 1000000},
                                 {QStringLiteral("amount_micros"), 1}};
    const QJsonObject body = Hearth::Sync::Protocol::pushJson(
        {{QStringLiteral("x-1"), QStringLiteral("sales_orders"), order, QStringLiteral("update"),
          evilHlc(0), orderFields},
         {QStringLiteral("x-2"), QStringLiteral("order_lines"), QStringLiteral("line-x"),
          QStringLiteral("insert"), evilHlc(1), lineFields}});
    const Reply reply = m_f.postJson(QStringLiteral("/api/v1/sync/push"), body,
                                     Fixture::bearer(south));
    QCOMPARE(reply.status, 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (const QJsonValue &r : results)
        QCOMPARE(r.toObject().value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("refused"));
    QCOMPARE(serverCount(QStringLiteral("table_name = 'order_lines'")), 0);

    QVERIFY(n.sync());
    QCOMPARE(n.orderField(order, QStringLiteral("total_micros")), QStringLiteral("300000000"));

    // An update of some fields of an id nobody holds makes no row (an order of a city alone,
    // which no desk could take), and its answer is the foreign order's word for word: it does
    // not tell which ids exist.
    const QString made = QStringLiteral("6f1d2c3b-0000-4000-8000-00000000beef");
    const QJsonObject probe = Hearth::Sync::Protocol::pushJson(
        {{QStringLiteral("x-3"), QStringLiteral("sales_orders"), made, QStringLiteral("update"),
          evilHlc(2), QJsonObject{{QStringLiteral("city"), QStringLiteral("x")}}},
         {QStringLiteral("x-4"), QStringLiteral("sales_orders"), order, QStringLiteral("update"),
          evilHlc(3), QJsonObject{{QStringLiteral("city"), QStringLiteral("x")}}}});
    const Reply probed = m_f.postJson(QStringLiteral("/api/v1/sync/push"), probe,
                                      Fixture::bearer(south));
    QCOMPARE(probed.status, 200);
    const QJsonArray answers = probed.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(answers.size(), 2);
    for (const QString key : {QStringLiteral("outcome"), QStringLiteral("detail")}) {
        QCOMPARE(answers.at(0).toObject().value(key).toString(),
                 answers.at(1).toObject().value(key).toString());
    }
    QCOMPARE(answers.at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("refused"));
    QCOMPARE(serverCount(QStringLiteral("row_id = '%1'").arg(made)), 0);
}

void tst_SyncEngine::installerGetsNoOrders()
{
    const QString installer = addMember(QStringLiteral("install_team"), QStringLiteral("IT-01"),
                                        QStringLiteral("installer.sun"),
                                        Hearth::Users::Role::Installer);
    QVERIFY(!installer.isEmpty());
    Desk office;
    Desk field;
    QVERIFY(openDesk(office, QStringLiteral("office"), m_adminToken));
    QVERIFY(openDesk(field, QStringLiteral("field"), installer));
    QVERIFY(!office.addOrder(QStringLiteral("SO-O-0001"), QString(), 1).isEmpty());
    QVERIFY(office.sync());

    // The installer's role may neither read nor write orders, even of its own unit.
    const QString own = field.addOrder(QStringLiteral("SO-F-0001"), QString(), 1);
    const std::optional<Hearth::Sync::SyncReport> got = field.sync();
    QVERIFY(got);
    QCOMPARE(got->refused, 1);
    QCOMPARE(got->pulled, 0);
    QCOMPARE(field.count(QStringLiteral("sales_orders")), 1);
    QCOMPARE(serverCount(QStringLiteral("row_id = '%1'").arg(own)), 0);
    const QList<Hearth::Sync::SyncConflict> conflicts = field.engine->replica().conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0).kind, Hearth::Sync::SyncConflict::Kind::Refused);
}

void tst_SyncEngine::pullPagesThroughManyChanges()
{
    constexpr int Customers = 1050;
    Desk a;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken, 100, 100));
    for (int i = 0; i < Customers; ++i)
        QVERIFY(!a.addCustomer(QStringLiteral("客户 %1").arg(i, 4, 10, QLatin1Char('0')))
                     .isEmpty());
    const std::optional<Hearth::Sync::SyncReport> pushed = a.sync();
    QVERIFY(pushed);
    QCOMPARE(pushed->applied, Customers);
    QCOMPARE(pushed->pages, 11);

    Desk fresh;
    QVERIFY(openDesk(fresh, QStringLiteral("fresh"), m_adminToken, 100, 100));
    QSignalSpy progress(fresh.engine.get(), &Hearth::Sync::SyncEngine::progress);
    const std::optional<Hearth::Sync::SyncReport> pulled = fresh.sync();
    QVERIFY(pulled);
    QCOMPARE(pulled->pulled, Customers);
    QCOMPARE(pulled->pages, 11);
    QCOMPARE(progress.size(), 11);
    QCOMPARE(progress.last().at(1).toInt(), Customers);
    QCOMPARE(fresh.snapshot(QStringLiteral("customers")), a.snapshot(QStringLiteral("customers")));
    QCOMPARE(fresh.engine->replica().lastRevision(), a.engine->replica().lastRevision());
}

void tst_SyncEngine::pushBatchesStayUnderTheBodyLimit()
{
    Desk a;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken, 100));
    Hearth::Sync::SyncSettings small = settings(m_adminToken, 100);
    small.maxPushBytes = 1000;
    a.engine = std::make_unique<Hearth::Sync::SyncEngine>(a.path, small);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!a.addCustomer(QStringLiteral("客户 %1").arg(i)).isEmpty());
    const std::optional<Hearth::Sync::SyncReport> got = a.sync();
    QVERIFY(got);
    QCOMPARE(got->applied, 12);
    // Each customer's entry is about 400 bytes: two go in a batch under 1,000.
    QCOMPARE(got->batches, 6);
    QCOMPARE(serverCount(QStringLiteral("table_name = 'customers'")), 12);
}

void tst_SyncEngine::entriesOfTablesThatDoNotSyncWait()
{
    Desk a;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken));
    const QString order = a.addOrder(QStringLiteral("SO-A-0007"), QString(), 1);
    QVERIFY(Hearth::Storage::ChangeLog::record(
        *a.connection, {QStringLiteral("review_findings"), a.newId(),
                        Hearth::Storage::ChangeLog::Op::Insert, {}, {}, a.clock->now(), {}}));
    const std::optional<Hearth::Sync::SyncReport> got = a.sync();
    QVERIFY(got);
    QCOMPARE(got->pushed, 1);
    QCOMPARE(a.count(QStringLiteral("outbox"), QStringLiteral("sent_at IS NULL")), 1);
    QCOMPARE(a.count(QStringLiteral("outbox"),
                     QStringLiteral("sent_at IS NULL AND table_name = 'review_findings'")), 1);
    QCOMPARE(a.engine->replica().pendingCount(), 0);
    QCOMPARE(serverCount(QStringLiteral("row_id = '%1'").arg(order)), 1);
}

void tst_SyncEngine::badPushNamesTheField_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<QString>("field");
    const QJsonObject good{{QStringLiteral("change_id"), QStringLiteral("c-1")},
                           {QStringLiteral("table"), QStringLiteral("customers")},
                           {QStringLiteral("row_id"), QStringLiteral("r-1")},
                           {QStringLiteral("op"), QStringLiteral("insert")},
                           {QStringLiteral("hlc"), QStringLiteral("1764576000000-00000-a")},
                           {QStringLiteral("fields"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("陈先生")}}}};
    QJsonObject e = good;
    e.insert(QStringLiteral("table"), QStringLiteral("users"));
    QTest::newRow("table not synced") << e << QStringLiteral("entries[1].table");
    e = good;
    e.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("password_hash"), 1}});
    QTest::newRow("field not synced") << e << QStringLiteral("entries[1].fields.password_hash");
    e = good;
    e.insert(QStringLiteral("fields"),
             QJsonObject{{QStringLiteral("name"), QJsonArray{QStringLiteral("a")}}});
    QTest::newRow("nested value") << e << QStringLiteral("entries[1].fields.name");
    e = good;
    e.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("segment"), 1.5}});
    QTest::newRow("fractional number") << e << QStringLiteral("entries[1].fields.segment");
    e = good;
    e.insert(QStringLiteral("op"), QStringLiteral("upsert"));
    QTest::newRow("unknown op") << e << QStringLiteral("entries[1].op");
    e = good;
    e.remove(QStringLiteral("change_id"));
    QTest::newRow("no change id") << e << QStringLiteral("entries[1].change_id");
    e = good;
    e.remove(QStringLiteral("fields"));
    QTest::newRow("insert without fields") << e << QStringLiteral("entries[1].fields");
    e = good;
    e.insert(QStringLiteral("hlc"), QStringLiteral("yesterday"));
    QTest::newRow("hlc not a clock time") << e << QStringLiteral("entries[1].hlc");
    e = good;
    e.insert(QStringLiteral("hlc"), Hearth::Core::HybridClock::format(
                                        QDateTime::currentMSecsSinceEpoch() + 2 * 3600 * 1000, 0,
                                        QStringLiteral("fast")));
    QTest::newRow("hlc hours ahead") << e << QStringLiteral("entries[1].hlc");
    e = good;
    e.insert(QStringLiteral("priority"), 1);
    QTest::newRow("unknown key") << e << QStringLiteral("entries[1].priority");
    e = good;
    e.insert(QStringLiteral("next_statuses"), QStringLiteral("approved"));
    QTest::newRow("next statuses not a list") << e << QStringLiteral("entries[1].next_statuses");
    e.insert(QStringLiteral("next_statuses"), QJsonArray{QStringLiteral("approved"), 3});
    QTest::newRow("a next status a number") << e << QStringLiteral("entries[1].next_statuses");
    // Values a desk's database would refuse, or read as something else, are refused here:
    // otherwise every desk would fail to apply them for good.
    e = good;
    e.insert(QStringLiteral("table"), QStringLiteral("sales_orders"));
    e.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("total_micros"),
                                                    QStringLiteral("lots")}});
    QTest::newRow("a total in words") << e << QStringLiteral("entries[1].fields.total_micros");
    e.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("deposit_fen"), 12.5}});
    QTest::newRow("half a fen") << e << QStringLiteral("entries[1].fields.deposit_fen");
    e.insert(QStringLiteral("table"), QStringLiteral("receipts"));
    e.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("amount_fen"), -100}});
    QTest::newRow("a negative receipt") << e << QStringLiteral("entries[1].fields.amount_fen");
    e.insert(QStringLiteral("fields"), QJsonObject{{QStringLiteral("method"),
                                                    QStringLiteral("bitcoin")}});
    QTest::newRow("an unknown method") << e << QStringLiteral("entries[1].fields.method");
}

void tst_SyncEngine::badPushNamesTheField()
{
    QFETCH(QJsonObject, entry);
    QFETCH(QString, field);
    QJsonObject first = entry;
    first.insert(QStringLiteral("change_id"), QStringLiteral("c-0"));
    first.insert(QStringLiteral("table"), QStringLiteral("customers"));
    first.insert(QStringLiteral("op"), QStringLiteral("insert"));
    first.insert(QStringLiteral("row_id"), QStringLiteral("r-0"));
    first.insert(QStringLiteral("hlc"), QStringLiteral("1764576000000-00000-a"));
    first.insert(QStringLiteral("fields"),
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("陈先生")}});
    first.remove(QStringLiteral("priority"));
    first.remove(QStringLiteral("next_statuses"));
    const QJsonObject body{{QStringLiteral("entries"), QJsonArray{first, entry}}};
    const Reply reply = m_f.postJson(QStringLiteral("/api/v1/sync/push"), body,
                                     Fixture::bearer(m_adminToken));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
    // Nothing of the batch is written, not even its good first entry.
    QCOMPARE(serverCount(QStringLiteral("1 = 1")), 0);
    QCOMPARE(m_f.count(QStringLiteral("sync_applied")), 0);
}

void tst_SyncEngine::pullQueryIsChecked_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative after") << QStringLiteral("after=-1") << QStringLiteral("after");
    QTest::newRow("text after") << QStringLiteral("after=x%27%20OR%201=1")
                                << QStringLiteral("after");
    QTest::newRow("limit zero") << QStringLiteral("limit=0") << QStringLiteral("limit");
    QTest::newRow("limit too big") << QStringLiteral("limit=1001") << QStringLiteral("limit");
    QTest::newRow("unknown") << QStringLiteral("scope=all") << QStringLiteral("scope");
}

void tst_SyncEngine::pullQueryIsChecked()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Reply reply = m_f.call("GET", QStringLiteral("/api/v1/sync/pull?") + query, {},
                                 Fixture::bearer(m_adminToken));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), field);
}

void tst_SyncEngine::syncNeedsSignIn()
{
    const Reply pull = m_f.call("GET", QStringLiteral("/api/v1/sync/pull"));
    QCOMPARE(pull.status, 401);
    const Reply push = m_f.postJson(QStringLiteral("/api/v1/sync/push"),
                                    {{QStringLiteral("entries"), QJsonArray()}},
                                    Fixture::bearer(QStringLiteral("not-a-token")));
    QCOMPARE(push.status, 401);
    const Reply wrongMethod = m_f.call("GET", QStringLiteral("/api/v1/sync/push"), {},
                                       Fixture::bearer(m_adminToken));
    QCOMPARE(wrongMethod.status, 405);

    Desk a;
    QVERIFY(openDesk(a, QStringLiteral("a"), QStringLiteral("expired")));
    QVERIFY(!a.addOrder(QStringLiteral("SO-A-0005"), QString(), 1).isEmpty());
    const Hearth::Core::Result<Hearth::Sync::SyncReport> refused = a.engine->run();
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("401")));
    QCOMPARE(a.engine->replica().pendingCount(), 1);
}

void tst_SyncEngine::runsOnAWorkerThread()
{
    Desk a;
    Desk b;
    QVERIFY(openDesk(a, QStringLiteral("a"), m_adminToken));
    QVERIFY(openDesk(b, QStringLiteral("b"), m_adminToken));
    const QString order = a.addOrder(QStringLiteral("SO-A-0006"), QString(), 1);
    QVERIFY(a.sync());

    QThread worker;
    Hearth::Sync::SyncEngine *engine = b.engine.release();
    engine->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, engine, &QObject::deleteLater);
    worker.start();
    QSignalSpy finished(engine, &Hearth::Sync::SyncEngine::finished);
    QMetaObject::invokeMethod(engine, &Hearth::Sync::SyncEngine::syncNow, Qt::QueuedConnection);
    QVERIFY(finished.wait(20000));
    worker.quit();
    QVERIFY(worker.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(b.orderField(order, QStringLiteral("order_no")), QStringLiteral("SO-A-0006"));
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_syncengine.moc"
