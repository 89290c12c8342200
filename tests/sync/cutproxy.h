#pragma once

// A TCP relay on loopback between one desk and the server, for the soak test: it can go
// offline (connections are accepted and dropped at once, open ones are closed) and cut the
// connection that carries the Nth byte in one direction, mid-request or mid-answer. TLS runs
// through it untouched: the desk still checks the server's certificate.

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace SyncTest {

class CutProxy
{
public:
    enum class Direction { ToServer, ToDesk };

    CutProxy()
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, &m_listener,
                         [this] { accept(); });
    }
    ~CutProxy() { closeAll(); }

    bool listen() { return m_listener.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_listener.serverPort(); }
    void setTarget(quint16 port) { m_target = port; }

    void setOffline(bool offline)
    {
        m_offline = offline;
        if (offline)
            closeAll();
    }
    bool offline() const { return m_offline; }

    /// Cuts the connection that carries the afterBytes-th byte from now on in direction,
    /// forwarding the bytes before it; then calls then (once).
    void armCut(Direction direction, qint64 afterBytes, std::function<void()> then = {})
    {
        m_armed = true;
        m_direction = direction;
        m_remaining = afterBytes;
        m_then = std::move(then);
    }
    void disarm()
    {
        m_armed = false;
        m_then = {};
    }
    bool armed() const { return m_armed; }
    int cuts() const { return m_cuts; }
    int refusals() const { return m_refusals; }

    void closeAll()
    {
        const QList<QTcpSocket *> sockets = m_listener.findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }

private:
    void accept()
    {
        while (QTcpSocket *desk = m_listener.nextPendingConnection()) {
            if (m_offline) {
                ++m_refusals;
                desk->abort();
                desk->deleteLater();
                continue;
            }
            auto *server = new QTcpSocket(&m_listener);
            const QPointer<QTcpSocket> d(desk);
            const QPointer<QTcpSocket> s(server);
            QObject::connect(desk, &QTcpSocket::readyRead, desk,
                             [this, d, s] { relay(d, s, Direction::ToServer); });
            QObject::connect(server, &QTcpSocket::readyRead, server,
                             [this, d, s] { relay(s, d, Direction::ToDesk); });
            // A side that goes away takes the other with it, after what it still has to send.
            auto closeWith = [](QTcpSocket *gone, const QPointer<QTcpSocket> &other) {
                QObject::connect(gone, &QTcpSocket::disconnected, gone, [gone, other] {
                    if (other && other->state() == QAbstractSocket::ConnectedState)
                        other->disconnectFromHost();
                    else if (other)
                        other->abort();
                    gone->deleteLater();
                });
                QObject::connect(gone, &QTcpSocket::errorOccurred, gone, [gone, other] {
                    if (gone->state() != QAbstractSocket::ConnectedState) {
                        if (other)
                            other->abort();
                        gone->deleteLater();
                    }
                });
            };
            closeWith(desk, s);
            closeWith(server, d);
            server->connectToHost(QHostAddress::LocalHost, m_target);
            if (desk->bytesAvailable() > 0)
                relay(d, s, Direction::ToServer);
        }
    }

    void relay(const QPointer<QTcpSocket> &from, const QPointer<QTcpSocket> &to,
               Direction direction)
    {
        if (!from || !to)
            return;
        QByteArray bytes = from->readAll();
        if (!m_armed || direction != m_direction || bytes.size() < m_remaining) {
            if (m_armed && direction == m_direction)
                m_remaining -= bytes.size();
            to->write(bytes);
            return;
        }
        to->write(bytes.left(m_remaining));
        to->flush();
        m_armed = false;
        ++m_cuts;
        const std::function<void()> then = std::move(m_then);
        m_then = {};
        from->abort();
        if (to)
            to->abort();
        if (then)
            then();
    }

    QTcpServer m_listener;
    quint16 m_target = 0;
    bool m_offline = false;
    bool m_armed = false;
    Direction m_direction = Direction::ToServer;
    qint64 m_remaining = 0;
    std::function<void()> m_then;
    int m_cuts = 0;
    int m_refusals = 0;
};

} // namespace SyncTest
