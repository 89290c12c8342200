#include "movingaverage.h"

namespace Hearth::Warehouse {

using Core::Decimal;

namespace {

__extension__ using Wide = __int128;

/// n ÷ d rounded half away from zero; d > 0.
qint64 divideRounded(Wide n, Wide d)
{
    const Wide half = d / 2;
    const Wide q = n >= 0 ? (n + half) / d : -((-n + half) / d);
    return qint64(q);
}

} // namespace

Decimal MovingAverage::averageCost() const
{
    if (m_quantity.micros() > 0)
        return Decimal::fromMicros(divideRounded(Wide(m_value.micros()) * Decimal::One,
                                                 m_quantity.micros()));
    return m_lastReceiptCost.value_or(Decimal());
}

Decimal MovingAverage::outgoingValue(Decimal quantity) const
{
    const qint64 q = quantity.micros();
    const qint64 have = m_quantity.micros();
    if (q <= 0)
        return Decimal();
    if (have <= 0)
        return valueOf(quantity, averageCost());
    if (q < have)
        return Decimal::fromMicros(divideRounded(Wide(m_value.micros()) * q, have));
    // All that is held, and any shortfall at the average cost.
    return m_value + valueOf(Decimal::fromMicros(q - have), averageCost());
}

Decimal MovingAverage::valueOf(Decimal quantity, Decimal unitCost)
{
    return Decimal::fromMicros(
        divideRounded(Wide(quantity.micros()) * unitCost.micros(), Decimal::One));
}

void MovingAverage::receive(Decimal quantity, Decimal unitCost)
{
    add(quantity, valueOf(quantity, unitCost));
    m_lastReceiptCost = unitCost;
}

void MovingAverage::add(Decimal quantity, Decimal value)
{
    m_quantity += quantity;
    m_value += value;
}

Decimal MovingAverage::take(Decimal quantity)
{
    const Decimal value = outgoingValue(quantity);
    m_quantity = m_quantity - quantity;
    m_value = m_value - value;
    return value;
}

} // namespace Hearth::Warehouse
