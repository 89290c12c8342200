#pragma once

#include "warehouse/scannersettings.h"

#include <QFrame>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Hearth::Warehouse {

/// The scanning page's own strip for the desk's scanners (扫描枪设置): the serial scanner's
/// port, speed and suffix, the keyboard scanner's longest pause between keys, and the sound.
/// It sits in the page, never in a dialog, and says in its status line what was kept or why
/// the port would not open.
class ScannerSettingsPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ScannerSettingsPanel(QWidget *parent = nullptr);

    void setSettings(const ScannerSettings &settings);
    /// The settings as the fields show them.
    ScannerSettings settings() const;
    void setStatus(const QString &text, bool problem);
    QString statusText() const;

    QComboBox *portChoice() const { return m_port; }
    QSpinBox *gapField() const { return m_gap; }
    QCheckBox *soundChoice() const { return m_sound; }

    /// The serial ports this computer has, for the port choice.
    void reloadPorts();

signals:
    /// The user pressed "Apply": the page opens the port and keeps the settings.
    void applied(const Hearth::Warehouse::ScannerSettings &settings);

private:
    QComboBox *m_port = nullptr;
    QComboBox *m_baud = nullptr;
    QComboBox *m_suffix = nullptr;
    QSpinBox *m_gap = nullptr;
    QCheckBox *m_sound = nullptr;
    QLabel *m_status = nullptr;
    WedgeDetector::Settings m_wedge;  // the fields the strip does not show, kept as they were
};

} // namespace Hearth::Warehouse
