#pragma once

// A stand-in for a tracking aggregator on 127.0.0.1: plain HTTP/1.1, one request per
// connection, answers taken from a script in order (the last one repeats). No Q_OBJECT, so
// that each test program can include it without a moc step of its own.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

struct FakeAnswer
{
    int status = 200;
    QByteArray body;
    QByteArray retryAfter;
    bool silent = false;  // read the request, never answer
};

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;  // names in lower case
    QByteArray body;
};

class FakeTrackingServer
{
public:
    FakeTrackingServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1/track").arg(m_server.serverPort()));
    }

    void script(const QList<FakeAnswer> &answers)
    {
        m_script = answers;
        m_next = 0;
    }

    QList<FakeRequest> requests;
    std::function<void(const FakeRequest &)> onRequest;

private:
    void serve(QTcpSocket *socket)
    {
        auto *buffer = new QByteArray;
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            FakeRequest r;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            r.method = first.value(0);
            r.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                     lines[i].mid(colon + 1).trimmed());
            }
            const int length = r.headers.value("content-length").toInt();
            if (buffer->size() < end + 4 + length)
                return;
            r.body = buffer->mid(end + 4, length);
            buffer->clear();
            requests.append(r);
            const FakeAnswer a = m_script.isEmpty()
                                     ? FakeAnswer{404, "{}", {}, false}
                                     : m_script.at(qMin(m_next++, m_script.size() - 1));
            if (onRequest)
                onRequest(r);
            if (a.silent)
                return;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\n"
                             "Content-Type: application/json\r\nConnection: close\r\n"
                             "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
            if (!a.retryAfter.isEmpty())
                out += "Retry-After: " + a.retryAfter + "\r\n";
            socket->write(out + "\r\n" + a.body);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QList<FakeAnswer> m_script;
    qsizetype m_next = 0;
};

/// A realistic answer: three tracks, newest first, one without a time zone.
inline QByteArray sampleAnswer(const char *lastStatus = "SIGNED")
{
    return QByteArray(R"({"code": 0, "message": "ok", "data": {
        "carrier_code": "SF", "tracking_number": "SF1400012345678", "latest_status": ")")
           + lastStatus + R"(",
        "tracks": [
          {"time": "2026-12-04 16:20:00", "time_zone": "+08:00", "status": ")" + lastStatus
           + R"(", "location": {"country": "CN", "province": "上海市", "city": "上海市",
            "district": "闵行区"}, "description": "快件已签收，签收人：本人"},
          {"time": "2026-12-03T22:05:00+08:00", "status": "IN_TRANSIT",
           "location": {"province": "广东省", "city": "佛山市", "facility": "顺德集散中心"},
           "description": "快件已从顺德集散中心发出"},
          {"time": "2026-12-03 10:00:00", "status": "PICKED_UP",
           "location": {"province": "广东省", "city": "佛山市"},
           "description": "顺丰速运已收取快件"}
        ]}})";
}
