#include "scannersettings.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Hearth::Warehouse {

namespace {

constexpr int MinGapMs = 5;
constexpr int MaxGapMs = 500;
constexpr int MaxMinLength = 64;

} // namespace

QList<int> ScannerSettings::baudRates()
{
    return {9600, 19200, 38400, 57600, 115200};
}

QStringList ScannerSettings::suffixes()
{
    return {QStringLiteral("any"), QStringLiteral("cr"), QStringLiteral("lf"),
            QStringLiteral("tab"), QStringLiteral("none")};
}

QList<Core::Error> ScannerSettings::problems() const
{
    QList<Core::Error> list;
    if (wedge.maxGapMs < MinGapMs || wedge.maxGapMs > MaxGapMs) {
        list.append({tr("the longest pause between a scanner's keys must be from %1 to %2 ms, "
                        "not %3")
                         .arg(MinGapMs)
                         .arg(MaxGapMs)
                         .arg(wedge.maxGapMs),
                     QStringLiteral("max_gap_ms")});
    }
    if (wedge.minLength < 1 || wedge.minLength > MaxMinLength) {
        list.append({tr("the shortest scan must be from 1 to %1 characters, not %2")
                         .arg(MaxMinLength)
                         .arg(wedge.minLength),
                     QStringLiteral("min_length")});
    }
    if (!baudRates().contains(baudRate)) {
        list.append({tr("a serial scanner's speed is one of 9600, 19200, 38400, 57600 or "
                        "115200 baud, not %1")
                         .arg(baudRate),
                     QStringLiteral("baud_rate")});
    }
    if (!suffixes().contains(suffix)) {
        list.append({tr("the suffix is any, cr, lf, tab or none, not \"%1\"").arg(suffix),
                     QStringLiteral("suffix")});
    }
    if (serialPort.contains(u'\n') || serialPort.size() > 200)
        list.append({tr("this is no serial port name"), QStringLiteral("serial_port")});
    return list;
}

ScannerSettings ScannerSettings::load(Storage::Connection &c)
{
    ScannerSettings s;
    Storage::Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QLatin1String(SettingKey));
    const QByteArray text = q.next() ? q.text(0).toUtf8() : QByteArray();
    q.reset();
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    if (o.isEmpty())
        return s;
    ScannerSettings read = s;
    read.wedge.maxGapMs = o.value(QStringLiteral("max_gap_ms")).toInt(s.wedge.maxGapMs);
    read.wedge.minLength = o.value(QStringLiteral("min_length")).toInt(s.wedge.minLength);
    read.wedge.enterEnds = o.value(QStringLiteral("enter_ends")).toBool(s.wedge.enterEnds);
    read.wedge.tabEnds = o.value(QStringLiteral("tab_ends")).toBool(s.wedge.tabEnds);
    read.wedge.pauseEnds = o.value(QStringLiteral("pause_ends")).toBool(s.wedge.pauseEnds);
    read.serialPort = o.value(QStringLiteral("serial_port")).toString();
    read.baudRate = o.value(QStringLiteral("baud_rate")).toInt(s.baudRate);
    read.suffix = o.value(QStringLiteral("suffix")).toString(s.suffix);
    read.sound = o.value(QStringLiteral("sound")).toBool(s.sound);
    // Settings another version wrote wrongly give way to the defaults, not to a broken page.
    return read.problems().isEmpty() ? read : s;
}

Core::Status ScannerSettings::save(Storage::Connection &c, const ScannerSettings &settings)
{
    if (const QList<Core::Error> list = settings.problems(); !list.isEmpty())
        return list.first();
    const QJsonObject o{{QStringLiteral("max_gap_ms"), settings.wedge.maxGapMs},
                        {QStringLiteral("min_length"), settings.wedge.minLength},
                        {QStringLiteral("enter_ends"), settings.wedge.enterEnds},
                        {QStringLiteral("tab_ends"), settings.wedge.tabEnds},
                        {QStringLiteral("pause_ends"), settings.wedge.pauseEnds},
                        {QStringLiteral("serial_port"), settings.serialPort.trimmed()},
                        {QStringLiteral("baud_rate"), settings.baudRate},
                        {QStringLiteral("suffix"), settings.suffix},
                        {QStringLiteral("sound"), settings.sound}};
    Storage::Statement &q = c.prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    q.bind(1, QLatin1String(SettingKey))
        .bind(2, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        const Core::Error e{tr("the scanner settings could not be kept: %1").arg(q.error()),
                            QStringLiteral("settings: %1").arg(QLatin1String(SettingKey))};
        q.reset();
        return e;
    }
    return {};
}

} // namespace Hearth::Warehouse
