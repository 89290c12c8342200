#include "production/shopfloorcode.h"
#include "production/ui/progresseventsmodel.h"
#include "production/ui/shopfloorpage.h"
#include "storage/database.h"
#include "widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUuid>

#include <time.h>

using namespace Hearth;
using namespace Hearth::Production;
using Feedback = ShopfloorPage::Feedback;

namespace {

// Plain SQL fixtures: work centers and a work order with operations and parts, as the work
// order maker leaves them.

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void run(const QString &sql, const QStringList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i]);
    if (!q.exec())
        qFatal("fixture: %s: %s", utf8.constData(), qPrintable(q.error()));
}

int events()
{
    Storage::Statement q(db().handle(), "SELECT COUNT(*) FROM production_events");
    return q.next() ? int(q.int64(0)) : -1;
}

QString addCenter(const QString &code, const QString &name, const QString &kind)
{
    const QString id = newId();
    run("INSERT INTO work_centers(id, hlc, code, name, kind, created_at, updated_at) "
        "VALUES (?, 'h', ?, ?, ?, 'x', 'x')",
        {id, code, name, kind});
    return id;
}

QString addWorkOrder(const QString &woNo, const QString &orderNo,
                     const QList<std::pair<QString, QString>> &steps, int quantity)
{
    const QString order = newId();
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, status, created_at, updated_at) "
        "VALUES (?, 'h', ?, 'store', 'in_production', 'x', 'x')",
        {order, orderNo});
    const QString id = newId();
    run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, parts, due_date, "
        "status, created_at, updated_at) VALUES (?, 'h', ?, ?, 'work_order:CAB', 'CAB', ?, "
        "'2026-03-20', 'released', 'x', 'x')",
        {id, woNo, order, QString::number(quantity)});
    int seq = 0;
    for (const auto &[center, name] : steps) {
        run("INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
            "run_seconds, quantity, status, created_at, updated_at) "
            "VALUES (?, 'h', ?, ?, ?, ?, 60, ?, 'waiting', 'x', 'x')",
            {newId(), id, QString::number(seq += 10), center, name, QString::number(quantity)});
    }
    return order;
}

QString addPart(const QString &orderId, const QString &name)
{
    const QString id = newId();
    run("INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
        "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain) VALUES (?, ?, 'l1', "
        "'work_order:CAB', ?, ?, 720, 560, 18, 1, 403200, 2560, 'L1', 'L')",
        {id, orderId, newId(), name});
    return id;
}

QDateTime site(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), QTimeZone("Asia/Shanghai")).toUTC();
}

} // namespace

class tst_ShopfloorPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void stationsAndCodes();
    void scanStartReportFinish();
    void refusedReadsAreRedAndWriteNothing_data();
    void refusedReadsAreRedAndWriteNothing();
    void partScansReportOneEach();
    void doubleReadIsIgnored();
    void scanFieldKeepsTheFocus();
    void scannerTypingIntoACountBox();
    void recentEventsModel();
    void renderSample();

private:
    std::unique_ptr<ShopfloorPage> makePage();

    QTemporaryDir m_dir;
    QHash<QString, QString> m_centers;
    QString m_order;
    QString m_worker;
    std::unique_ptr<QTranslator> m_translator;
};

void tst_ShopfloorPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("TZ", "America/New_York");
    tzset();
    Widgets::Theme::apply(*qApp);
    // The sample picture is rendered in Chinese when a translation of these pages is given.
    const QByteArray qm = qgetenv("HEARTH_SHOPFLOOR_QM");
    if (!qm.isEmpty()) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QString::fromLocal8Bit(qm)));
        QCoreApplication::installTranslator(m_translator.get());
    }
}

void tst_ShopfloorPage::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    m_centers.clear();
    m_centers["CUT"] = addCenter("CUT-1", "开料锯", "cutting");
    m_centers["EDGE"] = addCenter("EDGE-1", "封边机", "edging");
    m_centers["PACK"] = addCenter("PACK-1", "包装线", "packing");
    m_order = addWorkOrder("WO-SO00000012-CAB", "SO00000012",
                           {{m_centers["CUT"], "开料"}, {m_centers["EDGE"], "封边"},
                            {m_centers["PACK"], "包装"}},
                           10);
    m_worker = newId();
    run("INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, 'liu', '刘师傅', 'warehouse', 'x', 1, 'x')",
        {m_worker});
}

void tst_ShopfloorPage::cleanup()
{
    Storage::Database::close();
}

std::unique_ptr<ShopfloorPage> tst_ShopfloorPage::makePage()
{
    auto page = std::make_unique<ShopfloorPage>(m_worker);
    page->setSoundEnabled(false);
    page->setNow(site(9, 0));
    page->resize(1280, 800);
    return page;
}

void tst_ShopfloorPage::stationsAndCodes()
{
    auto page = makePage();
    QCOMPARE(page->stationPicker()->count(), 3);
    QCOMPARE(page->stationPicker()->itemText(1), "EDGE-1  封边机");
    QVERIFY(page->setStation("EDGE-1"));
    QCOMPARE(page->stationId(), m_centers["EDGE"]);
    QVERIFY(!page->setStation("NOPE-1"));

    // A station card's code switches the station.
    page->handleScan("]C0WC:PACK-1\r");
    QCOMPARE(page->stationId(), m_centers["PACK"]);
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), "Station PACK-1  包装线: scan a work order or part");
    page->clear();
    page->handleScan("WC:pack-1");  // the station already chosen still answers
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), "Station PACK-1  包装线: scan a work order or part");
}

void tst_ShopfloorPage::scanStartReportFinish()
{
    auto page = makePage();
    QVERIFY(page->setStation("CUT-1"));
    page->handleScan("]Q1WO:WO-SO00000012-CAB\r\n");
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), "WO-SO00000012-CAB: operation 10 开料, 10 of 10 parts left");
    QVERIFY(page->target().operation());
    QCOMPARE(page->target().operation()->seq, 10);
    QCOMPARE(page->goodBox()->value(), 10);
    QCOMPARE(events(), 0);  // showing writes nothing

    page->handleScan("CMD:START\r");
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), "WO-SO00000012-CAB operation 10 (开料): started; the work "
                                  "order is now In production");
    QCOMPARE(events(), 1);

    page->goodBox()->setValue(6);
    page->scrapBox()->setValue(1);
    page->setNow(site(9, 30));
    QVERIFY(page->report());
    QCOMPARE(page->messageText(), "WO-SO00000012-CAB operation 10 (开料): 6 good and 1 scrap "
                                  "reported, 3 of 10 parts left");
    QCOMPARE(page->goodBox()->value(), 3);  // the rest, ready for the finish

    page->setNow(site(10, 0));
    page->handleScan("CMD:FINISH");
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), "WO-SO00000012-CAB operation 10 (开料): finished with 9 good "
                                  "and 1 scrap");
    QCOMPARE(page->target().operation()->status, "done");
    QCOMPARE(page->recentEvents()->rowCount(), 3);
    QCOMPARE(page->recentEvents()->index(0, ProgressEventsModel::Kind).data().toString(),
             "Finish");
    QCOMPARE(page->recentEvents()->index(0, ProgressEventsModel::Time).data().toString(),
             "03-02 10:00");  // Shanghai time on a New York computer
    QCOMPARE(page->recentEvents()->index(0, ProgressEventsModel::Operator).data().toString(),
             "刘师傅");
}

void tst_ShopfloorPage::refusedReadsAreRedAndWriteNothing_data()
{
    QTest::addColumn<QString>("station");
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown code")
        << "CUT-1" << QStringList{"]E06901234567892\r"}
        << "Unknown code \"6901234567892\": not a work order (WO:), part (PT:), station (WC:) or "
           "command (CMD:) code";
    QTest::newRow("unknown work order")
        << "CUT-1" << QStringList{"WO:WO-X"}
        << "No work order WO-X: scan the code on the work order sheet";
    QTest::newRow("work order not at this station")
        << "CUT-1" << QStringList{"WO:WO-SO00000099-DOOR"}
        << "WO-SO00000099-DOOR has no operation at station CUT-1 开料锯 (its operations: 10 "
           "封边 at EDGE-1)";
    QTest::newRow("command without a work order")
        << "CUT-1" << QStringList{"CMD:START"} << "Scan a work order first";
    QTest::newRow("finish before start")
        << "CUT-1" << QStringList{"WO:WO-SO00000012-CAB", "CMD:FINISH"}
        << "WO-SO00000012-CAB operation 10 (开料) has not been started: scan start first";
    QTest::newRow("next operation before the first has output")
        << "EDGE-1" << QStringList{"WO:WO-SO00000012-CAB", "CMD:START"}
        << "WO-SO00000012-CAB operation 20 (封边) cannot start: the operation before it, 10 "
           "(开料), has no good parts yet";
    QTest::newRow("unknown station card")
        << "CUT-1" << QStringList{"WC:SAW-9"} << "No station with the code SAW-9";
}

void tst_ShopfloorPage::refusedReadsAreRedAndWriteNothing()
{
    QFETCH(QString, station);
    QFETCH(QStringList, reads);
    QFETCH(QString, message);

    addWorkOrder("WO-SO00000099-DOOR", "SO00000099", {{m_centers["EDGE"], "封边"}}, 4);
    auto page = makePage();
    QVERIFY(page->setStation(station));
    for (const QString &read : reads)
        page->handleScan(read);
    QCOMPARE(page->feedback(), Feedback::Refused);
    QCOMPARE(page->messageText(), message);
    QCOMPARE(events(), 0);
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_ShopfloorPage::partScansReportOneEach()
{
    const QString left = addPart(m_order, "左侧板");
    const QString right = addPart(m_order, "右侧板");
    run("UPDATE operations SET quantity = 2");
    auto page = makePage();
    QVERIFY(page->setStation("CUT-1"));

    page->handleScan("]Q1" + ShopfloorCode::forPart(left) + "\r");
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(events(), 2);  // started by the first part, and the part
    QCOMPARE(page->workOrderId().isEmpty(), false);
    QCOMPARE(page->target().operation()->good, 1);

    // The same label again (after the double-read window): refused, the part is done here.
    QTest::qWait(900);
    page->handleScan("]Q1" + ShopfloorCode::forPart(left) + "\r");
    QCOMPARE(page->feedback(), Feedback::Refused);
    QCOMPARE(page->messageText(), "Part 左侧板 is already reported at WO-SO00000012-CAB "
                                  "operation 10 (开料): 1 of 1");

    page->handleScan("]Q1" + ShopfloorCode::forPart(right) + "\r");
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), "WO-SO00000012-CAB operation 10 (开料): finished with 2 good "
                                  "and 0 scrap");
    QCOMPARE(events(), 3);
}

void tst_ShopfloorPage::doubleReadIsIgnored()
{
    const QString part = addPart(m_order, "顶板");
    auto page = makePage();
    QVERIFY(page->setStation("CUT-1"));
    page->handleScan("PT:" + part);
    QCOMPARE(events(), 2);
    const QString message = page->messageText();
    page->handleScan("PT:" + part + "\r");  // a scanner sending the read twice
    QCOMPARE(events(), 2);
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->messageText(), message);
}

void tst_ShopfloorPage::scanFieldKeepsTheFocus()
{
    auto page = makePage();
    page->show();
    QApplication::setActiveWindow(page.get());
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QTRY_COMPARE(QApplication::focusWidget(), page->scanField());

    QVERIFY(page->setStation("CUT-1"));
    QTest::keyClicks(page->scanField(), "WO:WO-SO00000012-CAB");
    QTest::keyClick(page->scanField(), Qt::Key_Return);
    QCOMPARE(page->feedback(), Feedback::Ok);
    QVERIFY(page->scanField()->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), page->scanField());

    // The station picker and the buttons take no focus; a count box gives it back on Enter.
    QCOMPARE(page->stationPicker()->focusPolicy(), Qt::NoFocus);
    page->goodBox()->setFocus();
    QCOMPARE(QApplication::focusWidget(), page->goodBox());
    QTest::keyClick(page->goodBox(), Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), page->scanField());

    page->handleScan("garbage");
    QCOMPARE(page->feedback(), Feedback::Refused);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(QApplication::focusWidget(), page->scanField());
}

void tst_ShopfloorPage::scannerTypingIntoACountBox()
{
    auto page = makePage();
    page->show();
    QApplication::setActiveWindow(page.get());
    QVERIFY(QTest::qWaitForWindowActive(page.get()));
    QVERIFY(page->setStation("CUT-1"));
    page->goodBox()->setFocus();
    QCOMPARE(QApplication::focusWidget(), page->goodBox());

    // The operator left the cursor in a count box and scans: the read lands in the scan field.
    // A keyboard-wedge scanner types each key into whatever has the focus then.
    for (const QChar c : QString("WO:WO-SO00000012-CAB"))
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(page->feedback(), Feedback::Ok);
    QCOMPARE(page->target().workOrder.woNo, "WO-SO00000012-CAB");
}

void tst_ShopfloorPage::recentEventsModel()
{
    ProgressEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProgressEventRow e;
    e.id = "e1";
    e.woNo = "WO-1";
    e.seq = 20;
    e.operationName = "封边";
    e.kind = ProgressKind::Report;
    e.good = 5;
    e.scrap = 2;
    e.at = site(14, 5);
    e.partId = "p1";
    model.setTimeZone(QTimeZone("Asia/Shanghai"));
    model.setEvents({e});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProgressEventsModel::Time).data().toString(), "03-02 14:05");
    QCOMPARE(model.index(0, ProgressEventsModel::Operation).data().toString(), "20 封边");
    QCOMPARE(model.index(0, ProgressEventsModel::Kind).data().toString(), "Report (part)");
    QCOMPARE(model.index(0, ProgressEventsModel::Scrap).data().toInt(), 2);
    QCOMPARE(model.index(0, ProgressEventsModel::Good).data(ProgressEventsModel::EventIdRole)
                 .toString(),
             "e1");
    model.setEvents({});
    QCOMPARE(model.rowCount(), 0);
}

void tst_ShopfloorPage::renderSample()
{
    // A station part-way through a day: cutting done, edge banding running, a report just made.
    auto page = makePage();
    QVERIFY(page->setStation("CUT-1"));
    page->handleScan("WO:WO-SO00000012-CAB");
    page->setNow(site(8, 40));
    QVERIFY2(page->start(), qPrintable(page->messageText()));
    page->setNow(site(9, 20));
    page->goodBox()->setValue(10);
    QVERIFY(page->finish());
    QVERIFY(page->setStation("EDGE-1"));
    page->handleScan("WO:WO-SO00000012-CAB");
    page->setNow(site(9, 45));
    QVERIFY(page->start());
    page->setNow(site(10, 30));
    page->goodBox()->setValue(6);
    page->scrapBox()->setValue(1);
    QVERIFY(page->report());
    QCOMPARE(page->feedback(), Feedback::Ok);

    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    const QImage image = page->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, "the page looks blank");
    // The green of a good read is on screen.
    QVERIFY(colours.contains(QColor(0xdcfce7).rgb()));
    const QByteArray out = qgetenv("HEARTH_SHOPFLOOR_PNG");
    if (!out.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(out)));
}

QTEST_MAIN(tst_ShopfloorPage)
#include "tst_shopfloorpage.moc"
