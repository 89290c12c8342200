#pragma once

#include "core/result.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Hearth::Sync {

/// Where and as whom a desk syncs.
struct SyncSettings
{
    QUrl server;  // https://host:port
    QString token;
    /// Trusted besides the system's certificate authorities, for sync only: a self-signed
    /// server's own certificate (pinned, accepted for being self-signed), or a company CA
    /// (CA:TRUE), under which any certificate it signed for the server's host name is accepted.
    QList<QSslCertificate> trustedCertificates;
    int pushBatch = 100;
    /// A push body stays under this size (the server refuses large bodies), but holds at
    /// least one entry.
    qint64 maxPushBytes = 256 * 1024;
    int pullLimit = Protocol::DefaultPullLimit;
    int timeoutMs = 30000;
};

/// The desk's HTTPS calls to the sync routes. Blocking, with a local event loop, so that it
/// runs on whichever thread owns it; create and use it on one thread.
class SyncClient
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Sync::SyncClient)

public:
    explicit SyncClient(SyncSettings settings);
    ~SyncClient();

    Core::Result<QList<PushResult>> push(const QList<PushEntry> &entries);
    Core::Result<PullPage> pull(qint64 after, int limit);
    /// The HTTP status of the last answer (0: none came).
    int lastStatus() const { return m_lastStatus; }
    /// The token of the requests that start from now; one in flight goes on with its own.
    void setToken(const QString &token) { m_settings.token = token; }

    /// True for a certificate authority (basicConstraints CA:TRUE) rather than a server's own.
    static bool isAuthority(const QSslCertificate &certificate);
    /// Sets the request's TLS configuration for trusted (see SyncSettings): the system's CAs
    /// plus the company CAs among them, on this request only.
    static void applyTrust(QNetworkRequest &request, const QList<QSslCertificate> &trusted);
    /// Accepts the pinned self-signed certificates among trusted on reply, and keeps why the
    /// TLS check refused the server's certificate for certificateProblem().
    static void acceptPinned(QNetworkReply *reply, const QList<QSslCertificate> &trusted);
    /// Why reply's server certificate was refused, translated ("it is not signed by the
    /// company CA …"), or empty when it was not.
    static QString certificateProblem(const QNetworkReply *reply);

private:
    Core::Result<QJsonObject> call(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body);

    SyncSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    int m_lastStatus = 0;
};

} // namespace Hearth::Sync
