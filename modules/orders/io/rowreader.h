#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace Hearth::Orders {

/// Reads a channel's export one row at a time, whatever the file format, so that a large
/// file is never held in memory. Row numbers are what the user sees in the file: the line of
/// a CSV (1 = header), the row of a sheet, the index of a JSON record (1-based, header = 0).
class RowReader
{
public:
    virtual ~RowReader() = default;

    /// The header row's cells, trimmed.
    virtual QStringList headers() const = 0;
    /// The next data row; false at the end of the data or on an error (see error()).
    /// Rows that are entirely empty are skipped. Cells are padded to headers().size().
    virtual bool readRow(QStringList *cells, int *rowNumber) = 0;
    /// Set when reading stopped because the file is broken; says where and what.
    virtual std::optional<Core::Error> error() const = 0;
    /// Starts again from the first data row.
    virtual bool rewind() = 0;
    /// For progress: how far through the file, 0 to 1000.
    virtual int permille() const = 0;
    /// The encoding found or used (CSV), or the sheet read (XLSX).
    virtual QString detail() const = 0;
};

/// Text encodings a CSV may come in; Auto finds it from the bytes.
enum class TextEncoding { Auto, Utf8, Gb18030, Windows1252, Utf16 };

/// Detects the encoding of CSV bytes: a BOM, then valid UTF-8, then GB18030 (what Chinese Excel
/// writes) where the bytes decode cleanly and read as Chinese, else Windows-1252.
TextEncoding detectEncoding(const QByteArray &sample);
QString encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(const QString &name);

/// RFC 4180 CSV with any line ending, quoted fields with commas, quotes and line breaks;
/// the delimiter (comma, semicolon or tab) is found from the header line.
Core::Result<std::unique_ptr<RowReader>> openCsv(const QString &path,
                                                  TextEncoding encoding = TextEncoding::Auto);

/// One sheet of an .xlsx workbook, read with minizip and QXmlStreamReader. Cells come as text:
/// shared and inline strings as they are; numbers as Excel shows them (15 significant digits,
/// plain notation, so 18-digit ids typed as text keep every digit); cells with a date format
/// as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS"; booleans as TRUE/FALSE. An empty sheet name
/// reads the first sheet.
Core::Result<std::unique_ptr<RowReader>> openXlsx(const QString &path,
                                                   const QString &sheet = QString());
Core::Result<QStringList> xlsxSheetNames(const QString &path);

/// A JSON file: an array of flat objects, or of orders each with a "lines" array (the order's
/// fields are repeated on each of its lines), or an object holding such an array under
/// "orders" or "rows". Numbers keep the digits they were written with. Headers are the union
/// of the keys in order of first appearance; nested objects flatten as "a.b".
Core::Result<std::unique_ptr<RowReader>> openJson(const QString &path);

} // namespace Hearth::Orders
