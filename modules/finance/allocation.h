#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

namespace Hearth::Finance {

/// Splits an amount of fen over weights (分摊): instalments by shares, an order's discount over
/// its lines by their amounts, a rebate over orders. The parts always add up to the whole.
///
/// The rule, the only one Hearth uses for money:
///  1. A negative amount is split as its absolute value and every part negated, so splitting
///     -x gives exactly the negated parts of x.
///  2. Each part first gets its exact share amount × weight ÷ (sum of weights) rounded down
///     (towards minus infinity).
///  3. The fen still missing, always fewer than the number of parts, go one each to the parts
///     whose rounded-down remainders are largest; equal remainders go to the earlier part.
/// So every part is its exact share rounded down or up, never further off than one fen.
/// Weights may be negative (a return or discount line among lines) as long as they do not sum
/// to zero; all-zero weights split evenly.
class Allocation
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::Allocation)

public:
    static Core::Result<QList<qint64>> split(qint64 amountFen, const QList<qint64> &weights);

    /// Instalments by shares that must add up to exactly 1 (30 % + 70 %: "0.3", "0.7").
    static Core::Result<QList<qint64>> byShares(qint64 amountFen,
                                                const QList<Core::Decimal> &shares);
};

} // namespace Hearth::Finance
