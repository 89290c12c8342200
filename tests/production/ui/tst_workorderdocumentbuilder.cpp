// A work order read into its printed sheet and part labels: the order, customer and due date
// (a plain date, whatever zone the computer is in), the operations with their planned times on
// the site's clock, the panels and hardware of its own task only, and the shop floor's codes,
// read back from the rendered sheet and labels with zxing-cpp.

#include "../../printing/printedcodes.h"
#include "printing/labelprinter.h"
#include "printing/workordersheet.h"
#include "production/shopfloorcode.h"
#include "production/ui/workorderdocumentbuilder.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <time.h>

using namespace Hearth;
using namespace Hearth::Production;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void run(const QString &sql, const QVariantList &values = {})
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        q.bindVariant(i + 1, values[i]);
    if (!q.exec())
        qFatal("fixture: %s: %s", utf8.constData(), qPrintable(q.error()));
}

QString shanghai(const char *text)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(t.date(), t.time(), QTimeZone("Asia/Shanghai"))
        .toUTC()
        .toString(Qt::ISODate);
}

QString addCenter(const QString &code, const QString &name, int capacity)
{
    const QString id = newId();
    run("INSERT INTO work_centers(id, hlc, code, name, kind, capacity, created_at, updated_at) "
        "VALUES (?, 'h', ?, ?, 'cutting', ?, 'x', 'x')",
        {id, code, name, capacity});
    return id;
}

QString addPart(const QString &orderId, const QString &taskKey, const QString &name, int length,
                int width, int thickness, int quantity, const QString &edges)
{
    const QString id = newId();
    const qint64 area = qint64(length) * width * quantity;
    run("INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
        "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain, material, colour) "
        "VALUES (?, ?, 'L1', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'length', '颗粒板 E0', '暖白')",
        {id, orderId, taskKey, newId(), name, length, width, thickness, quantity, area,
         qint64(2 * length) * quantity, edges});
    return id;
}

void addHardware(const QString &orderId, const QString &taskKey, const QString &code,
                 const QString &name, qint64 micros, const QString &unit)
{
    run("INSERT INTO order_hardware(id, order_id, line_id, task_key, item_key, code, name, "
        "quantity_micros, unit) VALUES (?, ?, 'L1', ?, ?, ?, ?, ?, ?)",
        {newId(), orderId, taskKey, newId(), code, name, micros, unit});
}

void setComputerZone(const QByteArray &zone)
{
    qputenv("TZ", zone);
    tzset();
}

} // namespace

class tst_WorkOrderDocumentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sheetCarriesTheWorkOrder_data();
    void sheetCarriesTheWorkOrder();
    void panelsAndHardwareOfItsOwnTask();
    void printedCodesReadBack_data();
    void printedCodesReadBack();
    void aLabelForEveryPiece();
    void labelCodesReadBack_data();
    void labelCodesReadBack();
    void unknownWorkOrder();

private:
    QTemporaryDir m_dir;
    QString m_workOrder;
    QStringList m_partIds;  // 侧板, 顶板, 背板
};

void tst_WorkOrderDocumentBuilder::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(Storage::Database::open(m_dir.filePath("builder.db")));
    run("INSERT INTO org_units(id, hlc, kind, code, name, created_at, updated_at) "
        "VALUES ('u1', 'h', 'workshop', 'WS-CAB', '柜体车间', 'x', 'x')");
    run("INSERT INTO customers(id, hlc, channel, name, created_at, updated_at) "
        "VALUES ('c1', 'h', 'store', '王伟', 'x', 'x')");
    const QString order = newId();
    run("INSERT INTO sales_orders(id, hlc, order_no, channel, customer_id, status, created_at, "
        "updated_at) VALUES (?, 'h', 'SO00000042', 'store', 'c1', 'in_production', 'x', 'x')",
        {order});
    const QString nesting = addCenter("NEST-01", "数控开料中心", 2);
    const QString edging = addCenter("EDGE-01", "直线封边机", 1);
    m_workOrder = newId();
    run("INSERT INTO work_orders(id, hlc, wo_no, order_id, task_key, workshop, parts, area_mm2, "
        "material, colour, due_date, priority, status, created_at, updated_at) VALUES (?, 'h', "
        "'WO-SO00000042-CAB', ?, 'work_order:WS-CAB', 'WS-CAB', 4, 1750000, '颗粒板 E0', '暖白', "
        "'2026-03-20', 10, 'released', 'x', 'x')",
        {m_workOrder, order});
    const QList<QVariantList> ops = {
        {10, nesting, "开料", "waiting", shanghai("2026-03-02 08:00"),
         shanghai("2026-03-02 09:30"), 1},
        {20, edging, "封边", "waiting", shanghai("2026-03-02 09:30"),
         shanghai("2026-03-02 11:00"), 0},
        {30, edging, "返修", "cancelled", QVariant(), QVariant(), QVariant()},
    };
    for (const QVariantList &op : ops) {
        run("INSERT INTO operations(id, hlc, work_order_id, seq, work_center_id, name, "
            "run_seconds, quantity, status, planned_start, planned_end, lane, created_at, "
            "updated_at) VALUES (?, 'h', ?, ?, ?, ?, 60, 4, ?, ?, ?, ?, 'x', 'x')",
            QVariantList{newId(), m_workOrder} + op);
    }
    m_partIds = {addPart(order, "work_order:WS-CAB", "侧板", 720, 560, 18, 2, "L1"),
                 addPart(order, "work_order:WS-CAB", "顶板", 764, 560, 18, 1, "L1"),
                 addPart(order, "work_order:WS-CAB", "背板", 764, 700, 9, 1, "")};
    // The order's doors go to another workshop: not on this work order.
    addPart(order, "work_order:WS-DOOR", "门板", 716, 396, 18, 2, "L1L2W1W2");
    addHardware(order, "work_order:WS-CAB", "HW-HINGE", "铰链", 4'000'000, "piece");
    addHardware(order, "work_order:WS-CAB", "HW-LEG", "调节脚", 1'500'000, "set");
    addHardware(order, "work_order:WS-DOOR", "HW-HANDLE", "拉手", 2'000'000, "piece");
}

void tst_WorkOrderDocumentBuilder::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_WorkOrderDocumentBuilder::sheetCarriesTheWorkOrder_data()
{
    QTest::addColumn<QByteArray>("computerZone");
    QTest::newRow("computer in Shanghai") << QByteArray("Asia/Shanghai");
    QTest::newRow("computer on Kiritimati, UTC+14") << QByteArray("Pacific/Kiritimati");
    QTest::newRow("computer in Honolulu, UTC-10") << QByteArray("Pacific/Honolulu");
}

void tst_WorkOrderDocumentBuilder::sheetCarriesTheWorkOrder()
{
    QFETCH(QByteArray, computerZone);
    setComputerZone(computerZone);
    const auto doc = WorkOrderDocumentBuilder::document(
        db(), m_workOrder, QTimeZone("Asia/Shanghai"),
        QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC));
    setComputerZone("UTC");
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().toString()));
    // The heading reads the plain number; both codes carry what a station scans.
    QCOMPARE(doc->woNo, QString("WO-SO00000042-CAB"));
    QCOMPARE(doc->barcodeText, QString("WO:WO-SO00000042-CAB"));
    QCOMPARE(doc->qrText, doc->barcodeText);
    QCOMPARE(doc->orderNo, QString("SO00000042"));
    QCOMPARE(doc->customer, QString("王伟"));
    QCOMPARE(doc->workshop, QString("柜体车间"));
    QCOMPARE(doc->dueDate, QDate(2026, 3, 20));
    QCOMPARE(doc->priority, 10);
    QCOMPARE(doc->printedAt, QString("2026-03-01 09:00"));

    QStringList operations;
    for (const Printing::WorkOrderOperation &op : doc->operations) {
        operations.append(QString("%1 %2 %3 %4-%5")
                              .arg(op.seq)
                              .arg(op.workCenter, op.name, op.plannedStart, op.plannedEnd));
    }
    // The cancelled operation is left out; the machine shows where a center has several.
    QCOMPARE(operations, (QStringList{"10 数控开料中心 no. 2 开料 03-02 08:00-03-02 09:30",
                                      "20 直线封边机 封边 03-02 09:30-03-02 11:00"}));
    QVERIFY2(doc->notes.contains("Rush"), qPrintable(doc->notes));
    QVERIFY2(doc->notes.contains("颗粒板 E0 暖白"), qPrintable(doc->notes));
}

void tst_WorkOrderDocumentBuilder::panelsAndHardwareOfItsOwnTask()
{
    const auto doc = WorkOrderDocumentBuilder::document(db(), m_workOrder,
                                                        QTimeZone("Asia/Shanghai"));
    QVERIFY(doc);
    QStringList panels;
    for (const Printing::WorkOrderPanel &p : doc->panels) {
        panels.append(QString("%1 %2×%3×%4 ×%5 %6 %7 %8 %9")
                          .arg(p.name)
                          .arg(p.lengthMm)
                          .arg(p.widthMm)
                          .arg(p.thicknessMm)
                          .arg(p.quantity)
                          .arg(p.areaMm2)
                          .arg(p.edges, p.material, p.colour));
    }
    QCOMPARE(panels, (QStringList{"侧板 720×560×18 ×2 806400 L1 颗粒板 E0 暖白",
                                  "顶板 764×560×18 ×1 427840 L1 颗粒板 E0 暖白",
                                  "背板 764×700×9 ×1 534800  颗粒板 E0 暖白"}));
    QCOMPARE(doc->hardware.size(), 2);
    QCOMPARE(doc->hardware[0].code, QString("HW-HINGE"));
    QCOMPARE(doc->hardware[0].quantityMicros, qint64(4'000'000));
    QCOMPARE(doc->hardware[0].unit, QString("pcs"));
    QCOMPARE(doc->hardware[1].name, QString("调节脚"));
    QCOMPARE(doc->hardware[1].unit, QString("set(s)"));
}

void tst_WorkOrderDocumentBuilder::printedCodesReadBack_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("203 dpi") << 203;
    QTest::newRow("300 dpi") << 300;
}

void tst_WorkOrderDocumentBuilder::printedCodesReadBack()
{
    QFETCH(int, dpi);
    const auto doc = WorkOrderDocumentBuilder::document(db(), m_workOrder,
                                                        QTimeZone("Asia/Shanghai"));
    QVERIFY(doc);
    const auto sheet = Printing::WorkOrderSheet::layOut(doc.value(), dpi);
    QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().toString()));
    QCOMPARE(sheet->panelsOnPage(0), (QList<int>{0, 1, 2}));
    const QList<PrintedCodes::Decoded> codes = PrintedCodes::decodeAll(
        sheet->renderPage(0), ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::QRCode);
    QCOMPARE(PrintedCodes::texts(codes),
             (QStringList{"WO:WO-SO00000042-CAB", "WO:WO-SO00000042-CAB"}));
    // What the station's scanner makes of it: this work order.
    const ShopfloorCode read = ShopfloorCode::parse(codes.first().text);
    QCOMPARE(read.kind(), ShopfloorCode::Kind::WorkOrder);
    QCOMPARE(read.value(), QString("WO-SO00000042-CAB"));
}

void tst_WorkOrderDocumentBuilder::aLabelForEveryPiece()
{
    const auto labels = WorkOrderDocumentBuilder::partLabels(db(), m_workOrder);
    QVERIFY2(labels, qPrintable(labels ? QString() : labels.error().toString()));
    QCOMPARE(labels->size(), 4);
    const QStringList names{"侧板", "侧板", "顶板", "背板"};
    const QStringList ids{m_partIds[0], m_partIds[0], m_partIds[1], m_partIds[2]};
    for (int i = 0; i < 4; ++i) {
        const Printing::PartLabel &l = labels->at(i);
        QCOMPARE(l.partName, names[i]);
        QCOMPARE(l.partId, ShopfloorCode::forPart(ids[i]));
        QCOMPARE(ShopfloorCode::parse(l.partId).value(), ids[i]);
        QCOMPARE(l.orderNo, QString("SO00000042"));
        QCOMPARE(l.workOrderNo, QString("WO-SO00000042-CAB"));
        QCOMPARE(l.thicknessMm, qint64(i == 3 ? 9 : 18));
    }
    QCOMPARE(labels->at(2).lengthMm, qint64(764));
    QCOMPARE(labels->at(2).widthMm, qint64(560));
    QCOMPARE(labels->at(0).edges, QString("L1"));
}

void tst_WorkOrderDocumentBuilder::labelCodesReadBack_data()
{
    QTest::addColumn<QSizeF>("sizeMm");
    QTest::addColumn<int>("dpi");
    QTest::newRow("100×60 at 203 dpi") << QSizeF(100, 60) << 203;
    QTest::newRow("100×60 at 300 dpi") << QSizeF(100, 60) << 300;
    QTest::newRow("60×40 at 203 dpi") << QSizeF(60, 40) << 203;
    QTest::newRow("60×40 at 300 dpi") << QSizeF(60, 40) << 300;
}

void tst_WorkOrderDocumentBuilder::labelCodesReadBack()
{
    QFETCH(QSizeF, sizeMm);
    QFETCH(int, dpi);
    const auto labels = WorkOrderDocumentBuilder::partLabels(db(), m_workOrder);
    QVERIFY(labels);
    const Printing::LabelStock stock{sizeMm, dpi};
    for (const Printing::PartLabel &l : labels.value()) {
        const Core::Status fits = Printing::LabelPrinter::check(l, stock);
        QVERIFY2(fits, qPrintable(fits ? QString() : fits.error().toString()));
    }
    const auto image = Printing::LabelPrinter::toImage(labels->at(3), stock);
    QVERIFY(image);
    const QList<PrintedCodes::Decoded> codes =
        PrintedCodes::decodeAll(*image, ZXing::BarcodeFormat::QRCode);
    QCOMPARE(PrintedCodes::texts(codes), QStringList{ShopfloorCode::forPart(m_partIds[2])});
}

void tst_WorkOrderDocumentBuilder::unknownWorkOrder()
{
    const auto doc = WorkOrderDocumentBuilder::document(db(), "no-such-id", QTimeZone::utc());
    QVERIFY(!doc);
    QVERIFY2(doc.error().message.contains("does not exist"), qPrintable(doc.error().message));
    const auto labels = WorkOrderDocumentBuilder::partLabels(db(), "no-such-id");
    QVERIFY(!labels);
    QCOMPARE(labels.error().where, QString("no-such-id"));
}

QTEST_MAIN(tst_WorkOrderDocumentBuilder)
#include "tst_workorderdocumentbuilder.moc"
