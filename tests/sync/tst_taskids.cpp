#include "appdesk.h"
#include "syncharness.h"

#include "orders/importreport.h"
#include "orders/orderrepository.h"
#include "orders/orderwriter.h"
#include "storage/transaction.h"
#include "storage/database.h"
#include "workflow/orgunits.h"
#include "workflow/processengine.h"
#include "workflow/taskrows.h"
#include "workflow/taskstore.h"

#include <QSet>

#include <algorithm>

using namespace SyncTest;
using namespace Hearth;
using Hearth::Sync::SyncConflict;

// Two desks split (拆单) the same order offline: the tasks, parts and hardware the split makes
// take their ids from the order and their key, so that after sync each desk holds one set.
class tst_TaskIds : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyedIdsAreStable_data();
    void keyedIdsAreStable();
    void twoDesksSplitTheSameOrderOffline();
    void twoDesksImportAndSplitOneChannelOrderOffline();

private:
    Harness m_h;
};

namespace {

// The same people on every desk, under the same ids, as the server's user list gives them.
const QList<QPair<const char *, const char *>> people{
    {"zhang.clerk", "clerk"},     {"li.manager", "sales_manager"}, {"zhao.gm", "general_manager"},
    {"wu.planner", "planner"},    {"qian.finance", "finance"},     {"sun.purchaser", "purchaser"},
    {"zhou.warehouse", "warehouse"}};

/// A kitchen every review rule passes: two base cabinets and a quartz top, 30 % deposit.
Orders::SalesOrder kitchen()
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = QStringLiteral("K-2026-0042");
    o.customer.name = QStringLiteral("王伟");
    o.customer.mobile = QStringLiteral("13912345678");
    o.customer.address = {QStringLiteral("浙江省"), QStringLiteral("杭州市"),
                          QStringLiteral("西湖区"), QStringLiteral("文三路12号"), QString()};
    o.address = o.customer.address;
    o.signedOn = QDate(2026, 9, 28);
    o.ownerId = personId("zhang.clerk");
    o.lines = {cabinet(1, 800, 3000), cabinet(2, 600, 3000)};
    Orders::OrderLine top;
    top.lineNo = 3;
    top.sku = QStringLiteral("TOP-QZ20");
    top.description = QStringLiteral("石英石台面 20mm");
    top.category = QStringLiteral("台面");
    top.unit = Orders::Unit::Metre;
    top.quantity = Core::Decimal::fromMicros(1'400'000);
    top.unitPrice = Core::Decimal::fromInt(1000);
    top.amount = Core::Decimal::fromInt(1400);
    o.lines.append(top);
    o.depositFen = 740000 * 3 / 10;
    return o;
}

/// Opens the desk's file as the app does, with its people.
bool openAsApp(Desk &desk)
{
    return SyncTest::openAsApp(desk, people);
}

/// Runs the process engine over the desk's waiting orders: review and split.
bool runEngine(Desk &desk)
{
    if (!openAsApp(desk))
        return false;
    bool ok = false;
    {
        Workflow::ProcessEngine engine;
        if (Core::Status ready = engine.prepare(); !ready) {
            qWarning() << ready.error().toString();
        } else {
            Storage::Connection &c = Storage::Database::connection();
            if (const auto workshop = Workflow::OrgUnits::findByCode(c, QStringLiteral("WS-CAB")))
                Workflow::OrgUnits::addMember(c, workshop->id, personId("wu.planner"));
            const auto run = engine.runWaiting();
            ok = run && run->errors.isEmpty() && run->split == 1;
            if (!ok)
                qWarning() << "the engine did not split the order";
        }
    }
    Storage::Database::close();
    return ok;
}

QStringList column(Desk &desk, const QString &sql, const QString &orderId)
{
    QSqlQuery q(desk.connection->sql());
    q.prepare(sql);
    q.addBindValue(orderId);
    q.exec();
    QStringList values;
    while (q.next())
        values.append(q.value(0).toString());
    return values;
}

QStringList liveTaskKeys(Desk &desk, const QString &orderId)
{
    return column(desk,
                  QStringLiteral("SELECT task_key FROM tasks WHERE order_id = ? AND deleted = 0 "
                                 "ORDER BY task_key"),
                  orderId);
}

} // namespace

void tst_TaskIds::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_TaskIds::init()
{
    QVERIFY(m_h.start());
}

void tst_TaskIds::cleanup()
{
    m_h.stop();
}

void tst_TaskIds::keyedIdsAreStable_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("generation");
    QTest::newRow("a work order task") << "tasks" << "work_order:WS-CAB" << 0;
    QTest::newRow("the same key added back after a cancel") << "tasks" << "work_order:WS-CAB" << 1;
    QTest::newRow("a panel") << "order_parts" << "1.base.SIDE-L" << 0;
    QTest::newRow("a work order of the same key as its task")
        << "work_orders" << "work_order:WS-CAB" << 0;
}

void tst_TaskIds::keyedIdsAreStable()
{
    QFETCH(QString, table);
    QFETCH(QString, key);
    QFETCH(int, generation);
    using Workflow::Internal::TaskRows;
    const QString order = QStringLiteral("0b6e1c52-3f0a-4d7e-9a51-6c2f8e4d1a90");
    const QString id = TaskRows::keyedId(table, order, key, generation);
    QCOMPARE(QUuid(id).version(), QUuid::Sha1);
    QCOMPARE(TaskRows::keyedId(table, order, key, generation), id);
    QVERIFY(TaskRows::keyedId(table, order, key, generation + 1) != id);
    QVERIFY(TaskRows::keyedId(table, QStringLiteral("another order"), key, generation) != id);
    QVERIFY(TaskRows::keyedId(QStringLiteral("other_table"), order, key, generation) != id);
}

void tst_TaskIds::twoDesksSplitTheSameOrderOffline()
{
    Desk a;
    Desk b;
    // A split's entries (the plan, the parts) are large: a few a request stay under the
    // server's body limit.
    Hearth::Sync::SyncSettings settings = m_h.settings(m_h.adminToken);
    settings.pushBatch = 5;
    for (Desk *desk : {&a, &b}) {
        const QString name = desk == &a ? QStringLiteral("a") : QStringLiteral("b");
        QVERIFY(desk->open(m_h.dir->filePath(name + QStringLiteral(".hearth")), settings));
        QVERIFY(desk->exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
    }
    QVERIFY(openAsApp(a));
    Orders::SalesOrder order = kitchen();
    const Core::Status saved = Orders::OrderRepository::save(order);
    Storage::Database::close();
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(b.count(QStringLiteral("sales_orders")), 1);

    // Offline, both desks run the engine: each reviews and splits the order by itself.
    QVERIFY(runEngine(a));
    QVERIFY(runEngine(b));
    const QStringList split = liveTaskKeys(a, order.id);
    QVERIFY2(split.size() >= 5, qPrintable(split.join(u',')));
    QCOMPARE(liveTaskKeys(b, order.id), split);
    const QString parts = QStringLiteral("SELECT id FROM order_parts WHERE order_id = ? "
                                         "ORDER BY id");
    const QStringList partIds = column(a, parts, order.id);
    QVERIFY(!partIds.isEmpty());
    QCOMPARE(column(b, parts, order.id), partIds);

    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());

    // One set of tasks on each desk, the split's count, under the same ids.
    const QString ids = QStringLiteral("SELECT id FROM tasks WHERE order_id = ? AND deleted = 0 "
                                       "ORDER BY id");
    const QStringList taskIds = column(a, ids, order.id);
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(liveTaskKeys(*desk, order.id), split);
        QCOMPARE(desk->count(QStringLiteral("tasks"),
                             QStringLiteral("order_id = '%1'").arg(order.id)),
                 qint64(split.size()));
        QCOMPARE(column(*desk, ids, order.id), taskIds);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
        // The workshops both desks set up from the shipped defaults are the same rows, and
        // nothing is a conflict: not a task, a part or a unit, nor the order's status, which
        // both desks walked through the same steps (the second desk's steps up to where the
        // first left it are no change).
        const QList<SyncConflict> conflicts = desk->engine->replica().conflicts();
        QVERIFY2(conflicts.isEmpty(),
                 qPrintable(conflicts.isEmpty() ? QString()
                                                : conflicts.first().table + u' '
                                                      + conflicts.first().detail));
    }
    QCOMPARE(a.snapshot(QStringLiteral("org_units")), b.snapshot(QStringLiteral("org_units")));
    QCOMPARE(QSet<QString>(taskIds.begin(), taskIds.end()).size(), split.size());
    QCOMPARE(a.snapshot(QStringLiteral("tasks")), b.snapshot(QStringLiteral("tasks")));
    const QString status = QStringLiteral("SELECT status FROM sales_orders WHERE id = ?");
    QCOMPARE(column(b, status, order.id), column(a, status, order.id));
    QVERIFY(column(a, status, order.id) != QStringList{QStringLiteral("new")});
}

void tst_TaskIds::twoDesksImportAndSplitOneChannelOrderOffline()
{
    // Neither desk has seen the other: each imports the store's order from its file and runs
    // the engine on it. The order is one order (its id comes from the channel and number), its
    // status walked on both desks through the same steps is no conflict, and its customer is
    // one customer.
    Desk a;
    Desk b;
    Hearth::Sync::SyncSettings settings = m_h.settings(m_h.adminToken);
    settings.pushBatch = 5;
    for (Desk *desk : {&a, &b}) {
        const QString name = desk == &a ? QStringLiteral("ia") : QStringLiteral("ib");
        QVERIFY(desk->open(m_h.dir->filePath(name + QStringLiteral(".hearth")), settings));
        QVERIFY(desk->exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
        QVERIFY(openAsApp(*desk));
        Storage::Connection &c = Storage::Database::connection();
        Orders::ImportReport report;
        {
            Storage::Transaction tx(c);
            QVERIFY(tx.isActive());
            Orders::Internal::OrderWriter writer(c, report, QStringLiteral("store-k.xlsx"));
            Orders::SalesOrder order = kitchen();
            order.channelOrderNo = QStringLiteral("K-2026-0099");
            const Core::Status wrote = writer.write(order);
            QVERIFY2(wrote, qPrintable(wrote ? QString() : wrote.error().toString()));
            QVERIFY(writer.finish());
            QVERIFY(tx.commit());
        }
        Storage::Database::close();
        QVERIFY(runEngine(*desk));
    }
    for (int round = 0; round < 2; ++round) {
        QVERIFY(a.sync());
        QVERIFY(b.sync());
    }
    const QString order = Orders::OrderRepository::channelOrderId(
        Orders::channelCode(Orders::Channel::Store), QStringLiteral("K-2026-0099"));
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(desk->count(QStringLiteral("sales_orders")), qint64(1));
        QCOMPARE(desk->count(QStringLiteral("customers")), qint64(1));
        const QList<SyncConflict> conflicts = desk->engine->replica().conflicts();
        QVERIFY2(conflicts.isEmpty(),
                 qPrintable(conflicts.isEmpty() ? QString()
                                                : conflicts.first().table + u' '
                                                      + conflicts.first().detail));
    }
    const QString status = QStringLiteral("SELECT status FROM sales_orders WHERE id = ?");
    QCOMPARE(column(b, status, order), column(a, status, order));
    QCOMPARE(a.snapshot(QStringLiteral("tasks")), b.snapshot(QStringLiteral("tasks")));
}

QTEST_GUILESS_MAIN(tst_TaskIds)
#include "tst_taskids.moc"
