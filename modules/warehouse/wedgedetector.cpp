#include "wedgedetector.h"

#include <algorithm>

namespace Hearth::Warehouse {

namespace {

constexpr int LearnMarginMs = 10;
constexpr int LearnedGapMinMs = 15;
constexpr int LearnedGapMaxMs = 150;
// Two key events at least: one event, however long its text, is a person's committed phrase.
constexpr int MinScanEvents = 2;

/// The digit a key gives while Alt is held: the digit keys, or the keypad with Num Lock off.
int altDigit(const WedgeDetector::Key &key)
{
    if (key.key >= Qt::Key_0 && key.key <= Qt::Key_9)
        return key.key - Qt::Key_0;
    if (key.text.size() == 1 && key.text[0] >= u'0' && key.text[0] <= u'9')
        return key.text[0].unicode() - u'0';
    if (!(key.modifiers & Qt::KeypadModifier))
        return -1;
    switch (key.key) {
    case Qt::Key_Insert:
        return 0;
    case Qt::Key_End:
        return 1;
    case Qt::Key_Down:
        return 2;
    case Qt::Key_PageDown:
        return 3;
    case Qt::Key_Left:
        return 4;
    case Qt::Key_Clear:
        return 5;
    case Qt::Key_Right:
        return 6;
    case Qt::Key_Home:
        return 7;
    case Qt::Key_Up:
        return 8;
    case Qt::Key_PageUp:
        return 9;
    default:
        break;
    }
    return -1;
}

bool isPrintable(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() != Gs1::GroupSeparator && !c.isPrint())
            return false;
    }
    return true;
}

/// Characters only an input method makes from a scanner's keys.
bool hasInputMethodCharacters(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return true;
    }
    return false;
}

bool isPressLike(const WedgeDetector::Key &key)
{
    return key.type != WedgeDetector::Key::Type::Release;
}

} // namespace

void WedgeDetector::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.maxGapMs = std::max(1, settings.maxGapMs);
    m_settings.minLength = std::max(1, settings.minLength);
}

WedgeDetector::KeyRole WedgeDetector::roleOf(const Key &key) const
{
    switch (key.type) {
    case Key::Type::Release:
        return key.key == Qt::Key_Alt && m_altActive ? KeyRole::AltEnd : KeyRole::Release;
    case Key::Type::Preedit:
        return KeyRole::Preedit;
    case Key::Type::Commit:
        return key.text.isEmpty() ? KeyRole::Preedit : KeyRole::Commit;
    case Key::Type::Press:
        break;
    }
    if (key.autoRepeat)
        return KeyRole::Other;
    const Qt::KeyboardModifiers mods = key.modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    switch (key.key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return mods == Qt::NoModifier ? KeyRole::Enter : KeyRole::Other;
    case Qt::Key_Tab:
        return mods == Qt::NoModifier ? KeyRole::Tab : KeyRole::Other;
    case Qt::Key_Alt:
        return KeyRole::AltStart;
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_AltGr:
        return KeyRole::Modifier;
    default:
        break;
    }
    if (key.text == QString(QChar(Gs1::GroupSeparator))
        || (mods == Qt::ControlModifier && key.key == Qt::Key_BracketRight)) {
        return KeyRole::Separator;
    }
    if (mods & Qt::AltModifier)
        return (mods == Qt::AltModifier && altDigit(key) >= 0) ? KeyRole::AltDigit
                                                               : KeyRole::Other;
    if (mods != Qt::NoModifier)
        return KeyRole::Other;
    return isPrintable(key.text) ? KeyRole::Character : KeyRole::Other;
}

int WedgeDetector::gapLimit() const
{
    return m_learning ? LearnPauseMs : m_settings.maxGapMs;
}

qint64 WedgeDetector::deadline() const
{
    return m_held.isEmpty() ? -1 : m_lastMs + gapLimit() + 1;
}

void WedgeDetector::hold(const Key &key)
{
    if (m_held.isEmpty()) {
        m_firstMs = key.ms;
        m_lastMs = key.ms;
    }
    if (isPressLike(key)) {
        m_maxGap = std::max(m_maxGap, int(key.ms - m_lastMs));
        m_lastMs = key.ms;
        ++m_presses;
    }
    m_held.append(key);
}

WedgeDetector::Result WedgeDetector::feed(const Key &key)
{
    Result result;
    result.outputs = expire(key.ms);
    const KeyRole role = roleOf(key);
    const bool holding = !m_held.isEmpty();

    // Finishes an Alt code that no Alt release ended.
    const auto closeAltCode = [this] {
        if (m_altActive && !m_altDigits.isEmpty()) {
            const int code = m_altDigits.toInt();
            if (code > 0 && code < 256)
                m_text += QChar(code);
        }
        m_altActive = false;
        m_altDigits.clear();
    };

    switch (role) {
    case KeyRole::Character:
        closeAltCode();
        if (hasInputMethodCharacters(key.text))
            m_inputMethod = true;
        m_text += key.text;
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::Separator:
        closeAltCode();
        m_text += QChar(Gs1::GroupSeparator);
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::AltStart:
        closeAltCode();
        m_altActive = true;
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::AltDigit:
        m_altActive = true;
        m_altDigits += QChar(u'0' + altDigit(key));
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::AltEnd:
        if (m_altDigits.isEmpty()) {  // Alt pressed and let go: a person's menu key
            result.outputs += endAsTyping();
            return result;
        }
        closeAltCode();
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::Preedit:
        if (!holding && key.text.isEmpty())
            return result;
        m_inputMethod = true;
        m_preeditLength = int(key.text.size());
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::Commit:
        if (m_preeditLength > 0 || hasInputMethodCharacters(key.text))
            m_inputMethod = true;
        m_preeditLength = 0;
        m_text += key.text;
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::Modifier:
    case KeyRole::Release:
        if (!holding)
            return result;
        hold(key);
        result.decision = Decision::Hold;
        return result;
    case KeyRole::Enter:
    case KeyRole::Tab: {
        if (!holding)
            return result;
        closeAltCode();
        const bool ends = role == KeyRole::Enter ? m_settings.enterEnds || m_learning
                                                 : m_settings.tabEnds || m_learning;
        if (ends && isScanLength()) {
            result.outputs += endAsScan(role == KeyRole::Enter ? ScanEvent::Suffix::Enter
                                                               : ScanEvent::Suffix::Tab,
                                        &key);
            result.decision = Decision::Swallow;
        } else {
            result.outputs += endAsTyping();
        }
        return result;
    }
    case KeyRole::Other:
        break;
    }
    if (holding)
        result.outputs += endAsTyping();
    return result;
}

bool WedgeDetector::isScanLength() const
{
    return m_presses >= MinScanEvents
           && m_text.size() + m_preeditLength >= (m_learning ? 1 : m_settings.minLength);
}

QList<WedgeDetector::Output> WedgeDetector::expire(qint64 nowMs)
{
    if (m_held.isEmpty() || nowMs - m_lastMs <= gapLimit())
        return {};
    if (m_altActive && !m_altDigits.isEmpty()) {
        const int code = m_altDigits.toInt();
        if (code > 0 && code < 256)
            m_text += QChar(code);
        m_altActive = false;
        m_altDigits.clear();
    }
    // A pause ends a scan when the scanner sends no suffix, and always ends a read the input
    // method took over (it may have eaten the Enter): that one is refused, never typed.
    if ((m_settings.pauseEnds || m_learning || m_inputMethod) && isScanLength())
        return endAsScan(ScanEvent::Suffix::Timeout, nullptr);
    return endAsTyping();
}

QList<WedgeDetector::Output> WedgeDetector::endAsTyping()
{
    Output replay;
    replay.kind = Output::Kind::Replay;
    replay.count = int(m_held.size());
    reset();
    return {replay};
}

QList<WedgeDetector::Output> WedgeDetector::endAsScan(ScanEvent::Suffix suffix,
                                                      const Key *suffixKey)
{
    QList<Output> outputs;
    Output drop;
    drop.kind = Output::Kind::Drop;
    drop.count = int(m_held.size());
    outputs.append(drop);

    Output scan;
    scan.kind = Output::Kind::Scan;
    scan.scan = ScanEvent::fromRead(m_text, ScanEvent::Source::Keyboard, suffix, QDateTime());
    const qint64 lastMs = suffixKey ? suffixKey->ms : m_lastMs;
    scan.scan.keys = m_presses + (suffixKey ? 1 : 0);
    scan.scan.durationMs = int(lastMs - m_firstMs);
    scan.scan.maxGapMs = std::max(m_maxGap, int(lastMs - m_lastMs));
    scan.scan.inputMethod = m_inputMethod;
    outputs.append(scan);

    if (m_learning) {
        QList<Key> keys = m_held;
        if (suffixKey)
            keys.append(*suffixKey);
        Output learned;
        learned.kind = Output::Kind::Learned;
        learned.settings = learn(keys, m_settings);
        m_settings = learned.settings;
        m_learning = false;
        outputs.append(learned);
    }
    reset();
    return outputs;
}

void WedgeDetector::reset()
{
    m_held.clear();
    m_text.clear();
    m_inputMethod = false;
    m_altActive = false;
    m_altDigits.clear();
    m_firstMs = 0;
    m_lastMs = 0;
    m_maxGap = 0;
    m_presses = 0;
    m_preeditLength = 0;
}

void WedgeDetector::learnNextScan()
{
    m_learning = true;
}

WedgeDetector::Settings WedgeDetector::learn(const QList<Key> &scan, const Settings &base)
{
    Settings settings = base;
    int maxGap = 0;
    qint64 last = -1;
    const Key *final = nullptr;
    for (const Key &key : scan) {
        if (!isPressLike(key))
            continue;
        if (last >= 0)
            maxGap = std::max(maxGap, int(key.ms - last));
        last = key.ms;
        final = &key;
    }
    if (!final)
        return settings;
    settings.maxGapMs = std::clamp(2 * maxGap + LearnMarginMs, LearnedGapMinMs,
                                   LearnedGapMaxMs);
    const bool enter = final->key == Qt::Key_Return || final->key == Qt::Key_Enter;
    const bool tab = final->key == Qt::Key_Tab;
    if (enter || tab) {
        // The scanner sends a suffix: only that key ends a scan, a pause is a person's.
        settings.enterEnds = enter;
        settings.tabEnds = tab;
        settings.pauseEnds = false;
    } else {
        settings.pauseEnds = true;
    }
    return settings;
}

} // namespace Hearth::Warehouse
