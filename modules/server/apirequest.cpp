#include "apirequest.h"

#include <QHttpServerRequest>

namespace Hearth::Server {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

ApiRequest::ApiRequest(const QHttpServerRequest &request)
    : m_method(methodName(request.method())), m_url(request.url()),
      m_headers(request.headers()), m_body(request.body()),
      m_remoteAddress(request.remoteAddress())
{
}

ApiRequest::ApiRequest(const QString &method, const QUrl &url,
                       const QList<QPair<QByteArray, QByteArray>> &headers,
                       const QByteArray &body)
    : m_method(method), m_url(url), m_headers(headers), m_body(body)
{
}

QByteArray ApiRequest::value(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace Hearth::Server
