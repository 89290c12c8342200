#include "ganttedit.h"

namespace Hearth::Production {

GanttEdit GanttEdit::reversed() const
{
    GanttEdit back = *this;
    back.oldWorkCenterId = newWorkCenterId;
    back.newWorkCenterId = oldWorkCenterId;
    back.oldStart = newStart;
    back.oldEnd = newEnd;
    back.newStart = oldStart;
    back.newEnd = oldEnd;
    return back;
}

} // namespace Hearth::Production
