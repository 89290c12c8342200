#include "taskfixtures.h"
#include "widgets/language.h"
#include "workflow/ui/taskdisplay.h"
#include "workflow/ui/taskinboxmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QElapsedTimer>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Workflow;
using namespace TaskFixtures;

// 10:00 in Shanghai on a Tuesday; every deadline below is relative to it.
static const QDateTime Now(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);

class tst_TaskInboxModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelTester();
    void overdueFirstThenByDeadline();
    void columns_data();
    void columns();
    void scopes_data();
    void scopes();
    void filters_data();
    void filters();
    void headersAndRoles();
    void hundredThousandTasks();

private:
    QStringList titles(const TaskInboxModel &model) const;
    InboxFilter at(InboxFilter filter = {}) const;

    QTemporaryDir m_dir;
    QString m_me;
    QString m_colleague;
    QString m_orderNo;
};

InboxFilter tst_TaskInboxModel::at(InboxFilter filter) const
{
    filter.now = Now;
    return filter;
}

QStringList tst_TaskInboxModel::titles(const TaskInboxModel &model) const
{
    QStringList t;
    for (int r = 0; r < model.rowCount(); ++r)
        t.append(model.index(r, TaskInboxModel::Title).data().toString());
    return t;
}

void tst_TaskInboxModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Widgets::Language::install("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY(open(m_dir));
    m_me = addUser("wangfang", "王芳", "finance");
    m_colleague = addUser("lina", "李娜", "finance");
    const QString storeman = addUser("zhaomin", "赵敏", "warehouse");
    const QString workshop = addUnit("WS-CAB", "柜体车间", storeman, {storeman});
    signIn(m_me, "wangfang", Users::Role::Finance);
    const Orders::SalesOrder order = addOrder("张伟", 12800);
    m_orderNo = order.orderNo;

    NewTask n = newTask("work_order:WS-CAB", "work_order", "柜体开料 张伟",
                        Now.addSecs(-(2 * 24 + 3) * 3600), order.id);
    n.assigneeId = m_me;
    n.details = cabinetDetails();
    addTask(n);
    n = newTask("check:hours", "review", "核对图纸", Now.addSecs(-(5 * 60 + 10) * 60));
    n.assigneeId = m_me;
    addTask(n);
    n = newTask("collection:deposit", "collection", "收定金 张伟",
                QDateTime(QDate(2026, 3, 10), QTime(8, 0), Qt::UTC), order.id);
    n.assigneeId = m_me;
    n.amountFen = 123450;
    addTask(n);
    n = newTask("shipment", "shipment", "安排发货", {}, order.id);
    n.assigneeId = m_me;
    addTask(n);
    n = newTask("purchase:SUP-GLASS", "purchase", "采购玻璃门 张伟",
                QDateTime(QDate(2026, 3, 11), QTime(1, 30), Qt::UTC), order.id);
    n.role = "finance";
    addTask(n);
    n = newTask("installation", "installation", "上门安装",
                QDateTime(QDate(2026, 4, 2), QTime(2, 0), Qt::UTC), order.id);
    n.role = "finance";
    addTask(n);
    n = newTask("pack", "work_order", "包装入库", Now.addDays(1), order.id);
    n.role = "warehouse";
    n.unitId = workshop;
    addTask(n);
    n = newTask("done", "collection", "收尾款", Now.addDays(-1), order.id);
    n.assigneeId = m_me;
    const Task done = addTask(n);
    QVERIFY(TaskStore::complete(db(), done.id, m_me, "已收款"));
    n = newTask("colleague", "collection", "李娜的任务", Now.addDays(2));
    n.assigneeId = m_colleague;
    addTask(n);
}

void tst_TaskInboxModel::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_TaskInboxModel::modelTester()
{
    TaskInboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(m_me, InboxScope::Mine, at());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(TaskInboxModel::ColumnCount));
    model.setQuery(m_me, InboxScope::All, at(InboxFilter{{}, true, false, {}, {}, {}}));
    QCOMPARE(model.rowCount(), 9);
    model.refresh();
    QCOMPARE(model.rowCount(), 9);
    QVERIFY(!model.canFetchMore({}));
}

void tst_TaskInboxModel::overdueFirstThenByDeadline()
{
    TaskInboxModel model;
    model.setQuery(m_me, InboxScope::Mine, at());
    QCOMPARE(titles(model),
             (QStringList{"柜体开料 张伟", "核对图纸", "收定金 张伟", "安排发货"}));
    QVERIFY(model.index(0, 0).data(TaskInboxModel::OverdueRole).toBool());
    QVERIFY(model.index(1, 0).data(TaskInboxModel::OverdueRole).toBool());
    QVERIFY(!model.index(2, 0).data(TaskInboxModel::OverdueRole).toBool());
}

void tst_TaskInboxModel::columns_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QColor>("dueColor");

    const QColor red(0xb91c1c);
    const QColor amber(0xb45309);
    QTest::newRow("overdue two days, with its order")
        << "柜体开料 张伟"
        << QStringList{"Overdue 2 days", "柜体开料 张伟", "Work order", "SO", "Open", "王芳", ""}
        << red;
    QTest::newRow("overdue five hours, no order")
        << "核对图纸" << QStringList{"Overdue 5 hours", "核对图纸", "Order review", "", "Open",
                                     "王芳", ""}
        << red;
    QTest::newRow("due today, with an amount")
        << "收定金 张伟"
        << QStringList{"Today 16:00", "收定金 张伟", "Payment collection", "SO", "Open", "王芳",
                       "1,234.50"}
        << amber;
    QTest::newRow("due tomorrow, in the role's pool")
        << "采购玻璃门 张伟"
        << QStringList{"Tomorrow 09:30", "采购玻璃门 张伟", "Purchase requisition", "SO", "Open",
                       "Pool: Finance", ""}
        << QColor();
    QTest::newRow("due in three weeks")
        << "上门安装" << QStringList{"04-02 10:00", "上门安装", "Installation", "SO", "Open",
                                     "Pool: Finance", ""}
        << QColor();
    QTest::newRow("no deadline")
        << "安排发货" << QStringList{"No deadline", "安排发货", "Shipment", "SO", "Open", "王芳", ""}
        << QColor();
}

void tst_TaskInboxModel::columns()
{
    QFETCH(QString, title);
    QFETCH(QStringList, texts);
    QFETCH(QColor, dueColor);

    TaskInboxModel model;
    model.setQuery(m_me, InboxScope::All, at());
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.task(r).title == title)
            row = r;
    }
    QVERIFY2(row >= 0, qPrintable(title));
    for (int c = 0; c < TaskInboxModel::ColumnCount; ++c) {
        QString expected = texts.at(c);
        if (c == TaskInboxModel::OrderNo && expected == "SO")
            expected = m_orderNo;
        QCOMPARE(model.index(row, c).data().toString(), expected);
    }
    QCOMPARE(model.index(row, TaskInboxModel::Due).data(Qt::ForegroundRole).value<QColor>(),
             dueColor);
    QCOMPARE(model.index(row, TaskInboxModel::OrderNo).data(TaskInboxModel::OrderIdRole)
                 .toString()
                 .isEmpty(),
             texts.at(TaskInboxModel::OrderNo).isEmpty());
}

void tst_TaskInboxModel::scopes_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("mine: assigned to me, done left out")
        << int(InboxScope::Mine)
        << QStringList{"柜体开料 张伟", "核对图纸", "收定金 张伟", "安排发货"};
    QTest::newRow("team: my role's pool, not the warehouse's, not a colleague's")
        << int(InboxScope::Team) << QStringList{"采购玻璃门 张伟", "上门安装"};
    QTest::newRow("all: every active task")
        << int(InboxScope::All)
        << QStringList{"柜体开料 张伟", "核对图纸", "收定金 张伟", "采购玻璃门 张伟",
                       "包装入库", "李娜的任务", "上门安装", "安排发货"};
}

void tst_TaskInboxModel::scopes()
{
    QFETCH(int, scope);
    QFETCH(QStringList, expected);
    TaskInboxModel model;
    model.setQuery(m_me, InboxScope(scope), at());
    QCOMPARE(titles(model), expected);
}

void tst_TaskInboxModel::filters_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<bool>("overdueOnly");
    QTest::addColumn<bool>("includeClosed");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("overdue only") << int(InboxScope::Mine) << true << false << "" << ""
                                  << QStringList{"柜体开料 张伟", "核对图纸"};
    QTest::newRow("done too, after the active ones")
        << int(InboxScope::Mine) << false << true << "" << ""
        << QStringList{"柜体开料 张伟", "核对图纸", "收定金 张伟", "安排发货", "收尾款"};
    QTest::newRow("one kind") << int(InboxScope::All) << false << false << "collection" << ""
                              << QStringList{"收定金 张伟", "李娜的任务"};
    QTest::newRow("title text") << int(InboxScope::All) << false << false << "" << "张伟"
                                << QStringList{"柜体开料 张伟", "收定金 张伟", "采购玻璃门 张伟"};
    QTest::newRow("kind and overdue")
        << int(InboxScope::All) << true << false << "work_order" << ""
        << QStringList{"柜体开料 张伟"};
    QTest::newRow("nothing matches") << int(InboxScope::Team) << true << false << "" << ""
                                     << QStringList{};
}

void tst_TaskInboxModel::filters()
{
    QFETCH(int, scope);
    QFETCH(bool, overdueOnly);
    QFETCH(bool, includeClosed);
    QFETCH(QString, kind);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    InboxFilter f;
    f.overdueOnly = overdueOnly;
    f.includeClosed = includeClosed;
    f.kind = kind;
    f.text = text;
    TaskInboxModel model;
    QSignalSpy reloaded(&model, &TaskInboxModel::reloaded);
    model.setQuery(m_me, InboxScope(scope), at(f));
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(titles(model), expected);
    QCOMPARE(model.isComplete(), true);
}

void tst_TaskInboxModel::headersAndRoles()
{
    TaskInboxModel model;
    model.setQuery(m_me, InboxScope::Mine, at(InboxFilter{{}, true, false, {}, {}, {}}));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, (QStringList{"Due", "Task", "Kind", "Order no.", "Status", "Assignee",
                                   "Amount"}));
    QCOMPARE(model.headerData(TaskInboxModel::Amount, Qt::Horizontal, Qt::TextAlignmentRole)
                 .toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.task(last).title, QString("收尾款"));
    QCOMPARE(model.index(last, TaskInboxModel::StatusColumn).data().toString(), QString("Done"));
    // A closed task is greyed whole, its past deadline is no longer red.
    QCOMPARE(model.index(last, TaskInboxModel::Due).data(Qt::ForegroundRole).value<QColor>(),
             QColor(0x9aa1ab));
    QCOMPARE(model.index(0, TaskInboxModel::Due).data(Qt::ToolTipRole).toString(),
             QString("Due 2026-03-08 07:00"));
    QCOMPARE(model.index(0, 0).data(TaskInboxModel::IdRole).toString(), model.taskId(0));
    QCOMPARE(model.rowOf(model.taskId(2)), 2);
    QCOMPARE(model.rowOf("no such task"), -1);
    QVERIFY(!model.index(0, 0).data(Qt::UserRole + 50).isValid());
}

void tst_TaskInboxModel::hundredThousandTasks()
{
    Storage::Database::close();
    QVERIFY(open(m_dir, "bulk.db"));
    const QString me = addUser("wangfang", "王芳", "finance");
    QElapsedTimer timer;
    timer.start();
    bulkTasks(100000, Now, me, "finance");
    qInfo("generated 100,000 tasks in %lld ms", timer.elapsed());

    TaskInboxModel model;
    timer.restart();
    model.setQuery(me, InboxScope::All, at());
    const qint64 firstPageMs = timer.elapsed();
    QCOMPARE(model.rowCount(), TaskInboxModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(!model.isComplete());

    timer.restart();
    model.fetchMore({});
    const qint64 nextPageMs = timer.elapsed();
    QCOMPARE(model.rowCount(), 2 * TaskInboxModel::PageSize);
    // Overdue first: the first 400 rows are all overdue, their deadlines rising.
    for (int r = 1; r < model.rowCount(); ++r) {
        QVERIFY(model.index(r, 0).data(TaskInboxModel::OverdueRole).toBool());
        QVERIFY(model.task(r - 1).dueAt <= model.task(r).dueAt);
    }
    QCOMPARE(model.index(0, TaskInboxModel::Due).data().toString(), QString("Overdue 4 days"));

    timer.restart();
    const qint64 all = TaskQuery::count(db(), me, InboxScope::All, at());
    const qint64 countMs = timer.elapsed();
    QCOMPARE(all, 100000);
    QCOMPARE(TaskQuery::count(db(), me, InboxScope::Mine, at()), 33334);

    timer.restart();
    model.setQuery(me, InboxScope::Mine, at(InboxFilter{{}, false, false, {}, {}, "99999"}));
    const qint64 searchMs = timer.elapsed();
    QCOMPARE(titles(model), QStringList{"批量任务 99999 衣柜"});

    // The tester fetches a page itself after each change; it must stay consistent at this size.
    TaskInboxModel tested;
    QAbstractItemModelTester tester(&tested,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    timer.restart();
    tested.setQuery(me, InboxScope::Team, at());
    const qint64 teamMs = timer.elapsed();
    for (int i = 0; i < 3 && tested.canFetchMore({}); ++i)
        tested.fetchMore({});
    QVERIFY(tested.rowCount() >= 4 * TaskInboxModel::PageSize);
    QVERIFY(tested.rowCount() < 20 * TaskInboxModel::PageSize);

    timer.restart();
    const InboxCounts counts = TaskQuery::counts(db(), me, Now);
    const qint64 badgeMs = timer.elapsed();
    QCOMPARE(counts.mine, 33334);
    QCOMPARE(counts.pool, 66666);
    qInfo("100,000 tasks: first page %lld ms, next page %lld ms, count %lld ms, search %lld ms, "
          "badge counts %lld ms, team's first page %lld ms",
          firstPageMs, nextPageMs, countMs, searchMs, badgeMs, teamMs);
    // Generous bounds for a loaded Debug build; what matters is that none of it grows with
    // the number of rows loaded.
    QVERIFY2(firstPageMs < 3000, qPrintable(QString::number(firstPageMs)));
    QVERIFY2(nextPageMs < 3000, qPrintable(QString::number(nextPageMs)));
    QVERIFY2(badgeMs < 1000, qPrintable(QString::number(badgeMs)));
    QVERIFY2(teamMs < 3000, qPrintable(QString::number(teamMs)));
}

QTEST_GUILESS_MAIN(tst_TaskInboxModel)
#include "tst_taskinboxmodel.moc"
