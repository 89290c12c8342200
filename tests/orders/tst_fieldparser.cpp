#include "orders/fieldparser.h"

#include <QTest>

using namespace Hearth::Orders;
using namespace Hearth::Orders::FieldParser;
using Hearth::Core::Decimal;

class tst_FieldParser : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void dateEvidence();
    void discounts_data();
    void discounts();
    void paidShareDiscounts_data();
    void paidShareDiscounts();
    void sizes();
    void units();
    void amounts_data();
    void amounts();
    void tooLargeAmounts();
    void addresses_data();
    void addresses();
};

void tst_FieldParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QDate>("date");
    const int mdy = int(DateOrder::MonthDayYear);
    const int dmy = int(DateOrder::DayMonthYear);
    QTest::newRow("iso") << "2024-03-05" << mdy << QDate(2024, 3, 5);
    QTest::newRow("iso with time") << "2024-03-05 14:22:10" << mdy << QDate(2024, 3, 5);
    QTest::newRow("slashes year first") << "2024/3/5" << dmy << QDate(2024, 3, 5);
    QTest::newRow("chinese") << "2024年3月5日" << mdy << QDate(2024, 3, 5);
    QTest::newRow("us") << "11/8/2016" << mdy << QDate(2016, 11, 8);
    QTest::newRow("european") << "11/8/2016" << dmy << QDate(2016, 8, 11);
    QTest::newRow("compact") << "20240305" << mdy << QDate(2024, 3, 5);
    QTest::newRow("excel serial") << "42682" << mdy << QDate(2016, 11, 8);
    QTest::newRow("not a date") << "soon" << mdy << QDate();
    QTest::newRow("impossible") << "2/30/2024" << mdy << QDate();
}

void tst_FieldParser::dates()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QDate, date);
    const auto parsed = parseDate(text, DateOrder(order));
    QCOMPARE(parsed.value_or(QDate()), date);
}

void tst_FieldParser::dateEvidence()
{
    DateEvidence us;
    us.add(QStringLiteral("3/5/2024"));
    QVERIFY(!us.decide().has_value());  // could be either
    us.add(QStringLiteral("12/25/2024"));
    QCOMPARE(us.decide(), DateOrder::MonthDayYear);

    DateEvidence eu;
    eu.add(QStringLiteral("25/12/2024"));
    QCOMPARE(eu.decide(), DateOrder::DayMonthYear);
    eu.add(QStringLiteral("12/25/2024"));
    QVERIFY(eu.contradictory());

    DateEvidence iso;
    iso.add(QStringLiteral("2024-03-05"));
    QCOMPARE(iso.decide(), DateOrder::YearMonthDay);
}

void tst_FieldParser::discounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rate");
    QTest::newRow("rate") << "0.2" << "0.2";
    QTest::newRow("percent") << "15%" << "0.15";
    QTest::newRow("8折") << "8折" << "0.2";
    QTest::newRow("85折") << "85折" << "0.15";
    QTest::newRow("8.5折") << "8.5折" << "0.15";
    QTest::newRow("empty") << "" << "0";
}

void tst_FieldParser::discounts()
{
    QFETCH(QString, text);
    QFETCH(QString, rate);
    const auto d = parseDiscount(text);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), rate);
}

void tst_FieldParser::paidShareDiscounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("rate");
    QTest::newRow("0.85 pays 85 %") << "0.85" << "0.15";
    QTest::newRow("85% pays 85 %") << "85%" << "0.15";
    QTest::newRow("1 is the full price") << "1" << "0";
    QTest::newRow("8折 as always") << "8折" << "0.2";
    QTest::newRow("empty is no discount") << "" << "0";
}

void tst_FieldParser::paidShareDiscounts()
{
    QFETCH(QString, text);
    QFETCH(QString, rate);
    const auto d = parseDiscount(text, DiscountMeaning::PaidShare);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), rate);
    QVERIFY(!parseDiscount(QStringLiteral("much"), DiscountMeaning::PaidShare));
}

void tst_FieldParser::sizes()
{
    std::optional<qint64> w, h, d;
    QVERIFY(parseSize(QStringLiteral("800×2400×600"), &w, &h, &d));
    QCOMPARE(*w, 800);
    QCOMPARE(*h, 2400);
    QCOMPARE(*d, 600);
    std::optional<qint64> w2, h2, d2;
    QVERIFY(parseSize(QStringLiteral("1200*18 mm"), &w2, &h2, &d2));
    QCOMPARE(*w2, 1200);
    QVERIFY(!d2.has_value());
    QVERIFY(!parseSize(QStringLiteral("large"), &w2, &h2, &d2));
}

void tst_FieldParser::units()
{
    QCOMPARE(parseUnit(QStringLiteral("㎡")), Unit::SquareMetre);
    QCOMPARE(parseUnit(QStringLiteral("平方米")), Unit::SquareMetre);
    QCOMPARE(parseUnit(QStringLiteral("延米")), Unit::Metre);
    QCOMPARE(parseUnit(QStringLiteral("套")), Unit::Set);
    QCOMPARE(parseUnit(QStringLiteral("件")), Unit::Piece);
    QCOMPARE(parseUnit(QString()), Unit::Piece);
    QVERIFY(!parseUnit(QStringLiteral("barrel")).has_value());
}

void tst_FieldParser::amounts_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("discount");
    QTest::addColumn<QString>("amount");
    QTest::newRow("plain") << "1999" << "2" << "0" << "3998";
    QTest::newRow("area with discount") << "680.5" << "3.27" << "0.2" << "1780.188";
    QTest::newRow("rounds at the micro") << "0.333333" << "0.5" << "0" << "0.166667";
}

void tst_FieldParser::amounts()
{
    QFETCH(QString, price);
    QFETCH(QString, quantity);
    QFETCH(QString, discount);
    QFETCH(QString, amount);
    QCOMPARE(lineAmount(*Decimal::parse(price), *Decimal::parse(quantity),
                        *Decimal::parse(discount)).toString(),
             amount);
}

void tst_FieldParser::tooLargeAmounts()
{
    const Decimal big = *Decimal::parse(QStringLiteral("999999999999"));
    QVERIFY(!checkedLineAmount(big, big, Decimal()));
    QVERIFY(!checkedLineAmount(big, Decimal::fromInt(10), Decimal()));
    QCOMPARE(checkedLineAmount(big, Decimal::fromInt(1), Decimal())->toString(),
             QStringLiteral("999999999999"));
    QCOMPARE(checkedLineAmount(big, big, Decimal::fromInt(1))->toString(), QStringLiteral("0"));
    QCOMPARE(checkedLineAmount(big, Decimal::fromInt(10), *Decimal::parse(QStringLiteral("0.95")))
                 ->toString(),
             QStringLiteral("499999999999.5"));
}

void tst_FieldParser::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("spaces") << "浙江省 杭州市 西湖区 文三路 100号"
                            << QStringList{"浙江省", "杭州市", "西湖区", "文三路 100号"};
    QTest::newRow("joined") << "广东省深圳市南山区科技园路1号"
                            << QStringList{"广东省", "深圳市", "南山区", "科技园路1号"};
    QTest::newRow("municipality") << "上海市浦东新区世纪大道8号"
                                  << QStringList{"上海市", "上海市", "浦东新区", "世纪大道8号"};
    QTest::newRow("taobao municipality") << "北京 北京市 海淀区 学院路806号"
                                         << QStringList{"北京市", "北京市", "海淀区", "学院路806号"};
    QTest::newRow("province without 省") << "浙江 杭州市 滨江区 江南大道1号"
                                         << QStringList{"浙江省", "杭州市", "滨江区", "江南大道1号"};
    QTest::newRow("short region") << "广西 南宁市 青秀区 民族大道1号"
                                  << QStringList{"广西壮族自治区", "南宁市", "青秀区",
                                                 "民族大道1号"};
    QTest::newRow("autonomous region") << "广西壮族自治区南宁市青秀区民族大道1号"
                                       << QStringList{"广西壮族自治区", "南宁市", "青秀区",
                                                      "民族大道1号"};
}

void tst_FieldParser::addresses()
{
    QFETCH(QString, text);
    QFETCH(QStringList, parts);
    const Address a = Address::parse(text);
    QCOMPARE(QStringList({a.province, a.city, a.district, a.street}), parts);
}

QTEST_GUILESS_MAIN(tst_FieldParser)
#include "tst_fieldparser.moc"
