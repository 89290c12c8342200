#include "printedcodes.h"
#include "printing/printfonts.h"
#include "printing/labelprinter.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Hearth;
using namespace Hearth::Printing;

namespace {

PartLabel sidePanel()
{
    PartLabel label;
    label.partId = "P-7f3c2a10-5b1e-4c7a-9d2e-0a1b2c3d4e5f";
    label.partName = "侧板 Side panel";
    label.orderNo = "SO-20240506-0012";
    label.workOrderNo = "WO-20240506-0012-CAB";
    label.lengthMm = 2400;
    label.widthMm = 580;
    label.thicknessMm = 18;
    label.material = "颗粒板 E0";
    label.colour = "暖白";
    label.edges = "L1L2W1";
    return label;
}

PackageLabel thirdBox()
{
    PackageLabel label;
    label.packageId = "PK2405060012-03";
    label.qrText = "hearth:package:PK2405060012-03";
    label.index = 3;
    label.count = 12;
    label.orderNo = "SO-20240506-0012";
    label.customer = "张伟";
    label.phone = "138 0013 8000";
    label.address = "上海市浦东新区张江路 1238 弄 7 号 1502 室（电梯，需提前电话预约）";
    return label;
}

int minimumDots(int dpi)
{
    return dpi == 203 ? 2 : 3;
}

// The module width of a decoded code, measured along the middle row of what zxing found.
int measuredModule(const QImage &image, const PrintedCodes::Decoded &code)
{
    const int y = code.bounds.center().y();
    return PrintedCodes::moduleDots(
        PrintedCodes::runs(image, y, code.bounds.left() - 3, code.bounds.right() + 3));
}

const PrintedCodes::Decoded *find(const QList<PrintedCodes::Decoded> &codes,
                                  ZXing::BarcodeFormat format)
{
    for (const PrintedCodes::Decoded &code : codes) {
        if (code.format == format)
            return &code;
    }
    return nullptr;
}

} // namespace

class tst_LabelPrinter : public QObject
{
    Q_OBJECT

private slots:
    void partLabelReadsBack_data();
    void partLabelReadsBack();
    void packageLabelReadsBack_data();
    void packageLabelReadsBack();
    void refusesCodeTooLongForLabel_data();
    void refusesCodeTooLongForLabel();
    void pdfEmbedsChineseFont_data();
    void pdfEmbedsChineseFont();
    void printsThroughQPrinter();
    void writesSamples();
};

void tst_LabelPrinter::partLabelReadsBack_data()
{
    QTest::addColumn<QSizeF>("sizeMm");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("dots");

    QTest::newRow("100x60 at 203 dpi") << QSizeF(100, 60) << 203 << QSize(799, 479);
    QTest::newRow("100x60 at 300 dpi") << QSizeF(100, 60) << 300 << QSize(1181, 708);
    QTest::newRow("60x40 at 203 dpi") << QSizeF(60, 40) << 203 << QSize(479, 319);
    QTest::newRow("60x40 at 300 dpi") << QSizeF(60, 40) << 300 << QSize(708, 472);
}

void tst_LabelPrinter::partLabelReadsBack()
{
    QFETCH(QSizeF, sizeMm);
    QFETCH(int, dpi);
    QFETCH(QSize, dots);

    const PartLabel label = sidePanel();
    const Core::Result<QImage> image = LabelPrinter::toImage(label, LabelStock{sizeMm, dpi});
    QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
    QCOMPARE(image->format(), QImage::Format_Mono);
    QCOMPARE(image->size(), dots);
    QCOMPARE(qRound(image->dotsPerMeterX() * 0.0254), dpi);

    const QList<PrintedCodes::Decoded> codes
        = PrintedCodes::decodeAll(*image, ZXing::BarcodeFormat::QRCode);
    QCOMPARE(codes.size(), 1);
    QCOMPARE(codes.first().text, label.partId);
    const int module = measuredModule(*image, codes.first());
    QVERIFY2(module >= minimumDots(dpi), qPrintable(QString::number(module)));
    // A QR code of this part id is 29 modules wide: the found symbol is that many whole modules.
    QVERIFY(qAbs(codes.first().bounds.width() + 1 - 29 * module) <= module);
}

void tst_LabelPrinter::packageLabelReadsBack_data()
{
    partLabelReadsBack_data();
}

void tst_LabelPrinter::packageLabelReadsBack()
{
    QFETCH(QSizeF, sizeMm);
    QFETCH(int, dpi);
    QFETCH(QSize, dots);

    const PackageLabel label = thirdBox();
    const Core::Result<QImage> image = LabelPrinter::toImage(label, LabelStock{sizeMm, dpi});
    QVERIFY2(image.ok(), qPrintable(image.ok() ? QString() : image.error().toString()));
    QCOMPARE(image->size(), dots);

    const QList<PrintedCodes::Decoded> codes = PrintedCodes::decodeAll(
        *image, ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128);
    QCOMPARE(codes.size(), 2);
    const PrintedCodes::Decoded *bars = find(codes, ZXing::BarcodeFormat::Code128);
    const PrintedCodes::Decoded *qr = find(codes, ZXing::BarcodeFormat::QRCode);
    QVERIFY(bars && qr);
    QCOMPARE(bars->text, label.packageId);
    QCOMPARE(qr->text, label.qrText);
    QVERIFY(measuredModule(*image, *bars) >= minimumDots(dpi));
    QVERIFY(measuredModule(*image, *qr) >= minimumDots(dpi));
}

void tst_LabelPrinter::refusesCodeTooLongForLabel_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("message");

    QTest::newRow("203 dpi")
        << 203
        << "Code 128 \"PKG-SO-20240506-0012-LIVINGROOM-03\" does not fit: its 407 × 1 modules "
           "with quiet zones need 101.9 × 5.0 mm at 203 dpi (2 dots a module), but only 54.9 × "
           "8.0 mm is free";
    QTest::newRow("300 dpi")
        << 300
        << "Code 128 \"PKG-SO-20240506-0012-LIVINGROOM-03\" does not fit: its 407 × 1 modules "
           "with quiet zones need 103.4 × 5.1 mm at 300 dpi (3 dots a module), but only 54.9 × "
           "8.0 mm is free";
}

void tst_LabelPrinter::refusesCodeTooLongForLabel()
{
    QFETCH(int, dpi);
    QFETCH(QString, message);

    PackageLabel label = thirdBox();
    label.packageId = "PKG-SO-20240506-0012-LIVINGROOM-03";
    const LabelStock stock{QSizeF(60, 40), dpi};

    const Core::Status checked = LabelPrinter::check(label, stock);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().message, message);
    QCOMPARE(checked.error().where, "Package label PKG-SO-20240506-0012-LIVINGROOM-03");
    QVERIFY(!LabelPrinter::toImage(label, stock).ok());

    // It would not fit a 100 mm label either, but a shorter one does.
    QVERIFY(!LabelPrinter::check(label, LabelStock{QSizeF(100, 60), dpi}).ok());
    label.packageId = "PKG-SO-20240506-0012-03";
    QVERIFY(!LabelPrinter::check(label, stock).ok());
    QVERIFY(LabelPrinter::check(label, LabelStock{QSizeF(100, 60), dpi}).ok());
    label.packageId = "PKG-SO-20240506-0012-LIVINGROOM-03";

    // A batch with one label that does not fit writes nothing at all.
    QTemporaryDir dir;
    const QString pdf = dir.filePath("labels.pdf");
    const Core::Status written = LabelPrinter::writePdf({thirdBox(), label}, stock, pdf);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().message, message);
    QVERIFY(!QFile::exists(pdf));
}

void tst_LabelPrinter::pdfEmbedsChineseFont_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("203 dpi") << 203;
    QTest::newRow("300 dpi") << 300;
}

void tst_LabelPrinter::pdfEmbedsChineseFont()
{
    QFETCH(int, dpi);

    QTemporaryDir dir;
    const QString pdf = dir.filePath("labels.pdf");
    const LabelStock stock{QSizeF(100, 60), dpi};
    const Core::Status written = LabelPrinter::writePdf({sidePanel(), thirdBox()}, stock, pdf);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(PrintedCodes::pdfPageCount(bytes), 2);
    const QList<PrintedCodes::PdfFont> fonts = PrintedCodes::pdfFonts(bytes);
    const QString printFont = PrintFonts::families().first().remove(' ');
    QVERIFY(!fonts.isEmpty());
    for (const PrintedCodes::PdfFont &font : fonts) {
        QVERIFY2(font.embedded, qPrintable(font.name));
        QVERIFY2(font.name.section('+', -1).startsWith(printFont, Qt::CaseInsensitive),
                 qPrintable(font.name));
    }
    const QByteArray maps = PrintedCodes::pdfCharacterMaps(bytes);
    for (const char *hex : {"<4fa7>", "<677f>", "<5f20>", "<6d66>", "<767d>"})  // 侧板张浦白
        QVERIFY2(maps.contains(hex), hex);

    // The PDF page itself, rasterised by poppler at the printer's resolution, reads back.
    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the PDF pages were not rasterised");
    const QImage part = PrintedCodes::rasterisePdf(pdf, 1, dpi, dir.filePath("part"));
    const QImage package = PrintedCodes::rasterisePdf(pdf, 2, dpi, dir.filePath("package"));
    QVERIFY(!part.isNull() && !package.isNull());
    QCOMPARE(PrintedCodes::texts(PrintedCodes::decodeAll(part, ZXing::BarcodeFormat::QRCode)),
             QStringList{sidePanel().partId});
    QCOMPARE(PrintedCodes::texts(PrintedCodes::decodeAll(
                 package, ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128)),
             (QStringList{thirdBox().packageId, thirdBox().qrText}));
    const QList<PrintedCodes::Decoded> bars
        = PrintedCodes::decodeAll(package, ZXing::BarcodeFormat::Code128);
    QCOMPARE(bars.size(), 1);
    QVERIFY(measuredModule(package, bars.first()) >= minimumDots(dpi));
}

void tst_LabelPrinter::printsThroughQPrinter()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath("printed.pdf");
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    const Core::Status printed = LabelPrinter::print({sidePanel(), thirdBox(), sidePanel()},
                                                     LabelStock{QSizeF(60, 40), 300}, &printer);
    QVERIFY2(printed.ok(), qPrintable(printed.ok() ? QString() : printed.error().toString()));
    QCOMPARE(printer.resolution(), 300);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(PrintedCodes::pdfPageCount(bytes), 3);
    QVERIFY(bytes.contains("/MediaBox [0 0 170"));  // 60 mm is 170 points
    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the printed pages were not rasterised");
    const QImage package = PrintedCodes::rasterisePdf(pdf, 2, 300, dir.filePath("package"));
    QCOMPARE(PrintedCodes::texts(PrintedCodes::decodeAll(
                 package, ZXing::BarcodeFormat::QRCode | ZXing::BarcodeFormat::Code128)),
             (QStringList{thirdBox().packageId, thirdBox().qrText}));
}

// With HEARTH_PRINT_SAMPLES=DIR the labels are also saved there as PNG, for a person to look at.
void tst_LabelPrinter::writesSamples()
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
    for (int dpi : {203, 300}) {
        for (const QSizeF size : {QSizeF(100, 60), QSizeF(60, 40)}) {
            const LabelStock stock{size, dpi};
            const QString stem = QString("%1/%2x%3-%4dpi")
                                     .arg(samples)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(dpi);
            const Core::Result<QImage> part = LabelPrinter::toImage(sidePanel(), stock);
            const Core::Result<QImage> package = LabelPrinter::toImage(thirdBox(), stock);
            QVERIFY(part.ok() && package.ok());
            QVERIFY(part->save(stem.section('/', 0, -2) + "/part-label-"
                               + stem.section('/', -1) + ".png"));
            QVERIFY(package->save(stem.section('/', 0, -2) + "/package-label-"
                                  + stem.section('/', -1) + ".png"));
        }
        QVERIFY(LabelPrinter::writePdf({sidePanel(), thirdBox()}, LabelStock{QSizeF(100, 60), dpi},
                                       QString("%1/labels-100x60-%2dpi.pdf").arg(samples).arg(dpi))
                    .ok());
    }
}

QTEST_MAIN(tst_LabelPrinter)
#include "tst_labelprinter.moc"
