#include "warehouse/ui/serialscanner.h"

#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using namespace Hearth::Warehouse;
using Suffix = SerialScanner::Suffix;

Q_DECLARE_METATYPE(Hearth::Warehouse::ScanEvent)

// A pseudo-terminal pair stands in for the cable: the scanner opens the pty's slave side as
// its port, the test writes what a scanner would send into the master side.
class tst_SerialScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reads_data();
    void reads();
    void latin1Bytes();
    void missingPortNamesIt();

private:
    void send(const QByteArray &bytes);

    int m_master = -1;
    int m_slave = -1;
    QString m_port;
};

void tst_SerialScanner::initTestCase()
{
    qRegisterMetaType<ScanEvent>();
}

void tst_SerialScanner::init()
{
    char name[256] = {};
    QVERIFY(openpty(&m_master, &m_slave, name, nullptr, nullptr) == 0);
    m_port = QString::fromLocal8Bit(name);
}

void tst_SerialScanner::cleanup()
{
    ::close(m_master);
    ::close(m_slave);
}

void tst_SerialScanner::send(const QByteArray &bytes)
{
    QCOMPARE(::write(m_master, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
}

void tst_SerialScanner::reads_data()
{
    QTest::addColumn<Suffix>("suffix");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("reads");
    QTest::addColumn<int>("lastSuffix");

    const QString gs(QChar(0x1d));
    QTest::newRow("CR, GS1-128 with AIM and GS")
        << Suffix::Any << QByteArray("]C10106901234567892\x1d" "10L2403\r")
        << QStringList{"]C10106901234567892" + gs + "10L2403"} << int(ScanEvent::Suffix::Enter);
    QTest::newRow("CR LF counts once") << Suffix::Any
                                       << QByteArray("PK:SO1-1/2\r\nPK:SO1-2/2\r\n")
                                       << QStringList{"PK:SO1-1/2", "PK:SO1-2/2"}
                                       << int(ScanEvent::Suffix::Enter);
    QTest::newRow("LF only") << Suffix::LineFeed << QByteArray("WO:WO2603-0012\n")
                             << QStringList{"WO:WO2603-0012"} << int(ScanEvent::Suffix::Enter);
    QTest::newRow("Tab") << Suffix::Tab << QByteArray("6901234567892\t")
                         << QStringList{"6901234567892"} << int(ScanEvent::Suffix::Tab);
    QTest::newRow("UTF-8 QR text") << Suffix::CarriageReturn
                                   << QByteArray("]Q1\xe6\x9d\xbf\xe4\xbb\xb6 A\r")
                                   << QStringList{"]Q1板件 A"} << int(ScanEvent::Suffix::Enter);
    QTest::newRow("no suffix: the pause ends the read")
        << Suffix::None << QByteArray("]E06901234567892") << QStringList{"]E06901234567892"}
        << int(ScanEvent::Suffix::Timeout);
}

void tst_SerialScanner::reads()
{
    QFETCH(Suffix, suffix);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, reads);
    QFETCH(int, lastSuffix);

    SerialScanner scanner;
    QSignalSpy spy(&scanner, &SerialScanner::scanned);
    SerialScanner::Settings settings;
    settings.portName = m_port;
    settings.baudRate = 115200;
    settings.suffix = suffix;
    settings.pauseMs = 30;
    const auto opened = scanner.open(settings);
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().toString()));
    QVERIFY(scanner.isOpen());
    send(bytes);
    while (spy.size() < reads.size())
        QVERIFY(spy.wait(5000));
    QStringList got;
    for (const QList<QVariant> &args : spy) {
        const auto event = args.first().value<ScanEvent>();
        got.append(event.read);
        QCOMPARE(event.source, ScanEvent::Source::Serial);
        QCOMPARE(event.device, m_port);
    }
    QCOMPARE(got, reads);
    QCOMPARE(int(spy.last().first().value<ScanEvent>().suffix), lastSuffix);
    QVERIFY(!spy.wait(100));  // no extra, empty read for the second half of CR LF
}

void tst_SerialScanner::latin1Bytes()
{
    SerialScanner scanner;
    QSignalSpy spy(&scanner, &SerialScanner::scanned);
    QVERIFY(scanner.open({m_port, 9600, Suffix::Any, 50}).ok());
    send(QByteArray("10ABC\xb0\r"));  // not UTF-8: a degree sign in Latin-1
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.first().first().value<ScanEvent>().read, QString("10ABC°"));
}

void tst_SerialScanner::missingPortNamesIt()
{
    SerialScanner scanner;
    const auto opened = scanner.open({"/dev/hearth-no-such-scanner", 9600, Suffix::Any, 50});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().where, QString("/dev/hearth-no-such-scanner"));
    QVERIFY(opened.error().message.startsWith("cannot open the scanner's port: "));
    QVERIFY(!scanner.isOpen());
}

QTEST_MAIN(tst_SerialScanner)
#include "tst_serialscanner.moc"
