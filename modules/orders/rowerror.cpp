#include "rowerror.h"

namespace Hearth::Orders {

QString RowError::toString() const
{
    return tr("%1, row %2, column \"%3\": %4").arg(file).arg(row).arg(column, message);
}

} // namespace Hearth::Orders
