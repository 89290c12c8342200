#include "printing/printfonts.h"

#include <QFontInfo>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Printing;

class tst_PrintFonts : public QObject
{
    Q_OBJECT

private slots:
    void prefersTrueTypeChineseFont();
    void sizesInPrinterDots_data();
    void sizesInPrinterDots();
};

// The set-up installs fonts-wqy-microhei: its TrueType outlines embed in a PDF with a character
// map that gives Chinese text back (Noto Sans CJK's map turns 工 into the radical ⼯).
void tst_PrintFonts::prefersTrueTypeChineseFont()
{
    QVERIFY(PrintFonts::checkChinese().ok());
    QCOMPARE(PrintFonts::families().first(), "WenQuanYi Micro Hei");
    const QFont font = PrintFonts::font(10, 300);
    QCOMPARE(QFontInfo(font).family(), "WenQuanYi Micro Hei");
}

void tst_PrintFonts::sizesInPrinterDots_data()
{
    QTest::addColumn<double>("points");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<bool>("crisp");
    QTest::addColumn<int>("pixels");

    QTest::newRow("10 pt at 300 dpi") << 10.0 << 300 << false << 42;
    QTest::newRow("9 pt at 203 dpi, thermal") << 9.0 << 203 << true << 25;
    QTest::newRow("8.5 pt at 600 dpi") << 8.5 << 600 << false << 71;
}

void tst_PrintFonts::sizesInPrinterDots()
{
    QFETCH(double, points);
    QFETCH(int, dpi);
    QFETCH(bool, crisp);
    QFETCH(int, pixels);

    const QFont font = PrintFonts::font(points, dpi, true, crisp);
    QCOMPARE(font.pixelSize(), pixels);
    QVERIFY(font.bold());
    QCOMPARE(bool(font.styleStrategy() & QFont::NoAntialias), crisp);
    QVERIFY(font.styleStrategy() & QFont::PreferNoShaping);
}

QTEST_MAIN(tst_PrintFonts)
#include "tst_printfonts.moc"
