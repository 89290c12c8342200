#include "../../printing/printedcodes.h"
#include "../purchasingfixture.h"
#include "printing/printfonts.h"
#include "warehouse/purchaseorderdocument.h"
#include "warehouse/purchaseorderstore.h"
#include "warehouse/scancode.h"
#include "warehouse/ui/purchaseordermodel.h"
#include "warehouse/ui/purchaseorderprinter.h"
#include "warehouse/ui/purchasingpage.h"
#include "widgets/language.h"
#include "widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PurchasingFixture;

namespace {

// The pages' new strings in Chinese, from a {"context": {"English": "中文"}} file, until the
// lead puts them in the .ts files.
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
    QString translate(const char *context, const char *source, const char *,
                      int n) const override
    {
        const QString text = m_map.value(QString::fromUtf8(context))
                                 .toMap()
                                 .value(QString::fromUtf8(source))
                                 .toString();
        return n >= 0 ? QString(text).replace("%n", QString::number(n)) : text;
    }

private:
    QVariantMap m_map;
};

QString sample(const char *name)
{
    return QStringLiteral(HEARTH_SOURCE_DIR "/tests/data/suppliers/") + QLatin1String(name);
}

QStringList rowOf(const QAbstractItemModel *model, int row)
{
    QStringList cells;
    for (int c = 0; c < model->columnCount(); ++c)
        cells.append(model->index(row, c).data().toString());
    return cells;
}

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QStringList codes(const QImage &image)
{
    return PrintedCodes::texts(PrintedCodes::decodeAll(image, ZXing::BarcodeFormat::Code128));
}

} // namespace

class tst_PurchasingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void collectShowsRequisitions();
    void createButtonMakesOrders();
    void ordersAndLines();
    void confirmationShowsRisk();
    void badSheetShowsLocatedErrors();
    void sheetTwiceChangesNothing();
    void printedOrderScansBack();
    void longOrderRunsOntoPages();
    void render();

private:
    void collectAndCreate(PurchasingPage &page);

    QTemporaryDir m_dir;
    Ids m_ids;
    std::unique_ptr<JsonTranslator> m_strings;
};

void tst_PurchasingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Widgets::Theme::apply(*qApp);
    QVERIFY(Printing::PrintFonts::checkChinese());
    const QByteArray json = qgetenv("HEARTH_WPAGES_ZH_JSON");
    if (!json.isEmpty()) {
        QVERIFY(Widgets::Language::install("zh_CN"));
        m_strings = std::make_unique<JsonTranslator>();
        QVERIFY(m_strings->load(QString::fromLocal8Bit(json)));
        QCoreApplication::installTranslator(m_strings.get());
    }
}

void tst_PurchasingPage::init()
{
    QVERIFY(setUp(m_dir, QLatin1String(QTest::currentTestFunction()), &m_ids));
}

void tst_PurchasingPage::collectAndCreate(PurchasingPage &page)
{
    page.setToday(QDate(2026, 12, 5));
    const auto run = page.collectRequisitions();
    QVERIFY2(run, why(run));
    const auto orders = page.createOrders();
    QVERIFY2(orders, why(orders));
    QCOMPARE(orders->size(), 2);
}

void tst_PurchasingPage::collectShowsRequisitions()
{
    PurchasingPage page;
    page.setToday(QDate(2026, 12, 5));
    QCOMPARE(page.requisitionsTable()->rowCount(), 0);
    const auto run = page.collectRequisitions();
    QVERIFY2(run, why(run));
    QCOMPARE(run->created, 5);
    QCOMPARE(page.requisitionsTable()->rowCount(), 5);
    // The one hardware code without a stock item is listed under the buttons.
    QCOMPARE(page.problems().size(), 1);
    QVERIFY(page.problems().first().contains("shelf_pin"));
    if (m_strings)
        return;
    QCOMPARE(page.message(), QString("Requisitions collected: 5 new (0 for reorder points), "
                                     "0 changed, 0 cancelled, 0 as before"));
    // Soonest needed first.
    QCOMPARE(PurchasingPage::rowsOf(page.requisitionsTable()),
             QStringList({"Order hardware | SO-B | HG-35 35mm阻尼铰链 | 五金供应商 | 8 piece | "
                          "2026-12-08",
                          "Order hardware | SO-A | HD-160 160mm铝合金拉手 | 五金供应商 | 3 piece "
                          "| 2026-12-10",
                          "Order hardware | SO-A | HG-35 35mm阻尼铰链 | 五金供应商 | 6 piece | "
                          "2026-12-10",
                          "Order hardware | SO-A | SL-450 450mm三节阻尼滑轨 | 五金供应商 | 2 set "
                          "| 2026-12-10",
                          "Split (bought-in) | SO-A | 石英石台面 | 石材台面供应商 | 3.2 linear m "
                          "| 2026-12-20"}));

    // Collecting again writes nothing new.
    const auto again = page.collectRequisitions();
    QVERIFY2(again, why(again));
    QCOMPARE(again->created, 0);
    QCOMPARE(again->repeated, 5);
    QCOMPARE(page.requisitionsTable()->rowCount(), 5);
}

void tst_PurchasingPage::createButtonMakesOrders()
{
    PurchasingPage page;
    page.setToday(QDate(2026, 12, 5));
    QVERIFY(page.collectRequisitions());
    QPushButton *create = button(&page, page.tr("Create purchase orders"));
    QVERIFY(create);
    QVERIFY(create->isEnabled());
    QTest::mouseClick(create, Qt::LeftButton);
    QCOMPARE(rows("purchase_orders"), 2);
    QCOMPARE(page.ordersModel()->rowCount(), 2);
    QCOMPARE(page.requisitionsTable()->rowCount(), 0);
    QVERIFY(!create->isEnabled());
    QCOMPARE(page.selectedPoNo(), QString("PO20261205-01"));
    if (!m_strings)
        QCOMPARE(page.message(),
                 QString("2 purchase order(s) created: PO20261205-01, PO20261205-02"));
}

void tst_PurchasingPage::ordersAndLines()
{
    PurchasingPage page;
    collectAndCreate(page);
    QAbstractItemModelTester tester(page.ordersModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    if (m_strings)
        QSKIP("the cells are compared in English");
    QCOMPARE(rowOf(page.ordersModel(), 0),
             QStringList({"PO20261205-02", "石材台面供应商 (SUP-STONE)", "Open", "2026-12-05", "1",
                          "0/1", "2080.00"}));
    QCOMPARE(rowOf(page.ordersModel(), 1),
             QStringList({"PO20261205-01", "五金供应商 (SUP-HW)", "Open", "2026-12-05", "3", "0/3",
                          "903.00"}));
    page.selectOrder("PO20261205-01");
    // 3 handles in a box of 20 at 11.40; 14 hinges of two orders in a box of 50 at 6.20, by
    // the earlier day; 2 runner sets in a carton of 10 at 36.50.
    QCOMPARE(PurchasingPage::rowsOf(page.linesTable()),
             QStringList({"1 | HD-160 160mm铝合金拉手 | 20 | piece | 11.40 | 228.00 | 2026-12-10 "
                          "|  |  |  | 0",
                          "2 | HG-35 35mm阻尼铰链 | 50 | piece | 6.20 | 310.00 | 2026-12-08 |  | "
                          " |  | 0",
                          "3 | SL-450 450mm三节阻尼滑轨 | 10 | set | 36.50 | 365.00 | 2026-12-10 "
                          "|  |  |  | 0"}));

    // A closed order leaves the open list but is found under all orders.
    QVERIFY(exec("UPDATE purchase_orders SET status = 'closed' WHERE po_no = 'PO20261205-02'"));
    QVERIFY(page.refresh());
    QCOMPARE(page.ordersModel()->rowCount(), 1);
    page.setStatusFilter(QString());
    QCOMPARE(page.ordersModel()->rowCount(), 2);
    QCOMPARE(page.ordersModel()->index(0, PurchaseOrderModel::Status).data().toString(),
             QString("Closed"));
}

void tst_PurchasingPage::confirmationShowsRisk()
{
    PurchasingPage page;
    collectAndCreate(page);
    const auto report = page.importSheet(sample("confirmation_sup-hw.csv"),
                                         FeedKind::Confirmation);
    QVERIFY2(report, why(report));
    QCOMPARE(report->changed, 3);
    QCOMPARE(page.problems(), QStringList());
    QCOMPARE(page.risksTable()->rowCount(), 1);
    if (m_strings)
        return;
    QCOMPARE(page.message(), QString("confirmation_sup-hw.csv: 3 row(s), 3 line(s) changed, 0 as "
                                     "before; 1 order(s) now at risk"));
    // Hinges confirmed for 12-09, a day after SO-B needs them.
    QCOMPARE(PurchasingPage::rowsOf(page.risksTable()),
             QStringList({"SO-B | PO20261205-01/2 | HG-35 35mm阻尼铰链 | 2026-12-08 | 2026-12-09 | "
                          "1 | Confirmation | the supplier confirmed PO20261205-01/2 (HG-35 "
                          "35mm阻尼铰链) for 2026-12-09, after 2026-12-08 when order SO-B needs "
                          "it"}));
    page.selectOrder("PO20261205-01");
    const QStringList lines = PurchasingPage::rowsOf(page.linesTable());
    QCOMPARE(lines.at(0), QString("1 | HD-160 160mm铝合金拉手 | 20 | piece | 11.40 | 228.00 | "
                                  "2026-12-10 | 20 for 2026-12-01 |  | 2026-12-01 | 0"));
    QCOMPARE(lines.at(1), QString("2 | HG-35 35mm阻尼铰链 | 50 | piece | 6.20 | 310.00 | "
                                  "2026-12-08 | 50 for 2026-12-09 |  | 2026-12-09 | 0"));
    QCOMPARE(page.linesTable()->item(1, PurchasingPage::LineExpected)->foreground().color(),
             QColor(0xc0, 0x39, 0x2b));
}

void tst_PurchasingPage::badSheetShowsLocatedErrors()
{
    PurchasingPage page;
    collectAndCreate(page);
    const int outbox = rows("outbox");
    const auto report = page.importSheet(sample("confirmation_errors.csv"),
                                         FeedKind::Confirmation);
    QVERIFY2(report, why(report));
    QCOMPARE(rows("outbox"), outbox);
    QCOMPARE(page.risksTable()->rowCount(), 0);
    QCOMPARE(page.problems().size(), 4);
    if (!m_strings)
        QCOMPARE(page.problems(),
                 QStringList({"confirmation_errors.csv, row 3, column \"po_no\": no purchase "
                              "order PO20991231-01",
                              "confirmation_errors.csv, row 4, column \"line\": purchase order "
                              "PO20261205-01 has no line 9",
                              "confirmation_errors.csv, row 5, column \"confirmed_quantity\": "
                              "expected a quantity of 0 or more, not \"many\"",
                              "confirmation_errors.csv, row 6, column \"confirmed_date\": "
                              "expected a date as 2026-12-20, not \"next week\""}));
    if (!m_strings)
        QCOMPARE(page.message(), QString("confirmation_errors.csv: nothing was imported; 4 "
                                         "error(s) to put right in the sheet"));
    page.selectOrder("PO20261205-01");
    QCOMPARE(page.linesTable()->item(0, PurchasingPage::LineConfirmed)->text(), QString());
    // No modal dialog was opened.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // The good sheet afterwards clears the list.
    QVERIFY(page.importSheet(sample("confirmation_sup-hw.csv"), FeedKind::Confirmation));
    QCOMPARE(page.problems(), QStringList());
}

void tst_PurchasingPage::sheetTwiceChangesNothing()
{
    PurchasingPage page;
    collectAndCreate(page);
    QVERIFY(page.importSheet(sample("confirmation_sup-hw.csv"), FeedKind::Confirmation));
    const auto again = page.importSheet(sample("confirmation_sup-hw.csv"),
                                        FeedKind::Confirmation);
    QVERIFY2(again, why(again));
    QCOMPARE(again->changed, 0);
    QCOMPARE(again->unchanged, 3);
    QCOMPARE(page.risksTable()->rowCount(), 1);
}

void tst_PurchasingPage::printedOrderScansBack()
{
    PurchasingPage page;
    collectAndCreate(page);
    page.selectOrder("PO20261205-01");
    const QString file = m_dir.filePath("po.pdf");
    const auto saved = page.savePdf(file);
    QVERIFY2(saved, why(saved));
    QCOMPARE(*saved, file);
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QCOMPARE(PrintedCodes::pdfPageCount(bytes), 1);
    // The Chinese font is embedded: the supplier's name 五金 can be searched.
    const QByteArray maps = PrintedCodes::pdfCharacterMaps(bytes);
    QVERIFY(maps.contains("<4e94>"));
    QVERIFY(maps.contains("<91d1>"));

    // The PO: code read from the printed page is the one the receive scan acts on.
    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm is not installed");
    const QImage image = PrintedCodes::rasterisePdf(file, 1, 300, m_dir.filePath("po-page"));
    QVERIFY(!image.isNull());
    QCOMPARE(codes(image), QStringList{"PO:PO20261205-01"});
    const ScanCode read = ScanCode::parse(codes(image).first());
    QVERIFY2(read.isValid(), qPrintable(read.error()));
    QCOMPARE(int(read.kind()), int(ScanCode::Kind::PurchaseOrder));

    // The document shows what the order says: three lines, 903.00 in all.
    const auto document = PurchaseOrderDocument::forOrder(db(), "PO20261205-01");
    QVERIFY2(document, why(document));
    QCOMPARE(document->lines.size(), 3);
    QCOMPARE(document->total, QString("903.00"));
    QCOMPARE(document->lines.at(1).amount, QString("310.00"));
    QCOMPARE(document->lines.at(1).price, QString("6.20"));
    QCOMPARE(document->supplierName, QString("五金供应商"));

    // Nothing selected: refused, and said in the page.
    const auto missing = PurchaseOrderDocument::forOrder(db(), "PO20991231-01");
    QVERIFY(!missing);
}

void tst_PurchasingPage::longOrderRunsOntoPages()
{
    PurchaseOrderDocument document;
    document.poNo = "PO20261205-07";
    document.scanCode = ScanCode::forPurchaseOrder(document.poNo);
    document.supplierCode = "SUP-HW";
    document.supplierName = "五金供应商";
    document.orderedOn = QDate(2026, 12, 5);
    document.status = "Open";
    document.total = "1200.00";
    for (int i = 1; i <= 80; ++i) {
        PurchaseOrderDocumentLine line;
        line.lineNo = i;
        line.description = QString("HG-35 35mm阻尼铰链 批次%1").arg(i);
        line.quantity = "50";
        line.unit = "piece";
        line.price = "0.30";
        line.amount = "15.00";
        line.neededBy = QDate(2026, 12, 10);
        document.lines.append(line);
    }
    const auto pages = PurchaseOrderPrinter::layOut(document, 200);
    QVERIFY2(pages, why(pages));
    QVERIFY(pages->size() >= 3);
    // Every page carries the order's code, readable.
    for (int p = 0; p < pages->size(); ++p) {
        const auto image = PurchaseOrderPrinter::renderPage(document, p, 200);
        QVERIFY2(image, why(image));
        QCOMPARE(codes(*image), QStringList{"PO:PO20261205-07"});
    }
    QVERIFY(!PurchaseOrderPrinter::renderPage(document, int(pages->size()), 200));
}

void tst_PurchasingPage::render()
{
    PurchasingPage page;
    collectAndCreate(page);
    QVERIFY(page.importSheet(sample("confirmation_sup-hw.csv"), FeedKind::Confirmation));
    // New demand after the orders: SO-B needs two handles too.
    QVERIFY(exec("INSERT INTO order_hardware(id, order_id, line_id, task_key, item_key, code, "
                 "name, quantity_micros, unit) VALUES ('hb2', 'o-b', 'lb1', 'work_order:WS-WARD', "
                 "'1.handle', 'handle', '拉手', 2000000, 'piece')"));
    QVERIFY(page.collectRequisitions());
    page.selectOrder("PO20261205-01");
    page.resize(1280, 720);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 720));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 30, "the page looks blank");
    const QByteArray dir = qgetenv("HEARTH_WPAGES_PNG_DIR");
    if (!dir.isEmpty()) {
        const QString stem = QString::fromLocal8Bit(dir) + "/purchasing-"
            + (m_strings ? "zh_CN" : "en");
        QVERIFY(image.save(stem + ".png"));
        page.findChild<QTabWidget *>()->setCurrentIndex(0);
        QVERIFY(page.grab().toImage().save(stem + "-lines.png"));
        QVERIFY(page.savePdf(stem + ".pdf"));
        const QString copy = QString::fromLocal8Bit(dir) + "/purchasing-sample.db";
        QFile::remove(copy);
        QVERIFY(exec("VACUUM INTO '" + copy + "'"));
    }
}

QTEST_MAIN(tst_PurchasingPage)
#include "tst_purchasingpage.moc"
