#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace Hearth::Finance {

class CostReport;

/// Cost accounting as an xlsx workbook (libxlsxwriter): a sheet of cost by type and the
/// report's dimension with its totals, and a sheet of the orders behind every cell. Amounts
/// are written as yuan numbers with two decimals.
class CostWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Finance::CostWorkbook)

public:
    static Core::Status write(const CostReport &report, const QString &path);
};

} // namespace Hearth::Finance
