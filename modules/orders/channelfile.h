#pragma once

#include "channelmapping.h"
#include "core/result.h"
#include "io/rowreader.h"

#include <QString>

#include <memory>

namespace Hearth::Orders::Internal {

/// A channel's export file as a mapping reads it: its format (the mapping's, or the file's
/// extension when the mapping says auto) and the reader for it.
class ChannelFile
{
public:
    /// "csv", "xlsx" or "json".
    static QString format(const ChannelMapping &mapping, const QString &file);
    /// The file's rows; an error when it does not exist or cannot be read.
    static Core::Result<std::unique_ptr<RowReader>> open(const ChannelMapping &mapping,
                                                         const QString &file);
};

} // namespace Hearth::Orders::Internal
