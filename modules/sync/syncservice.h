#pragma once

#include "conflictresolver.h"
#include "core/result.h"
#include "syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Hearth::Sync {

class SyncEngine;

/// The desk's sync in the background (后台同步): signs in to the server, runs the engine on a
/// worker thread every few minutes and shortly after a local write, and keeps what the shell
/// shows (state, last success, pending changes, open conflicts, the first download's
/// progress). Lives on the GUI thread and uses the open Storage::Database. With "stay signed
/// in" (the default) the token is kept in the desk's settings until it expires, so that a
/// restarted desk goes on syncing without the password; whoever can read the desk's file can
/// use it until then, so a shared desk turns the option off, and signing out, a refused token
/// or another server or user forget it.
class SyncService : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, Idle, Syncing, Offline, Error };
    Q_ENUM(State)

    /// Kept in the desk database's settings table ("sync.*").
    struct Settings
    {
        QUrl server;  // https://host:port
        QString userName;
        /// A self-signed server's certificate (PEM), accepted only for being self-signed, or a
        /// company CA's certificate, trusted besides the system's CAs for sync only; empty to
        /// trust the system's certificate authorities alone.
        QByteArray certificatePem;
        int intervalMinutes = DefaultIntervalMinutes;
        /// Keep the session across restarts of the desk (保持登录).
        bool staySignedIn = true;

        bool operator==(const Settings &) const = default;
    };

    static constexpr int DefaultIntervalMinutes = 5;
    static constexpr int DefaultWriteDelayMs = 10 * 1000;
    static constexpr int DefaultWatchMs = 3 * 1000;

    /// resumeSession: take up the session kept by "stay signed in" and sync shortly (the
    /// desk's shell); a one-off round that signs in itself (hearthctl sync) passes false.
    explicit SyncService(QObject *parent = nullptr, bool resumeSession = true);
    ~SyncService() override;

    static Settings loadSettings();
    /// Checks and stores the settings; a changed server or user signs out.
    Core::Status saveSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    /// Reads a PEM file with one certificate, for Settings::certificatePem.
    static Core::Result<QByteArray> readCertificate(const QString &path);
    /// "AB:CD:…" (SHA-256) of a PEM certificate, as `hearth-server gen-cert` prints it.
    static QString fingerprint(const QByteArray &pem);

    /// Asks the server for a token (POST /api/v1/auth/login); answers with signedIn() or
    /// signInFailed(). The password is not kept.
    void signIn(const QString &password);
    /// Forgets the token and revokes it on the server when it can be reached.
    void signOut();
    bool isSignedIn() const { return !m_token.isEmpty(); }

    /// Starts a round now, or one more right after the round that is running.
    void syncNow();

    State state() const { return m_state; }
    /// What the state means for a person, translated ("Synced 2026-12-05 09:09"), with the
    /// time in the given zone (the site's).
    QString stateText(const QTimeZone &zone) const;
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }
    qint64 pendingCount() const { return m_pending; }
    qint64 conflictCount() const { return m_conflicts; }

    /// True while the desk's first full download runs (it had no revision when it started).
    bool isInitialDownload() const { return m_initialDownload; }
    qint64 downloadedRows() const { return m_downloaded; }
    /// The first download's share done, 0 to 1, or -1 while the server sends no total.
    double downloadFraction() const { return m_fraction; }

    Core::Result<QList<ConflictRecord>> conflicts();
    /// ConflictResolver's resolutions; refused while a round runs. Each asks for a sync.
    Core::Status keepMine(qint64 conflictId);
    Core::Result<QString> recreateAsNew(qint64 conflictId);
    Core::Status takeServers(qint64 conflictId);

    /// For tests: how soon a local write is synced, and how often the outbox is looked at.
    void setWriteDelay(int ms) { m_writeDelay.setInterval(ms); }
    void setWatchInterval(int ms) { m_watch.setInterval(ms); }
    /// Reads the pending and conflict counts again now.
    void refreshCounts();

signals:
    void stateChanged(Hearth::Sync::SyncService::State state);
    void countsChanged(qint64 pending, qint64 conflicts);
    void downloadProgress(qint64 rows, double fraction);
    void signedIn();
    void signInFailed(const QString &message);
    /// The server no longer takes the token (expired or revoked): ask for the password.
    void signInNeeded(const QString &why);
    /// A round ended; message says why when it failed.
    void roundFinished(bool ok, const QString &message);
    /// A round brought count rows written elsewhere into the local database.
    void rowsReceived(int count);

private:
    void setState(State state, const QString &error = {});
    SyncSettings engineSettings() const;
    void ensureEngine();
    void dropEngine();
    void startRound();
    void onRoundFinished(bool ok, const QString &message, int pulled, int conflicts);
    void onProgress(int pushed, int pulled);
    void probe(const QString &failure);
    void registerDesk();
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        bool withToken);
    void restartTimer();
    Core::Status guardResolve() const;
    /// The kept session, when it is for this server and user and has not expired.
    void resumeSession();
    void keepSession(const QString &token, const QString &expiresAt);
    void forgetSession();

    Settings m_settings;
    QString m_token;
    QString m_tokenExpires;  // as the server said it, for keeping the session
    State m_state = State::SignedOut;
    QString m_lastError;
    QDateTime m_lastSuccess;
    qint64 m_pending = 0;
    qint64 m_conflicts = 0;
    bool m_initialDownload = false;
    qint64 m_downloaded = 0;
    double m_fraction = -1;
    bool m_again = false;

    QThread m_thread;
    SyncEngine *m_engine = nullptr;  // lives on m_thread
    std::unique_ptr<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_signInReply;
    QTimer m_interval;
    QTimer m_writeDelay;
    QTimer m_watch;
};

} // namespace Hearth::Sync
