#pragma once

#include "core/decimal.h"

#include <QtGlobal>

namespace Hearth::Warehouse {

/// How an item is bought: in whole packs of a fixed quantity (a board in whole sheets, hinges
/// in boxes of 50, edge banding in rolls of 200 m), or in any quantity. Stock always keeps the
/// exact quantities moved; the rule only rounds what is bought, so no residue is invented.
class PackRule
{
public:
    PackRule() = default;
    /// packSize 0 (or less): any quantity may be bought.
    explicit PackRule(Core::Decimal packSize) : m_packSize(packSize) {}

    Core::Decimal packSize() const { return m_packSize; }
    bool isWholePacks() const { return m_packSize.micros() > 0; }

    /// Whole packs that cover need: 2.3 sheets' worth needs 3 sheets; 0 for no need.
    qint64 packsFor(Core::Decimal need) const;
    /// The quantity to buy for need: whole packs, or need itself without a pack rule.
    Core::Decimal purchaseQuantity(Core::Decimal need) const;
    /// What buying for need leaves over (purchaseQuantity − need): real goods in stock.
    Core::Decimal surplus(Core::Decimal need) const;
    /// The shortfall of stock against a demand, bought in whole packs: need = demand − onHand
    /// (nothing when on hand covers it).
    Core::Decimal purchaseForShortfall(Core::Decimal demand, Core::Decimal onHand) const;

private:
    Core::Decimal m_packSize;
};

} // namespace Hearth::Warehouse
