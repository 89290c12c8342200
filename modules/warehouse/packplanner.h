#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// How full a package may get: pieces of panel and the estimated weight.
struct PackLimits
{
    int maxPanels = 10;
    qint64 maxWeightGrams = 30000;
};

/// A panel of the order (order_parts) as the planner sees it.
struct PlanPart
{
    QString id;
    QString taskKey;  // the work order's task: panels of one work order are packed together
    QString partKey;
    QString name;
    qint64 lengthMm = 0;
    qint64 widthMm = 0;
    qint64 thicknessMm = 0;
    int quantity = 0;
};

/// A hardware or bought-in line of the order (order_hardware).
struct PlanHardware
{
    QString id;
    QString code;
    QString name;
    Core::Decimal quantity;
};

/// One line of a proposed package: pieces of a panel, or a whole hardware line.
struct PlannedLine
{
    QString partId;
    QString hardwareId;
    Core::Decimal quantity;
};

struct PlannedPackage
{
    QString taskKey;  // empty for the hardware package
    QList<PlannedLine> lines;
    int panels = 0;
    qint64 weightGrams = 0;
};

/// Proposes an order's packages (包件) by one simple rule: panels go work order by work order
/// (task key order), each in part-key order, one piece at a time into the current package until
/// it holds maxPanels pieces or the next piece would pass maxWeightGrams; a piece heavier than
/// the limit gets a package of its own. A panel weighs length × width × thickness at
/// 0.7 g/cm³ (particle board and MDF), rounded up to the gram. All hardware and bought-in
/// lines go whole into one last package.
class PackPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PackPlanner)

public:
    static QList<PlannedPackage> plan(QList<PlanPart> parts, QList<PlanHardware> hardware,
                                      const PackLimits &limits = {});
    /// The plan for an order's panels and hardware as its split wrote them.
    static Core::Result<QList<PlannedPackage>> planOrder(Storage::Connection &c,
                                                         const QString &orderId,
                                                         const PackLimits &limits = {});
    /// One piece's estimated weight in grams.
    static qint64 pieceWeightGrams(qint64 lengthMm, qint64 widthMm, qint64 thicknessMm);

    static Core::Result<QList<PlanPart>> readParts(Storage::Connection &c,
                                                   const QString &orderId);
    static Core::Result<QList<PlanHardware>> readHardware(Storage::Connection &c,
                                                          const QString &orderId);
};

} // namespace Hearth::Warehouse
