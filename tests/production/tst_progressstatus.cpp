#include "production/progressstatus.h"
#include "storage/database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Production;

Q_DECLARE_METATYPE(OrderProductionStatus)

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
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

QString scalar(const QString &sql, const QStringList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    return q.next() ? q.text(0) : QString();
}

QString addOrder(const QString &orderNo)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, 'store', 'in_production', 'x', 'x')",
        {id, orderNo});
    return id;
}

/// Work orders of an order with these statuses, one per workshop; "deleted:made" is a
/// tombstoned one.
void addWorkOrders(const QString &orderId, const QStringList &statuses)
{
    int n = 0;
    for (const QString &entry : statuses) {
        const bool deleted = entry.startsWith("deleted:");
        const QString status = deleted ? entry.mid(8) : entry;
        const QString no = QString("WO-%1-%2").arg(orderId.left(8)).arg(++n);
        run("INSERT INTO work_orders(id, hlc, deleted, wo_no, order_id, task_key, workshop, "
            "status, created_at, updated_at) VALUES (?, 'h', ?, ?, ?, ?, 'W', ?, 'x', 'x')",
            {QUuid::createUuid().toString(QUuid::WithoutBraces), deleted ? "1" : "0", no,
             orderId, "work_order:" + QString::number(n), status});
    }
}

} // namespace

class tst_ProgressStatus : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneOrder_data();
    void oneOrder();
    void manyOrdersInOneQuery();
    void sqlExpressionAgrees();
    void hundredThousandOrders();
    void labels();

private:
    QTemporaryDir m_dir;
};

void tst_ProgressStatus::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
}

void tst_ProgressStatus::oneOrder_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<OrderProductionStatus>("status");
    QTest::addColumn<int>("made");
    QTest::addColumn<int>("workOrders");
    QTest::addColumn<QString>("described");

    using S = OrderProductionStatus;
    QTest::newRow("no work orders") << QStringList{} << S::NoWorkOrders << 0 << 0
                                    << "No work orders";
    QTest::newRow("planned and released")
        << QStringList{"planned", "released"} << S::NotStarted << 0 << 2 << "Not started";
    QTest::newRow("one started") << QStringList{"started", "released", "planned"} << S::Partly
                                 << 0 << 3 << "Partly made (0/3 made)";
    QTest::newRow("one of three made") << QStringList{"made", "released", "planned"} << S::Partly
                                       << 1 << 3 << "Partly made (1/3 made)";
    QTest::newRow("one packed, one waiting")
        << QStringList{"packed", "planned"} << S::Partly << 1 << 2 << "Partly made (1/2 made)";
    QTest::newRow("all made") << QStringList{"made", "made"} << S::Made << 2 << 2 << "Fully made";
    QTest::newRow("made and packed") << QStringList{"made", "packed"} << S::Made << 2 << 2
                                     << "Fully made";
    QTest::newRow("all packed") << QStringList{"packed", "packed", "packed"} << S::Packed << 3
                                << 3 << "Packed";
    QTest::newRow("cancelled ones do not count")
        << QStringList{"packed", "cancelled"} << S::Packed << 1 << 1 << "Packed";
    QTest::newRow("deleted ones do not count")
        << QStringList{"made", "deleted:planned"} << S::Made << 1 << 1 << "Fully made";
    QTest::newRow("only cancelled") << QStringList{"cancelled"} << S::NoWorkOrders << 0 << 0
                                    << "No work orders";
}

void tst_ProgressStatus::oneOrder()
{
    QFETCH(QStringList, statuses);
    QFETCH(OrderProductionStatus, status);
    QFETCH(int, made);
    QFETCH(int, workOrders);
    QFETCH(QString, described);

    const QString order = addOrder("SO00000001");
    addWorkOrders(order, statuses);
    addWorkOrders(addOrder("SO00000002"), {"packed"});  // another order's do not count
    const auto production = ProgressStatus::forOrder(db(), order);
    QVERIFY(production.ok());
    QCOMPARE(production->orderId, order);
    QCOMPARE(production->status, status);
    QCOMPARE(production->made, made);
    QCOMPARE(production->workOrders, workOrders);
    QCOMPARE(ProgressStatus::describe(production.value()), described);
}

void tst_ProgressStatus::manyOrdersInOneQuery()
{
    const QString a = addOrder("SO00000001");
    const QString b = addOrder("SO00000002");
    const QString c = addOrder("SO00000003");
    addWorkOrders(a, {"made", "started"});
    addWorkOrders(b, {"packed"});
    const auto all = ProgressStatus::forOrders(db(), {a, b, c, "no-such-order"});
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->value(a).status, OrderProductionStatus::Partly);
    QCOMPARE(all->value(a).started, 2);
    QCOMPARE(all->value(b).status, OrderProductionStatus::Packed);
    QCOMPARE(all->value(c).status, OrderProductionStatus::NoWorkOrders);
    QCOMPARE(all->value("no-such-order").status, OrderProductionStatus::NoWorkOrders);
    QVERIFY(ProgressStatus::forOrders(db(), {})->isEmpty());
}

void tst_ProgressStatus::sqlExpressionAgrees()
{
    const QList<QStringList> cases{{},
                                   {"planned"},
                                   {"started", "planned"},
                                   {"made", "planned"},
                                   {"made", "packed"},
                                   {"packed"},
                                   {"cancelled", "packed"}};
    QStringList ids;
    for (int i = 0; i < cases.size(); ++i) {
        ids.append(addOrder(QString("SO%1").arg(i, 8, 10, QChar('0'))));
        addWorkOrders(ids.last(), cases[i]);
    }
    const auto all = ProgressStatus::forOrders(db(), ids);
    QVERIFY(all.ok());
    const QString sql = "SELECT " + ProgressStatus::sqlExpression("o.id")
                        + " FROM sales_orders o WHERE o.id = ?";
    QStringList fromSql;
    QStringList fromApi;
    for (const QString &id : ids) {
        fromSql.append(scalar(sql, {id}));
        fromApi.append(ProgressStatus::code(all->value(id).status));
    }
    QCOMPARE(fromSql, QStringList({"none", "not_started", "partly", "partly", "made", "packed",
                                   "packed"}));
    QCOMPARE(fromApi, fromSql);
}

void tst_ProgressStatus::hundredThousandOrders()
{
    // 100,000 orders, each with three work orders in a status that cycles with its number.
    run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
        "INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "SELECT 'o' || i, 'h', 'SO' || i, 'store', 'approved', 'x', 'x' FROM n");
    run("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000), "
        "w(k) AS (VALUES (1), (2), (3)) "
        "INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, status, "
        "created_at, updated_at) SELECT 'w' || i || '-' || k, 'h', 'WO' || i || '-' || k, "
        "'o' || i, 'work_order:' || k, 'W', CASE WHEN k <= i % 4 THEN 'made' ELSE 'planned' END, "
        "'x', 'x' FROM n, w");
    QStringList ids;
    ids.reserve(100000);
    for (int i = 1; i <= 100000; ++i)
        ids.append(QString("o%1").arg(i));
    const auto all = ProgressStatus::forOrders(db(), ids);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 100000);
    QHash<OrderProductionStatus, int> counts;
    for (const OrderProduction &p : all.value())
        ++counts[p.status];
    QCOMPARE(counts.value(OrderProductionStatus::NotStarted), 25000);  // i % 4 == 0
    QCOMPARE(counts.value(OrderProductionStatus::Partly), 50000);      // 1 or 2 made
    QCOMPARE(counts.value(OrderProductionStatus::Made), 25000);        // all 3 made
    QCOMPARE(all->value("o7").made, 3);
}

void tst_ProgressStatus::labels()
{
    QCOMPARE(ProgressStatus::label(OrderProductionStatus::Partly), "Partly made");
    for (OrderProductionStatus s : {OrderProductionStatus::NoWorkOrders,
                                    OrderProductionStatus::NotStarted,
                                    OrderProductionStatus::Partly, OrderProductionStatus::Made,
                                    OrderProductionStatus::Packed}) {
        QCOMPARE(ProgressStatus::fromCode(ProgressStatus::code(s)), s);
    }
}

QTEST_GUILESS_MAIN(tst_ProgressStatus)
#include "tst_progressstatus.moc"
