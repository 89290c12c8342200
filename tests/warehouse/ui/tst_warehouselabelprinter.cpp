#include "../../printing/printedcodes.h"
#include "../packingfixture.h"
#include "printing/printfonts.h"
#include "production/shopfloorcode.h"
#include "warehouse/packagestore.h"
#include "warehouse/packhandler.h"
#include "warehouse/packplanner.h"
#include "warehouse/ui/packingjobs.h"
#include "warehouse/ui/warehouselabelprinter.h"
#include "warehouse/warehousestore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PackingFixture;

namespace {

constexpr auto Formats = ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::QRCode;

QStringList decoded(const QImage &image)
{
    QStringList found;
    for (const PrintedCodes::Decoded &d : PrintedCodes::decodeAll(image, Formats))
        found.append(QString("%1 %2").arg(d.format == ZXing::BarcodeFormat::QRCode ? "QR"
                                                                                    : "C128",
                                          d.text));
    found.sort();
    return found;
}

} // namespace

class tst_WarehouseLabelPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void pdf_data();
    void pdf();
    void codeTooLongRefused();
    void packingJobsWriteClosedPackagesLabel();

private:
    WarehouseLabelPrinter::Label label(const QString &kind) const;

    QTemporaryDir m_dir;
    PackageLabel m_package;
};

void tst_WarehouseLabelPrinter::initTestCase()
{
    QVERIFY(Printing::PrintFonts::checkChinese());
    QVERIFY(openWithOrders(m_dir, true));
    const auto plan = PackPlanner::planOrder(db(), "ord-a");
    QVERIFY(plan);
    QVERIFY(PackageStore::writePlan(db(), "ord-a", *plan, "test"));
    const QString first = PackageStore::packages(db(), "ord-a")->first().id;
    const auto label = PackageLabel::forPackage(db(), first);
    QVERIFY(label);
    m_package = *label;
}

WarehouseLabelPrinter::Label tst_WarehouseLabelPrinter::label(const QString &kind) const
{
    if (kind == "package")
        return m_package;
    if (kind == "package, many lines") {
        PackageLabel many = m_package;
        for (int i = 0; i < 12; ++i)
            many.contents.append(QString("抽屉侧板 450×120 ×%1").arg(i + 1));
        return many;
    }
    if (kind == "bin")
        return *WarehouseStore::findBinByCode(db(), "FG-STAGE");
    return *WarehouseLabelPrinter::partLabel(db(), partId(1));
}

void tst_WarehouseLabelPrinter::roundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QStringList>("codes");

    const QString pk = "PK:SO-PACK-A-1/3";
    const QString pt = Production::ShopfloorCode::forPart(partId(1));
    for (int dpi : {203, 300}) {
        QTest::addRow("package at %d dpi", dpi)
            << "package" << dpi << QStringList{"C128 " + pk, "QR " + pk};
        QTest::addRow("package with many lines at %d dpi", dpi)
            << "package, many lines" << dpi << QStringList{"C128 " + pk, "QR " + pk};
        QTest::addRow("bin at %d dpi", dpi)
            << "bin" << dpi << QStringList{"C128 BN:FG-STAGE", "QR BN:FG-STAGE"};
        QTest::addRow("part at %d dpi", dpi) << "part" << dpi << QStringList{"QR " + pt};
    }
}

void tst_WarehouseLabelPrinter::roundTrip()
{
    QFETCH(QString, kind);
    QFETCH(int, dpi);
    QFETCH(QStringList, codes);

    const Printing::LabelStock stock{QSizeF(100.0, 60.0), dpi};
    const auto image = WarehouseLabelPrinter::toImage(label(kind), stock);
    QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
    QCOMPARE(image->format(), QImage::Format_Mono);
    QCOMPARE(image->size(), QSize(dpi * 100 * 10 / 254, dpi * 60 * 10 / 254));
    QCOMPARE(decoded(*image), codes);
    // Every read of the labels is a code the scanning pages act on.
    for (const QString &code : codes) {
        const ScanCode read = ScanCode::parse(code.section(' ', 1));
        QVERIFY2(read.isValid(), qPrintable(read.error()));
    }
    // HEARTH_LABEL_SAMPLES names a folder to keep the images in, for people to look at.
    if (const QString samples = qEnvironmentVariable("HEARTH_LABEL_SAMPLES"); !samples.isEmpty())
        image->save(QDir(samples).filePath(QString(QTest::currentDataTag()).replace(' ', '-')
                                           + ".png"));
}

void tst_WarehouseLabelPrinter::pdf_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("203 dpi") << 203;
    QTest::newRow("300 dpi") << 300;
}

void tst_WarehouseLabelPrinter::pdf()
{
    QFETCH(int, dpi);
    const Printing::LabelStock stock{QSizeF(100.0, 60.0), dpi};
    const QString file = m_dir.filePath(QString("labels-%1.pdf").arg(dpi));
    const QList<WarehouseLabelPrinter::Label> labels{label("package"), label("bin"),
                                                     label("part")};
    const auto written = WarehouseLabelPrinter::writePdf(labels, stock, file);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QCOMPARE(PrintedCodes::pdfPageCount(pdf), 3);
    // 杭 (U+676D) of the city and 张 (U+5F20) of the customer are drawn in an embedded font.
    const QByteArray maps = PrintedCodes::pdfCharacterMaps(pdf);
    QVERIFY(maps.contains("<676d>"));
    QVERIFY(maps.contains("<5f20>"));
    for (const PrintedCodes::PdfFont &font : PrintedCodes::pdfFonts(pdf))
        QVERIFY2(font.embedded, qPrintable(font.name));

    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the pages are not read back");
    const QStringList expected[] = {
        {"C128 PK:SO-PACK-A-1/3", "QR PK:SO-PACK-A-1/3"},
        {"C128 BN:FG-STAGE", "QR BN:FG-STAGE"},
        {"QR " + Production::ShopfloorCode::forPart(partId(1))}};
    for (int page = 1; page <= 3; ++page) {
        const QImage image = PrintedCodes::rasterisePdf(
            file, page, dpi, m_dir.filePath(QString("page-%1-%2").arg(dpi).arg(page)));
        QVERIFY(!image.isNull());
        QCOMPARE(decoded(image), expected[page - 1]);
    }
}

void tst_WarehouseLabelPrinter::codeTooLongRefused()
{
    PackageLabel tooLong = m_package;
    tooLong.code = "PK:" + QString(60, 'X') + "-1/3";
    const Printing::LabelStock stock{QSizeF(50.0, 30.0), 203};
    const auto image = WarehouseLabelPrinter::toImage(tooLong, stock);
    QVERIFY(!image);
    QVERIFY2(image.error().where.contains("Package label PK:XXXX"),
             qPrintable(image.error().toString()));
    const QString file = m_dir.filePath("refused.pdf");
    QVERIFY(!WarehouseLabelPrinter::writePdf({m_package, tooLong}, stock, file));
    QVERIFY(!QFile::exists(file));
}

void tst_WarehouseLabelPrinter::packingJobsWriteClosedPackagesLabel()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!PackingJobs::create(ScanJob::Receive, db()));
    QVERIFY(PackingJobs::create(ScanJob::Load, db()));
    const std::unique_ptr<ScanHandler> pack = PackingJobs::create(ScanJob::Pack, db());
    QVERIFY(pack);
    QDir(PackingJobs::labelFolder()).removeRecursively();
    ScanResult last;
    for (int n : {1, 2, 1}) {
        last = pack->handle(ScanEvent::fromRead(Production::ShopfloorCode::forPart(partId(n)),
                                                ScanEvent::Source::Keyboard,
                                                ScanEvent::Suffix::Enter));
        QCOMPARE(int(last.outcome), int(ScanResult::Outcome::Ok));
    }
    QVERIFY2(!last.detail.contains("not printed"), qPrintable(last.detail));
    const QString file = QDir(PackingJobs::labelFolder()).filePath("PK-SO-PACK-A-1-3.pdf");
    QVERIFY(QFile::exists(file));
    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the label is not read back");
    const QImage image = PrintedCodes::rasterisePdf(file, 1, 203, m_dir.filePath("jobs"));
    QCOMPARE(decoded(image), QStringList({"C128 PK:SO-PACK-A-1/3", "QR PK:SO-PACK-A-1/3"}));
    QDir(PackingJobs::labelFolder()).removeRecursively();
}

QTEST_MAIN(tst_WarehouseLabelPrinter)
#include "tst_warehouselabelprinter.moc"
