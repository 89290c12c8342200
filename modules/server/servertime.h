#pragma once

#include <QDateTime>
#include <QString>

namespace Hearth::Server {

/// Times as the server stores them: ISO 8601 UTC with milliseconds, so that text order is
/// time order on both databases.
class ServerTime
{
public:
    static QString text(const QDateTime &time);
    /// An invalid QDateTime for empty or broken text.
    static QDateTime parse(const QString &text);
};

} // namespace Hearth::Server
