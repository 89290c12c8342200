#include "syncharness.h"

#include "core/hybridclock.h"
#include "server/accounts.h"
#include "server/serversync.h"

using namespace SyncTest;
using namespace Hearth;

// Two desks that numbered orders the same way offline (both before the server gave them a
// series of their own) end with one order per number: the server keeps the number for the
// order it received first and gives the other the number with "-2" appended, which its desk
// pulls back. Nothing is refused or left out on any desk.
class tst_OrderNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sameNumberOnTwoDesks();

private:
    Harness m_h;
};

void tst_OrderNumbers::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_OrderNumbers::init()
{
    QVERIFY(m_h.start());
}

void tst_OrderNumbers::cleanup()
{
    m_h.stop();
}

void tst_OrderNumbers::sameNumberOnTwoDesks()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString first = a.addOrder(QStringLiteral("SO00000001"), {}, 1'000'000'000);
    const QString second = b.addOrder(QStringLiteral("SO00000001"), {}, 2'000'000'000);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QVERIFY(!a.addLine(first, 1, 1'000'000'000).isEmpty());
    QVERIFY(!b.addLine(second, 1, 2'000'000'000).isEmpty());
    // Desk b's other order, SO00000002, is free and keeps its number.
    const QString other = b.addOrder(QStringLiteral("SO00000002"), {}, 500'000'000);
    QVERIFY(!other.isEmpty());

    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    // Desk b is told that its order got another number: a notice in its conflict list.
    QCOMPARE(a.engine->replica().conflicts().size(), 0);
    const QList<Sync::SyncConflict> told = b.engine->replica().conflicts();
    QCOMPARE(told.size(), 1);
    QCOMPARE(told.first().kind, Sync::SyncConflict::Kind::KeyChanged);
    QCOMPARE(told.first().rowId, second);
    QCOMPARE(told.first().serverFields.value(QStringLiteral("order_no")).toString(),
             QStringLiteral("SO00000001-2"));
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(desk->count(QStringLiteral("sync_conflicts"),
                             QStringLiteral("kind = 'apply_failed'")),
                 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
        QCOMPARE(desk->count(QStringLiteral("sales_orders")), 3);
        QCOMPARE(desk->orderField(first, QStringLiteral("order_no")),
                 QStringLiteral("SO00000001"));
        QCOMPARE(desk->orderField(second, QStringLiteral("order_no")),
                 QStringLiteral("SO00000001-2"));
        QCOMPARE(desk->orderField(other, QStringLiteral("order_no")),
                 QStringLiteral("SO00000002"));
        QCOMPARE(desk->count(QStringLiteral("order_lines")), 2);
    }
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE table_name = 'sales_orders' "
                                        "AND key_column = 'order_no'")),
             qint64(3));

    // A desk that sends the old number again (it had not pulled the new one yet) changes
    // nothing of the number; the rest of its change is taken.
    const std::optional<Server::ServerUser> admin =
        Server::Accounts(*m_h.f.store).findUser(QStringLiteral("admin"));
    QVERIFY(admin);
    const Sync::PushEntry stale{
        QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("sales_orders"),
        second, QStringLiteral("update"),
        Core::HybridClock::format(QDateTime::currentMSecsSinceEpoch() + 60'000, 0,
                                  QStringLiteral("desk-b")),
        QJsonObject{{QStringLiteral("order_no"), QStringLiteral("SO00000001")},
                    {QStringLiteral("promised_on"), QStringLiteral("2026-12-24")}}};
    QVERIFY(m_h.f.store->begin());
    const auto applied = Server::ServerSync(*m_h.f.store)
                             .apply({stale}, Server::SyncScope::of(*admin),
                                    QDateTime::currentDateTimeUtc());
    QVERIFY(applied);
    QCOMPARE(applied->first().outcome, Sync::Outcome::Applied);
    QVERIFY(m_h.f.store->commit());
    const QString held = m_h.serverFields(QStringLiteral("sales_orders"), second);
    QVERIFY2(held.contains(QStringLiteral("\"order_no\":\"SO00000001-2\"")), qPrintable(held));
    QVERIFY2(held.contains(QStringLiteral("\"promised_on\":\"2026-12-24\"")), qPrintable(held));

    // A desk installed afterwards receives every order once, without a conflict.
    Desk c;
    QVERIFY(m_h.openDesk(c, QStringLiteral("c"), m_h.adminToken));
    QVERIFY(c.sync());
    QCOMPARE(c.engine->replica().conflicts().size(), 0);
    QCOMPARE(c.count(QStringLiteral("sales_orders")), 3);
    QCOMPARE(c.orderField(second, QStringLiteral("order_no")), QStringLiteral("SO00000001-2"));
    QCOMPARE(c.orderField(second, QStringLiteral("promised_on")),
             QStringLiteral("2026-12-24"));
}

QTEST_GUILESS_MAIN(tst_OrderNumbers)
#include "tst_ordernumbers.moc"
