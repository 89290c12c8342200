#include "taxcalculator.h"

#include "allocation.h"

namespace Hearth::Finance {

namespace {

__extension__ using Int128 = __int128;

/// n ÷ d rounded half away from zero, for d > 0.
qint64 roundedQuotient(Int128 n, Int128 d)
{
    const bool negative = n < 0;
    const Int128 a = negative ? -n : n;
    const Int128 q = (2 * a + d) / (2 * d);
    return static_cast<qint64>(negative ? -q : q);
}

} // namespace

qint64 TaxCalculator::taxOf(qint64 amountFen, const TaxPolicy &policy)
{
    const Int128 rate = policy.rate.micros();
    const Int128 one = Core::Decimal::One;
    const Int128 denominator = policy.pricesIncludeTax ? one + rate : one;
    return roundedQuotient(Int128(amountFen) * rate, denominator);
}

Core::Result<TaxedDocument> TaxCalculator::compute(const QList<qint64> &amountsFen,
                                                   const TaxPolicy &policy)
{
    TaxedDocument doc;
    doc.policy = policy;
    qint64 amount = 0;
    for (qint64 a : amountsFen)
        amount += a;

    QList<qint64> taxes;
    if (policy.rounding == TaxRounding::PerLine) {
        for (qint64 a : amountsFen)
            taxes.append(taxOf(a, policy));
    } else {
        auto spread = Allocation::split(taxOf(amount, policy), amountsFen);
        if (!spread)
            return Core::Error{tr("the document's tax cannot be spread over its lines: %1")
                                   .arg(spread.error().message),
                               {}};
        taxes = spread.value();
    }

    for (qsizetype i = 0; i < amountsFen.size(); ++i) {
        TaxedLine line;
        line.taxFen = taxes[i];
        line.netFen = policy.pricesIncludeTax ? amountsFen[i] - taxes[i] : amountsFen[i];
        line.grossFen = line.netFen + line.taxFen;
        doc.netFen += line.netFen;
        doc.taxFen += line.taxFen;
        doc.grossFen += line.grossFen;
        doc.lines.append(line);
    }
    return doc;
}

} // namespace Hearth::Finance
