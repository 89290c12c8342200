#include "sitetime.h"

#include <QSettings>

#include <optional>

namespace Hearth::Widgets {

namespace {

constexpr char SettingsKey[] = "site/timeZone";

// Read from the settings once: the zone is asked for every time a table paints.
struct Cache
{
    QByteArray id;
    QTimeZone zone;
};

std::optional<Cache> &cache()
{
    static std::optional<Cache> c;
    return c;
}

const Cache &current()
{
    std::optional<Cache> &c = cache();
    if (!c) {
        const QByteArray saved = QSettings().value(QLatin1String(SettingsKey)).toByteArray();
        const QByteArray id = !saved.isEmpty() && QTimeZone::isTimeZoneIdAvailable(saved)
                                  ? saved
                                  : SiteTime::defaultZoneId();
        QTimeZone zone(id);
        // A system without time zone data knows no Asia/Shanghai: China has kept UTC+8 all
        // year since 1991, so a fixed offset shows the same times.
        if (!zone.isValid())
            zone = id == SiteTime::defaultZoneId() ? QTimeZone(8 * 3600)
                                                   : QTimeZone::systemTimeZone();
        c = Cache{id, zone};
    }
    return *c;
}

} // namespace

QByteArray SiteTime::defaultZoneId()
{
    return QByteArrayLiteral("Asia/Shanghai");
}

QByteArray SiteTime::zoneId()
{
    return current().id;
}

QTimeZone SiteTime::zone()
{
    return current().zone;
}

bool SiteTime::setZoneId(const QByteArray &id)
{
    if (!QTimeZone::isTimeZoneIdAvailable(id))
        return false;
    QSettings().setValue(QLatin1String(SettingsKey), id);
    cache().reset();
    return true;
}

QString SiteTime::format(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toTimeZone(zone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString SiteTime::formatIso(const QString &isoUtc)
{
    QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!at.isValid())
        return isoUtc;
    // Stored times are UTC; text without an offset is read as UTC too, never as local time.
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return format(at);
}

} // namespace Hearth::Widgets
