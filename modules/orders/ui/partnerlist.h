#pragma once

#include "orders/salesorder.h"

#include <QList>

namespace Hearth::Orders {

/// The dealers, stores or designers the order editor offers, with their codes.
/// TODO(#2): move into OrderQuery (dealers() gives ids and names, not codes).
QList<Partner> partnerList(const QString &kind);

} // namespace Hearth::Orders
