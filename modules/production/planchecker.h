#pragma once

#include "core/result.h"
#include "plan.h"

#include <QCoreApplication>
#include <QList>

namespace Hearth::Production {

/// Judges a plan, or one move on it, against the rules the scheduler keeps: precedence in each
/// work order, capacity (one operation at a time on a lane, lanes within the center's
/// capacity, no outages), the calendar (starts in working time, enough working time between
/// start and end for setup, changeover and run) and the changeovers of the neighbours on the
/// lane. The Gantt chart asks check() before it accepts a drag. Messages are translated and
/// name the work orders, operations, machines and site-zone times involved.
class PlanChecker
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::PlanChecker)

public:
    /// Whether the move keeps the plan valid. With lane -1 it looks for a free lane (the
    /// operation's own first) and, when lane is given, reports it there.
    static Core::Status check(const Plan &plan, const OperationMove &move, int *lane = nullptr);
    /// Every rule every placed operation breaks; empty for a valid plan.
    static QList<Core::Error> verify(const Plan &plan);
    /// The most operations of the center that overlap at any instant.
    static int peakLoad(const Plan &plan, int center);
};

} // namespace Hearth::Production
