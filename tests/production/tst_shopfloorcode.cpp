#include "production/shopfloorcode.h"

#include <QTest>

using namespace Hearth::Production;
using Kind = ShopfloorCode::Kind;
using Command = ShopfloorCode::Command;

Q_DECLARE_METATYPE(ShopfloorCode::Kind)
Q_DECLARE_METATYPE(ShopfloorCode::Command)

class tst_ShopfloorCode : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void unknownShowsWhatWasRead_data();
    void unknownShowsWhatWasRead();
    void printedFormsReadBack_data();
    void printedFormsReadBack();
    void printedPartIsCompact();
};

void tst_ShopfloorCode::parse_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<Command>("command");
    QTest::addColumn<QString>("symbology");

    const QString part = "3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b";
    QTest::newRow("work order plain")
        << "WO:WO-SO00000012-CAB" << Kind::WorkOrder << "WO-SO00000012-CAB" << Command::None << "";
    QTest::newRow("work order Code 128 ]C0 with CR")
        << "]C0WO:WO-SO00000012-CAB\r" << Kind::WorkOrder << "WO-SO00000012-CAB" << Command::None
        << "]C0";
    QTest::newRow("work order GS1-128 ]C1 with CR LF")
        << "]C1WO:WO-SO00000012-CAB\r\n" << Kind::WorkOrder << "WO-SO00000012-CAB"
        << Command::None << "]C1";
    QTest::newRow("work order QR ]Q1 with Tab")
        << "]Q1WO:WO-SO00000012-CAB\t" << Kind::WorkOrder << "WO-SO00000012-CAB" << Command::None
        << "]Q1";
    QTest::newRow("work order spaces around")
        << "   WO:WO-SO00000012-CAB  " << Kind::WorkOrder << "WO-SO00000012-CAB" << Command::None
        << "";
    QTest::newRow("work order lower-case prefix (Caps Lock)")
        << "wo:WO-SO00000012-CAB" << Kind::WorkOrder << "WO-SO00000012-CAB" << Command::None << "";
    QTest::newRow("work order full-width from an input method")
        << "ＷＯ：WO-SO00000012-CAB" << Kind::WorkOrder << "WO-SO00000012-CAB" << Command::None
        << "";
    QTest::newRow("work order STX ETX wrapped")
        << "\x02WO:WO-1\x03" << Kind::WorkOrder << "WO-1" << Command::None << "";
    QTest::newRow("part printed form ]Q3")
        << "]Q3PT:3F2A9C1E5B7D4E219A0B1C2D3E4F5A6B\r" << Kind::Part << part << Command::None
        << "]Q3";
    QTest::newRow("part with dashes lower case")
        << "PT:" + part << Kind::Part << part << Command::None << "";
    QTest::newRow("part Data Matrix ]d2 CR LF")
        << "]d2PT:3f2a9c1e5b7d4e219a0b1c2d3e4f5a6b\r\n" << Kind::Part << part << Command::None
        << "]d2";
    QTest::newRow("part with an id that is not a UUID")
        << "PT:P-000123" << Kind::Part << "P-000123" << Command::None << "";
    QTest::newRow("station") << "]C0WC:EDGE-1\n" << Kind::Station << "EDGE-1" << Command::None
                             << "]C0";
    QTest::newRow("command start") << "CMD:START\r" << Kind::Command << "" << Command::Start << "";
    QTest::newRow("command finish lower case")
        << "]Q1cmd:finish" << Kind::Command << "" << Command::Finish << "]Q1";
    QTest::newRow("command report") << "CMD:REPORT" << Kind::Command << "" << Command::Report
                                    << "";
    QTest::newRow("command clear") << "CMD:CLEAR\t" << Kind::Command << "" << Command::Clear << "";
    QTest::newRow("empty") << "" << Kind::Empty << "" << Command::None << "";
    QTest::newRow("only a suffix") << "\r\n" << Kind::Empty << "" << Command::None << "";
    QTest::newRow("only an AIM prefix") << "]C0\r" << Kind::Empty << "" << Command::None << "]C0";
    QTest::newRow("EAN of a product") << "]E06901234567892\r" << Kind::Unknown << ""
                                      << Command::None << "]E0";
    QTest::newRow("prefix without a value") << "WO:\r" << Kind::Unknown << "" << Command::None
                                            << "";
    QTest::newRow("unknown command") << "CMD:PAUSE" << Kind::Unknown << "" << Command::None << "";
    QTest::newRow("URL") << "https://example.com/x" << Kind::Unknown << "" << Command::None << "";
}

void tst_ShopfloorCode::parse()
{
    QFETCH(QString, scanned);
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    QFETCH(Command, command);
    QFETCH(QString, symbology);

    const ShopfloorCode code = ShopfloorCode::parse(scanned);
    QCOMPARE(code.kind(), kind);
    QCOMPARE(code.value(), value);
    QCOMPARE(code.command(), command);
    QCOMPARE(code.symbology(), symbology);
    QCOMPARE(code.isValid(), kind != Kind::Empty && kind != Kind::Unknown);
    QCOMPARE(code.error().isEmpty(), code.isValid());
}

void tst_ShopfloorCode::unknownShowsWhatWasRead_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("message");

    QTest::newRow("EAN without its AIM prefix and suffix")
        << "]E06901234567892\r\n"
        << "unknown code \"6901234567892\": not a work order (WO:), part (PT:), station (WC:) or "
           "command (CMD:) code";
    QTest::newRow("spaces trimmed")
        << "  hello world \t"
        << "unknown code \"hello world\": not a work order (WO:), part (PT:), station (WC:) or "
           "command (CMD:) code";
    QTest::newRow("long read cut at 60 characters")
        << QString(80, 'x')
        << "unknown code \"" + QString(60, 'x') + QChar(0x2026)
               + "\": not a work order (WO:), part (PT:), station (WC:) or command (CMD:) code";
    QTest::newRow("nothing") << "\r"
                             << "nothing was read: scan a work order, part, station or command "
                                "code";
}

void tst_ShopfloorCode::unknownShowsWhatWasRead()
{
    QFETCH(QString, scanned);
    QFETCH(QString, message);
    QCOMPARE(ShopfloorCode::parse(scanned).error(), message);
}

void tst_ShopfloorCode::printedFormsReadBack_data()
{
    QTest::addColumn<QString>("printed");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");

    QTest::newRow("work order") << ShopfloorCode::forWorkOrder("WO-SO00000012-CAB")
                                << Kind::WorkOrder << "WO-SO00000012-CAB";
    QTest::newRow("part") << ShopfloorCode::forPart("3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b")
                          << Kind::Part << "3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b";
    QTest::newRow("station") << ShopfloorCode::forStation("CUT-1") << Kind::Station << "CUT-1";
    QTest::newRow("command") << ShopfloorCode::forCommand(Command::Finish) << Kind::Command << "";
}

void tst_ShopfloorCode::printedFormsReadBack()
{
    QFETCH(QString, printed);
    QFETCH(Kind, kind);
    QFETCH(QString, value);
    // What a scanner sends for the printed code: its AIM prefix and a CR.
    const ShopfloorCode code = ShopfloorCode::parse("]Q1" + printed + "\r");
    QCOMPARE(code.kind(), kind);
    QCOMPARE(code.value(), value);
    QCOMPARE(code.text(), printed);
}

void tst_ShopfloorCode::printedPartIsCompact()
{
    const QString printed = ShopfloorCode::forPart("3f2a9c1e-5b7d-4e21-9a0b-1c2d3e4f5a6b");
    QCOMPARE(printed, "PT:3F2A9C1E5B7D4E219A0B1C2D3E4F5A6B");
    // QR alphanumeric mode: digits, upper-case letters and " $%*+-./:" only.
    for (const QChar c : printed)
        QVERIFY2(c.isDigit() || (c >= 'A' && c <= 'Z') || c == ':', qPrintable(printed));
    QCOMPARE(ShopfloorCode::forCommand(Command::Start), "CMD:START");
    QCOMPARE(ShopfloorCode::forWorkOrder("WO-1"), "WO:WO-1");
}

QTEST_GUILESS_MAIN(tst_ShopfloorCode)
#include "tst_shopfloorcode.moc"
