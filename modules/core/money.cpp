#include "money.h"

#include <algorithm>
#include <numeric>

namespace Hearth::Core {

namespace {
constexpr qint64 microsPerMinor = Decimal::One / 100;
__extension__ using Int128 = __int128;
}

Money Money::fromDecimal(Decimal value, const QString &currency)
{
    const qint64 micros = value.micros();
    const qint64 half = microsPerMinor / 2;
    const qint64 minor = micros >= 0 ? (micros + half) / microsPerMinor
                                     : -((-micros + half) / microsPerMinor);
    return Money(minor, currency);
}

QString Money::toString() const
{
    return Decimal::fromMicros(m_minor * microsPerMinor).toString(2);
}

QList<Money> Money::allocate(const QList<qint64> &weights) const
{
    QList<Money> parts;
    if (weights.isEmpty())
        return parts;

    QList<qint64> w = weights;
    for (qint64 &x : w)
        x = std::max<qint64>(x, 0);
    qint64 total = std::accumulate(w.begin(), w.end(), qint64(0));
    if (total == 0) {
        std::fill(w.begin(), w.end(), 1);
        total = w.size();
    }

    const bool negative = m_minor < 0;
    const qint64 amount = negative ? -m_minor : m_minor;
    QList<qint64> shares(w.size());
    QList<Int128> remainders(w.size());
    qint64 given = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const Int128 product = static_cast<Int128>(amount) * w[i];
        shares[i] = static_cast<qint64>(product / total);
        remainders[i] = product % total;
        given += shares[i];
    }

    QList<qsizetype> order(w.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return remainders[a] > remainders[b];
    });
    for (qsizetype k = 0; given < amount; ++k, ++given)
        ++shares[order[k % order.size()]];

    for (qint64 s : shares)
        parts.append(Money(negative ? -s : s, m_currency));
    return parts;
}

} // namespace Hearth::Core
