#include "syncharness.h"

#include "orders/orderrepository.h"
#include "orders/remakes.h"
#include "storage/database.h"

#include <functional>

using namespace SyncTest;
using namespace Hearth::Orders;
using Hearth::Core::Decimal;

// Order lines edited in the app (OrderRepository::save) on two desks offline: each line keeps
// its row, only the fields a desk touched travel, and both desks end with both edits.
class tst_LineSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void offlineLineEditsMerge_data();
    void offlineLineEditsMerge();
    void remakeAndLineDetailsTravel();

private:
    Harness m_h;
};

namespace {

SalesOrder kitchenOrder()
{
    SalesOrder o;
    o.channel = Channel::Store;
    o.customer.name = QStringLiteral("李娜");
    o.customer.mobile = QStringLiteral("13800001111");
    o.address = {QStringLiteral("广东省"), QStringLiteral("深圳市"), QStringLiteral("南山区"),
                 QStringLiteral("科技园路1号"), {}};
    o.signedOn = QDate(2026, 11, 20);
    o.depositFen = 10000;
    OrderLine cabinet;
    cabinet.description = QStringLiteral("地柜");
    cabinet.widthMm = 800;
    cabinet.heightMm = 720;
    cabinet.depthMm = 560;
    cabinet.colour = QStringLiteral("暖白");
    cabinet.quantity = Decimal::fromInt(2);
    cabinet.unitPrice = Decimal::fromInt(1500);
    cabinet.amount = Decimal::fromInt(3000);
    OrderLine handle;
    handle.sku = QStringLiteral("HW-0042");
    handle.description = QStringLiteral("拉手");
    handle.quantity = Decimal::fromInt(6);
    handle.unitPrice = Decimal::fromInt(25);
    handle.amount = Decimal::fromInt(150);
    o.lines = {cabinet, handle};
    return o;
}

/// Runs edit on the order as the desk's own order page does: through OrderRepository on the
/// desk's database file.
bool editOnDesk(Desk &desk, const QString &orderId, const std::function<void(SalesOrder &)> &edit)
{
    if (!Hearth::Storage::Database::open(desk.path))
        return false;
    Hearth::Storage::Database::setCurrentUser(QStringLiteral("clerk"));
    bool ok = false;
    SalesOrder order;
    if (orderId.isEmpty()) {
        order = kitchenOrder();
        ok = true;
    } else if (auto loaded = OrderRepository::load(orderId)) {
        order = *loaded;
        ok = true;
    } else {
        qWarning() << "cannot load the order:" << loaded.error().toString();
    }
    if (ok) {
        edit(order);
        const Hearth::Core::Status saved = OrderRepository::save(order);
        if (!saved)
            qWarning() << "cannot save the order:" << saved.error().toString();
        ok = saved.ok();
    }
    Hearth::Storage::Database::close();
    return ok;
}

QString newOrderOn(Desk &desk)
{
    if (!editOnDesk(desk, {}, [](SalesOrder &) {}))
        return {};
    QSqlQuery q(desk.connection->sql());
    q.exec(QStringLiteral("SELECT id FROM sales_orders"));
    return q.next() ? q.value(0).toString() : QString();
}

/// The live lines of the order on a desk, in order, as "id|line_no|quantity|colour".
QStringList liveLines(Desk &desk, const QString &orderId)
{
    QSqlQuery q(desk.connection->sql());
    q.prepare(QStringLiteral("SELECT id, line_no, quantity_micros, COALESCE(colour, '') FROM "
                             "order_lines WHERE order_id = ? AND deleted = 0 ORDER BY line_no"));
    q.addBindValue(orderId);
    q.exec();
    QStringList lines;
    while (q.next()) {
        lines.append(QStringLiteral("%1|%2|%3|%4")
                         .arg(q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toString()));
    }
    return lines;
}

} // namespace

void tst_LineSync::initTestCase()
{
    const QString skip = qEnvironmentVariable("HEARTH_TEST_PG_SKIP");
    if (!skip.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL run skipped: %1").arg(skip)));
    QVERIFY(Hearth::Users::PasswordHasher::initialize());
    QVERIFY(m_h.f.setUp());
}

void tst_LineSync::init()
{
    QVERIFY(m_h.start());
}

void tst_LineSync::cleanup()
{
    m_h.stop();
}

// What the split and the costs need travels with the order: a line's category and custom
// parameters, and a re-make's parent, who it is charged to and why.
void tst_LineSync::remakeAndLineDetailsTravel()
{
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    QVERIFY(editOnDesk(a, {}, [](SalesOrder &o) {
        o.lines[0].category = QStringLiteral("橱柜");
        o.lines[0].subCategory = QStringLiteral("地柜");
        o.lines[0].spec = QJsonObject{{QStringLiteral("board_mm"), 18}};
    }));
    QSqlQuery q(a.connection->sql());
    QVERIFY(q.exec(QStringLiteral("SELECT id, (SELECT id FROM order_lines WHERE line_no = 1) "
                                  "FROM sales_orders")));
    QVERIFY(q.next());
    const QString order = q.value(0).toString();
    const QString line = q.value(1).toString();
    q.finish();
    QVERIFY(Hearth::Storage::Database::open(a.path));
    Hearth::Storage::Database::setCurrentUser(QStringLiteral("clerk"));
    RemakeRequest request;
    request.parentOrderId = order;
    request.lines = {{line, Decimal::fromInt(1)}};
    request.reason = QStringLiteral("门板运输划伤");
    request.party = QStringLiteral("installer");
    request.responsible = QStringLiteral("王师傅");
    const auto remake = Remakes::create(request);
    Hearth::Storage::Database::close();
    QVERIFY2(remake, qPrintable(remake ? QString() : remake.error().toString()));
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    QCOMPARE(b.value(QStringLiteral("SELECT category || '/' || sub_category || ' ' || spec FROM "
                                    "order_lines WHERE id = ?"), {line})
                 .toString(),
             QStringLiteral("橱柜/地柜 {\"board_mm\":18}"));
    QCOMPARE(b.value(QStringLiteral("SELECT parent_order_id || ' ' || charged_to || ' ' || "
                                    "remake_reason FROM sales_orders WHERE id = ?"),
                     {remake->id})
                 .toString(),
             order + QStringLiteral(" installer:王师傅 门板运输划伤"));
    // The re-make's line keeps the category it was made from.
    QCOMPARE(b.value(QStringLiteral("SELECT category FROM order_lines WHERE order_id = ?"),
                     {remake->id})
                 .toString(),
             QStringLiteral("橱柜"));
}

void tst_LineSync::offlineLineEditsMerge_data()
{
    QTest::addColumn<QString>("deskB");
    // The live lines both desks must end with: "<line before>|<line no>|<quantity>|<colour>".
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("B changes line 1's colour")
        << "colour" << QStringList{"0|1|2000000|胡桃木", "1|2|8000000|"};
    QTest::newRow("B removes line 1: line 2 moves up with A's quantity")
        << "remove" << QStringList{"1|1|8000000|"};
}

void tst_LineSync::offlineLineEditsMerge()
{
    QFETCH(QString, deskB);
    QFETCH(QStringList, expected);
    Desk a;
    Desk b;
    QVERIFY(m_h.openDesk(a, QStringLiteral("a"), m_h.adminToken));
    QVERIFY(m_h.openDesk(b, QStringLiteral("b"), m_h.adminToken));
    const QString order = newOrderOn(a);
    QVERIFY(!order.isEmpty());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    // The order came to B with its lines and its customer, under the same ids.
    const QStringList before = liveLines(a, order);
    QCOMPARE(before.size(), 2);
    QCOMPARE(liveLines(b, order), before);
    QCOMPARE(b.count(QStringLiteral("customers"), QStringLiteral("name = '李娜'")), 1);
    QStringList ids;
    for (const QString &line : before)
        ids.append(line.section(u'|', 0, 0));

    // Offline, A sells two more handles and B edits the cabinet line.
    QVERIFY(editOnDesk(a, order, [](SalesOrder &o) {
        o.lines[1].quantity = Decimal::fromInt(8);
        o.lines[1].amount = Decimal::fromInt(200);
    }));
    QTest::qWait(3);
    QVERIFY(editOnDesk(b, order, [&deskB](SalesOrder &o) {
        if (deskB == QLatin1String("remove"))
            o.lines.removeFirst();
        else
            o.lines[0].colour = QStringLiteral("胡桃木");
    }));
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    QVERIFY(b.sync());

    QStringList want;
    for (const QString &line : expected)
        want.append(ids.at(line.section(u'|', 0, 0).toInt()) + u'|' + line.section(u'|', 1));
    for (Desk *desk : {&a, &b}) {
        QCOMPARE(liveLines(*desk, order), want);
        QCOMPARE(desk->engine->replica().conflicts().size(), 0);
        QCOMPARE(desk->engine->replica().pendingCount(), 0);
    }
    // Tombstones and all, the two desks hold the same line rows.
    QCOMPARE(a.snapshot(QStringLiteral("order_lines")), b.snapshot(QStringLiteral("order_lines")));
    QCOMPARE(a.count(QStringLiteral("order_lines")), 2);
    // The order still opens on both desks with what they agree on.
    for (Desk *desk : {&a, &b}) {
        QVERIFY(Hearth::Storage::Database::open(desk->path));
        const auto loaded = OrderRepository::load(order);
        Hearth::Storage::Database::close();
        QVERIFY(loaded);
        QCOMPARE(loaded->lines.size(), expected.size());
    }
}

QTEST_GUILESS_MAIN(tst_LineSync)
#include "tst_linesync.moc"
