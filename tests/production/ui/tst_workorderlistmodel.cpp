// The work orders list: filters and counts in SQL, pages of 200, sorting, and the planned
// times and lateness a planner reads, in the site's zone whatever zone the computer is in.

#include "production/ui/workorderlistmodel.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <time.h>

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

void run(const QString &sql, const QVariantList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bindVariant(i + 1, values[i]);
    if (!q.exec())
        qFatal("fixture: %s: %s", utf8.constData(), qPrintable(q.error()));
}

/// "2026-03-02 09:00" on the Shanghai clock as stored: UTC ISO 8601.
QString shanghai(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(t.date(), t.time(), QTimeZone("Asia/Shanghai"))
        .toUTC()
        .toString(Qt::ISODateWithMs);
}

QString addOrder(const QString &orderNo, const QString &customer)
{
    const QString customerId = newId();
    run("INSERT INTO customers(id, hlc, channel, name, created_at, updated_at) "
        "VALUES (?, 'h', 'store', ?, 'x', 'x')",
        {customerId, customer});
    const QString id = newId();
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, customer_id, status, created_at, "
        "updated_at) VALUES (?, 'h', ?, 'store', ?, 'in_production', 'x', 'x')",
        {id, orderNo, customerId});
    return id;
}

QString addCenter()
{
    const QString id = newId();
    run("INSERT INTO work_centers(id, hlc, code, name, kind, created_at, updated_at) "
        "VALUES (?, 'h', ?, '开料', 'cutting', 'x', 'x')",
        {id, "CUT-" + id.left(6)});
    return id;
}

struct Op
{
    QString status;
    QString start;  // empty: unplaced
    QString end;
};

QString addWorkOrder(const QString &woNo, const QString &orderId, const QString &workshop,
                     const QString &status, const QString &due, int parts, qint64 area,
                     const QList<Op> &ops, int priority = 0, const QString &deadline = {})
{
    static const QString center = addCenter();
    const QString id = newId();
    run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, parts, area_mm2, "
        "due_date, deadline_at, priority, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')",
        {id, woNo, orderId, "work_order:" + workshop, workshop, parts, area,
         due.isEmpty() ? QVariant() : QVariant(due),
         deadline.isEmpty() ? QVariant() : QVariant(deadline), priority, status});
    int seq = 0;
    for (const Op &op : ops) {
        run("INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
            "run_seconds, quantity, status, planned_start, planned_end, created_at, updated_at) "
            "VALUES (?, 'h', ?, ?, ?, '开料', 60, ?, ?, ?, ?, 'x', 'x')",
            {newId(), id, seq += 10, center, parts, op.status,
             op.start.isEmpty() ? QVariant() : QVariant(op.start),
             op.end.isEmpty() ? QVariant() : QVariant(op.end)});
    }
    return id;
}

QStringList woNos(const WorkOrderListModel &model)
{
    QStringList result;
    for (int r = 0; r < model.rowCount(); ++r)
        result.append(model.index(r, WorkOrderListModel::WoNo).data().toString());
    return result;
}

WorkOrderListFilter filterOf(const QStringList &statuses, const QString &workshop,
                             const QDate &from, const QDate &to, const QString &search)
{
    WorkOrderListFilter f;
    f.statuses = statuses;
    f.workshop = workshop;
    f.dueFrom = from;
    f.dueTo = to;
    f.search = search;
    return f;
}

} // namespace

Q_DECLARE_METATYPE(Hearth::Production::WorkOrderListFilter)

class tst_WorkOrderListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester();
    void filter_data();
    void filter();
    void columns_data();
    void columns();
    void sort_data();
    void sort();
    void unsortableColumnIsIgnored();
    void workshopsForTheFilter();
    void pagesOfTwoHundred();

private:
    QTemporaryDir m_dir;
};

void tst_WorkOrderListModel::initTestCase()
{
    // The computer is in New York; the site reads Shanghai's clock.
    qputenv("TZ", "America/New_York");
    tzset();
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("list.db")));
    run("INSERT INTO org_units(id, hlc, kind, code, name, created_at, updated_at) VALUES "
        "('u1', 'h', 'workshop', 'WS-CAB', '柜体车间', 'x', 'x'), "
        "('u2', 'h', 'workshop', 'WS-WARD', '衣柜车间', 'x', 'x'), "
        "('u3', 'h', 'department', 'SALES', '销售部', 'x', 'x')");
    const QString o1 = addOrder("SO00000001", "王伟");
    const QString o2 = addOrder("SO00000002", "李娜");
    const QString o3 = addOrder("SO00000003", "欧阳娜娜");
    addWorkOrder("WO-SO00000001-CAB", o1, "WS-CAB", "planned", "2026-03-10", 20, 5'000'000,
                 {{"waiting", shanghai("2026-03-02 09:00"), shanghai("2026-03-02 10:00")},
                  {"waiting", shanghai("2026-03-02 10:00"), shanghai("2026-03-02 11:30")}});
    addWorkOrder("WO-SO00000001-WARD", o1, "WS-WARD", "started", "2026-03-05", 12, 7'250'000,
                 {{"done", shanghai("2026-03-04 08:00"), shanghai("2026-03-04 12:00")},
                  {"started", shanghai("2026-03-05 13:00"), shanghai("2026-03-06 10:00")}});
    addWorkOrder("WO-SO00000002-CAB", o2, "WS-CAB", "made", "2026-03-08", 8, 1'999'999,
                 {{"done", shanghai("2026-03-03 08:00"), shanghai("2026-03-09 08:00")}});
    addWorkOrder("WO-SO00000002-DOOR", o2, "WS-DOOR", "released", "2026-03-12", 4, 2'400'000,
                 {{"waiting", shanghai("2026-03-10 08:00"), shanghai("2026-03-11 12:00")}},
                 10, shanghai("2026-03-11 10:00"));
    addWorkOrder("WO-SO00000003-WARD", o3, "WS-WARD", "planned", "2026-03-20", 30, 9'000'000,
                 {{"waiting", shanghai("2026-03-12 08:00"), shanghai("2026-03-12 09:00")},
                  {"waiting", {}, {}}});
    addWorkOrder("WO-SO00000003-CAB", o3, "WS-CAB", "cancelled", {}, 2, 100'000,
                 {{"cancelled", {}, {}}});
}

void tst_WorkOrderListModel::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_WorkOrderListModel::modelTester()
{
    WorkOrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(WorkOrderListModel::ColumnCount));
    model.setFilter(filterOf({"planned"}, {}, {}, {}, {}));
    QCOMPARE(model.rowCount(), 2);
    model.sort(WorkOrderListModel::WoNo, Qt::DescendingOrder);
    model.refresh();
    QCOMPARE(model.rowCount(), 2);
}

void tst_WorkOrderListModel::filter_data()
{
    QTest::addColumn<WorkOrderListFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    const QStringList open{"planned", "released", "started"};
    QTest::newRow("everything, by due date, none last")
        << WorkOrderListFilter()
        << QStringList{"WO-SO00000001-WARD", "WO-SO00000002-CAB", "WO-SO00000001-CAB",
                       "WO-SO00000002-DOOR", "WO-SO00000003-WARD", "WO-SO00000003-CAB"};
    QTest::newRow("started") << filterOf({"started"}, {}, {}, {}, {})
                             << QStringList{"WO-SO00000001-WARD"};
    QTest::newRow("not made yet")
        << filterOf(open, {}, {}, {}, {})
        << QStringList{"WO-SO00000001-WARD", "WO-SO00000001-CAB", "WO-SO00000002-DOOR",
                       "WO-SO00000003-WARD"};
    QTest::newRow("one workshop")
        << filterOf({}, "WS-CAB", {}, {}, {})
        << QStringList{"WO-SO00000002-CAB", "WO-SO00000001-CAB", "WO-SO00000003-CAB"};
    QTest::newRow("due between, both days included")
        << filterOf({}, {}, QDate(2026, 3, 8), QDate(2026, 3, 12), {})
        << QStringList{"WO-SO00000002-CAB", "WO-SO00000001-CAB", "WO-SO00000002-DOOR"};
    QTest::newRow("due up to a day")
        << filterOf({}, {}, {}, QDate(2026, 3, 8), {})
        << QStringList{"WO-SO00000001-WARD", "WO-SO00000002-CAB"};
    QTest::newRow("part of a number, any case")
        << filterOf({}, {}, {}, {}, " door ") << QStringList{"WO-SO00000002-DOOR"};
    QTest::newRow("order number")
        << filterOf({}, {}, {}, {}, "SO00000003")
        << QStringList{"WO-SO00000003-WARD", "WO-SO00000003-CAB"};
    QTest::newRow("customer") << filterOf({}, {}, {}, {}, "欧阳")
                              << QStringList{"WO-SO00000003-WARD", "WO-SO00000003-CAB"};
    QTest::newRow("scanned work order code")
        << filterOf({}, {}, {}, {}, "]C0wo:wo-so00000001-cab\r")
        << QStringList{"WO-SO00000001-CAB"};
    QTest::newRow("a wildcard is a plain character")
        << filterOf({}, {}, {}, {}, "%") << QStringList();
    QTest::newRow("an underscore is a plain character")
        << filterOf({}, {}, {}, {}, "SO0000000_") << QStringList();
    QTest::newRow("everything together")
        << filterOf(open, "WS-WARD", QDate(2026, 3, 1), QDate(2026, 3, 31), "SO00000003")
        << QStringList{"WO-SO00000003-WARD"};
}

void tst_WorkOrderListModel::filter()
{
    QFETCH(WorkOrderListFilter, filter);
    QFETCH(QStringList, expected);
    WorkOrderListModel model;
    model.setFilter(filter);
    QCOMPARE(woNos(model), expected);
    QVERIFY(model.isComplete());
    QCOMPARE(WorkOrderListModel::count(db(), filter), qint64(expected.size()));
}

void tst_WorkOrderListModel::columns_data()
{
    QTest::addColumn<QString>("woNo");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QVariant>("lateness");

    // Work order, order, customer, workshop, parts, m², due, status, start, finish, lateness.
    QTest::newRow("on time")
        << "WO-SO00000001-CAB"
        << QStringList{"WO-SO00000001-CAB", "SO00000001", "王伟", "柜体车间", "20", "5.00",
                       "2026-03-10", "Planned", "03-02 09:00", "03-02 11:30", "on time"}
        << QVariant(qint64(-(8 * 86400 + 12 * 3600 + 30 * 60)));
    QTest::newRow("late past the end of its due day")
        << "WO-SO00000001-WARD"
        << QStringList{"WO-SO00000001-WARD", "SO00000001", "王伟", "衣柜车间", "12", "7.25",
                       "2026-03-05", "In production", "03-04 08:00", "03-06 10:00",
                       "10 h late"}
        << QVariant(qint64(10 * 3600));
    QTest::newRow("late against its installation slot; a workshop with no unit shows its code")
        << "WO-SO00000002-DOOR"
        << QStringList{"WO-SO00000002-DOOR", "SO00000002", "李娜", "WS-DOOR", "4", "2.40",
                       "2026-03-12", "Released", "03-10 08:00", "03-11 12:00", "2 h late"}
        << QVariant(qint64(2 * 3600));
    QTest::newRow("made: no lateness")
        << "WO-SO00000002-CAB"
        << QStringList{"WO-SO00000002-CAB", "SO00000002", "李娜", "柜体车间", "8", "2.00",
                       "2026-03-08", "Made", "03-03 08:00", "03-09 08:00", ""}
        << QVariant();
    QTest::newRow("partly planned")
        << "WO-SO00000003-WARD"
        << QStringList{"WO-SO00000003-WARD", "SO00000003", "欧阳娜娜", "衣柜车间", "30",
                       "9.00", "2026-03-20", "Planned", "03-12 08:00", "partly planned", ""}
        << QVariant();
    QTest::newRow("cancelled, no due date")
        << "WO-SO00000003-CAB"
        << QStringList{"WO-SO00000003-CAB", "SO00000003", "欧阳娜娜", "柜体车间", "2", "0.10",
                       "", "Cancelled", "", "", ""}
        << QVariant();
}

void tst_WorkOrderListModel::columns()
{
    QFETCH(QString, woNo);
    QFETCH(QStringList, texts);
    QFETCH(QVariant, lateness);
    WorkOrderListModel model;
    const int row = woNos(model).indexOf(woNo);
    QVERIFY(row >= 0);
    QStringList shown;
    for (int c = 0; c < WorkOrderListModel::ColumnCount; ++c)
        shown.append(model.index(row, c).data().toString());
    QCOMPARE(shown, texts);
    QCOMPARE(model.index(row, 0).data(WorkOrderListModel::LatenessRole), lateness);
    QCOMPARE(model.index(row, 0).data(WorkOrderListModel::IdRole).toString(),
             model.workOrderId(row));
    QCOMPARE(model.rowAt(row)->woNo, woNo);
    const bool rush = woNo == "WO-SO00000002-DOOR";
    QCOMPARE(model.index(row, WorkOrderListModel::WoNo).data(Qt::FontRole).value<QFont>().bold(),
             rush);
}

void tst_WorkOrderListModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("number, descending")
        << int(WorkOrderListModel::WoNo) << Qt::DescendingOrder
        << QStringList{"WO-SO00000003-WARD", "WO-SO00000003-CAB", "WO-SO00000002-DOOR",
                       "WO-SO00000002-CAB", "WO-SO00000001-WARD", "WO-SO00000001-CAB"};
    QTest::newRow("status in the order of the work")
        << int(WorkOrderListModel::Status) << Qt::AscendingOrder
        << QStringList{"WO-SO00000001-CAB", "WO-SO00000003-WARD", "WO-SO00000002-DOOR",
                       "WO-SO00000001-WARD", "WO-SO00000002-CAB", "WO-SO00000003-CAB"};
    QTest::newRow("area, largest first")
        << int(WorkOrderListModel::Area) << Qt::DescendingOrder
        << QStringList{"WO-SO00000003-WARD", "WO-SO00000001-WARD", "WO-SO00000001-CAB",
                       "WO-SO00000002-DOOR", "WO-SO00000002-CAB", "WO-SO00000003-CAB"};
    QTest::newRow("due date, latest first, none still last")
        << int(WorkOrderListModel::DueDate) << Qt::DescendingOrder
        << QStringList{"WO-SO00000003-WARD", "WO-SO00000002-DOOR", "WO-SO00000001-CAB",
                       "WO-SO00000002-CAB", "WO-SO00000001-WARD", "WO-SO00000003-CAB"};
}

void tst_WorkOrderListModel::sort()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    WorkOrderListModel model;
    QSignalSpy reloaded(&model, &WorkOrderListModel::reloaded);
    model.sort(column, order);
    QCOMPARE(reloaded.size(), 1);
    QCOMPARE(woNos(model), expected);
}

void tst_WorkOrderListModel::unsortableColumnIsIgnored()
{
    WorkOrderListModel model;
    const QStringList before = woNos(model);
    QSignalSpy reloaded(&model, &WorkOrderListModel::reloaded);
    model.sort(WorkOrderListModel::Lateness, Qt::DescendingOrder);
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(model.sortColumn(), int(WorkOrderListModel::DueDate));
    QCOMPARE(woNos(model), before);
}

void tst_WorkOrderListModel::workshopsForTheFilter()
{
    const QList<std::pair<QString, QString>> expected = {{"WS-CAB", "柜体车间"},
                                                         {"WS-WARD", "衣柜车间"}};
    QCOMPARE(WorkOrderListModel::workshops(db()), expected);
}

void tst_WorkOrderListModel::pagesOfTwoHundred()
{
    // 450 more work orders of one order, due on consecutive days.
    {
        const QString order = addOrder("SO00000450", "批量客户");
        Storage::Transaction tx(db());
        for (int i = 0; i < 450; ++i) {
            run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, due_date, "
                "status, created_at, updated_at) VALUES (?, 'h', ?, ?, ?, 'WS-BULK', ?, "
                "'planned', 'x', 'x')",
                {newId(), QString("WO-BULK-%1").arg(i, 4, 10, QChar('0')), order,
                 QString("work_order:%1").arg(i),
                 QDate(2027, 1, 1).addDays(i).toString(Qt::ISODate)});
        }
        QVERIFY(tx.commit());
    }
    WorkOrderListFilter bulk;
    bulk.workshop = "WS-BULK";
    WorkOrderListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(bulk);
    QCOMPARE(model.rowCount(), WorkOrderListModel::PageSize);
    QVERIFY(!model.isComplete());
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * WorkOrderListModel::PageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(model.isComplete());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(449, WorkOrderListModel::WoNo).data().toString(), "WO-BULK-0449");
    QCOMPARE(model.index(200, WorkOrderListModel::DueDate).data().toString(), "2027-07-20");
    QCOMPARE(WorkOrderListModel::count(db(), bulk), qint64(450));
    QCOMPARE(WorkOrderListModel::count(db(), {}), qint64(456));

    // A refresh keeps what was loaded.
    model.refresh();
    QCOMPARE(model.rowCount(), 450);
    // A new filter starts from the first page again.
    bulk.search = "BULK-01";
    model.setFilter(bulk);
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.isComplete());
    run("DELETE FROM work_orders WHERE workshop = 'WS-BULK'");
}

QTEST_MAIN(tst_WorkOrderListModel)
#include "tst_workorderlistmodel.moc"
