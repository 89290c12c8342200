#include "workorder.h"

#include "workorderstatuses.h"

#include <QDateTime>
#include <QJsonArray>

namespace Hearth::Production {

namespace {

QJsonValue instant(const std::optional<qint64> &at)
{
    if (!at)
        return QJsonValue();
    return QDateTime::fromSecsSinceEpoch(*at, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject Operation::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("work_order_id"), workOrderId},
                       {QStringLiteral("seq"), seq},
                       {QStringLiteral("work_center_id"), workCenterId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("run_seconds"), runSeconds},
                       {QStringLiteral("setup_seconds"), setupSeconds},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("status"), WorkOrderStatuses::code(status)},
                       {QStringLiteral("planned_start"), instant(plannedStart)},
                       {QStringLiteral("planned_end"), instant(plannedEnd)},
                       {QStringLiteral("lane"), lane ? QJsonValue(*lane) : QJsonValue()},
                       {QStringLiteral("locked"), locked}};
}

QJsonObject WorkOrder::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("wo_no"), woNo},
                  {QStringLiteral("order_id"), orderId},
                  {QStringLiteral("task_id"), taskId},
                  {QStringLiteral("task_key"), taskKey},
                  {QStringLiteral("workshop"), workshop},
                  {QStringLiteral("routing_id"), routingId},
                  {QStringLiteral("parts"), parts},
                  {QStringLiteral("area_mm2"), areaMm2},
                  {QStringLiteral("edge_mm"), edgeMm},
                  {QStringLiteral("material"), material},
                  {QStringLiteral("colour"), colour},
                  {QStringLiteral("due_date"), dueDate.isValid()
                                                   ? QJsonValue(dueDate.toString(Qt::ISODate))
                                                   : QJsonValue()},
                  {QStringLiteral("deadline_at"), instant(deadline)},
                  {QStringLiteral("priority"), priority},
                  {QStringLiteral("status"), WorkOrderStatuses::code(status)}};
    return o;
}

} // namespace Hearth::Production
