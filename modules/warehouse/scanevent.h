#pragma once

#include "scancode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Hearth::Warehouse {

/// One read of a scanner, exactly once: what arrived (without the suffix), how it arrived and
/// what it names. Keyboard-wedge reads come from WedgeDetector, serial ones from the serial
/// scanner, typed ones from a page's entry field.
struct ScanEvent
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ScanEvent)

public:
    enum class Source { Keyboard, Serial, Typed };
    enum class Suffix { None, Enter, Tab, Timeout };

    /// An event for read (parsed at once into code).
    static ScanEvent fromRead(const QString &read, Source source, Suffix suffix,
                              const QDateTime &at = QDateTime::currentDateTimeUtc());

    /// The code, or why the read is refused: the input method's hint first, then the code's
    /// error; empty for a valid code.
    QString problem() const;
    bool isAccepted() const { return problem().isEmpty(); }

    QString read;         // as it arrived, suffix removed; GS as 0x1D
    Source source = Source::Keyboard;
    Suffix suffix = Suffix::None;
    QDateTime at;         // UTC
    int keys = 0;         // key events of a keyboard read
    int durationMs = 0;   // first to last key
    int maxGapMs = 0;     // the longest pause between two keys
    bool inputMethod = false;  // an input method composed or changed part of the read
    QString device;       // the serial port
    ScanCode code;
};

} // namespace Hearth::Warehouse
