#include "orderfixtures.h"
#include "orders/ui/importdialog.h"
#include "orders/ui/importpanel.h"
#include "orders/ui/importsummary.h"
#include "orders/orderquery.h"
#include "orders/ui/mappingeditor.h"
#include "widgets/language.h"

#include <QFile>
#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
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
    void guessFor_data();
    void guessFor();
    void mappingFollowsTheFile_data();
    void mappingFollowsTheFile();
    void formatFollowsTheFile();
    void importWaitsForAReadableFile();
    void previewShowsStatusNames_data();
    void previewShowsStatusNames();
    void summarySpeaksTheInterfaceLanguage();
    void summarySaysWhatHappened_data();
    void summarySaysWhatHappened();

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
    // English, with its plural forms.
    QVERIFY(Widgets::Language::install(QStringLiteral("en")));
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
    QCOMPARE(panel.doneText(), QStringLiteral("3 rows read: 2 new orders."));

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

    // Import and Close share the bottom row.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *import = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
        if (b->text() == QLatin1String("Import"))
            import = b;
    }
    QVERIFY(import && dialog.closeButton());
    const QRect importRect(import->mapTo(&dialog, QPoint()), import->size());
    const QRect closeRect(dialog.closeButton()->mapTo(&dialog, QPoint()),
                          dialog.closeButton()->size());
    QCOMPARE(closeRect.center().y(), importRect.center().y());
    QVERIFY(closeRect.left() > importRect.right());
}

void tst_ImportPanel::guessFor_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QString>("expected");

    for (const QString &name : ChannelMapping::available()) {
        const auto mapping = ChannelMapping::load(name);
        QVERIFY(mapping);
        QStringList own = mapping->fields.values();
        QTest::addRow("%s, its own columns", qPrintable(name)) << own << name;
        own.append({QStringLiteral("买家留言"), QStringLiteral("Extra")});
        QTest::addRow("%s, with more columns", qPrintable(name)) << own << name;
    }
    const auto tmall = ChannelMapping::load(QStringLiteral("tmall"));
    QStringList noOrderNo = tmall->fields.values();
    noOrderNo.removeAll(tmall->column(QStringLiteral("channel_order_no")));
    QTest::newRow("a required column missing") << noOrderNo << QString();
    QTest::newRow("nothing alike") << QStringList{QStringLiteral("a"), QStringLiteral("b")}
                                   << QString();
    QTest::newRow("no headers") << QStringList() << QString();
}

void tst_ImportPanel::guessFor()
{
    QFETCH(QStringList, headers);
    QFETCH(QString, expected);
    QCOMPARE(ChannelMapping::guessFor(headers), expected);
}

void tst_ImportPanel::mappingFollowsTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    const QString samples = QStringLiteral(HEARTH_SOURCE_DIR "/resources/samples/");
    QTest::newRow("tmall csv") << samples + QStringLiteral("tmall_orders.csv")
                               << QStringLiteral("tmall");
    QTest::newRow("jd xlsx") << samples + QStringLiteral("jd_orders.xlsx") << QStringLiteral("jd");
    QTest::newRow("dealer xlsx, its own sheet") << samples + QStringLiteral("dealer_orders.xlsx")
                                                << QStringLiteral("dealer_sheet");
    QTest::newRow("designer json") << samples + QStringLiteral("designer_orders.json")
                                   << QStringLiteral("designer_sheet");
    const QString superstore = QStringLiteral(HEARTH_SHARED_DATA_DIR "/superstore/");
    QTest::newRow("superstore xlsx") << superstore + QStringLiteral("Sample - Superstore.xlsx")
                                     << QStringLiteral("superstore");
    QTest::newRow("superstore csv") << superstore + QStringLiteral("Sample - Superstore.csv")
                                    << QStringLiteral("superstore");
}

void tst_ImportPanel::mappingFollowsTheFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    if (!QFile::exists(file))
        QSKIP("the shared Superstore files are not here");

    // The dialog opens on the first mapping (the dealer sheet); the file decides.
    ImportPanel panel;
    QVERIFY(panel.selectMapping(QStringLiteral("dealer_sheet")));
    panel.setFiles({file});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewBusy(), 30000);
    QCOMPARE(panel.mapping().name, expected);
    QVERIFY2(panel.previewRowCount() > 0, qPrintable(panel.previewMessage()));
    QVERIFY(panel.canStart());

    // Another file first chooses again; a second file after it does not.
    panel.setFiles({file, QStringLiteral(HEARTH_SOURCE_DIR "/resources/samples/tmall_orders.csv")});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewBusy(), 30000);
    QCOMPARE(panel.mapping().name, expected);
}

void tst_ImportPanel::formatFollowsTheFile()
{
    // The dealer sheet's columns, saved as CSV: its mapping says xlsx, the file says CSV.
    const QString path = m_dir.filePath(QStringLiteral("dealer_as.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("订单号,行号,经销商编号,签单日期,客户姓名,联系电话,产品名称,数量,单价\n"
               "JX-9001,1,000123,2024-03-05,张伟,13800001111,衣柜,1,4999\n");
    file.close();
    QCOMPARE(ChannelMapping::load(QStringLiteral("dealer_sheet"))->format, QStringLiteral("xlsx"));

    ImportPanel panel;
    panel.setFiles({path});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewBusy(), 20000);
    QCOMPARE(panel.mapping().name, QStringLiteral("dealer_sheet"));
    QVERIFY2(panel.previewRowCount() == 1, qPrintable(panel.previewMessage()));
    QVERIFY(panel.canStart());
    startAndWait(panel, ImportPanel::Step::Done);
    QCOMPARE(panel.lastReport().ordersNew, 1);
}

void tst_ImportPanel::importWaitsForAReadableFile()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.xlsx"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a workbook\n");
    file.close();
    const QString unrelated = writeCsv(QStringLiteral("fine.csv"),
                                       {QStringLiteral("D-401,2024-03-05,张伟,13800001111,衣柜,1,9")});

    ImportPanel panel;
    panel.setFiles({broken});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewBusy(), 20000);
    QVERIFY(!panel.canStart());
    QVERIFY(panel.previewMessage().contains(QStringLiteral("broken.xlsx")));
    panel.start();
    QCOMPARE(panel.step(), ImportPanel::Step::Setup);
    QVERIFY(!panel.isRunning());

    // A readable file makes Import available again.
    panel.setMapping(dealerMapping());
    panel.setFiles({unrelated});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewBusy(), 20000);
    QVERIFY2(panel.canStart(), qPrintable(panel.previewMessage()));
}

void tst_ImportPanel::previewShowsStatusNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<int>("status");  // one status the preview must show by name
    QTest::addColumn<QStringList>("raw");  // what it must not show

    const QString samples = QStringLiteral(HEARTH_SOURCE_DIR "/resources/samples/");
    QTest::newRow("codes from the mapping")
        << samples + QStringLiteral("tmall_orders.csv") << QStringLiteral("tmall")
        << int(OrderStatus::Shipped)
        << QStringList{QStringLiteral("new"), QStringLiteral("shipped"), QStringLiteral("closed")};
    QTest::newRow("the file's own words")
        << samples + QStringLiteral("dealer_orders.xlsx") << QStringLiteral("dealer_sheet")
        << int(OrderStatus::Closed) << QStringList{QStringLiteral("已完成")};
}

void tst_ImportPanel::previewShowsStatusNames()
{
    QFETCH(QString, file);
    QFETCH(QString, mapping);
    QFETCH(int, status);
    QFETCH(QStringList, raw);

    ImportPanel panel;
    panel.setFiles({file});
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isPreviewBusy(), 20000);
    QCOMPARE(panel.mapping().name, mapping);
    QAbstractItemModel *model = nullptr;
    for (QTableView *view : panel.findChildren<QTableView *>()) {
        if (qobject_cast<QStandardItemModel *>(view->model()))
            model = view->model();
    }
    QVERIFY(model);
    int column = -1;
    for (int c = 0; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal).toString()
            == MappingEditor::fieldLabel(QStringLiteral("status")))
            column = c;
    }
    QVERIFY(column >= 0);
    QSet<QString> shown;
    for (int r = 0; r < model->rowCount(); ++r)
        shown.insert(model->index(r, column).data().toString());
    QVERIFY2(shown.contains(statusName(OrderStatus(status))),
             qPrintable(shown.values().join(u',')));
    for (const QString &code : std::as_const(raw))
        QVERIFY2(!shown.contains(code), qPrintable(code));
}

void tst_ImportPanel::summarySpeaksTheInterfaceLanguage()
{
    QVERIFY(Widgets::Language::install(QStringLiteral("zh_CN")));
    const auto restore = qScopeGuard([] {
        Widgets::Language::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    });
    const QString file =
        writeCsv(QStringLiteral("zh.csv"),
                 {QStringLiteral("D-501,2024-03-05,张伟,13800001111,衣柜,1,4999"),
                  QStringLiteral("D-502,2024-03-06,王芳,13900002222,鞋柜,1,1200")});
    ImportPanel panel;
    panel.setMapping(dealerMapping());
    panel.setFiles({file});
    startAndWait(panel, ImportPanel::Step::Done);
    QCOMPARE(panel.lastReport().ordersNew, 2);
    static const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}"));
    QVERIFY2(!panel.doneText().contains(english), qPrintable(panel.doneText()));
    QVERIFY2(!panel.summary()->title().contains(english), qPrintable(panel.summary()->title()));

    // One order moves on, then changes in the file: it is flagged, and the heading says where
    // it is (shipped), not that it was approved.
    OrderFilter f;
    f.search = QStringLiteral("D-501");
    const QString id = OrderQuery::page(f, OrderSort::OrderNo, false, 0, 1).value(0).id;
    const auto loaded = OrderRepository::load(id);
    QVERIFY(loaded);
    SalesOrder order = loaded.value();
    order.status = OrderStatus::Shipped;
    QVERIFY(OrderRepository::save(order));
    QFile changed(file);
    QVERIFY(changed.open(QIODevice::Append));
    changed.write("D-501,2024-03-05,张伟,13800001111,书桌,1,800\n");
    changed.close();
    panel.backToSetup();
    startAndWait(panel, ImportPanel::Step::Done);
    QCOMPARE(panel.lastReport().ordersFlagged, 1);
    const QString heading = panel.summary()->flaggedTitle();
    QVERIFY2(heading.contains(statusName(OrderStatus::Shipped)), qPrintable(heading));
    QVERIFY2(!heading.contains(QStringLiteral("审核")), qPrintable(heading));
    const QString flagged = panel.summary()->flaggedText();
    QVERIFY2(flagged.contains(order.orderNo), qPrintable(flagged));
    QVERIFY2(!flagged.contains(QStringLiteral("changed in the file")), qPrintable(flagged));
    QVERIFY2(!panel.doneText().contains(english), qPrintable(panel.doneText()));
}

void tst_ImportPanel::summarySaysWhatHappened_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<int>("flagged");
    QTest::addColumn<int>("badRows");
    QTest::addColumn<bool>("written");
    QTest::addColumn<QString>("expected");

    QTest::newRow("new") << 3 << 2 << 0 << 0 << 0 << true << "3 rows read: 2 new orders.";
    QTest::newRow("again") << 2 << 0 << 2 << 0 << 0 << true
                           << "2 rows read: 2 orders unchanged. Nothing new: these orders were "
                              "all imported before.";
    QTest::newRow("moved on is not nothing new")
        << 47 << 0 << 25 << 5 << 0 << true
        << "47 rows read: 25 orders unchanged, 5 orders not updated because they had moved on.";
    QTest::newRow("one bad row") << 3 << 1 << 0 << 0 << 1 << true
                                 << "3 rows read: 1 new order, 1 bad row; 1 order skipped.";
    QTest::newRow("empty file") << 0 << 0 << 0 << 0 << 0 << false
                                << "0 rows read; the files held no orders. Nothing was written.";
}

void tst_ImportPanel::summarySaysWhatHappened()
{
    QFETCH(int, rows);
    QFETCH(int, created);
    QFETCH(int, unchanged);
    QFETCH(int, flagged);
    QFETCH(int, badRows);
    QFETCH(bool, written);
    QFETCH(QString, expected);

    ImportReport r;
    r.rowsRead = rows;
    r.ordersNew = created;
    r.ordersUnchanged = unchanged;
    r.ordersFlagged = flagged;
    r.rowsRejected = badRows;
    r.ordersRejected = badRows;
    r.written = written;
    QCOMPARE(ImportSummary::describe(r), expected);
    r.cancelled = true;
    QCOMPARE(ImportSummary::describe(r),
             QStringLiteral("The import was cancelled; nothing was written."));
}

QTEST_MAIN(tst_ImportPanel)
#include "tst_importpanel.moc"
