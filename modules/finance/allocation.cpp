#include "allocation.h"

#include <algorithm>
#include <numeric>

namespace Hearth::Finance {

namespace {

__extension__ using Int128 = __int128;

/// a ÷ b rounded towards minus infinity, for b > 0.
Int128 floorDiv(Int128 a, Int128 b)
{
    const Int128 q = a / b;
    return (a % b != 0 && a < 0) ? q - 1 : q;
}

} // namespace

Core::Result<QList<qint64>> Allocation::split(qint64 amountFen, const QList<qint64> &weights)
{
    if (weights.isEmpty()) {
        if (amountFen == 0)
            return QList<qint64>();
        return Core::Error{tr("%1 fen cannot be split over no parts").arg(amountFen), {}};
    }

    QList<Int128> w(weights.begin(), weights.end());
    Int128 total = std::accumulate(w.begin(), w.end(), Int128(0));
    const bool allZero = std::all_of(w.begin(), w.end(), [](Int128 x) { return x == 0; });
    if (allZero) {
        std::fill(w.begin(), w.end(), Int128(1));
        total = w.size();
    } else if (total == 0) {
        if (amountFen != 0) {
            return Core::Error{tr("the weights add up to zero, so %1 fen has no proportion to "
                                  "follow; weights: %2 parts")
                                   .arg(amountFen)
                                   .arg(weights.size()),
                               {}};
        }
        return QList<qint64>(weights.size(), 0);
    }
    if (total < 0) {
        for (Int128 &x : w)
            x = -x;
        total = -total;
    }

    const bool negative = amountFen < 0;
    const Int128 amount = negative ? -Int128(amountFen) : Int128(amountFen);
    QList<Int128> parts(w.size());
    QList<Int128> remainders(w.size());
    Int128 given = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const Int128 product = amount * w[i];
        parts[i] = floorDiv(product, total);
        remainders[i] = product - parts[i] * total;
        given += parts[i];
    }

    QList<qsizetype> order(w.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return remainders[a] > remainders[b];
    });
    for (qsizetype k = 0; given < amount; ++k, ++given)
        ++parts[order[k]];

    QList<qint64> result;
    result.reserve(parts.size());
    for (Int128 p : parts)
        result.append(static_cast<qint64>(negative ? -p : p));
    return result;
}

Core::Result<QList<qint64>> Allocation::byShares(qint64 amountFen,
                                                 const QList<Core::Decimal> &shares)
{
    QList<qint64> weights;
    Core::Decimal sum;
    for (qsizetype i = 0; i < shares.size(); ++i) {
        if (shares[i] < Core::Decimal()) {
            return Core::Error{tr("share %1 is %2; expected a share from 0 to 1")
                                   .arg(i + 1)
                                   .arg(shares[i].toString()),
                               {}};
        }
        sum += shares[i];
        weights.append(shares[i].micros());
    }
    if (sum != Core::Decimal::fromInt(1)) {
        return Core::Error{tr("the shares add up to %1; expected exactly 1 (100 %)")
                               .arg(sum.toString()),
                           {}};
    }
    return split(amountFen, weights);
}

} // namespace Hearth::Finance
