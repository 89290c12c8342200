#include "syncclient.h"

#include "logging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificateExtension>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace Hearth::Sync {

namespace {

// Why the TLS check refused the server's certificate, kept on the reply by acceptPinned().
constexpr char RefusedProperty[] = "hearthCertificateProblem";

QList<QSslCertificate> systemAuthorities()
{
    // Read once: the system's store is a folder of files, too slow to list for every request.
    static const QList<QSslCertificate> authorities = QSslConfiguration::systemCaCertificates();
    return authorities;
}

bool isIssuerError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateSignatureFailed:
    case QSslError::UnableToDecryptCertificateSignature:
        return true;
    default:
        return false;
    }
}

QString problemOf(const QList<QSslError> &errors, const QList<QSslCertificate> &trusted,
                  const QString &host)
{
    if (errors.isEmpty())
        return {};
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch) {
            const QStringList names = error.certificate().subjectAlternativeNames().values();
            return SyncClient::tr("it is not made out for %1 (it names %2)")
                .arg(host, names.join(QStringLiteral(", ")));
        }
    }
    for (const QSslError &error : errors) {
        if (!isIssuerError(error.error()))
            continue;
        QStringList authorities;
        bool pinned = false;
        for (const QSslCertificate &certificate : trusted) {
            if (SyncClient::isAuthority(certificate))
                authorities.append(certificate.subjectInfo(QSslCertificate::CommonName).value(0));
            else
                pinned = true;
        }
        if (!authorities.isEmpty()) {
            return SyncClient::tr("it is not signed by the company CA that this desk trusts (%1)")
                .arg(authorities.join(QStringLiteral(", ")));
        }
        if (pinned)
            return SyncClient::tr("it is not the certificate pinned in the sync settings");
        return SyncClient::tr("it is not signed by a certificate authority this system trusts");
    }
    return errors.constFirst().errorString();
}

} // namespace

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
    applyTrust(request, m_settings.trustedCertificates);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, body);
    acceptPinned(reply, m_settings.trustedCertificates);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastStatus = status;
    const QByteArray bytes = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const QString errorText = reply->errorString();
    const QString refused = certificateProblem(reply);
    reply->deleteLater();
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    if (status == 0 && !refused.isEmpty()) {
        qCWarning(lcSync) << "sync server certificate refused:" << url.host() << refused;
        return Core::Error{tr("the sync server's certificate was refused: %1").arg(refused),
                           url.host()};
    }
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

bool SyncClient::isAuthority(const QSslCertificate &certificate)
{
    const QList<QSslCertificateExtension> extensions = certificate.extensions();
    for (const QSslCertificateExtension &extension : extensions) {
        if (extension.name() == QLatin1String("basicConstraints"))
            return extension.value().toMap().value(QStringLiteral("ca")).toBool();
    }
    return false;
}

void SyncClient::applyTrust(QNetworkRequest &request, const QList<QSslCertificate> &trusted)
{
    QList<QSslCertificate> authorities;
    for (const QSslCertificate &certificate : trusted) {
        if (isAuthority(certificate))
            authorities.append(certificate);
    }
    if (authorities.isEmpty())
        return;
    // A CA of our own turns off Qt's loading of the system's CAs on demand: list them too.
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.setCaCertificates(systemAuthorities() + authorities);
    request.setSslConfiguration(configuration);
}

void SyncClient::acceptPinned(QNetworkReply *reply, const QList<QSslCertificate> &trusted)
{
    // Only a pinned certificate, and only for being self-signed; a company CA is checked by
    // the TLS stack like any other, host name included.
    QList<QSslError> accepted;
    for (const QSslCertificate &certificate : trusted) {
        if (!isAuthority(certificate))
            accepted.append(QSslError(QSslError::SelfSignedCertificate, certificate));
    }
    if (!accepted.isEmpty())
        reply->ignoreSslErrors(accepted);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, accepted, trusted](const QList<QSslError> &errors) {
                         QList<QSslError> refused;
                         for (const QSslError &error : errors) {
                             if (!accepted.contains(error))
                                 refused.append(error);
                         }
                         reply->setProperty(RefusedProperty,
                                            problemOf(refused, trusted, reply->url().host()));
                     });
}

QString SyncClient::certificateProblem(const QNetworkReply *reply)
{
    return reply->property(RefusedProperty).toString();
}

} // namespace Hearth::Sync
