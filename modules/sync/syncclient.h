#pragma once

#include "core/result.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Hearth::Sync {

/// Where and as whom a desk syncs.
struct SyncSettings
{
    QUrl server;  // https://host:port
    QString token;
    /// Self-signed certificates to accept besides the system's trust (a trial server).
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
    /// The token of the requests that start from now; one in flight goes on with its own.
    void setToken(const QString &token) { m_settings.token = token; }

private:
    Core::Result<QJsonObject> call(const QByteArray &method, const QUrl &url,
                                   const QByteArray &body);

    SyncSettings m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace Hearth::Sync
