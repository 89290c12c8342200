#pragma once

#include "passwordprompt.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Hearth::Widgets {
class PageHeader;
}

namespace Hearth::Sync {

class ConflictTableModel;
class SyncService;

/// The sync page (同步): the state of the desk's sync with its server, last sync, changes
/// waiting, "sync now" and the first download's progress; the server and account; and the
/// conflicts a person must resolve (keep mine / take the server's). Nothing on it waits for
/// an answer except the password prompt.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    explicit SyncPage(SyncService *service, QWidget *parent = nullptr);

    /// Opens the password prompt (the page's only modal window) and returns it.
    PasswordPrompt *askPassword(const QString &why = {});
    PasswordPrompt *passwordPrompt() const { return m_prompt; }
    /// The line under the buttons that tells what the last action did.
    QString message() const;

private:
    void refreshStatus();
    void refreshConflicts();
    void refreshSelection();
    void loadSettings();
    void saveSettings();
    void keepMine();
    void takeServers();
    /// untilSynced: the text goes when the next round ends well ("Signed in; syncing.").
    void showMessage(const QString &text, bool error, bool untilSynced = false);
    qint64 selectedConflict() const;

    QPointer<SyncService> m_service;
    Widgets::PageHeader *m_header = nullptr;
    QAction *m_syncNow = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_server = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_conflicts = nullptr;
    QProgressBar *m_download = nullptr;
    QLabel *m_downloadText = nullptr;
    QLineEdit *m_serverEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_certificateEdit = nullptr;
    QLabel *m_fingerprint = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_staySignedIn = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QTableView *m_view = nullptr;
    ConflictTableModel *m_model = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeServers = nullptr;
    QLabel *m_message = nullptr;
    QPointer<PasswordPrompt> m_prompt;
    QByteArray m_certificatePem;
    bool m_messageUntilSynced = false;
};

} // namespace Hearth::Sync
