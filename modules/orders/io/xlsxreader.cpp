#include "rowreader.h"

#include "core/decimal.h"
#include "xlsxarchive.h"
#include "xlsxformat.h"
#include "xlsxworkbook.h"
#include "zipxml.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>
#include <vector>

namespace Hearth::Orders {

namespace {

using Internal::XlsxArchive;
using Internal::XlsxWorkbook;
using Internal::ZipXml;
using namespace Internal::XlsxFormat;

// Computed figures carry binary noise in their last digits (-7.7247000000001 for -7.7247);
// a Decimal this close to the stored double is what the user typed and sees.
constexpr double maxNoise = 1e-12;

// The sheet elements the reader acts on; comparing by length first keeps the loop fast.
enum class Tag { Row, Cell, Value, InlineString, Text, Phonetic, SheetData, Other };

Tag tagOf(QStringView name)
{
    switch (name.size()) {
    case 1:
        return name[0] == u'c' ? Tag::Cell
            : name[0] == u'v'  ? Tag::Value
            : name[0] == u't'  ? Tag::Text
                               : Tag::Other;
    case 2:
        return name == u"is" ? Tag::InlineString : Tag::Other;
    case 3:
        return name == u"row" ? Tag::Row : name == u"rPh" ? Tag::Phonetic : Tag::Other;
    case 9:
        return name == u"sheetData" ? Tag::SheetData : Tag::Other;
    default:
        return Tag::Other;
    }
}

/// One worksheet of an .xlsx workbook, streamed from the archive a row at a time.
class XlsxReader final : public RowReader
{
public:
    XlsxReader(XlsxArchive archive, const QString &fileName, const XlsxWorkbook::Sheet &sheet,
               QStringList sharedStrings, std::vector<NumberKind> styleKinds, bool date1904);

    std::optional<Core::Error> start();

    QStringList headers() const override { return m_headers; }
    bool readRow(QStringList *cells, int *rowNumber) override;
    std::optional<Core::Error> error() const override { return m_error; }
    bool rewind() override;
    int permille() const override;
    QString detail() const override { return m_sheetName; }

private:
    enum class CellType { Number, SharedString, InlineString, FormulaString, Boolean, Error, Date };
    struct Cell
    {
        int column = 0;
        CellType type = CellType::Number;
        int style = 0;
        QString value;
        QString inlineText;
        bool inValue = false;
        bool inInline = false;
        bool inText = false;
        int phoneticDepth = 0;
    };
    enum class Step { Row, End, Failed };

    Step nextRow(QStringList *cells, int *rowNumber);
    bool startCell(Cell *cell, int lastColumn, int rowNumber);
    Step finishSheet();
    std::optional<QString> cellText(const Cell &cell, int rowNumber);
    QString where(int rowNumber, int column) const;
    void fail(int rowNumber, int column, const QString &message);

    XlsxArchive m_archive;
    ZipXml m_stream;
    QString m_fileName;
    QString m_sheetName;
    QString m_sheetPart;
    QStringList m_sharedStrings;
    std::vector<NumberKind> m_styleKinds;
    bool m_date1904 = false;
    QStringList m_headers;
    int m_lastRow = 0;
    bool m_finished = false;
    std::optional<Core::Error> m_error;
};

XlsxReader::XlsxReader(XlsxArchive archive, const QString &fileName,
                       const XlsxWorkbook::Sheet &sheet,
                       QStringList sharedStrings, std::vector<NumberKind> styleKinds,
                       bool date1904)
    : m_archive(std::move(archive))
    , m_stream(m_archive.handle())
    , m_fileName(fileName)
    , m_sheetName(sheet.name)
    , m_sheetPart(sheet.part)
    , m_sharedStrings(std::move(sharedStrings))
    , m_styleKinds(std::move(styleKinds))
    , m_date1904(date1904)
{
}

std::optional<Core::Error> XlsxReader::start()
{
    m_error.reset();
    m_finished = false;
    m_lastRow = 0;
    m_headers.clear();
    if (!m_stream.open(m_sheetPart)) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the workbook is damaged: the data of "
                                                       "sheet “%1” is missing")
                               .arg(m_sheetName),
                           m_fileName};
    }

    QStringList cells;
    int rowNumber = 0;
    const Step step = nextRow(&cells, &rowNumber);
    if (step == Step::Failed)
        return m_error;
    if (step == Step::End) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "sheet “%1” is empty; expected a header "
                                                       "row")
                               .arg(m_sheetName),
                           m_fileName};
    }
    for (const QString &cell : std::as_const(cells))
        m_headers.append(cell.trimmed());
    while (!m_headers.isEmpty() && m_headers.constLast().isEmpty())
        m_headers.removeLast();
    return std::nullopt;
}

bool XlsxReader::readRow(QStringList *cells, int *rowNumber)
{
    if (m_error || m_finished)
        return false;
    QStringList row;
    int number = 0;
    if (nextRow(&row, &number) != Step::Row)
        return false;

    const qsizetype width = m_headers.size();
    for (qsizetype column = width; column < row.size(); ++column) {
        if (!row[column].trimmed().isEmpty()) {
            fail(number, int(column),
                 QCoreApplication::translate("Hearth::Orders",
                                             "a value outside the table: the header ends at "
                                             "column %1; give this column a header or clear "
                                             "the cell")
                     .arg(columnLetters(int(width) - 1)));
            return false;
        }
    }
    row.resize(width);
    *cells = std::move(row);
    *rowNumber = number;
    return true;
}

// Reads up to the next row that has a value; cells are placed by their reference.
XlsxReader::Step XlsxReader::nextRow(QStringList *cells, int *rowNumber)
{
    QStringList row;
    int number = 0;
    int lastColumn = -1;
    bool inRow = false;
    bool inCell = false;
    Cell cell;
    QXmlStreamReader &xml = m_stream.xml();
    for (;;) {
        const QXmlStreamReader::TokenType token = m_stream.next();
        switch (token) {
        case QXmlStreamReader::Invalid:
            m_error = XlsxArchive::damaged(m_fileName, m_sheetPart, m_stream.problem());
            return Step::Failed;
        case QXmlStreamReader::EndDocument:
            return finishSheet();
        case QXmlStreamReader::StartElement:
            switch (tagOf(xml.name())) {
            case Tag::Row: {
                inRow = true;
                row.clear();
                lastColumn = -1;
                bool ok = false;
                number = xml.attributes().value(QStringLiteral("r")).toInt(&ok);
                if (!ok || number <= 0)
                    number = m_lastRow + 1;
                break;
            }
            case Tag::Cell:
                if (!inRow)
                    break;
                inCell = true;
                if (!startCell(&cell, lastColumn, number))
                    return Step::Failed;
                break;
            case Tag::Value:
                cell.inValue = inCell;
                break;
            case Tag::InlineString:
                cell.inInline = inCell;
                break;
            case Tag::Phonetic:
                ++cell.phoneticDepth;
                break;
            case Tag::Text:
                cell.inText = cell.inInline && cell.phoneticDepth == 0;
                break;
            default:
                break;
            }
            break;
        case QXmlStreamReader::Characters:
            if (cell.inValue)
                cell.value += xml.text();
            else if (cell.inText)
                cell.inlineText += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            switch (tagOf(xml.name())) {
            case Tag::Value:
                cell.inValue = false;
                break;
            case Tag::Text:
                cell.inText = false;
                break;
            case Tag::Phonetic:
                --cell.phoneticDepth;
                break;
            case Tag::InlineString:
                cell.inInline = false;
                break;
            case Tag::Cell: {
                if (!inCell)
                    break;
                inCell = false;
                lastColumn = cell.column;
                const std::optional<QString> text = cellText(cell, number);
                if (!text)
                    return Step::Failed;
                if (!text->isEmpty()) {
                    while (row.size() <= cell.column)
                        row.append(QString());
                    row[cell.column] = *text;
                }
                break;
            }
            case Tag::Row: {
                if (!inRow)
                    break;
                inRow = false;
                m_lastRow = number;
                bool empty = true;
                for (const QString &value : std::as_const(row))
                    empty = empty && value.trimmed().isEmpty();
                if (!empty) {
                    *cells = std::move(row);
                    *rowNumber = number;
                    return Step::Row;
                }
                break;
            }
            case Tag::SheetData:
                return finishSheet();
            default:
                break;
            }
            break;
        default:
            break;
        }
    }
}

// Reads a <c> element's attributes: where the cell is, its type and its format.
bool XlsxReader::startCell(Cell *cell, int lastColumn, int rowNumber)
{
    cell->inValue = cell->inInline = cell->inText = false;
    cell->phoneticDepth = 0;
    cell->value.resize(0);
    cell->inlineText.resize(0);
    cell->type = CellType::Number;
    cell->style = 0;
    cell->column = lastColumn + 1;

    const QXmlStreamAttributes attributes = m_stream.xml().attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView name = attribute.name();
        const QStringView value = attribute.value();
        if (name == u"r") {
            int referenceRow = 0;
            if (!parseCellReference(value, &cell->column, &referenceRow)) {
                fail(rowNumber, lastColumn + 1,
                     QCoreApplication::translate("Hearth::Orders",
                                                 "the cell reference “%1” is broken")
                         .arg(value.toString()));
                return false;
            }
        } else if (name == u"s") {
            cell->style = value.toInt();
        } else if (name == u"t") {
            if (value == u"s")
                cell->type = CellType::SharedString;
            else if (value == u"inlineStr")
                cell->type = CellType::InlineString;
            else if (value == u"str")
                cell->type = CellType::FormulaString;
            else if (value == u"b")
                cell->type = CellType::Boolean;
            else if (value == u"e")
                cell->type = CellType::Error;
            else if (value == u"d")
                cell->type = CellType::Date;
        }
    }
    return true;
}

// The rows are done; the rest of the part is only read to verify its checksum.
XlsxReader::Step XlsxReader::finishSheet()
{
    m_finished = true;
    if (!m_stream.finish()) {
        m_error = XlsxArchive::damaged(m_fileName, m_sheetPart, m_stream.problem());
        return Step::Failed;
    }
    return Step::End;
}

std::optional<QString> XlsxReader::cellText(const Cell &cell, int rowNumber)
{
    switch (cell.type) {
    case CellType::SharedString: {
        bool ok = false;
        const qsizetype index = cell.value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            fail(rowNumber, cell.column,
                 QCoreApplication::translate("Hearth::Orders",
                                             "the workbook is damaged: the cell refers to "
                                             "text number %1, which is not in the workbook")
                     .arg(cell.value));
            return std::nullopt;
        }
        return m_sharedStrings.at(index);
    }
    case CellType::InlineString:
        return decodeEscapes(cell.inlineText.isEmpty() ? cell.value : cell.inlineText);
    case CellType::FormulaString:
        return decodeEscapes(cell.value);
    case CellType::Boolean:
        if (cell.value.isEmpty())
            return QString();
        return cell.value.trimmed() == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    case CellType::Error:
        return cell.value;
    case CellType::Date:
        return isoDateText(cell.value);
    case CellType::Number:
        break;
    }

    const QString raw = cell.value.trimmed();
    if (raw.isEmpty())
        return QString();
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(rowNumber, cell.column,
             QCoreApplication::translate("Hearth::Orders",
                                         "the workbook is damaged: expected a number in the "
                                         "cell, found “%1”")
                 .arg(raw));
        return std::nullopt;
    }
    const NumberKind kind = cell.style >= 0 && size_t(cell.style) < m_styleKinds.size()
        ? m_styleKinds[size_t(cell.style)]
        : NumberKind::Plain;
    if (kind != NumberKind::Plain && value >= 0 && value < maxDateSerial)
        return dateSerialText(value, kind, m_date1904);
    if (isShortDecimal(raw)) {
        if (const auto decimal = Core::Decimal::parse(raw))
            return decimal->toString();
    }
    if (const auto decimal = Core::Decimal::fromExcelNumber(raw)) {
        // Decimal keeps six decimals; a number with more real ones keeps Excel's 15 digits.
        const QString text = decimal->toString();
        if (std::abs(text.toDouble() - value) <= std::abs(value) * maxNoise)
            return text;
    }
    return plainNumber(value);
}

QString XlsxReader::where(int rowNumber, int column) const
{
    QString columnText = columnLetters(column);
    if (column < m_headers.size() && !m_headers.at(column).isEmpty())
        columnText += QStringLiteral(" (") + m_headers.at(column) + u')';
    return QCoreApplication::translate("Hearth::Orders", "%1, sheet “%2”, row %3, column %4")
        .arg(m_fileName, m_sheetName, QString::number(rowNumber), columnText);
}

void XlsxReader::fail(int rowNumber, int column, const QString &message)
{
    m_error = Core::Error{message, where(rowNumber, column)};
}

bool XlsxReader::rewind()
{
    m_stream.close();
    if (const auto failure = start()) {
        m_error = failure;
        return false;
    }
    return true;
}

int XlsxReader::permille() const
{
    if (m_finished || m_stream.size() == 0)
        return 1000;
    return int(qMin<quint64>(999, m_stream.parsed() * 1000 / m_stream.size()));
}

} // namespace

Core::Result<std::unique_ptr<RowReader>> openXlsx(const QString &path, const QString &sheet)
{
    const QString fileName = QFileInfo(path).fileName();
    auto zip = XlsxArchive::open(path, fileName);
    if (!zip)
        return zip.error();
    const auto workbook = XlsxWorkbook::read(zip.value().handle(), fileName);
    if (!workbook)
        return workbook.error();

    const QList<XlsxWorkbook::Sheet> &sheets = workbook->sheets;
    const XlsxWorkbook::Sheet *chosen = nullptr;
    for (const XlsxWorkbook::Sheet &candidate : sheets) {
        if (sheet.isEmpty() ? candidate.worksheet : candidate.name == sheet) {
            chosen = &candidate;
            break;
        }
    }
    for (qsizetype i = 0; !chosen && !sheet.isEmpty() && i < sheets.size(); ++i) {
        if (sheets[i].name.compare(sheet, Qt::CaseInsensitive) == 0)
            chosen = &sheets[i];
    }
    if (!chosen) {
        const QString names = workbook->worksheetNames().join(QStringLiteral(", "));
        const QString message = sheet.isEmpty()
            ? QCoreApplication::translate("Hearth::Orders", "the workbook has no worksheet")
            : QCoreApplication::translate("Hearth::Orders",
                                          "the workbook has no sheet “%1”; its sheets are: %2")
                  .arg(sheet, names);
        return Core::Error{message, fileName};
    }
    if (chosen->part.isEmpty()) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the workbook is damaged: the data of "
                                                       "sheet “%1” is missing")
                               .arg(chosen->name),
                           fileName};
    }
    if (!chosen->worksheet) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "sheet “%1” is a chart or macro sheet, "
                                                       "not a table; choose a worksheet")
                               .arg(chosen->name),
                           fileName};
    }

    auto styles = XlsxWorkbook::readStyles(zip.value().handle(), workbook->stylesPart, fileName);
    if (!styles)
        return styles.error();
    auto strings = XlsxWorkbook::readSharedStrings(zip.value().handle(),
                                                   workbook->sharedStringsPart, fileName);
    if (!strings)
        return strings.error();

    auto reader = std::make_unique<XlsxReader>(std::move(zip.value()), fileName, *chosen,
                                               std::move(strings.value()),
                                               std::move(styles.value()), workbook->date1904);
    if (const auto failure = reader->start())
        return *failure;
    return std::unique_ptr<RowReader>(std::move(reader));
}

Core::Result<QStringList> xlsxSheetNames(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto zip = XlsxArchive::open(path, fileName);
    if (!zip)
        return zip.error();
    const auto workbook = XlsxWorkbook::read(zip.value().handle(), fileName);
    if (!workbook)
        return workbook.error();
    return workbook->worksheetNames();
}

} // namespace Hearth::Orders
