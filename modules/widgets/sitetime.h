#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace Hearth::Widgets {

/// The site's time zone, in which every time a person reads is shown (DESIGN.md, data rules:
/// times are stored in UTC). Kept in QSettings under "site/timeZone"; Asia/Shanghai when
/// nothing (or an unknown zone) is saved.
class SiteTime
{
public:
    static QByteArray defaultZoneId();
    static QByteArray zoneId();
    static QTimeZone zone();
    /// Saves the zone; false (and nothing saved) for an id the system does not know.
    static bool setZoneId(const QByteArray &id);

    /// "2024-05-01 18:32" in the site's zone; empty for an invalid time.
    static QString format(const QDateTime &at);
    /// The same for stored ISO 8601 text ("2024-05-01T10:32:00.000Z"); text that is not a
    /// time comes back unchanged.
    static QString formatIso(const QString &isoUtc);
};

} // namespace Hearth::Widgets
