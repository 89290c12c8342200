#include "serialscanner.h"

#include <QSerialPort>
#include <QStringDecoder>

namespace Hearth::Warehouse {

SerialScanner::SerialScanner(QObject *parent) : QObject(parent)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &SerialScanner::flush);
}

SerialScanner::~SerialScanner()
{
    close();
}

Core::Status SerialScanner::open(const Settings &settings)
{
    close();
    m_settings = settings;
    m_port = new QSerialPort(this);
    m_port->setPortName(settings.portName);
    if (!m_port->open(QIODevice::ReadOnly)) {
        const QString reason = m_port->errorString();
        delete m_port;
        m_port = nullptr;
        return Core::Error{tr("cannot open the scanner's port: %1").arg(reason),
                           settings.portName};
    }
    if (!m_port->setBaudRate(settings.baudRate) || !m_port->setDataBits(QSerialPort::Data8)
        || !m_port->setParity(QSerialPort::NoParity)
        || !m_port->setStopBits(QSerialPort::OneStop)
        || !m_port->setFlowControl(QSerialPort::NoFlowControl)) {
        const QString reason = m_port->errorString();
        close();
        return Core::Error{tr("cannot set the scanner's port to %1 baud, 8N1: %2")
                               .arg(settings.baudRate)
                               .arg(reason),
                           settings.portName};
    }
    connect(m_port, &QSerialPort::readyRead, this, &SerialScanner::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError e) {
        if (e == QSerialPort::ResourceError || e == QSerialPort::PermissionError) {
            const QString message = tr("scanner on %1 stopped: %2")
                                        .arg(m_settings.portName, m_port->errorString());
            close();
            emit failed(message);
        }
    });
    return {};
}

void SerialScanner::close()
{
    m_pause.stop();
    m_buffer.clear();
    m_lastSuffix = 0;
    if (m_port) {
        m_port->disconnect(this);
        m_port->close();
        m_port->deleteLater();
        m_port = nullptr;
    }
}

bool SerialScanner::isOpen() const
{
    return m_port && m_port->isOpen();
}

bool SerialScanner::isSuffix(char c) const
{
    switch (m_settings.suffix) {
    case Suffix::Any:
        return c == '\r' || c == '\n' || c == '\t';
    case Suffix::CarriageReturn:
        return c == '\r';
    case Suffix::LineFeed:
        return c == '\n';
    case Suffix::Tab:
        return c == '\t';
    case Suffix::None:
        break;
    }
    return false;
}

void SerialScanner::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    for (const char c : bytes) {
        if (isSuffix(c)) {
            // CR LF (or LF CR) is one suffix, not a read and an empty one.
            const bool pair = m_buffer.isEmpty() && m_lastSuffix && m_lastSuffix != c
                              && (c == '\n' || c == '\r');
            if (!pair) {
                const ScanEvent::Suffix suffix = c == '\t' ? ScanEvent::Suffix::Tab
                                                           : ScanEvent::Suffix::Enter;
                emitRead(m_buffer, suffix);
            }
            m_buffer.clear();
            m_lastSuffix = pair ? 0 : c;
            continue;
        }
        m_lastSuffix = 0;
        m_buffer.append(c);
    }
    if (m_settings.suffix == Suffix::None && !m_buffer.isEmpty())
        m_pause.start(m_settings.pauseMs);
}

void SerialScanner::flush()
{
    if (m_buffer.isEmpty())
        return;
    const QByteArray bytes = m_buffer;
    m_buffer.clear();
    emitRead(bytes, ScanEvent::Suffix::Timeout);
}

void SerialScanner::emitRead(const QByteArray &bytes, ScanEvent::Suffix suffix)
{
    if (bytes.isEmpty())
        return;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    ScanEvent event = ScanEvent::fromRead(text, ScanEvent::Source::Serial, suffix);
    event.device = m_settings.portName;
    emit scanned(event);
}

} // namespace Hearth::Warehouse
