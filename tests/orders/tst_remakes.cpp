// Re-makes (补件): a child order of chosen lines at no price, numbered after its parent,
// charged to a party; and every request that is refused.

#include "orders/orderrepository.h"
#include "orders/remakes.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Orders;
using Core::Decimal;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QLatin1String(text));
}

// A dealer's kitchen: 2 cabinets at 3,000.00, 1.5 m² of doors at 800.00, 6 handles at 25.50.
SalesOrder kitchenOrder()
{
    SalesOrder o;
    o.channel = Channel::Dealer;
    o.customer.name = QStringLiteral("李娜");
    o.customer.mobile = QStringLiteral("13800138001");
    o.dealer = {{}, QStringLiteral("dealer"), QStringLiteral("D01"), QStringLiteral("华东家居")};
    o.store = {{}, QStringLiteral("store"), QStringLiteral("S01"), QStringLiteral("南京店")};
    o.designer = {{}, QStringLiteral("designer"), QStringLiteral("G01"),
                  QStringLiteral("李设计")};
    o.address = {QStringLiteral("江苏省"), QStringLiteral("南京市"), QStringLiteral("鼓楼区"),
                 QStringLiteral("中山北路 88 号"), QStringLiteral("210009")};
    o.region = QStringLiteral("华东");
    o.signedOn = QDate(2026, 3, 2);
    o.promisedOn = QDate(2026, 4, 2);
    o.depositFen = 100000;
    OrderLine cabinet;
    cabinet.description = QStringLiteral("柜体");
    cabinet.widthMm = 800;
    cabinet.heightMm = 720;
    cabinet.depthMm = 560;
    cabinet.material = QStringLiteral("颗粒板");
    cabinet.colour = QStringLiteral("暖白");
    cabinet.quantity = Decimal::fromInt(2);
    cabinet.unitPrice = dec("3000");
    cabinet.amount = dec("6000");
    OrderLine doors;
    doors.description = QStringLiteral("门板");
    doors.unit = Unit::SquareMetre;
    doors.quantity = dec("1.5");
    doors.unitPrice = dec("800");
    doors.amount = dec("1200");
    OrderLine handle;
    handle.sku = QStringLiteral("HW-0042");
    handle.description = QStringLiteral("拉手");
    handle.quantity = Decimal::fromInt(6);
    handle.unitPrice = dec("25.5");
    handle.amount = dec("153");
    o.lines = {cabinet, doors, handle};
    return o;
}

qint64 orderCount()
{
    Storage::Statement &q =
        Storage::Database::connection().prepare("SELECT COUNT(*) FROM sales_orders");
    const qint64 n = q.next() ? q.int64(0) : -1;
    q.reset();
    return n;
}

} // namespace

class tst_Remakes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsAChildOrder();
    void parentListsItsRemakes();
    void secondRemakeIsB2();
    void refused_data();
    void refused();
    void remakeOfARemakeHangsOffTheOriginal();
    void numberSkipsATakenOne();
    void chargedToText_data();
    void chargedToText();

private:
    QTemporaryDir m_dir;
    SalesOrder m_parent;
    QString m_first;
    QString m_second;
    QString m_cancelled;
};

void tst_Remakes::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("remakes.db")));
    Storage::Database::setCurrentUser(QStringLiteral("service1"));
    m_parent = kitchenOrder();
    const Core::Status saved = OrderRepository::save(m_parent);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(m_parent.orderNo, QString("SO00000001"));

    SalesOrder cancelled = kitchenOrder();
    cancelled.status = OrderStatus::Cancelled;
    QVERIFY(OrderRepository::save(cancelled));
    m_cancelled = cancelled.id;
}

void tst_Remakes::createsAChildOrder()
{
    // One of the two cabinets (scratched door side) and 2 of the 6 handles; the doors not.
    RemakeRequest request;
    request.parentOrderId = m_parent.id;
    request.lines = {{m_parent.lines[0].id, Decimal::fromInt(1)},
                     {m_parent.lines[2].id, Decimal::fromInt(2)}};
    request.reason = QStringLiteral("安装时侧板磕碰");
    request.party = QStringLiteral("installer");
    request.responsible = QStringLiteral(" 王师傅 ");
    const auto made = Remakes::create(request);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    m_first = made->id;

    const auto loaded = OrderRepository::load(m_first);
    QVERIFY(loaded);
    const SalesOrder &r = *loaded;
    QCOMPARE(r.orderNo, QString("SO00000001-B1"));
    QCOMPARE(r.parentOrderId, m_parent.id);
    QCOMPARE(r.status, OrderStatus::New);
    QCOMPARE(r.chargedTo, QString("installer:王师傅"));
    QCOMPARE(r.remakeReason, QString("安装时侧板磕碰"));
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines[0].description, QString("柜体"));
    QCOMPARE(r.lines[0].quantity, Decimal::fromInt(1));
    QCOMPARE(r.lines[0].widthMm, std::optional<qint64>(800));
    QCOMPARE(r.lines[0].colour, QString("暖白"));
    QCOMPARE(r.lines[1].sku, QString("HW-0042"));
    QCOMPARE(r.lines[1].quantity, Decimal::fromInt(2));
    for (const OrderLine &l : r.lines) {
        QCOMPARE(l.unitPrice, std::optional<Decimal>(Decimal()));
        QCOMPARE(l.amount, Decimal());
        QVERIFY(l.id != m_parent.lines[0].id && l.id != m_parent.lines[2].id);
    }
    QCOMPARE(r.total(), Decimal());
    QCOMPARE(r.depositFen, 0);
    QCOMPARE(r.channel, Channel::Dealer);
    QCOMPARE(r.channelOrderNo, QString());
    QCOMPARE(r.customer.id, m_parent.customer.id);
    QCOMPARE(r.customer.name, QString("李娜"));
    QCOMPARE(r.customer.mobile, QString("13800138001"));
    QCOMPARE(r.dealer.code, QString("D01"));
    QCOMPARE(r.dealer.id, m_parent.dealer.id);
    QCOMPARE(r.store.code, QString("S01"));
    QCOMPARE(r.designer.code, QString("G01"));
    QCOMPARE(r.address, m_parent.address);
    QCOMPARE(r.region, QString("华东"));

    // The parent is as it was.
    const auto parent = OrderRepository::load(m_parent.id);
    QVERIFY(parent);
    QCOMPARE(parent->lines.size(), 3);
    QCOMPARE(parent->lines[0].quantity, Decimal::fromInt(2));
    QCOMPARE(parent->total(), dec("7353"));
}

void tst_Remakes::parentListsItsRemakes()
{
    const auto remakes = Remakes::remakesOf(m_parent.id);
    QVERIFY(remakes);
    QCOMPARE(remakes->size(), 1);
    QCOMPARE(remakes->first().id, m_first);
    QCOMPARE(remakes->first().orderNo, QString("SO00000001-B1"));
    const auto none = Remakes::remakesOf(m_first);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void tst_Remakes::secondRemakeIsB2()
{
    // The same cabinet line again, this time both, charged to the supplier with no name.
    RemakeRequest request;
    request.parentOrderId = m_parent.id;
    request.lines = {{m_parent.lines[0].id, Decimal::fromInt(2)},
                     {m_parent.lines[1].id, dec("0.75")}};
    request.reason = QStringLiteral("板材色差");
    request.party = QStringLiteral("supplier");
    const auto made = Remakes::create(request);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    m_second = made->id;
    QCOMPARE(made->orderNo, QString("SO00000001-B2"));
    QCOMPARE(made->chargedTo, QString("supplier"));
    QCOMPARE(made->lines[1].quantity, dec("0.75"));
    QCOMPARE(made->lines[1].unit, Unit::SquareMetre);

    const auto remakes = Remakes::remakesOf(m_parent.id);
    QVERIFY(remakes);
    QCOMPARE(remakes->size(), 2);
    QCOMPARE(remakes->at(0).orderNo, QString("SO00000001-B1"));
    QCOMPARE(remakes->at(1).orderNo, QString("SO00000001-B2"));
}

void tst_Remakes::refused_data()
{
    QTest::addColumn<QString>("parent");  // "cancelled" or the kitchen order
    QTest::addColumn<int>("line");        // index of the parent's line; -1: a line of no order
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("message");

    QTest::newRow("cancelled parent")
        << "cancelled" << 0 << "1" << "磕碰" << "factory"
        << "SO00000002 is cancelled; a cancelled order cannot have a re-make";
    QTest::newRow("line not on the parent")
        << "kitchen" << -1 << "1" << "磕碰" << "factory"
        << "line \"no-such-line\" is not a line of SO00000001";
    QTest::newRow("quantity 0") << "kitchen" << 0 << "0" << "磕碰" << "factory"
                                << "line 1 (柜体): the quantity to make again must be above zero";
    QTest::newRow("quantity too large")
        << "kitchen" << 1 << "1.6" << "磕碰" << "factory"
        << "line 2 (门板): 1.6 is more than the 1.5 ordered";
    QTest::newRow("empty reason") << "kitchen" << 0 << "1" << "  " << "factory"
                                  << "give the reason for the re-make";
    QTest::newRow("unknown party")
        << "kitchen" << 0 << "1" << "磕碰" << "neighbour"
        << "\"neighbour\" is not a party a re-make can be charged to; choose one of factory, "
           "dealer, installer, supplier, designer, customer";
    QTest::newRow("no lines") << "kitchen" << -2 << "1" << "磕碰" << "factory"
                              << "choose at least one line to make again";
}

void tst_Remakes::refused()
{
    QFETCH(QString, parent);
    QFETCH(int, line);
    QFETCH(QString, quantity);
    QFETCH(QString, reason);
    QFETCH(QString, party);
    QFETCH(QString, message);

    const qint64 before = orderCount();
    RemakeRequest request;
    request.parentOrderId = parent == QLatin1String("cancelled") ? m_cancelled : m_parent.id;
    if (line >= 0)
        request.lines.append({m_parent.lines[line].id, *Decimal::parse(quantity)});
    else if (line == -1)
        request.lines.append({QStringLiteral("no-such-line"), *Decimal::parse(quantity)});
    request.reason = reason;
    request.party = party;
    if (parent == QLatin1String("cancelled")) {
        const auto order = OrderRepository::load(m_cancelled);
        QVERIFY(order);
        request.lines = {{order->lines[0].id, Decimal::fromInt(1)}};
    }
    const auto made = Remakes::create(request);
    QVERIFY(!made);
    QCOMPARE(made.error().message, message);
    QCOMPARE(orderCount(), before);
}

void tst_Remakes::remakeOfARemakeHangsOffTheOriginal()
{
    // The re-made cabinet was damaged again: a re-make of B1 is the original's third.
    const auto first = OrderRepository::load(m_first);
    QVERIFY(first);
    RemakeRequest request;
    request.parentOrderId = m_first;
    request.lines = {{first->lines[0].id, Decimal::fromInt(1)}};
    request.reason = QStringLiteral("再次磕碰");
    request.party = QStringLiteral("dealer");
    request.responsible = QStringLiteral("华东家居");
    const auto made = Remakes::create(request);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    QCOMPARE(made->orderNo, QString("SO00000001-B3"));
    QCOMPARE(made->parentOrderId, m_parent.id);

    // More than B1 holds of the line is refused, though the original has two.
    request.lines = {{first->lines[0].id, Decimal::fromInt(2)}};
    const auto tooMany = Remakes::create(request);
    QVERIFY(!tooMany);
    QCOMPARE(tooMany.error().message, QString("line 1 (柜体): 2 is more than the 1 ordered"));
}

void tst_Remakes::numberSkipsATakenOne()
{
    // B2 deleted: two re-makes remain, but B3 is taken, and a deleted number is never reused.
    QVERIFY(OrderRepository::remove(m_second));
    RemakeRequest request;
    request.parentOrderId = m_parent.id;
    request.lines = {{m_parent.lines[2].id, Decimal::fromInt(1)}};
    request.reason = QStringLiteral("少发");
    request.party = QStringLiteral("factory");
    const auto made = Remakes::create(request);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().toString()));
    QCOMPARE(made->orderNo, QString("SO00000001-B4"));
    const auto remakes = Remakes::remakesOf(m_parent.id);
    QVERIFY(remakes);
    QStringList numbers;
    for (const SalesOrder &r : *remakes)
        numbers.append(r.orderNo);
    QCOMPARE(numbers, QStringList({"SO00000001-B1", "SO00000001-B3", "SO00000001-B4"}));
    // The desk's own series goes on after its highest plain number.
    QCOMPARE(OrderRepository::nextOrderNo(Storage::Database::connection()),
             QString("SO00000003"));
}

void tst_Remakes::chargedToText_data()
{
    QTest::addColumn<QString>("party");
    QTest::addColumn<QString>("responsible");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");

    QTest::newRow("installer by name") << "installer" << "王师傅" << "installer:王师傅"
                                       << "Installer: 王师傅";
    QTest::newRow("supplier, no name") << "supplier" << "" << "supplier" << "Supplier";
    QTest::newRow("name with a colon") << "designer" << "张:工作室" << "designer:张:工作室"
                                       << "Designer: 张:工作室";
    QTest::newRow("customer") << "customer" << "  " << "customer" << "Customer";
}

void tst_Remakes::chargedToText()
{
    QFETCH(QString, party);
    QFETCH(QString, responsible);
    QFETCH(QString, text);
    QFETCH(QString, label);
    QCOMPARE(Remakes::chargedToText(party, responsible), text);
    QCOMPARE(Remakes::partyOf(text), party);
    QCOMPARE(Remakes::responsibleOf(text), responsible.trimmed());
    QCOMPARE(Remakes::chargedToLabel(text), label);
}

QTEST_GUILESS_MAIN(tst_Remakes)
#include "tst_remakes.moc"
