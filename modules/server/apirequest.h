#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QHttpServerRequest;

namespace Hearth::Server {

/// What a route may read of one HTTP request, copied on the server's thread so that a worker
/// thread can answer it: Qt HTTP Server 6.4 keeps one request object per connection and clears
/// it when the connection's next request arrives, so a worker never reads that object.
class ApiRequest
{
public:
    ApiRequest() = default;
    /// A copy of request's method, URL, headers, body and peer address.
    explicit ApiRequest(const QHttpServerRequest &request);
    /// A request made by hand (tests, and the server's own refusals).
    ApiRequest(const QString &method, const QUrl &url,
               const QList<QPair<QByteArray, QByteArray>> &headers = {},
               const QByteArray &body = {});

    /// "GET", "POST"... ("OTHER" for a method the API never takes).
    const QString &method() const { return m_method; }
    const QUrl &url() const { return m_url; }
    const QByteArray &body() const { return m_body; }
    const QHostAddress &remoteAddress() const { return m_remoteAddress; }
    /// The value of the header name (any case), empty when it is missing.
    QByteArray value(const QByteArray &name) const;

private:
    QString m_method;
    QUrl m_url;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    QHostAddress m_remoteAddress;
};

} // namespace Hearth::Server
