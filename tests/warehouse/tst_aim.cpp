#include "warehouse/aim.h"

#include <QTest>

using namespace Hearth::Warehouse;
using Symbology = Aim::Symbology;
using Fnc1 = Aim::Fnc1;
using Content = Aim::Content;

class tst_Aim : public QObject
{
    Q_OBJECT

private slots:
    void fromRead_data();
    void fromRead();
};

void tst_Aim::fromRead_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<Symbology>("symbology");
    QTest::addColumn<Fnc1>("fnc1");
    QTest::addColumn<Content>("content");
    QTest::addColumn<QString>("name");

    QTest::newRow("no identifier") << "WO:WO2603-0012" << "" << Symbology::None << Fnc1::None
                                   << Content::Plain << "";
    QTest::newRow("too short") << "]C" << "" << Symbology::None << Fnc1::None << Content::Plain
                               << "";
    QTest::newRow("bracket then digit") << "]1C0" << "" << Symbology::None << Fnc1::None
                                        << Content::Plain << "";
    QTest::newRow("Code 128 plain ]C0") << "]C0PK:SO00000012-3/12" << "]C0" << Symbology::Code128
                                        << Fnc1::None << Content::Plain << "Code 128";
    QTest::newRow("GS1-128 ]C1") << "]C10109501101020917" << "]C1" << Symbology::Gs1_128
                                 << Fnc1::FirstPosition << Content::Gs1ElementString
                                 << "GS1-128";
    QTest::newRow("Code 128 FNC1 second ]C2") << "]C2A1234" << "]C2" << Symbology::Code128
                                              << Fnc1::SecondPosition << Content::Plain
                                              << "Code 128";
    QTest::newRow("Data Matrix ]d1") << "]d1HELLO" << "]d1" << Symbology::DataMatrix
                                     << Fnc1::None << Content::Plain << "Data Matrix";
    QTest::newRow("GS1 DataMatrix ]d2") << "]d201095011010209171719050810ABCD1234"
                                        << "]d2" << Symbology::Gs1DataMatrix
                                        << Fnc1::FirstPosition << Content::Gs1ElementString
                                        << "GS1 DataMatrix";
    QTest::newRow("GS1 DataMatrix with ECI ]d5") << "]d5010950110102091" << "]d5"
                                                 << Symbology::Gs1DataMatrix
                                                 << Fnc1::FirstPosition
                                                 << Content::Gs1ElementString
                                                 << "GS1 DataMatrix";
    QTest::newRow("QR model 2 ]Q1") << "]Q1WO:WO2603-0012" << "]Q1" << Symbology::QrCode
                                    << Fnc1::None << Content::Plain << "QR Code";
    QTest::newRow("GS1 QR ]Q3") << "]Q30109501101020917" << "]Q3" << Symbology::Gs1QrCode
                                << Fnc1::FirstPosition << Content::Gs1ElementString
                                << "GS1 QR Code";
    QTest::newRow("QR FNC1 second ]Q5") << "]Q5xx" << "]Q5" << Symbology::QrCode
                                        << Fnc1::SecondPosition << Content::Plain << "QR Code";
    QTest::newRow("EAN-13 ]E0") << "]E06901234567892" << "]E0" << Symbology::Ean13
                                << Fnc1::None << Content::Gtin << "EAN-13/UPC";
    QTest::newRow("EAN-8 ]E4") << "]E412345670" << "]E4" << Symbology::Ean8 << Fnc1::None
                               << Content::Gtin << "EAN-8";
    QTest::newRow("EAN add-on alone ]E1") << "]E112" << "]E1" << Symbology::EanAddOn
                                          << Fnc1::None << Content::Plain << "EAN/UPC add-on";
    QTest::newRow("GS1 DataBar ]e0") << "]e00109501101020917" << "]e0" << Symbology::Gs1DataBar
                                     << Fnc1::FirstPosition << Content::Gs1ElementString
                                     << "GS1 DataBar";
    QTest::newRow("Code 39 ]A0") << "]A0BIN-A-01" << "]A0" << Symbology::Code39 << Fnc1::None
                                 << Content::Plain << "Code 39";
    QTest::newRow("ITF ]I1") << "]I110690123456789" << "]I1" << Symbology::Interleaved2of5
                             << Fnc1::None << Content::Plain << "ITF";
    QTest::newRow("PDF417 ]L2") << "]L2text" << "]L2" << Symbology::Pdf417 << Fnc1::None
                                << Content::Plain << "PDF417";
    QTest::newRow("GS1 Aztec ]z1") << "]z10109501101020917" << "]z1" << Symbology::Gs1Aztec
                                   << Fnc1::FirstPosition << Content::Gs1ElementString
                                   << "GS1 Aztec";
    QTest::newRow("GS1 DotCode ]J1") << "]J10109501101020917" << "]J1" << Symbology::Gs1DotCode
                                     << Fnc1::FirstPosition << Content::Gs1ElementString
                                     << "GS1 DotCode";
    QTest::newRow("unlisted symbology ]X0") << "]X0abc" << "]X0" << Symbology::Other
                                            << Fnc1::None << Content::Plain << "]X0";
}

void tst_Aim::fromRead()
{
    QFETCH(QString, read);
    QFETCH(QString, identifier);
    QFETCH(Symbology, symbology);
    QFETCH(Fnc1, fnc1);
    QFETCH(Content, content);
    QFETCH(QString, name);

    const Aim aim = Aim::fromRead(read);
    QCOMPARE(aim.identifier(), identifier);
    QCOMPARE(aim.isPresent(), !identifier.isEmpty());
    QCOMPARE(aim.length(), identifier.size());
    QCOMPARE(aim.symbology(), symbology);
    QCOMPARE(aim.fnc1(), fnc1);
    QCOMPARE(aim.content(), content);
    QCOMPARE(aim.name(), name);
}

QTEST_APPLESS_MAIN(tst_Aim)
#include "tst_aim.moc"
