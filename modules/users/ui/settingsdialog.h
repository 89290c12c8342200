#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace Hearth::Users {

/// This desk's own settings, kept in QSettings: the language of the interface (applied at once
/// by the shell when it changes), the site's time zone (Widgets::SiteTime) and whether the
/// login remembers the last user name.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &databasePath, QWidget *parent = nullptr);

    /// The language chosen, as a code such as "zh_CN".
    QString language() const;
    /// The site time zone chosen, such as "Asia/Shanghai".
    QByteArray timeZone() const;

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_timeZone = nullptr;
    QCheckBox *m_rememberUser = nullptr;
};

} // namespace Hearth::Users
