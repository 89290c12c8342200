#pragma once

#include "core/result.h"
#include "taxcalculator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

struct TaxDocumentLine
{
    int lineNo = 0;
    QString orderLineId;
    QString description;
    TaxedLine money;
};

/// A document issued on an order with the VAT rule it was issued under (开票).
struct TaxDocument
{
    QString id;
    QString orderId;
    QString docNo;        // "<order no>-FP1", "<order no>-PF2"
    QString kind;         // invoice, proforma
    QString fapiaoNo;
    TaxPolicy policy;     // as it was when the document was issued
    qint64 netFen = 0;
    qint64 taxFen = 0;
    qint64 grossFen = 0;
    QString issuedBy;
    QString issuedAt;
    QList<TaxDocumentLine> lines;
};

/// Issues tax documents and reads them back exactly as issued. The line amounts in fen are the
/// order's total, rounded to the fen once, split over the lines' exact amounts by Allocation's
/// rule, so that a document always adds up to the total the order and its collections show.
class TaxDocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::TaxDocumentStore)

public:
    /// Under the company's current TaxPolicy; runs in the caller's transaction, or its own.
    static Core::Result<TaxDocument> issue(Storage::Connection &c, const QString &orderId,
                                           const QString &kind, const QString &fapiaoNo = {});
    static Core::Result<TaxDocument> load(Storage::Connection &c, const QString &id);
    static Core::Result<QList<TaxDocument>> forOrder(Storage::Connection &c,
                                                     const QString &orderId);
};

} // namespace Hearth::Finance
