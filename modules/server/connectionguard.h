#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QObject>
#include <QSet>

class QSslServer;
class QSslSocket;
class QTcpSocket;

/// Connections opened, refused and closed for being idle or slow; on at info level.
Q_DECLARE_LOGGING_CATEGORY(lcServerConnection)

namespace Hearth::Server {

/// What one connection may cost the server before the HTTP layer has a whole request.
struct ConnectionLimits
{
    /// From the connection's start (TLS handshake included) or the end of its last request
    /// to the end of the next request's body; bytes trickling in do not extend it.
    int idleTimeoutMs = 30 * 1000;
    qint64 maxBodyBytes = 1024 * 1024;
    /// The request line and headers together.
    int maxHeaderBytes = 16 * 1024;
};

/// Guards the connections of a QSslServer below Qt HTTP Server 6.4, which reads a request's
/// whole body before handing it over and keeps a silent connection open for ever. The guard
/// sees each socket when its TLS handshake starts, before the HTTP layer, so its readyRead
/// handler runs first: it answers 413 to a declared Content-Length over the limit, 431 to
/// headers over their limit and 411 to a chunked body, from the headers alone, drops the body
/// unread (the HTTP layer never buffers it) and closes the connection half a second later. A
/// connection that completes no request within the idle timeout is closed, which also ends
/// slow-loris trickles.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    /// Watches every connection server accepts from now on; a child of server.
    ConnectionGuard(QSslServer *server, ConnectionLimits limits);

    /// The HTTP layer handed over a whole request on socket, which a worker thread answers
    /// later: the guard looks at the next request's head, and the deadline waits.
    static void requestTaken(QTcpSocket *socket);
    /// The server answered every request it took on socket: its deadline starts again.
    static void requestDone(QTcpSocket *socket);
    /// The guard has answered on socket already and is closing it: a request the HTTP layer
    /// still hands over must get no second answer.
    static bool refused(const QTcpSocket *socket);

    /// Connections open now (handshaking, idle or in a request).
    int openConnections() const { return int(m_sockets.size()); }
    /// Closes every open connection, letting written answers go out first.
    void closeAll();

private:
    void watch(QSslSocket *socket);
    void inspect(QSslSocket *socket);
    void refuse(QSslSocket *socket, int status, const QString &code, const QString &message);

    ConnectionLimits m_limits;
    QSet<QSslSocket *> m_sockets;
};

} // namespace Hearth::Server
