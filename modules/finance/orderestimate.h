#pragma once

#include "core/result.h"
#include "costline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Finance {

/// What an order was expected to cost when it was signed, by kind, in fen.
///
/// Made from the split's exploded parts and hardware, at standard costs and rates, each amount
/// rounded once, half away from zero:
/// - boards: the parts' area (length × width × quantity, mm²) per material and colour × the
///   standard cost per m² of the board item of that material (of that colour when one is);
/// - edge banding: the parts' banded length per colour × the edge banding item's cost per m;
/// - hardware: each item's quantity × the standard cost of the item with its code;
/// - time: per work-order task, the routing of its work order (or of its workshop), each step's
///   setup + run seconds per part × parts + run seconds per m² × area (rounded up to the
///   second) × its work center's rate per hour ÷ 3600, by the center's kind;
/// - overhead: the overhead rate × the direct estimate.
/// What has no standard cost is named in missing and counts 0.
struct OrderEstimate
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::OrderEstimate)

public:
    QString id;
    QString orderId;
    qint64 materialFen = 0;
    qint64 hardwareFen = 0;
    qint64 labourFen = 0;
    qint64 machineFen = 0;
    qint64 outsourcingFen = 0;
    qint64 overheadFen = 0;
    qint64 areaMm2 = 0;
    qint64 runSeconds = 0;
    QStringList missing;  // "board 颗粒板 暖白", "hardware HW-HINGE"
    QDateTime estimatedAt;

    qint64 directFen() const
    {
        return materialFen + hardwareFen + labourFen + machineFen + outsourcingFen;
    }
    qint64 totalFen() const { return directFen() + overheadFen; }
    /// The estimate of one kind (0 for the kinds an estimate does not hold).
    qint64 fen(CostKind kind) const;

    /// Computes the estimate of an order, writing nothing.
    static Core::Result<OrderEstimate> compute(Storage::Connection &c, const QString &orderId);
    /// The stored estimate, if one was made.
    static Core::Result<std::optional<OrderEstimate>> load(Storage::Connection &c,
                                                          const QString &orderId);
    /// The stored estimate, made and stored now if there is none (at signing).
    static Core::Result<OrderEstimate> ensure(Storage::Connection &c, const QString &orderId);
    /// Estimates again and replaces the stored estimate (asked for after an amendment).
    static Core::Result<OrderEstimate> reestimate(Storage::Connection &c, const QString &orderId);
};

} // namespace Hearth::Finance
