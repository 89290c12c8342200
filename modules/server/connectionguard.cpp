#include "connectionguard.h"

#include "apiresponse.h"
#include "requestlog.h"

#include <QRandomGenerator>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServerConnection, "hearth.server.connection", QtInfoMsg)

namespace Hearth::Server {

namespace {

constexpr char DeadlineName[] = "hearth-request-deadline";
constexpr char AtRequestStart[] = "hearthAtRequestStart";
constexpr char Refused[] = "hearthRefused";
constexpr char HeadSeen[] = "hearthHeadSeen";
/// How long a refused connection stays open, its incoming bytes dropped unread, so that a
/// client still sending its body reads the answer before the close (a close with unread
/// bytes resets the connection, and a reset can take the answer with it).
constexpr int LingerMs = 500;

QTimer *deadlineOf(QTcpSocket *socket)
{
    return socket->findChild<QTimer *>(QLatin1String(DeadlineName),
                                       Qt::FindDirectChildrenOnly);
}

/// "POST /api/v1/sync/push HTTP/1.1" split in method and path, or false when line is not a
/// request line (the HTTP layer has read the start of the request already).
bool splitRequestLine(const QByteArray &line, QByteArray *method, QByteArray *path)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
        return false;
    for (const char c : parts.at(0)) {
        if (c < 'A' || c > 'Z')
            return false;
    }
    *method = parts.at(0);
    *path = parts.at(1).split('?').constFirst();
    return !method->isEmpty() && path->startsWith('/');
}

QByteArray reason(int status)
{
    switch (status) {
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Bad Request");
    }
}

} // namespace

ConnectionGuard::ConnectionGuard(QSslServer *server, ConnectionLimits limits)
    : QObject(server), m_limits(limits)
{
    connect(server, &QSslServer::startedEncryptionHandshake, this, &ConnectionGuard::watch);
}

void ConnectionGuard::watch(QSslSocket *socket)
{
    m_sockets.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_sockets.remove(socket); });
    socket->setProperty(AtRequestStart, true);
    auto *deadline = new QTimer(socket);
    deadline->setObjectName(QLatin1String(DeadlineName));
    deadline->setSingleShot(true);
    deadline->setInterval(m_limits.idleTimeoutMs);
    connect(deadline, &QTimer::timeout, socket, [socket, ms = m_limits.idleTimeoutMs] {
        qCInfo(lcServerConnection) << "closed a connection that completed no request in" << ms
                                   << "ms";
        socket->abort();
    });
    deadline->start();
    // Connected before the HTTP layer sees the socket, so this runs before it reads.
    connect(socket, &QSslSocket::readyRead, this, [this, socket] { inspect(socket); });
}

void ConnectionGuard::requestTaken(QTcpSocket *socket)
{
    socket->setProperty(AtRequestStart, true);
    socket->setProperty(HeadSeen, QByteArray());
    // A slow answer (a large push, a sign-in) is the server's time, not the client's.
    if (QTimer *deadline = deadlineOf(socket))
        deadline->stop();
}

void ConnectionGuard::requestDone(QTcpSocket *socket)
{
    socket->setProperty(AtRequestStart, true);
    socket->setProperty(HeadSeen, QByteArray());
    if (QTimer *deadline = deadlineOf(socket))
        deadline->start();
}

bool ConnectionGuard::refused(const QTcpSocket *socket)
{
    return socket->property(Refused).toBool();
}

void ConnectionGuard::closeAll()
{
    const QSet<QSslSocket *> sockets = m_sockets;
    for (QSslSocket *socket : sockets)
        socket->disconnectFromHost();
}

void ConnectionGuard::inspect(QSslSocket *socket)
{
    if (refused(socket)) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    if (!socket->property(AtRequestStart).toBool())
        return;
    // Qt HTTP Server 6.4 reads whatever arrives, so a head split over several reads is only
    // whole in what this guard kept of the earlier ones.
    const QByteArray seen = socket->property(HeadSeen).toByteArray();
    const QByteArray fresh = socket->peek(m_limits.maxHeaderBytes + 4);
    const QByteArray head = fresh.startsWith(seen)
                                ? fresh
                                : (seen + fresh).left(m_limits.maxHeaderBytes + 4);
    socket->setProperty(HeadSeen, head);
    const qsizetype lineEnd = head.indexOf("\r\n");
    if (lineEnd < 0) {
        if (head.size() > m_limits.maxHeaderBytes) {
            refuse(socket, 431, QStringLiteral("headers_too_large"),
                   tr("the request line is longer than %1 bytes").arg(m_limits.maxHeaderBytes));
        }
        return;
    }
    QByteArray method;
    QByteArray path;
    if (!splitRequestLine(head.left(lineEnd), &method, &path)) {
        // Not the start of a request (it began while the HTTP layer was still reading).
        socket->setProperty(AtRequestStart, false);
        socket->setProperty(HeadSeen, QByteArray());
        return;
    }
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > m_limits.maxHeaderBytes) {
            refuse(socket, 431, QStringLiteral("headers_too_large"),
                   tr("the request's headers are longer than %1 bytes")
                       .arg(m_limits.maxHeaderBytes));
        }
        return;
    }
    socket->setProperty(AtRequestStart, false);
    socket->setProperty(HeadSeen, QByteArray());
    socket->setProperty("hearthMethod", method);
    socket->setProperty("hearthPath", path);
    const QList<QByteArray> lines = head.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (ok && length > m_limits.maxBodyBytes) {
                refuse(socket, 413, QStringLiteral("too_large"),
                       tr("the request body is larger than %1 bytes")
                           .arg(m_limits.maxBodyBytes));
                return;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            refuse(socket, 411, QStringLiteral("length_required"),
                   tr("send the body with a Content-Length, not in chunks"));
            return;
        }
    }
}

void ConnectionGuard::refuse(QSslSocket *socket, int status, const QString &code,
                             const QString &message)
{
    socket->setProperty(Refused, true);
    const QByteArray body = ApiResponse::error(status, code, message).bodyBytes();
    const QString requestId = QString::number(QRandomGenerator::global()->generate64()
                                                  & 0xffffffffffffULL, 16)
                                  .rightJustified(12, u'0');
    QByteArray answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\nX-Request-Id: "
                        + requestId.toLatin1()
                        + "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n" + body;
    socket->write(answer);
    // The body is never read or kept: what came with the headers and what still comes is
    // dropped here, before the HTTP layer sees it, and the connection closes after a linger.
    socket->skip(socket->bytesAvailable());
    if (QTimer *deadline = deadlineOf(socket))
        deadline->stop();
    QTimer::singleShot(LingerMs, socket, [socket] { socket->disconnectFromHost(); });
    RequestLog::write({requestId, QString(),
                       QString::fromLatin1(socket->property("hearthMethod").toByteArray()),
                       QString::fromLatin1(socket->property("hearthPath").toByteArray()), status,
                       0});
}

} // namespace Hearth::Server
