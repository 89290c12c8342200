#include "syncpage.h"

#include "conflicttablemodel.h"
#include "passwordprompt.h"
#include "sync/syncclient.h"
#include "sync/syncservice.h"
#include "widgets/pageheader.h"
#include "widgets/sitetime.h"
#include "widgets/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSslCertificate>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Hearth::Sync {

using Widgets::IconKind;
using Widgets::Theme;

namespace {

QLabel *valueLabel(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SyncPage::SyncPage(SyncService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    m_syncNow = new QAction(Theme::icon(IconKind::Sync, Qt::white), tr("Sync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (m_service)
            m_service->syncNow();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);
    m_header = new Widgets::PageHeader(tr("Sync"), this);
    m_header->setSubtitle(tr("This desk works offline and exchanges its changes with the "
                             "server in the background."));
    m_header->addAction(m_syncNow, true);
    layout->addWidget(m_header);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    auto *statusBox = new QGroupBox(tr("Status"), this);
    auto *statusForm = new QFormLayout(statusBox);
    statusForm->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_state = valueLabel("stateValue", statusBox);
    m_server = valueLabel("serverValue", statusBox);
    m_lastSync = valueLabel("lastSyncValue", statusBox);
    m_pending = valueLabel("pendingValue", statusBox);
    m_conflicts = valueLabel("conflictsValue", statusBox);
    m_state->setWordWrap(true);
    statusForm->addRow(tr("State:"), m_state);
    statusForm->addRow(tr("Server:"), m_server);
    statusForm->addRow(tr("Last sync:"), m_lastSync);
    statusForm->addRow(tr("Changes to send:"), m_pending);
    statusForm->addRow(tr("Open conflicts:"), m_conflicts);
    m_download = new QProgressBar(statusBox);
    m_download->setObjectName(QStringLiteral("downloadBar"));
    m_download->setRange(0, 100);
    m_downloadText = valueLabel("downloadText", statusBox);
    statusForm->addRow(tr("First download:"), m_download);
    statusForm->addRow(QString(), m_downloadText);
    top->addWidget(statusBox, 1);

    auto *settingsBox = new QGroupBox(tr("Server and account"), this);
    auto *settingsForm = new QFormLayout(settingsBox);
    settingsForm->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_serverEdit = new QLineEdit(settingsBox);
    m_serverEdit->setObjectName(QStringLiteral("serverEdit"));
    m_serverEdit->setPlaceholderText(QStringLiteral("https://hearth.example.com:8443"));
    m_userEdit = new QLineEdit(settingsBox);
    m_userEdit->setObjectName(QStringLiteral("userEdit"));
    m_certificateEdit = new QLineEdit(settingsBox);
    m_certificateEdit->setObjectName(QStringLiteral("certificateEdit"));
    m_certificateEdit->setPlaceholderText(
        tr("PEM file: the server's self-signed certificate or the company CA (optional)"));
    m_fingerprint = valueLabel("fingerprint", settingsBox);
    m_interval = new QSpinBox(settingsBox);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    settingsForm->addRow(tr("Server address:"), m_serverEdit);
    settingsForm->addRow(tr("User name:"), m_userEdit);
    settingsForm->addRow(tr("Server certificate:"), m_certificateEdit);
    settingsForm->addRow(QString(), m_fingerprint);
    settingsForm->addRow(tr("Sync every:"), m_interval);
    m_staySignedIn = new QCheckBox(tr("Stay signed in on this desk after a restart"),
                                   settingsBox);
    m_staySignedIn->setObjectName(QStringLiteral("staySignedIn"));
    m_staySignedIn->setToolTip(tr("The session is kept in this desk's database until it "
                                  "expires. Turn this off on a desk that several people use."));
    settingsForm->addRow(QString(), m_staySignedIn);
    auto *settingsButtons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), settingsBox);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_signIn = new QPushButton(Theme::icon(IconKind::Key), tr("Sign In…"), settingsBox);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signOut = new QPushButton(Theme::icon(IconKind::SignOut), tr("Sign Out"), settingsBox);
    m_signOut->setObjectName(QStringLiteral("signOut"));
    settingsButtons->addWidget(m_save);
    settingsButtons->addStretch();
    settingsButtons->addWidget(m_signIn);
    settingsButtons->addWidget(m_signOut);
    settingsForm->addRow(settingsButtons);
    top->addWidget(settingsBox, 1);
    layout->addLayout(top);

    auto *conflictsBox = new QGroupBox(tr("Conflicts to resolve"), this);
    auto *conflictsLayout = new QVBoxLayout(conflictsBox);
    m_model = new ConflictTableModel(this);
    m_view = new QTableView(conflictsBox);
    m_view->setObjectName(QStringLiteral("conflictView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ConflictTableModel::When, 140);
    m_view->setColumnWidth(ConflictTableModel::Kind, 180);
    m_view->setColumnWidth(ConflictTableModel::Table, 100);
    m_view->setColumnWidth(ConflictTableModel::Row, 90);
    m_view->setColumnWidth(ConflictTableModel::OrderNo, 130);
    conflictsLayout->addWidget(m_view);
    auto *conflictButtons = new QHBoxLayout;
    m_message = valueLabel("message", conflictsBox);
    m_message->setWordWrap(true);
    m_keepMine = new QPushButton(tr("Keep Mine"), conflictsBox);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeServers = new QPushButton(tr("Take the Server's"), conflictsBox);
    m_takeServers->setObjectName(QStringLiteral("takeServers"));
    conflictButtons->addWidget(m_message, 1);
    conflictButtons->addWidget(m_keepMine);
    conflictButtons->addWidget(m_takeServers);
    conflictsLayout->addLayout(conflictButtons);
    layout->addWidget(conflictsBox, 1);

    connect(m_save, &QPushButton::clicked, this, &SyncPage::saveSettings);
    connect(m_signIn, &QPushButton::clicked, this, [this] { askPassword(); });
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->signOut();
        showMessage(tr("Signed out of the sync server."), false);
    });
    connect(m_keepMine, &QPushButton::clicked, this, &SyncPage::keepMine);
    connect(m_takeServers, &QPushButton::clicked, this, &SyncPage::takeServers);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncPage::refreshSelection);

    if (service) {
        connect(service, &SyncService::stateChanged, this, &SyncPage::refreshStatus);
        connect(service, &SyncService::countsChanged, this, [this] {
            refreshStatus();
            refreshConflicts();
        });
        connect(service, &SyncService::downloadProgress, this, &SyncPage::refreshStatus);
        connect(service, &SyncService::roundFinished, this, [this](bool ok, const QString &m) {
            refreshStatus();
            refreshConflicts();
            if (!ok)
                showMessage(tr("Sync failed: %1").arg(m), true, true);  // until one goes well
            else if (m_messageUntilSynced)
                showMessage(QString(), false);
        });
        connect(service, &SyncService::signedIn, this, [this] {
            showMessage(tr("Signed in; syncing."), false, true);
            refreshStatus();
        });
        connect(service, &SyncService::signInFailed, this,
                [this](const QString &m) { showMessage(m, true); });
        connect(service, &SyncService::signInNeeded, this, [this](const QString &why) {
            showMessage(why, true);
            if (isVisible())
                askPassword(why);
        });
    }
    loadSettings();
    refreshStatus();
    refreshConflicts();
}

QString SyncPage::message() const
{
    return m_message->text();
}

void SyncPage::showMessage(const QString &text, bool error, bool untilSynced)
{
    m_messageUntilSynced = untilSynced;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #dc2626;") : QString());
}

void SyncPage::loadSettings()
{
    if (!m_service)
        return;
    const SyncService::Settings &s = m_service->settings();
    m_serverEdit->setText(s.server.toString());
    m_userEdit->setText(s.userName);
    m_interval->setValue(s.intervalMinutes);
    m_staySignedIn->setChecked(s.staySignedIn);
    m_certificatePem = s.certificatePem;
    m_certificateEdit->clear();
    // 32 bytes as hex pairs: two lines of 16, which fit the form.
    QString print = SyncService::fingerprint(s.certificatePem);
    m_fingerprint->setToolTip(print);
    if (print.size() > 48)
        print[47] = u'\n';
    const QSslCertificate certificate(s.certificatePem, QSsl::Pem);
    if (print.isEmpty()) {
        m_fingerprint->setText(tr("Trusts the system's certificate authorities."));
    } else if (SyncClient::isAuthority(certificate)) {
        m_fingerprint->setText(
            tr("Trusts the company CA %1, SHA-256:\n%2")
                .arg(certificate.subjectInfo(QSslCertificate::CommonName).value(0), print));
    } else {
        m_fingerprint->setText(tr("Pinned server certificate, SHA-256:\n%1").arg(print));
    }
}

void SyncPage::saveSettings()
{
    if (!m_service)
        return;
    SyncService::Settings s;
    s.server = QUrl(m_serverEdit->text().trimmed());
    s.userName = m_userEdit->text();
    s.intervalMinutes = m_interval->value();
    s.staySignedIn = m_staySignedIn->isChecked();
    s.certificatePem = m_certificatePem;
    const QString file = m_certificateEdit->text().trimmed();
    if (!file.isEmpty()) {
        const Core::Result<QByteArray> pem = SyncService::readCertificate(file);
        if (!pem) {
            showMessage(pem.error().toString(), true);
            return;
        }
        s.certificatePem = *pem;
    }
    if (const Core::Status saved = m_service->saveSettings(s); !saved) {
        showMessage(saved.error().message, true);
        return;
    }
    loadSettings();
    refreshStatus();
    showMessage(tr("Settings saved."), false);
}

PasswordPrompt *SyncPage::askPassword(const QString &why)
{
    if (!m_service)
        return nullptr;
    if (m_prompt)
        return m_prompt;
    const SyncService::Settings &s = m_service->settings();
    if (s.server.isEmpty() || s.userName.isEmpty()) {
        showMessage(tr("Enter the server address and the user name, and save them first."),
                    true);
        return nullptr;
    }
    m_prompt = new PasswordPrompt(s.userName, s.server.toString(), why, this);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_prompt, &QDialog::accepted, this, [this] {
        if (m_service && m_prompt) {
            showMessage(tr("Signing in…"), false);
            m_service->signIn(m_prompt->password());
        }
    });
    m_prompt->open();
    return m_prompt;
}

void SyncPage::refreshStatus()
{
    if (!m_service)
        return;
    const SyncService::State state = m_service->state();
    QString text = m_service->stateText(Widgets::SiteTime::zone());
    if (!m_service->lastError().isEmpty())
        text = tr("%1: %2").arg(text, m_service->lastError());
    m_state->setText(text);
    const QUrl server = m_service->settings().server;
    m_server->setText(server.isEmpty() ? tr("not set") : server.toString());
    const QDateTime last = m_service->lastSuccess();
    m_lastSync->setText(last.isValid() ? Widgets::SiteTime::format(last) : tr("never"));
    m_pending->setText(QString::number(m_service->pendingCount()));
    m_conflicts->setText(QString::number(m_service->conflictCount()));

    const bool downloading = m_service->isInitialDownload();
    const double fraction = m_service->downloadFraction();
    if (downloading && fraction < 0) {
        m_download->setRange(0, 0);  // no total from the server: a busy bar
    } else {
        m_download->setRange(0, 100);
        m_download->setValue(downloading ? int(fraction * 100) : (last.isValid() ? 100 : 0));
    }
    if (downloading) {
        m_downloadText->setText(tr("%n row(s) downloaded", nullptr,
                                   int(m_service->downloadedRows())));
    } else {
        m_downloadText->setText(last.isValid() ? tr("Done") : tr("Not started"));
    }

    const bool signedIn = m_service->isSignedIn();
    const bool syncing = state == SyncService::State::Syncing;
    m_syncNow->setEnabled(signedIn && !syncing);
    m_signIn->setEnabled(!signedIn);
    m_signOut->setEnabled(signedIn);
    refreshSelection();
}

void SyncPage::refreshConflicts()
{
    if (!m_service)
        return;
    const qint64 selected = selectedConflict();
    const Core::Result<QList<ConflictRecord>> list = m_service->conflicts();
    if (!list) {
        showMessage(list.error().toString(), true);
        return;
    }
    m_model->setConflicts(*list);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->conflictAt(row)->id == selected)
            m_view->selectRow(row);
    }
    refreshSelection();
}

qint64 SyncPage::selectedConflict() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const ConflictRecord *c = m_model->conflictAt(rows.first().row());
    return c ? c->id : 0;
}

void SyncPage::refreshSelection()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ConflictRecord *c = rows.isEmpty() ? nullptr : m_model->conflictAt(rows.first().row());
    const bool idle = m_service && m_service->state() != SyncService::State::Syncing;
    const bool deleted = c && c->kind == SyncConflict::Kind::DeletedRemotely;
    m_keepMine->setText(deleted ? tr("Keep Mine as a New Row") : tr("Keep Mine"));
    m_keepMine->setEnabled(c && idle);
    m_takeServers->setEnabled(c && idle);
}

void SyncPage::keepMine()
{
    const qint64 id = selectedConflict();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const ConflictRecord *c = rows.isEmpty() ? nullptr : m_model->conflictAt(rows.first().row());
    if (!m_service || !c)
        return;
    if (c->kind == SyncConflict::Kind::DeletedRemotely) {
        const Core::Result<QString> made = m_service->recreateAsNew(id);
        if (!made)
            showMessage(made.error().toString(), true);
        else
            showMessage(tr("Your version comes back as a new row; it is sent with the next "
                           "sync."), false);
    } else if (const Core::Status s = m_service->keepMine(id); !s) {
        showMessage(s.error().toString(), true);
    } else {
        showMessage(tr("Your version is sent again with the next sync."), false);
    }
    refreshConflicts();
    refreshStatus();
}

void SyncPage::takeServers()
{
    const qint64 id = selectedConflict();
    if (!m_service || id == 0)
        return;
    if (const Core::Status s = m_service->takeServers(id); !s)
        showMessage(s.error().toString(), true);
    else
        showMessage(tr("The server's version comes back with the next sync."), false);
    refreshConflicts();
    refreshStatus();
}

} // namespace Hearth::Sync
