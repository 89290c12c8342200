#include "workorderstatuses.h"

namespace Hearth::Production {

namespace {

constexpr WorkOrderStatus workOrderStatuses[] = {
    WorkOrderStatus::Planned, WorkOrderStatus::Released, WorkOrderStatus::Started,
    WorkOrderStatus::Made,    WorkOrderStatus::Packed,   WorkOrderStatus::Cancelled};
constexpr OperationStatus operationStatuses[] = {OperationStatus::Waiting, OperationStatus::Started,
                                                 OperationStatus::Done,
                                                 OperationStatus::Cancelled};

} // namespace

QString WorkOrderStatuses::code(WorkOrderStatus status)
{
    switch (status) {
    case WorkOrderStatus::Planned:
        return QStringLiteral("planned");
    case WorkOrderStatus::Released:
        return QStringLiteral("released");
    case WorkOrderStatus::Started:
        return QStringLiteral("started");
    case WorkOrderStatus::Made:
        return QStringLiteral("made");
    case WorkOrderStatus::Packed:
        return QStringLiteral("packed");
    case WorkOrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<WorkOrderStatus> WorkOrderStatuses::fromCode(const QString &code)
{
    for (WorkOrderStatus s : workOrderStatuses) {
        if (WorkOrderStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString WorkOrderStatuses::title(WorkOrderStatus status)
{
    switch (status) {
    case WorkOrderStatus::Planned:
        return tr("Planned");
    case WorkOrderStatus::Released:
        return tr("Released");
    case WorkOrderStatus::Started:
        return tr("In production");
    case WorkOrderStatus::Made:
        return tr("Made");
    case WorkOrderStatus::Packed:
        return tr("Packed");
    case WorkOrderStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString WorkOrderStatuses::code(OperationStatus status)
{
    switch (status) {
    case OperationStatus::Waiting:
        return QStringLiteral("waiting");
    case OperationStatus::Started:
        return QStringLiteral("started");
    case OperationStatus::Done:
        return QStringLiteral("done");
    case OperationStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OperationStatus> WorkOrderStatuses::operationFromCode(const QString &code)
{
    for (OperationStatus s : operationStatuses) {
        if (WorkOrderStatuses::code(s) == code)
            return s;
    }
    return std::nullopt;
}

QString WorkOrderStatuses::title(OperationStatus status)
{
    switch (status) {
    case OperationStatus::Waiting:
        return tr("Waiting");
    case OperationStatus::Started:
        return tr("Running");
    case OperationStatus::Done:
        return tr("Done");
    case OperationStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

} // namespace Hearth::Production
