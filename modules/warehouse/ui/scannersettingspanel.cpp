#include "scannersettingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Hearth::Warehouse {

namespace {

QString suffixName(const QString &code)
{
    if (code == u"cr")
        return ScannerSettingsPanel::tr("Enter (CR)");
    if (code == u"lf")
        return ScannerSettingsPanel::tr("Line feed (LF)");
    if (code == u"tab")
        return ScannerSettingsPanel::tr("Tab");
    if (code == u"none")
        return ScannerSettingsPanel::tr("None (a pause ends a read)");
    return ScannerSettingsPanel::tr("Any of CR, LF, Tab");
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: #475569;"));
    return label;
}

} // namespace

ScannerSettingsPanel::ScannerSettingsPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("scannerSettings"));
    setStyleSheet(QStringLiteral("#scannerSettings { background: #f8fafc; border: 1px solid "
                                 "#cbd5e1; border-radius: 6px; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 6, 12, 6);
    outer->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);

    row->addWidget(caption(tr("Serial scanner"), this));
    m_port = new QComboBox(this);
    m_port->setEditable(true);
    m_port->setMinimumContentsLength(14);
    m_port->setToolTip(tr("The port a serial or USB virtual-COM scanner is on; empty when the "
                          "scanners type as a keyboard"));
    row->addWidget(m_port);
    m_baud = new QComboBox(this);
    for (int rate : ScannerSettings::baudRates())
        m_baud->addItem(tr("%1 baud").arg(rate), rate);
    row->addWidget(m_baud);
    row->addWidget(caption(tr("Suffix"), this));
    m_suffix = new QComboBox(this);
    for (const QString &code : ScannerSettings::suffixes())
        m_suffix->addItem(suffixName(code), code);
    row->addWidget(m_suffix);
    row->addSpacing(12);
    row->addWidget(caption(tr("Keyboard scanner: longest pause"), this));
    m_gap = new QSpinBox(this);
    m_gap->setRange(5, 500);
    m_gap->setSuffix(tr(" ms"));
    m_gap->setToolTip(tr("Keys closer together than this are one scan; a person types slower. "
                         "\"Learn scanner timing\" measures it"));
    row->addWidget(m_gap);
    m_sound = new QCheckBox(tr("Sound"), this);
    row->addWidget(m_sound);
    row->addStretch(1);
    auto *apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("applyScannerSettings"));
    connect(apply, &QPushButton::clicked, this, [this] { emit applied(settings()); });
    row->addWidget(apply);
    outer->addLayout(row);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scannerStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    outer->addWidget(m_status);

    reloadPorts();
    setSettings(ScannerSettings());
}

void ScannerSettingsPanel::reloadPorts()
{
    const QString current = m_port->currentText();
    m_port->clear();
    m_port->addItem(QString());
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts())
        m_port->addItem(info.portName());
    m_port->setCurrentText(current);
}

void ScannerSettingsPanel::setSettings(const ScannerSettings &settings)
{
    m_wedge = settings.wedge;
    m_port->setCurrentText(settings.serialPort);
    m_baud->setCurrentIndex(std::max(0, m_baud->findData(settings.baudRate)));
    m_suffix->setCurrentIndex(std::max(0, m_suffix->findData(settings.suffix)));
    m_gap->setValue(settings.wedge.maxGapMs);
    m_sound->setChecked(settings.sound);
}

ScannerSettings ScannerSettingsPanel::settings() const
{
    ScannerSettings s;
    s.wedge = m_wedge;
    s.wedge.maxGapMs = m_gap->value();
    s.serialPort = m_port->currentText().trimmed();
    s.baudRate = m_baud->currentData().toInt();
    s.suffix = m_suffix->currentData().toString();
    s.sound = m_sound->isChecked();
    return s;
}

void ScannerSettingsPanel::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b91c1c;")
                                    : QStringLiteral("color: #166534;"));
}

QString ScannerSettingsPanel::statusText() const
{
    return m_status->text();
}

} // namespace Hearth::Warehouse
