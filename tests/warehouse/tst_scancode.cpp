#include "warehouse/scancode.h"

#include <QTest>

using namespace Hearth::Warehouse;
using Kind = ScanCode::Kind;

namespace {

// '|' stands for the group separator in the rows.
QString gs(QString text)
{
    return text.replace(u'|', QChar(Gs1::GroupSeparator));
}

const QDate Today(2026, 3, 1);

} // namespace

class tst_ScanCode : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void packageCodeReadsBack_data();
    void packageCodeReadsBack();
    void visible();
};

void tst_ScanCode::parse_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("aim");
    QTest::addColumn<QString>("summary");

    // GS1, as real scanners send it.
    QTest::newRow("GS1-128 carton label with ]C1 and CR")
        << "]C10106901234567892|10L2403-A|17260531\r" << Kind::Gs1 << "]C1"
        << "GTIN 06901234567892 · batch L2403-A · expires 2026-05-31";
    QTest::newRow("GS1 DataMatrix ]d2, GS from Alt+029, Tab suffix")
        << "]d2010950110102091717190508" "10ABCD1234|2112345\t" << Kind::Gs1 << "]d2"
        << "GTIN 09501101020917 · expires 2019-05-08 · batch ABCD1234 · serial 12345";
    QTest::newRow("GS1 QR ]Q3 with a raw leading GS") << "]Q3|0106901234567892|21SN-77"
                                                      << Kind::Gs1 << "]Q3"
                                                      << "GTIN 06901234567892 · serial SN-77";
    QTest::newRow("no AIM, raw leading separator") << "|00106141412345678908\r\n" << Kind::Gs1
                                                   << "" << "SSCC 106141412345678908";
    QTest::newRow("no AIM, GS inside") << "0106901234567892|10B7|3712" << Kind::Gs1 << ""
                                       << "GTIN 06901234567892 · batch B7 · count 12";
    QTest::newRow("no AIM, the visible GS symbol ␝") << "0106901234567892" "10B7\u241D3712"
                                                     << Kind::Gs1 << ""
                                                     << "GTIN 06901234567892 · batch B7 · "
                                                        "count 12";
    QTest::newRow("no AIM, FNC1 dropped, SSCC 20 digits") << "00106141412345678908" << Kind::Gs1
                                                          << "" << "SSCC 106141412345678908";
    QTest::newRow("GS1 DataBar ]e0 with a weight") << "]e001069012345678923103001250"
                                                   << Kind::Gs1 << "]e0"
                                                   << "GTIN 06901234567892 · NET WEIGHT (kg) "
                                                      "1.250";
    QTest::newRow("printed HRI typed in") << "(01)06901234567892(10)L2403" << Kind::Gs1 << ""
                                          << "GTIN 06901234567892 · batch L2403";
    QTest::newRow("EAN-13 ]E0 of hinges") << "]E06901234567892\r" << Kind::Gs1 << "]E0"
                                          << "GTIN 06901234567892";
    QTest::newRow("EAN-13 with add-on ]E3") << "]E3690123456789212" << Kind::Gs1 << "]E3"
                                            << "GTIN 06901234567892";
    QTest::newRow("EAN-8 ]E4") << "]E412345670" << Kind::Gs1 << "]E4" << "GTIN 00000012345670";
    QTest::newRow("EAN-13 without AIM") << "6901234567892\n" << Kind::Gs1 << ""
                                        << "GTIN 06901234567892";
    QTest::newRow("UPC-A without AIM") << "036000291452" << Kind::Gs1 << ""
                                       << "GTIN 00036000291452";
    QTest::newRow("ITF-14 case code ]I1") << "]I109501101020917" << Kind::Gs1 << "]I1"
                                          << "GTIN 09501101020917";
    // Hearth's own codes, with and without identifiers.
    QTest::newRow("package code") << "PK:SO00000012-3/12\r" << Kind::Package << ""
                                  << "order SO00000012, package 3 of 12";
    QTest::newRow("package code in QR ]Q1") << "]Q1PK:SO-2026-0042-12/12" << Kind::Package
                                            << "]Q1" << "order SO-2026-0042, package 12 of 12";
    QTest::newRow("package code lower case") << "pk:so00000012-1/1" << Kind::Package << ""
                                             << "order so00000012, package 1 of 1";
    QTest::newRow("work order ]C0") << "]C0WO:WO-SO00000012-CAB\r" << Kind::WorkOrder << "]C0"
                                    << "work order WO-SO00000012-CAB";
    QTest::newRow("part ]Q1") << "]Q1PT:3F2A9C1E5B7D4E219A0B1C2D3E4F5A6B" << Kind::Part << "]Q1"
                              << "part 3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b";
    QTest::newRow("bin Code 39 ]A0") << "]A0BN:A-01-03" << Kind::Bin << "]A0" << "bin A-01-03";
    QTest::newRow("station card") << "WC:PACK-1" << Kind::Station << "" << "station PACK-1";
    QTest::newRow("command card") << "CMD:FINISH" << Kind::Command << "" << "command CMD:FINISH";
    QTest::newRow("STX/ETX wrapped") << "\x02WO:WO2603-0012\x03" << Kind::WorkOrder << ""
                                     << "work order WO2603-0012";
    // Readable, but nothing Hearth knows.
    QTest::newRow("supplier's own Code 128") << "]C0HX-88231" << Kind::Unknown << "]C0"
                                             << "unknown code \"HX-88231\": not a GS1 code, nor "
                                                "a Hearth work order, part, package, bin or "
                                                "purchase order code";
    QTest::newRow("digits with a wrong check digit are unknown") << "6901234567893"
                                                                 << Kind::Unknown << "" << "";
    QTest::newRow("FNC1 in second position ]C2") << "]C2A0123" << Kind::Unknown << "]C2" << "";
    QTest::newRow("a URL in a QR code") << "]Q1https://example.invalid/p?id=1" << Kind::Unknown
                                        << "]Q1" << "";
    QTest::newRow("suffix only") << "\r\n" << Kind::Empty << "" << "nothing was read";
}

void tst_ScanCode::parse()
{
    QFETCH(QString, read);
    QFETCH(Kind, kind);
    QFETCH(QString, aim);
    QFETCH(QString, summary);
    const ScanCode code = ScanCode::parse(gs(read), Today);
    QVERIFY2(code.kind() == kind, qPrintable(code.error()));
    QCOMPARE(code.aim().identifier(), aim);
    QCOMPARE(code.isValid(), kind != Kind::Unknown && kind != Kind::Empty);
    if (!summary.isEmpty())
        QCOMPARE(code.summary(), summary);
    QCOMPARE(code.errorPosition(), 0);
}

void tst_ScanCode::refused_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("inputMethod");

    QTest::newRow("GS1-128 wrong GTIN check digit")
        << "]C10106901234567893|10L1" << 19
        << "GS1 data position 19: AI 01 (GTIN): check digit 3 is wrong, expected 2" << false;
    QTest::newRow("GS1 batch runs into the serial: GS missing")
        << "]d2010690123456789210ABCDEFGHIJKLMNOPQ2112345" << 42
        << "GS1 data position 42: AI 10 (BATCH/LOT) is longer than 20 character(s); a group "
           "separator (GS) may be missing"
        << false;
    QTest::newRow("raw leading GS, expiry 30 February") << "|0106901234567892|17260230" << 25
                                                        << "GS1 data position 25: AI 17 (USE BY "
                                                           "OR EXPIRY): day 30 is not in "
                                                           "2026-02 (date 260230, YYMMDD)"
                                                        << false;
    QTest::newRow("EAN-13 ]E0 wrong check digit") << "]E06901234567891" << 16
                                                  << "EAN-13/UPC 6901234567891: check digit 1 "
                                                     "is wrong, expected 2"
                                                  << false;
    QTest::newRow("EAN-13 ]E0 short") << "]E0690123" << 4
                                      << "EAN-13/UPC should send 13 digits, got \"690123\""
                                      << false;
    QTest::newRow("only the AIM identifier") << "]C1\r" << 4
                                             << "only the symbology identifier ]C1 was read, "
                                                "no data"
                                             << false;
    QTest::newRow("package 13 of 12") << "PK:SO00000012-13/12" << 4
                                      << "package code \"PK:SO00000012-13/12\": expected "
                                         "PK:<order no>-<n>/<count> with 1 ≤ n ≤ count, like "
                                         "PK:SO00000012-3/12"
                                      << false;
    QTest::newRow("package without count") << "]Q1PK:SO00000012-3" << 7
                                           << "package code \"PK:SO00000012-3\": expected "
                                              "PK:<order no>-<n>/<count> with 1 ≤ n ≤ count, "
                                              "like PK:SO00000012-3/12"
                                           << false;
    QTest::newRow("bin without its code") << "BN:" << 4
                                          << "bin code \"BN:\": the bin is missing after BN:"
                                          << false;
    QTest::newRow("full-width colon from the input method")
        << "PK\uFF1ASO00000012-3/12" << 3
        << "the input method changed this read (\"\uFF1A\" at position 3): switch the Chinese "
           "input method off or to English (Ctrl+Space or Shift) and scan again"
        << true;
    QTest::newRow("full-width letters") << "\uFF37\uFF2F:WO2603-0012" << 1 << "" << true;
    QTest::newRow("Chinese bracket for ] of the AIM identifier") << "\u3011C10106901234567892"
                                                                 << 1 << "" << true;
    QTest::newRow("pinyin became Chinese characters") << "PK:SO12-1/2\u4E2D" << 12 << "" << true;
    QTest::newRow("Chinese dash for _") << "]C010A\u2014B" << 7 << "" << true;
}

void tst_ScanCode::refused()
{
    QFETCH(QString, read);
    QFETCH(int, position);
    QFETCH(QString, error);
    QFETCH(bool, inputMethod);
    const ScanCode code = ScanCode::parse(gs(read), Today);
    QCOMPARE(code.kind(), Kind::Malformed);
    QVERIFY(!code.isValid());
    QCOMPARE(code.errorPosition(), position);
    QCOMPARE(code.inputMethodChanged(), inputMethod);
    if (!error.isEmpty())
        QCOMPARE(code.error(), error);
    QCOMPARE(code.summary(), code.error());
}

void tst_ScanCode::packageCodeReadsBack_data()
{
    QTest::addColumn<QString>("orderNo");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("count");

    QTest::newRow("first of twelve") << "SO00000012" << 1 << 12;
    QTest::newRow("dash in the order number") << "SO-2026-0042" << 7 << 9;
    QTest::newRow("the last of many") << "DL88-001" << 9999 << 9999;
}

void tst_ScanCode::packageCodeReadsBack()
{
    QFETCH(QString, orderNo);
    QFETCH(int, number);
    QFETCH(int, count);
    const QString printed = ScanCode::forPackage(orderNo, number, count);
    QVERIFY(printed.startsWith("PK:"));
    const ScanCode code = ScanCode::parse("]Q1" + printed + "\r");
    QCOMPARE(code.kind(), Kind::Package);
    QCOMPARE(code.value(), orderNo);
    QCOMPARE(code.packageNumber(), number);
    QCOMPARE(code.packageCount(), count);
    QCOMPARE(code.text(), printed);
}

void tst_ScanCode::visible()
{
    QCOMPARE(ScanCode::visible(gs("0106901234567892|10A\x01")),
             QString("0106901234567892<GS>10A<0x01>"));
    const ScanCode code = ScanCode::parse(gs("]C1|0106901234567892|10A\r"));
    QCOMPARE(code.text(), gs("|0106901234567892|10A"));
}

QTEST_APPLESS_MAIN(tst_ScanCode)
#include "tst_scancode.moc"
