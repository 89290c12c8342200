#pragma once

#include "core/decimal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Hearth::Finance {

/// What a cost is, as the per-order profit page (单单清算) groups it.
enum class CostKind {
    Material,
    Hardware,
    Labour,
    Machine,
    BoughtIn,
    Outsourcing,
    Freight,
    Installation,
    Remake,
    Overhead,
    Other
};

/// One cost of one order, traced to the row it came from (a stock move, an operation, a
/// purchase order line, a shipment, a settlement). This is also what other modules feed to
/// CostLedger::record: orderId, kind, amountFen, sourceTable, sourceId and occurredAt are
/// required; the rest explains the amount.
struct CostLine
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::CostLine)

public:
    QString id;  // set by the ledger: a name-based UUID of order, kind and source
    QString orderId;
    CostKind kind = CostKind::Other;
    qint64 amountFen = 0;
    QString sourceTable;  // "stock_moves", "operations", "purchase_order_lines", ...
    QString sourceId;     // that table's row id
    QDateTime occurredAt; // UTC: when the cost arose (the move, the report, the bill)
    QString viaOrderId;   // the re-make order (补件) this cost was made for
    QString chargedTo;    // for a re-make: who caused it ("factory", "dealer", "installer", ...)
    QString description;  // the item, the operation and work center, the bill's number
    Core::Decimal quantity;  // in unit: m², pieces, hours
    QString unit;
    Core::Decimal unitCost;  // yuan per unit
    bool fed = false;        // recorded by another module rather than gathered by the ledger

    static QString kindCode(CostKind kind);  // "material", "hardware", ...
    static std::optional<CostKind> kindFromCode(const QString &code);
    /// The kind as a user reads it (材料, 五金, 人工, ...).
    static QString kindName(CostKind kind);
    /// Direct costs are all but the overhead, which is a rate of them.
    static bool isDirect(CostKind kind) { return kind != CostKind::Overhead; }

    bool operator==(const CostLine &) const = default;
};

} // namespace Hearth::Finance
