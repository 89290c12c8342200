#include "syncharness.h"

#include "core/hybridclock.h"
#include "orders/importreport.h"
#include "orders/orderrepository.h"
#include "orders/orderwriter.h"
#include "server/channelkeys.h"
#include "storage/transaction.h"
#include "server/accounts.h"
#include "server/naturalkeys.h"
#include "server/serversync.h"
#include "storage/database.h"
#include "warehouse/stocksetup.h"
#include "warehouse/supplierstore.h"
#include "sync/conflictresolver.h"

using namespace SyncTest;
using namespace Hearth;
using Hearth::Sync::SyncConflict;

// Two desks that give two rows one code or number offline (the same purchase order number,
// supplier code, package number or line number of one order) end with both rows on every
// desk: the server keeps the key for the row it received first and gives the other a free one
// ("-2" on a code, the next free number within its order), which every desk pulls. Nothing is
// refused or left out, and the desk whose row was changed is told.
class tst_NaturalKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sameKeysOnTwoDesks();
    void codeChangedToATakenOne();
    void pulledBeforePushed();
    void retryKeepsTheGivenKey();
    void deleteFreesPackageNumber();
    void fillKeepsTheFirstHolder();
    void sameDealerAndProductOnTwoDesks();
    void seededDefaultsOnTwoDesks();
    void sameChannelOrderOnTwoDesks();

private:
    /// An order of three lines and two packages (of three) that desk `a` makes and both
    /// desks sync before they go offline.
    QString sharedOrder(Desk &a, Desk &b);
    QString addSupplier(Desk &desk, const QString &code, const QString &name);
    QString addPurchaseOrder(Desk &desk, const QString &poNo, const QString &supplier);
    QString addLine(Desk &desk, const QString &order, int lineNo, const QString &description);
    QString addPackage(Desk &desk, const QString &order, int number, int count);
    /// A supplier written straight through ServerSync by the administrator, as a push of
    /// one entry; no answer when it fails.
    std::optional<Sync::PushResult> pushSupplier(const QString &changeId, const QString &rowId,
                                                 const QString &code);
    static qint64 applyFailed(Desk &desk);
    static QList<SyncConflict> notices(Desk &desk);

    Harness m_h;
};

namespace {

const QString stamp = QStringLiteral("2026-12-04T09:00:00Z");

QJsonObject stamped(QJsonObject row)
{
    row.insert(QStringLiteral("created_at"), stamp);
    row.insert(QStringLiteral("updated_at"), stamp);
    return row;
}

} // namespace

void tst_NaturalKeys::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_NaturalKeys::init()
{
    QVERIFY(m_h.start());
}

void tst_NaturalKeys::cleanup()
{
    m_h.stop();
}

QString tst_NaturalKeys::addSupplier(Desk &desk, const QString &code, const QString &name)
{
    const QString id = desk.newId();
    return insertRow(desk, QStringLiteral("suppliers"), id,
                     stamped({{QStringLiteral("code"), code},
                              {QStringLiteral("name"), name},
                              {QStringLiteral("lead_days"), 7}}))
               ? id
               : QString();
}

QString tst_NaturalKeys::addPurchaseOrder(Desk &desk, const QString &poNo,
                                          const QString &supplier)
{
    const QString id = desk.newId();
    return insertRow(desk, QStringLiteral("purchase_orders"), id,
                     stamped({{QStringLiteral("po_no"), poNo},
                              {QStringLiteral("supplier_id"), supplier},
                              {QStringLiteral("ordered_on"), QStringLiteral("2026-12-04")},
                              {QStringLiteral("total_micros"), 115000000}}))
               ? id
               : QString();
}

QString tst_NaturalKeys::addLine(Desk &desk, const QString &order, int lineNo,
                                 const QString &description)
{
    const QString id = desk.newId();
    return insertRow(desk, QStringLiteral("order_lines"), id,
                     {{QStringLiteral("order_id"), order},
                      {QStringLiteral("line_no"), lineNo},
                      {QStringLiteral("description"), description},
                      {QStringLiteral("quantity_micros"), 1000000},
                      {QStringLiteral("amount_micros"), 1000000000}},
                     order)
               ? id
               : QString();
}

QString tst_NaturalKeys::addPackage(Desk &desk, const QString &order, int number, int count)
{
    const QString id = desk.newId();
    return insertRow(desk, QStringLiteral("packages"), id,
                     stamped({{QStringLiteral("order_id"), order},
                              {QStringLiteral("number"), number},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("status"), QStringLiteral("planned")}}),
                     order)
               ? id
               : QString();
}

QString tst_NaturalKeys::sharedOrder(Desk &a, Desk &b)
{
    const QString order = newOrder(a, QStringLiteral("SO20261204001"));
    if (order.isEmpty())
        return {};
    const QStringList lines{QStringLiteral("吊柜"), QStringLiteral("地柜"),
                            QStringLiteral("台面")};
    for (int i = 0; i < lines.size(); ++i) {
        if (addLine(a, order, i + 1, lines.at(i)).isEmpty())
            return {};
    }
    if (addPackage(a, order, 1, 3).isEmpty() || addPackage(a, order, 2, 3).isEmpty())
        return {};
    if (!a.sync() || !b.sync())
        return {};
    return order;
}

std::optional<Sync::PushResult> tst_NaturalKeys::pushSupplier(const QString &changeId,
                                                             const QString &rowId,
                                                             const QString &code)
{
    const std::optional<Server::ServerUser> admin =
        Server::Accounts(*m_h.f.store).findUser(QStringLiteral("admin"));
    if (!admin)
        return std::nullopt;
    const Sync::PushEntry entry{
        changeId, QStringLiteral("suppliers"), rowId, QStringLiteral("insert"),
        Core::HybridClock::format(QDateTime::currentMSecsSinceEpoch(), 0,
                                  QStringLiteral("desk-x")),
        QJsonObject{{QStringLiteral("code"), code},
                    {QStringLiteral("name"), QStringLiteral("佛山五金厂")},
                    {QStringLiteral("lead_days"), 7},
                    {QStringLiteral("created_at"), stamp},
                    {QStringLiteral("updated_at"), stamp}}};
    if (!m_h.f.store->begin())
        return std::nullopt;
    const auto applied = Server::ServerSync(*m_h.f.store)
                             .apply({entry}, Server::SyncScope::of(*admin),
                                    QDateTime::currentDateTimeUtc());
    if (!applied || !m_h.f.store->commit())
        return std::nullopt;
    return applied->first();
}

qint64 tst_NaturalKeys::applyFailed(Desk &desk)
{
    return desk.count(QStringLiteral("sync_conflicts"), QStringLiteral("kind = 'apply_failed'"));
}

QList<SyncConflict> tst_NaturalKeys::notices(Desk &desk)
{
    QList<SyncConflict> list;
    for (const SyncConflict &c : desk.engine->replica().conflicts()) {
        if (c.kind == SyncConflict::Kind::KeyChanged)
            list.append(c);
    }
    return list;
}

void tst_NaturalKeys::sameKeysOnTwoDesks()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = sharedOrder(a, b);
    QVERIFY(!order.isEmpty());
    QCOMPARE(b.count(QStringLiteral("order_lines")), 3);

    // Offline, both desks add the same supplier code, purchase order number, line 4 and
    // package 3 (of 3) of the shared order.
    const QString supplierA =
        addSupplier(a, QStringLiteral("S001"), QStringLiteral("佛山五金厂"));
    const QString supplierB =
        addSupplier(b, QStringLiteral("S001"), QStringLiteral("顺德板材厂"));
    QVERIFY(!supplierA.isEmpty() && !supplierB.isEmpty());
    const QString poA = addPurchaseOrder(a, QStringLiteral("PO-2026-0007"), supplierA);
    const QString poB = addPurchaseOrder(b, QStringLiteral("PO-2026-0007"), supplierB);
    QVERIFY(!poA.isEmpty() && !poB.isEmpty());
    const QString lineA = addLine(a, order, 4, QStringLiteral("踢脚线"));
    const QString lineB = addLine(b, order, 4, QStringLiteral("顶线"));
    QVERIFY(!lineA.isEmpty() && !lineB.isEmpty());
    const QString packageA = addPackage(a, order, 3, 3);
    const QString packageB = addPackage(b, order, 3, 3);
    QVERIFY(!packageA.isEmpty() && !packageB.isEmpty());

    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    Desk c;
    QVERIFY(m_h.openDesk(c, QStringLiteral("c"), m_h.adminToken));
    QVERIFY(c.sync());
    for (Desk *desk : {&a, &b, &c}) {
        QCOMPARE(applyFailed(*desk), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), supplierA, QStringLiteral("code")),
                 QStringLiteral("S001"));
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), supplierB, QStringLiteral("code")),
                 QStringLiteral("S001-2"));
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), supplierB, QStringLiteral("name")),
                 QStringLiteral("顺德板材厂"));
        QCOMPARE(field(*desk, QStringLiteral("purchase_orders"), poA, QStringLiteral("po_no")),
                 QStringLiteral("PO-2026-0007"));
        QCOMPARE(field(*desk, QStringLiteral("purchase_orders"), poB, QStringLiteral("po_no")),
                 QStringLiteral("PO-2026-0007-2"));
        QCOMPARE(field(*desk, QStringLiteral("purchase_orders"), poB,
                       QStringLiteral("supplier_id")),
                 supplierB);
        QCOMPARE(field(*desk, QStringLiteral("order_lines"), lineA, QStringLiteral("line_no")),
                 QStringLiteral("4"));
        QCOMPARE(field(*desk, QStringLiteral("order_lines"), lineB, QStringLiteral("line_no")),
                 QStringLiteral("5"));
        QCOMPARE(field(*desk, QStringLiteral("order_lines"), lineB,
                       QStringLiteral("description")),
                 QStringLiteral("顶线"));
        QCOMPARE(desk->count(QStringLiteral("order_lines"),
                             QStringLiteral("order_id = '%1'").arg(order)),
                 5);
        QCOMPARE(field(*desk, QStringLiteral("packages"), packageA, QStringLiteral("number")),
                 QStringLiteral("3"));
        QCOMPARE(field(*desk, QStringLiteral("packages"), packageB, QStringLiteral("number")),
                 QStringLiteral("4"));
        // Package 4 of an order of 3 would break the desk's check: its count goes up with it.
        QCOMPARE(field(*desk, QStringLiteral("packages"), packageB, QStringLiteral("count")),
                 QStringLiteral("4"));
        QCOMPARE(desk->count(QStringLiteral("packages")), 4);
        for (const QString &table : {QStringLiteral("suppliers"),
                                     QStringLiteral("purchase_orders"),
                                     QStringLiteral("order_lines"), QStringLiteral("packages")}) {
            QCOMPARE(desk->snapshot(table), a.snapshot(table));
        }
    }

    // Desk b hears which of its rows got another key, and what it is now.
    QCOMPARE(notices(a).size(), 0);
    QCOMPARE(notices(c).size(), 0);
    const QList<SyncConflict> told = notices(b);
    QCOMPARE(told.size(), 4);
    QStringList tables;
    for (const SyncConflict &notice : told)
        tables.append(notice.table);
    tables.sort();
    QCOMPARE(tables, QStringList({QStringLiteral("order_lines"), QStringLiteral("packages"),
                                  QStringLiteral("purchase_orders"),
                                  QStringLiteral("suppliers")}));
    for (const SyncConflict &notice : told) {
        if (notice.table != QLatin1String("purchase_orders"))
            continue;
        QCOMPARE(notice.rowId, poB);
        QCOMPARE(notice.serverFields.value(QStringLiteral("po_no")).toString(),
                 QStringLiteral("PO-2026-0007-2"));
        QVERIFY2(notice.detail.contains(QStringLiteral("PO-2026-0007-2"))
                     && notice.detail.contains(QStringLiteral("purchase_orders")),
                 qPrintable(notice.detail));
    }
    // A notice is read, not settled: taking the server's keeps the row and its key.
    Sync::ConflictResolver resolver(*b.connection, *b.clock);
    const auto open = resolver.openConflicts();
    QVERIFY(open);
    QCOMPARE(open->size(), 4);
    QCOMPARE(open->first().kind, SyncConflict::Kind::KeyChanged);
    QVERIFY(!resolver.keepMine(open->first().id));
    QVERIFY(resolver.takeServers(open->first().id));
    QCOMPARE(resolver.openCount(), 3);
    QVERIFY(b.sync());
    for (const QString &table : {QStringLiteral("suppliers"), QStringLiteral("purchase_orders"),
                                 QStringLiteral("order_lines"), QStringLiteral("packages")}) {
        QCOMPARE(b.snapshot(table), a.snapshot(table));
    }

    // Each line and each package holds its own number on the server.
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE table_name = 'order_lines'")),
             qint64(5));
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE table_name = 'packages'")),
             qint64(4));
}

void tst_NaturalKeys::codeChangedToATakenOne()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString shared =
        addSupplier(a, QStringLiteral("S010"), QStringLiteral("佛山五金厂"));
    QVERIFY(!shared.isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    // Offline, desk a adds supplier S011 while desk b recodes the shared supplier to S011.
    const QString added = addSupplier(a, QStringLiteral("S011"), QStringLiteral("顺德板材厂"));
    QVERIFY(!added.isEmpty());
    QVERIFY(updateRow(b, QStringLiteral("suppliers"), shared,
                      {{QStringLiteral("code"), QStringLiteral("S011")},
                       {QStringLiteral("lead_days"), 9}}));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(applyFailed(*desk), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), added, QStringLiteral("code")),
                 QStringLiteral("S011"));
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), shared, QStringLiteral("code")),
                 QStringLiteral("S011-2"));
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), shared, QStringLiteral("lead_days")),
                 QStringLiteral("9"));
        QCOMPARE(desk->snapshot(QStringLiteral("suppliers")),
                 a.snapshot(QStringLiteral("suppliers")));
    }
    QCOMPARE(notices(a).size(), 0);
    QCOMPARE(notices(b).size(), 1);
    QCOMPARE(notices(b).first().serverFields.value(QStringLiteral("code")).toString(),
             QStringLiteral("S011-2"));
    // The old code is free again on the server.
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE key_value = 'S010'")),
             qint64(0));
}

void tst_NaturalKeys::pulledBeforePushed()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = sharedOrder(a, b);
    QVERIFY(!order.isEmpty());
    const QString supplierA =
        addSupplier(a, QStringLiteral("S020"), QStringLiteral("佛山五金厂"));
    const QString lineA = addLine(a, order, 4, QStringLiteral("踢脚线"));
    QVERIFY(!supplierA.isEmpty() && !lineA.isEmpty());
    QVERIFY(a.sync());

    // Desk b adds the same supplier code and line 4, and pulls desk a's rows before it pushes
    // its own: its rows stand aside under stand-ins until the server gives them their keys.
    const QString supplierB =
        addSupplier(b, QStringLiteral("S020"), QStringLiteral("顺德板材厂"));
    const QString lineB = addLine(b, order, 4, QStringLiteral("顶线"));
    QVERIFY(!supplierB.isEmpty() && !lineB.isEmpty());
    const std::optional<Server::ServerUser> admin =
        Server::Accounts(*m_h.f.store).findUser(QStringLiteral("admin"));
    QVERIFY(admin);
    const auto page = Server::ServerSync(*m_h.f.store)
                          .changesAfter(b.engine->replica().lastRevision(), 200,
                                        Server::SyncScope::of(*admin));
    QVERIFY(page);
    QVERIFY(!page->more);
    QVERIFY(b.engine->replica().applyPage(*page));
    QCOMPARE(applyFailed(b), 0);
    const qint64 rowid =
        b.value(QStringLiteral("SELECT rowid FROM order_lines WHERE id = ?"), {lineB})
            .toLongLong();
    QCOMPARE(field(b, QStringLiteral("order_lines"), lineB, QStringLiteral("line_no")),
             QString::number(Sync::SyncTables::StandInBase + rowid));
    QVERIFY(field(b, QStringLiteral("suppliers"), supplierB, QStringLiteral("code"))
                .startsWith(QStringLiteral("S020~")));

    QVERIFY(b.sync());
    QVERIFY(a.sync());
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(applyFailed(*desk), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), supplierA, QStringLiteral("code")),
                 QStringLiteral("S020"));
        QCOMPARE(field(*desk, QStringLiteral("suppliers"), supplierB, QStringLiteral("code")),
                 QStringLiteral("S020-2"));
        QCOMPARE(field(*desk, QStringLiteral("order_lines"), lineA, QStringLiteral("line_no")),
                 QStringLiteral("4"));
        QCOMPARE(field(*desk, QStringLiteral("order_lines"), lineB, QStringLiteral("line_no")),
                 QStringLiteral("5"));
        QCOMPARE(desk->snapshot(QStringLiteral("order_lines")),
                 a.snapshot(QStringLiteral("order_lines")));
    }
    QCOMPARE(notices(b).size(), 2);
}

void tst_NaturalKeys::retryKeepsTheGivenKey()
{
    const auto push = [this](const QString &changeId, const QString &rowId,
                             const QString &code) { return pushSupplier(changeId, rowId, code); };
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString change = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto held = push(QUuid::createUuid().toString(QUuid::WithoutBraces), first,
                           QStringLiteral("S900"));
    QVERIFY(held);
    QCOMPARE(held->outcome, Sync::Outcome::Applied);
    QVERIFY(held->detail.isEmpty());

    const auto renamed = push(change, second, QStringLiteral("S900"));
    QVERIFY(renamed);
    QCOMPARE(renamed->outcome, Sync::Outcome::Applied);
    QCOMPARE(renamed->serverFields.value(QStringLiteral("code")).toString(),
             QStringLiteral("S900-2"));

    // The same push again (its answer was lost): answered as a duplicate, nothing renamed.
    const auto again = push(change, second, QStringLiteral("S900"));
    QVERIFY(again);
    QCOMPARE(again->outcome, Sync::Outcome::Duplicate);
    QCOMPARE(again->revision, renamed->revision);
    QCOMPARE(again->serverFields.value(QStringLiteral("code")).toString(),
             QStringLiteral("S900-2"));
    QCOMPARE(again->detail, renamed->detail);
    // The row sent once more under a new change id keeps the code it was given.
    const auto resent = push(QUuid::createUuid().toString(QUuid::WithoutBraces), second,
                             QStringLiteral("S900"));
    QVERIFY(resent);
    QCOMPARE(resent->outcome, Sync::Outcome::Applied);
    QVERIFY(resent->serverFields.isEmpty());
    const QString fields = m_h.serverFields(QStringLiteral("suppliers"), second);
    QVERIFY2(fields.contains(QStringLiteral("\"code\":\"S900-2\"")), qPrintable(fields));
    QVERIFY2(m_h.serverFields(QStringLiteral("suppliers"), first)
                 .contains(QStringLiteral("\"code\":\"S900\"")),
             qPrintable(m_h.serverFields(QStringLiteral("suppliers"), first)));
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE table_name = 'suppliers'")),
             qint64(2));
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE key_value = 'S900-3'")),
             qint64(0));
}

void tst_NaturalKeys::deleteFreesPackageNumber()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = sharedOrder(a, b);
    QVERIFY(!order.isEmpty());
    const QString second = a.value(QStringLiteral("SELECT id FROM packages WHERE number = 2"))
                               .toString();
    QVERIFY(!second.isEmpty());

    // Desk a takes package 2 out; desk b, having pulled that, packs a new package 2.
    QVERIFY(deleteRow(a, QStringLiteral("packages"), second));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(field(b, QStringLiteral("packages"), second, QStringLiteral("deleted")),
             QStringLiteral("1"));
    const QString again = addPackage(b, order, 2, 3);
    QVERIFY(!again.isEmpty());
    QVERIFY(b.sync());
    QVERIFY(a.sync());

    for (Desk *desk : {&a, &b}) {
        QCOMPARE(applyFailed(*desk), 0);
        QCOMPARE(notices(*desk).size(), 0);
        QCOMPARE(field(*desk, QStringLiteral("packages"), again, QStringLiteral("number")),
                 QStringLiteral("2"));
        QCOMPARE(desk->count(QStringLiteral("packages"), QStringLiteral("deleted = 0")), 2);
        QCOMPARE(desk->snapshot(QStringLiteral("packages")),
                 a.snapshot(QStringLiteral("packages")));
    }
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE table_name = 'packages'")),
             qint64(2));
}

void tst_NaturalKeys::fillKeepsTheFirstHolder()
{
    // Rows a server held before it kept keys: two suppliers that both have the code S700 (the
    // second stored later), and a third with a code of its own.
    const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString third = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(pushSupplier(QUuid::createUuid().toString(QUuid::WithoutBraces), first,
                         QStringLiteral("S700")));
    QVERIFY(pushSupplier(QUuid::createUuid().toString(QUuid::WithoutBraces), second,
                         QStringLiteral("S701")));
    QVERIFY(pushSupplier(QUuid::createUuid().toString(QUuid::WithoutBraces), third,
                         QStringLiteral("S702")));
    QVERIFY(m_h.f.store->begin());
    QSqlQuery clash = m_h.f.store->prepare(QStringLiteral(
        "UPDATE sync_rows SET fields = REPLACE(fields, '\"S701\"', '\"S700\"') "
        "WHERE row_id = ?"));
    clash.addBindValue(second);
    QVERIFY(m_h.f.store->exec(clash));
    QSqlQuery forget = m_h.f.store->prepare(QStringLiteral("DELETE FROM sync_natural_keys"));
    QVERIFY(m_h.f.store->exec(forget));
    QVERIFY(Server::NaturalKeys(*m_h.f.store).fill());
    QVERIFY(m_h.f.store->commit());

    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys")), qint64(2));
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE key_value = 'S700' AND "
                                        "row_id = '%1'").arg(first)),
             qint64(1));
    QCOMPARE(m_h.f.count(QStringLiteral("sync_natural_keys WHERE key_value = 'S702' AND "
                                        "row_id = '%1'").arg(third)),
             qint64(1));
    // The second holder gets a code of its own when it next changes.
    const auto changed = pushSupplier(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                      second, QStringLiteral("S700"));
    QVERIFY(changed);
    QCOMPARE(changed->serverFields.value(QStringLiteral("code")).toString(),
             QStringLiteral("S700-2"));
    QVERIFY(m_h.serverFields(QStringLiteral("suppliers"), second)
                .contains(QStringLiteral("\"code\":\"S700-2\"")));
}

void tst_NaturalKeys::sameDealerAndProductOnTwoDesks()
{
    // Two desks each enter an order of dealer D-HZ01 with a product neither knew: a dealer or a
    // product is one row however many desks enter it, not two rows of which one is renamed.
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    QStringList orderIds;
    for (Desk *desk : {&a, &b}) {
        QVERIFY(Storage::Database::open(desk->path));
        Storage::Database::setCurrentUser(QStringLiteral("tester"));
        Orders::SalesOrder o;
        o.channel = Orders::Channel::Dealer;
        o.channelOrderNo = desk == &a ? QStringLiteral("HZ-0001") : QStringLiteral("HZ-0002");
        o.customer.name = desk == &a ? QStringLiteral("王伟") : QStringLiteral("李娜");
        o.customer.mobile = desk == &a ? QStringLiteral("13912345678")
                                       : QStringLiteral("13800001111");
        o.signedOn = QDate(2026, 12, 3);
        o.dealer = {{}, QStringLiteral("dealer"), QStringLiteral("D-HZ01"),
                    QStringLiteral("杭州城西经销商")};
        Orders::OrderLine line;
        line.lineNo = 1;
        line.sku = QStringLiteral("WR-2400");
        line.description = QStringLiteral("推拉门衣柜 2400");
        line.quantity = Core::Decimal::fromInt(1);
        line.unitPrice = Core::Decimal::fromInt(6800);
        line.amount = Core::Decimal::fromInt(6800);
        o.lines = {line};
        const Core::Status saved = Orders::OrderRepository::save(o);
        Storage::Database::close();
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        orderIds.append(o.id);
    }
    for (int round = 0; round < 2; ++round) {
        QVERIFY(a.sync());
        QVERIFY(b.sync());
    }
    const QString dealer = Orders::OrderRepository::partnerId(QStringLiteral("dealer"),
                                                              QStringLiteral("D-HZ01"));
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(desk->count(QStringLiteral("sales_orders")), qint64(2));
        QCOMPARE(desk->count(QStringLiteral("partners")), qint64(1));
        QCOMPARE(desk->value(QStringLiteral("SELECT code FROM partners WHERE id = ?"), {dealer})
                     .toString(),
                 QStringLiteral("D-HZ01"));
        QCOMPARE(desk->count(QStringLiteral("products"), QStringLiteral("sku = 'WR-2400'")),
                 qint64(1));
        QCOMPARE(desk->count(QStringLiteral("products"), QStringLiteral("sku LIKE 'WR-2400-%'")),
                 qint64(0));
        for (const QString &order : std::as_const(orderIds))
            QCOMPARE(desk->orderField(order, QStringLiteral("dealer_id")), dealer);
        // (These desks have no series of their own: one order number is renumbered.)
        for (const SyncConflict &c : notices(*desk))
            QCOMPARE(c.table, QStringLiteral("sales_orders"));
        QCOMPARE(applyFailed(*desk), qint64(0));
    }
}

void tst_NaturalKeys::seededDefaultsOnTwoDesks()
{
    // Two warehouse desks set up the shipped stock and supplier defaults offline: each default
    // is one row on every desk (not two, one of them renamed or refused).
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    Warehouse::StockSeedCounts stock;
    Warehouse::SupplierSeedCounts suppliers;
    for (Desk *desk : {&a, &b}) {
        QVERIFY(Storage::Database::open(desk->path));
        Storage::Database::setCurrentUser(QStringLiteral("tester"));
        const auto seeded = Warehouse::StockSetup::seedDefaults(Storage::Database::connection());
        const auto offers = Warehouse::SupplierStore::seedDefaults(
            Storage::Database::connection());
        Storage::Database::close();
        QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().toString()));
        QVERIFY2(offers, qPrintable(offers ? QString() : offers.error().toString()));
        stock = *seeded;
        suppliers = *offers;
    }
    QVERIFY(stock.items > 0 && stock.bins > 0 && suppliers.suppliers > 0 && suppliers.items > 0);
    for (int round = 0; round < 2; ++round) {
        QVERIFY(a.sync());
        QVERIFY(b.sync());
    }
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(desk->count(QStringLiteral("items")), qint64(stock.items));
        QCOMPARE(desk->count(QStringLiteral("warehouses")), qint64(stock.warehouses));
        QCOMPARE(desk->count(QStringLiteral("bins")), qint64(stock.bins));
        QCOMPARE(desk->count(QStringLiteral("suppliers")), qint64(suppliers.suppliers));
        QCOMPARE(desk->count(QStringLiteral("supplier_items")), qint64(suppliers.items));
        QCOMPARE(notices(*desk).size(), 0);
        QCOMPARE(applyFailed(*desk), qint64(0));
        QCOMPARE(desk->engine->replica().pendingCount(), qint64(0));
    }
    QCOMPARE(a.snapshot(QStringLiteral("items")), b.snapshot(QStringLiteral("items")));
    QCOMPARE(a.snapshot(QStringLiteral("supplier_items")),
             b.snapshot(QStringLiteral("supplier_items")));
}

void tst_NaturalKeys::sameChannelOrderOnTwoDesks()
{
    // Head office and the dealer each import the dealer's order sheet offline, with a price
    // of their own on the first line: one order of two lines comes out on every desk, and the
    // server's intake refuses the same order from the dealer's system as held already.
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    for (Desk *desk : {&a, &b}) {
        QVERIFY(Storage::Database::open(desk->path));
        Storage::Database::setCurrentUser(QStringLiteral("tester"));
        Storage::Connection &c = Storage::Database::connection();
        Orders::SalesOrder o;
        o.channel = Orders::Channel::Dealer;
        o.channelOrderNo = QStringLiteral("A-0100");
        o.customer.name = QStringLiteral("王女士");
        o.customer.mobile = QStringLiteral("13800138000");
        o.signedOn = QDate(2026, 12, 1);
        for (int n = 1; n <= 2; ++n) {
            Orders::OrderLine line;
            line.channelLineNo = QString::number(n);
            line.description = n == 1 ? QStringLiteral("衣柜") : QStringLiteral("安装费");
            line.quantity = Core::Decimal::fromInt(1);
            const int price = n == 1 ? (desk == &a ? 8000 : 8200) : 500;
            line.unitPrice = Core::Decimal::fromInt(price);
            line.amount = Core::Decimal::fromInt(price);
            o.lines.append(line);
        }
        Orders::ImportReport report;
        Storage::Transaction tx(c);
        QVERIFY(tx.isActive());
        Orders::Internal::OrderWriter writer(c, report, QStringLiteral("dealer-2026-12.csv"));
        const Core::Status wrote = writer.write(o);
        QVERIFY2(wrote, qPrintable(wrote ? QString() : wrote.error().toString()));
        QVERIFY(writer.finish());
        QVERIFY(tx.commit());
        Storage::Database::close();
    }
    for (int round = 0; round < 2; ++round) {
        QVERIFY(a.sync());
        QVERIFY(b.sync());
    }
    const QString order = Orders::OrderRepository::channelOrderId(
        Orders::channelCode(Orders::Channel::Dealer), QStringLiteral("A-0100"));
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(desk->count(QStringLiteral("sales_orders")), qint64(1));
        QCOMPARE(desk->count(QStringLiteral("customers")), qint64(1));
        QCOMPARE(desk->count(QStringLiteral("order_lines"),
                             QStringLiteral("order_id = '%1' AND deleted = 0").arg(order)),
                 qint64(2));
        // The later desk's price of the first line, and the total the lines make.
        QCOMPARE(desk->value(QStringLiteral("SELECT amount_micros FROM order_lines WHERE "
                                            "order_id = ? AND line_no = 1"),
                             {order})
                     .toLongLong(),
                 qint64(8200) * 1000000);
        QCOMPARE(desk->orderField(order, QStringLiteral("total_micros")),
                 QString::number(qint64(8700) * 1000000));
        QCOMPARE(applyFailed(*desk), qint64(0));
    }
    QCOMPARE(a.snapshot(QStringLiteral("order_lines")), b.snapshot(QStringLiteral("order_lines")));

    QVERIFY(m_h.f.store->begin());
    const auto key = Server::ChannelKeys(*m_h.f.store)
                         .create(QStringLiteral("erp"), Orders::Channel::Dealer, QString(),
                                 m_h.f.now);
    QVERIFY(key);
    QVERIFY(m_h.f.store->commit());
    QJsonObject body = ServerTest::Fixture::order(QStringLiteral("A-0100"));
    body.remove(QStringLiteral("dealer_code"));
    const ServerTest::Reply sent = m_h.f.postJson(
        QStringLiteral("/api/v1/orders"), body,
        {{QByteArrayLiteral("X-Hearth-Channel-Key"), key->secret.toUtf8()},
         {QByteArrayLiteral("Idempotency-Key"), QByteArrayLiteral("erp-a-0100")}});
    QCOMPARE(sent.status, 409);
    QCOMPARE(sent.errorField(), QStringLiteral("channel_order_no"));
    QVERIFY2(sent.errorMessage().contains(a.orderField(order, QStringLiteral("order_no"))),
             qPrintable(sent.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_NaturalKeys)
#include "tst_naturalkeys.moc"
