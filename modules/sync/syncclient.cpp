#include "syncclient.h"

#include "logging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace Hearth::Sync {

SyncClient::SyncClient(SyncSettings settings) : m_settings(std::move(settings)) {}

SyncClient::~SyncClient() = default;

Core::Result<QList<PushResult>> SyncClient::push(const QList<PushEntry> &entries)
{
    QUrl url = m_settings.server;
    url.setPath(QStringLiteral("/api/v1/sync/push"));
    const Core::Result<QJsonObject> body = call(
        "POST", url, QJsonDocument(Protocol::pushJson(entries)).toJson(QJsonDocument::Compact));
    if (!body)
        return body.error();
    QList<PushResult> results;
    if (!Protocol::readAnswer(*body, &results) || results.size() != entries.size())
        return Core::Error{tr("the server's answer to a push was not understood"), url.host()};
    return results;
}

Core::Result<PullPage> SyncClient::pull(qint64 after, int limit)
{
    QUrl url = m_settings.server;
    url.setPath(QStringLiteral("/api/v1/sync/pull"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("after"), QString::number(after));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    const Core::Result<QJsonObject> body = call("GET", url, {});
    if (!body)
        return body.error();
    PullPage page;
    if (!Protocol::readPage(*body, &page))
        return Core::Error{tr("the server's answer to a pull was not understood"), url.host()};
    return page;
}

Core::Result<QJsonObject> SyncClient::call(const QByteArray &method, const QUrl &url,
                                           const QByteArray &body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toLatin1());
    request.setTransferTimeout(m_settings.timeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    QList<QSslError> accepted;
    for (const QSslCertificate &certificate : m_settings.trustedCertificates)
        accepted.append(QSslError(QSslError::SelfSignedCertificate, certificate));
    if (!accepted.isEmpty())
        reply->ignoreSslErrors(accepted);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    reply->deleteLater();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (status == 0 || (error != QNetworkReply::NoError && status < 400)) {
        qCWarning(lcSync) << "sync request failed:" << url.path() << errorText;
        return Core::Error{tr("cannot reach the sync server: %1").arg(errorText), url.host()};
    }
    if (status != 200) {
        const QJsonObject problem = json.value(QStringLiteral("error")).toObject();
        qCWarning(lcSync) << "sync request refused:" << url.path() << status
                          << problem.value(QStringLiteral("code")).toString();
        return Core::Error{tr("the sync server refused (%1): %2")
                               .arg(status)
                               .arg(problem.value(QStringLiteral("message")).toString()),
                           problem.value(QStringLiteral("field")).toString()};
    }
    return json;
}

} // namespace Hearth::Sync
