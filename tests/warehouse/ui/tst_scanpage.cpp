#include "warehouse/codecheckhandler.h"
#include "warehouse/ui/scaninput.h"
#include "warehouse/ui/scanpage.h"
#include "warehouse/ui/warehousemodule.h"
#include "widgets/language.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Hearth;
using namespace Hearth::Warehouse;
using Outcome = ScanResult::Outcome;

Q_DECLARE_METATYPE(Hearth::Warehouse::ScanEvent)

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

// Fills "|" with the group separator.
QString gs(QString text)
{
    return text.replace(u'|', QChar(0x1d));
}

ScanEvent keyboardRead(const QString &read)
{
    return ScanEvent::fromRead(gs(read), ScanEvent::Source::Keyboard, ScanEvent::Suffix::Enter);
}

class CountingHandler : public ScanHandler
{
public:
    ScanResult handle(const ScanEvent &event) override
    {
        ++calls;
        ScanResult r;
        r.outcome = Outcome::Ok;
        r.message = "received " + event.code.summary();
        r.detail = "booked";
        return r;
    }
    QString prompt() const override { return "scan for the test"; }
    int calls = 0;
};

} // namespace

class tst_ScanPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomes_data();
    void outcomes();
    void duplicateAndStartOver();
    void keyboardBurstEndToEnd();
    void typedCode();
    void handlerTakesOver();
    void moduleOffersThePage();
    void render_data();
    void render();

private:
    std::unique_ptr<ScanPage> makePage();

    std::unique_ptr<JsonTranslator> m_strings;
};

void tst_ScanPage::initTestCase()
{
    qRegisterMetaType<ScanEvent>();
    QStandardPaths::setTestModeEnabled(true);
    Widgets::Theme::apply(*qApp);
    // The pictures are rendered in Chinese when the page's strings are given.
    const QByteArray json = qgetenv("HEARTH_SCAN_ZH_JSON");
    if (!json.isEmpty()) {
        QVERIFY(Widgets::Language::install("zh_CN"));
        m_strings = std::make_unique<JsonTranslator>();
        QVERIFY(m_strings->load(QString::fromLocal8Bit(json)));
        QCoreApplication::installTranslator(m_strings.get());
    }
}

std::unique_ptr<ScanPage> tst_ScanPage::makePage()
{
    auto page = std::make_unique<ScanPage>();
    page->setSoundEnabled(false);
    page->resize(1280, 800);
    page->show();
    QApplication::setActiveWindow(page.get());
    if (!QTest::qWaitForWindowActive(page.get()))
        return nullptr;
    QCoreApplication::processEvents();
    return page;
}

void tst_ScanPage::outcomes_data()
{
    QTest::addColumn<QString>("read");
    QTest::addColumn<Outcome>("outcome");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");

    QTest::newRow("GS1-128 carton") << "]C10106901234567892|10L2403" << Outcome::Ok
                                    << "GTIN 06901234567892 · batch L2403"
                                    << "Code checked: GS1-128. Nothing is booked yet";
    QTest::newRow("package label") << "]Q1PK:SO00000012-3/12" << Outcome::Ok
                                   << "order SO00000012, package 3 of 12"
                                   << "Code checked: QR Code. Nothing is booked yet";
    QTest::newRow("wrong check digit names the position")
        << "]C10106901234567893" << Outcome::Wrong << "Not accepted: nothing changed"
        << "GS1 data position 19: AI 01 (GTIN): check digit 3 is wrong, expected 2";
    QTest::newRow("input method") << "PK\uFF1ASO1-1/2" << Outcome::Wrong
                                  << "Not accepted: nothing changed"
                                  << "the input method changed this read (\"\uFF1A\" at "
                                     "position 3): switch the Chinese input method off or to "
                                     "English (Ctrl+Space or Shift) and scan again";
    QTest::newRow("station card") << "WC:PACK-1" << Outcome::Wrong << "station PACK-1"
                                  << "A shop-floor station card: scan it on the shop-floor "
                                     "page, not in the warehouse";
    QTest::newRow("unknown") << "HX-88231" << Outcome::Wrong << "Not accepted: nothing changed"
                             << "unknown code \"HX-88231\": not a GS1 code, nor a Hearth work "
                                "order, part, package, bin or purchase order code";
}

void tst_ScanPage::outcomes()
{
    QFETCH(QString, read);
    QFETCH(Outcome, outcome);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    if (m_strings)
        QSKIP("checks the English texts");

    auto page = makePage();
    QVERIFY(page);
    QSignalSpy handled(page.get(), &ScanPage::scanHandled);
    page->handleScan(keyboardRead(read));
    QCOMPARE(handled.size(), 1);
    QCOMPARE(page->lastResult().outcome, outcome);
    QCOMPARE(page->messageText(), message);
    QCOMPARE(page->detailText(), detail);
    QCOMPARE(page->count(outcome), 1);
    QCOMPARE(page->history()->rowCount(), 1);
    const QModelIndex result = page->history()->index(0, ScanPage::ResultColumn);
    QCOMPARE(result.data(Qt::UserRole).toInt(), int(outcome));
    QCOMPARE(result.data(Qt::BackgroundRole).value<QBrush>().color(), ScanPage::colour(outcome));
    // Never a dialog; the entry field keeps the focus for the next read.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QCoreApplication::processEvents();
    QCOMPARE(QApplication::focusWidget(), page->entryField());
}

void tst_ScanPage::duplicateAndStartOver()
{
    auto page = makePage();
    QVERIFY(page);
    page->handleScan(keyboardRead("]C10106901234567892|10L2403"));
    // The same goods from the DataMatrix on the other side of the carton.
    page->handleScan(keyboardRead("]d2010690123456789210L2403"));
    QCOMPARE(page->lastResult().outcome, Outcome::Duplicate);
    page->handleScan(keyboardRead("]E06901234567892"));  // only the GTIN: other goods
    QCOMPARE(page->lastResult().outcome, Outcome::Ok);
    QCOMPARE(page->count(Outcome::Ok), 2);
    QCOMPARE(page->count(Outcome::Duplicate), 1);
    QCOMPARE(page->history()->rowCount(), 3);
    // The newest read is on top.
    QCOMPARE(page->history()->index(1, ScanPage::ResultColumn).data(Qt::UserRole).toInt(),
             int(Outcome::Duplicate));
    QCOMPARE(ScanPage::beeps(Outcome::Ok), 1);
    QCOMPARE(ScanPage::beeps(Outcome::Duplicate), 2);
    QCOMPARE(ScanPage::beeps(Outcome::Wrong), 3);

    page->startOver();
    QCOMPARE(page->history()->rowCount(), 0);
    QCOMPARE(page->count(Outcome::Ok), 0);
    page->handleScan(keyboardRead("]C10106901234567892|10L2403"));
    QCOMPARE(page->lastResult().outcome, Outcome::Ok);
}

void tst_ScanPage::keyboardBurstEndToEnd()
{
    auto page = makePage();
    QVERIFY(page);
    qint64 now = 1000;
    page->scanInput()->setClock([&now] { return now; });
    QLineEdit *entry = page->entryField();
    QCOMPARE(QApplication::focusWidget(), entry);
    for (QChar c : QString("PK:SO00000012-4/12")) {
        const bool shifted = c.isUpper() || c == u':' || c == u'/';
        QTest::keyClick(entry, c.toLatin1(), shifted ? Qt::ShiftModifier : Qt::NoModifier);
        now += 4;
    }
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(page->count(Outcome::Ok), 1);
    QCOMPARE(page->lastCodeText(), QString("PK:SO00000012-4/12"));
    QCOMPARE(entry->text(), QString());
    QCOMPARE(page->history()->rowCount(), 1);
}

void tst_ScanPage::typedCode()
{
    auto page = makePage();
    QVERIFY(page);
    qint64 now = 1000;
    page->scanInput()->setClock([&now] { return now; });
    QSignalSpy handled(page.get(), &ScanPage::scanHandled);
    QLineEdit *entry = page->entryField();
    for (QChar c : QString("6901234567892")) {  // a person types the digits under the bars
        QTest::keyClick(entry, c.toLatin1());
        now += 180;
    }
    page->scanInput()->checkTimeouts();
    QCOMPARE(entry->text(), QString("6901234567892"));
    QTest::keyClick(entry, Qt::Key_Return);
    QCOMPARE(handled.size(), 1);
    const auto event = handled.first().first().value<ScanEvent>();
    QCOMPARE(event.source, ScanEvent::Source::Typed);
    QCOMPARE(page->lastResult().outcome, Outcome::Ok);
    QCOMPARE(entry->text(), QString());
}

void tst_ScanPage::handlerTakesOver()
{
    ScanHandler::setFactory([](ScanJob job) -> std::unique_ptr<ScanHandler> {
        if (job != ScanJob::Receive)
            return nullptr;
        return std::make_unique<CountingHandler>();
    });
    auto page = makePage();
    ScanHandler::setFactory({});
    QVERIFY(page);
    auto *receive = dynamic_cast<CountingHandler *>(page->handler(ScanJob::Receive));
    QVERIFY(receive);
    QVERIFY(dynamic_cast<CodeCheckHandler *>(page->handler(ScanJob::Load)));
    page->handleScan(keyboardRead("]E06901234567892"));
    QCOMPARE(receive->calls, 1);
    QCOMPARE(page->detailText(), QString("booked"));
    page->setJob(ScanJob::Load);
    page->handleScan(keyboardRead("]E06901234567892"));
    QCOMPARE(receive->calls, 1);
    QCOMPARE(page->job(), ScanJob::Load);
}

void tst_ScanPage::moduleOffersThePage()
{
    WarehouseModule module;
    QCOMPARE(module.id(), QString("warehouse"));
    QStringList ids;
    for (const Hearth::Widgets::PageInfo &info : module.pages())
        ids.append(info.id);
    QCOMPARE(ids, QStringList({"warehouse.scan", "warehouse.packages", "warehouse.shipments",
                               "warehouse.stock", "warehouse.purchasing"}));
    QCOMPARE(module.pages().first().permission, QString("inventory.write"));
    QCOMPARE(module.pages().at(1).permission, QString("inventory.read"));
    std::unique_ptr<QWidget> page(module.createPage("warehouse.scan", nullptr));
    QVERIFY(qobject_cast<ScanPage *>(page.get()));
    QCOMPARE(module.createPage("warehouse.nothing", nullptr), nullptr);
}

void tst_ScanPage::render_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<Outcome>("last");

    const QStringList day{"]C10106901234567892|10L2403|17260531", "]Q1PK:SO00000012-1/12",
                          "]Q1PK:SO00000012-2/12", "PK\uFF1ASO00000012-3/12",
                          "]Q1PK:SO00000012-2/12", "]E06901234567892"};
    QTest::newRow("ok") << "ok" << day << Outcome::Ok;
    QTest::newRow("wrong") << "wrong" << (QStringList(day) << "]C10106901234567893|10L9")
                           << Outcome::Wrong;
    QTest::newRow("duplicate") << "duplicate" << (QStringList(day) << "]Q1PK:SO00000012-1/12")
                               << Outcome::Duplicate;
}

void tst_ScanPage::render()
{
    QFETCH(QString, name);
    QFETCH(QStringList, reads);
    QFETCH(Outcome, last);
    auto page = makePage();
    QVERIFY(page);
    page->setJob(ScanJob::Pack);
    for (const QString &read : reads)
        page->handleScan(keyboardRead(read));
    QCOMPARE(page->lastResult().outcome, last);

    const QImage image = page->grab().toImage();
    QCOMPARE(image.size(), QSize(1280, 800));
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 50, "the page looks blank");
    // The big line wears the colour of the last read.
    QVERIFY(colours.contains(ScanPage::colour(last).rgb()));
    const QByteArray dir = qgetenv("HEARTH_SCAN_PNG_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(QString::fromLocal8Bit(dir) + "/scan-" + name + ".png"));
}

QTEST_MAIN(tst_ScanPage)
#include "tst_scanpage.moc"
