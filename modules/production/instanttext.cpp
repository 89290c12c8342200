#include "instanttext.h"

#include <QDateTime>

namespace Hearth::Production::Internal {

QString instantText(qint64 utcSeconds)
{
    return QDateTime::fromSecsSinceEpoch(utcSeconds, Qt::UTC).toString(Qt::ISODate);
}

QString instantText(const std::optional<qint64> &utcSeconds)
{
    return utcSeconds ? instantText(*utcSeconds) : QString();
}

std::optional<qint64> parseInstant(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return at.toSecsSinceEpoch();
}

} // namespace Hearth::Production::Internal
