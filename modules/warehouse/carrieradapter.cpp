#include "carrieradapter.h"

namespace Hearth::Warehouse {

CarrierAdapter::~CarrierAdapter() = default;

} // namespace Hearth::Warehouse
