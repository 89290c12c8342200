#include "rowsarrived.h"

namespace Hearth::Widgets {

RowsArrived *RowsArrived::instance()
{
    static RowsArrived *arrivals = new RowsArrived;
    return arrivals;
}

void RowsArrived::notify(int count)
{
    emit instance()->arrived(count);
}

} // namespace Hearth::Widgets
