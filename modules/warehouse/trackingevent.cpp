#include "trackingevent.h"

#include <QCryptographicHash>

namespace Hearth::Warehouse {

namespace {

constexpr TrackingStatus AllStatuses[] = {
    TrackingStatus::Info,      TrackingStatus::Accepted,  TrackingStatus::InTransit,
    TrackingStatus::OutForDelivery, TrackingStatus::Delivered, TrackingStatus::Exception,
    TrackingStatus::Unknown};

} // namespace

QString TrackingEvent::key() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QChar separator(0x1f);
    const QString joined = at.toUTC().toString(Qt::ISODate) + separator + carrierStatus
                           + separator + place.trimmed() + separator + text.trimmed();
    hash.addData(joined.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

QString TrackingEvent::statusCode(TrackingStatus status)
{
    switch (status) {
    case TrackingStatus::Info:
        return QStringLiteral("info");
    case TrackingStatus::Accepted:
        return QStringLiteral("accepted");
    case TrackingStatus::InTransit:
        return QStringLiteral("in_transit");
    case TrackingStatus::OutForDelivery:
        return QStringLiteral("out_for_delivery");
    case TrackingStatus::Delivered:
        return QStringLiteral("delivered");
    case TrackingStatus::Exception:
        return QStringLiteral("exception");
    case TrackingStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return QString();
}

std::optional<TrackingStatus> TrackingEvent::statusFromCode(const QString &code)
{
    for (TrackingStatus s : AllStatuses) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString TrackingEvent::statusName(TrackingStatus status)
{
    switch (status) {
    case TrackingStatus::Info:
        return tr("Label created");
    case TrackingStatus::Accepted:
        return tr("Picked up");
    case TrackingStatus::InTransit:
        return tr("In transit");
    case TrackingStatus::OutForDelivery:
        return tr("Out for delivery");
    case TrackingStatus::Delivered:
        return tr("Delivered");
    case TrackingStatus::Exception:
        return tr("Exception");
    case TrackingStatus::Unknown:
        return tr("Other");
    }
    return QString();
}

} // namespace Hearth::Warehouse
