// The desk's scanner settings (扫描枪设置): kept in the desk database, used by the scanning
// page at its next start, a serial scanner opened from them (a pseudo-terminal stands in for
// the cable), and a port that will not open said in the page, never in a dialog.

#include "storage/database.h"
#include "warehouse/scannersettings.h"
#include "warehouse/ui/scaninput.h"
#include "warehouse/ui/scannersettingspanel.h"
#include "warehouse/ui/scanpage.h"
#include "warehouse/ui/serialscanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <pty.h>
#include <unistd.h>

using namespace Hearth;
using namespace Hearth::Warehouse;

class tst_ScannerSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void keptAndReadBack();
    void wrongSettingsAreRefused_data();
    void wrongSettingsAreRefused();
    void pageUsesTheKeptSettings();
    void serialScannerFromTheSettings();
    void missingPortIsSaidInThePage();
    void learnedTimingIsKept();

private:
    QTemporaryDir m_dir;
};

void tst_ScannerSettings::init()
{
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                        + QStringLiteral(".db"));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
}

void tst_ScannerSettings::cleanup()
{
    Storage::Database::close();
}

void tst_ScannerSettings::keptAndReadBack()
{
    Storage::Connection &c = Storage::Database::connection();
    QCOMPARE(ScannerSettings::load(c), ScannerSettings());
    ScannerSettings s;
    s.serialPort = QStringLiteral("/dev/ttyACM0");
    s.baudRate = 115200;
    s.suffix = QStringLiteral("tab");
    s.sound = false;
    s.wedge.maxGapMs = 60;
    s.wedge.tabEnds = false;
    QVERIFY(ScannerSettings::save(c, s));
    QCOMPARE(ScannerSettings::load(c), s);

    // A value another version wrote wrongly gives the defaults, not a broken page.
    QVERIFY(c.execScript(QStringLiteral("UPDATE settings SET value = '{\"baud_rate\": 7}' "
                                        "WHERE key = 'warehouse.scanner'")));
    QCOMPARE(ScannerSettings::load(c), ScannerSettings());
}

void tst_ScannerSettings::wrongSettingsAreRefused_data()
{
    QTest::addColumn<int>("gap");
    QTest::addColumn<int>("baud");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("field");
    QTest::newRow("pause too short") << 2 << 9600 << "any" << "max_gap_ms";
    QTest::newRow("pause too long") << 900 << 9600 << "any" << "max_gap_ms";
    QTest::newRow("odd speed") << 35 << 14400 << "any" << "baud_rate";
    QTest::newRow("unknown suffix") << 35 << 9600 << "crlf" << "suffix";
}

void tst_ScannerSettings::wrongSettingsAreRefused()
{
    QFETCH(int, gap);
    QFETCH(int, baud);
    QFETCH(QString, suffix);
    QFETCH(QString, field);
    ScannerSettings s;
    s.wedge.maxGapMs = gap;
    s.baudRate = baud;
    s.suffix = suffix;
    const Core::Status saved = ScannerSettings::save(Storage::Database::connection(), s);
    QVERIFY(!saved);
    QCOMPARE(saved.error().where, field);
    QCOMPARE(ScannerSettings::load(Storage::Database::connection()), ScannerSettings());
}

void tst_ScannerSettings::pageUsesTheKeptSettings()
{
    ScannerSettings s;
    s.sound = false;
    s.wedge.maxGapMs = 48;
    QVERIFY(ScannerSettings::save(Storage::Database::connection(), s));
    ScanPage page;
    QVERIFY(!page.soundEnabled());
    QCOMPARE(page.scanInput()->settings().maxGapMs, 48);
    QVERIFY(!page.serialScanner());
    QCOMPARE(page.settingsPanel()->gapField()->value(), 48);
    QVERIFY(!page.settingsPanel()->soundChoice()->isChecked());

    // The strip starts hidden and opens with its button; Apply keeps what it shows.
    QVERIFY(page.settingsPanel()->isHidden());
    auto *button = page.findChild<QPushButton *>(QStringLiteral("scannerSettingsButton"));
    QVERIFY(button);
    button->click();
    QVERIFY(!page.settingsPanel()->isHidden());
    page.settingsPanel()->gapField()->setValue(70);
    page.settingsPanel()->soundChoice()->setChecked(true);
    page.settingsPanel()->findChild<QPushButton *>(QStringLiteral("applyScannerSettings"))
        ->click();
    QVERIFY(page.soundEnabled());
    QCOMPARE(page.scanInput()->settings().maxGapMs, 70);
    QCOMPARE(ScannerSettings::load(Storage::Database::connection()).wedge.maxGapMs, 70);
    QVERIFY2(page.settingsPanel()->statusText().contains(QStringLiteral("Kept")),
             qPrintable(page.settingsPanel()->statusText()));
}

void tst_ScannerSettings::serialScannerFromTheSettings()
{
    int master = -1;
    int slave = -1;
    char name[256] = {};
    QVERIFY(openpty(&master, &slave, name, nullptr, nullptr) == 0);
    const QString port = QString::fromLocal8Bit(name);

    ScannerSettings s;
    s.serialPort = port;
    s.suffix = QStringLiteral("cr");
    s.sound = false;
    QVERIFY(ScannerSettings::save(Storage::Database::connection(), s));
    {
        // The next start of the page opens the port by itself.
        ScanPage page;
        QVERIFY(page.serialScanner());
        QCOMPARE(page.serialScanner()->settings().portName, port);
        QVERIFY2(page.sourceText().contains(port), qPrintable(page.sourceText()));
        const QByteArray read = "BN:HW-RCV\r";
        QCOMPARE(::write(master, read.constData(), size_t(read.size())), ssize_t(read.size()));
        QTRY_COMPARE(page.history()->rowCount(), 1);
        QCOMPARE(page.history()->index(0, ScanPage::CodeColumn).data().toString(),
                 QStringLiteral("BN:HW-RCV"));

        // Naming no port closes it.
        ScannerSettings none = s;
        none.serialPort.clear();
        page.applyScannerSettings(none, true);
        QVERIFY(!page.serialScanner());
    }
    ::close(master);
    ::close(slave);
}

void tst_ScannerSettings::missingPortIsSaidInThePage()
{
    ScanPage page;
    ScannerSettings s;
    s.serialPort = QStringLiteral("/dev/hearth-no-such-port");
    page.applyScannerSettings(s, true);
    QVERIFY(!page.serialScanner());
    QVERIFY2(page.settingsPanel()->statusText().contains(s.serialPort),
             qPrintable(page.settingsPanel()->statusText()));
    QVERIFY2(page.sourceText().contains(s.serialPort), qPrintable(page.sourceText()));
    // No dialog: nothing but the page is open.
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    // The settings are kept all the same: the scanner may be plugged in later.
    QCOMPARE(ScannerSettings::load(Storage::Database::connection()).serialPort, s.serialPort);
}

void tst_ScannerSettings::learnedTimingIsKept()
{
    ScanPage page;
    WedgeDetector::Settings learned;
    learned.maxGapMs = 22;
    learned.tabEnds = false;
    emit page.scanInput()->learned(learned);
    const ScannerSettings kept = ScannerSettings::load(Storage::Database::connection());
    QCOMPARE(kept.wedge.maxGapMs, 22);
    QVERIFY(!kept.wedge.tabEnds);
    ScanPage next;
    QCOMPARE(next.scanInput()->settings().maxGapMs, 22);
}

QTEST_MAIN(tst_ScannerSettings)
#include "tst_scannersettings.moc"
