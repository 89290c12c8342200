#pragma once

#include <QStringList>

namespace Hearth::Cli {

/// hearthctl workorders make|list [--order NO]: work orders (工单) from the split, and a list
/// of them with their operations' planned times.
int cmdWorkOrders(const QStringList &args);
/// hearthctl plan [--backward] [--reschedule] [--from DATETIME] [--dry-run]: plans the factory
/// (排产) and saves the plan; hearthctl plan --promise ORDER-NO: the earliest date the factory
/// can finish that order given today's load, saving nothing.
int cmdPlan(const QStringList &args);

} // namespace Hearth::Cli
