// The rebate policy editor (返利政策) on the dealers page: a policy filled in and saved with its
// tiers, mistakes shown in the form with the tier row they are in, a settled policy opened
// with its terms locked and ended, and the page with the editor drawn to PNG.

#include "../financefixture.h"
#include "finance/rebateledger.h"
#include "finance/rebatepolicies.h"
#include "finance/ui/dealerspage.h"
#include "finance/ui/rebatepolicyeditor.h"
#include "storage/database.h"
#include "widgets/language.h"
#include "workflow/orgunits.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableWidget>
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

void setTiers(QTableWidget *table, const QList<std::pair<QString, QString>> &rows)
{
    table->setRowCount(0);
    for (const auto &[threshold, rate] : rows) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, RebatePolicyEditor::ThresholdColumn, new QTableWidgetItem(threshold));
        table->setItem(row, RebatePolicyEditor::RateColumn, new QTableWidgetItem(rate));
    }
}

int policyRow(const DealersPage &page, const QString &code)
{
    for (int row = 0; row < page.policies()->rowCount(); ++row) {
        if (page.policies()->index(row, DealersPage::PolicyCodeColumn).data() == code)
            return row;
    }
    return -1;
}

bool anyMessageBox()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (qobject_cast<QMessageBox *>(w) && w->isVisible())
            return true;
    }
    return false;
}

} // namespace

class tst_RebateEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newPolicySaved();
    void mistakesShownInTheForm_data();
    void mistakesShownInTheForm();
    void settledPolicyOpensLocked();
    void render_data();
    void render();

private:
    QTemporaryDir m_dir;
    QString m_unit;
};

void tst_RebateEditor::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("editor.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("finance1"));
    Workflow::OrgUnit unit;
    unit.kind = Workflow::UnitKind::Dealer;
    unit.code = QStringLiteral("D-NJ");
    unit.name = QStringLiteral("南京经销商");
    const auto made = Workflow::OrgUnits::create(db(), unit);
    QVERIFY(made.ok());
    m_unit = made->id;
}

// 南京 2027, quarterly, marginal, without tax: from 20,000.00 2 %, from 50,000.00 2.5 %, from
// 100,000.00 4 %, typed as people type them.
void tst_RebateEditor::newPolicySaved()
{
    DealersPage page;
    QAbstractItemModelTester tester(page.policies());
    page.newPolicy();
    RebatePolicyEditor *e = page.policyEditor();
    QVERIFY(e->isVisibleTo(&page));
    e->codeEdit()->setText(QStringLiteral("NJ-2027"));
    e->nameEdit()->setText(QStringLiteral("2027 南京季度返利"));
    e->dealerBox()->setCurrentIndex(e->dealerBox()->findData(m_unit));
    e->periodBox()->setCurrentIndex(e->periodBox()->findData(int(RebatePolicy::Period::Quarter)));
    e->modeBox()->setCurrentIndex(e->modeBox()->findData(int(RebatePolicy::Mode::Marginal)));
    e->basisBox()->setCurrentIndex(
        e->basisBox()->findData(int(RebatePolicy::Basis::WithoutTax)));
    e->startsEdit()->setDate(QDate(2027, 1, 1));
    e->endsEdit()->setDate(QDate(2027, 12, 31));
    setTiers(e->tierTable(), {{QStringLiteral("20,000"), QStringLiteral("2")},
                              {QStringLiteral("50000.00"), QStringLiteral("2.5 %")},
                              {QStringLiteral("¥100000"), QStringLiteral("4")},
                              {QString(), QString()}});
    QVERIFY(e->save());
    QCOMPARE(e->errorText(), QString());

    const auto saved = RebatePolicies::findByCode(db(), QStringLiteral("NJ-2027"));
    QVERIFY(saved);
    QCOMPARE(saved->name, QStringLiteral("2027 南京季度返利"));
    QCOMPARE(saved->dealerUnitId, m_unit);
    QCOMPARE(saved->period, RebatePolicy::Period::Quarter);
    QCOMPARE(saved->mode, RebatePolicy::Mode::Marginal);
    QCOMPARE(saved->basis, RebatePolicy::Basis::WithoutTax);
    QCOMPARE(saved->startsOn, QDate(2027, 1, 1));
    QCOMPARE(saved->endsOn, QDate(2027, 12, 31));
    const QList<RebateTier> tiers{{2000000, 20000}, {5000000, 25000}, {10000000, 40000}};
    QCOMPARE(saved->tiers, tiers);

    const int row = policyRow(page, QStringLiteral("NJ-2027"));
    QVERIFY(row >= 0);
    QCOMPARE(page.policies()->index(row, DealersPage::PolicyDealerColumn).data().toString(),
             QStringLiteral("D-NJ 南京经销商"));
    QCOMPARE(page.policies()->index(row, DealersPage::PolicyTermsColumn).data().toString(),
             QStringLiteral("Quarterly, Marginal, Without tax"));
    QCOMPARE(page.policies()->index(row, DealersPage::PolicyTiersColumn).data().toString(),
             QStringLiteral("≥ ¥20,000.00: 2 %; ≥ ¥50,000.00: 2.5 %; ≥ ¥100,000.00: 4 %"));
}

void tst_RebateEditor::mistakesShownInTheForm_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("tiers");  // threshold, rate, threshold, rate…
    QTest::addColumn<QString>("message");
    QTest::newRow("thresholds not ascending")
        << "NJ-BAD" << QStringList{"50000", "3", "20000", "2"}
        << "Tier 2: the threshold 20,000.00 is not above 50,000.00 of tier 1; thresholds "
           "must ascend.";
    QTest::newRow("rate above 100 %")
        << "NJ-BAD" << QStringList{"20000", "2", "50000", "120"}
        << "Tier 2: the rate 120 % is too high; a rate must be below 100 %.";
    QTest::newRow("threshold not a number")
        << "NJ-BAD" << QStringList{"二万", "2"}
        << "Tier 1: expected a threshold in yuan, such as 50000.00, not “二万”.";
    QTest::newRow("rate too fine")
        << "NJ-BAD" << QStringList{"20000", "2.00001"}
        << "Tier 1: expected a rate in per cent with at most four decimals, such as 2.5, not "
           "“2.00001”.";
    QTest::newRow("no tiers") << "NJ-BAD" << QStringList{}
                              << "Tiers: the policy NJ-BAD has no tiers; add at least one.";
    QTest::newRow("code of another policy")
        << "NJ-2027" << QStringList{"20000", "2"}
        << "Code: NJ-2027 is already the code of the policy “2027 南京季度返利”.";
}

void tst_RebateEditor::mistakesShownInTheForm()
{
    QFETCH(QString, code);
    QFETCH(QStringList, tiers);
    QFETCH(QString, message);
    DealersPage page;
    page.newPolicy();
    RebatePolicyEditor *e = page.policyEditor();
    e->codeEdit()->setText(code);
    e->nameEdit()->setText(QStringLiteral("错误的政策"));
    QList<std::pair<QString, QString>> rows;
    for (qsizetype i = 0; i + 1 < tiers.size(); i += 2)
        rows.append({tiers.at(i), tiers.at(i + 1)});
    setTiers(e->tierTable(), rows);
    QVERIFY(!e->save());
    QCOMPARE(e->errorText(), message);
    bool shown = false;
    for (const QLabel *l : page.findChildren<QLabel *>())
        shown = shown || (l->text() == message && l->isVisibleTo(&page));
    QVERIFY(shown);
    QVERIFY(!anyMessageBox());
    QVERIFY(!RebatePolicies::findByCode(db(), QStringLiteral("NJ-BAD")));
}

// Q1 2027: 30,000.00 on Jan 15, no tax document: net at the company's 13 % is 26,548.67;
// marginal 2 % above 20,000.00: 6,548.67 × 2 % = 130.9734 → 130.97, settled on Apr 2. The
// policy opens locked; ending it on Feb 10 moves the end to the last settled day, Mar 31.
void tst_RebateEditor::settledPolicyOpensLocked()
{
    QVERIFY(!FinanceFixture::saveOrder(Orders::Channel::Dealer, QStringLiteral("D-NJ"), {},
                                       QDate(2027, 1, 15), {{"柜体", "30000.00", nullptr}})
                 .isEmpty());
    const auto policy = RebatePolicies::findByCode(db(), QStringLiteral("NJ-2027"));
    QVERIFY(policy);
    const auto paid = RebateLedger::settle(db(), m_unit, policy->id, QDate(2027, 1, 15),
                                           QDate(2027, 4, 2), QStringLiteral("nj-q1"));
    QVERIFY(paid.ok());
    QCOMPARE(paid->volumeFen, qint64(2654867));
    QCOMPARE(paid->amountFen, qint64(13097));

    DealersPage page;
    const int row = policyRow(page, QStringLiteral("NJ-2027"));
    QVERIFY(row >= 0);
    QCOMPARE(page.policies()->index(row, DealersPage::PolicySettledColumn).data().toString(),
             QStringLiteral("2027-03-31"));
    QVERIFY(page.editPolicy(row));
    RebatePolicyEditor *e = page.policyEditor();
    QVERIFY(!e->codeEdit()->isEnabled());
    QVERIFY(!e->modeBox()->isEnabled());
    QVERIFY(!e->basisBox()->isEnabled());
    QCOMPARE(e->tierTable()->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(e->nameEdit()->isEnabled());
    QVERIFY(e->endsEdit()->isEnabled());

    QVERIFY(page.endPolicy(row, QDate(2027, 2, 10)));
    QCOMPARE(e->endsEdit()->date(), QDate(2027, 3, 31));
    QVERIFY(e->save());
    QCOMPARE(RebatePolicies::findByCode(db(), QStringLiteral("NJ-2027"))->endsOn,
             QDate(2027, 3, 31));
    const int after = policyRow(page, QStringLiteral("NJ-2027"));
    QCOMPARE(page.policies()->index(after, DealersPage::PolicyValidColumn).data().toString(),
             QStringLiteral("2027-01-01 – 2027-03-31"));
}

void tst_RebateEditor::render_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << "zh_CN";
    QTest::newRow("en") << "en";
}

// The page with the editor on a new policy whose tiers are out of order, as a PNG
// (HEARTH_REBATE_EDITOR_PNG: a path prefix; the language and .png are added).
void tst_RebateEditor::render()
{
    QFETCH(QString, language);
    QVERIFY(Widgets::Language::install(language));
    std::unique_ptr<MapTranslator> extra;
    const QByteArray json = qgetenv("HEARTH_DEALERS_ZH_JSON");
    if (!json.isEmpty() && language == QLatin1String("zh_CN")) {
        QFile f(QString::fromLocal8Bit(json));
        QVERIFY(f.open(QIODevice::ReadOnly));
        extra = std::make_unique<MapTranslator>(QJsonDocument::fromJson(f.readAll()).object());
        QCoreApplication::installTranslator(extra.get());
    }
    DealersPage page;
    page.resize(1280, 860);
    QVERIFY(page.showStatement(m_unit, QDate(2027, 1, 1), QDate(2027, 3, 31)));
    page.newPolicy();
    RebatePolicyEditor *e = page.policyEditor();
    e->codeEdit()->setText(QStringLiteral("NJ-2028"));
    e->nameEdit()->setText(QStringLiteral("2028 南京季度返利"));
    setTiers(e->tierTable(), {{QStringLiteral("50000"), QStringLiteral("3")},
                              {QStringLiteral("20000"), QStringLiteral("2")}});
    QVERIFY(!e->save());
    QVERIFY(!e->errorText().isEmpty());
    const QImage image = page.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 860));
    const QString out = qEnvironmentVariable("HEARTH_REBATE_EDITOR_PNG");
    if (!out.isEmpty())
        QVERIFY(image.save(out + language + QStringLiteral(".png")));
    if (extra)
        QCoreApplication::removeTranslator(extra.get());
}

QTEST_MAIN(tst_RebateEditor)
#include "tst_rebateeditor.moc"
