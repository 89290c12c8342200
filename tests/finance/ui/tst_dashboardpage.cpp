// The finance dashboard page (经营概览) on a real database: the tiles of the last ended month
// against the month before in English and Chinese, the 12-month chart's bars, the attention
// list opening an order, a dealer statement and the month close, the page registered first in
// the finance module, and the page drawn at 1280×800 in both languages.

#include "../financefixture.h"
#include "finance/costledger.h"
#include "finance/receiptbook.h"
#include "finance/ui/dashboardpage.h"
#include "finance/ui/financemodule.h"
#include "finance/ui/trendchart.h"
#include "storage/database.h"
#include "widgets/language.h"
#include "workflow/orgunits.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Hearth;
using namespace Hearth::Finance;

namespace {

/// Chinese for the page's new strings from a map {"English": "中文"} until the lead's .ts has
/// them; a JSON file named by HEARTH_DASHBOARD_ZH_JSON adds to it.
class MapTranslator : public QTranslator
{
public:
    explicit MapTranslator(QJsonObject map) : m_map(std::move(map)) {}
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = m_map.value(QString::fromUtf8(source)).toString();
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text;
    }

private:
    QJsonObject m_map;
};

QJsonObject chinese()
{
    QJsonObject map{{QStringLiteral("Business overview"), QStringLiteral("经营概览")},
                    {QStringLiteral("Revenue"), QStringLiteral("收入")},
                    {QStringLiteral("Margin"), QStringLiteral("毛利率")},
                    {QStringLiteral("Last month %1"), QStringLiteral("上月 %1")},
                    {QStringLiteral("Change %1"), QStringLiteral("变化 %1")},
                    {QStringLiteral("%1 pts"), QStringLiteral("%1 个百分点")}};
    const QByteArray json = qgetenv("HEARTH_DASHBOARD_ZH_JSON");
    if (!json.isEmpty()) {
        QFile f(QString::fromLocal8Bit(json));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject more = QJsonDocument::fromJson(f.readAll()).object();
            for (auto it = more.begin(); it != more.end(); ++it)
                map.insert(it.key(), it.value());
        }
    }
    return map;
}

Storage::Connection &db()
{
    return Storage::Database::connection();
}

int rowOf(const QStandardItemModel *m, DashboardPage::Target target, const QString &id)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex i = m->index(r, DashboardPage::KindColumn);
        if (i.data(DashboardPage::TargetRole).toInt() == int(target)
            && i.data(DashboardPage::IdRole).toString() == id)
            return r;
    }
    return -1;
}

} // namespace

class tst_DashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tiles_data();
    void tiles();
    void tilesInChinese();
    void chart();
    void attentionOpensItsPage();
    void registeredFirst();
    void render_data();
    void render();

private:
    QTemporaryDir m_dir;
    QString m_last;      // the last ended month, whose close the page shows
    QString m_previous;  // the month before it
    QString m_unit;
    QString m_a, m_b, m_e;
};

// The dates follow the site's calendar so that the shown month is the last ended one (L):
//   L−1: E store, 1,000.00, material 600.00; E's deposit 300.00.
//   L:   A dealer D-SH, 10,000.00, material 4,000.00; B store, 3,000.00, labour 3,500.00 (loses
//        500.00); A's deposit 3,000.00 and B's 2,000.00. D-SH has confirmed no statement.
void tst_DashboardPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("dashboard.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("李会计"));
    m_last = DashboardFigures::lastEndedMonth(db());
    const QDate last = MonthClose::firstDay(m_last);
    const QDate previous = last.addMonths(-1);
    m_previous = MonthClose::monthOf(previous);

    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QStringLiteral("D-SH");
    unit.name = QStringLiteral("D-SH 家居");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    QVERIFY(made);
    m_unit = made->id;
    using Orders::Channel;
    m_e = FinanceFixture::saveOrder(Channel::Store, {}, {}, previous.addDays(9),
                                    {{"柜体", "1000.00", nullptr}});
    m_a = FinanceFixture::saveOrder(Channel::Dealer, QStringLiteral("D-SH"), {},
                                    last.addDays(4), {{"柜体", "10000.00", nullptr}});
    m_b = FinanceFixture::saveOrder(Channel::Store, {}, {}, last.addDays(8),
                                    {{"衣柜", "3000.00", nullptr}});
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && !m_e.isEmpty());
    const auto feed = [](const QString &orderId, CostKind kind, qint64 fen, const char *source,
                         QDate on) {
        CostLine l;
        l.orderId = orderId;
        l.kind = kind;
        l.amountFen = fen;
        l.sourceTable = QStringLiteral("bills");
        l.sourceId = QLatin1String(source);
        l.occurredAt = QDateTime(on, QTime(2, 0), Qt::UTC);
        return CostLedger::record(db(), l).ok();
    };
    QVERIFY(feed(m_e, CostKind::Material, 60000, "m-e", previous.addDays(10)));
    QVERIFY(feed(m_a, CostKind::Material, 400000, "m-a", last.addDays(9)));
    QVERIFY(feed(m_b, CostKind::Labour, 350000, "l-b", last.addDays(9)));
    const auto pay = [](const QString &orderId, qint64 fen, QDate on, const char *key) {
        NewReceipt r;
        r.orderId = orderId;
        r.kind = ReceiptKind::Deposit;
        r.method = PaymentMethod::BankTransfer;
        r.amountFen = fen;
        r.receivedOn = on;
        r.idempotencyKey = QLatin1String(key);
        return ReceiptBook::record(db(), r).ok();
    };
    QVERIFY(pay(m_e, 30000, previous.addDays(9), "p1"));
    QVERIFY(pay(m_a, 300000, last.addDays(4), "p2"));
    QVERIFY(pay(m_b, 200000, last.addDays(8), "p3"));
}

void tst_DashboardPage::tiles_data()
{
    QTest::addColumn<int>("tile");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("previous");
    QTest::addColumn<QString>("change");
    using P = DashboardPage;
    QTest::newRow("revenue") << int(P::RevenueTile) << "¥13,000.00" << "Last month ¥1,000.00"
                             << "Change +¥12,000.00 (+1200.0\u00a0%)";
    QTest::newRow("cost") << int(P::CostTile) << "¥7,500.00" << "Last month ¥600.00"
                          << "Change +¥6,900.00 (+1150.0\u00a0%)";
    QTest::newRow("profit") << int(P::ProfitTile) << "¥5,500.00" << "Last month ¥400.00"
                            << "Change +¥5,100.00 (+1275.0\u00a0%)";
    // 5,500 ÷ 13,000 = 42.3 % against 40.0 %.
    QTest::newRow("margin") << int(P::MarginTile) << "42.3 %" << "Last month 40.0 %"
                            << "Change +2.3 pts";
    // 3,000 + 2,000 against 300: 4,700 more, 1566.7 % of 300.
    QTest::newRow("receipts") << int(P::ReceiptsTile) << "¥5,000.00" << "Last month ¥300.00"
                              << "Change +¥4,700.00 (+1566.7\u00a0%)";
    // End of L−1: 1,000 − 300 = 700; end of L: 700 + 13,000 − 5,000 = 8,700.
    QTest::newRow("receivables") << int(P::ReceivablesTile) << "¥8,700.00"
                                 << "Last month ¥700.00" << "Change +¥8,000.00 (+1142.9\u00a0%)";
}

void tst_DashboardPage::tiles()
{
    QFETCH(int, tile);
    QFETCH(QString, value);
    QFETCH(QString, previous);
    QFETCH(QString, change);
    DashboardPage page;
    page.setMonth(m_last);
    QVERIFY2(page.message().isEmpty(), qPrintable(page.message()));
    QCOMPARE(page.month(), m_last);
    const auto t = DashboardPage::Tile(tile);
    QCOMPARE(page.tileValue(t), value);
    QCOMPARE(page.tileChange(t), previous + QLatin1Char('\n') + change);

    // The tiles are the month close's figures.
    const auto figures = MonthClose::figures(db(), m_last);
    QVERIFY(figures);
    QCOMPARE(page.current().figures.toJson(), figures->toJson());
}

void tst_DashboardPage::tilesInChinese()
{
    QVERIFY(Widgets::Language::install(QStringLiteral("zh_CN")));
    MapTranslator zh(chinese());
    QCoreApplication::installTranslator(&zh);
    {
        DashboardPage page;
        page.setMonth(m_last);
        QCOMPARE(page.tileTitle(DashboardPage::RevenueTile), QStringLiteral("收入"));
        QCOMPARE(page.tileValue(DashboardPage::RevenueTile), QStringLiteral("¥13,000.00"));
        QCOMPARE(page.tileChange(DashboardPage::RevenueTile),
                 QStringLiteral("上月 ¥1,000.00\n变化 +¥12,000.00 (+1200.0\u00a0%)"));
        QCOMPARE(page.tileTitle(DashboardPage::MarginTile), QStringLiteral("毛利率"));
        QCOMPARE(page.tileChange(DashboardPage::MarginTile),
                 QStringLiteral("上月 40.0 %\n变化 +2.3 个百分点"));
    }
    QCoreApplication::removeTranslator(&zh);
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
}

void tst_DashboardPage::chart()
{
    DashboardPage page;
    page.resize(1280, 800);
    page.setMonth(m_last);
    (void)page.grab();  // lays the page out at its size
    TrendChart *chart = page.chart();
    QCOMPARE(chart->months().size(), 12);
    QCOMPARE(chart->months().last().month, m_last);
    QCOMPARE(chart->months().at(10).month, m_previous);
    QCOMPARE(chart->months().last().revenueFen, page.current().figures.revenueFen);
    QCOMPARE(chart->months().last().profitFen, page.current().figures.profitFen);
    QCOMPARE(chart->months().at(10).revenueFen, page.previous().figures.revenueFen);

    // 13,000 > 5,500 > 1,000 > 400 yuan, drawn in that order of heights on one zero line.
    using S = TrendChart;
    const QRectF revenueL = chart->barRect(11, S::Revenue);
    const QRectF profitL = chart->barRect(11, S::Profit);
    const QRectF revenueP = chart->barRect(10, S::Revenue);
    const QRectF profitP = chart->barRect(10, S::Profit);
    QVERIFY(revenueL.height() > profitL.height());
    QVERIFY(profitL.height() > revenueP.height());
    QVERIFY(revenueP.height() > profitP.height());
    QVERIFY(profitP.height() > 0);
    QCOMPARE(revenueL.bottom(), profitP.bottom());
    QVERIFY(revenueL.right() <= profitL.left());
    QVERIFY(revenueP.right() < revenueL.left());
    // 13,000 ÷ 1,000 of height, to a pixel.
    QVERIFY(qAbs(revenueL.height() / revenueP.height() - 13.0) < 0.2);
    for (int i = 0; i < 10; ++i)
        QVERIFY(chart->barRect(i, S::Revenue).isEmpty());
    // The axis steps by ¥5,000 up to ¥15,000.
    QCOMPARE(chart->ticks(), (QList<qint64>{0, 500000, 1000000, 1500000}));
}

void tst_DashboardPage::attentionOpensItsPage()
{
    DashboardPage page;
    page.setMonth(m_last);
    QCOMPARE(page.attentionMonth(), m_last);
    QStandardItemModel *m = page.attentionModel();
    QAbstractItemModelTester tester(m);
    // The month close first, then D-SH's statement, then B losing 500.00 (A and E earn more
    // than the 15 % margin).
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(rowOf(m, DashboardPage::Target::MonthClose, m_last), 0);
    QVERIFY2(m->index(0, DashboardPage::DetailColumn).data().toString().contains(
                 QStringLiteral("has no confirmed statement")),
             qPrintable(m->index(0, DashboardPage::DetailColumn).data().toString()));
    QCOMPARE(rowOf(m, DashboardPage::Target::Statement, m_unit), 1);
    QCOMPARE(m->index(1, DashboardPage::SubjectColumn).data().toString(),
             QStringLiteral("D-SH D-SH 家居"));
    const int b = rowOf(m, DashboardPage::Target::Order, m_b);
    QCOMPARE(b, 2);
    QCOMPARE(m->index(b, DashboardPage::AmountColumn).data(DashboardPage::FenRole).toLongLong(),
             -50000);
    QCOMPARE(m->index(b, DashboardPage::AmountColumn).data().toString(),
             QStringLiteral("−¥500.00"));

    QTableView *view = nullptr;
    for (QTableView *t : page.findChildren<QTableView *>()) {
        if (t->model() == m)
            view = t;
    }
    QVERIFY(view);
    QSignalSpy order(&page, &DashboardPage::orderActivated);
    QSignalSpy statement(&page, &DashboardPage::statementActivated);
    QSignalSpy close(&page, &DashboardPage::monthCloseActivated);
    emit view->doubleClicked(m->index(b, DashboardPage::DetailColumn));
    QCOMPARE(order.size(), 1);
    QCOMPARE(order.at(0).at(0).toString(), m_b);
    emit view->doubleClicked(m->index(1, DashboardPage::KindColumn));
    QCOMPARE(statement.size(), 1);
    QCOMPARE(statement.at(0).at(0).toString(), m_unit);
    const QDate first = MonthClose::firstDay(m_last);
    QCOMPARE(statement.at(0).at(1).toDate(), first);
    QCOMPARE(statement.at(0).at(2).toDate(), first.addMonths(1).addDays(-1));
    emit view->doubleClicked(m->index(0, DashboardPage::SubjectColumn));
    QCOMPARE(close.size(), 1);
    QCOMPARE(close.at(0).at(0).toString(), m_last);
    QCOMPARE(order.size(), 1);
}

void tst_DashboardPage::registeredFirst()
{
    FinanceModule module;
    const QList<Widgets::PageInfo> pages = module.pages();
    QVERIFY(!pages.isEmpty());
    QCOMPARE(pages.first().id, QLatin1String(DashboardPage::PageId));
    std::unique_ptr<QWidget> page(module.createPage(QLatin1String(DashboardPage::PageId),
                                                    nullptr));
    QVERIFY(qobject_cast<DashboardPage *>(page.get()));
}

void tst_DashboardPage::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("经营概览");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Business overview");
}

void tst_DashboardPage::render()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QVERIFY(Widgets::Language::install(language));
    MapTranslator zh(chinese());
    if (language == QLatin1String("zh_CN"))
        QCoreApplication::installTranslator(&zh);
    {
        DashboardPage page;
        page.resize(1280, 800);
        page.setMonth(m_last);
        QCOMPARE(DashboardPage::tr("Business overview"), title);
        const QImage image = page.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        // The chart drew its bars: the revenue colour is in the picture.
        const QRectF bar = page.chart()->barRect(11, TrendChart::Revenue);
        const QPoint inBar = page.chart()->mapTo(&page, bar.center().toPoint());
        QCOMPARE(image.pixelColor(inBar), QColor(0x1e, 0x88, 0xe5));
        const QString out = qEnvironmentVariable("HEARTH_DASHBOARD_PNG");
        if (!out.isEmpty())
            QVERIFY(image.save(out + QLatin1Char('-') + language + QStringLiteral(".png")));
    }
    QCoreApplication::removeTranslator(&zh);
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
}

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
