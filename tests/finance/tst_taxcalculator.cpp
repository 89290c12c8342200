// VAT rounded per line or per document, with prices that include tax or not; the company
// setting, and documents that keep the rule they were issued under.

#include "financefixture.h"
#include "finance/taxcalculator.h"
#include "finance/taxdocumentstore.h"
#include "finance/taxpolicy.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Hearth;
using namespace Hearth::Finance;
using FinanceFixture::Line;

using Fen = QList<qint64>;

class tst_TaxCalculator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compute_data();
    void compute();
    void policySetting();
    void policySettingRefused_data();
    void policySettingRefused();
    void issuedDocumentsKeepTheirRule();

private:
    QTemporaryDir m_dir;
};

void tst_TaxCalculator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("tax.db")));
}

void tst_TaxCalculator::compute_data()
{
    QTest::addColumn<QString>("rounding");
    QTest::addColumn<bool>("inclusive");
    QTest::addColumn<Fen>("amounts");
    QTest::addColumn<Fen>("taxes");
    QTest::addColumn<qint64>("netFen");
    QTest::addColumn<qint64>("grossFen");

    // Before tax, 13 %.
    QTest::newRow("0.50 before tax: 6.5 fen rounds away from zero")
        << "line" << false << Fen{50} << Fen{7} << 50LL << 57LL;
    QTest::newRow("-0.50 before tax mirrors 0.50")
        << "line" << false << Fen{-50} << Fen{-7} << -50LL << -57LL;
    QTest::newRow("ten lines of 0.50 per line: 70 fen")
        << "line" << false << Fen(10, 50) << Fen(10, 7) << 500LL << 570LL;
    QTest::newRow("ten lines of 0.50 per document: 65 fen, spread")
        << "document" << false << Fen(10, 50) << Fen{7, 7, 7, 7, 7, 6, 6, 6, 6, 6} << 500LL
        << 565LL;
    QTest::newRow("three lines of 1.05 per line") << "line" << false << Fen{105, 105, 105}
                                                  << Fen{14, 14, 14} << 315LL << 357LL;
    QTest::newRow("three lines of 1.05 per document") << "document" << false
                                                      << Fen{105, 105, 105} << Fen{14, 14, 13}
                                                      << 315LL << 356LL;
    QTest::newRow("a discount line per document")
        << "document" << false << Fen{1000, -200} << Fen{130, -26} << 800LL << 904LL;
    QTest::newRow("10,000.00 before tax") << "line" << false << Fen{1000000} << Fen{130000}
                                          << 1000000LL << 1130000LL;

    // With tax (含税), 13 %: tax = amount × 0.13 ÷ 1.13.
    QTest::newRow("1.13 with tax holds 0.13") << "line" << true << Fen{113} << Fen{13} << 100LL
                                              << 113LL;
    QTest::newRow("1.00 with tax holds 11.504 fen: 12")
        << "line" << true << Fen{100} << Fen{12} << 88LL << 100LL;
    QTest::newRow("11,300.00 with tax") << "line" << true << Fen{1130000} << Fen{130000}
                                        << 1000000LL << 1130000LL;
    QTest::newRow("a hundred 1-fen lines per line: no tax at all")
        << "line" << true << Fen(100, 1) << Fen(100, 0) << 100LL << 100LL;
    Fen spread(100, 0);
    std::fill(spread.begin(), spread.begin() + 12, 1);
    QTest::newRow("a hundred 1-fen lines per document: 12 fen on the first twelve")
        << "document" << true << Fen(100, 1) << spread << 88LL << 100LL;
    // Tax of 460.062 + 148.177 + 41.186 yuan: 649.43 per line, 649.42 per document.
    QTest::newRow("kitchen per line: 3,999.00 + 1,288.00 + 358.00")
        << "line" << true << Fen{399900, 128800, 35800} << Fen{46006, 14818, 4119} << 499557LL
        << 564500LL;
    QTest::newRow("kitchen per document: one rounding, 1 fen less")
        << "document" << true << Fen{399900, 128800, 35800} << Fen{46006, 14818, 4118}
        << 499558LL << 564500LL;
}

void tst_TaxCalculator::compute()
{
    QFETCH(QString, rounding);
    QFETCH(bool, inclusive);
    QFETCH(Fen, amounts);
    QFETCH(Fen, taxes);
    QFETCH(qint64, netFen);
    QFETCH(qint64, grossFen);
    TaxPolicy policy;
    policy.rounding = *TaxPolicy::roundingFromCode(rounding);
    policy.pricesIncludeTax = inclusive;
    const auto doc = TaxCalculator::compute(amounts, policy);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    Fen got;
    for (const TaxedLine &l : doc->lines) {
        got.append(l.taxFen);
        QCOMPARE(l.grossFen, l.netFen + l.taxFen);
    }
    QCOMPARE(got, taxes);
    QCOMPARE(doc->taxFen, std::accumulate(taxes.begin(), taxes.end(), qint64(0)));
    QCOMPARE(doc->netFen, netFen);
    QCOMPARE(doc->grossFen, grossFen);
}

void tst_TaxCalculator::policySetting()
{
    Storage::Connection &c = Storage::Database::connection();
    auto policy = TaxPolicy::load(c);
    QVERIFY(policy);
    QCOMPARE(policy->rate, FinanceFixture::dec("0.13"));
    QCOMPARE(policy->rounding, TaxRounding::PerLine);
    QVERIFY(policy->pricesIncludeTax);

    TaxPolicy changed;
    changed.rate = FinanceFixture::dec("0.09");
    changed.rounding = TaxRounding::PerDocument;
    changed.pricesIncludeTax = false;
    QVERIFY(TaxPolicy::save(c, changed));
    policy = TaxPolicy::load(c);
    QVERIFY(policy);
    QCOMPARE(policy.value(), changed);
    QVERIFY(TaxPolicy::save(c, TaxPolicy()));
}

void tst_TaxCalculator::policySettingRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("a percent sign") << "finance.vat_rate" << "13%"
                                    << "settings finance.vat_rate: expected a VAT rate from 0 "
                                       "to 1 such as 0.13, not \"13%\"";
    QTest::newRow("a rate of 13") << "finance.vat_rate" << "13"
                                  << "settings finance.vat_rate: expected a VAT rate from 0 to "
                                     "1 such as 0.13, not \"13\"";
    QTest::newRow("an unknown rounding") << "finance.tax_rounding" << "invoice"
                                         << "settings finance.tax_rounding: expected \"line\" "
                                            "or \"document\", not \"invoice\"";
    QTest::newRow("yes for inclusive") << "finance.prices_include_tax" << "yes"
                                       << "settings finance.prices_include_tax: expected 1 "
                                          "(prices include tax) or 0, not \"yes\"";
}

void tst_TaxCalculator::policySettingRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, error);
    Storage::Connection &c = Storage::Database::connection();
    Storage::Statement set(c.handle(), "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    set.bind(1, key).bind(2, value);
    QVERIFY(set.exec());
    const auto policy = TaxPolicy::load(c);
    QVERIFY(!policy);
    QCOMPARE(policy.error().toString(), error);
    QVERIFY(TaxPolicy::save(c, TaxPolicy()));
    QVERIFY(TaxPolicy::load(c));
}

void tst_TaxCalculator::issuedDocumentsKeepTheirRule()
{
    Storage::Connection &c = Storage::Database::connection();
    // 3,999.00 + 1,288.00 + 358.00 with tax: 649.43 VAT per line, 649.42 per document.
    const QString orderId = FinanceFixture::saveOrder(
        Orders::Channel::Store, QString(), "华东", QDate(2026, 3, 2),
        {Line{"柜体", "3999.00", nullptr}, Line{"五金", "1288.00", nullptr},
         Line{"台面", "358.00", nullptr}});
    QVERIFY(!orderId.isEmpty());
    QVERIFY(TaxPolicy::save(c, TaxPolicy()));

    const auto first = TaxDocumentStore::issue(c, orderId, "invoice", "04403190");
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->taxFen, 64943);
    QCOMPARE(first->grossFen, 564500);
    QCOMPARE(first->docNo, QString("SO00000001-FP1"));

    TaxPolicy perDocument;
    perDocument.rounding = TaxRounding::PerDocument;
    QVERIFY(TaxPolicy::save(c, perDocument));

    const auto again = TaxDocumentStore::load(c, first->id);
    QVERIFY(again);
    QCOMPARE(again->policy.rounding, TaxRounding::PerLine);
    QCOMPARE(again->taxFen, 64943);
    QCOMPARE(again->fapiaoNo, QString("04403190"));
    QCOMPARE(again->lines.size(), 3);
    QCOMPARE(again->lines.at(0).money.taxFen, 46006);

    const auto second = TaxDocumentStore::issue(c, orderId, "proforma");
    QVERIFY(second);
    QCOMPARE(second->docNo, QString("SO00000001-PF2"));
    QCOMPARE(second->policy.rounding, TaxRounding::PerDocument);
    QCOMPARE(second->taxFen, 64942);
    QCOMPARE(second->grossFen, 564500);

    const auto all = TaxDocumentStore::forOrder(c, orderId);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).taxFen, 64943);
    QCOMPARE(all->at(1).taxFen, 64942);

    const auto wrongKind = TaxDocumentStore::issue(c, orderId, "receipt");
    QVERIFY(!wrongKind);
    QCOMPARE(wrongKind.error().toString(),
             QString("tax_documents.kind: expected the kind invoice or proforma, not \"receipt\""));
}

QTEST_GUILESS_MAIN(tst_TaxCalculator)
#include "tst_taxcalculator.moc"
