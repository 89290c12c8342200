#include "orders/importer.h"
#include "orders/orderquery.h"
#include "orders/orderrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Hearth;
using namespace Hearth::Orders;

namespace {

const QString superstoreDir = QStringLiteral(HEARTH_SHARED_DATA_DIR "/superstore");
const QString superstoreCsvPath = superstoreDir + QStringLiteral("/Sample - Superstore.csv");
const QString superstoreXlsxPath = superstoreDir + QStringLiteral("/Sample - Superstore.xlsx");

// A small Chinese dealer export: order 2 has two lines.
const char *dealerCsv =
    "单号,客户,手机,地址,签单日期,产品,规格,单位,数量,单价,折扣\r\n"
    "D-001,张三丰,13800000001,浙江省 杭州市 西湖区 文三路 1号,2024-03-05,衣柜,800×2400×600,㎡,"
    "1.92,680,0\r\n"
    "D-002,李四,13800000002,广东省深圳市南山区科技园路2号,2024-03-06,橱柜,1200×720×560,延米,"
    "1.2,1500,8折\r\n"
    "D-002,李四,13800000002,广东省深圳市南山区科技园路2号,2024-03-06,拉手,,件,6,25.5,0\r\n";

QJsonObject dealerMapping()
{
    return QJsonDocument::fromJson(R"({
        "name": "test_dealer", "channel": "dealer", "encoding": "auto", "date_order": "auto",
        "fields": { "channel_order_no": "单号", "customer_name": "客户", "mobile": "手机",
                    "address": "地址", "signed_on": "签单日期", "product_name": "产品",
                    "size": "规格", "unit": "单位", "quantity": "数量", "unit_price": "单价",
                    "discount": "折扣" } })")
        .object();
}

QString scalar(const char *sql)
{
    Storage::Statement &q = Storage::Database::connection().prepare(sql);
    const QString v = q.next() ? q.text(0) : QString();
    q.reset();
    return v;
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gb18030DealerSheet();
    void sameFileTwiceCreatesNothing();
    void changedRowUpdatesTheOrder();
    void changedRowIsFlaggedWhenOrderMovedOn();
    void badRowsAreLocated();
    void badRowsImportGoodOnly();
    void ambiguousDatesAsk();
    void cancelWritesNothing();
    void killedImportLeavesNothingAndRerunFinishes();
    void preview();
    void superstoreCsv();
    void superstoreXlsxWithReturns();
    void superstoreCsvThenXlsxIsTheSameData();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QByteArray gb18030(const QString &text);
    ImportReport import(const QStringList &files, const ChannelMapping &mapping,
                        BadRowPolicy policy = BadRowPolicy::Stop,
                        DateOrder order = DateOrder::Auto);
    void checkSuperstoreTotals();

    QTemporaryDir m_dir;
};

void tst_Importer::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
}

void tst_Importer::cleanup()
{
    Storage::Database::close();
}

QString tst_Importer::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QByteArray tst_Importer::gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

ImportReport tst_Importer::import(const QStringList &files, const ChannelMapping &mapping,
                                  BadRowPolicy policy, DateOrder order)
{
    ImportOptions options;
    options.mapping = mapping;
    options.files = files;
    options.badRows = policy;
    options.dateOrder = order;
    Importer importer;
    return importer.run(options);
}

void tst_Importer::gb18030DealerSheet()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QVERIFY2(mapping.ok(), qPrintable(mapping ? QString() : mapping.error().toString()));
    const QString file = writeFile(QStringLiteral("dealer.csv"),
                                   gb18030(QString::fromUtf8(dealerCsv)));
    const ImportReport r = import({file}, mapping.value());
    QVERIFY2(r.ok() && r.written, qPrintable(r.summary()));
    QCOMPARE(r.ordersNew, 2);
    QCOMPARE(r.linesWritten, 3);

    const auto rows = OrderQuery::page({}, OrderSort::OrderNo, false, 0, 10);
    QCOMPARE(rows.size(), 2);
    const auto order = OrderRepository::load(rows[1].id);
    QVERIFY(order.ok());
    const SalesOrder &o = order.value();
    QCOMPARE(o.channel, Channel::Dealer);
    QCOMPARE(o.channelOrderNo, QStringLiteral("D-002"));
    QCOMPARE(o.customer.name, QStringLiteral("李四"));
    QCOMPARE(o.customer.mobile, QStringLiteral("13800000002"));
    QCOMPARE(o.address.province, QStringLiteral("广东省"));
    QCOMPARE(o.address.city, QStringLiteral("深圳市"));
    QCOMPARE(o.address.district, QStringLiteral("南山区"));
    QCOMPARE(o.signedOn, QDate(2024, 3, 6));
    QCOMPARE(o.lines.size(), 2);
    QCOMPARE(o.lines[0].widthMm.value_or(0), 1200);
    QCOMPARE(o.lines[0].unit, Unit::Metre);
    // 1500 × 1.2 × 0.8 = 1440; 25.5 × 6 = 153.
    QCOMPARE(o.lines[0].amount.toString(), QStringLiteral("1440"));
    QCOMPARE(o.lines[1].amount.toString(), QStringLiteral("153"));
    QCOMPARE(o.total().toString(), QStringLiteral("1593"));

    // Full-text search finds a fragment of the name and the last digits of the mobile.
    OrderFilter byName;
    byName.search = QStringLiteral("三丰");
    QCOMPARE(OrderQuery::count(byName), 1);
    OrderFilter byMobile;
    byMobile.search = QStringLiteral("0002");
    QCOMPARE(OrderQuery::count(byMobile), 1);
    OrderFilter byProduct;
    byProduct.search = QStringLiteral("橱柜");
    QCOMPARE(OrderQuery::count(byProduct), 1);
}

void tst_Importer::sameFileTwiceCreatesNothing()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    const QString file = writeFile(QStringLiteral("twice.csv"), QByteArray(dealerCsv));
    QCOMPARE(import({file}, mapping.value()).ordersNew, 2);
    const QString outbox = scalar("SELECT COUNT(*) FROM outbox");
    const ImportReport again = import({file}, mapping.value());
    QVERIFY(again.written);
    QCOMPARE(again.ordersNew, 0);
    QCOMPARE(again.ordersUnchanged, 2);
    QVERIFY(again.summary().contains(QStringLiteral("Nothing new")));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("2"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines"), QStringLiteral("3"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), outbox);
}

void tst_Importer::changedRowUpdatesTheOrder()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    const QString file = writeFile(QStringLiteral("v1.csv"), QByteArray(dealerCsv));
    QCOMPARE(import({file}, mapping.value()).ordersNew, 2);

    QByteArray changed(dealerCsv);
    changed.replace(",6,25.5,", ",8,25.5,");
    const QString file2 = writeFile(QStringLiteral("v2.csv"), changed);
    const ImportReport r = import({file2}, mapping.value());
    QCOMPARE(r.ordersUpdated, 1);
    QCOMPARE(r.ordersUnchanged, 1);
    QCOMPARE(scalar("SELECT total_micros FROM sales_orders WHERE channel_order_no = 'D-002'"),
             QStringLiteral("1644000000"));
    const QString id = scalar("SELECT id FROM sales_orders WHERE channel_order_no = 'D-002'");
    const auto timeline = OrderRepository::timeline(id);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline[1].action, QStringLiteral("update"));
    QCOMPARE(timeline[1].before.value(QStringLiteral("total")).toString(), QStringLiteral("1593"));
    QCOMPARE(timeline[1].after.value(QStringLiteral("total")).toString(), QStringLiteral("1644"));
}

void tst_Importer::changedRowIsFlaggedWhenOrderMovedOn()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QCOMPARE(import({writeFile(QStringLiteral("a.csv"), QByteArray(dealerCsv))}, mapping.value())
                 .ordersNew,
             2);
    QVERIFY(Storage::Database::connection()
                .execScript(QStringLiteral("UPDATE sales_orders SET status = 'in_production'"))
                .ok());
    QByteArray changed(dealerCsv);
    changed.replace(",6,25.5,", ",8,25.5,");
    const ImportReport r = import({writeFile(QStringLiteral("b.csv"), changed)}, mapping.value());
    QCOMPARE(r.ordersFlagged, 1);
    QCOMPARE(r.ordersUpdated, 0);
    QVERIFY(r.flagged.value(0).contains(QStringLiteral("D-002")));
    QCOMPARE(scalar("SELECT total_micros FROM sales_orders WHERE channel_order_no = 'D-002'"),
             QStringLiteral("1593000000"));
}

void tst_Importer::badRowsAreLocated()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QByteArray bad(dealerCsv);
    bad.replace("2024-03-05", "next week");
    bad.replace(",6,25.5,", ",six,25.5,");
    const QString file = writeFile(QStringLiteral("bad.csv"), bad);
    const ImportReport r = import({file}, mapping.value());
    QVERIFY(!r.written);
    QCOMPARE(r.rowsRejected, 2);
    QCOMPARE(r.errors.size(), 2);
    QCOMPARE(r.errors[0].file, QStringLiteral("bad.csv"));
    QCOMPARE(r.errors[0].row, 2);
    QCOMPARE(r.errors[0].column, QStringLiteral("签单日期"));
    QVERIFY(r.errors[0].message.contains(QStringLiteral("next week")));
    QCOMPARE(r.errors[1].row, 4);
    QCOMPARE(r.errors[1].column, QStringLiteral("数量"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("0"));
}

void tst_Importer::badRowsImportGoodOnly()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QByteArray bad(dealerCsv);
    bad.replace(",6,25.5,", ",six,25.5,");
    const ImportReport r = import({writeFile(QStringLiteral("bad.csv"), bad)}, mapping.value(),
                                  BadRowPolicy::ImportGood);
    QVERIFY(r.written);
    QCOMPARE(r.ordersNew, 1);
    QCOMPARE(r.ordersRejected, 1);  // the bad line's whole order is held back
    QCOMPARE(scalar("SELECT channel_order_no FROM sales_orders"), QStringLiteral("D-001"));
}

void tst_Importer::ambiguousDatesAsk()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QByteArray text(dealerCsv);
    text.replace("2024-03-05", "3/5/2024").replace("2024-03-06", "4/6/2024");
    const QString file = writeFile(QStringLiteral("dates.csv"), text);
    const ImportReport asked = import({file}, mapping.value());
    QVERIFY(asked.needsDateOrder);
    QVERIFY(!asked.written);
    QVERIFY(asked.dateSamples.contains(QStringLiteral("3/5/2024")));
    const ImportReport r = import({file}, mapping.value(), BadRowPolicy::Stop,
                                  DateOrder::DayMonthYear);
    QVERIFY(r.written);
    QCOMPARE(scalar("SELECT signed_on FROM sales_orders WHERE channel_order_no = 'D-001'"),
             QStringLiteral("2024-05-03"));
}

void tst_Importer::cancelWritesNothing()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QByteArray csv("单号,客户,手机,地址,签单日期,产品,规格,单位,数量,单价,折扣\r\n");
    for (int i = 0; i < 3000; ++i)
        csv += QStringLiteral("C-%1,王伟,13800000000,上海市浦东新区世纪大道8号,2024-03-05,衣柜,,"
                              "件,1,100,0\r\n").arg(i).toUtf8();
    ImportOptions options;
    options.mapping = mapping.value();
    options.files = {writeFile(QStringLiteral("c.csv"), csv)};
    Importer importer;
    int signals_ = 0;
    connect(&importer, &Importer::progress, &importer, [&](int, const QString &stage) {
        ++signals_;
        if (stage == QLatin1String("Importing"))
            importer.cancel();
    });
    const ImportReport r = importer.run(options);
    QVERIFY(signals_ > 0);
    QVERIFY(r.cancelled);
    QVERIFY(!r.written);
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("0"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), QStringLiteral("0"));
}

void tst_Importer::killedImportLeavesNothingAndRerunFinishes()
{
    // A big enough file that the import is still writing when it is killed.
    QByteArray csv("单号,客户,手机,地址,签单日期,产品,规格,单位,数量,单价,折扣\r\n");
    for (int i = 0; i < 60000; ++i) {
        csv += QStringLiteral("K-%1,客户%2,138%3,浙江省 杭州市 西湖区 文三路 %2号,2024-03-05,"
                              "衣柜,800×2400×600,㎡,1.92,680,0\r\n")
                   .arg(i)
                   .arg(i % 997)
                   .arg(i, 8, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    const QString file = writeFile(QStringLiteral("big.csv"), csv);
    const QString mappingFile = writeFile(QStringLiteral("test_dealer.json"),
                                          QJsonDocument(dealerMapping()).toJson());
    const QString db = Storage::Database::path();
    Storage::Database::close();

    QProcess p;
    p.start(QStringLiteral(HEARTH_CTL_PATH),
            {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
             mappingFile, file});
    QVERIFY(p.waitForStarted());
    // Wait until it is writing: the write-ahead log grows.
    const QString wal = db + QStringLiteral("-wal");
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(wal).size() > 4 * 1024 * 1024, 120000);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished());

    QVERIFY(Storage::Database::open(db).ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("0"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), QStringLiteral("0"));
    Storage::Database::close();

    p.start(QStringLiteral(HEARTH_CTL_PATH),
            {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--mapping"),
             mappingFile, file});
    QVERIFY(p.waitForFinished(300000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(Storage::Database::open(db).ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("60000"));
}

void tst_Importer::preview()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    const QString file = writeFile(QStringLiteral("p.csv"), gb18030(QString::fromUtf8(dealerCsv)));
    const ImportPreview p = Importer::preview(mapping.value(), file, 2);
    QVERIFY(!p.fatal);
    QCOMPARE(p.fileHeaders.value(0), QStringLiteral("单号"));
    QCOMPARE(p.rows.size(), 2);
    const qsizetype customer = p.fields.indexOf(QStringLiteral("customer_name"));
    QCOMPARE(p.rows[1][customer], QStringLiteral("李四"));
}

void tst_Importer::checkSuperstoreTotals()
{
    const OrderStats s = OrderQuery::stats().value();
    QCOMPARE(s.orders, 5009);
    QCOMPARE(s.lines, 9994);
    QCOMPARE(s.customers, 793);
    QCOMPARE(s.products, 1862);
    QCOMPARE(s.amount.toString(), QStringLiteral("2297200.8603"));
    QCOMPARE(s.quantity.toString(), QStringLiteral("37873"));
    QCOMPARE(s.profit.toString(), QStringLiteral("286397.0217"));
    QCOMPARE(scalar("SELECT SUM(l.amount_micros) FROM order_lines l JOIN products p "
                    "ON p.id = l.product_id WHERE p.category = 'Furniture'"),
             QStringLiteral("741999795300"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders WHERE region = 'West'"),
             QStringLiteral("1611"));
    QCOMPARE(scalar("SELECT MIN(signed_on) || ' ' || MAX(signed_on) FROM sales_orders"),
             QStringLiteral("2014-01-03 2017-12-30"));
    QCOMPARE(scalar("SELECT MAX(shipped_on) FROM sales_orders"), QStringLiteral("2018-01-05"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders WHERE signed_on LIKE '2017%'"),
             QStringLiteral("1687"));
    QCOMPARE(scalar("SELECT postal_code FROM sales_orders WHERE channel_order_no = "
                    "'CA-2014-143336'"),
             QStringLiteral("94109"));
    // Connecticut's codes lost their leading zero as numbers; the mapping pads them back.
    QCOMPARE(scalar("SELECT postal_code FROM sales_orders WHERE channel_order_no = "
                    "'CA-2016-105018'"),
             QStringLiteral("06824"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders WHERE length(postal_code) <> 5"),
             QStringLiteral("0"));
}

void tst_Importer::superstoreCsv()
{
    if (!QFile::exists(superstoreCsvPath))
        QSKIP("the Superstore data is not beside this checkout");
    const auto mapping = ChannelMapping::load(QStringLiteral("superstore"));
    QVERIFY2(mapping.ok(), qPrintable(mapping ? QString() : mapping.error().toString()));
    const ImportReport r = import({superstoreCsvPath}, mapping.value());
    QVERIFY2(r.written, qPrintable(r.summary() + r.errors.value(0).toString()));
    QCOMPARE(r.rowsRead, 9994);
    QCOMPARE(r.ordersNew, 5009);
    checkSuperstoreTotals();
    // Windows-1252 text arrives intact.
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines WHERE description LIKE '%“%'"),
             QStringLiteral("19"));
}

void tst_Importer::superstoreXlsxWithReturns()
{
    if (!QFile::exists(superstoreXlsxPath))
        QSKIP("the Superstore data is not beside this checkout");
    const auto mapping = ChannelMapping::load(QStringLiteral("superstore"));
    const ImportReport r = import({superstoreXlsxPath}, mapping.value());
    QVERIFY2(r.written, qPrintable(r.summary() + r.errors.value(0).toString()));
    QCOMPARE(r.ordersNew, 5009);
    QCOMPARE(r.returnsMarked, 296);
    checkSuperstoreTotals();
    QCOMPARE(OrderQuery::stats().value().returnedOrders, 296);
    QCOMPARE(scalar("SELECT COUNT(*) || ' ' || SUM(l.amount_micros) || ' ' || "
                    "(SUM(l.quantity_micros) / 1000000) FROM order_lines l JOIN sales_orders o "
                    "ON o.id = l.order_id WHERE o.returned = 1"),
             QStringLiteral("800 180504277900 3053"));
}

void tst_Importer::superstoreCsvThenXlsxIsTheSameData()
{
    if (!QFile::exists(superstoreXlsxPath))
        QSKIP("the Superstore data is not beside this checkout");
    const auto mapping = ChannelMapping::load(QStringLiteral("superstore"));
    QCOMPARE(import({superstoreCsvPath}, mapping.value()).ordersNew, 5009);
    const ImportReport r = import({superstoreXlsxPath}, mapping.value());
    QCOMPARE(r.ordersNew, 0);
    QCOMPARE(r.ordersUpdated, 0);
    QCOMPARE(r.ordersUnchanged, 5009);
    QCOMPARE(r.returnsMarked, 296);
    checkSuperstoreTotals();
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
