// The work orders page on a real split: a kitchen goes through review and split, the page makes
// its work orders and plans them, filters them from its bar, shows one with its operations,
// panels and hardware, saves its sheet and labels as PDF, exports it for an MES, and imports the
// MES's progress, listing a bad file's rows in its panel without a dialog and writing nothing.

#include "orders/orderrepository.h"
#include "production/productionsetup.h"
#include "production/progressquery.h"
#include "production/ui/workorderdetailpane.h"
#include "production/ui/workorderlistmodel.h"
#include "production/ui/workorderspage.h"
#include "storage/database.h"
#include "workflow/orgunits.h"
#include "workflow/processengine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

qint64 count(const char *sql, const QString &arg = QString())
{
    Storage::Statement q(db().handle(), sql);
    if (!arg.isNull())
        q.bind(1, arg);
    return q.next() ? q.int64(0) : -1;
}

QString addUser(const QString &name, const QString &role)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, name).bind(3, name).bind(4, role);
    if (!q.exec())
        qFatal("cannot add user");
    return id;
}

Orders::OrderLine cabinet(int lineNo, const char *templ, const char *description, qint64 width,
                          qint64 height, qint64 depth)
{
    Orders::OrderLine l;
    l.lineNo = lineNo;
    l.sku = "CUS-CABINET";
    l.description = description;
    l.category = "定制柜类";
    l.widthMm = width;
    l.heightMm = height;
    l.depthMm = depth;
    l.material = "颗粒板 E0";
    l.colour = "暖白";
    l.unit = Orders::Unit::Piece;
    l.quantity = Core::Decimal::fromInt(1);
    l.unitPrice = Core::Decimal::fromInt(3000);
    l.amount = Core::Decimal::fromInt(3000);
    l.spec = QJsonObject{{"template", templ}, {"thickness_mm", 18}};
    return l;
}

/// Carcasses to the cabinet workshop only: two base cabinets and a wall cabinet.
QString saveKitchen(const QString &ownerId, const QDate &signedOn)
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = "PAGE-1";
    o.customer.name = "王伟";
    o.customer.mobile = "13912345678";
    o.customer.address = {"浙江省", "杭州市", "西湖区", "文三路12号", QString()};
    o.address = o.customer.address;
    o.signedOn = signedOn;
    o.promisedOn = signedOn.addDays(21);
    o.ownerId = ownerId;
    o.lines = {cabinet(1, "base_cabinet", "地柜", 800, 720, 560),
               cabinet(2, "base_cabinet", "地柜", 600, 720, 560),
               cabinet(3, "wall_cabinet", "吊柜", 800, 700, 330)};
    o.depositFen = 300000;
    const Core::Status s = Orders::OrderRepository::save(o);
    if (!s)
        qFatal("cannot save the order: %s", qPrintable(s.error().toString()));
    return o.id;
}

bool waitForJob(WorkOrdersPage &page, bool *ok)
{
    QSignalSpy finished(&page, &WorkOrdersPage::jobFinished);
    if (!finished.wait(60000))
        return false;
    *ok = finished.first().first().toBool();
    return true;
}

int pdfPages(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray pdf = f.readAll();
    if (!pdf.startsWith("%PDF"))
        return -1;
    int pages = 0;
    for (qsizetype at = pdf.indexOf("/Type /Page"); at >= 0;
         at = pdf.indexOf("/Type /Page", at + 1)) {
        if (pdf.mid(at + 11, 1) != "s")
            ++pages;
    }
    return pages;
}

QStringList operationColumn(const QTableWidget *table, int column)
{
    QStringList result;
    for (int r = 0; r < table->rowCount(); ++r)
        result.append(table->item(r, column) ? table->item(r, column)->text() : QString());
    return result;
}

} // namespace

class tst_WorkOrdersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyPageOffersToMakeWorkOrders();
    void makesAndPlansWorkOrders();
    void filterBar_data();
    void filterBar();
    void detailShowsOperationsPanelsAndHardware();
    void savesSheetAndLabelsAsPdf_data();
    void savesSheetAndLabelsAsPdf();
    void exportsForTheMes_data();
    void exportsForTheMes();
    void badProgressFileListsItsRowsAndWritesNothing();
    void importedProgressShows();

private:
    QString woNo() const { return m_orderNo.isEmpty() ? QString() : "WO-" + m_orderNo + "-CAB"; }
    QString write(const QString &name, const QByteArray &content);

    QTemporaryDir m_dir;
    QString m_orderId;
    QString m_orderNo;
    QDate m_today;
};

void tst_WorkOrdersPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("page.db")));
    Storage::Database::setCurrentUser("tester");
    const QString owner = addUser("zhang.clerk", "clerk");
    const QString planner = addUser("wu.planner", "planner");
    for (const QString &role : QStringList{"sales_manager", "general_manager", "finance",
                                           "purchaser", "warehouse"})
        addUser(role + ".user", role);
    Workflow::ProcessEngine engine;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_today = now.toTimeZone(QTimeZone("Asia/Shanghai")).date();
    engine.setNow(now);
    QVERIFY(engine.prepare());
    const auto workshop = Workflow::OrgUnits::findByCode(db(), "WS-CAB");
    QVERIFY(workshop);
    QVERIFY(Workflow::OrgUnits::addMember(db(), workshop->id, planner));
    QVERIFY(ProductionSetup::ensure(db()));
    m_orderId = saveKitchen(owner, m_today.addDays(-1));
    const auto run = engine.runWaiting();
    QVERIFY2(run && run->split == 1, qPrintable(run ? QString::number(run->split)
                                                   : run.error().toString()));
    m_orderNo = Orders::OrderRepository::load(m_orderId)->orderNo;
}

void tst_WorkOrdersPage::cleanupTestCase()
{
    Storage::Database::close();
}

QString tst_WorkOrdersPage::write(const QString &name, const QByteArray &content)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return f.fileName();
}

void tst_WorkOrdersPage::emptyPageOffersToMakeWorkOrders()
{
    WorkOrdersPage page;
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.statusText(), QString("0 work order(s)"));
    QVERIFY(page.detailPane()->isHidden());
    QVERIFY(page.currentWorkOrderId().isEmpty());
}

void tst_WorkOrdersPage::makesAndPlansWorkOrders()
{
    WorkOrdersPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(page.makeWorkOrders());
    QVERIFY(page.isBusy());
    QVERIFY(!page.makeWorkOrders());  // one job at a time
    bool ok = false;
    QVERIFY(waitForJob(page, &ok));
    QVERIFY2(ok, qPrintable(page.messageText()));
    QVERIFY(!page.isBusy());
    // The carcasses to the cabinet workshop, their doors to the door workshop.
    QVERIFY2(page.messageText().startsWith("Work orders: 2 made"), qPrintable(page.messageText()));
    QVERIFY(!page.problemsShown());
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.statusText(), QString("2 work order(s)"));
    const QModelIndex start = page.model()->index(0, WorkOrderListModel::PlannedStart);
    QCOMPARE(page.model()->index(0, WorkOrderListModel::WoNo).data().toString(), woNo());
    QCOMPARE(page.model()->index(1, WorkOrderListModel::WoNo).data().toString(),
             "WO-" + m_orderNo + "-DOOR");
    // Planned into the plan's gaps from now, on the site's clock ("12-07 08:00").
    QVERIFY2(QRegularExpression("^\\d\\d-\\d\\d \\d\\d:\\d\\d$")
                 .match(start.data().toString())
                 .hasMatch(),
             qPrintable(start.data().toString()));
    QCOMPARE(page.model()->index(0, WorkOrderListModel::PlannedFinish).data().toString().size(),
             11);
    QVERIFY(page.model()->index(0, WorkOrderListModel::Lateness).data().toString() != "");
    QCOMPARE(page.currentWorkOrderId(), page.model()->workOrderId(0));
    QVERIFY(!page.detailPane()->isHidden());

    // Again: nothing new.
    QVERIFY(page.makeWorkOrders());
    QVERIFY(waitForJob(page, &ok));
    QVERIFY2(page.messageText().startsWith("Work orders: 0 made, 0 changed, 0 cancelled, 2 "
                                           "unchanged."),
             qPrintable(page.messageText()));
    QCOMPARE(count("SELECT COUNT(*) FROM work_orders"), 2);
}

void tst_WorkOrdersPage::filterBar_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("workshop");
    QTest::addColumn<int>("due");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("rows");

    QTest::newRow("everything") << "All statuses" << QString() << int(WorkOrdersPage::AnyDue)
                                << QString() << 2;
    QTest::newRow("not made yet") << "Not made yet" << QString() << int(WorkOrdersPage::AnyDue)
                                  << QString() << 2;
    QTest::newRow("made") << "Made" << QString() << int(WorkOrdersPage::AnyDue) << QString()
                          << 0;
    QTest::newRow("its workshop") << "All statuses" << "WS-CAB" << int(WorkOrdersPage::AnyDue)
                                  << QString() << 1;
    QTest::newRow("another workshop") << "All statuses" << "WS-WARD"
                                      << int(WorkOrdersPage::AnyDue) << QString() << 0;
    QTest::newRow("due in 30 days (in 20)") << "All statuses" << QString()
                                            << int(WorkOrdersPage::DueMonth) << QString() << 2;
    QTest::newRow("due in 7 days") << "All statuses" << QString() << int(WorkOrdersPage::DueWeek)
                                   << QString() << 0;
    QTest::newRow("overdue") << "All statuses" << QString() << int(WorkOrdersPage::Overdue)
                             << QString() << 0;
    QTest::newRow("customer") << "All statuses" << QString() << int(WorkOrdersPage::AnyDue)
                              << "王伟" << 2;
    QTest::newRow("scanned code") << "All statuses" << QString()
                                  << int(WorkOrdersPage::AnyDue) << "WO:%1" << 1;
    QTest::newRow("someone else") << "All statuses" << QString()
                                  << int(WorkOrdersPage::AnyDue) << "李娜" << 0;
}

void tst_WorkOrdersPage::filterBar()
{
    QFETCH(QString, status);
    QFETCH(QString, workshop);
    QFETCH(int, due);
    QFETCH(QString, search);
    QFETCH(int, rows);

    WorkOrdersPage page;
    page.setToday(m_today);
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findText(status));
    QVERIFY(page.statusFilter()->currentIndex() >= 0);
    page.workshopFilter()->setCurrentIndex(page.workshopFilter()->findData(workshop));
    QVERIFY(page.workshopFilter()->currentIndex() >= 0);
    page.dueFilter()->setCurrentIndex(page.dueFilter()->findData(due));
    page.searchField()->setText(search.contains("%1") ? search.arg(woNo()) : search);
    QTRY_COMPARE(page.model()->filter().search, page.searchField()->text().trimmed());
    QCOMPARE(page.model()->rowCount(), rows);
    QCOMPARE(page.statusText(), QString("%1 work order(s)").arg(rows));
    QCOMPARE(page.currentWorkOrderId().isEmpty(), rows == 0);
    if (due == WorkOrdersPage::DueMonth) {
        QCOMPARE(page.model()->filter().dueFrom, m_today);
        QCOMPARE(page.model()->filter().dueTo, m_today.addDays(29));
    }
}

void tst_WorkOrdersPage::detailShowsOperationsPanelsAndHardware()
{
    WorkOrdersPage page;
    WorkOrderDetailPane *pane = page.detailPane();
    QCOMPARE(pane->titleText(), woNo());
    QVERIFY2(pane->summaryText().contains("王伟"), qPrintable(pane->summaryText()));
    QVERIFY2(pane->summaryText().contains(
                 "due " + m_today.addDays(20).toString(Qt::ISODate)),
             qPrintable(pane->summaryText()));
    QCOMPARE(operationColumn(pane->operationsTable(), WorkOrderDetailPane::OpName),
             (QStringList{"开料", "封边", "排钻", "分拣", "包装"}));
    QCOMPARE(operationColumn(pane->operationsTable(), WorkOrderDetailPane::OpGood),
             (QStringList{"0", "0", "0", "0", "0"}));
    const qint64 panelRows = count("SELECT COUNT(*) FROM order_parts WHERE order_id = ? AND "
                                   "task_key = 'work_order:WS-CAB'",
                                   m_orderId);
    QVERIFY(panelRows > 0);
    QCOMPARE(pane->panelsTable()->rowCount(), int(panelRows));
    QCOMPARE(pane->document().panels.size(), panelRows);
    QVERIFY(operationColumn(pane->panelsTable(), WorkOrderDetailPane::PanelSize).first()
                .contains(" × 18"));
    QVERIFY(pane->hardwareTable()->rowCount() > 0);
    QCOMPARE(pane->hardwareTable()->rowCount(),
             int(count("SELECT COUNT(*) FROM order_hardware WHERE order_id = ? AND "
                       "task_key = 'work_order:WS-CAB'",
                       m_orderId)));
    QCOMPARE(pane->tabs()->tabText(1), QString("Panels (%1)").arg(panelRows));
}

void tst_WorkOrdersPage::savesSheetAndLabelsAsPdf_data()
{
    QTest::addColumn<int>("stock");
    QTest::addColumn<int>("dpi");
    QTest::newRow("100×60 at 203 dpi") << 0 << 203;
    QTest::newRow("60×40 at 300 dpi") << 3 << 300;
}

void tst_WorkOrdersPage::savesSheetAndLabelsAsPdf()
{
    QFETCH(int, stock);
    QFETCH(int, dpi);
    WorkOrdersPage page;
    const QString sheet = m_dir.filePath(QString("sheet-%1.pdf").arg(stock));
    QVERIFY(page.saveSheetPdf(sheet));
    bool ok = false;
    QVERIFY(waitForJob(page, &ok));
    QVERIFY2(ok, qPrintable(page.messageText()));
    QVERIFY(pdfPages(sheet) >= 1);
    QVERIFY2(page.messageText().startsWith("Saved " + sheet), qPrintable(page.messageText()));

    page.detailPane()->setLabelStock(stock);
    QCOMPARE(page.detailPane()->labelStock().dpi, dpi);
    const QString labels = m_dir.filePath(QString("labels-%1.pdf").arg(stock));
    QVERIFY(page.saveLabelsPdf(labels));
    QVERIFY(waitForJob(page, &ok));
    QVERIFY2(ok, qPrintable(page.messageText()));
    const qint64 pieces = count("SELECT SUM(quantity) FROM order_parts WHERE order_id = ? AND "
                                "task_key = 'work_order:WS-CAB'",
                                m_orderId);
    QCOMPARE(pdfPages(labels), int(pieces));
    QCOMPARE(page.messageText(), QString("Saved %1 label(s) to %2.").arg(pieces).arg(labels));
}

void tst_WorkOrdersPage::exportsForTheMes_data()
{
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("workOrders");
    QTest::newRow("CSV, every status") << false << "All statuses" << 2;
    QTest::newRow("JSON, every status") << true << "All statuses" << 2;
    QTest::newRow("JSON, only made ones") << true << "Made" << 0;
}

void tst_WorkOrdersPage::exportsForTheMes()
{
    QFETCH(bool, json);
    QFETCH(QString, status);
    QFETCH(int, workOrders);
    WorkOrdersPage page;
    page.statusFilter()->setCurrentIndex(page.statusFilter()->findText(status));
    const QString path = m_dir.filePath(json ? "export.json" : "export.csv");
    QVERIFY(page.exportForMes(path, json ? MesFormat::Json : MesFormat::Csv));
    bool ok = false;
    QVERIFY(waitForJob(page, &ok));
    QVERIFY2(ok, qPrintable(page.messageText()));
    QVERIFY2(page.messageText().startsWith(
                 QString("Exported %1 work order(s) with %2 operation(s)")
                     .arg(workOrders)
                     .arg(workOrders * 5)),
             qPrintable(page.messageText()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    if (json) {
        const QJsonArray list = QJsonDocument::fromJson(data).object()["work_orders"].toArray();
        QCOMPARE(list.size(), workOrders);
        if (workOrders > 0) {
            QCOMPARE(list[0].toObject()["wo_no"].toString(), woNo());
            QCOMPARE(list[0].toObject()["operations"].toArray().size(), 5);
        }
    } else {
        // A header and a row per operation, with the work order's number on each.
        const QList<QByteArray> lines = data.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 5 * workOrders);
        QVERIFY(lines[1].contains(woNo().toUtf8()));
    }
}

void tst_WorkOrdersPage::badProgressFileListsItsRowsAndWritesNothing()
{
    WorkOrdersPage page;
    const qint64 events = count("SELECT COUNT(*) FROM production_events");
    const QString file = write(
        "bad.csv", "event_id,wo_no,seq,kind,good,scrap,station,operator,at\n"
                   "B1," + woNo().toUtf8() + ",10,start,,,,,2026-03-02 08:30\n"
                   "B2,WO-NONE,10,start,,,,,2026-03-02 08:30\n"
                   "B3," + woNo().toUtf8() + ",10,pause,,,,,2026-03-02 09:00\n");
    QVERIFY(page.importProgress({file}));
    bool ok = true;
    QVERIFY(waitForJob(page, &ok));
    QVERIFY(!ok);
    QVERIFY(page.problemsShown());
    QVERIFY(!QApplication::activeModalWidget());
    QTreeWidget *problems = page.problemsList();
    QCOMPARE(problems->topLevelItemCount(), 2);
    QCOMPARE(problems->topLevelItem(0)->text(0), QString("bad.csv"));
    QCOMPARE(problems->topLevelItem(0)->text(1), QString("3"));
    QCOMPARE(problems->topLevelItem(0)->text(2), QString("wo_no"));
    QCOMPARE(problems->topLevelItem(1)->text(1), QString("4"));
    QCOMPARE(problems->topLevelItem(1)->text(2), QString("kind"));
    QCOMPARE(count("SELECT COUNT(*) FROM production_events"), events);
    QCOMPARE(page.model()->index(0, WorkOrderListModel::Status).data().toString(),
             QString("Planned"));
}

void tst_WorkOrdersPage::importedProgressShows()
{
    WorkOrdersPage page;
    const QString file = write(
        "good.json", QJsonDocument(QJsonArray{
                                       QJsonObject{{"event_id", "G1"}, {"wo_no", woNo()},
                                                   {"seq", 10}, {"kind", "start"},
                                                   {"at", "2026-03-02T08:30:00+08:00"}},
                                       QJsonObject{{"event_id", "G2"}, {"wo_no", woNo()},
                                                   {"seq", 10}, {"kind", "report"},
                                                   {"good", 3}, {"scrap", 1},
                                                   {"at", "2026-03-02T09:30:00+08:00"}}})
                         .toJson());
    QSignalSpy changed(&page, &WorkOrdersPage::workOrdersChanged);
    QVERIFY(page.importProgress({file}));
    bool ok = false;
    QVERIFY(waitForJob(page, &ok));
    QVERIFY2(ok, qPrintable(page.messageText()));
    QCOMPARE(changed.size(), 1);
    QVERIFY(!page.problemsShown());
    QCOMPARE(page.model()->index(0, WorkOrderListModel::Status).data().toString(),
             QString("In production"));
    const QTableWidget *ops = page.detailPane()->operationsTable();
    QCOMPARE(ops->item(0, WorkOrderDetailPane::OpGood)->text(), QString("3"));
    QCOMPARE(ops->item(0, WorkOrderDetailPane::OpScrap)->text(), QString("1"));
    QCOMPARE(ops->item(0, WorkOrderDetailPane::OpActual)->text(), QString("since 03-02 08:30"));
    QCOMPARE(count("SELECT COUNT(*) FROM production_events WHERE source = 'mes'"), 2);
}

QTEST_MAIN(tst_WorkOrdersPage)
#include "tst_workorderspage.moc"
