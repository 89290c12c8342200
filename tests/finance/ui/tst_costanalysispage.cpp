// The cost accounting page (成本核算) on a real database: the cells a controller reads, the
// costs that arrived since gathered on opening, the orders behind a cell and the export.

#include "../costingfixture.h"
#include "../financefixture.h"
#include "finance/costledger.h"
#include "finance/ui/costanalysispage.h"
#include "finance/ui/financeformat.h"
#include "orders/io/rowreader.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;

namespace {

Core::Status feed(const QString &orderId, CostKind kind, qint64 fen, const char *source,
                  const char *atUtc)
{
    CostLine l;
    l.orderId = orderId;
    l.kind = kind;
    l.amountFen = fen;
    l.sourceTable = QStringLiteral("bills");
    l.sourceId = QLatin1String(source);
    l.occurredAt = QDateTime::fromString(QLatin1String(atUtc), Qt::ISODate);
    return CostLedger::record(Storage::Database::connection(), l);
}

int rowOf(const QStandardItemModel *m, const QString &label)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->item(r, CostAnalysisPage::KeyColumn)->text() == label)
            return r;
    }
    return -1;
}

int column(CostType type)
{
    return int(type) + 1;
}

} // namespace

class tst_CostAnalysisPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byChannel();
    void drillDownListsTheOrders();
    void byProductLine();
    void period();
    void exportsXlsx();

private:
    QTemporaryDir m_dir;
    QString m_a;
};

void tst_CostAnalysisPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("costpage.db")));
    Storage::Database::setCurrentUser("finance1");
    QVERIFY(CostingFixture::makeFactory());
    // SO00000001, dealer D01: cabinets 6,000.00 and a worktop 2,000.00; material 1,000.01 fed
    // in March and 10 hinges at 3.50 issued on 11 March, not gathered yet.
    m_a = FinanceFixture::saveOrder(Orders::Channel::Dealer, "D01", "华东", QDate(2026, 3, 2),
                                    {Line{"柜体", "6000.00", nullptr},
                                     Line{"台面", "2000.00", nullptr}});
    QVERIFY(!m_a.isEmpty());
    QVERIFY(feed(m_a, CostKind::Material, 100001, "M-1", "2026-03-05T02:00:00Z"));
    QVERIFY(!CostingFixture::move("issue", "item-hinge", "piece", 10'000'000, 3'500'000,
                                  35'000'000, m_a, {}, "2026-03-11T01:05:00.000Z")
                 .isEmpty());
    // SO00000002, a store's wardrobe: installation 120.00 on 2 April.
    const QString b = FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华南",
                                                QDate(2026, 3, 8),
                                                {Line{"衣柜", "3000.00", nullptr}});
    QVERIFY(!b.isEmpty());
    QVERIFY(feed(b, CostKind::Installation, 12000, "I-2", "2026-04-02T02:00:00Z"));
}

void tst_CostAnalysisPage::byChannel()
{
    CostAnalysisPage page;
    QAbstractItemModelTester tester(page.model());
    page.setDimension(CostDimension::Channel);
    QVERIFY2(page.message().isEmpty(), qPrintable(page.message()));
    const QStandardItemModel *m = page.model();
    QCOMPARE(m->columnCount(), CostAnalysisPage::ColumnCount);
    QCOMPARE(m->headerData(0, Qt::Horizontal).toString(), QString("Channel"));
    QCOMPARE(m->headerData(column(CostType::Logistics), Qt::Horizontal).toString(),
             QString("Logistics"));
    QCOMPARE(m->rowCount(), 3);
    // The hinges' issue was gathered on opening: 35.00 of hardware.
    const int dealer = rowOf(m, "Dealer");
    QVERIFY(dealer >= 0);
    QCOMPARE(m->item(dealer, column(CostType::Material))->text(), FinanceFormat::fen(100001));
    QCOMPARE(m->item(dealer, column(CostType::Hardware))->text(), FinanceFormat::fen(3500));
    QCOMPARE(m->item(dealer, CostAnalysisPage::TotalColumn)->data(CostAnalysisPage::FenRole),
             QVariant(qint64(103501)));
    QCOMPARE(m->item(dealer, column(CostType::Labour))->text(), QString());
    const int store = rowOf(m, "Own store");
    QVERIFY(store >= 0);
    QCOMPARE(m->item(store, column(CostType::Installation))->text(), FinanceFormat::fen(12000));
    QCOMPARE(m->item(2, CostAnalysisPage::KeyColumn)->text(), QString("Total"));
    QCOMPARE(m->item(2, CostAnalysisPage::TotalColumn)->text(), FinanceFormat::fen(115501));
    QCOMPARE(m->item(2, CostAnalysisPage::OrdersColumn)->text(), QString("2"));
}

void tst_CostAnalysisPage::drillDownListsTheOrders()
{
    CostAnalysisPage page;
    page.setDimension(CostDimension::Channel);
    QAbstractItemModelTester tester(page.ordersModel());
    const int dealer = rowOf(page.model(), "Dealer");
    QVERIFY(page.showCell(dealer, column(CostType::Hardware)));
    QCOMPARE(page.ordersModel()->rowCount(), 1);
    QCOMPARE(page.ordersModel()->item(0, 0)->text(), QString("SO00000001"));
    QCOMPARE(page.ordersModel()->item(0, 1)->text(), FinanceFormat::fen(3500));
    // An empty cell lists nothing; the total row's total lists both orders.
    QVERIFY(!page.showCell(dealer, column(CostType::Labour)));
    QCOMPARE(page.ordersModel()->rowCount(), 0);
    QVERIFY(page.showCell(2, CostAnalysisPage::TotalColumn));
    QCOMPARE(page.ordersModel()->rowCount(), 2);
    QCOMPARE(page.ordersModel()->item(1, 0)->text(), QString("SO00000002"));
    QCOMPARE(page.ordersModel()->item(1, 1)->text(), FinanceFormat::fen(12000));

    // Double clicking an order asks for it; a double click on a cell lists its orders.
    QTableView *cells = nullptr;
    QTableView *orders = nullptr;
    for (QTableView *view : page.findChildren<QTableView *>()) {
        if (view->model() == page.model())
            cells = view;
        else if (view->model() == page.ordersModel())
            orders = view;
    }
    QVERIFY(cells && orders);
    QSignalSpy opened(&page, &CostAnalysisPage::orderActivated);
    emit orders->doubleClicked(page.ordersModel()->index(0, 0));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), m_a);
    emit cells->doubleClicked(page.model()->index(dealer, column(CostType::Material)));
    QCOMPARE(page.ordersModel()->rowCount(), 1);
    QCOMPARE(page.ordersModel()->item(0, 1)->text(), FinanceFormat::fen(100001));
}

void tst_CostAnalysisPage::byProductLine()
{
    // SO00000001's costs split 3 : 1 over its lines: 1,000.01 → 750.01 + 250.00 and
    // 35.00 → 26.25 + 8.75.
    CostAnalysisPage page;
    page.setDimension(CostDimension::ProductLine);
    const QStandardItemModel *m = page.model();
    const int cabinets = rowOf(m, "柜体");
    const int worktop = rowOf(m, "台面");
    QVERIFY(cabinets >= 0 && worktop >= 0);
    QCOMPARE(m->item(cabinets, column(CostType::Material))->text(), FinanceFormat::fen(75001));
    QCOMPARE(m->item(cabinets, column(CostType::Hardware))->text(), FinanceFormat::fen(2625));
    QCOMPARE(m->item(worktop, CostAnalysisPage::TotalColumn)->text(),
             FinanceFormat::fen(25000 + 875));
}

void tst_CostAnalysisPage::period()
{
    CostAnalysisPage page;
    page.setDimension(CostDimension::Period);
    QCOMPARE(page.model()->rowCount(), 3);
    QCOMPARE(page.model()->item(0, 0)->text(), QString("2026-03"));
    page.setPeriod(QDate(2026, 4, 1), QDate(2026, 4, 30));
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->item(0, 0)->text(), QString("2026-04"));
    QCOMPARE(page.report().total().total(), 12000);
}

void tst_CostAnalysisPage::exportsXlsx()
{
    CostAnalysisPage page;
    page.setDimension(CostDimension::Dealer);
    const QString path = m_dir.filePath("costs.xlsx");
    QVERIFY2(page.exportTo(path), qPrintable(page.message()));
    const auto sheets = Orders::xlsxSheetNames(path);
    QVERIFY(sheets);
    QCOMPARE(sheets->size(), 2);
    auto costs = Orders::openXlsx(path, sheets->first());
    QVERIFY(costs);
    QCOMPARE((*costs)->headers().value(0), QString("Dealer"));
    QStringList cells;
    int rowNumber = 0;
    QVERIFY((*costs)->readRow(&cells, &rowNumber));
    QCOMPARE(cells.value(0), QString("(none)"));
    QCOMPARE(cells.value(column(CostType::Installation)), QString("120"));
    QVERIFY((*costs)->readRow(&cells, &rowNumber));
    QCOMPARE(cells.value(0), QString("D01 D01 家居"));
    QCOMPARE(cells.value(CostAnalysisPage::TotalColumn), QString("1035.01"));

    // A path that cannot be written is a message on the page.
    QVERIFY(!page.exportTo(m_dir.filePath("no/such/dir/costs.xlsx")));
    QVERIFY(!page.message().isEmpty());
}

QTEST_MAIN(tst_CostAnalysisPage)
#include "tst_costanalysispage.moc"
