#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Production {

enum class WorkOrderStatus { Planned, Released, Started, Made, Packed, Cancelled };
enum class OperationStatus { Waiting, Started, Done, Cancelled };

/// One step of a work order on a work center (工序). Times are UTC seconds since the epoch;
/// plannedStart/plannedEnd are unset until a plan places it, lane is the machine it runs on.
struct Operation
{
    QString id;
    QString workOrderId;
    int seq = 0;
    QString workCenterId;
    QString name;
    qint64 runSeconds = 0;
    qint64 setupSeconds = 0;
    qint64 quantity = 0;
    OperationStatus status = OperationStatus::Waiting;
    std::optional<qint64> plannedStart;
    std::optional<qint64> plannedEnd;
    std::optional<int> lane;
    bool locked = false;
    QString hlc;

    QJsonObject toJson() const;
};

/// What one workshop makes for one order (工单), from the split's work_order task and the
/// order's exploded parts. dueDate is the order's promised date, a plain date.
struct WorkOrder
{
    /// Priorities: a rush re-make (补件) goes before ordinary work.
    static constexpr int NormalPriority = 0;
    static constexpr int RushPriority = 10;

    QString id;
    QString woNo;  // "WO-SO00000012-CAB"
    QString orderId;
    QString orderNo;  // read with the work order; not a column of it
    QString taskId;
    QString taskKey;   // "work_order:WS-CAB"
    QString workshop;  // "WS-CAB"
    QString routingId;
    qint64 parts = 0;
    qint64 areaMm2 = 0;
    qint64 edgeMm = 0;
    QString material;
    QString colour;
    QDate dueDate;
    std::optional<qint64> deadline;  // a confirmed installation slot, UTC seconds
    int priority = NormalPriority;
    WorkOrderStatus status = WorkOrderStatus::Planned;
    QString hlc;
    QList<Operation> operations;  // by seq, when read with them

    QJsonObject toJson() const;
};

} // namespace Hearth::Production
