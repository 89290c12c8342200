#include "orders/ordernumbers.h"
#include "orders/orderquery.h"
#include "orders/orderrepository.h"
#include "orders/orderwriter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Orders;
using Core::Decimal;

namespace {

SalesOrder wardrobeOrder()
{
    SalesOrder o;
    o.channel = Channel::Store;
    o.customer.name = QStringLiteral("王伟");
    o.customer.mobile = QStringLiteral("13912345678");
    o.address = {QStringLiteral("江苏省"), QStringLiteral("南京市"), QStringLiteral("鼓楼区"),
                 QStringLiteral("中山北路 88 号"), {}};
    o.signedOn = QDate(2025, 4, 1);
    o.promisedOn = QDate(2025, 5, 15);
    o.depositFen = 300000;
    OrderLine wardrobe;
    wardrobe.description = QStringLiteral("衣柜");
    wardrobe.widthMm = 1800;
    wardrobe.heightMm = 2400;
    wardrobe.depthMm = 600;
    wardrobe.material = QStringLiteral("多层实木板");
    wardrobe.colour = QStringLiteral("暖白");
    wardrobe.unit = Unit::SquareMetre;
    wardrobe.quantity = *Decimal::parse(QStringLiteral("4.32"));
    wardrobe.unitPrice = *Decimal::parse(QStringLiteral("899"));
    wardrobe.amount = *Decimal::parse(QStringLiteral("3883.68"));
    OrderLine handle;
    handle.sku = QStringLiteral("HW-0042");
    handle.description = QStringLiteral("拉手");
    handle.quantity = Decimal::fromInt(6);
    handle.unitPrice = *Decimal::parse(QStringLiteral("25.5"));
    handle.amount = *Decimal::parse(QStringLiteral("153"));
    o.lines = {wardrobe, handle};
    return o;
}

QString scalar(const char *sql)
{
    Storage::Statement &q = Storage::Database::connection().prepare(sql);
    const QString v = q.next() ? q.text(0) : QString();
    q.reset();
    return v;
}

} // namespace

class tst_OrderRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createAndLoad();
    void validation_data();
    void validation();
    void editWritesAuditAndOutbox();
    void removeLeavesATombstone();
    void notesAndAttachments();
    void listFiltersAndSorts();
    void deskCodeSeries();
    void linesKeepTheirRows_data();
    void linesKeepTheirRows();
    void removedLineIsATombstone();
    void reimportKeepsLineRows_data();
    void reimportKeepsLineRows();

private:
    QTemporaryDir m_dir;
};

void tst_OrderRepository::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser(QStringLiteral("clerk1"));
}

void tst_OrderRepository::cleanup()
{
    Storage::Database::close();
}

void tst_OrderRepository::createAndLoad()
{
    SalesOrder o = wardrobeOrder();
    const auto saved = OrderRepository::save(o);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(o.orderNo, QStringLiteral("SO00000001"));
    QCOMPARE(o.id.size(), 36);

    const auto loaded = OrderRepository::load(o.id);
    QVERIFY(loaded.ok());
    const SalesOrder &l = loaded.value();
    QVERIFY(l.sameContent(o));
    QCOMPARE(l.lines[0].widthMm.value_or(0), 1800);
    QCOMPARE(l.lines[0].material, QStringLiteral("多层实木板"));
    QCOMPARE(l.lines[1].sku, QStringLiteral("HW-0042"));
    QCOMPARE(l.total().toString(), QStringLiteral("4036.68"));
    QCOMPARE(l.depositFen, 300000);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE op = 'insert' "
                    "AND table_name = 'sales_orders'"),
             QStringLiteral("1"));
    // Each line is a synced row of its own: it goes to the other desks with the order.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE op = 'insert' "
                    "AND table_name = 'order_lines'"),
             QStringLiteral("2"));

    SalesOrder second = wardrobeOrder();
    QVERIFY(OrderRepository::save(second).ok());
    QCOMPARE(second.orderNo, QStringLiteral("SO00000002"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM customers"), QStringLiteral("1"));  // same mobile
    // The customer and the product the order refers to sync too, once, before the order.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'customers'"),
             QStringLiteral("1"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'products'"),
             QStringLiteral("1"));
    QCOMPARE(scalar("SELECT table_name FROM outbox ORDER BY id LIMIT 1"),
             QStringLiteral("customers"));
}

void tst_OrderRepository::validation_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no customer") << "customer" << "customer";
    QTest::newRow("bad mobile") << "mobile" << "mobile";
    QTest::newRow("promise before signing") << "promise" << "promised_on";
    QTest::newRow("no lines") << "lines" << "lines";
    QTest::newRow("deposit above total") << "deposit" << "deposit";
    QTest::newRow("size out of range") << "size" << "lines[1]";
}

void tst_OrderRepository::validation()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    SalesOrder o = wardrobeOrder();
    for (qsizetype i = 0; i < o.lines.size(); ++i)
        o.lines[i].lineNo = int(i + 1);
    if (change == QLatin1String("customer"))
        o.customer.name.clear();
    else if (change == QLatin1String("mobile"))
        o.customer.mobile = QStringLiteral("12345678901");
    else if (change == QLatin1String("promise"))
        o.promisedOn = QDate(2025, 3, 1);
    else if (change == QLatin1String("lines"))
        o.lines.clear();
    else if (change == QLatin1String("deposit"))
        o.depositFen = 99'999'999;
    else if (change == QLatin1String("size"))
        o.lines[0].widthMm = 0;
    const QList<FieldError> errors = OrderRepository::validate(o);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].field, field);
    QVERIFY(!OrderRepository::save(o).ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("0"));
}

void tst_OrderRepository::editWritesAuditAndOutbox()
{
    SalesOrder o = wardrobeOrder();
    QVERIFY(OrderRepository::save(o).ok());
    const QString firstClock = o.hlc;
    o.lines[1].quantity = Decimal::fromInt(8);
    o.lines[1].amount = Decimal::fromInt(204);
    QVERIFY(OrderRepository::save(o, QStringLiteral("customer asked for two more")).ok());
    QVERIFY(o.hlc > firstClock);

    const auto timeline = OrderRepository::timeline(o.id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline[0].action, QStringLiteral("insert"));
    QCOMPARE(timeline[1].action, QStringLiteral("update"));
    QCOMPARE(timeline[1].user, QStringLiteral("clerk1"));
    QCOMPARE(timeline[1].reason, QStringLiteral("customer asked for two more"));
    QCOMPARE(timeline[1].before.value(QStringLiteral("total")).toString(),
             QStringLiteral("4036.68"));
    QCOMPARE(timeline[1].after.value(QStringLiteral("total")).toString(),
             QStringLiteral("4087.68"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'sales_orders'"),
             QStringLiteral("2"));
    QCOMPARE(scalar("SELECT total_micros FROM sales_orders"), QStringLiteral("4087680000"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines"), QStringLiteral("2"));
    // The handle line changed in place, and only its quantity and amount go to sync.
    QCOMPARE(scalar("SELECT changed FROM outbox WHERE table_name = 'order_lines' "
                    "AND op = 'update'"),
             QStringLiteral("[\"amount_micros\",\"quantity_micros\"]"));
    QCOMPARE(scalar("SELECT row_id FROM outbox WHERE table_name = 'order_lines' "
                    "AND op = 'update'"),
             o.lines[1].id);
    QCOMPARE(scalar("SELECT quantity_micros FROM order_lines WHERE line_no = 2"),
             QStringLiteral("8000000"));
}

void tst_OrderRepository::removeLeavesATombstone()
{
    SalesOrder o = wardrobeOrder();
    QVERIFY(OrderRepository::save(o).ok());
    QVERIFY(OrderRepository::remove(o.id, QStringLiteral("duplicate")).ok());
    QVERIFY(!OrderRepository::load(o.id).ok());
    QCOMPARE(scalar("SELECT deleted FROM sales_orders"), QStringLiteral("1"));
    QCOMPARE(OrderQuery::count({}), 0);
    QCOMPARE(scalar("SELECT op FROM outbox ORDER BY id DESC LIMIT 1"), QStringLiteral("delete"));
}

void tst_OrderRepository::notesAndAttachments()
{
    SalesOrder o = wardrobeOrder();
    QVERIFY(OrderRepository::save(o).ok());
    QVERIFY(OrderRepository::addNote(o.id, QStringLiteral("客户要求周末送货")).ok());
    QVERIFY(!OrderRepository::addNote(o.id, QStringLiteral("  ")).ok());
    const auto notes = OrderRepository::notes(o.id);
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes[0].author, QStringLiteral("clerk1"));

    const QString drawing = m_dir.filePath(QStringLiteral("drawing.txt"));
    QFile f(drawing);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("1800 x 2400");
    f.close();
    QVERIFY(OrderRepository::addAttachment(o.id, drawing).ok());
    const auto files = OrderRepository::attachments(o.id);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].fileName, QStringLiteral("drawing.txt"));
    QCOMPARE(files[0].sizeBytes, 11);
    const auto missing = OrderRepository::addAttachment(o.id, m_dir.filePath(QStringLiteral("x")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().where.endsWith(QStringLiteral("/x")));
}

void tst_OrderRepository::listFiltersAndSorts()
{
    for (int i = 0; i < 30; ++i) {
        SalesOrder o = wardrobeOrder();
        o.channel = i % 3 == 0 ? Channel::Dealer : Channel::Store;
        o.customer.mobile = QStringLiteral("1391234%1").arg(5000 + i);
        o.signedOn = QDate(2025, 1, 1).addDays(i);
        o.lines[1].amount = Decimal::fromInt(100 + i);
        if (i == 7)
            o.address.province = QStringLiteral("四川省");
        QVERIFY(OrderRepository::save(o).ok());
    }
    OrderFilter dealers;
    dealers.channel = Channel::Dealer;
    QCOMPARE(OrderQuery::count(dealers), 10);
    OrderFilter sichuan;
    sichuan.province = QStringLiteral("四川省");
    QCOMPARE(OrderQuery::count(sichuan), 1);
    OrderFilter january;
    january.signedFrom = QDate(2025, 1, 10);
    january.signedTo = QDate(2025, 1, 19);
    QCOMPARE(OrderQuery::count(january), 10);
    OrderFilter mobile;
    mobile.search = QStringLiteral("5017");
    QCOMPARE(OrderQuery::count(mobile), 1);

    const auto newest = OrderQuery::page({}, OrderSort::SignedOn, true, 0, 5);
    QCOMPARE(newest.size(), 5);
    QCOMPARE(newest[0].signedOn, QDate(2025, 1, 30));
    const auto dearest = OrderQuery::page({}, OrderSort::Total, true, 0, 1);
    QCOMPARE(dearest[0].total.toString(), QStringLiteral("4012.68"));
    const auto secondPage = OrderQuery::page({}, OrderSort::SignedOn, false, 25, 10);
    QCOMPARE(secondPage.size(), 5);
    QCOMPARE(secondPage[0].signedOn, QDate(2025, 1, 26));
}

QTEST_GUILESS_MAIN(tst_OrderRepository)
void tst_OrderRepository::deskCodeSeries()
{
    // A desk numbers "SO..." until the server gives it a code, then its own series: two desks
    // offline at once never hand out the same number.
    SalesOrder before = wardrobeOrder();
    QVERIFY(OrderRepository::save(before).ok());
    QCOMPARE(before.orderNo, QStringLiteral("SO00000001"));

    Storage::Connection &c = Storage::Database::connection();
    QVERIFY(c.execScript(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES ('desk.code', 'A7');")));
    QCOMPARE(OrderNumbers::deskCode(c), QStringLiteral("A7"));
    SalesOrder first = wardrobeOrder();
    QVERIFY(OrderRepository::save(first).ok());
    QCOMPARE(first.orderNo, QStringLiteral("SOA7-00000001"));
    SalesOrder second = wardrobeOrder();
    QVERIFY(OrderRepository::save(second).ok());
    QCOMPARE(second.orderNo, QStringLiteral("SOA7-00000002"));

    // Another desk's numbers pulled by sync do not move this desk's series.
    SalesOrder pulled = wardrobeOrder();
    pulled.orderNo = QStringLiteral("SOB2-00000040");
    QVERIFY(OrderRepository::save(pulled).ok());
    SalesOrder third = wardrobeOrder();
    QVERIFY(OrderRepository::save(third).ok());
    QCOMPARE(third.orderNo, QStringLiteral("SOA7-00000003"));

    // A malformed code is ignored rather than written into order numbers.
    QVERIFY(c.execScript(QStringLiteral(
        "UPDATE settings SET value = 'a-7%' WHERE key = 'desk.code';")));
    QCOMPARE(OrderNumbers::deskCode(c), QString());
    QCOMPARE(OrderRepository::nextOrderNo(c), QStringLiteral("SO00000002"));
}

namespace {

OrderLine plinth()
{
    OrderLine l;
    l.sku = QStringLiteral("PL-100");
    l.description = QStringLiteral("踢脚线");
    l.unit = Unit::Metre;
    l.quantity = Decimal::fromInt(3);
    l.unitPrice = Decimal::fromInt(20);
    l.amount = Decimal::fromInt(60);
    return l;
}

// The order's outbox entries for lines since the given entry, as "<line>:<op>", the line named
// by its index in before ("n" for a new line).
QStringList lineEntries(qint64 afterEntry, const QList<OrderLine> &before)
{
    QStringList entries;
    Storage::Statement &q = Storage::Database::connection().prepare(
        "SELECT row_id, op FROM outbox WHERE table_name = 'order_lines' AND id > ? ORDER BY id");
    q.bind(1, afterEntry);
    while (q.next()) {
        QString name = QStringLiteral("n");
        for (qsizetype i = 0; i < before.size(); ++i) {
            if (before[i].id == q.text(0))
                name = QString::number(i);
        }
        entries.append(name + u':' + q.text(1));
    }
    q.reset();
    return entries;
}

} // namespace

void tst_OrderRepository::linesKeepTheirRows_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QStringList>("lines");    // after the save: index in the order before
    QTest::addColumn<QStringList>("entries");  // its line entries in the outbox, in order
    QTest::newRow("quantity of line 2 changed")
        << "quantity" << QStringList{"0", "1"} << QStringList{"1:update"};
    QTest::newRow("ids dropped, matched by line number")
        << "colour without ids" << QStringList{"0", "1"} << QStringList{"0:update"};
    QTest::newRow("nothing changed") << "none" << QStringList{"0", "1"} << QStringList{};
    QTest::newRow("line added at the end")
        << "append" << QStringList{"0", "1", "n"} << QStringList{"n:insert"};
    QTest::newRow("line added on top: the others move up, the last first")
        << "prepend" << QStringList{"n", "0", "1"}
        << QStringList{"1:update", "0:update", "n:insert"};
    QTest::newRow("first line removed: a tombstone, the second moves up")
        << "remove first" << QStringList{"1"}
        << QStringList{"0:update", "0:delete", "1:update"};
}

void tst_OrderRepository::linesKeepTheirRows()
{
    QFETCH(QString, edit);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, entries);
    SalesOrder o = wardrobeOrder();
    QVERIFY(OrderRepository::save(o).ok());
    const QList<OrderLine> before = o.lines;
    const qint64 mark = scalar("SELECT MAX(id) FROM outbox").toLongLong();

    if (edit == QLatin1String("quantity")) {
        o.lines[1].quantity = Decimal::fromInt(8);
        o.lines[1].amount = Decimal::fromInt(204);
    } else if (edit == QLatin1String("colour without ids")) {
        for (OrderLine &l : o.lines)
            l.id.clear();
        o.lines[0].colour = QStringLiteral("胡桃木");
    } else if (edit == QLatin1String("append")) {
        o.lines.append(plinth());
    } else if (edit == QLatin1String("prepend")) {
        o.lines.prepend(plinth());
    } else if (edit == QLatin1String("remove first")) {
        o.lines.removeFirst();
        o.depositFen = 0;
    }
    const auto saved = OrderRepository::save(o);
    QVERIFY2(saved.ok(), qPrintable(saved ? QString() : saved.error().toString()));

    const auto loaded = OrderRepository::load(o.id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->lines.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCOMPARE(loaded->lines[i].lineNo, int(i + 1));
        QCOMPARE(loaded->lines[i].id, o.lines[i].id);
        if (lines[i] == QLatin1String("n")) {
            QCOMPARE(loaded->lines[i].sku, QStringLiteral("PL-100"));
            for (const OrderLine &old : before)
                QVERIFY(loaded->lines[i].id != old.id);
        } else {
            QCOMPARE(loaded->lines[i].id, before[lines[i].toInt()].id);
        }
    }
    if (edit == QLatin1String("colour without ids"))
        QCOMPARE(loaded->lines[0].colour, QStringLiteral("胡桃木"));
    QCOMPARE(lineEntries(mark, before), entries);
    // The line entries stand in the order's history, not on its timeline (the order's entry
    // already shows its lines).
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'order_lines' "
                    "AND row_id <> (SELECT id FROM sales_orders)"),
             QStringLiteral("0"));
    for (const TimelineEntry &e : OrderRepository::timeline(o.id))
        QCOMPARE(e.table, QStringLiteral("sales_orders"));
}

void tst_OrderRepository::removedLineIsATombstone()
{
    SalesOrder o = wardrobeOrder();
    o.lines.append(plinth());
    QVERIFY(OrderRepository::save(o).ok());
    const QString removed = o.lines[1].id;
    o.lines.removeAt(1);
    QVERIFY(OrderRepository::save(o).ok());
    // Added back under the same number: a new row; the tombstone keeps its id, out of the way.
    OrderLine handle = wardrobeOrder().lines[1];
    o.lines.insert(1, handle);
    QVERIFY(OrderRepository::save(o).ok());

    Storage::Statement &q = Storage::Database::connection().prepare(
        "SELECT deleted, line_no, hlc FROM order_lines WHERE id = ?");
    q.bind(1, removed);
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 1);
    QVERIFY(q.int64(1) < 0);
    QVERIFY(!q.text(2).isEmpty());
    q.reset();
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines WHERE deleted = 0"), QStringLiteral("3"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines"), QStringLiteral("4"));
    const auto loaded = OrderRepository::load(o.id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->lines.size(), 3);
    QVERIFY(loaded->lines[1].id != removed);
    QCOMPARE(loaded->lines[1].sku, QStringLiteral("HW-0042"));
    QCOMPARE(loaded->lines[2].sku, QStringLiteral("PL-100"));
    QCOMPARE(loaded->total().toString(), QStringLiteral("4096.68"));
}

namespace {

// Writes the order as one import of the file does, in its own transaction.
bool importAs(const QString &file, const SalesOrder &order)
{
    Storage::Connection &c = Storage::Database::connection();
    Storage::Transaction tx(c);
    ImportReport report;
    Internal::OrderWriter writer(c, report, file);
    if (!writer.write(order) || !writer.finish())
        return false;
    return tx.commit().ok();
}

} // namespace

void tst_OrderRepository::reimportKeepsLineRows_data()
{
    QTest::addColumn<QString>("edit");
    QTest::addColumn<int>("live");             // lines after the second import
    QTest::addColumn<QStringList>("entries");  // its line entries in the outbox, in order
    QTest::newRow("quantity of line 2 changed in the file")
        << "quantity" << 2 << QStringList{"1:update"};
    // A file names no line ids: its line 1 is the order's line 1, whatever it now says.
    QTest::newRow("line 1 gone from the file") << "remove" << 1
                                               << QStringList{"1:update", "1:delete", "0:update"};
    QTest::newRow("line 1 gone, lines numbered by the channel")
        << "remove numbered" << 1 << QStringList{"0:update", "0:delete", "1:update"};
    QTest::newRow("a line more in the file") << "append" << 3 << QStringList{"n:insert"};
}

void tst_OrderRepository::reimportKeepsLineRows()
{
    QFETCH(QString, edit);
    QFETCH(int, live);
    QFETCH(QStringList, entries);
    SalesOrder file = wardrobeOrder();
    file.channel = Channel::Dealer;
    file.channelOrderNo = QStringLiteral("D-0009");
    file.depositFen = 0;
    if (edit == QLatin1String("remove numbered")) {
        file.lines[0].channelLineNo = QStringLiteral("10");
        file.lines[1].channelLineNo = QStringLiteral("20");
    }
    QVERIFY(importAs(QStringLiteral("v1.csv"), file));
    const QString id = scalar("SELECT id FROM sales_orders");
    const auto first = OrderRepository::load(id);
    QVERIFY(first.ok());
    const QList<OrderLine> before = first->lines;
    // A new order's lines each get an entry of their own, after the order's, for sync.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'order_lines'"),
             QString::number(before.size()));
    const qint64 mark = scalar("SELECT MAX(id) FROM outbox").toLongLong();

    if (edit == QLatin1String("quantity")) {
        file.lines[1].quantity = Decimal::fromInt(8);
        file.lines[1].amount = Decimal::fromInt(204);
    } else if (edit.startsWith(QLatin1String("remove"))) {
        file.lines.removeFirst();
    } else {
        file.lines.append(plinth());
    }
    QVERIFY(importAs(QStringLiteral("v2.csv"), file));

    const auto second = OrderRepository::load(id);
    QVERIFY(second.ok());
    QCOMPARE(second->lines.size(), live);
    if (edit == QLatin1String("remove numbered")) {
        QCOMPARE(second->lines[0].id, before[1].id);
        QCOMPARE(second->lines[0].sku, QStringLiteral("HW-0042"));
    } else if (edit == QLatin1String("remove")) {
        QCOMPARE(second->lines[0].id, before[0].id);
        QCOMPARE(second->lines[0].sku, QStringLiteral("HW-0042"));
    } else {
        QCOMPARE(second->lines[0].id, before[0].id);
        QCOMPARE(second->lines[1].id, before[1].id);
    }
    QCOMPARE(lineEntries(mark, before), entries);
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'sales_orders'"),
             QStringLiteral("2"));
    const auto timeline = OrderRepository::timeline(id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline[1].reason, QStringLiteral("re-imported from v2.csv"));
}

#include "tst_orderrepository.moc"
