#pragma once

#include "core/decimal.h"

#include <QtGlobal>

#include <optional>

namespace Hearth::Warehouse {

/// Moving-average cost (移动加权平均) of one item in one warehouse, in exact micros of yuan.
/// The holding is a quantity Q and a value V; the rules, each rounding once, half away from
/// zero at the sixth decimal:
/// - a receipt of q at unit cost c adds q and round(q × c);
/// - the average unit cost is round(V ÷ Q) while Q > 0, else the unit cost of the last goods
///   that came in from outside (a receipt, a return, a package made);
/// - goods leaving (issue, shipment, transfer out, a count's loss) take their proportional
///   share round(V × q ÷ Q); the last goods out take exactly what is left, so that an empty
///   holding is worth 0 and no fen is made or lost. Goods taken beyond Q (where negative
///   stock is allowed) are valued at the average cost;
/// - goods arriving without a cost of their own (a count's gain, a return) are valued at the
///   average cost, round(q × average).
class MovingAverage
{
public:
    MovingAverage() = default;
    MovingAverage(Core::Decimal quantity, Core::Decimal value,
                  std::optional<Core::Decimal> lastReceiptCost)
        : m_quantity(quantity), m_value(value), m_lastReceiptCost(lastReceiptCost)
    {}

    Core::Decimal quantity() const { return m_quantity; }
    Core::Decimal value() const { return m_value; }
    std::optional<Core::Decimal> lastReceiptCost() const { return m_lastReceiptCost; }

    /// round(V ÷ Q) while Q > 0, else the last arrival's cost, else 0.
    Core::Decimal averageCost() const;
    /// The value q units take out of the holding (the rules above).
    Core::Decimal outgoingValue(Core::Decimal quantity) const;

    /// round(q × c): the value of q units at unit cost c.
    static Core::Decimal valueOf(Core::Decimal quantity, Core::Decimal unitCost);

    void receive(Core::Decimal quantity, Core::Decimal unitCost);
    /// Adds goods with the value they bring (a transfer in, a count's gain, a return).
    void add(Core::Decimal quantity, Core::Decimal value);
    /// Takes q units out and returns the value they took.
    Core::Decimal take(Core::Decimal quantity);

private:
    Core::Decimal m_quantity;
    Core::Decimal m_value;
    std::optional<Core::Decimal> m_lastReceiptCost;
};

} // namespace Hearth::Warehouse
