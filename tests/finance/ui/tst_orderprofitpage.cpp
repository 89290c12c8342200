// The settlement page (单单清算) and the orders below the margin, on a real database: the
// figures a manager reads, the sources a double click opens, and both pages drawn to PNG.

#include "../costingfixture.h"
#include "../financefixture.h"
#include "finance/costledger.h"
#include "finance/ui/financeformat.h"
#include "finance/ui/financemodule.h"
#include "finance/ui/marginwatchpage.h"
#include "finance/ui/orderprofitpage.h"
#include "finance/ui/profitwaterfall.h"
#include "storage/database.h"
#include "widgets/language.h"
#include "widgets/links.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Hearth;
using namespace Hearth::Finance;
using CostingFixture::move;
using CostingFixture::operation;
using CostingFixture::report;
using FinanceFixture::Line;

namespace {

/// Chinese for the new strings from a JSON map {"English": "中文"} until the lead's .ts has
/// them (HEARTH_FINANCE_ZH_JSON).
class MapTranslator : public QTranslator
{
public:
    explicit MapTranslator(QJsonObject map) : m_map(std::move(map)) {}
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return m_map.value(QString::fromUtf8(source)).toString();
    }

private:
    QJsonObject m_map;
};

QString saveOrder(const char *amount)
{
    return FinanceFixture::saveOrder(Orders::Channel::Store, QString(), "华东",
                                     QDate(2026, 3, 2), {Line{"柜体", amount, nullptr}});
}

QSet<QRgb> coloursOf(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return colours;
}

} // namespace

class tst_OrderProfitPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures();
    void doubleClickOpensTheSource();
    void marginList();
    void renderInChinese();

private:
    QTemporaryDir m_dir;
    QString m_a;
    QString m_b;
    QString m_remake;
    QString m_boardMove;
};

void tst_OrderProfitPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("profit.db")));
    Storage::Database::setCurrentUser("finance1");
    QVERIFY(CostingFixture::makeFactory());
    QVERIFY(CostLedger::setOverheadRate(Storage::Database::connection(),
                                        Core::Decimal::fromMicros(80'000)));

    // A: 1,200.00 signed; estimate 5.05 m², 20 hinges, 15 parts by the cabinet routing.
    m_a = saveOrder("1200.00");
    QVERIFY(!m_a.isEmpty());
    QVERIFY(CostingFixture::part(m_a, "P1", 800, 500, 10, 26'000, "颗粒板", "暖白"));
    QVERIFY(CostingFixture::part(m_a, "P2", 700, 300, 5, 10'000, "颗粒板", "暖白"));
    QVERIFY(CostingFixture::hardware(m_a, "HW-HINGE", 20'000'000));
    const QString wo = CostingFixture::workOrder(m_a, "WO-A");
    m_boardMove = move("issue", "item-board", "m2", 5'500'000, 46'123'457, 253'679'014, {}, wo,
                       "2026-03-03T01:00:00.000Z");
    QVERIFY(!m_boardMove.isEmpty());
    QVERIFY(!move("issue", "item-edge", "m", 38'000'000, 1'250'000, 47'500'000, {}, wo,
                  "2026-03-03T01:02:00.000Z").isEmpty());
    QVERIFY(!move("issue", "item-hinge", "piece", 20'000'000, 3'456'789, 69'135'780, m_a, {},
                  "2026-03-03T01:05:00.000Z").isEmpty());
    const QString cut = operation(wo, 1, "wc-cut", "开料", 1056, 600, 15, "done");
    const QString edge = operation(wo, 2, "wc-edge", "封边", 675, 300, 15, "done");
    const QString assemble = operation(wo, 3, "wc-asm", "组装", 1500, 0, 15, "done");
    QVERIFY(report(wo, cut, "finish", 15, 0, "2026-03-03T03:00:00.000Z"));
    QVERIFY(report(wo, edge, "finish", 15, 0, "2026-03-03T05:00:00.000Z"));
    QVERIFY(report(wo, assemble, "finish", 14, 1, "2026-03-04T07:00:00.000Z"));

    // B: a re-make of A's door charged to the installer; A pays it, B is listed nowhere.
    m_remake = saveOrder("0.00");
    QVERIFY(CostingFixture::run("UPDATE sales_orders SET parent_order_id = ?, "
                                "charged_to = 'installer' WHERE id = ?",
                                {m_a, m_remake}));
    const QString woR = CostingFixture::workOrder(m_remake, "WO-A-R1");
    QVERIFY(!move("issue", "item-board", "m2", 800'000, 46'123'457, 36'898'766, {}, woR,
                  "2026-03-09T01:00:00.000Z").isEmpty());

    // B: sold at 300.00, cost 460.00 of board: losing money.
    m_b = saveOrder("300.00");
    QVERIFY(!move("issue", "item-board", "m2", 10'000'000, 46'000'000, 460'000'000, m_b, {},
                  "2026-03-05T01:00:00.000Z").isEmpty());
    CostLine freight;
    freight.orderId = m_a;
    freight.kind = CostKind::Freight;
    freight.amountFen = 4500;
    freight.sourceTable = "shipments";
    freight.sourceId = "SH-0001";
    freight.description = "德邦物流 DB20260310";
    freight.occurredAt = QDateTime(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);
    QVERIFY(CostLedger::record(Storage::Database::connection(), freight));
}

void tst_OrderProfitPage::figures()
{
    OrderProfitPage page;
    QAbstractItemModelTester tester(page.linesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.showOrder(m_a));
    const OrderCosts &c = page.costs();
    QCOMPARE(c.revenueFen, 120000);
    // Board 25,367.9014: 25,368; edge 4,750; hinges 6,914; CUT 1,656 s: 5,520; EDGE 975 s:
    // 2,464.58: 2,465; ASM 1,500 s: 1,876.25: 1,876; re-make 3,689.8766: 3,690; freight
    // 4,500. Direct 55,083; 8 %: 4,406.64: 4,407.
    QCOMPARE(c.actualFen(), 59490);
    QCOMPARE(c.profitFen(), 60510);
    QVERIFY(c.estimate.has_value());
    QCOMPARE(c.estimateFen(), 47418);
    QCOMPARE(page.linesModel()->rowCount(), 9);
    const QStandardItemModel *m = page.linesModel();
    QStringList amounts;
    for (int row = 0; row < m->rowCount(); ++row)
        amounts << m->item(row, OrderProfitPage::AmountColumn)->text();
    QVERIFY(amounts.contains("¥253.68"));
    QVERIFY(amounts.contains("¥36.90"));
    QVERIFY(amounts.contains("¥44.07"));
    QCOMPARE(FinanceFormat::fen(-825000), QString("−¥8,250.00"));
    QCOMPARE(FinanceFormat::margin(c.margin()), QString("50.4 %"));

    // The chart draws estimate (outlined) and actual bars.
    page.resize(1100, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *chart = page.findChild<ProfitWaterfall *>();
    QVERIFY(chart);
    const QSet<QRgb> colours = coloursOf(chart->grab().toImage());
    QVERIFY(colours.contains(QColor(0xcf, 0xd8, 0xdc).rgb()));
    QVERIFY(colours.contains(QColor(0xe0, 0x6c, 0x2f).rgb()));
    QVERIFY(colours.contains(QColor(0x2e, 0x7d, 0x32).rgb()));
}

void tst_OrderProfitPage::doubleClickOpensTheSource()
{
    QString opened;
    QString openedOrder;
    Widgets::Links::setHandler("stock_moves", [&](const QString &id, QWidget *) {
        opened = id;
        return true;
    });
    Widgets::Links::setHandler(Widgets::Links::Order, [&](const QString &id, QWidget *) {
        openedOrder = id;
        return true;
    });
    OrderProfitPage page;
    QVERIFY(page.showOrder(m_a));
    QSignalSpy spy(&page, &OrderProfitPage::sourceActivated);
    const QStandardItemModel *m = page.linesModel();
    int boardRow = -1;
    int remakeRow = -1;
    for (int row = 0; row < m->rowCount(); ++row) {
        const QStandardItem *item = m->item(row, 0);
        if (item->data(OrderProfitPage::SourceIdRole).toString() == m_boardMove)
            boardRow = row;
        if (!item->data(OrderProfitPage::ViaOrderRole).toString().isEmpty())
            remakeRow = row;
    }
    QVERIFY(boardRow >= 0 && remakeRow >= 0);
    page.activateRow(boardRow);
    QCOMPARE(opened, m_boardMove);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QString("stock_moves"));
    QCOMPARE(m->item(remakeRow, OrderProfitPage::ChargedToColumn)->text(), QString("Installer"));
    // The re-make's move opens as a move too; without a move page it would open the re-make.
    Widgets::Links::setHandler("stock_moves", {});
    page.activateRow(remakeRow);
    QCOMPARE(openedOrder, m_remake);
    Widgets::Links::setHandler(Widgets::Links::Order, {});
}

void tst_OrderProfitPage::marginList()
{
    MarginWatchPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.reload());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->item(0, MarginWatchPage::OrderColumn)->data(
                 MarginWatchPage::OrderIdRole).toString(), m_b);
    // 300.00 against 460.00 and 8 % overhead 36.80: −196.80, −65.6 %.
    QCOMPARE(page.model()->item(0, MarginWatchPage::ProfitColumn)->text(), QString("−¥196.80"));
    QCOMPARE(page.model()->item(0, MarginWatchPage::MarginColumn)->text(), QString("−65.6 %"));
    QSignalSpy spy(&page, &MarginWatchPage::orderActivated);
    QVERIFY(spy.isValid());
}

void tst_OrderProfitPage::renderInChinese()
{
    QVERIFY(Widgets::Language::install("zh_CN"));
    std::unique_ptr<MapTranslator> extra;
    const QByteArray json = qgetenv("HEARTH_FINANCE_ZH_JSON");
    if (!json.isEmpty()) {
        QFile f(QString::fromLocal8Bit(json));
        QVERIFY(f.open(QIODevice::ReadOnly));
        extra = std::make_unique<MapTranslator>(QJsonDocument::fromJson(f.readAll()).object());
        QCoreApplication::installTranslator(extra.get());
    }
    const QString out = QString::fromLocal8Bit(qgetenv("HEARTH_FINANCE_PNG_DIR"));
    {
        OrderProfitPage page;
        QVERIFY(page.showOrder(m_a));
        page.resize(1280, 820);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage image = page.grab().toImage();
        QVERIFY2(coloursOf(image).size() > 40, "the page looks blank");
        if (!out.isEmpty())
            QVERIFY(image.save(out + "/orderprofit-zh_CN.png"));
    }
    {
        MarginWatchPage page;
        page.resize(1000, 420);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QImage image = page.grab().toImage();
        QVERIFY(coloursOf(image).size() > 10);
        if (!out.isEmpty())
            QVERIFY(image.save(out + "/margin-zh_CN.png"));
    }
    if (extra)
        QCoreApplication::removeTranslator(extra.get());
}

QTEST_MAIN(tst_OrderProfitPage)
#include "tst_orderprofitpage.moc"
