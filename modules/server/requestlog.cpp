#include "requestlog.h"

#include "logging.h"

namespace Hearth::Server {

QString RequestLog::clean(const QString &text, int maxLength)
{
    if (text.isEmpty())
        return QStringLiteral("-");
    QString out;
    for (const QChar c : text.left(maxLength)) {
        // Names may be Chinese; keep letters and digits, replace what could forge a line.
        out += c.isLetterOrNumber() || (c.unicode() > 0x20 && c.unicode() < 0x7f) ? c : u'?';
    }
    return text.size() > maxLength ? out + QStringLiteral("...") : out;
}

QString RequestLog::line(const Entry &entry)
{
    return QStringLiteral("request id=%1 user=%2 method=%3 route=%4 status=%5 ms=%6")
        .arg(clean(entry.requestId), clean(entry.user), clean(entry.method),
             clean(entry.route, 120))
        .arg(entry.status)
        .arg(entry.milliseconds);
}

void RequestLog::write(const Entry &entry)
{
    qCInfo(lcServerRequest).noquote() << line(entry);
}

} // namespace Hearth::Server
