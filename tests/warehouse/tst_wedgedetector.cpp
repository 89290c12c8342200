#include "warehouse/wedgedetector.h"

#include <QTest>

using namespace Hearth::Warehouse;
using Key = WedgeDetector::Key;
using Keys = QList<WedgeDetector::Key>;
using Settings = WedgeDetector::Settings;

Q_DECLARE_METATYPE(Keys)
Q_DECLARE_METATYPE(WedgeDetector::Settings)

namespace {

// Recorded sequences, written the way the devices send them: each key a press and a release
// 1 ms later, upper-case letters and shifted signs inside Shift; gapMs between key presses.
class Recording
{
public:
    explicit Recording(qint64 startMs = 1000) : m_ms(startMs) {}

    Recording &type(const QString &text, int gapMs)
    {
        for (QChar c : text) {
            const bool shifted = c.isUpper() || QStringLiteral(":/!\"%&()*+<>?_").contains(c);
            if (shifted)
                press(Qt::Key_Shift, Qt::NoModifier, QString());
            const int key = c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - u'A')
                                         : c.unicode();
            const Qt::KeyboardModifiers mods = shifted ? Qt::ShiftModifier : Qt::NoModifier;
            press(key, mods, QString(c));
            release(key, mods, QString(c));
            if (shifted)
                release(Qt::Key_Shift, Qt::NoModifier, QString());
            m_ms += gapMs;
        }
        return *this;
    }
    Recording &enter() { return special(Qt::Key_Return, "\r"); }
    Recording &tab() { return special(Qt::Key_Tab, "\t"); }
    Recording &wait(int ms)
    {
        m_ms += ms;
        return *this;
    }
    /// The group separator as a wedge types it: Alt held, the code on the keypad.
    Recording &altCode(const QString &digits, int gapMs, bool numLock = true)
    {
        press(Qt::Key_Alt, Qt::NoModifier, QString());
        m_ms += 1;
        static const int noNumLock[] = {Qt::Key_Insert, Qt::Key_End, Qt::Key_Down,
                                        Qt::Key_PageDown, Qt::Key_Left, Qt::Key_Clear,
                                        Qt::Key_Right, Qt::Key_Home, Qt::Key_Up, Qt::Key_PageUp};
        const Qt::KeyboardModifiers mods = Qt::AltModifier | Qt::KeypadModifier;
        for (QChar d : digits) {
            const int key = numLock ? Qt::Key_0 + d.digitValue() : noNumLock[d.digitValue()];
            press(key, mods, QString());
            release(key, mods, QString());
            m_ms += 2;
        }
        release(Qt::Key_Alt, Qt::AltModifier, QString());
        m_ms += gapMs;
        return *this;
    }
    Recording &ctrlBracket(int gapMs)
    {
        press(Qt::Key_Control, Qt::NoModifier, QString());
        press(Qt::Key_BracketRight, Qt::ControlModifier, QString(QChar(0x1d)));
        release(Qt::Key_BracketRight, Qt::ControlModifier, QString(QChar(0x1d)));
        release(Qt::Key_Control, Qt::ControlModifier, QString());
        m_ms += gapMs;
        return *this;
    }
    Recording &preedit(const QString &text, int gapMs)
    {
        m_keys.append({Key::Type::Preedit, 0, {}, text, m_ms, false});
        m_ms += gapMs;
        return *this;
    }
    Recording &commit(const QString &text, int gapMs)
    {
        m_keys.append({Key::Type::Commit, 0, {}, text, m_ms, false});
        m_ms += gapMs;
        return *this;
    }
    Recording &shortcut(int key, int gapMs)
    {
        press(key, Qt::ControlModifier, QString());
        release(key, Qt::ControlModifier, QString());
        m_ms += gapMs;
        return *this;
    }
    Recording &autoRepeat(QChar c, int times, int gapMs)
    {
        const int key = Qt::Key_A + (c.toUpper().unicode() - u'A');
        for (int i = 0; i < times; ++i) {
            m_keys.append({Key::Type::Press, key, {}, QString(c), m_ms, i > 0});
            m_ms += gapMs;
        }
        release(key, Qt::NoModifier, QString(c));
        return *this;
    }
    Keys keys() const { return m_keys; }

private:
    Recording &special(int key, const char *text)
    {
        press(key, Qt::NoModifier, QString::fromLatin1(text));
        release(key, Qt::NoModifier, QString::fromLatin1(text));
        m_ms += 3;
        return *this;
    }
    void press(int key, Qt::KeyboardModifiers mods, const QString &text)
    {
        m_keys.append({Key::Type::Press, key, mods, text, m_ms, false});
    }
    void release(int key, Qt::KeyboardModifiers mods, const QString &text)
    {
        m_keys.append({Key::Type::Release, key, mods, text, m_ms + 1, false});
    }

    qint64 m_ms;
    Keys m_keys;
};

QString suffixName(ScanEvent::Suffix suffix)
{
    switch (suffix) {
    case ScanEvent::Suffix::Enter:
        return "Enter";
    case ScanEvent::Suffix::Tab:
        return "Tab";
    case ScanEvent::Suffix::Timeout:
        return "pause";
    case ScanEvent::Suffix::None:
        break;
    }
    return "none";
}

// Plays keys into a detector the way ScanInput does and writes down what the page would see:
// the typed text (keys that reached the widget, in order) and each scan.
struct Playback
{
    QString typed;
    QStringList scans;
    QList<ScanEvent> events;
    QList<Settings> learned;
    int held = 0;

    void deliver(const Key &key)
    {
        if (key.type == Key::Type::Press && key.key == Qt::Key_Return)
            typed += u'⏎';
        else if (key.type == Key::Type::Press && key.key == Qt::Key_Tab)
            typed += u'⇥';
        else if (key.type == Key::Type::Press && key.key == Qt::Key_Alt)
            typed += QStringLiteral("<Alt>");
        else if (key.type == Key::Type::Press && (key.modifiers & Qt::ControlModifier)
                 && key.key != Qt::Key_Control)
            typed += QStringLiteral("<Ctrl+%1>").arg(QChar(key.key));
        else if (key.type == Key::Type::Press && !key.text.isEmpty())
            typed += key.text;
        else if (key.type == Key::Type::Commit)
            typed += key.text;
    }

    void apply(const QList<WedgeDetector::Output> &outputs)
    {
        for (const WedgeDetector::Output &o : outputs) {
            switch (o.kind) {
            case WedgeDetector::Output::Kind::Replay:
                QVERIFY(o.count <= m_queue.size());
                for (int i = 0; i < o.count; ++i)
                    deliver(m_queue.takeFirst());
                break;
            case WedgeDetector::Output::Kind::Drop:
                QVERIFY(o.count <= m_queue.size());
                m_queue.remove(0, o.count);
                break;
            case WedgeDetector::Output::Kind::Scan:
                scans.append(ScanCode::visible(o.scan.read) + " " + suffixName(o.scan.suffix)
                             + (o.scan.inputMethod ? " IME" : ""));
                events.append(o.scan);
                break;
            case WedgeDetector::Output::Kind::Learned:
                learned.append(o.settings);
                break;
            }
        }
    }

    void play(WedgeDetector &detector, const Keys &keys)
    {
        for (const Key &key : keys) {
            const WedgeDetector::Result r = detector.feed(key);
            apply(r.outputs);
            if (r.decision == WedgeDetector::Decision::Hold)
                m_queue.append(key);
            else if (r.decision == WedgeDetector::Decision::Pass)
                deliver(key);
            QCOMPARE(int(m_queue.size()), detector.heldCount());
        }
        const qint64 end = keys.isEmpty() ? 0 : keys.last().ms;
        apply(detector.expire(end + 1000));
        QVERIFY(m_queue.isEmpty());
        QVERIFY(!detector.isHolding());
    }

    Keys m_queue;
};

} // namespace

class tst_WedgeDetector : public QObject
{
    Q_OBJECT

private slots:
    void sequences_data();
    void sequences();
    void scanEventFigures();
    void deadline();
    void learnFromOneScan_data();
    void learnFromOneScan();
    void learnNextScan();
};

void tst_WedgeDetector::sequences_data()
{
    QTest::addColumn<Keys>("keys");
    QTest::addColumn<Settings>("settings");
    QTest::addColumn<QStringList>("scans");
    QTest::addColumn<QString>("typed");

    const Settings standard;
    Settings enterOnly;
    enterOnly.tabEnds = false;
    enterOnly.pauseEnds = false;

    QTest::newRow("fast burst, Enter suffix")
        << Recording().type("PK:SO00000012-3/12", 4).enter().keys() << standard
        << QStringList{"PK:SO00000012-3/12 Enter"} << "";
    QTest::newRow("fast burst, Tab suffix")
        << Recording().type("]C0WO:WO-SO00000012-CAB", 3).tab().keys() << standard
        << QStringList{"]C0WO:WO-SO00000012-CAB Tab"} << "";
    QTest::newRow("burst with no suffix ends at the pause")
        << Recording().type("6901234567892", 5).keys() << standard
        << QStringList{"6901234567892 pause"} << "";
    QTest::newRow("uneven burst: USB polling gaps up to 30 ms")
        << Recording().type("SO0000", 2).wait(28).type("0012", 8).enter().keys() << standard
        << QStringList{"SO00000012 Enter"} << "";
    QTest::newRow("slow typing stays typing, Enter included")
        << Recording().type("SO123", 140).enter().keys() << standard << QStringList{}
        << "SO123⏎";
    QTest::newRow("fast typist: 3 keys under the gap are too short for a scan")
        << Recording().type("abc", 30).wait(200).enter().keys() << standard << QStringList{}
        << "abc⏎";
    QTest::newRow("mixed: typing, a scan, typing again")
        << Recording().type("qty ", 180).wait(300).type("PK:SO00000012-4/12", 4).enter()
               .wait(500).type("12", 160).keys()
        << standard << QStringList{"PK:SO00000012-4/12 Enter"} << "qty 12";
    QTest::newRow("two scans back to back")
        << Recording().type("WO:WO2603-0012", 3).enter().wait(40).type("PT:3F2A9C1E", 3).enter()
               .keys()
        << standard << QStringList{"WO:WO2603-0012 Enter", "PT:3F2A9C1E Enter"} << "";
    QTest::newRow("Enter-only scanner: Tab after a burst is typing")
        << Recording().type("ABCDEF", 3).tab().keys() << enterOnly << QStringList{}
        << "ABCDEF⇥";
    QTest::newRow("Enter-only scanner: a pause does not end a scan")
        << Recording().type("ABCDEF", 3).keys() << enterOnly << QStringList{} << "ABCDEF";
    QTest::newRow("GS1-128 with Alt+0029 separators")
        << Recording().type("]C10106901234567892", 3).type("10L2403", 3).altCode("0029", 3)
               .type("21SN77", 3).enter().keys()
        << standard << QStringList{"]C1010690123456789210L2403<GS>21SN77 Enter"} << "";
    QTest::newRow("Alt+029, keypad with Num Lock off")
        << Recording().type("0106901234567892", 3).type("10B7", 3).altCode("029", 3, false)
               .type("3712", 3).enter().keys()
        << standard << QStringList{"010690123456789210B7<GS>3712 Enter"} << "";
    QTest::newRow("raw leading separator as an Alt code")
        << Recording().altCode("0029", 3).type("00106141412345678908", 3).enter().keys()
        << standard << QStringList{"<GS>00106141412345678908 Enter"} << "";
    QTest::newRow("separator as Ctrl+]")
        << Recording().type("0106901234567892", 3).type("10B7", 3).ctrlBracket(3)
               .type("21S", 3).enter().keys()
        << standard << QStringList{"010690123456789210B7<GS>21S Enter"} << "";
    QTest::newRow("IME on: letters composed, Enter eaten, committed as typed")
        << Recording().preedit("p", 4).preedit("pk", 4).preedit("pk:", 4).preedit("pk:so", 4)
               .commit("pk:so12-1/2", 4).keys()
        << standard << QStringList{"pk:so12-1/2 pause IME"} << "";
    QTest::newRow("IME in full-width mode")
        << Recording().type("ＰＫ：ＳＯ１２", 4).enter().keys() << standard
        << QStringList{"ＰＫ：ＳＯ１２ Enter IME"} << "";
    QTest::newRow("IME with Chinese punctuation: 】 for ]")
        << Recording().type("】C0WO:WO1", 4).enter().keys() << standard
        << QStringList{"】C0WO:WO1 Enter IME"} << "";
    QTest::newRow("IME on, English mode: plain ASCII commits are a good scan")
        << Recording().commit("W", 4).commit("O", 4).commit(":", 4).commit("W", 4)
               .commit("O", 4).commit("1", 4).enter().keys()
        << standard << QStringList{"WO:WO1 Enter"} << "";
    QTest::newRow("a person commits a Chinese phrase: typing")
        << Recording().preedit("ban", 150).commit("板件", 400).keys() << standard
        << QStringList{} << "板件";
    QTest::newRow("Alt alone (the menu key) is typing")
        << Recording().altCode("", 200).type("x", 100).keys() << standard << QStringList{}
        << "<Alt>x";
    QTest::newRow("Ctrl+S during a burst gives the keys back")
        << Recording().type("ab", 5).shortcut(Qt::Key_S, 100).keys() << standard
        << QStringList{} << "ab<Ctrl+S>";
    QTest::newRow("a held key repeats: typing")
        << Recording().autoRepeat(u'a', 8, 30).keys() << standard << QStringList{}
        << "aaaaaaaa";
    QTest::newRow("Enter alone is typing") << Recording().enter().keys() << standard
                                           << QStringList{} << "⏎";
}

void tst_WedgeDetector::sequences()
{
    QFETCH(Keys, keys);
    QFETCH(Settings, settings);
    QFETCH(QStringList, scans);
    QFETCH(QString, typed);

    WedgeDetector detector;
    detector.setSettings(settings);
    Playback playback;
    playback.play(detector, keys);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(playback.scans, scans);
    QCOMPARE(playback.typed, typed);
    for (const ScanEvent &e : playback.events) {
        QCOMPARE(e.source, ScanEvent::Source::Keyboard);
        if (e.inputMethod)
            QVERIFY2(!e.isAccepted(), "a read the input method took part in is refused");
    }
}

void tst_WedgeDetector::scanEventFigures()
{
    WedgeDetector detector;
    Playback playback;
    // 18 characters, 5 of them shifted: 18 + 5 Shift presses + Enter = 24 key presses.
    playback.play(detector, Recording(0).type("PK:SO00000012-3/12", 4).enter().keys());
    QCOMPARE(playback.events.size(), 1);
    const ScanEvent &e = playback.events.first();
    QCOMPARE(e.read, QString("PK:SO00000012-3/12"));
    QCOMPARE(e.suffix, ScanEvent::Suffix::Enter);
    QCOMPARE(e.keys, 24);
    QCOMPARE(e.durationMs, 18 * 4);
    QCOMPARE(e.maxGapMs, 4);
    QCOMPARE(e.code.kind(), ScanCode::Kind::Package);
    QCOMPARE(e.code.packageNumber(), 3);
    QVERIFY(e.isAccepted());
}

void tst_WedgeDetector::deadline()
{
    WedgeDetector detector;
    QCOMPARE(detector.deadline(), -1);
    WedgeDetector::Result r = detector.feed({Key::Type::Press, Qt::Key_A, {}, "a", 100, false});
    QCOMPARE(r.decision, WedgeDetector::Decision::Hold);
    QCOMPARE(detector.deadline(), 100 + 35 + 1);
    QVERIFY(detector.expire(135).isEmpty());  // within the gap: still a possible scan
    const auto outputs = detector.expire(136);
    QCOMPARE(outputs.size(), 1);
    QCOMPARE(outputs.first().kind, WedgeDetector::Output::Kind::Replay);
    QCOMPARE(outputs.first().count, 1);
    QCOMPARE(detector.deadline(), -1);
}

void tst_WedgeDetector::learnFromOneScan_data()
{
    QTest::addColumn<Keys>("keys");
    QTest::addColumn<int>("maxGapMs");
    QTest::addColumn<bool>("enterEnds");
    QTest::addColumn<bool>("tabEnds");
    QTest::addColumn<bool>("pauseEnds");

    QTest::newRow("12 ms a key, Enter") << Recording().type("abcdef", 12).enter().keys()
                                        << 2 * 12 + 10 << true << false << false;
    QTest::newRow("2 ms a key, Tab") << Recording().type("abcdef", 2).tab().keys() << 15 << false
                                     << true << false;
    QTest::newRow("60 ms a key, no suffix") << Recording().type("abcdef", 60).keys() << 130
                                            << true << true << true;
    QTest::newRow("a very slow device is capped") << Recording().type("abc", 100).enter().keys()
                                                  << 150 << true << false << false;
}

void tst_WedgeDetector::learnFromOneScan()
{
    QFETCH(Keys, keys);
    QFETCH(int, maxGapMs);
    QFETCH(bool, enterEnds);
    QFETCH(bool, tabEnds);
    QFETCH(bool, pauseEnds);
    const Settings s = WedgeDetector::learn(keys, Settings());
    QCOMPARE(s.maxGapMs, maxGapMs);
    QCOMPARE(s.enterEnds, enterEnds);
    QCOMPARE(s.tabEnds, tabEnds);
    QCOMPARE(s.pauseEnds, pauseEnds);
    QCOMPARE(s.minLength, Settings().minLength);
}

void tst_WedgeDetector::learnNextScan()
{
    // A slow scanner, 60 ms a key: with the standard settings it is a person typing.
    const Keys slowScan = Recording().type("PK:SO1-1/2", 60).enter().keys();
    WedgeDetector detector;
    Playback before;
    before.play(detector, slowScan);
    QVERIFY(before.scans.isEmpty());
    QCOMPARE(before.typed, QString("PK:SO1-1/2⏎"));

    detector.learnNextScan();
    QVERIFY(detector.isLearning());
    Playback learning;
    learning.play(detector, slowScan);
    QCOMPARE(learning.scans, QStringList{"PK:SO1-1/2 Enter"});
    QCOMPARE(learning.learned.size(), 1);
    QVERIFY(!detector.isLearning());
    QCOMPARE(detector.settings().maxGapMs, 130);
    QVERIFY(!detector.settings().pauseEnds);

    Playback after;
    after.play(detector, Recording().type("PK:SO1-2/2", 60).enter().keys());
    QCOMPARE(after.scans, QStringList{"PK:SO1-2/2 Enter"});
    // A person at 200 ms a key is still a person.
    Playback person;
    person.play(detector, Recording().type("12", 200).enter().keys());
    QCOMPARE(person.typed, QString("12⏎"));
}

QTEST_APPLESS_MAIN(tst_WedgeDetector)
#include "tst_wedgedetector.moc"
