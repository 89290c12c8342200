#include "../scanjobfixture.h"
#include "warehouse/counthandler.h"
#include "warehouse/receivehandler.h"
#include "warehouse/ui/scanpage.h"
#include "warehouse/ui/warehousemodule.h"
#include "widgets/language.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace ScanJobFixture;
using Outcome = ScanResult::Outcome;

namespace {

// The new strings in Chinese, from a {"English": "中文"} file, until the lead puts them in the
// .ts files.
class JsonTranslator : public QTranslator
{
public:
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_map = QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
        return !m_map.isEmpty();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString text = m_map.value(QString::fromUtf8(source)).toString();
        return n >= 0 ? QString(text).replace("%n", QString::number(n)) : text;
    }

private:
    QVariantMap m_map;
};

// Reads two seconds apart, as a person scans one label after another.
ScanEvent keyboardRead(const QString &read)
{
    static QDateTime at = QDateTime(QDate(2026, 3, 2), QTime(1, 0), QTimeZone::utc());
    at = at.addSecs(2);
    return ScanEvent::fromRead(read, ScanEvent::Source::Keyboard, ScanEvent::Suffix::Enter, at);
}

} // namespace

/// The scanning page with the stock jobs the warehouse module installs: the context bar, the
/// typed quantity, and receipts booked from the page's reads.
class tst_ScanPageContext : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void moduleInstallsStockJobs();
    void receiveWithTypedQuantity_data();
    void receiveWithTypedQuantity();
    void quantityFieldKeepsItsFocus();
    void barFollowsTheJob();
    void warehouseChoiceRefusesOtherBins();
    void render_data();
    void render();

private:
    std::unique_ptr<ScanPage> makePage();

    QTemporaryDir m_dir;
    std::unique_ptr<JsonTranslator> m_strings;
};

void tst_ScanPageContext::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Widgets::Theme::apply(*qApp);
    // The pictures are rendered in Chinese when the strings are given (HEARTH_SCAN_ZH_JSON).
    const QByteArray json = qgetenv("HEARTH_SCAN_ZH_JSON");
    if (!json.isEmpty()) {
        QVERIFY(Widgets::Language::install("zh_CN"));
        m_strings = std::make_unique<JsonTranslator>();
        QVERIFY(m_strings->load(QString::fromLocal8Bit(json)));
        QCoreApplication::installTranslator(m_strings.get());
    }
}

void tst_ScanPageContext::init()
{
    const QString tag = QTest::currentDataTag() ? QTest::currentDataTag() : "";
    QVERIFY(openFresh(m_dir.filePath(QString("%1-%2.db")
                                         .arg(QTest::currentTestFunction())
                                         .arg(qHash(tag)))));
}

void tst_ScanPageContext::cleanup()
{
    Storage::Database::close();
}

std::unique_ptr<ScanPage> tst_ScanPageContext::makePage()
{
    WarehouseModule module;
    std::unique_ptr<ScanPage> page(
        qobject_cast<ScanPage *>(module.createPage("warehouse.scan", nullptr)));
    if (!page)
        return nullptr;
    page->setSoundEnabled(false);
    page->resize(1280, 800);
    page->show();
    QApplication::setActiveWindow(page.get());
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return page;
}

void tst_ScanPageContext::moduleInstallsStockJobs()
{
    auto page = makePage();
    QVERIFY(page);
    QVERIFY(dynamic_cast<ReceiveHandler *>(page->handler(ScanJob::Receive)));
    QVERIFY(dynamic_cast<CountHandler *>(page->handler(ScanJob::Count)));
    QVERIFY(dynamic_cast<StockScanHandler *>(page->handler(ScanJob::Issue)));
    QVERIFY(dynamic_cast<StockScanHandler *>(page->handler(ScanJob::Transfer)));
    // Packing and loading stay with the handlers the factory gives.
    QVERIFY(page->handler(ScanJob::Pack));
    QVERIFY(!dynamic_cast<StockScanHandler *>(page->handler(ScanJob::Pack)));
    QVERIFY(!dynamic_cast<StockScanHandler *>(page->handler(ScanJob::Load)));
}

void tst_ScanPageContext::receiveWithTypedQuantity_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("pressEnter");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("hinges");

    QTest::newRow("nothing typed: one a read") << "" << false << Outcome::Ok << "2";
    QTest::newRow("typed, then scanned") << "12" << false << Outcome::Ok << "13";
    QTest::newRow("typed with Enter, then scanned") << "12" << true << Outcome::Ok << "13";
    QTest::newRow("decimals") << "2.5" << false << Outcome::Ok << "3.5";
    QTest::newRow("a lone point is no quantity") << "." << false << Outcome::Wrong << "0";
}

void tst_ScanPageContext::receiveWithTypedQuantity()
{
    QFETCH(QString, typed);
    QFETCH(bool, pressEnter);
    QFETCH(Outcome, outcome);
    QFETCH(QString, hinges);

    auto page = makePage();
    QVERIFY(page);
    page->handleScan(keyboardRead("]A0BN:HW-RCV\r"));
    QCOMPARE(page->lastResult().outcome, Outcome::Ok);
    page->quantityField()->setText(typed);
    if (pressEnter) {
        page->quantityField()->setFocus();
        QTest::keyClick(page->quantityField(), Qt::Key_Return);
        QVERIFY(page->quantityField()->text().isEmpty());
    }
    page->handleScan(keyboardRead("]E06901234567892\r"));
    QCOMPARE(page->lastResult().outcome, outcome);
    if (outcome == Outcome::Ok) {
        QVERIFY(page->quantityField()->text().isEmpty());
        // The next read counts one again.
        page->handleScan(keyboardRead("]E06901234567892\r"));
    }
    QCOMPARE(held("HG-35", "HW-RCV"), hinges);
    QVERIFY(page->contextText().contains("HW-RCV"));
}

void tst_ScanPageContext::quantityFieldKeepsItsFocus()
{
    auto page = makePage();
    QVERIFY(page);
    QTRY_COMPARE(QApplication::focusWidget(), page->entryField());
    page->quantityField()->setFocus(Qt::MouseFocusReason);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::focusWidget(), page->quantityField());
    QTest::keyClicks(page->quantityField(), "24");
    QTest::keyClick(page->quantityField(), Qt::Key_Return);
    // Enter hands the quantity over and the scan field has the focus again.
    QTRY_COMPARE(QApplication::focusWidget(), page->entryField());
    auto *stock = dynamic_cast<StockScanHandler *>(page->handler(ScanJob::Receive));
    QCOMPARE(stock->nextQuantity(), Core::Decimal::fromInt(24));
}

void tst_ScanPageContext::barFollowsTheJob()
{
    auto page = makePage();
    QVERIFY(page);
    auto *bar = page->findChild<QFrame *>("scanContext");
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QCOMPARE(page->contextText(), QString("Purchase order: \nInto bin: \nReceived: "));
    page->setJob(ScanJob::Count);
    page->handleScan(keyboardRead("BN:HW-C01"));
    page->handleScan(keyboardRead("]E06901234567892"));
    QCOMPARE(page->contextText(), QString("Counting bin: HW-C01\nLines counted: 1"));
    page->setJob(ScanJob::Issue);
    page->handleScan(keyboardRead("]C0WO:WO-SCAN-B"));
    QCOMPARE(page->contextText(),
             QString("Work order: WO-SCAN-B\nOrder: SO-SCAN-B\nFrom bin: "));
    page->setJob(ScanJob::Pack);
    QVERIFY(!bar->isVisible());
    QVERIFY(page->contextText().isEmpty());
    // Nothing was booked: the count is open, the issue has no goods yet.
    QCOMPARE(rows("stock_moves"), 0);
}

void tst_ScanPageContext::warehouseChoiceRefusesOtherBins()
{
    auto page = makePage();
    QVERIFY(page);
    QComboBox *choice = page->warehouseChoice();
    QCOMPARE(choice->count(), 4);
    QCOMPARE(choice->currentIndex(), 0);
    const int hardware = choice->findData(warehouseId("WH-HW"));
    QVERIFY(hardware > 0);
    choice->setCurrentIndex(hardware);
    emit choice->activated(hardware);
    page->setJob(ScanJob::Transfer);
    page->handleScan(keyboardRead("BN:RAW-A01"));
    QCOMPARE(page->lastResult().outcome, Outcome::Wrong);
    QCOMPARE(page->messageText(), QString("Bin RAW-A01 is in another warehouse"));
    page->handleScan(keyboardRead("BN:HW-C01"));
    QCOMPARE(page->lastResult().outcome, Outcome::Ok);
    QCOMPARE(scalar("SELECT value FROM settings WHERE key = 'warehouse.scan_warehouse'"),
             QString("WH-HW"));

    // The desk keeps its warehouse: the next page starts with it.
    auto next = makePage();
    QVERIFY(next);
    QCOMPARE(next->warehouseChoice()->currentData().toString(), warehouseId("WH-HW"));
    next->handleScan(keyboardRead("BN:RAW-RCV"));
    QCOMPARE(next->lastResult().outcome, Outcome::Wrong);
    QCOMPARE(rows("stock_moves"), 0);
}

void tst_ScanPageContext::render_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("job");
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<Outcome>("last");

    QTest::newRow("receive") << "receive" << int(ScanJob::Receive)
                             << QStringList{"]A0BN:HW-RCV", "]E06901234567892\r",
                                            "]C10209501101020917" "3710" + GS + "10L2403"}
                             << Outcome::Ok;
    QTest::newRow("issue, another order's package")
        << "issue-wrong" << int(ScanJob::Issue)
        << QStringList{"]C0WO:WO-SCAN-A", "]A0BN:HW-RCV", "]Q1PK:SO-SCAN-B-1/2"} << Outcome::Wrong;
    QTest::newRow("count closed")
        << "count" << int(ScanJob::Count)
        << QStringList{"BN:HW-C01", "]E06901234567892", "]E06901234567892", "]C0CMD:FINISH"}
        << Outcome::Ok;
}

void tst_ScanPageContext::render()
{
    QFETCH(QString, name);
    QFETCH(int, job);
    QFETCH(QStringList, reads);
    QFETCH(Outcome, last);

    auto page = makePage();
    QVERIFY(page);
    page->setJob(ScanJob(job));
    for (const QString &read : reads)
        page->handleScan(keyboardRead(read));
    QCOMPARE(page->lastResult().outcome, last);
    if (job == int(ScanJob::Count))
        QCOMPARE(held("HG-35", "HW-C01"), QString("2"));

    const QImage image = page->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(image.pixelColor(4, 4).isValid());
    QVERIFY(page->findChild<QFrame *>("scanContext")->isVisible());
    const QByteArray dir = qgetenv("HEARTH_SCAN_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + "/scanjob-" + name + ".png"));
}

QTEST_MAIN(tst_ScanPageContext)
#include "tst_scanpagecontext.moc"
