#pragma once

// A package of an order, packed and scanned into staging (待发区), written straight into the
// packages table so that the order is complete (齐套) and a shipment carrying it may leave:
// for the shipping tests, whose subject is not the packing.

#include "storage/database.h"
#include "storage/statement.h"

#include <QString>

namespace StagedPackage {

/// Writes the package once (again: nothing); status "closed" leaves it packed but not staged.
inline bool add(const QString &packageId, const QString &orderId, const char *status = "staged")
{
    Hearth::Storage::Statement q(
        Hearth::Storage::Database::connection().handle(),
        "INSERT OR IGNORE INTO packages(id, hlc, order_id, number, count, status, created_at, "
        "updated_at) VALUES (?, 'h', ?, (SELECT COUNT(*) + 1 FROM packages WHERE order_id = ?), "
        "99, ?, '2026-12-01T00:00:00Z', '2026-12-01T00:00:00Z')");
    q.bind(1, packageId).bind(2, orderId).bind(3, orderId).bind(4, QString::fromLatin1(status));
    return q.exec();
}

} // namespace StagedPackage
