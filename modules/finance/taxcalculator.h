#pragma once

#include "core/result.h"
#include "taxpolicy.h"

#include <QCoreApplication>
#include <QList>

namespace Hearth::Finance {

/// One line's money on a document, in fen: gross = net + tax.
struct TaxedLine
{
    qint64 netFen = 0;
    qint64 taxFen = 0;
    qint64 grossFen = 0;

    bool operator==(const TaxedLine &) const = default;
};

struct TaxedDocument
{
    TaxPolicy policy;
    QList<TaxedLine> lines;
    qint64 netFen = 0;
    qint64 taxFen = 0;
    qint64 grossFen = 0;
};

/// VAT on a document's lines. Amounts are what the lines charge, in fen: with tax when the
/// policy's prices include it (tax = amount × rate ÷ (1 + rate)), before tax otherwise
/// (tax = amount × rate). Each tax is rounded half away from zero (四舍五入).
/// Per line: every line's tax is rounded, and the document's tax is their sum.
/// Per document: the tax is rounded once on the sum of the amounts, then split over the lines
/// by their amounts with Allocation's rule, so that the lines still add up to the document.
class TaxCalculator
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::TaxCalculator)

public:
    static Core::Result<TaxedDocument> compute(const QList<qint64> &amountsFen,
                                               const TaxPolicy &policy);
    /// The tax in an amount, rounded half away from zero.
    static qint64 taxOf(qint64 amountFen, const TaxPolicy &policy);
};

} // namespace Hearth::Finance
