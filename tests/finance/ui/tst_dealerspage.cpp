// The dealers page (经销商对账与返利) on a real database: the statement's figures and entries,
// the rebate ledger with its progress, settling from the page, and the page drawn to PNG.

#include "../financefixture.h"
#include "finance/dealercredit.h"
#include "finance/rebateledger.h"
#include "finance/rebatepolicies.h"
#include "finance/receiptbook.h"
#include "finance/ui/dealerspage.h"
#include "finance/ui/financemodule.h"
#include "storage/database.h"
#include "widgets/language.h"
#include "workflow/orgunits.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Hearth;
using namespace Hearth::Finance;

namespace {

/// Chinese for the new strings from a JSON map {"English": "中文"} until the lead's .ts has
/// them (HEARTH_DEALERS_ZH_JSON).
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

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString text(const QStandardItemModel *m, int row, int column)
{
    return m->index(row, column).data().toString();
}

} // namespace

class tst_DealersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statementFigures();
    void rebateProgress();
    void settleFromThePage();
    void clawBackFromThePage();
    void registeredWithTheModule();
    void renderInChinese();

private:
    QTemporaryDir m_dir;
    QString m_unit;
    QString m_march18;  // the order of 26,500.00
};

// 华南经销商 (D-SZ), March 2026: opens at 6,000.00 (an order of 6,000.00 in February), signs
// 18,000.00 and 26,500.00, pays 10,000.00: closes at 40,500.00. The quarterly policy
// (≥ 20,000.00: 2 %, ≥ 50,000.00: 3 %, retroactive) has 50,500.00 of volume: 3 % = 1,515.00.
void tst_DealersPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("dealers.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("finance1"));
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QStringLiteral("D-SZ");
    unit.name = QStringLiteral("华南经销商");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    QVERIFY(made.ok());
    m_unit = made->id;
    QVERIFY(DealerCredit::setLimit(db(), m_unit, 6000000).ok());

    using FinanceFixture::saveOrder;
    const auto dealer = Orders::Channel::Dealer;
    QVERIFY(!saveOrder(dealer, "D-SZ", {}, QDate(2026, 2, 20), {{"柜体", "6000.00", nullptr}})
                 .isEmpty());
    const QString a = saveOrder(dealer, "D-SZ", {}, QDate(2026, 3, 4),
                                {{"柜体", "18000.00", nullptr}});
    m_march18 = saveOrder(dealer, "D-SZ", {}, QDate(2026, 3, 18), {{"柜体", "26500.00", nullptr}});
    QVERIFY(!m_march18.isEmpty());
    NewReceipt r;
    r.orderId = a;
    r.kind = ReceiptKind::Deposit;
    r.method = PaymentMethod::BankTransfer;
    r.amountFen = 1000000;
    r.receivedOn = QDate(2026, 3, 6);
    r.idempotencyKey = QStringLiteral("bank-0306");
    QVERIFY(ReceiptBook::record(db(), r).ok());

    RebatePolicy p;
    p.code = QStringLiteral("Q-2026");
    p.name = QStringLiteral("2026 季度返利");
    p.startsOn = QDate(2026, 1, 1);
    p.endsOn = QDate(2026, 12, 31);
    p.period = RebatePolicy::Period::Quarter;
    p.tiers = {{2000000, 20000}, {5000000, 30000}, {10000000, 50000}};
    QVERIFY(RebatePolicies::save(db(), p).ok());
    // A copy for `hearth --db FILE --render finance.dealers` (the WAL folded in).
    if (qEnvironmentVariableIsSet("HEARTH_DEALERS_DB")) {
        Storage::Statement copy(db().handle(), "VACUUM INTO ?");
        copy.bind(1, qEnvironmentVariable("HEARTH_DEALERS_DB"));
        QVERIFY(copy.exec());
    }
}

void tst_DealersPage::statementFigures()
{
    DealersPage page;
    QAbstractItemModelTester entries(page.entries());
    QVERIFY(page.showStatement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(page.statement().openingFen, qint64(600000));
    QCOMPARE(page.statement().closingFen, qint64(4050000));
    QCOMPARE(page.entries()->rowCount(), 3);
    QCOMPARE(text(page.entries(), 0, DealersPage::AmountColumn), QStringLiteral("¥18,000.00"));
    QCOMPARE(text(page.entries(), 1, DealersPage::AmountColumn), QStringLiteral("−¥10,000.00"));
    QCOMPARE(text(page.entries(), 1, DealersPage::BalanceColumn), QStringLiteral("¥14,000.00"));
    QCOMPARE(text(page.entries(), 2, DealersPage::BalanceColumn), QStringLiteral("¥40,500.00"));
    QStringList labels;
    for (const QLabel *l : page.findChildren<QLabel *>())
        labels.append(l->text());
    QVERIFY(labels.contains(QStringLiteral("¥6,000.00")));
    QVERIFY(labels.contains(QStringLiteral("¥40,500.00")));
    QVERIFY(labels.contains(QStringLiteral("Owes ¥40,500.00 now of a credit limit of "
                                           "¥60,000.00; ¥19,500.00 available.")));
}

// Q1 volume 6,000.00 + 18,000.00 + 26,500.00 = 50,500.00: 3 % on all = 1,515.00, nothing
// settled; 49,500.00 more to 5 % at 100,000.00.
void tst_DealersPage::rebateProgress()
{
    DealersPage page;
    QAbstractItemModelTester rebates(page.rebates());
    QVERIFY(page.showStatement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(page.rebates()->rowCount(), 1);
    QCOMPARE(text(page.rebates(), 0, DealersPage::VolumeColumn), QStringLiteral("¥50,500.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::RateColumn), QStringLiteral("3 %"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::EarnedColumn), QStringLiteral("¥1,515.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::DueColumn), QStringLiteral("¥1,515.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::StatusColumn), QStringLiteral("to settle"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::NextTierColumn),
             QStringLiteral("¥49,500.00 more to reach 5 % (from ¥100,000.00)"));
}

void tst_DealersPage::settleFromThePage()
{
    DealersPage page;
    QVERIFY(page.showStatement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QVERIFY(page.settleRow(0));
    QCOMPARE(text(page.rebates(), 0, DealersPage::SettledColumn), QStringLiteral("¥1,515.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::DueColumn), QStringLiteral("¥0.00"));
    QVERIFY(page.settleRow(0));  // nothing more is due: nothing is written
    const auto all = RebateLedger::settlements(db(), m_unit);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().amountFen, qint64(151500));
}

// The order of 26,500.00 cancelled after Q1 was settled: 24,000.00 at 2 % = 480.00 earned,
// 1,515.00 paid: 1,035.00 to claw back, which settling from the page records (dated today).
void tst_DealersPage::clawBackFromThePage()
{
    Storage::Statement cancel(db().handle(),
                              "UPDATE sales_orders SET status = 'cancelled' WHERE id = ?");
    cancel.bind(1, m_march18);
    QVERIFY(cancel.exec());
    DealersPage page;
    QVERIFY(page.showStatement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    QCOMPARE(text(page.rebates(), 0, DealersPage::EarnedColumn), QStringLiteral("¥480.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::DueColumn), QStringLiteral("−¥1,035.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::StatusColumn), QStringLiteral("to claw back"));
    QVERIFY(page.settleRow(0));
    QCOMPARE(text(page.rebates(), 0, DealersPage::SettledColumn), QStringLiteral("¥480.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::DueColumn), QStringLiteral("¥0.00"));
    QCOMPARE(text(page.rebates(), 0, DealersPage::StatusColumn), QStringLiteral("settled"));
    const auto all = RebateLedger::settlements(db(), m_unit);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).amountFen, qint64(-103500));
    QVERIFY(page.settleRow(0));  // settled as earned: nothing is written
    QCOMPARE(RebateLedger::settlements(db(), m_unit)->size(), 2);
}

void tst_DealersPage::registeredWithTheModule()
{
    FinanceModule module;
    bool listed = false;
    for (const Widgets::PageInfo &p : module.pages())
        listed = listed || p.id == QLatin1String(DealersPage::PageId);
    QVERIFY(listed);
    std::unique_ptr<QWidget> page(module.createPage(QLatin1String(DealersPage::PageId), nullptr));
    QVERIFY(qobject_cast<DealersPage *>(page.get()));
}

void tst_DealersPage::renderInChinese()
{
    QVERIFY(Widgets::Language::install("zh_CN"));
    std::unique_ptr<MapTranslator> extra;
    const QByteArray json = qgetenv("HEARTH_DEALERS_ZH_JSON");
    if (!json.isEmpty()) {
        QFile f(QString::fromLocal8Bit(json));
        QVERIFY(f.open(QIODevice::ReadOnly));
        extra = std::make_unique<MapTranslator>(QJsonDocument::fromJson(f.readAll()).object());
        QCoreApplication::installTranslator(extra.get());
    }
    DealersPage page;
    page.resize(1280, 800);
    QVERIFY(page.showStatement(m_unit, QDate(2026, 3, 1), QDate(2026, 3, 31)));
    const QImage image = page.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    const QString out = qEnvironmentVariable("HEARTH_DEALERS_PNG");
    if (!out.isEmpty())
        QVERIFY(image.save(out));
    if (extra)
        QCoreApplication::removeTranslator(extra.get());
}

QTEST_MAIN(tst_DealersPage)
#include "tst_dealerspage.moc"
