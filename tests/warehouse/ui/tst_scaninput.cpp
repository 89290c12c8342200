#include "warehouse/ui/scaninput.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace Hearth::Warehouse;

Q_DECLARE_METATYPE(Hearth::Warehouse::ScanEvent)

// Key events through QTest at times the test sets: the input's clock is the test's m_now,
// moved by hand, so no test waits for real time to pass.
class tst_ScanInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void burstIntoLineEditIsOneScan();
    void personTypingReachesTheField();
    void mixedTypingAndScan();
    void scanWhateverHasFocus();
    void altCodeSeparators();
    void inputMethodCommitIsRefused();
    void hiddenPageLetsKeysThrough();
    void tabSuffix();

private:
    // Types text into w, gapMs apart: upper case and ':' with Shift, as a scanner does.
    void type(QWidget *w, const QString &text, int gapMs);
    void enter(QWidget *w, int gapMs = 3);
    void pause(int ms);

    qint64 m_now = 0;
    std::unique_ptr<QWidget> m_page;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_button = nullptr;
    ScanInput *m_input = nullptr;
};

void tst_ScanInput::initTestCase()
{
    qRegisterMetaType<ScanEvent>();
}

void tst_ScanInput::init()
{
    m_now = 10'000;
    m_page = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_page.get());
    m_edit = new QLineEdit(m_page.get());
    m_button = new QPushButton("Print", m_page.get());
    m_button->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_edit);
    layout->addWidget(m_button);
    m_input = new ScanInput(m_page.get());
    m_input->setClock([this] { return m_now; });
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_edit->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_edit);
}

void tst_ScanInput::cleanup()
{
    m_page.reset();
}

void tst_ScanInput::type(QWidget *w, const QString &text, int gapMs)
{
    for (QChar c : text) {
        const bool shifted = c.isUpper() || c == u':' || c == u'/';
        QTest::keyClick(w, c.toLatin1(), shifted ? Qt::ShiftModifier : Qt::NoModifier);
        m_now += gapMs;
    }
}

void tst_ScanInput::enter(QWidget *w, int gapMs)
{
    QTest::keyClick(w, Qt::Key_Return);
    m_now += gapMs;
}

void tst_ScanInput::pause(int ms)
{
    m_now += ms;
    m_input->checkTimeouts();
}

void tst_ScanInput::burstIntoLineEditIsOneScan()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    type(m_edit, "PK:SO00000012-3/12", 4);
    enter(m_edit);
    pause(500);
    QCOMPARE(scans.size(), 1);
    const auto event = scans.first().first().value<ScanEvent>();
    QCOMPARE(event.read, QString("PK:SO00000012-3/12"));
    QCOMPARE(event.suffix, ScanEvent::Suffix::Enter);
    QCOMPARE(event.code.kind(), ScanCode::Kind::Package);
    QVERIFY(event.at.isValid());
    // Nothing of the scan reached the field, not even its Enter.
    QCOMPARE(m_edit->text(), QString());
    QCOMPARE(returns.size(), 0);
}

void tst_ScanInput::personTypingReachesTheField()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    QSignalSpy returns(m_edit, &QLineEdit::returnPressed);
    type(m_edit, "qty12", 150);
    pause(150);
    QCOMPARE(m_edit->text(), QString("qty12"));
    enter(m_edit, 200);
    QCOMPARE(returns.size(), 1);
    QCOMPARE(scans.size(), 0);
}

void tst_ScanInput::mixedTypingAndScan()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    type(m_edit, "ab", 200);
    pause(300);
    type(m_edit, "WO:WO2603-0012", 3);
    enter(m_edit);
    pause(400);
    type(m_edit, "c", 200);
    pause(200);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().read, QString("WO:WO2603-0012"));
    QCOMPARE(m_edit->text(), QString("abc"));
}

void tst_ScanInput::scanWhateverHasFocus()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    QSignalSpy clicks(m_button, &QPushButton::clicked);
    m_button->setFocus();
    QCOMPARE(QApplication::focusWidget(), m_button);
    // A space in a scan would press the focused button; it must not.
    type(m_button, "BN:A 01", 3);
    enter(m_button);
    pause(300);
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().first().value<ScanEvent>().read, QString("BN:A 01"));
    QCOMPARE(clicks.size(), 0);

    m_edit->clearFocus();
    m_button->clearFocus();
    QCOMPARE(QApplication::focusWidget(), nullptr);
    type(m_page.get(), "PK:SO1-1/2", 3);
    enter(m_page.get());
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.last().first().value<ScanEvent>().read, QString("PK:SO1-1/2"));
}

void tst_ScanInput::altCodeSeparators()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    type(m_edit, "0106901234567892", 2);
    type(m_edit, "10L2403", 2);
    // Alt held, 0 0 2 9 on the keypad, Alt let go: the group separator.
    QTest::simulateEvent(m_edit, true, Qt::Key_Alt, Qt::NoModifier, QString(), false, 0);
    const Qt::KeyboardModifiers mods = Qt::AltModifier | Qt::KeypadModifier;
    for (Qt::Key k : {Qt::Key_0, Qt::Key_0, Qt::Key_2, Qt::Key_9}) {
        m_now += 2;
        QTest::simulateEvent(m_edit, true, k, mods, QString(), false, 0);
        QTest::simulateEvent(m_edit, false, k, mods, QString(), false, 0);
    }
    m_now += 2;
    QTest::simulateEvent(m_edit, false, Qt::Key_Alt, Qt::AltModifier, QString(), false, 0);
    m_now += 2;
    type(m_edit, "2177", 2);
    enter(m_edit);
    QCOMPARE(scans.size(), 1);
    const auto event = scans.first().first().value<ScanEvent>();
    QCOMPARE(event.read, QString("0106901234567892" "10L2403") + QChar(0x1d) + "2177");
    QCOMPARE(event.code.kind(), ScanCode::Kind::Gs1);
    QCOMPARE(event.code.batch(), QString("L2403"));
    QCOMPARE(event.code.serial(), QString("77"));
    QCOMPARE(m_edit->text(), QString());
}

void tst_ScanInput::inputMethodCommitIsRefused()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    // Pinyin mode: the letters go into the preedit, the Enter commits them and is eaten.
    QString preedit;
    for (QChar c : QString("pk:so12-1/2")) {
        preedit += c;
        QInputMethodEvent e(preedit, {});
        QApplication::sendEvent(m_edit, &e);
        m_now += 4;
    }
    QInputMethodEvent commit;
    commit.setCommitString("pk:so12-1/2");
    QApplication::sendEvent(m_edit, &commit);
    m_now += 4;
    pause(300);
    QCOMPARE(scans.size(), 1);
    const auto event = scans.first().first().value<ScanEvent>();
    QVERIFY(event.inputMethod);
    QVERIFY(!event.isAccepted());
    QVERIFY(event.problem().contains("input method"));
    QCOMPARE(m_edit->text(), QString());
}

void tst_ScanInput::hiddenPageLetsKeysThrough()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    auto other = std::make_unique<QLineEdit>();
    other->show();
    QApplication::setActiveWindow(other.get());
    QVERIFY(QTest::qWaitForWindowActive(other.get()));
    type(other.get(), "PK:SO1-1/2", 3);
    QCOMPARE(other->text(), QString("PK:SO1-1/2"));  // another window: not the page's scan
    m_page->hide();
    type(m_edit, "xy", 3);
    QCOMPARE(m_edit->text(), QString("xy"));
    QCOMPARE(scans.size(), 0);
}

void tst_ScanInput::tabSuffix()
{
    QSignalSpy scans(m_input, &ScanInput::scanned);
    type(m_edit, "6901234567892", 3);
    QTest::keyClick(m_edit, Qt::Key_Tab);
    QCOMPARE(scans.size(), 1);
    const auto event = scans.first().first().value<ScanEvent>();
    QCOMPARE(event.suffix, ScanEvent::Suffix::Tab);
    QCOMPARE(event.code.gtin(), QString("06901234567892"));
    // The Tab was the scan's: the focus stayed in the field.
    QCOMPARE(QApplication::focusWidget(), m_edit);
}

QTEST_MAIN(tst_ScanInput)
#include "tst_scaninput.moc"
