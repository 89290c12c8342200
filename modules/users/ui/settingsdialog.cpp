#include "settingsdialog.h"

#include "widgets/language.h"
#include "widgets/sitetime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Hearth::Users {

SettingsDialog::SettingsDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(14);

    auto *appearance = new QGroupBox(tr("Interface"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->setLabelAlignment(Qt::AlignRight);
    m_language = new QComboBox(appearance);
    for (const Widgets::Language::Option &o : Widgets::Language::available())
        m_language->addItem(o.name, o.code);
    const QString shown = Widgets::Language::installed().isEmpty()
                              ? Widgets::Language::saved()
                              : Widgets::Language::installed();
    m_language->setCurrentIndex(m_language->findData(shown));
    auto *languageNote = new QLabel(tr("The window switches to the new language at once."),
                                    appearance);
    languageNote->setObjectName(QStringLiteral("pageSubtitle"));
    languageNote->setWordWrap(true);
    appearanceForm->addRow(tr("Language:"), m_language);
    appearanceForm->addRow(QString(), languageNote);
    layout->addWidget(appearance);

    auto *signIn = new QGroupBox(tr("Signing in"), this);
    auto *signInLayout = new QVBoxLayout(signIn);
    m_rememberUser = new QCheckBox(tr("Remember the last user name on this computer"), signIn);
    m_rememberUser->setChecked(
        QSettings().value(QStringLiteral("login/rememberUser"), true).toBool());
    signInLayout->addWidget(m_rememberUser);
    layout->addWidget(signIn);

    auto *data = new QGroupBox(tr("Data"), this);
    auto *dataForm = new QFormLayout(data);
    dataForm->setLabelAlignment(Qt::AlignRight);
    auto *path = new QLabel(QDir::toNativeSeparators(databasePath), data);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    dataForm->addRow(tr("Database:"), path);
    auto *sync = new QLabel(tr("Offline: no sync server is configured"), data);
    dataForm->addRow(tr("Sync:"), sync);
    m_timeZone = new QComboBox(data);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromLatin1(id), id);
    const int zone = m_timeZone->findData(Widgets::SiteTime::zoneId());
    if (zone < 0)
        m_timeZone->addItem(QString::fromLatin1(Widgets::SiteTime::zoneId()),
                            Widgets::SiteTime::zoneId());
    m_timeZone->setCurrentIndex(std::max(0, m_timeZone->findData(Widgets::SiteTime::zoneId())));
    auto *zoneNote = new QLabel(tr("Times are stored in UTC and shown in this zone everywhere: "
                                   "the timeline, notes, attachments and users."),
                                data);
    zoneNote->setObjectName(QStringLiteral("pageSubtitle"));
    zoneNote->setWordWrap(true);
    dataForm->addRow(tr("Site time zone:"), m_timeZone);
    dataForm->addRow(QString(), zoneNote);
    layout->addWidget(data);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    setMinimumWidth(480);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

QByteArray SettingsDialog::timeZone() const
{
    return m_timeZone->currentData().toByteArray();
}

void SettingsDialog::accept()
{
    Widgets::Language::save(language());
    Widgets::SiteTime::setZoneId(timeZone());
    QSettings settings;
    settings.setValue(QStringLiteral("login/rememberUser"), m_rememberUser->isChecked());
    if (!m_rememberUser->isChecked())
        settings.remove(QStringLiteral("login/lastUser"));
    QDialog::accept();
}

} // namespace Hearth::Users
