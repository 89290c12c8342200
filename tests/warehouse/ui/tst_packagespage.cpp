#include "../../printing/printedcodes.h"
#include "../packingfixture.h"
#include "production/shopfloorcode.h"
#include "warehouse/packagestore.h"
#include "warehouse/packhandler.h"
#include "warehouse/packplanner.h"
#include "warehouse/ui/packagesmodel.h"
#include "warehouse/ui/packagespage.h"
#include "widgets/language.h"
#include "widgets/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Hearth;
using namespace Hearth::Warehouse;
using namespace PackingFixture;

namespace {

// The page's new strings in Chinese, from a {"English": "中文"} file, until the lead puts them
// in the .ts files.
class JsonTranslator : public QTranslator
{
public:
    bool load(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        m_map = QJsonDocument::fromJson(f.readAll()).object().toVariantMap();
        return !m_map.isEmpty();
    }
    bool isEmpty() const override { return m_map.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString text = m_map.value(QString::fromUtf8(source)).toString();
        return n >= 0 ? QString(text).replace("%n", QString::number(n)) : text;
    }

private:
    QVariantMap m_map;
};

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class tst_PackagesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void rows_data();
    void rows();
    void missingForSelectedOrder();
    void planFromThePage();
    void planRefusedOncePacking();
    void saveLabels();
    void printLabels();
    void render();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JsonTranslator> m_strings;
};

void tst_PackagesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Widgets::Theme::apply(*qApp);
    const QByteArray json = qgetenv("HEARTH_PACKING_ZH_JSON");
    if (!json.isEmpty()) {
        QVERIFY(Widgets::Language::install("zh_CN"));
        m_strings = std::make_unique<JsonTranslator>();
        QVERIFY(m_strings->load(QString::fromLocal8Bit(json)));
        QCoreApplication::installTranslator(m_strings.get());
    }
}

void tst_PackagesPage::init()
{
    // Order A planned, its first package packed and staged, the door work order in edge
    // banding, four hinges of the four needed in stock; order B not planned.
    QVERIFY(openWithOrders(m_dir, false));
    QVERIFY(receive("HG-35", "HW-C01", 4));
    const auto plan = PackPlanner::planOrder(db(), "ord-a");
    QVERIFY(plan);
    QVERIFY(PackageStore::writePlan(db(), "ord-a", *plan, "test"));
    PackHandler pack(db());
    const QString side = Production::ShopfloorCode::forPart(partId(1));
    const QString shelf = Production::ShopfloorCode::forPart(partId(2));
    for (const QString &read : {side, side, shelf, QString("PK:SO-PACK-A-1/3")}) {
        const ScanResult r = pack.handle(
            ScanEvent::fromRead(read, ScanEvent::Source::Keyboard, ScanEvent::Suffix::Enter));
        QCOMPARE(int(r.outcome), int(ScanResult::Outcome::Ok));
    }
}

void tst_PackagesPage::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("order A, one of three staged")
        << 0 << QStringList{"SO-PACK-A", "张三", "杭州市", "1/3 closed", "1/3", "0/3", "4 missing"};
    QTest::newRow("order B, not planned")
        << 1 << QStringList{"SO-PACK-B", "李四", "宁波市", "not planned", "", "", "2 missing"};
}

void tst_PackagesPage::rows()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    if (m_strings)
        QSKIP("the cells are compared in English");
    PackagesPage page;
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 2);
    QStringList got;
    for (int c = 0; c < PackagesModel::ColumnCount; ++c)
        got.append(cell(page.model(), row, c));
    QCOMPARE(got, cells);
    QCOMPARE(page.model()->index(row, 0).data(PackagesModel::CompleteRole).toBool(), false);
}

void tst_PackagesPage::missingForSelectedOrder()
{
    if (m_strings)
        QSKIP("the lines are compared in English");
    PackagesPage page;
    page.selectOrder("ord-a");
    QCOMPARE(page.selectedOrderId(), QString("ord-a"));
    QCOMPARE(page.missingLines(),
             QStringList({"Package 2/3 | 0 of 1 lines packed | PK:SO-PACK-A-2/3 | nothing "
                          "packed yet",
                          "Package 3/3 | 0 of 1 lines packed | PK:SO-PACK-A-3/3 | nothing "
                          "packed yet",
                          "门板 700×396 | 0 of 2 pieces packed | WO-A2 | work order WO-A2 not "
                          "finished: waiting for operation 20 封边",
                          "HG-35 铰链 | 0 of 4 packed | HG-35 | received; not packed yet "
                          "(package 3)"}));
    page.selectOrder("ord-b");
    QCOMPARE(page.missingLines().size(), 2);
    QVERIFY(page.missingLines().first().contains("no packages planned"));
}

void tst_PackagesPage::planFromThePage()
{
    PackagesPage page;
    page.selectOrder("ord-b");
    QVERIFY(page.planSelected());
    QCOMPARE(page.selectedOrderId(), QString("ord-b"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM packages WHERE order_id = 'ord-b' AND deleted = 0")
                 .toInt(),
             1);
    const int row = page.model()->rowOf("ord-b");
    QCOMPARE(page.model()->index(row, PackagesModel::Staged).data().toString(),
             QString("0/1"));
    if (!m_strings)
        QCOMPARE(page.message(), QString("SO-PACK-B: 1 package(s) planned"));
}

void tst_PackagesPage::planRefusedOncePacking()
{
    PackagesPage page;
    page.selectOrder("ord-a");
    const QString before = scalar("SELECT COUNT(*) FROM outbox");
    QVERIFY(!page.planSelected());
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox"), before);
    QVERIFY(page.message().contains("PK:SO-PACK-A-1/3"));
}

void tst_PackagesPage::saveLabels()
{
    PackagesPage page;
    page.selectOrder("ord-b");
    QVERIFY(!page.saveLabels());
    if (!m_strings)
        QVERIFY2(page.message().contains("no packages yet"), qPrintable(page.message()));

    page.selectOrder("ord-a");
    const auto file = page.saveLabels();
    QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
    QVERIFY(file->endsWith("SO-PACK-A-packages.pdf"));
    QFile pdf(*file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(PrintedCodes::pdfPageCount(pdf.readAll()), 3);
    pdf.close();
    if (!m_strings)
        QVERIFY2(page.message().contains("3 label(s) saved"), qPrintable(page.message()));
    QFile::remove(*file);
}

void tst_PackagesPage::printLabels()
{
    // A label printer at 203 dpi, here writing its pages to a file instead of the thermal head.
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath("printed.pdf"));
    PackagesPage page;
    page.selectOrder("ord-b");
    QVERIFY(!page.printLabels(&printer));
    QVERIFY(!QFile::exists(printer.outputFileName()));

    page.selectOrder("ord-a");
    const auto printed = page.printLabels(&printer);
    QVERIFY2(printed, qPrintable(printed ? QString() : printed.error().toString()));
    QCOMPARE(*printed, 3);
    QFile pdf(printer.outputFileName());
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QCOMPARE(PrintedCodes::pdfPageCount(pdf.readAll()), 3);
    pdf.close();
    if (!m_strings)
        QVERIFY2(page.message().contains("Sent 3 label(s)"), qPrintable(page.message()));
    if (PrintedCodes::pdftoppm().isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the label is not read back");
    const QImage second = PrintedCodes::rasterisePdf(printer.outputFileName(), 2, 203,
                                                     dir.filePath("page-2"));
    QVERIFY(!second.isNull());
    const QStringList codes = PrintedCodes::texts(PrintedCodes::decodeAll(
        second, ZXing::BarcodeFormat::Code128 | ZXing::BarcodeFormat::QRCode));
    QCOMPARE(codes, QStringList({"PK:SO-PACK-A-2/3", "PK:SO-PACK-A-2/3"}));
}

void tst_PackagesPage::render()
{
    PackagesPage page;
    page.resize(1280, 720);
    page.show();
    page.selectOrder("ord-a");
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QImage image = page.grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 720));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 30, "the page looks blank");
    const QByteArray dir = qgetenv("HEARTH_PACKING_PNG_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + "/packages-"
                           + (m_strings ? "zh_CN" : "en") + ".png"));
        // The database too, for the shell's --render.
        const QString copy = QString::fromLocal8Bit(dir) + "/packages-sample.db";
        QFile::remove(copy);
        QVERIFY(exec("VACUUM INTO '" + copy + "'"));
    }
}

QTEST_MAIN(tst_PackagesPage)
#include "tst_packagespage.moc"
