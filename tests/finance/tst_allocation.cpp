// Splitting money over weights: the parts add up to the whole to the fen, by the one rule in
// finance/allocation.h (round down, then the missing fen to the largest remainders, ties to
// the earlier part; a negative amount is the mirror of its positive).

#include "finance/allocation.h"

#include <QTest>

#include <numeric>

using namespace Hearth;
using Finance::Allocation;

using Parts = QList<qint64>;

class tst_Allocation : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void refused_data();
    void refused();
    void byShares_data();
    void byShares();
    void partsAddUpAndStayWithinAFen();
};

void tst_Allocation::split_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<Parts>("weights");
    QTest::addColumn<Parts>("parts");

    QTest::newRow("1.00 in three: the tie goes to the first")
        << 100LL << Parts{1, 1, 1} << Parts{34, 33, 33};
    QTest::newRow("-1.00 in three mirrors 1.00") << -100LL << Parts{1, 1, 1}
                                                 << Parts{-34, -33, -33};
    QTest::newRow("half a fen each: the earlier part takes it") << 1LL << Parts{1, 1}
                                                                << Parts{1, 0};
    QTest::newRow("0.05 in two") << 5LL << Parts{1, 1} << Parts{3, 2};
    QTest::newRow("exact shares stay exact") << 10LL << Parts{3, 3, 4} << Parts{3, 3, 4};
    QTest::newRow("discount 10.00 over lines 333.33, 333.33, 333.34")
        << 1000LL << Parts{33333, 33333, 33334} << Parts{333, 333, 334};
    QTest::newRow("rebate 1000.00 over three orders: largest remainder wins")
        << 100000LL << Parts{123456, 654321, 222223} << Parts{12346, 65432, 22222};
    QTest::newRow("a return line among the lines")
        << 100LL << Parts{200, -50} << Parts{133, -33};
    QTest::newRow("weights that sum negative") << 100LL << Parts{-200, 50} << Parts{133, -33};
    QTest::newRow("one fen over ten lines") << 1LL << Parts(10, 7)
                                            << Parts{1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    QTest::newRow("nine fen over ten lines")
        << 9LL << Parts(10, 1) << Parts{1, 1, 1, 1, 1, 1, 1, 1, 1, 0};
    QTest::newRow("a zero weight gets nothing") << 100LL << Parts{0, 1, 1} << Parts{0, 50, 50};
    QTest::newRow("all-zero weights split evenly") << 7LL << Parts{0, 0, 0} << Parts{3, 2, 2};
    QTest::newRow("zero over zero-sum weights") << 0LL << Parts{5, -5} << Parts{0, 0};
    QTest::newRow("nine trillion fen do not overflow")
        << 9'000'000'000'000LL << Parts{1, 2} << Parts{3'000'000'000'000LL, 6'000'000'000'000LL};
    QTest::newRow("large weights do not overflow")
        << 1'000'000'000LL << Parts{4'000'000'000'000'000'000LL, 4'000'000'000'000'000'000LL}
        << Parts{500'000'000, 500'000'000};
    QTest::newRow("nothing over nothing") << 0LL << Parts{} << Parts{};
}

void tst_Allocation::split()
{
    QFETCH(qint64, amount);
    QFETCH(Parts, weights);
    QFETCH(Parts, parts);
    const auto result = Allocation::split(amount, weights);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result.value(), parts);
    QCOMPARE(std::accumulate(parts.begin(), parts.end(), qint64(0)), amount);
}

void tst_Allocation::refused_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<Parts>("weights");
    QTest::addColumn<QString>("message");
    QTest::newRow("no parts") << 100LL << Parts{} << "100 fen cannot be split over no parts";
    QTest::newRow("weights that cancel out")
        << 100LL << Parts{50, -50}
        << "the weights add up to zero, so 100 fen has no proportion to follow; weights: 2 parts";
}

void tst_Allocation::refused()
{
    QFETCH(qint64, amount);
    QFETCH(Parts, weights);
    QFETCH(QString, message);
    const auto result = Allocation::split(amount, weights);
    QVERIFY(!result);
    QCOMPARE(result.error().message, message);
}

void tst_Allocation::byShares_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QStringList>("shares");
    QTest::addColumn<Parts>("parts");
    QTest::addColumn<QString>("error");
    QTest::newRow("deposit 30 %, balance 70 % of 12,345.67")
        << 1234567LL << QStringList{"0.3", "0.7"} << Parts{370370, 864197} << QString();
    QTest::newRow("30/30/40 of 10.01") << 1001LL << QStringList{"0.3", "0.3", "0.4"}
                                       << Parts{300, 300, 401} << QString();
    QTest::newRow("thirds that add up to 1")
        << 100LL << QStringList{"0.333333", "0.333333", "0.333334"} << Parts{33, 33, 34}
        << QString();
    QTest::newRow("shares short of 100 %")
        << 100LL << QStringList{"0.3", "0.69"} << Parts{}
        << "the shares add up to 0.99; expected exactly 1 (100 %)";
    QTest::newRow("a negative share") << 100LL << QStringList{"1.1", "-0.1"} << Parts{}
                                      << "share 2 is -0.1; expected a share from 0 to 1";
}

void tst_Allocation::byShares()
{
    QFETCH(qint64, amount);
    QFETCH(QStringList, shares);
    QFETCH(Parts, parts);
    QFETCH(QString, error);
    QList<Core::Decimal> decimals;
    for (const QString &s : shares)
        decimals.append(*Core::Decimal::parse(s));
    const auto result = Allocation::byShares(amount, decimals);
    if (!error.isEmpty()) {
        QVERIFY(!result);
        QCOMPARE(result.error().message, error);
        return;
    }
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result.value(), parts);
}

void tst_Allocation::partsAddUpAndStayWithinAFen()
{
    // A fixed pseudo-random walk over amounts and weights of both signs.
    quint64 state = 0x2545F4914F6CDD1DULL;
    const auto next = [&state](qint64 range) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return qint64(state % quint64(2 * range + 1)) - range;
    };
    for (int round = 0; round < 2000; ++round) {
        const qint64 amount = next(10'000'000);
        Parts weights;
        const int n = int(1 + (state % 12));
        for (int i = 0; i < n; ++i)
            weights.append(round % 3 == 0 ? next(1000) : std::abs(next(1'000'000)));
        const __int128 total = std::accumulate(weights.begin(), weights.end(), __int128(0));
        const auto result = Allocation::split(amount, weights);
        if (total == 0 && amount != 0) {
            QVERIFY(!result);
            continue;
        }
        QVERIFY(result);
        QCOMPARE(std::accumulate(result->begin(), result->end(), qint64(0)), amount);
        if (total == 0)
            continue;
        for (int i = 0; i < n; ++i) {
            // |part × total − amount × weight| < |total|: the part is its exact share rounded
            // down or up.
            const __int128 diff = __int128(result->at(i)) * total - __int128(amount) * weights[i];
            const __int128 bound = total < 0 ? -total : total;
            QVERIFY2((diff < 0 ? -diff : diff) < bound,
                     qPrintable(QString("round %1 part %2").arg(round).arg(i)));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Allocation)
#include "tst_allocation.moc"
