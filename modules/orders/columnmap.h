#pragma once

#include "channelmapping.h"
#include "core/result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Hearth::Orders::Internal {

/// Which file column feeds which field; -1 where the file has none.
struct ColumnMap
{
    QHash<QString, int> index;
    QStringList headers;

    int of(const QString &field) const { return index.value(field, -1); }

    /// Finds the mapping's columns among the headers, by name or by letter ("A".."XFD"); an
    /// error names the required columns that are missing.
    static Core::Result<ColumnMap> resolve(const ChannelMapping &m, const QStringList &headers,
                                           const QString &file);
};

} // namespace Hearth::Orders::Internal
