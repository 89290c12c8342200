#include "warehouse/gs1.h"

#include <QTest>

using namespace Hearth::Warehouse;

namespace {

// '|' stands for the group separator: it is not in GS1's character set, so no row needs it.
QString gs(QString text)
{
    return text.replace(u'|', QChar(Gs1::GroupSeparator));
}

QString joined(const QList<Gs1Element> &elements)
{
    QStringList parts;
    for (const Gs1Element &e : elements)
        parts.append(e.ai + u'=' + e.value);
    return parts.join(u';');
}

const QDate Today(2026, 3, 1);

} // namespace

class tst_Gs1 : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void dates_data();
    void dates();
    void measures_data();
    void measures();
    void checkDigit_data();
    void checkDigit();
    void bracketed_data();
    void bracketed();
    void encodeReadsBack();
    void titles();
};

void tst_Gs1::parse_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("elements");

    QTest::newRow("GTIN alone") << "0109501101020917" << "01=09501101020917";
    QTest::newRow("GTIN, expiry, batch (GS1 DataMatrix sample)")
        << "010950110102091717190508" "10ABCD1234"
        << "01=09501101020917;17=190508;10=ABCD1234";
    QTest::newRow("batch then serial with GS")
        << "0106901234567892|10L2403-A|21SN000123" << "01=06901234567892;10=L2403-A;21=SN000123";
    QTest::newRow("batch, GS, expiry, GS, serial")
        << "010690123456789210L2403|17260531|21ABC"
        << "01=06901234567892;10=L2403;17=260531;21=ABC";
    QTest::newRow("raw leading separator") << "|0106901234567892|10B7"
                                           << "01=06901234567892;10=B7";
    QTest::newRow("doubled separator tolerated") << "0106901234567892|10B7||21S1"
                                                 << "01=06901234567892;10=B7;21=S1";
    QTest::newRow("GS after a fixed field tolerated") << "0106901234567892|17260531"
                                                      << "01=06901234567892;17=260531";
    QTest::newRow("SSCC of a pallet") << "00106141412345678908" << "00=106141412345678908";
    QTest::newRow("SSCC, content, count, route")
        << "0010614141234567890802069012345678923712|403R-SH-01"
        << "00=106141412345678908;02=06901234567892;37=12;403=R-SH-01";
    QTest::newRow("GTIN and net weight 3103") << "01069012345678923103001250"
                                              << "01=06901234567892;3103=001250";
    QTest::newRow("logistic measures 3301 and 3341")
        << "00106141412345678908330100125033410001503361000123"
        << "00=106141412345678908;3301=001250;3341=000150;3361=000123";
    QTest::newRow("variable count 30 and variant 20") << "01069012345678922003|302400"
                                                      << "01=06901234567892;20=03;30=2400";
    QTest::newRow("additional id 240, secondary serial 250")
        << "0106901234567892240KB-600-W|250SN-9|21X1"
        << "01=06901234567892;240=KB-600-W;250=SN-9;21=X1";
    QTest::newRow("order number and ship-to GLN")
        << "400PO-2026-0042|4105400000000003" << "400=PO-2026-0042;410=5400000000003";
    QTest::newRow("bill-to and purchase-from GLNs")
        << "41154000000000034125400000000003" << "411=5400000000003;412=5400000000003";
    QTest::newRow("GIAI 8004 asset") << "80046901234TOOL-07" << "8004=6901234TOOL-07";
    QTest::newRow("company internal 91 and 99") << "91LINE-3|99A:B/C"
                                                << "91=LINE-3;99=A:B/C";
    QTest::newRow("price 3922 and amount in CNY 3912")
        << "39221999|3912156129900" << "3922=1999;3912=156129900";
    QTest::newRow("expiry time 7003") << "01069012345678927003260531" "2359"
                                      << "01=06901234567892;7003=2605312359";
    QTest::newRow("GRAI 8003 with serial") << "800306901234567892RACK-12"
                                           << "8003=06901234567892RACK-12";
    QTest::newRow("same AI twice with the same data") << "10A1|10A1" << "10=A1";
    QTest::newRow("batch with every kind of allowed character")
        << "10!\"%&'()*+,-./:;<=>?|21_Az09" << "10=!\"%&'()*+,-./:;<=>?;21=_Az09";
}

void tst_Gs1::parse()
{
    QFETCH(QString, data);
    QFETCH(QString, elements);
    const auto parsed = Gs1::parse(gs(data), 1, Today);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(joined(parsed.value()), elements);
}

void tst_Gs1::errors_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");

    QTest::newRow("GTIN check digit") << "0109501101020918" << 1 << 16
                                      << "AI 01 (GTIN): check digit 8 is wrong, expected 7";
    QTest::newRow("SSCC check digit") << "00106141412345678907" << 1 << 20
                                      << "AI 00 (SSCC): check digit 7 is wrong, expected 8";
    QTest::newRow("GLN check digit") << "4105400000000004" << 1 << 16
                                     << "AI 410 (SHIP TO LOC): check digit 4 is wrong, "
                                        "expected 3";
    QTest::newRow("GTIN cut short") << "01095011010209" << 1 << 15
                                    << "AI 01 (GTIN) needs 14 digit(s), found 12";
    QTest::newRow("letter in a GTIN") << "01095011O1020917" << 1 << 9
                                      << "AI 01 (GTIN): \"O\" is not a digit";
    QTest::newRow("batch too long: missing GS") << "10ABCDEFGHIJKLMNOPQRSTU21X" << 1 << 23
                                                << "AI 10 (BATCH/LOT) is longer than 20 "
                                                   "character(s); a group separator (GS) may be "
                                                   "missing";
    QTest::newRow("space in a batch") << "10AB 12" << 1 << 5
                                      << "AI 10 (BATCH/LOT): the character \" \" (U+0020) is "
                                         "not allowed in GS1 data";
    QTest::newRow("unknown AI") << "0106901234567892|89X" << 1 << 18
                                << "unknown application identifier at \"89X\"";
    QTest::newRow("not an AI") << "ABC" << 1 << 1
                               << "expected an application identifier (2 to 4 digits), found "
                                  "\"ABC\"";
    QTest::newRow("month 13") << "17261301" << 1 << 5
                              << "AI 17 (USE BY OR EXPIRY): month 13 does not exist (date "
                                 "261301, YYMMDD)";
    QTest::newRow("31 April") << "17260431" << 1 << 7
                              << "AI 17 (USE BY OR EXPIRY): day 31 is not in 2026-04 (date "
                                 "260431, YYMMDD)";
    QTest::newRow("29 February of a common year") << "11270229" << 1 << 7
                                                  << "AI 11 (PROD DATE): day 29 is not in "
                                                     "2027-02 (date 270229, YYMMDD)";
    QTest::newRow("decimals digit 6 on a weight") << "3106001250" << 1 << 4
                                                  << "AI 3106 (NET WEIGHT (kg)): the decimal "
                                                     "point digit 6 is out of range, expected "
                                                     "0 to 5";
    QTest::newRow("empty batch") << "10|21A" << 1 << 3 << "AI 10 (BATCH/LOT) has no data after it";
    QTest::newRow("same AI twice, different data") << "10A1|10A2" << 1 << 6
                                                   << "AI 10 appears twice with different data: "
                                                      "\"A1\" at position 1 and \"A2\"";
    QTest::newRow("position counts the AIM identifier")
        << "0109501101020918" << 4 << 19 << "AI 01 (GTIN): check digit 8 is wrong, expected 7";
    QTest::newRow("only a separator") << "|" << 1 << 1 << "no GS1 data after the separator";
}

void tst_Gs1::errors()
{
    QFETCH(QString, data);
    QFETCH(int, offset);
    QFETCH(int, position);
    QFETCH(QString, message);
    int at = -1;
    const auto parsed = Gs1::parse(gs(data), offset, Today, &at);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, message);
    QCOMPARE(at, position);
    QCOMPARE(parsed.error().where, QStringLiteral("position %1").arg(position));
}

void tst_Gs1::dates_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("dayOmitted");

    QTest::newRow("expiry") << "17260531" << QDate(2026, 5, 31) << false;
    QTest::newRow("expiry day 00 is the month's last day") << "17260200" << QDate(2026, 2, 28)
                                                           << true;
    QTest::newRow("expiry day 00 in a leap February") << "17280200" << QDate(2028, 2, 29) << true;
    QTest::newRow("best before day 00") << "15261100" << QDate(2026, 11, 30) << true;
    QTest::newRow("production day 00 is the month's first day") << "11260300" << QDate(2026, 3, 1)
                                                                << true;
    QTest::newRow("packing date day 00") << "13251200" << QDate(2025, 12, 1) << true;
    QTest::newRow("production date") << "11260214" << QDate(2026, 2, 14) << false;
    QTest::newRow("year 75 is 2075 (49 years ahead)") << "17750101" << QDate(2075, 1, 1) << false;
    QTest::newRow("year 77 is 1977 (51 years ahead: behind)") << "11770101" << QDate(1977, 1, 1)
                                                              << false;
    QTest::newRow("year 99 is 1999") << "11990615" << QDate(1999, 6, 15) << false;
}

void tst_Gs1::dates()
{
    QFETCH(QString, data);
    QFETCH(QDate, date);
    QFETCH(bool, dayOmitted);
    const auto parsed = Gs1::parse(data, 1, Today);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->size(), 1);
    QCOMPARE(parsed->first().date, date);
    QCOMPARE(parsed->first().dayOmitted, dayOmitted);
}

void tst_Gs1::measures_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");

    QTest::newRow("net weight 3103: 1.250 kg") << "3103001250" << 3 << "1.250";
    QTest::newRow("length 3110: 2440 m") << "3110002440" << 0 << "2440";
    QTest::newRow("width 3122: 12.20 m") << "3122001220" << 2 << "12.20";
    QTest::newRow("area 3145: 0.00288 m²") << "3145000288" << 5 << "0.00288";
    QTest::newRow("volume 3163: 0.120 m³") << "3163000120" << 3 << "0.120";
    QTest::newRow("price 3922: 19.99") << "39221999" << 2 << "19.99";
    QTest::newRow("amount 3912 in CNY (156): 1299.00") << "3912156129900" << 2 << "156 1299.00";
    QTest::newRow("count has no decimals") << "3712" << -1 << "12";
}

void tst_Gs1::measures()
{
    QFETCH(QString, data);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    const auto parsed = Gs1::parse(data, 1, Today);
    QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
    QCOMPARE(parsed->first().decimals, decimals);
    QCOMPARE(parsed->first().decimalText(), text);
}

void tst_Gs1::checkDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");

    QTest::newRow("GTIN-8") << "12345670" << true;
    QTest::newRow("GTIN-8 wrong") << "12345671" << false;
    QTest::newRow("GTIN-12 (UPC-A)") << "036000291452" << true;
    QTest::newRow("GTIN-13 (EAN-13, China 690)") << "6901234567892" << true;
    QTest::newRow("GTIN-13 transposed digits") << "6901234657892" << false;
    QTest::newRow("GTIN-14") << "09501101020917" << true;
    QTest::newRow("GTIN-14 case level") << "10690123456789" << false;
    QTest::newRow("SSCC") << "106141412345678908" << true;
    QTest::newRow("GLN") << "5400000000003" << true;
    QTest::newRow("GLN wrong") << "5400000000000" << false;
    QTest::newRow("letter") << "69012345678A2" << false;
    QTest::newRow("one digit") << "0" << false;
}

void tst_Gs1::checkDigit()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(Gs1::hasValidCheckDigit(digits), valid);
    if (valid)
        QCOMPARE(Gs1::checkDigit(QStringView(digits).chopped(1)), digits.back());
}

void tst_Gs1::bracketed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("error");

    QTest::newRow("GTIN, expiry, batch") << "(01)09501101020917(17)190508(10)ABCD1234"
                                         << "01=09501101020917;17=190508;10=ABCD1234" << "";
    QTest::newRow("bracket inside a batch") << "(10)A(1)B(21)S" << "10=A(1)B;21=S" << "";
    QTest::newRow("SSCC") << "(00)106141412345678908" << "00=106141412345678908" << "";
    QTest::newRow("wrong check digit") << "(01)09501101020918" << ""
                                       << "position 18: AI 01 (GTIN): check digit 8 is wrong, "
                                          "expected 7";
    QTest::newRow("unknown AI") << "(89)12" << "" << "position 2: unknown application "
                                                    "identifier \"89\"";
    QTest::newRow("no closing bracket") << "(01" << "" << "position 1: the application "
                                                         "identifier has no closing \")\"";
}

void tst_Gs1::bracketed()
{
    QFETCH(QString, text);
    QFETCH(QString, elements);
    QFETCH(QString, error);
    const auto parsed = Gs1::parseBracketed(text, 1, Today);
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(joined(parsed.value()), elements);
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().toString(), error);
    }
}

void tst_Gs1::encodeReadsBack()
{
    const auto parsed = Gs1::parse(gs("0106901234567892|10L2403|3103001250|21SN-1|37|12"), 1,
                                   Today);
    QVERIFY(!parsed.ok());  // "37" with no count is refused
    QList<Gs1Element> elements;
    for (const auto &[ai, value] : {std::pair{"01", "06901234567892"}, {"10", "L2403"},
                                    {"3103", "001250"}, {"21", "SN-1"}, {"37", "12"},
                                    {"17", "260531"}}) {
        Gs1Element e;
        e.ai = ai;
        e.value = value;
        elements.append(e);
    }
    const QString encoded = Gs1::encode(elements);
    // GS only after the variable-length batch, serial and count; none after the fixed fields.
    QCOMPARE(encoded, gs("0106901234567892" "10L2403|3103001250" "21SN-1|3712|17260531"));
    const auto back = Gs1::parse(encoded, 1, Today);
    QVERIFY(back.ok());
    QCOMPARE(joined(back.value()), joined(elements));
}

void tst_Gs1::titles()
{
    QCOMPARE(Gs1::title("01"), QString("GTIN"));
    QCOMPARE(Gs1::title("3103"), QString("NET WEIGHT (kg)"));
    QCOMPARE(Gs1::title("93"), QString("INTERNAL"));
    QCOMPARE(Gs1::title("89"), QString());
    QVERIFY(Gs1::isFixedLength("17"));
    QVERIFY(Gs1::isFixedLength("3103"));
    QVERIFY(Gs1::isFixedLength("410"));
    QVERIFY(!Gs1::isFixedLength("10"));
    QVERIFY(!Gs1::isFixedLength("8004"));
}

QTEST_APPLESS_MAIN(tst_Gs1)
#include "tst_gs1.moc"
