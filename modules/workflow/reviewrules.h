#pragma once

#include "core/decimal.h"
#include "workflow/expression.h"
#include "workflow/reviewresult.h"
#include "workflow/splitplan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Orders {
struct SalesOrder;
struct OrderLine;
}

namespace Hearth::Workflow {

class Catalogue;

namespace Internal {

/// One rule of review.json as Reviewer read and checked it. Which fields matter depends on the
/// type; the others keep their defaults.
struct ReviewRule
{
    QString id;
    QString type;
    QString name;
    QString nameEn;
    ReviewFinding::Outcome outcome = ReviewFinding::Outcome::Hold;
    QStringList approvers;  // role codes, in order, for Outcome::Approval
    bool enabled = true;
    QStringList channels;   // channel codes; empty for every channel
    QStringList processes;  // process codes; empty for every process

    Core::Decimal limit;  // deposit_share: min share; discount_limit: max rate; total_limit: max
    qint64 maxLengthMm = 0;
    qint64 maxWidthMm = 0;
    qint64 minMm = 0;
    QList<qint64> thicknessesMm;
    QStringList kinds;          // catalogue: "material", "colour"
    QStringList addressFields;  // address_mobile: "province", "city", "district", "street"
    bool perLine = false;       // expression: evaluated for each line
    Expression when;
    QString message;
    QString messageEn;
};

/// The checks behind each rule type of order review (审单). Each returns the rule's findings: the
/// problems it found, or one Pass finding that says what was checked.
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::ReviewRules)

public:
    static QList<ReviewFinding> depositShare(const ReviewRule &rule,
                                             const Orders::SalesOrder &order);
    static QList<ReviewFinding> panelSize(const ReviewRule &rule, const Orders::SalesOrder &order,
                                          const QList<Part> &parts);
    static QList<ReviewFinding> catalogue(const ReviewRule &rule, const Orders::SalesOrder &order,
                                          const Catalogue &catalogue);
    static QList<ReviewFinding> addressMobile(const ReviewRule &rule,
                                              const Orders::SalesOrder &order);
    static QList<ReviewFinding> discountLimit(const ReviewRule &rule,
                                              const Orders::SalesOrder &order);
    static QList<ReviewFinding> totalLimit(const ReviewRule &rule,
                                           const Orders::SalesOrder &order);
    static QList<ReviewFinding> expression(const ReviewRule &rule,
                                           const Orders::SalesOrder &order);
    /// Reads the dealer's limit and balance on this thread's Storage::Database connection; an
    /// order whose credit cannot be read is held, never passed unchecked.
    static QList<ReviewFinding> creditLimit(const ReviewRule &rule,
                                            const Orders::SalesOrder &order);

    /// A line that review treats as custom-made: it has a size or names a cabinet template.
    static bool isCustomLine(const Orders::OrderLine &line);
    /// "13812345678" from "+86 138-1234-5678", "0086 13812345678" or full-width digits; the
    /// input without separators when it is not a mainland mobile.
    static QString normalizeMobile(const QString &text);
    static bool isValidMobile(const QString &normalized);
    static bool isMaskedMobile(const QString &text);
    /// "¥12,345.60", rounded to the fen.
    static QString yuan(Core::Decimal amount);
    /// A rate as a percentage with its exact decimals: 0.155 -> "15.5".
    static QString percent(Core::Decimal rate);
    /// Translated role titles in order: "Sales manager, then General manager".
    static QString approverList(const QStringList &roles);
    /// True when names and messages of rule files should be shown in Chinese.
    static bool dataInChinese();
};

} // namespace Internal

} // namespace Hearth::Workflow
