#pragma once

#include "core/result.h"
#include "package.h"
#include "packplanner.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// Packages and their lines in the database. Writes run in the caller's transaction, or in
/// their own when none is open, and are recorded with Storage::ChangeLog ("packages",
/// "package_items") under the sales order, so that its timeline shows the packing.
class PackageStore
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::PackageStore)

public:
    /// Writes a plan as the order's packages 1..N, replacing (tombstoning) an earlier plan
    /// nothing was packed from; refuses once packing has started or when the plan is empty.
    static Core::Result<QList<Package>> writePlan(Storage::Connection &c, const QString &orderId,
                                                  const QList<PlannedPackage> &plan,
                                                  const QString &reason);

    /// The order's packages by number.
    static Core::Result<QList<Package>> packages(Storage::Connection &c, const QString &orderId);
    static std::optional<Package> find(Storage::Connection &c, const QString &packageId);
    /// The package a label names: the order's number and the package's number.
    static std::optional<Package> findByNumber(Storage::Connection &c, const QString &orderNo,
                                               int number);
    /// A package's lines, panels first, with their names.
    static Core::Result<QList<PackageLine>> lines(Storage::Connection &c,
                                                  const QString &packageId);
    /// Every line of an order's packages.
    static Core::Result<QList<PackageLine>> orderLines(Storage::Connection &c,
                                                       const QString &orderId);

    /// Writes a package's new status, bin and load (after); before is the row as read.
    static Core::Status update(Storage::Connection &c, const Package &before, Package after,
                               const QString &reason);
    /// Adds add to what a line holds, moving the line into packageId first when it was
    /// planned for another package of the order.
    static Core::Status packLine(Storage::Connection &c, const PackageLine &line,
                                 Core::Decimal add, const QString &packageId,
                                 const QString &reason);
};

} // namespace Hearth::Warehouse
