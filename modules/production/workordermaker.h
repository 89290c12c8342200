#pragma once

#include "core/result.h"
#include "routing.h"
#include "workcenter.h"
#include "workorder.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Workflow {
struct SplitPlan;
}

namespace Hearth::Production {

/// What WorkOrderMaker::make() did.
struct MakeReport
{
    int created = 0;
    int changed = 0;
    int cancelled = 0;
    int unchanged = 0;
    QStringList made;            // numbers of the work orders created
    QList<Core::Error> problems;  // tasks it could not make a work order of, with why

    bool operator==(const MakeReport &) const = default;
};

/// One exploded panel's figures, as WorkOrderMaker sums them.
struct PartFigures
{
    qint64 quantity = 0;
    qint64 areaMm2 = 0;
    qint64 edgeMm = 0;
    QString material;
    QString colour;
};

/// What a work order is made of: the split's work_order task and its parts.
struct WorkOrderSource
{
    QString orderId;
    QString orderNo;
    QDate promisedOn;
    QString taskId;
    QString taskKey;      // "work_order:WS-CAB"
    QJsonObject details;  // the task's: workshop, rush, lines (with template or rule)
    QList<PartFigures> parts;
};

/// Makes work orders (工单) from the split (拆单): one per work_order task that is not
/// cancelled, with parts, area, edge banding and main material and colour (of the largest area)
/// summed from the order's parts of that task, the due date the order's promised date, rush
/// re-makes first, and operations from the workshop's routing for the product type.
class WorkOrderMaker
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::WorkOrderMaker)

public:
    /// For one order (all orders when orderId is empty), in one transaction. Running it again
    /// makes nothing new; figures changed by an amendment are written to work orders not yet
    /// started; a cancelled task cancels its work order unless production has started on it
    /// (then it is listed in problems for a planner to decide).
    static Core::Result<MakeReport> make(Storage::Connection &c, const QString &orderId = {});

    /// The work orders a split plan would make for an order, written nowhere (promise dates
    /// for a quote). Ids are empty.
    static Core::Result<QList<WorkOrder>> preview(Storage::Connection &c,
                                                  const Workflow::SplitPlan &plan,
                                                  const QString &orderId, const QString &orderNo,
                                                  QDate promisedOn);

    /// One work order from its source; pure. centers by id.
    static Core::Result<WorkOrder> build(const WorkOrderSource &source,
                                         const QList<Routing> &routings,
                                         const QHash<QString, WorkCenter> &centers);
    /// "WO-SO00000012-CAB"
    static QString workOrderNo(const QString &orderNo, const QString &workshop);
    /// runSecondsPerPart × parts + runSecondsPerM2 × area, the area part rounded up to the
    /// second; exact integers.
    static qint64 runSeconds(const RoutingStep &step, qint64 parts, qint64 areaMm2);
};

} // namespace Hearth::Production
