#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace Hearth::Storage {
class Connection;
}

namespace Hearth::Production {

/// Which work orders go to the MES or APS.
struct MesExportFilter
{
    QStringList statuses;  // work order statuses; empty for all but cancelled
    QDate dueFrom;         // due dates from and to, inclusive; invalid for no bound
    QDate dueTo;
    QString workshop;      // empty for every workshop
};

enum class MesFormat { Csv, Json };

/// Exports work orders with their operations and the progress reported so far, for an MES or
/// APS to plan or execute. CSV: UTF-8 with a BOM (Excel), a header row, one row per operation
/// with its work order's fields repeated (csvColumns()). JSON: {"format":
/// "hearth.mes.work_orders", "version": 1, "site_time_zone", "work_orders": [{…,
/// "operations": [{…}]}]}. Times are the site's local time with its offset (MesTime); due
/// dates are plain dates.
class MesExporter
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Production::MesExporter)

public:
    static QStringList csvColumns();

    /// The file's bytes and how many work orders it holds.
    struct Output
    {
        QByteArray data;
        int workOrders = 0;
        int operations = 0;
    };

    /// siteZone invalid: the site's zone from the settings.
    static Core::Result<Output> run(Storage::Connection &c, const MesExportFilter &filter,
                                   MesFormat format, const QTimeZone &siteZone = QTimeZone());
    /// Writes the export to path, whole or not at all.
    static Core::Result<Output> toFile(Storage::Connection &c, const MesExportFilter &filter,
                                       MesFormat format, const QString &path,
                                       const QTimeZone &siteZone = QTimeZone());
};

} // namespace Hearth::Production
