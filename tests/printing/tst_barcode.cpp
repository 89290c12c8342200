#include "printedcodes.h"
#include "printing/barcode.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Printing;

Q_DECLARE_METATYPE(Hearth::Printing::Symbology)

namespace {

constexpr double MmPerInch = 25.4;

int dots(double mm, int dpi)
{
    return int(mm * dpi / MmPerInch);
}

ZXing::BarcodeFormat zxingFormat(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Code128:
    case Symbology::Gs1_128:
        return ZXing::BarcodeFormat::Code128;
    case Symbology::QrCode:
        return ZXing::BarcodeFormat::QRCode;
    case Symbology::DataMatrix:
        return ZXing::BarcodeFormat::DataMatrix;
    }
    return ZXing::BarcodeFormat::None;
}

// A white sheet of widthMm × heightMm at dpi with the code laid out in it, offset from the
// edge so that the decoder sees the code's own quiet zone, not the image border.
QImage render(const Barcode &code, const BarcodeLayout &layout, QSize sheetDots)
{
    QImage image(sheetDots, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    code.paint(&painter, layout);
    painter.end();
    return image;
}

} // namespace

class tst_Barcode : public QObject
{
    Q_OBJECT

private slots:
    void decodesAtPrinterResolution_data();
    void decodesAtPrinterResolution();
    void gs1AisDecode_data();
    void gs1AisDecode();
    void refusesWhatDoesNotFit_data();
    void refusesWhatDoesNotFit();
    void reportsZintErrors_data();
    void reportsZintErrors();
    void moduleStaysWithinLimits_data();
    void moduleStaysWithinLimits();
};

void tst_Barcode::decodesAtPrinterResolution_data()
{
    QTest::addColumn<Symbology>("symbology");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");

    const struct
    {
        const char *name;
        Symbology symbology;
        const char *text;
        double widthMm;
        double heightMm;
    } codes[] = {
        {"code128 work order", Symbology::Code128, "WO-20240506-0012", 80, 15},
        {"code128 digits", Symbology::Code128, "202405060012", 50, 12},
        {"qr part id", Symbology::QrCode, "P-7f3c2a10-5b1e-4c7a-9d2e-0a1b2c3d4e5f", 30, 30},
        {"qr chinese", Symbology::QrCode, "侧板 SO-2024-0012 白橡木", 30, 30},
        {"datamatrix part", Symbology::DataMatrix, "P-000123-07", 15, 15},
    };
    for (int dpi : {203, 300}) {
        for (const auto &code : codes) {
            QTest::addRow("%s at %d dpi", code.name, dpi)
                << code.symbology << QString::fromUtf8(code.text) << dpi << code.widthMm
                << code.heightMm;
        }
    }
}

void tst_Barcode::decodesAtPrinterResolution()
{
    QFETCH(Symbology, symbology);
    QFETCH(QString, text);
    QFETCH(int, dpi);
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);

    const Core::Result<Barcode> code = Barcode::encode(symbology, text);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().toString()));
    const int margin = dots(5, dpi);
    const QRect space(margin, margin, dots(widthMm, dpi), dots(heightMm, dpi));
    const Core::Result<BarcodeLayout> layout = code->layOut(space, dpi);
    QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
    QVERIFY(space.contains(layout->footprint));
    QCOMPARE(layout->symbol.width(), code->columns() * layout->moduleDots);

    const QImage image = render(*code, *layout, space.size() + QSize(2 * margin, 2 * margin));
    const QList<PrintedCodes::Decoded> decoded
        = PrintedCodes::decodeAll(image, zxingFormat(symbology));
    QCOMPARE(decoded.size(), 1);
    QCOMPARE(decoded.first().text, text);

    // Every bar and space, measured across the middle of the symbol, is a whole number of
    // modules of the layout's dots, and a module is at least the minimum for the resolution.
    const int y = layout->symbol.center().y();
    const QList<int> lengths = PrintedCodes::runs(image, y, layout->footprint.left(),
                                                  layout->footprint.right());
    QVERIFY(lengths.size() > 4);
    QCOMPARE(PrintedCodes::moduleDots(lengths), layout->moduleDots);
    QVERIFY(layout->moduleDots >= (dpi == 203 ? 2 : 3));
    int total = 0;
    for (int length : lengths)
        total += length;
    QVERIFY(total <= layout->symbol.width());
    QCOMPARE(total % layout->moduleDots, 0);
}

void tst_Barcode::gs1AisDecode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<QString>("humanReadable");

    const QString gs = QString(QChar(0x1d));
    for (int dpi : {203, 300}) {
        QTest::addRow("gtin batch expiry at %d dpi", dpi)
            << "(01)09501101530003(10)AB-123(17)261231" << dpi
            << "0109501101530003" "10AB-123" + gs + "17261231"
            << "(01)09501101530003(10)AB-123(17)261231";
        QTest::addRow("gtin expiry batch at %d dpi", dpi)
            << "[01]09501101530003[17]270115[10]LOT7" << dpi
            << "01095011015300031727011510LOT7"
            << "(01)09501101530003(17)270115(10)LOT7";
    }
}

void tst_Barcode::gs1AisDecode()
{
    QFETCH(QString, input);
    QFETCH(int, dpi);
    QFETCH(QString, decoded);
    QFETCH(QString, humanReadable);

    const Core::Result<Barcode> code = Barcode::encode(Symbology::Gs1_128, input);
    QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().toString()));
    QCOMPARE(code->humanReadableText(), humanReadable);
    const QRect space(dots(5, dpi), dots(5, dpi), dots(90, dpi), dots(15, dpi));
    const Core::Result<BarcodeLayout> layout = code->layOut(space, dpi);
    QVERIFY(layout.ok());
    const QImage image = render(*code, *layout, QSize(dots(100, dpi), dots(25, dpi)));
    const QList<PrintedCodes::Decoded> read
        = PrintedCodes::decodeAll(image, ZXing::BarcodeFormat::Code128);
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().symbologyId, QStringLiteral("]C1"));
    QCOMPARE(read.first().text, decoded);
}

void tst_Barcode::refusesWhatDoesNotFit_data()
{
    QTest::addColumn<Symbology>("symbology");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("heightMm");
    QTest::addColumn<QString>("message");

    QTest::newRow("code128 too long for 40 mm at 203 dpi")
        << Symbology::Code128 << "PKG-SO-20240506-0012-003" << 203 << 40.0 << 10.0
        << "Code 128 \"PKG-SO-20240506-0012-003\" does not fit: its 297 × 1 modules with quiet "
           "zones need 74.3 × 5.0 mm at 203 dpi (2 dots a module), but only 39.9 × 9.9 mm is "
           "free";
    QTest::newRow("code128 too long for 40 mm at 300 dpi")
        << Symbology::Code128 << "PKG-SO-20240506-0012-003" << 300 << 40.0 << 10.0
        << "Code 128 \"PKG-SO-20240506-0012-003\" does not fit: its 297 × 1 modules with quiet "
           "zones need 75.4 × 5.1 mm at 300 dpi (3 dots a module), but only 40.0 × 10.0 mm is "
           "free";
    QTest::newRow("code128 bars too short")
        << Symbology::Code128 << "WO-1" << 203 << 60.0 << 3.0
        << "Code 128 \"WO-1\" does not fit: its 99 × 1 modules with quiet zones need 24.8 × "
           "5.0 mm at 203 dpi (2 dots a module), but only 59.9 × 2.9 mm is free";
    QTest::newRow("qr too big for 8 mm")
        << Symbology::QrCode << "P-7f3c2a10-5b1e-4c7a-9d2e-0a1b2c3d4e5f" << 203 << 8.0 << 8.0
        << "QR code \"P-7f3c2a10-5b1e-4c7a-9d2e-0a1b2c3d4e5f\" does not fit: its 37 × 37 "
           "modules with quiet zones need 9.3 × 9.3 mm at 203 dpi (2 dots a module), but only "
           "7.9 × 7.9 mm is free";
}

void tst_Barcode::refusesWhatDoesNotFit()
{
    QFETCH(Symbology, symbology);
    QFETCH(QString, text);
    QFETCH(int, dpi);
    QFETCH(double, widthMm);
    QFETCH(double, heightMm);
    QFETCH(QString, message);

    const Core::Result<Barcode> code = Barcode::encode(symbology, text);
    QVERIFY(code.ok());
    const Core::Result<BarcodeLayout> layout
        = code->layOut(QRect(0, 0, dots(widthMm, dpi), dots(heightMm, dpi)), dpi);
    QVERIFY(!layout.ok());
    QCOMPARE(layout.error().message, message);
}

void tst_Barcode::reportsZintErrors_data()
{
    QTest::addColumn<Symbology>("symbology");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<QString>("reason");

    QTest::newRow("chinese in code128")
        << Symbology::Code128 << "工单-12" << "Code 128 cannot encode \"工单-12\": "
        << "Invalid character in input data";
    QTest::newRow("gs1 wrong check digit")
        << Symbology::Gs1_128 << "(01)09501101530004(17)261231"
        << "GS1-128 cannot encode \"(01)09501101530004(17)261231\": "
        << "Bad checksum '4', expected '3'";
    QTest::newRow("gs1 impossible date")
        << Symbology::Gs1_128 << "(01)09501101530003(17)261341"
        << "GS1-128 cannot encode \"(01)09501101530003(17)261341\": "
        << "AI (17) position 3: Invalid month '13'";
    QTest::newRow("gs1 without ai")
        << Symbology::Gs1_128 << "0109501101530003"
        << "GS1-128 cannot encode \"0109501101530003\": " << "Data does not start with an AI";
    QTest::newRow("empty qr") << Symbology::QrCode << "" << "QR code has no text to encode"
                              << "";
}

void tst_Barcode::reportsZintErrors()
{
    QFETCH(Symbology, symbology);
    QFETCH(QString, text);
    QFETCH(QString, messageStart);
    QFETCH(QString, reason);

    const Core::Result<Barcode> code = Barcode::encode(symbology, text);
    QVERIFY(!code.ok());
    const QString message = code.error().message;
    QVERIFY2(message.startsWith(messageStart), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    QCOMPARE(code.error().where, Barcode::symbologyName(symbology));
}

void tst_Barcode::moduleStaysWithinLimits_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("minimumDots");
    QTest::addColumn<int>("largestDots");

    // 0.25 mm to 0.5 mm: 1.998 to 3.996 dots at 203 dpi, 2.95 to 5.9 at 300, 5.9 to 11.8 at 600.
    QTest::newRow("203 dpi") << 203 << 2 << 4;
    QTest::newRow("300 dpi") << 300 << 3 << 5;
    QTest::newRow("600 dpi") << 600 << 6 << 11;
    QTest::newRow("72 dpi never below two dots") << 72 << 2 << 2;
}

void tst_Barcode::moduleStaysWithinLimits()
{
    QFETCH(int, dpi);
    QFETCH(int, minimumDots);
    QFETCH(int, largestDots);

    QCOMPARE(Barcode::minimumModuleDots(ModuleSize{}, dpi), minimumDots);
    const Core::Result<Barcode> code = Barcode::encode(Symbology::Code128, QStringLiteral("A1"));
    QVERIFY(code.ok());
    const Core::Result<BarcodeLayout> roomy = code->layOut(QRect(0, 0, 100000, 1000), dpi);
    QVERIFY(roomy.ok());
    QCOMPARE(roomy->moduleDots, largestDots);
    const int tightWidth = (code->columns() + 20) * minimumDots + minimumDots - 1;
    const Core::Result<BarcodeLayout> tight = code->layOut(QRect(0, 0, tightWidth, 1000), dpi);
    QVERIFY(tight.ok());
    QCOMPARE(tight->moduleDots, minimumDots);
    QCOMPARE(tight->footprint.width(), (code->columns() + 20) * minimumDots);
}

QTEST_MAIN(tst_Barcode)
#include "tst_barcode.moc"
