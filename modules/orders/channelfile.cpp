#include "channelfile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Hearth::Orders::Internal {

QString ChannelFile::format(const ChannelMapping &mapping, const QString &file)
{
    if (mapping.format != QLatin1String("auto"))
        return mapping.format;
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return QStringLiteral("xlsx");
    if (suffix == QLatin1String("json"))
        return QStringLiteral("json");
    return QStringLiteral("csv");
}

Core::Result<std::unique_ptr<RowReader>> ChannelFile::open(const ChannelMapping &mapping,
                                                           const QString &file)
{
    if (!QFileInfo(file).isFile())
        return Core::Error{QCoreApplication::translate("Hearth::Orders", "the file does not exist"),
                           file};
    const QString kind = format(mapping, file);
    if (kind == QLatin1String("xlsx"))
        return openXlsx(file, mapping.sheet);
    if (kind == QLatin1String("json"))
        return openJson(file);
    return openCsv(file, mapping.encoding);
}

} // namespace Hearth::Orders::Internal
