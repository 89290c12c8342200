#pragma once

#include "core/result.h"

#include <QCoreApplication>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// What seeding the defaults wrote.
struct StockSeedCounts
{
    int warehouses = 0;
    int bins = 0;
    int items = 0;
};

/// The default warehouses, bins and items of a new site (resources/warehouse/*.json), written
/// in one transaction. Codes already present are left as they are, so seeding twice writes
/// nothing new.
class StockSetup
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Warehouse::StockSetup)

public:
    static Core::Result<StockSeedCounts> seedDefaults(Storage::Connection &c);
};

} // namespace Hearth::Warehouse
