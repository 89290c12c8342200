#include "shipment.h"

namespace Hearth::Warehouse {

QString Shipment::statusCode(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Planned:
        return QStringLiteral("planned");
    case ShipmentStatus::Loaded:
        return QStringLiteral("loaded");
    case ShipmentStatus::Shipped:
        return QStringLiteral("shipped");
    case ShipmentStatus::Delivered:
        return QStringLiteral("delivered");
    case ShipmentStatus::Exception:
        return QStringLiteral("exception");
    }
    return QString();
}

std::optional<ShipmentStatus> Shipment::statusFromCode(const QString &code)
{
    for (ShipmentStatus s : {ShipmentStatus::Planned, ShipmentStatus::Loaded,
                             ShipmentStatus::Shipped, ShipmentStatus::Delivered,
                             ShipmentStatus::Exception}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString Shipment::statusName(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Planned:
        return tr("Planned");
    case ShipmentStatus::Loaded:
        return tr("Loaded");
    case ShipmentStatus::Shipped:
        return tr("Shipped");
    case ShipmentStatus::Delivered:
        return tr("Delivered");
    case ShipmentStatus::Exception:
        return tr("Exception");
    }
    return QString();
}

bool Shipment::canMove(ShipmentStatus from, ShipmentStatus to)
{
    using S = ShipmentStatus;
    switch (from) {
    case S::Planned:
        return to == S::Loaded || to == S::Shipped;
    case S::Loaded:
        return to == S::Planned || to == S::Shipped;
    case S::Shipped:
        return to == S::Delivered || to == S::Exception;
    case S::Exception:
        return to == S::Shipped || to == S::Delivered;
    case S::Delivered:
        return false;
    }
    return false;
}

bool Shipment::isTrackable() const
{
    return !trackingNo.isEmpty()
           && (status == ShipmentStatus::Shipped || status == ShipmentStatus::Exception);
}

} // namespace Hearth::Warehouse
