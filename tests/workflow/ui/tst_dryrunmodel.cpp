#include "workflow/ui/dryrunmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Hearth::Workflow;

namespace {

PlanChange change(PlanChange::Kind kind, const QString &key, const QString &title,
                  const QString &what)
{
    PlanChange c;
    c.kind = kind;
    c.taskKey = key;
    c.what = what;
    (kind == PlanChange::Kind::Cancel ? c.before : c.after).title = title;
    return c;
}

DryRunReport report()
{
    DryRunReport r;
    r.orders = 40;
    r.changed = 3;

    OrderDryRun held;
    held.orderId = "o1";
    held.orderNo = "SO-2026-0007";
    held.signedOn = QDate(2026, 3, 2);
    held.reviewBefore = ReviewFinding::Outcome::Pass;
    held.reviewAfter = ReviewFinding::Outcome::Hold;
    held.findingsAdded = {"deposit ¥3,000.00 is 30.00 % of ¥10,000.00; at least 60 % "
                          "(¥6,000.00) is required"};
    r.results.append(held);

    OrderDryRun split;
    split.orderId = "o2";
    split.orderNo = "SO-2026-0011";
    split.signedOn = QDate(2026, 3, 5);
    split.reviewBefore = ReviewFinding::Outcome::Approval;
    split.reviewAfter = ReviewFinding::Outcome::Approval;
    split.tasks.changes = {
        change(PlanChange::Kind::Add, "purchase:SUP-STONE", "石材台面采购", "new supplier"),
        change(PlanChange::Kind::Add, "installation", "上门安装", QString()),
        change(PlanChange::Kind::Adjust, "work_order:WS-CAB", "柜体生产",
               "width 600 → 800 mm on line 2"),
        change(PlanChange::Kind::Cancel, "purchase:SUP-GLASS", "玻璃门采购", "line 3 cancelled"),
    };
    r.results.append(split);

    OrderDryRun failed;
    failed.orderId = "o3";
    failed.orderNo = "SO-2026-0002";
    failed.signedOn = QDate(2026, 3, 1);
    failed.error = "templates/base_cabinet.json: H - T is below 0";
    r.results.append(failed);
    return r;
}

} // namespace

class tst_DryRunModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsShowEachOrder_data();
    void rowsShowEachOrder();
    void coloursSayBetterOrWorse();
    void sortsByValueNotByText();
    void detailsListEveryChange();
    void resetIsOneStructuralChange();
};

void tst_DryRunModel::rowsShowEachOrder_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("held by a new finding")
        << 0
        << QStringList{"SO-2026-0007", "2026-03-02", "Pass → Hold", "0", "0", "0", "+1 / −0"};
    QTest::newRow("tasks change, review does not")
        << 1
        << QStringList{"SO-2026-0011", "2026-03-05", "Needs approval (unchanged)", "2", "1", "1",
                       ""};
    QTest::newRow("cannot be replayed")
        << 2 << QStringList{"SO-2026-0002", "2026-03-01", "error", "0", "0", "0", ""};
}

void tst_DryRunModel::rowsShowEachOrder()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    DryRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DryRunModel::ColumnCount));
    QStringList shown;
    for (int c = 0; c < DryRunModel::ColumnCount; ++c)
        shown.append(model.index(row, c).data().toString());
    QCOMPARE(shown, cells);
    QCOMPARE(model.result(row)->orderNo, cells.first());
    QCOMPARE(model.result(3), nullptr);
    QCOMPARE(model.result(-1), nullptr);
    QCOMPARE(model.headerData(DryRunModel::Review, Qt::Horizontal).toString(),
             QString("Review before → after"));
    QVERIFY(!model.index(0, 0, model.index(0, 0)).isValid());
}

void tst_DryRunModel::coloursSayBetterOrWorse()
{
    DryRunModel model;
    model.setReport(report());
    const auto colour = [&](int row, int column) {
        return model.index(row, column).data(Qt::ForegroundRole).value<QColor>();
    };
    QCOMPARE(colour(0, DryRunModel::Review), QColor(0xb45309));  // worse: amber
    QCOMPARE(colour(1, DryRunModel::Review), QColor(0x6b7280));  // unchanged: grey
    QCOMPARE(colour(2, DryRunModel::Review), QColor(0xb91c1c));  // error: red
    QCOMPARE(colour(0, DryRunModel::TasksAdded), QColor(0xb8c0cc));  // nothing: faint
    QVERIFY(!model.index(1, DryRunModel::TasksAdded).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(2, DryRunModel::Review).data(Qt::ToolTipRole).toString(),
             QString("templates/base_cabinet.json: H - T is below 0"));
    QVERIFY(model.index(0, DryRunModel::Findings)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith("+ deposit"));
}

void tst_DryRunModel::sortsByValueNotByText()
{
    DryRunModel model;
    model.setReport(report());
    const auto sortValue = [&](int row, int column) {
        return model.index(row, column).data(DryRunModel::SortRole);
    };
    QCOMPARE(sortValue(1, DryRunModel::TasksAdded).toInt(), 2);
    QCOMPARE(sortValue(0, DryRunModel::Signed).toDate(), QDate(2026, 3, 2));
    // Hold after ranks above approval after, and an error above both.
    QVERIFY(sortValue(0, DryRunModel::Review).toInt() > sortValue(1, DryRunModel::Review).toInt());
    QVERIFY(sortValue(2, DryRunModel::Review).toInt() > sortValue(0, DryRunModel::Review).toInt());
}

void tst_DryRunModel::detailsListEveryChange()
{
    const DryRunReport r = report();
    QTextDocument doc;
    doc.setHtml(DryRunModel::describe(r.results.at(1)));
    const QString text = doc.toPlainText();
    QVERIFY(text.contains("SO-2026-0011"));
    QVERIFY(text.contains("Signed on 2026-03-05"));
    QVERIFY(text.contains("石材台面采购: new supplier"));
    QVERIFY(text.contains("上门安装"));
    QVERIFY(text.contains("柜体生产: width 600 → 800 mm on line 2"));
    QVERIFY(text.contains("玻璃门采购: line 3 cancelled"));
    QVERIFY(text.indexOf("Tasks added") < text.indexOf("Tasks changed"));
    QVERIFY(text.indexOf("Tasks changed") < text.indexOf("Tasks cancelled"));

    doc.setHtml(DryRunModel::describe(r.results.at(0)));
    QVERIFY(doc.toPlainText().contains("Pass → Hold"));
    QVERIFY(doc.toPlainText().contains("at least 60 %"));
    QVERIFY(doc.toPlainText().contains("The tasks stay as they are."));

    doc.setHtml(DryRunModel::describe(r.results.at(2)));
    QVERIFY(doc.toPlainText().contains("cannot replay this order"));
    QVERIFY(doc.toPlainText().contains("H - T is below 0"));
}

void tst_DryRunModel::resetIsOneStructuralChange()
{
    DryRunModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setReport(report());
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.report().orders, 0);
}

QTEST_MAIN(tst_DryRunModel)
#include "tst_dryrunmodel.moc"
