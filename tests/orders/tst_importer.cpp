#include "orders/importer.h"
#include "orders/orderquery.h"
#include "orders/orderrepository.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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

// The dealer export with a line number and a note column: D-002 has lines 1 and 2.
const char *numberedCsv =
    "单号,行号,客户,手机,地址,签单日期,产品,规格,单位,数量,单价,折扣,备注\r\n"
    "D-001,1,张三丰,13800000001,浙江省 杭州市 西湖区 文三路 1号,2024-03-05,衣柜,800×2400×600,㎡,"
    "1.92,680,0,电梯房8楼\r\n"
    "D-002,1,李四,13800000002,广东省深圳市南山区科技园路2号,2024-03-06,橱柜,1200×720×560,延米,"
    "1.2,1500,8折,\r\n"
    "D-002,2,李四,13800000002,广东省深圳市南山区科技园路2号,2024-03-06,拉手,,件,6,25.5,0,"
    "赠送拉手\r\n";

QJsonObject numberedMapping()
{
    QJsonObject mapping = dealerMapping();
    QJsonObject fields = mapping.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("channel_line_no"), QStringLiteral("行号"));
    fields.insert(QStringLiteral("note"), QStringLiteral("备注"));
    mapping.insert(QStringLiteral("fields"), fields);
    return mapping;
}

/// Remembers the context and source of every message translated while it is installed.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QMutexLocker lock(&m_mutex);
        m_messages.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return QString();
    }
    bool isEmpty() const override { return false; }

    QSet<std::pair<QString, QString>> messages() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_messages;
    }

private:
    mutable QMutex m_mutex;
    mutable QSet<std::pair<QString, QString>> m_messages;
};

/// Translates every message of the orders module to "译:" and its source.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!QByteArray(context).startsWith("Hearth::Orders"))
            return QString();
        return QStringLiteral("译:") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

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
    void repeatedLineIsABadRow();
    void repeatedSuperstoreRowIsLocated();
    void rowsOfAnOrderMustAgree_data();
    void rowsOfAnOrderMustAgree();
    void rowsOfAnOrderMustAgreeOnTheChannel();
    void headerOnlyFileIsAnError();
    void datesInAnotherOrderAreNamed();
    void tooLargeNumbers_data();
    void tooLargeNumbers();
    void noteColumnBecomesAnOrderNote();
    void paidShareDiscount();
    void cancelBeforeRunIsKept();
    void auditReasonsStayEnglish();
    void superstoreInGb18030();
    void messagesHaveTheirTranslationContext();

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
    QVERIFY2(!r.summary().contains(QStringLiteral("Nothing new")), qPrintable(r.summary()));
    QCOMPARE(scalar("SELECT total_micros FROM sales_orders WHERE channel_order_no = 'D-002'"),
             QStringLiteral("1593000000"));

    // The order keeps what the file would have changed: a note on its timeline.
    const QString id = scalar("SELECT id FROM sales_orders WHERE channel_order_no = 'D-002'");
    const QList<OrderNote> notes = OrderRepository::notes(id);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes[0].body.contains(QStringLiteral("b.csv")), qPrintable(notes[0].body));
    QVERIFY2(notes[0].body.contains(QStringLiteral("line 2 quantity 6 → 8")),
             qPrintable(notes[0].body));
    const QList<TimelineEntry> timeline = OrderRepository::timeline(id);
    QCOMPARE(timeline.constLast().table, QStringLiteral("order_notes"));
    QCOMPARE(timeline.constLast().after.value(QStringLiteral("note")).toString(), notes[0].body);
    // The same file again adds no second note.
    const ImportReport again = import({writeFile(QStringLiteral("b.csv"), changed)},
                                      mapping.value());
    QCOMPARE(again.ordersFlagged, 1);
    QCOMPARE(OrderRepository::notes(id).size(), 1);
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

void tst_Importer::repeatedLineIsABadRow()
{
    const auto mapping = ChannelMapping::fromJson(numberedMapping(), QStringLiteral("test"));
    QVERIFY(mapping.ok());
    // D-001's line 1 again, after another order: not a second line, but a mistake.
    QByteArray csv(numberedCsv);
    csv += QByteArray(numberedCsv).split('\n').value(1) + '\n';
    const QString file = writeFile(QStringLiteral("repeated.csv"), csv);
    const ImportReport r = import({file}, mapping.value());
    QVERIFY(!r.written);
    QVERIFY(!r.fatal);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].row, 5);
    QCOMPARE(r.errors[0].column, QStringLiteral("行号"));
    QCOMPARE(r.errors[0].message, QStringLiteral("line 1 of order D-001 repeats row 2"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("0"));
    // The import dialog's preview shows it too.
    const ImportPreview preview = Importer::preview(mapping.value(), file);
    QCOMPARE(preview.errors.size(), 1);
    QCOMPARE(preview.errors[0].row, 5);

    const ImportReport good = import({file}, mapping.value(), BadRowPolicy::ImportGood);
    QVERIFY2(good.written, qPrintable(good.summary()));
    QCOMPARE(good.ordersNew, 1);
    QCOMPARE(good.ordersRejected, 1);
    QCOMPARE(scalar("SELECT channel_order_no FROM sales_orders"), QStringLiteral("D-002"));

    // A line repeated in a second file of the same run names that file.
    const QString second = writeFile(QStringLiteral("second.csv"),
                                     QByteArray(numberedCsv).split('\n').value(0) + '\n'
                                         + QByteArray(numberedCsv).split('\n').value(3) + '\n');
    const ImportReport two = import({writeFile(QStringLiteral("first.csv"),
                                               QByteArray(numberedCsv)),
                                     second},
                                    mapping.value());
    QCOMPARE(two.errors.value(0).toString(),
             QStringLiteral("second.csv, row 2, column \"行号\": line 2 of order D-002 repeats "
                            "first.csv, row 4"));
}

void tst_Importer::repeatedSuperstoreRowIsLocated()
{
    if (!QFile::exists(superstoreCsvPath))
        QSKIP("the Superstore data is not beside this checkout");
    QFile original(superstoreCsvPath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArrayList lines = original.readAll().split('\n');
    QByteArray csv = lines.mid(0, 21).join('\n') + '\n' + lines[1] + '\n';
    const QString file = writeFile(QStringLiteral("superstore-repeated.csv"), csv);
    const auto mapping = ChannelMapping::load(QStringLiteral("superstore"));
    const ImportReport r = import({file}, mapping.value());
    QVERIFY(!r.fatal);
    QVERIFY(!r.written);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].toString(),
             QStringLiteral("superstore-repeated.csv, row 22, column \"Row ID\": line 1 of "
                            "order CA-2016-152156 repeats row 2"));

    const ImportReport good = import({file}, mapping.value(), BadRowPolicy::ImportGood);
    QVERIFY2(good.written && !good.fatal, qPrintable(good.summary()));
    QCOMPARE(good.ordersRejected, 1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders WHERE channel_order_no = "
                    "'CA-2016-152156'"),
             QStringLiteral("0"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QString::number(good.ordersNew));
}

void tst_Importer::rowsOfAnOrderMustAgree_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("customer") << QByteArray("D-002,2,李四,") << QByteArray("D-002,2,王五,")
                              << QStringLiteral("客户")
                              << QStringLiteral("order D-002 names another customer in row 3");
    QTest::newRow("date signed") << QByteArray("科技园路2号,2024-03-06,拉手")
                                 << QByteArray("科技园路2号,2024-03-07,拉手")
                                 << QStringLiteral("签单日期")
                                 << QStringLiteral("order D-002 was signed on 2024-03-06 in row 3");
}

void tst_Importer::rowsOfAnOrderMustAgree()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const auto mapping = ChannelMapping::fromJson(numberedMapping(), QStringLiteral("test"));
    QByteArray csv(numberedCsv);
    QVERIFY(csv.contains(from));
    csv.replace(from, to);
    const ImportReport r = import({writeFile(QStringLiteral("disagree.csv"), csv)},
                                  mapping.value());
    QVERIFY(!r.written);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].row, 4);
    QCOMPARE(r.errors[0].column, column);
    QVERIFY2(r.errors[0].message.startsWith(message), qPrintable(r.errors[0].message));
}

void tst_Importer::rowsOfAnOrderMustAgreeOnTheChannel()
{
    QJsonObject json = numberedMapping();
    QJsonObject fields = json.value(QStringLiteral("fields")).toObject();
    fields.insert(QStringLiteral("channel"), QStringLiteral("渠道"));
    json.insert(QStringLiteral("fields"), fields);
    json.insert(QStringLiteral("values"),
                QJsonObject{{QStringLiteral("channel"),
                             QJsonObject{{QStringLiteral("经销商"), QStringLiteral("dealer")},
                                         {QStringLiteral("门店"), QStringLiteral("store")}}}});
    const auto mapping = ChannelMapping::fromJson(json, QStringLiteral("test"));
    QVERIFY2(mapping.ok(), qPrintable(mapping ? QString() : mapping.error().toString()));
    QList<QByteArray> lines = QByteArray(numberedCsv).split('\n');
    lines[0].replace("单号,", "单号,渠道,");
    lines[1].replace("D-001,", "D-001,经销商,");
    lines[2].replace("D-002,", "D-002,经销商,");
    lines[3].replace("D-002,", "D-002,门店,");
    const ImportReport r = import({writeFile(QStringLiteral("channels.csv"), lines.join('\n'))},
                                  mapping.value());
    QVERIFY(!r.written);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].row, 4);
    QCOMPARE(r.errors[0].column, QStringLiteral("渠道"));
    QVERIFY2(r.errors[0].message.startsWith(QStringLiteral("order D-002 is from channel Dealer "
                                                           "in row 3")),
             qPrintable(r.errors[0].message));
}

void tst_Importer::headerOnlyFileIsAnError()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    const QString header = QString::fromUtf8(dealerCsv).section(u'\n', 0, 0) + u'\n';
    const QString file = writeFile(QStringLiteral("header.csv"), header.toUtf8());
    for (const DateOrder order : {DateOrder::Auto, DateOrder::YearMonthDay}) {
        const ImportReport r = import({file}, mapping.value(), BadRowPolicy::Stop, order);
        QVERIFY(r.fatal);
        QCOMPARE(r.fatal->where, QStringLiteral("header.csv"));
        QVERIFY2(r.fatal->message.contains(QStringLiteral("no data rows")),
                 qPrintable(r.fatal->message));
        QVERIFY(!r.written);
        QVERIFY(!r.summary().contains(QStringLiteral("Nothing new")));
    }
    QCOMPARE(scalar("SELECT COUNT(*) FROM import_runs"), QStringLiteral("0"));
}

void tst_Importer::datesInAnotherOrderAreNamed()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QByteArray text(dealerCsv);
    text.replace("2024-03-05", "25/3/2024").replace("2024-03-06", "26/3/2024");
    const QString file = writeFile(QStringLiteral("dmy.csv"), text);
    const ImportReport r = import({file}, mapping.value(), BadRowPolicy::Stop,
                                  DateOrder::MonthDayYear);
    QVERIFY(!r.written);
    QCOMPARE(r.errors.size(), 3);
    QCOMPARE(r.errors[0].message,
             QStringLiteral("\"25/3/2024\" is not a date (expected e.g. 11/8/2016, "
                            "month/day/year)"));
    QCOMPARE(r.likelyDateOrder, DateOrder::DayMonthYear);
    QVERIFY2(r.summary().contains(QStringLiteral("The dates look day-first")),
             qPrintable(r.summary()));

    const ImportReport ymd = import({file}, mapping.value(), BadRowPolicy::Stop,
                                    DateOrder::YearMonthDay);
    QVERIFY(ymd.errors.value(0).message.endsWith(QStringLiteral("(expected e.g. 2024-03-05)")));

    // Right order, one bad date: no suggestion.
    QByteArray one(dealerCsv);
    one.replace("2024-03-05", "2024-13-05");
    const ImportReport single = import({writeFile(QStringLiteral("one.csv"), one)},
                                       mapping.value());
    QCOMPARE(single.rowsRejected, 1);
    QVERIFY(!single.likelyDateOrder);
}

void tst_Importer::tooLargeNumbers_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unit price") << QByteArray(",6,25.5,") << QByteArray(",6,99999999999999999999,")
                                << QStringLiteral("单价")
                                << QStringLiteral("\"99999999999999999999\" is too large");
    QTest::newRow("quantity") << QByteArray(",6,25.5,") << QByteArray(",9223372036854,25.5,")
                              << QStringLiteral("数量")
                              << QStringLiteral("\"9223372036854\" is too large");
    QTest::newRow("decimals") << QByteArray(",6,25.5,") << QByteArray(",6,25.1234567,")
                              << QStringLiteral("单价")
                              << QStringLiteral("\"25.1234567\" has more than 6 decimals");
    QTest::newRow("not a number") << QByteArray(",6,25.5,") << QByteArray(",6,25.5元,")
                                  << QStringLiteral("单价")
                                  << QStringLiteral("\"25.5元\" is not a number");
    QTest::newRow("price times quantity")
        << QByteArray(",6,25.5,") << QByteArray(",999999999,999999999,")
        << QStringLiteral("单价") << QStringLiteral("the unit price times the quantity is too large");
}

void tst_Importer::tooLargeNumbers()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    QByteArray csv(dealerCsv);
    csv.replace(from, to);
    const ImportReport r = import({writeFile(QStringLiteral("large.csv"), csv)}, mapping.value());
    QVERIFY(!r.written);
    // One error for the value: not also "the line has neither an amount nor a unit price".
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].row, 4);
    QCOMPARE(r.errors[0].column, column);
    QVERIFY2(r.errors[0].message.startsWith(message), qPrintable(r.errors[0].message));
}

void tst_Importer::noteColumnBecomesAnOrderNote()
{
    const auto mapping = ChannelMapping::fromJson(numberedMapping(), QStringLiteral("test"));
    const QString file = writeFile(QStringLiteral("notes.csv"), QByteArray(numberedCsv));
    QCOMPARE(import({file}, mapping.value()).ordersNew, 2);
    const QString first = scalar("SELECT id FROM sales_orders WHERE channel_order_no = 'D-001'");
    const QString second = scalar("SELECT id FROM sales_orders WHERE channel_order_no = 'D-002'");
    QCOMPARE(OrderRepository::notes(first).value(0).body, QStringLiteral("电梯房8楼"));
    QCOMPARE(OrderRepository::notes(second).size(), 1);
    QCOMPARE(OrderRepository::notes(second).value(0).body, QStringLiteral("赠送拉手"));
    // The note follows the order's creation on its timeline, and syncs after it.
    const QList<TimelineEntry> timeline = OrderRepository::timeline(first);
    QCOMPARE(timeline.size(), 2);
    QCOMPARE(timeline[0].table, QStringLiteral("sales_orders"));
    QCOMPARE(timeline[1].table, QStringLiteral("order_notes"));
    // Sync carries each row: two customers before their orders, three lines after them.
    QCOMPARE(scalar("SELECT group_concat(table_name || ':' || n, ' ') FROM (SELECT table_name, "
                    "COUNT(*) AS n FROM outbox GROUP BY table_name ORDER BY table_name)"),
             QStringLiteral("customers:2 order_lines:3 order_notes:2 sales_orders:2"));
    QCOMPARE(scalar("SELECT group_concat(table_name, ' ') FROM (SELECT table_name FROM outbox "
                    "ORDER BY id)"),
             QStringLiteral("customers sales_orders order_lines order_notes "
                            "customers sales_orders order_lines order_lines order_notes"));
    // Imported again, the orders are unchanged and get no second note.
    QCOMPARE(import({file}, mapping.value()).ordersUnchanged, 2);
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_notes"), QStringLiteral("2"));
}

void tst_Importer::paidShareDiscount()
{
    QJsonObject json = dealerMapping();
    json.insert(QStringLiteral("discount_is"), QStringLiteral("paid_share"));
    const auto mapping = ChannelMapping::fromJson(json, QStringLiteral("test"));
    QVERIFY(mapping.ok());
    QCOMPARE(mapping->discountIs, DiscountMeaning::PaidShare);
    QCOMPARE(ChannelMapping::fromJson(mapping->toJson(), QStringLiteral("again"))->discountIs,
             DiscountMeaning::PaidShare);
    json.insert(QStringLiteral("discount_is"), QStringLiteral("half"));
    QVERIFY(!ChannelMapping::fromJson(json, QStringLiteral("test")).ok());

    QByteArray csv(dealerCsv);
    csv.replace(",1.92,680,0\r\n", ",1.92,680,0.85\r\n").replace(",6,25.5,0\r\n", ",6,25.5,1\r\n");
    QVERIFY(import({writeFile(QStringLiteral("paid.csv"), csv)}, mapping.value()).written);
    // 680 × 1.92 × 0.85 = 1109.76; 8折 is still 80 % paid; 1 is the full price.
    QCOMPARE(scalar("SELECT total_micros FROM sales_orders WHERE channel_order_no = 'D-001'"),
             QStringLiteral("1109760000"));
    QCOMPARE(scalar("SELECT total_micros FROM sales_orders WHERE channel_order_no = 'D-002'"),
             QStringLiteral("1593000000"));
}

void tst_Importer::cancelBeforeRunIsKept()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    ImportOptions options;
    options.mapping = mapping.value();
    options.files = {writeFile(QStringLiteral("early.csv"), QByteArray(dealerCsv))};
    Importer importer;
    importer.cancel();  // pressed before the worker thread started the run
    const ImportReport r = importer.run(options);
    QVERIFY(r.cancelled);
    QVERIFY(!r.written);
    QCOMPARE(scalar("SELECT COUNT(*) FROM sales_orders"), QStringLiteral("0"));
}

void tst_Importer::auditReasonsStayEnglish()
{
    const auto mapping = ChannelMapping::fromJson(dealerMapping(), QStringLiteral("test"));
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard(
        [&translator] { QCoreApplication::removeTranslator(&translator); });
    QVERIFY(import({writeFile(QStringLiteral("en.csv"), QByteArray(dealerCsv))}, mapping.value())
                .written);
    QByteArray changed(dealerCsv);
    changed.replace(",6,25.5,", ",8,25.5,");
    QCOMPARE(import({writeFile(QStringLiteral("en2.csv"), changed)}, mapping.value())
                 .ordersUpdated,
             1);
    QCOMPARE(scalar("SELECT group_concat(DISTINCT reason) FROM audit_log "
                    "WHERE table_name = 'sales_orders'"),
             QStringLiteral("imported from en.csv,re-imported from en2.csv"));
}

void tst_Importer::superstoreInGb18030()
{
    if (!QFile::exists(superstoreCsvPath))
        QSKIP("the Superstore data is not beside this checkout");
    QFile original(superstoreCsvPath);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QStringDecoder cp1252("windows-1252");
    const QString file = writeFile(QStringLiteral("superstore-gb18030.csv"),
                                   gb18030(cp1252.decode(original.readAll())));
    const auto mapping = ChannelMapping::load(QStringLiteral("superstore"));
    const ImportReport r = import({file}, mapping.value());
    QVERIFY2(r.written, qPrintable(r.summary()));
    checkSuperstoreTotals();
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines WHERE description LIKE '%“%'"),
             QStringLiteral("19"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM order_lines WHERE description LIKE '%' || "
                    "char(160) || '%'"),
             QStringLiteral("225"));
}

// Every message an import shows is looked up under the context lupdate files it in, so that
// the Chinese interface finds its translation.
void tst_Importer::messagesHaveTheirTranslationContext()
{
    QFile ts(QStringLiteral(HEARTH_SOURCE_DIR "/translations/hearth_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QSet<std::pair<QString, QString>> known;
    QXmlStreamReader xml(&ts);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            known.insert({context, xml.readElementText()});
    }

    RecordingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const auto removeTranslator = qScopeGuard(
        [&translator] { QCoreApplication::removeTranslator(&translator); });
    const auto mapping = ChannelMapping::fromJson(numberedMapping(), QStringLiteral("test"));
    QVERIFY(import({writeFile(QStringLiteral("t1.csv"), QByteArray(numberedCsv))},
                   mapping.value())
                .written);
    Storage::Database::connection().execScript(
        QStringLiteral("UPDATE sales_orders SET status = 'in_production'"));
    QByteArray changed(numberedCsv);
    changed.replace(",6,25.5,", ",8,25.5,");
    QVERIFY(!import({writeFile(QStringLiteral("t2.csv"), changed)}, mapping.value())
                 .summary()
                 .isEmpty());
    QByteArray bad(numberedCsv);
    bad.replace("2024-03-05", "5/25/2024").replace(",1.92,680,", ",x,999999999999999,");
    bad.replace("D-002,2,李四,", "D-002,1,王五,").replace("件,", "桶,").replace(",0,赠", ",2,赠");
    for (const ImportReport &r :
         {import({writeFile(QStringLiteral("t3.csv"), bad)}, mapping.value()),
          import({writeFile(QStringLiteral("t3.csv"), bad)}, mapping.value(), BadRowPolicy::Stop,
                 DateOrder::DayMonthYear),
          import({writeFile(QStringLiteral("t4.csv"), QByteArray("单号\r\n"))}, mapping.value()),
          import({writeFile(QStringLiteral("t5.csv"), QByteArray(numberedCsv).left(80))},
                 mapping.value())}) {
        QVERIFY(!r.summary().isEmpty());
        for (const RowError &e : r.errors)
            QVERIFY(!e.toString().isEmpty());
    }

    int checked = 0;
    for (const auto &[context, source] : translator.messages()) {
        if (!context.startsWith(QLatin1String("Hearth::Orders")))
            continue;
        ++checked;
        QVERIFY2(known.contains({context, source}),
                 qPrintable(QStringLiteral("%1: \"%2\" is not in the .ts under this context")
                                .arg(context, source)));
    }
    QVERIFY(checked > 20);
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
