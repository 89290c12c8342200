#include "core/money.h"

#include <QTest>


using Hearth::Core::Decimal;
using Hearth::Core::Money;

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void rounding_data();
    void rounding();
    void allocate_data();
    void allocate();
    void allocateNeverLosesAFen();
};

void tst_Money::rounding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<qint64>("fen");
    QTest::newRow("half up") << "0.125" << qint64(13);
    QTest::newRow("below half") << "0.1249" << qint64(12);
    QTest::newRow("negative half away from zero") << "-0.125" << qint64(-13);
    QTest::newRow("superstore line") << "261.96" << qint64(26196);
    QTest::newRow("four decimals") << "2297200.8603" << qint64(229720086);
}

void tst_Money::rounding()
{
    QFETCH(QString, value);
    QFETCH(qint64, fen);
    QCOMPARE(Money::fromDecimal(*Decimal::parse(value)).minor(), fen);
}

void tst_Money::allocate_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("parts");
    QTest::newRow("100 over three") << qint64(100) << QList<qint64>{1, 1, 1}
                                    << QList<qint64>{34, 33, 33};
    QTest::newRow("deposit 30/70") << qint64(99999) << QList<qint64>{30, 70}
                                   << QList<qint64>{30000, 69999};
    QTest::newRow("by line amount") << qint64(1000) << QList<qint64>{333, 333, 334}
                                    << QList<qint64>{333, 333, 334};
    QTest::newRow("negative refund") << qint64(-100) << QList<qint64>{1, 1, 1}
                                     << QList<qint64>{-34, -33, -33};
    QTest::newRow("zero weights split evenly") << qint64(10) << QList<qint64>{0, 0, 0}
                                               << QList<qint64>{4, 3, 3};
    QTest::newRow("one part") << qint64(7) << QList<qint64>{5} << QList<qint64>{7};
}

void tst_Money::allocate()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, parts);
    const QList<Money> result = Money(total).allocate(weights);
    QCOMPARE(result.size(), parts.size());
    for (qsizetype i = 0; i < parts.size(); ++i)
        QCOMPARE(result[i].minor(), parts[i]);
}

void tst_Money::allocateNeverLosesAFen()
{
    // Awkward totals over awkward weights: the parts always add up to the whole.
    for (qint64 total : {1LL, 7LL, 99LL, 100001LL, 123456789LL}) {
        for (int n = 1; n <= 13; ++n) {
            QList<qint64> weights;
            for (int i = 0; i < n; ++i)
                weights.append((i * 7919) % 101 + 1);
            const QList<Money> parts = Money(total).allocate(weights);
            qint64 sum = 0;
            for (const Money &part : parts)
                sum += part.minor();
            QCOMPARE(sum, total);
        }
    }
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
