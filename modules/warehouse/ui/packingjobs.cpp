#include "packingjobs.h"

#include "warehouse/loadhandler.h"
#include "warehouse/packhandler.h"
#include "warehouselabelprinter.h"

#include <QDir>
#include <QStandardPaths>

namespace Hearth::Warehouse {

QString PackingJobs::labelFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("labels"));
}

std::unique_ptr<ScanHandler> PackingJobs::create(ScanJob job, Storage::Connection &connection)
{
    if (job == ScanJob::Load)
        return std::make_unique<LoadHandler>(connection);
    if (job != ScanJob::Pack)
        return nullptr;
    // TODO(#6): send the label to the packing station's label printer once stations name one.
    return std::make_unique<PackHandler>(connection, [](const PackageLabel &label) {
        const QString folder = labelFolder();
        QDir().mkpath(folder);
        QString name = label.code;
        name.replace(QLatin1Char(':'), QLatin1Char('-'));
        name.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString file = QDir(folder).filePath(name + QStringLiteral(".pdf"));
        return WarehouseLabelPrinter::writePdf({label}, Printing::LabelStock{}, file);
    });
}

} // namespace Hearth::Warehouse
