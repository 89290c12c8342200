#include "package.h"

#include "scancode.h"

namespace Hearth::Warehouse {

QString Package::code() const
{
    return ScanCode::forPackage(orderNo, number, count);
}

QJsonObject Package::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("order_id"), orderId},
                       {QStringLiteral("number"), number},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("status"), statusCode(status)},
                       {QStringLiteral("task_key"), taskKey},
                       {QStringLiteral("weight_grams"), weightGrams},
                       {QStringLiteral("bin_id"), binId},
                       {QStringLiteral("load_ref"), loadRef},
                       {QStringLiteral("hlc"), hlc}};
}

QString Package::statusCode(PackageStatus status)
{
    switch (status) {
    case PackageStatus::Planned:
        return QStringLiteral("planned");
    case PackageStatus::Open:
        return QStringLiteral("open");
    case PackageStatus::Closed:
        return QStringLiteral("closed");
    case PackageStatus::Staged:
        return QStringLiteral("staged");
    case PackageStatus::Loaded:
        return QStringLiteral("loaded");
    }
    return QString();
}

std::optional<PackageStatus> Package::statusFromCode(const QString &code)
{
    for (PackageStatus s : {PackageStatus::Planned, PackageStatus::Open, PackageStatus::Closed,
                            PackageStatus::Staged, PackageStatus::Loaded}) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString Package::statusName(PackageStatus status)
{
    switch (status) {
    case PackageStatus::Planned:
        return tr("Planned");
    case PackageStatus::Open:
        return tr("Being packed");
    case PackageStatus::Closed:
        return tr("Closed");
    case PackageStatus::Staged:
        return tr("In staging");
    case PackageStatus::Loaded:
        return tr("Loaded");
    }
    return QString();
}

QJsonObject PackageLine::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("package_id"), packageId},
                       {QStringLiteral("order_id"), orderId},
                       {QStringLiteral("part_id"), partId},
                       {QStringLiteral("hardware_id"), hardwareId},
                       {QStringLiteral("quantity_micros"), QString::number(quantity.micros())},
                       {QStringLiteral("packed_micros"), QString::number(packed.micros())},
                       {QStringLiteral("hlc"), hlc}};
}

} // namespace Hearth::Warehouse
