#include "orders/importer.h"
#include "orders/orderquery.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Orders;

// The bundled sample channel files import completely, with the figures their generator
// (tests/tools/make_samples.cpp) printed for them.
class tst_Samples : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void manifestListsEverySample();
    void sample_data();
    void sample();

private:
    QTemporaryDir m_dir;
};

void tst_Samples::init()
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.db")
                                            .arg(QLatin1String(QTest::currentTestFunction()),
                                                 QLatin1String(QTest::currentDataTag())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
}

void tst_Samples::cleanup()
{
    Storage::Database::close();
}

void tst_Samples::manifestListsEverySample()
{
    QFile manifest(QStringLiteral(":/hearth/samples/samples.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QJsonArray samples = QJsonDocument::fromJson(manifest.readAll()).array();
    QCOMPARE(samples.size(), 4);
    for (const QJsonValue &v : samples) {
        const QString file = v.toObject().value(QStringLiteral("file")).toString();
        QVERIFY2(QFile::exists(QStringLiteral(":/hearth/samples/") + file), qPrintable(file));
        const QString mapping = v.toObject().value(QStringLiteral("mapping")).toString();
        QVERIFY(ChannelMapping::load(mapping).ok());
    }
}

void tst_Samples::sample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("customers");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("quantity");
    QTest::newRow("tmall") << "tmall_orders.csv" << "tmall" << 30 << 47 << 29 << "81200.3"
                           << "104";
    QTest::newRow("jd") << "jd_orders.xlsx" << "jd" << 25 << 40 << 19 << "72170.2" << "89";
    QTest::newRow("dealer") << "dealer_orders.xlsx" << "dealer_sheet" << 22 << 112 << 19
                            << "220875.9883" << "647.31";
    QTest::newRow("designer") << "designer_orders.json" << "designer_sheet" << 16 << 89 << 15
                              << "184762.407" << "443.48";
}

void tst_Samples::sample()
{
    QFETCH(QString, file);
    QFETCH(QString, mapping);
    QFETCH(int, orders);
    QFETCH(int, lines);
    QFETCH(int, customers);
    QFETCH(QString, amount);
    QFETCH(QString, quantity);

    const QString path = m_dir.filePath(file);
    QFile::remove(path);
    QVERIFY(QFile::copy(QStringLiteral(":/hearth/samples/") + file, path));
    const auto m = ChannelMapping::load(mapping);
    QVERIFY(m.ok());
    ImportOptions options;
    options.mapping = m.value();
    options.files = {path};
    Importer importer;
    const ImportReport r = importer.run(options);
    QVERIFY2(r.written, qPrintable(r.summary() + u' ' + r.errors.value(0).toString()));
    QCOMPARE(r.rowsRejected, 0);

    const OrderStats s = OrderQuery::stats().value();
    QCOMPARE(s.orders, orders);
    QCOMPARE(s.lines, lines);
    QCOMPARE(s.customers, customers);
    QCOMPARE(s.amount.toString(), amount);
    QCOMPARE(s.quantity.toString(), quantity);

    // Every order lands with a province, so that the province filter finds it.
    OrderFilter all;
    qint64 withProvince = 0;
    for (const QString &province : OrderQuery::provinces()) {
        all.province = province;
        withProvince += OrderQuery::count(all);
    }
    QCOMPARE(withProvince, qint64(orders));

    // The same file again creates nothing.
    Importer again;
    const ImportReport second = again.run(options);
    QCOMPARE(second.ordersNew, 0);
    QCOMPARE(second.ordersUnchanged, orders);
}

QTEST_GUILESS_MAIN(tst_Samples)
#include "tst_samples.moc"
