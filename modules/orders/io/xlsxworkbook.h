#pragma once

#include "core/result.h"
#include "xlsxformat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <minizip/unzip.h>

#include <vector>

namespace Hearth::Orders::Internal {

/// What an .xlsx workbook holds besides its cells: its sheets and where their data is, the
/// shared strings and the cell formats, and its date system.
struct XlsxWorkbook
{
    struct Sheet
    {
        QString name;
        QString part;
        bool worksheet = false;  // not a chart or macro sheet
    };

    QList<Sheet> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;

    /// Reads the workbook part and its relationships; errors are named by fileName.
    static Core::Result<XlsxWorkbook> read(unzFile zip, const QString &fileName);
    /// The names of the sheets that are tables.
    QStringList worksheetNames() const;

    /// The number kind of each cell format (cellXfs), by the index a cell's "s" attribute
    /// gives.
    static Core::Result<std::vector<XlsxFormat::NumberKind>>
    readStyles(unzFile zip, const QString &part, const QString &fileName);
    /// The shared strings, in order; at most 256 MB of them.
    static Core::Result<QStringList> readSharedStrings(unzFile zip, const QString &part,
                                                       const QString &fileName);
};

} // namespace Hearth::Orders::Internal
