#pragma once

#include "core/result.h"
#include "wedgedetector.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// How a desk's scanners are set up (扫描枪设置), kept in the desk's own settings (never
/// synced: another desk has other scanners): the keyboard-wedge timing, learned or set by hand, the
/// serial scanner's port, speed and suffix, and whether reads beep.
struct ScannerSettings
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::ScannerSettings)

public:
    static constexpr char SettingKey[] = "warehouse.scanner";

    WedgeDetector::Settings wedge;
    QString serialPort;  // empty: no serial scanner
    int baudRate = 9600;
    QString suffix = QStringLiteral("any");  // any, cr, lf, tab, none
    bool sound = true;

    bool operator==(const ScannerSettings &) const = default;

    /// The speeds serial scanners are set to.
    static QList<int> baudRates();
    /// The suffix codes, in the order a choice shows them.
    static QStringList suffixes();

    /// What is wrong with the settings, each with its field; empty when they can be kept.
    QList<Core::Error> problems() const;
    /// The desk's settings; the defaults when none were kept or they cannot be read.
    static ScannerSettings load(Storage::Connection &c);
    /// Keeps the settings; refused with the first problem when they are wrong.
    static Core::Status save(Storage::Connection &c, const ScannerSettings &settings);
};

} // namespace Hearth::Warehouse
