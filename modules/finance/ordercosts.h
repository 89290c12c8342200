#pragma once

#include "core/decimal.h"
#include "core/result.h"
#include "costline.h"
#include "orderestimate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// One kind of cost of an order: estimated at signing and gathered since.
struct KindFigures
{
    CostKind kind = CostKind::Other;
    qint64 estimateFen = 0;
    qint64 actualFen = 0;
};

/// An order's settlement (单单清算): its revenue (the sum of its lines' amounts, rounded to the
/// fen once, as ProfitReport counts it), its estimate and its cost lines. Reads only: gather
/// the lines first (CostLedger::gather).
struct OrderCosts
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::OrderCosts)

public:
    QString orderId;
    QString orderNo;
    QString customer;
    QString status;
    qint64 revenueFen = 0;
    std::optional<OrderEstimate> estimate;
    QList<CostLine> lines;
    QList<KindFigures> byKind;  // the kinds with an estimate or a cost, in CostKind order

    qint64 estimateFen() const { return estimate ? estimate->totalFen() : 0; }
    qint64 actualFen() const;
    qint64 profitFen() const { return revenueFen - actualFen(); }
    qint64 estimatedProfitFen() const { return revenueFen - estimateFen(); }
    /// Profit ÷ revenue, rounded half away from zero to the micro; nullopt without revenue.
    std::optional<Core::Decimal> margin() const;

    static Core::Result<OrderCosts> load(Storage::Connection &c, const QString &orderId);
};

} // namespace Hearth::Finance
