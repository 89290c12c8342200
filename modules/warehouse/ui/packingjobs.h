#pragma once

#include "warehouse/scanhandler.h"

#include <QString>

#include <memory>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Warehouse {

/// The pack and load jobs of the scanning page on the desk's database. A package closed while
/// packing has its label written as a PDF at 203 dpi to labelFolder() ("PK-SO…-1-3.pdf").
class PackingJobs
{
public:
    /// A PackHandler or LoadHandler for ScanJob::Pack or ScanJob::Load; null for other jobs.
    static std::unique_ptr<ScanHandler> create(ScanJob job, Storage::Connection &connection);
    /// Where closed packages' labels go: "labels" in the desk's application data.
    static QString labelFolder();
};

} // namespace Hearth::Warehouse
