#pragma once

#include <QString>

namespace Hearth::Server {

/// The line an operator follows, one per request, on hearth.server.request:
///   request id=3f9c2a7d81e0 user=admin method=POST route=/api/v1/auth/login status=200 ms=41
/// It holds no body, no query string and no header values, so no password, token or key.
class RequestLog
{
public:
    struct Entry
    {
        QString requestId;
        QString user;  // "-" before sign-in; "channel:<key name>" for a channel system
        QString method;
        QString route;
        int status = 0;
        qint64 milliseconds = 0;
    };

    static QString line(const Entry &entry);
    static void write(const Entry &entry);
    /// Printable ASCII only, no spaces, at most maxLength characters: safe inside a log line.
    static QString clean(const QString &text, int maxLength = 80);
};

} // namespace Hearth::Server
