#include "core/decimal.h"

#include <QTest>

#include <limits>

using Hearth::Core::Decimal;

class tst_Decimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void excelNumber_data();
    void excelNumber();
    void multiply_data();
    void multiply();
    void divide_data();
    void divide();
};

void tst_Decimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("back");
    QTest::newRow("integer") << "42" << qint64(42'000'000) << "42";
    QTest::newRow("four decimals") << "261.9600" << qint64(261'960'000) << "261.96";
    QTest::newRow("negative") << "-383.031" << qint64(-383'031'000) << "-383.031";
    QTest::newRow("grouping") << "1,234.5" << qint64(1'234'500'000) << "1234.5";
    QTest::newRow("yuan sign") << "¥12.00" << qint64(12'000'000) << "12";
    QTest::newRow("exponent") << "1.5E-3" << qint64(1'500) << "0.0015";
    QTest::newRow("big exponent") << "2.5e4" << qint64(25'000'000'000) << "25000";
    QTest::newRow("six decimals") << "0.000001" << qint64(1) << "0.000001";
    QTest::newRow("trailing zeros past six") << "1.50000000" << qint64(1'500'000) << "1.5";
    QTest::newRow("no-break space") << QStringLiteral("1\u00A0000") << qint64(1'000'000'000)
                                    << "1000";
}

void tst_Decimal::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);
    QFETCH(QString, back);
    const auto d = Decimal::parse(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->micros(), micros);
    QCOMPARE(d->toString(), back);
}

void tst_Decimal::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "12a";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("seven decimals") << "0.0000001";
    QTest::newRow("too large") << "99999999999999";
    QTest::newRow("18-digit id is no amount") << "123456789012345678";
    QTest::newRow("sign only") << "-";
}

void tst_Decimal::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::parse(text).has_value());
}

void tst_Decimal::excelNumber_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("profit as Excel stores it") << "72.947999999999979" << "72.948";
    QTest::newRow("sales") << "22.368000000000002" << "22.368";
    QTest::newRow("mobile") << "13812345678" << "13812345678";
    QTest::newRow("exponent") << "1.2E-2" << "0.012";
    QTest::newRow("noise below 15 digits") << "85.309199999999805" << "85.3092";
    QTest::newRow("a third rounds at the sixth") << "0.33333333333333331" << "0.333333";
    QTest::newRow("two thirds") << "0.66666666666666663" << "0.666667";
    QTest::newRow("negative noise") << "-383.03100000000001" << "-383.031";
    QTest::newRow("noise of a hundred ulps") << "-7.7247000000001" << "-7.7247";
    QTest::newRow("twelve integer digits") << "123456789012.34" << "123456789012.34";
}

void tst_Decimal::excelNumber()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    const auto d = Decimal::fromExcelNumber(stored);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), shown);
}

void tst_Decimal::multiply_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("whole") << "2.5" << "4" << qint64(10'000'000);
    QTest::newRow("price times metres") << "1580" << "4.15" << qint64(6'557'000'000);
    QTest::newRow("rounds up at the seventh decimal") << "1.234567" << "1.1" << qint64(1'358'024);
    QTest::newRow("negative rounds away from zero") << "-1.234567" << "1.1"
                                                    << qint64(-1'358'024);
    QTest::newRow("half a micro goes up") << "0.000001" << "0.5" << qint64(1);
    QTest::newRow("minus half a micro goes down") << "-0.000001" << "0.5" << qint64(-1);
    QTest::newRow("less than half a micro is zero") << "0.000001" << "0.4" << qint64(0);
    QTest::newRow("two negatives") << "-3" << "-0.25" << qint64(750'000);
    QTest::newRow("largest square") << "1000000" << "1000000"
                                    << qint64(1'000'000'000'000'000'000);
    QTest::newRow("beyond the range is clamped") << "900000000000" << "20"
                                                 << std::numeric_limits<qint64>::max();
    QTest::newRow("beyond the range, negative") << "-900000000000" << "20"
                                                << std::numeric_limits<qint64>::min();
}

void tst_Decimal::multiply()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(qint64, micros);
    QVERIFY(Decimal::parse(a) && Decimal::parse(b));
    QCOMPARE(Decimal::multiply(*Decimal::parse(a), *Decimal::parse(b)).micros(), micros);
    QCOMPARE(Decimal::multiply(*Decimal::parse(b), *Decimal::parse(a)).micros(), micros);
}

void tst_Decimal::divide_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("defined");
    QTest::addColumn<qint64>("micros");
    QTest::newRow("exact") << "10" << "4" << true << qint64(2'500'000);
    QTest::newRow("a third") << "1" << "3" << true << qint64(333'333);
    QTest::newRow("two thirds round up") << "2" << "3" << true << qint64(666'667);
    QTest::newRow("minus two thirds") << "-2" << "3" << true << qint64(-666'667);
    QTest::newRow("negative divisor") << "3" << "-2" << true << qint64(-1'500'000);
    QTest::newRow("half a micro goes up") << "0.000001" << "2" << true << qint64(1);
    QTest::newRow("minus half a micro goes down") << "0.000001" << "-2" << true << qint64(-1);
    QTest::newRow("deposit share") << "3300" << "11087.6" << true << qint64(297'630);
    QTest::newRow("by zero") << "1" << "0" << false << qint64(0);
    QTest::newRow("zero by zero") << "0" << "0" << false << qint64(0);
    QTest::newRow("beyond the range") << "900000000000" << "0.01" << false << qint64(0);
}

void tst_Decimal::divide()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, defined);
    QFETCH(qint64, micros);
    QVERIFY(Decimal::parse(a) && Decimal::parse(b));
    const auto q = Decimal::divide(*Decimal::parse(a), *Decimal::parse(b));
    QCOMPARE(q.has_value(), defined);
    if (defined)
        QCOMPARE(q->micros(), micros);
}

QTEST_GUILESS_MAIN(tst_Decimal)
#include "tst_decimal.moc"
