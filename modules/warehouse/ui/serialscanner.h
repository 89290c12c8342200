#pragma once

#include "core/result.h"
#include "warehouse/scanevent.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QSerialPort;

namespace Hearth::Warehouse {

/// A scanner on a serial port (RS-232, or USB in its virtual COM mode) through Qt Serial Port:
/// reads bytes, cuts them into reads at the suffix, and gives one scanned() per read. The
/// bytes are UTF-8 when they are valid UTF-8, else Latin-1; GS (0x1D) stays in the read.
class SerialScanner : public QObject
{
    Q_OBJECT

public:
    /// What ends a read: CR, LF or Tab (Any, the default; CR LF counts once), one of them, or
    /// a pause of pauseMs with no byte (None, for scanners set to send no suffix).
    enum class Suffix { Any, CarriageReturn, LineFeed, Tab, None };

    struct Settings
    {
        QString portName;  // "COM3", "ttyUSB0" or a path such as "/dev/ttyACM0"
        int baudRate = 9600;
        Suffix suffix = Suffix::Any;
        int pauseMs = 50;
    };

    explicit SerialScanner(QObject *parent = nullptr);
    ~SerialScanner() override;

    /// Opens the port at settings.baudRate, 8 data bits, no parity, 1 stop bit; the error
    /// names the port and what the system said.
    Core::Status open(const Settings &settings);
    void close();
    bool isOpen() const;
    Settings settings() const { return m_settings; }

signals:
    void scanned(const Hearth::Warehouse::ScanEvent &event);
    /// The port failed after it was opened (unplugged); translated, with the port's name.
    void failed(const QString &message);

private:
    void onReadyRead();
    void flush();
    void emitRead(const QByteArray &bytes, ScanEvent::Suffix suffix);
    bool isSuffix(char c) const;

    Settings m_settings;
    QSerialPort *m_port = nullptr;
    QByteArray m_buffer;
    QTimer m_pause;
    char m_lastSuffix = 0;
};

} // namespace Hearth::Warehouse
