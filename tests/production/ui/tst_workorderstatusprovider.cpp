// Production's status of sales orders as the orders pages get it through their provider
// registry: registered once, the right words for each mix of work order statuses, nothing for
// orders without work orders, and one query for a whole page of orders.

#include "orders/ui/orderstatusproviders.h"
#include "production/ui/workorderstatusprovider.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void run(const QString &sql, const QStringList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    if (!q.exec())
        qFatal("fixture: %s: %s", utf8.constData(), qPrintable(q.error()));
}

/// An order with a work order in each of the given statuses.
QString addOrder(const QStringList &statuses)
{
    static int n = 0;
    const QString id = newId();
    const QString orderNo = QString("SO%1").arg(++n, 8, 10, QChar('0'));
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, 'store', 'in_production', 'x', 'x')",
        {id, orderNo});
    int i = 0;
    for (const QString &status : statuses) {
        const QString workshop = QString("WS-%1").arg(++i);
        run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, status, "
            "created_at, updated_at) VALUES (?, 'h', ?, ?, ?, ?, ?, 'x', 'x')",
            {newId(), "WO-" + orderNo + "-" + workshop, id, "work_order:" + workshop, workshop,
             status});
    }
    return id;
}

Orders::OrderStatusProvider registered()
{
    for (const Orders::OrderStatusProvider &p : Orders::OrderStatusProviders::all()) {
        if (p.id == WorkOrderStatusProvider::id())
            return p;
    }
    return {};
}

} // namespace

class tst_WorkOrderStatusProvider : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registeredOnce();
    void statusOfAnOrder_data();
    void statusOfAnOrder();
    void aWholePageAtOnce();

private:
    QTemporaryDir m_dir;
};

void tst_WorkOrderStatusProvider::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("provider.db")));
}

void tst_WorkOrderStatusProvider::cleanupTestCase()
{
    Orders::OrderStatusProviders::remove(WorkOrderStatusProvider::id());
    Storage::Database::close();
}

void tst_WorkOrderStatusProvider::registeredOnce()
{
    QVERIFY(!registered().texts);
    registerProductionStatusProvider();
    registerProductionStatusProvider();
    QCOMPARE(Orders::OrderStatusProviders::all().size(), 1);
    const Orders::OrderStatusProvider p = registered();
    QVERIFY(p.texts);
    QCOMPARE(p.title(), QString("Production status"));
}

void tst_WorkOrderStatusProvider::statusOfAnOrder_data()
{
    QTest::addColumn<QStringList>("workOrders");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not split yet: nothing shown") << QStringList() << QString();
    QTest::newRow("only cancelled work orders: nothing shown")
        << QStringList{"cancelled"} << QString();
    QTest::newRow("planned and released") << QStringList{"planned", "released"}
                                          << QString("Not started");
    QTest::newRow("one started") << QStringList{"started", "planned"}
                                 << QString("Partly made (0/2 made)");
    QTest::newRow("one of three made") << QStringList{"made", "planned", "released"}
                                       << QString("Partly made (1/3 made)");
    QTest::newRow("all made, a cancelled one aside")
        << QStringList{"made", "packed", "cancelled"} << QString("Fully made");
    QTest::newRow("all packed") << QStringList{"packed", "packed"} << QString("Packed");
}

void tst_WorkOrderStatusProvider::statusOfAnOrder()
{
    QFETCH(QStringList, workOrders);
    QFETCH(QString, expected);
    registerProductionStatusProvider();
    const QString order = addOrder(workOrders);
    const QHash<QString, QString> texts = registered().texts(db(), {order});
    QCOMPARE(texts.value(order), expected);
    QCOMPARE(texts.contains(order), !expected.isEmpty());
}

void tst_WorkOrderStatusProvider::aWholePageAtOnce()
{
    registerProductionStatusProvider();
    QStringList ids;
    for (int i = 0; i < 200; ++i)
        ids.append(addOrder(i % 2 ? QStringList{"planned"} : QStringList{"made", "started"}));
    const QHash<QString, QString> texts = registered().texts(db(), ids);
    QCOMPARE(texts.size(), 200);
    QCOMPARE(texts.value(ids[1]), QString("Not started"));
    QCOMPARE(texts.value(ids[0]), QString("Partly made (1/2 made)"));
    QVERIFY(WorkOrderStatusProvider::texts(db(), {}).isEmpty());
}

QTEST_MAIN(tst_WorkOrderStatusProvider)
#include "tst_workorderstatusprovider.moc"
