#pragma once

#include "scanevent.h"

#include <QList>
#include <QString>
#include <Qt>

namespace Hearth::Warehouse {

/// Tells a keyboard-wedge scanner from a person at the keyboard by the timing of the keys. A
/// scanner types a whole code within a few milliseconds a key and ends it with Enter or Tab
/// (or stops); a person is slower. The detector holds keys while they might be a scan and
/// answers, for each key, whether it was held; once the held keys turn out to be typing it
/// says how many to give back, in order, and once they are a scan it gives exactly one
/// ScanEvent and drops them. Alt codes (Alt held, 0 2 9 or 0 0 2 9 on the keypad) and
/// Ctrl+] become the group separator. Keys an input method composed or changed make the read
/// refused (ScanEvent::inputMethod). No widgets and no clock: the caller gives every key its
/// time and calls expire() when deadline() has passed.
class WedgeDetector
{
public:
    struct Settings
    {
        int maxGapMs = 35;      // longest pause between two keys of one scan
        int minLength = 4;      // fewest characters a scan has
        bool enterEnds = true;  // Enter (Return) ends a scan
        bool tabEnds = true;    // Tab ends a scan
        bool pauseEnds = true;  // a pause longer than maxGapMs ends a scan with no suffix

        bool operator==(const Settings &) const = default;
    };

    struct Key
    {
        enum class Type { Press, Release, Commit, Preedit };
        Type type = Type::Press;
        int key = 0;  // Qt::Key
        Qt::KeyboardModifiers modifiers;
        QString text;  // the key's text, or the input method's commit or preedit string
        qint64 ms = 0;
        bool autoRepeat = false;
    };

    /// What became of held keys, in the order it happened.
    struct Output
    {
        enum class Kind {
            Replay,  // give back the first `count` held keys: they were typing
            Drop,    // forget the first `count` held keys: they were the scan below
            Scan,    // one read
            Learned  // learnNextScan(): settings measured from the scan before
        };
        Kind kind = Kind::Replay;
        int count = 0;
        ScanEvent scan;
        Settings settings;
    };

    /// What happens to the key just fed.
    enum class Decision { Pass, Hold, Swallow };

    struct Result
    {
        Decision decision = Decision::Pass;
        QList<Output> outputs;  // to apply before the key's own decision
    };

    Settings settings() const { return m_settings; }
    void setSettings(const Settings &settings);

    Result feed(const Key &key);
    /// Ends held keys whose time is up at nowMs; an empty list when none.
    QList<Output> expire(qint64 nowMs);
    /// When expire() has something to do; -1 while nothing is held.
    qint64 deadline() const;
    bool isHolding() const { return !m_held.isEmpty(); }
    int heldCount() const { return int(m_held.size()); }

    /// Measures the next scan (any keys up to Enter, Tab or a pause of LearnPauseMs) and takes
    /// settings from it: the gap twice the longest it saw plus a margin, the suffix it sent.
    void learnNextScan();
    bool isLearning() const { return m_learning; }
    /// Settings fitted to the keys of one scan; base where the keys say nothing.
    static Settings learn(const QList<Key> &scan, const Settings &base);

    static constexpr int LearnPauseMs = 250;

private:
    enum class KeyRole { Character, Separator, AltStart, AltDigit, AltEnd, Modifier, Release,
                         Enter, Tab, Preedit, Commit, Other };

    KeyRole roleOf(const Key &key) const;
    int gapLimit() const;
    void hold(const Key &key);
    QList<Output> endAsTyping();
    QList<Output> endAsScan(ScanEvent::Suffix suffix, const Key *suffixKey);
    bool isScanLength() const;
    void reset();

    Settings m_settings;
    QList<Key> m_held;
    QString m_text;
    bool m_inputMethod = false;
    bool m_altActive = false;
    QString m_altDigits;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    int m_maxGap = 0;
    int m_presses = 0;
    int m_preeditLength = 0;
    bool m_learning = false;
};

} // namespace Hearth::Warehouse
