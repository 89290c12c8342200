#include "orderfixtures.h"
#include "orders/ui/importdialog.h"
#include "orders/ui/importpanel.h"
#include "orders/orderquery.h"
#include "orders/ui/mappingeditor.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Orders;

class tst_ImportPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importsAGoodFile();
    void badRowsAskWhatToImport();
    void ambiguousDatesAskForTheOrder();
    void cancelWritesNothing();
    void editAndSaveMapping();
    void shippedSampleThroughShippedMapping();
    void dialogHostsThePanel();

private:
    QString writeCsv(const QString &name, const QStringList &rows) const;
    static ChannelMapping dealerMapping();
    static void startAndWait(ImportPanel &panel, ImportPanel::Step expected);

    QTemporaryDir m_dir;
    int m_run = 0;
};

void tst_ImportPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
}

void tst_ImportPanel::init()
{
    ++m_run;
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("import%1.db").arg(m_run))));
}

void tst_ImportPanel::cleanup()
{
    Storage::Database::close();
}

QString tst_ImportPanel::writeCsv(const QString &name, const QStringList &rows) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("单号,日期,客户,手机,产品,数量,单价\n");
    for (const QString &row : rows)
        file.write(row.toUtf8() + '\n');
    return path;
}

ChannelMapping tst_ImportPanel::dealerMapping()
{
    const QByteArray json = R"({
        "name": "test_dealer",
        "title": { "zh_CN": "测试经销商表", "en": "Test dealer sheet" },
        "channel": "dealer",
        "format": "csv",
        "fields": {
            "channel_order_no": "单号", "signed_on": "日期", "customer_name": "客户",
            "mobile": "手机", "product_name": "产品", "quantity": "数量", "unit_price": "单价"
        }
    })";
    return ChannelMapping::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("test"))
        .value();
}

void tst_ImportPanel::startAndWait(ImportPanel &panel, ImportPanel::Step expected)
{
    QTRY_VERIFY(!panel.isPreviewBusy());
    panel.start();
    QCOMPARE(panel.step(), ImportPanel::Step::Running);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning() && panel.step() != ImportPanel::Step::Running,
                             20000);
    QCOMPARE(panel.step(), expected);
}

void tst_ImportPanel::importsAGoodFile()
{
    const QString file =
        writeCsv(QStringLiteral("good.csv"),
                 {QStringLiteral("D-001,2024-03-05,张伟,13800001111,衣柜,1,4999"),
                  QStringLiteral("D-001,2024-03-05,张伟,13800001111,书桌,2,899.5"),
                  QStringLiteral("D-002,2024-03-06,王芳,13900002222,鞋柜,1,1200")});
    ImportPanel panel;
    QSignalSpy imported(&panel, &ImportPanel::imported);
    panel.setMapping(dealerMapping());
    panel.setFiles({file});
    QTRY_VERIFY(!panel.isPreviewBusy());
    QCOMPARE(panel.previewRowCount(), 3);
    QVERIFY(panel.previewMessage().contains(QStringLiteral("good.csv")));

    startAndWait(panel, ImportPanel::Step::Done);
    QCOMPARE(panel.lastReport().ordersNew, 2);
    QCOMPARE(panel.lastReport().linesWritten, 3);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(OrderQuery::count({}), qint64(2));
    QCOMPARE(panel.doneText(), panel.lastReport().summary());

    // The same file again creates nothing new, and says so.
    panel.backToSetup();
    startAndWait(panel, ImportPanel::Step::Done);
    QCOMPARE(panel.lastReport().ordersNew, 0);
    QCOMPARE(panel.lastReport().ordersUnchanged, 2);
    QVERIFY(panel.doneText().contains(QStringLiteral("imported before")));
    QCOMPARE(OrderQuery::count({}), qint64(2));
}

void tst_ImportPanel::badRowsAskWhatToImport()
{
    const QString file =
        writeCsv(QStringLiteral("bad.csv"),
                 {QStringLiteral("D-101,2024-03-05,张伟,13800001111,衣柜,1,4999"),
                  QStringLiteral("D-102,2024-03-05,李娜,13800003333,书桌,两,899"),
                  QStringLiteral("D-103,2024-03-07,王芳,13900002222,鞋柜,1,1200")});
    ImportPanel panel;
    panel.setMapping(dealerMapping());
    panel.setFiles({file});
    startAndWait(panel, ImportPanel::Step::Errors);
    QCOMPARE(panel.lastReport().rowsRejected, 1);
    QVERIFY(!panel.lastReport().written);
    const RowError &e = panel.lastReport().errors.first();
    QCOMPARE(e.row, 3);
    QCOMPARE(e.column, QStringLiteral("数量"));
    QCOMPARE(OrderQuery::count({}), qint64(0));

    panel.importNothing();
    QCOMPARE(panel.step(), ImportPanel::Step::Done);
    QCOMPARE(OrderQuery::count({}), qint64(0));

    panel.backToSetup();
    startAndWait(panel, ImportPanel::Step::Errors);
    QSignalSpy imported(&panel, &ImportPanel::imported);
    panel.importGoodRows();
    QTRY_VERIFY_WITH_TIMEOUT(panel.step() == ImportPanel::Step::Done, 20000);
    QCOMPARE(panel.lastReport().ordersNew, 2);
    QCOMPARE(panel.lastReport().ordersRejected, 1);
    QCOMPARE(imported.size(), 1);
    QCOMPARE(OrderQuery::count({}), qint64(2));
}

void tst_ImportPanel::ambiguousDatesAskForTheOrder()
{
    const QString file =
        writeCsv(QStringLiteral("dates.csv"),
                 {QStringLiteral("D-201,03/04/2024,张伟,13800001111,衣柜,1,4999"),
                  QStringLiteral("D-202,05/06/2024,王芳,13900002222,鞋柜,1,1200")});
    ImportPanel panel;
    panel.setMapping(dealerMapping());
    panel.setFiles({file});
    startAndWait(panel, ImportPanel::Step::DateOrder);
    QVERIFY(panel.lastReport().dateSamples.contains(QStringLiteral("03/04/2024")));
    QCOMPARE(OrderQuery::count({}), qint64(0));

    panel.answerDateOrder(DateOrder::DayMonthYear);
    QTRY_VERIFY_WITH_TIMEOUT(panel.step() == ImportPanel::Step::Done, 20000);
    QCOMPARE(panel.lastReport().ordersNew, 2);
    OrderFilter f;
    f.search = QStringLiteral("D-201");
    const QList<OrderRow> rows = OrderQuery::page(f, OrderSort::OrderNo, false, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().signedOn, QDate(2024, 4, 3));
}

void tst_ImportPanel::cancelWritesNothing()
{
    QStringList rows;
    for (int i = 0; i < 60000; ++i) {
        rows.append(QStringLiteral("C-%1,2024-03-05,客户%1,138%2,衣柜,1,100")
                        .arg(i)
                        .arg(i, 8, 10, QLatin1Char('0')));
    }
    const QString file = writeCsv(QStringLiteral("large.csv"), rows);
    ImportPanel panel;
    panel.setMapping(dealerMapping());
    panel.setFiles({file});
    QTRY_VERIFY(!panel.isPreviewBusy());
    panel.start();
    panel.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
    QCOMPARE(panel.step(), ImportPanel::Step::Setup);
    QVERIFY(panel.lastReport().cancelled);
    QCOMPARE(OrderQuery::count({}), qint64(0));
}

void tst_ImportPanel::editAndSaveMapping()
{
    const QString file =
        writeCsv(QStringLiteral("edit.csv"),
                 {QStringLiteral("D-301,2024-03-05,张伟,13800001111,衣柜,1,4999")});
    ImportPanel panel;
    panel.setMapping(dealerMapping());
    panel.setFiles({file});
    QTRY_VERIFY(!panel.isPreviewBusy());

    // The file's headers are offered; choosing one changes the mapping and the preview.
    panel.mappingEditor()->setColumn(QStringLiteral("mobile"), QString());
    QVERIFY(panel.mapping().column(QStringLiteral("mobile")).isEmpty());
    panel.mappingEditor()->setColumn(QStringLiteral("sku"), QStringLiteral("产品"));
    QCOMPARE(panel.mapping().column(QStringLiteral("sku")), QStringLiteral("产品"));
    QTRY_VERIFY(!panel.isPreviewBusy());
    QVERIFY2(panel.previewRowCount() == 1, qPrintable(panel.previewMessage()));

    const Core::Status saved = panel.saveMappingAs(QStringLiteral("test_dealer_edited"));
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toString()));
    QVERIFY(ChannelMapping::available().contains(QStringLiteral("test_dealer_edited")));
    QCOMPARE(panel.mapping().name, QStringLiteral("test_dealer_edited"));
    const auto reloaded = ChannelMapping::load(QStringLiteral("test_dealer_edited"));
    QVERIFY(reloaded);
    QCOMPARE(reloaded->column(QStringLiteral("sku")), QStringLiteral("产品"));
    QVERIFY(reloaded->column(QStringLiteral("mobile")).isEmpty());

    // A mapping without a required column is not saved.
    panel.mappingEditor()->setColumn(QStringLiteral("customer_name"), QString());
    QVERIFY(!panel.saveMappingAs(QStringLiteral("test_dealer_broken")));
    QVERIFY(!ChannelMapping::available().contains(QStringLiteral("test_dealer_broken")));
    QFile::remove(ChannelMapping::userFolder() + QStringLiteral("/test_dealer_edited.json"));
}

void tst_ImportPanel::shippedSampleThroughShippedMapping()
{
    ImportPanel panel;
    QVERIFY(panel.selectMapping(QStringLiteral("tmall")));
    panel.setFiles({QStringLiteral(HEARTH_SOURCE_DIR "/resources/samples/tmall_orders.csv")});
    QTRY_VERIFY(!panel.isPreviewBusy());
    QVERIFY2(panel.previewRowCount() > 0, qPrintable(panel.previewMessage()));
    startAndWait(panel, ImportPanel::Step::Done);
    QVERIFY(panel.lastReport().written);
    QVERIFY(panel.lastReport().ordersNew > 0);
    QCOMPARE(OrderQuery::count({}), qint64(panel.lastReport().ordersNew));
}

void tst_ImportPanel::dialogHostsThePanel()
{
    ImportDialog dialog;
    QVERIFY(dialog.panel());
    QCOMPARE(dialog.panel()->step(), ImportPanel::Step::Setup);
    QVERIFY(!dialog.windowTitle().isEmpty());
    QVERIFY(ChannelMapping::available().contains(QStringLiteral("tmall")));
}

QTEST_MAIN(tst_ImportPanel)
#include "tst_importpanel.moc"
