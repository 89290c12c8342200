#pragma once

#include "core/result.h"
#include "ganttedit.h"

namespace Hearth::Production {

/// Decides whether a dragged bar may stay where it was dropped. The production page implements
/// it with the plan's precedence, work-center capacity and calendar; a refusal's message says
/// why in words a planner reads ("开料 SO-0042 must end before 封边 starts at 3月30日
/// 08:30"). Asked on the GUI thread for every drop, so it must answer in milliseconds.
class GanttEditChecker
{
public:
    virtual ~GanttEditChecker() = default;
    virtual Core::Status check(const GanttEdit &edit) const = 0;
};

} // namespace Hearth::Production
