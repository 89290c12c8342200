#include "printedcodes.h"
#include "printing/printfonts.h"
#include "printing/workordersheet.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPrinter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Hearth;
using namespace Hearth::Printing;

namespace {

WorkOrderDocument cabinetOrder(int panelCount)
{
    WorkOrderDocument doc;
    doc.woNo = "WO-20240506-0012-CAB";
    doc.qrText = "hearth:work-order:WO-20240506-0012-CAB";
    doc.orderNo = "SO-20240506-0012";
    doc.customer = "张伟（浦东 · 汤臣一品）";
    doc.dueDate = QDate(2024, 5, 20);
    doc.workshop = "柜体车间 Cabinet shop";
    doc.priority = 2;
    doc.printedAt = "2024-05-06 09:30";
    doc.operations = {
        {10, "电子锯 Panel saw 1", "开料 Cutting", "05-07 08:00", "05-07 10:30"},
        {20, "封边机 Edge bander 2", "封边 Edge banding", "05-07 10:30", "05-07 14:00"},
        {30, "排钻 Boring CNC", "打孔 Boring", "05-07 14:00", "05-07 16:30"},
        {40, "分拣 Sorting", "分拣 Sorting", "05-08 08:00", "05-08 09:00"},
        {50, "包装 Packing", "包装 Packing", "05-08 09:00", "05-08 11:00"},
    };
    const char *names[] = {"侧板 Side", "顶板 Top", "底板 Bottom", "背板 Back", "层板 Shelf",
                           "门板 Door"};
    for (int i = 0; i < panelCount; ++i) {
        WorkOrderPanel panel;
        panel.name = QString::fromUtf8(names[i % 6]) + QString(" %1").arg(i / 6 + 1);
        panel.lengthMm = 2400 - 10 * i;
        panel.widthMm = 580;
        panel.thicknessMm = i % 6 == 3 ? 9 : 18;
        panel.quantity = i % 6 == 0 ? 2 : 1;
        panel.areaMm2 = panel.lengthMm * panel.widthMm * panel.quantity;
        panel.edgeMm = (panel.lengthMm + panel.widthMm) * panel.quantity;
        panel.edges = i % 6 == 3 ? "" : "L1L2W1";
        panel.grain = i % 6 == 3 ? "none" : "length";
        panel.material = i % 6 == 3 ? "中纤板 MDF" : "颗粒板 E0 18";
        panel.colour = "暖白 Warm white";
        doc.panels.append(panel);
    }
    doc.hardware = {
        {"HG-110", "铰链 Hinge 110° 缓冲", 12000000, "个"},
        {"RN-450", "三节轨 Runner 450 mm", 4000000, "副"},
        {"HD-128", "拉手 Handle 128 mm 黑色", 6000000, "个"},
        {"GL-PVA", "封边胶 Edge glue", 1500000, "kg"},
    };
    doc.notes = "门板木纹需对齐；背板开槽 8 mm。\n"
                "Doors: keep grain continuous across the pair. 包装时每件贴包件标签，"
                "玻璃门另行包装。";
    return doc;
}

int minimumDots(int dpi)
{
    return dpi == 203 ? 2 : dpi == 300 ? 3 : 6;
}

QString pdftotext(const QString &pdf, int page)
{
    const QString tool = QStandardPaths::findExecutable("pdftotext");
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {"-f", QString::number(page), "-l", QString::number(page), "-layout",
                         pdf, "-"});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

void checkCodes(const QImage &image, const WorkOrderDocument &doc, int dpi)
{
    const QList<PrintedCodes::Decoded> codes = PrintedCodes::decodeAll(
        image, ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::QRCode);
    QStringList expected{doc.woNo, doc.qrText};
    expected.sort();
    QCOMPARE(PrintedCodes::texts(codes), expected);
    for (const PrintedCodes::Decoded &code : codes) {
        const int y = code.bounds.center().y();
        const int module = PrintedCodes::moduleDots(
            PrintedCodes::runs(image, y, code.bounds.left() - 3, code.bounds.right() + 3));
        QVERIFY2(module >= minimumDots(dpi), qPrintable(QString::number(module)));
    }
}

} // namespace

class tst_WorkOrderSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codesReadBackOnEveryPage_data();
    void codesReadBackOnEveryPage();
    void paginatesLongPanelList_data();
    void paginatesLongPanelList();
    void pdfCarriesChineseAndCodes_data();
    void pdfCarriesChineseAndCodes();
    void printsThroughQPrinter();
    void refusesWorkOrderNumberTooLong();
    void writesSamples();
};

void tst_WorkOrderSheet::initTestCase()
{
    // An A4 page rasterised at 600 dpi is larger than Qt's default image reading limit.
    QImageReader::setAllocationLimit(512);
}

void tst_WorkOrderSheet::codesReadBackOnEveryPage_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("203 dpi") << 203;
    QTest::newRow("300 dpi") << 300;
}

void tst_WorkOrderSheet::codesReadBackOnEveryPage()
{
    QFETCH(int, dpi);

    const WorkOrderDocument doc = cabinetOrder(60);
    const Core::Result<WorkOrderSheet> sheet = WorkOrderSheet::layOut(doc, dpi);
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().toString()));
    QCOMPARE(sheet->pageCount(), 3);
    for (int page = 0; page < sheet->pageCount(); ++page) {
        const QImage image = sheet->renderPage(page);
        QCOMPARE(image.size(), QSize(qRound(210 * dpi / 25.4), qRound(297 * dpi / 25.4)));
        checkCodes(image, doc, dpi);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QString("page %1").arg(page + 1)));
    }
}

void tst_WorkOrderSheet::paginatesLongPanelList_data()
{
    QTest::addColumn<int>("panels");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QList<int>>("panelsPerPage");

    // Page 1 holds the header, the five operations and 24 panels; a continuation page 32.
    QTest::newRow("60 panels at 203 dpi") << 60 << 203 << QList<int>{24, 32, 4};
    QTest::newRow("60 panels at 300 dpi") << 60 << 300 << QList<int>{24, 32, 4};
    QTest::newRow("60 panels at 600 dpi") << 60 << 600 << QList<int>{24, 32, 4};
    // The panel total stays with the last panel.
    QTest::newRow("23 panels and the total fit page 1") << 23 << 300 << QList<int>{23, 0};
    QTest::newRow("24th panel goes over with the total") << 24 << 300 << QList<int>{23, 1};
    QTest::newRow("8 panels, one page") << 8 << 300 << QList<int>{8};
    QTest::newRow("100 panels") << 100 << 300 << QList<int>{24, 32, 32, 12};
}

void tst_WorkOrderSheet::paginatesLongPanelList()
{
    QFETCH(int, panels);
    QFETCH(int, dpi);
    QFETCH(QList<int>, panelsPerPage);

    const Core::Result<WorkOrderSheet> sheet = WorkOrderSheet::layOut(cabinetOrder(panels), dpi);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->pageCount(), int(panelsPerPage.size()));
    int next = 0;
    for (int page = 0; page < sheet->pageCount(); ++page) {
        const QList<int> listed = sheet->panelsOnPage(page);
        QCOMPARE(listed.size(), panelsPerPage.at(page));
        for (int index : listed)
            QCOMPARE(index, next++);
    }
    QCOMPARE(next, panels);
}

void tst_WorkOrderSheet::pdfCarriesChineseAndCodes_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("203 dpi") << 203;
    QTest::newRow("300 dpi") << 300;
    QTest::newRow("600 dpi") << 600;
}

void tst_WorkOrderSheet::pdfCarriesChineseAndCodes()
{
    QFETCH(int, dpi);

    const WorkOrderDocument doc = cabinetOrder(60);
    const Core::Result<WorkOrderSheet> sheet = WorkOrderSheet::layOut(doc, dpi);
    QVERIFY(sheet.ok());
    QTemporaryDir dir;
    const QString pdf = dir.filePath("wo.pdf");
    const Core::Status written = sheet->writePdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(PrintedCodes::pdfPageCount(bytes), 3);
    const QList<PrintedCodes::PdfFont> fonts = PrintedCodes::pdfFonts(bytes);
    const QString printFont = PrintFonts::families().first().remove(' ');
    QVERIFY(!fonts.isEmpty());
    for (const PrintedCodes::PdfFont &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name));
        QVERIFY2(font.name.section('+', -1).startsWith(printFont, Qt::CaseInsensitive),
                 qPrintable(font.name));
    }
    const QByteArray maps = PrintedCodes::pdfCharacterMaps(bytes);
    // 张伟柜铰纹, and 车一门木白 whose glyphs some CJK fonts share with radicals (U+2Exx, U+2Fxx).
    for (const char *hex : {"<5f20>", "<4f1f>", "<67dc>", "<94f0>", "<7eb9>", "<8f66>", "<4e00>",
                            "<95e8>", "<6728>", "<767d>"})
        QVERIFY2(maps.contains(hex), hex);

    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the PDF pages were not rasterised");
    for (int page = 1; page <= 3; ++page) {
        const QImage image = PrintedCodes::rasterisePdf(pdf, page, dpi,
                                                        dir.filePath(QString::number(page)));
        QVERIFY(!image.isNull());
        checkCodes(image, doc, dpi);
        const QString text = pdftotext(pdf, page);
        QVERIFY2(text.contains(QString("Page %1 of 3").arg(page)), qPrintable(text));
        QVERIFY(text.contains("张伟（浦东 · 汤臣一品）"));
        QVERIFY(text.contains("SO-20240506-0012"));
        QVERIFY(text.contains("2024-05-20"));
        if (page < 3) {
            QVERIFY(text.contains("L × W × T mm"));
            QVERIFY(text.contains("颗粒板 E0 18"));
        }
    }
    QVERIFY(pdftotext(pdf, 2).contains("(continued)"));
    QVERIFY(pdftotext(pdf, 3).contains("铰链 Hinge 110° 缓冲"));
}

void tst_WorkOrderSheet::printsThroughQPrinter()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("printed.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    printer.setResolution(300);
    const WorkOrderDocument doc = cabinetOrder(60);
    const Core::Status printed = WorkOrderSheet::print(doc, &printer);
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().toString()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(PrintedCodes::pdfPageCount(bytes), 3);
    QVERIFY(bytes.contains("/MediaBox [0 0 595"));
    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the printed pages were not rasterised");
    checkCodes(PrintedCodes::rasterisePdf(pdf, 3, 300, dir.filePath("p3")), doc, 300);
}

void tst_WorkOrderSheet::refusesWorkOrderNumberTooLong()
{
    WorkOrderDocument doc = cabinetOrder(3);
    doc.woNo = "WO-20240506-0012-CABINET-SHOP-LIVING-ROOM-AND-KIDS-ROOM";
    const Core::Result<WorkOrderSheet> sheet = WorkOrderSheet::layOut(doc, 203);
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().where, "Work order " + doc.woNo);
    QVERIFY2(sheet.error().message.startsWith("Code 128 \"" + doc.woNo + "\" does not fit: "),
             qPrintable(sheet.error().message));
    QVERIFY2(sheet.error().message.endsWith("at 203 dpi (2 dots a module), but only 78.1 × "
                                            "13.0 mm is free"),
             qPrintable(sheet.error().message));

    doc.woNo = "工单-12";
    const Core::Result<WorkOrderSheet> chinese = WorkOrderSheet::layOut(doc, 300);
    QVERIFY(!chinese.ok());
    QVERIFY(chinese.error().message.contains("Invalid character in input data"));
}

// With HEARTH_PRINT_SAMPLES=DIR a work order is also saved there as PDF and PNG pages.
void tst_WorkOrderSheet::writesSamples()
{
    const QString samples = qEnvironmentVariable("HEARTH_PRINT_SAMPLES");
    if (samples.isEmpty())
        QSKIP("HEARTH_PRINT_SAMPLES is not set");
    QVERIFY(QDir().mkpath(samples));
    // HEARTH_PRINT_SAMPLES_QM=FILE prints the captions in that translation (zh_CN).
    QTranslator translator;
    const QString qm = qEnvironmentVariable("HEARTH_PRINT_SAMPLES_QM");
    if (!qm.isEmpty()) {
        QVERIFY(translator.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const Core::Result<WorkOrderSheet> pdfSheet = WorkOrderSheet::layOut(cabinetOrder(60), 600);
    QVERIFY(pdfSheet.ok());
    QVERIFY(pdfSheet->writePdf(samples + "/work-order-60-panels.pdf").ok());
    const Core::Result<WorkOrderSheet> imageSheet = WorkOrderSheet::layOut(cabinetOrder(60), 203);
    QVERIFY(imageSheet.ok());
    for (int page = 0; page < imageSheet->pageCount(); ++page) {
        QVERIFY(imageSheet->renderPage(page).save(
            QString("%1/work-order-203dpi-page%2.png").arg(samples).arg(page + 1)));
    }
}

QTEST_MAIN(tst_WorkOrderSheet)
#include "tst_workordersheet.moc"
