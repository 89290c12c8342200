#pragma once

#include "core/result.h"

#include <QString>

#include <minizip/unzip.h>

#include <memory>

namespace Hearth::Orders::Internal {

/// An .xlsx file's zip archive, opened with minizip reading through QFile, so that any file
/// name opens on every platform.
class XlsxArchive
{
public:
    /// Opens the archive; an error for the user (named by fileName) when it is not one.
    static Core::Result<XlsxArchive> open(const QString &path, const QString &fileName);
    /// The error of a part of the workbook that cannot be read.
    static Core::Error damaged(const QString &fileName, const QString &part,
                               const QString &detail);

    unzFile handle() const { return m_zip.get(); }

private:
    struct Closer
    {
        void operator()(void *zip) const { unzClose(zip); }
    };

    std::unique_ptr<void, Closer> m_zip;
};

} // namespace Hearth::Orders::Internal
