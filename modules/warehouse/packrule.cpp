#include "packrule.h"

namespace Hearth::Warehouse {

using Core::Decimal;

qint64 PackRule::packsFor(Decimal need) const
{
    const qint64 n = need.micros();
    if (n <= 0)
        return 0;
    if (!isWholePacks())
        return 1;
    const qint64 size = m_packSize.micros();
    return n / size + (n % size != 0 ? 1 : 0);
}

Decimal PackRule::purchaseQuantity(Decimal need) const
{
    if (need.micros() <= 0)
        return Decimal();
    if (!isWholePacks())
        return need;
    return Decimal::fromMicros(packsFor(need) * m_packSize.micros());
}

Decimal PackRule::surplus(Decimal need) const
{
    return purchaseQuantity(need) - (need.micros() > 0 ? need : Decimal());
}

Decimal PackRule::purchaseForShortfall(Decimal demand, Decimal onHand) const
{
    return purchaseQuantity(demand - onHand);
}

} // namespace Hearth::Warehouse
