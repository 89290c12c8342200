#include "rowreader.h"

#include "core/decimal.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTime>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cmath>
#include <vector>

namespace Hearth::Orders {

namespace {

constexpr int xmlChunkSize = 64 * 1024;
constexpr quint64 maxSharedStringsBytes = 256ull * 1024 * 1024;
constexpr int maxColumns = 16384;           // XFD, Excel's last column
constexpr double maxDateSerial = 2958466.0; // 10000-01-01, past Excel's last date
constexpr qint64 secondsPerDay = 86400;
// Computed figures carry binary noise in their last digits (-7.7247000000001 for -7.7247);
// a Decimal this close to the stored double is what the user typed and sees.
constexpr double maxNoise = 1e-12;

// ---- minizip reading through QFile, so that any file name opens on every platform

voidpf ZCALLBACK openFile(voidpf, const void *name, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto file = std::make_unique<QFile>(*static_cast<const QString *>(name));
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file.release();
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void *buffer, uLong size)
{
    const qint64 read = static_cast<QFile *>(stream)->read(static_cast<char *>(buffer), size);
    return read < 0 ? 0 : uLong(read);
}

uLong ZCALLBACK writeFile(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = file->size();
    return file->seek(base + qint64(offset)) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

struct ZipCloser
{
    void operator()(void *zip) const { unzClose(zip); }
};
using ZipHandle = std::unique_ptr<void, ZipCloser>;

// ---- what a cell's number format makes of its number

enum class NumberKind : quint8 { Plain, Date, DateTime, Time };

NumberKind builtinKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58) {
        return NumberKind::Date; // 27-36 and 50-58 are the Chinese and Japanese date formats
    }
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55
        || id == 56) {
        return NumberKind::Time;
    }
    if (id == 22)
        return NumberKind::DateTime;
    return NumberKind::Plain;
}

// Looks for date and time letters outside quoted text, escapes and [colour]/[$-locale] parts.
NumberKind formatKind(const QString &code)
{
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return NumberKind::Plain;
    bool day = false;
    bool month = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            // [h], [mm] and [ss] are elapsed time; anything else is a colour or a locale.
            if (!inside.isEmpty()
                && (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size()
                    || inside.count(u's') == inside.size())) {
                time = true;
            }
            i = close < 0 ? code.size() : close;
        } else if (c == u'd' || c == u'y') {
            day = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    // Beside hours or seconds, "m" is minutes.
    const bool date = day || (month && !time);
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    return time ? NumberKind::Time : NumberKind::Plain;
}

QString dateSerialText(double serial, NumberKind kind, bool date1904)
{
    const qint64 totalSeconds = std::llround(serial * double(secondsPerDay));
    const qint64 days = totalSeconds / secondsPerDay;
    const QString time = QTime(0, 0).addSecs(int(totalSeconds % secondsPerDay))
                             .toString(QStringLiteral("HH:mm:ss"));
    if (kind == NumberKind::Time && days == 0)
        return time;

    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 0)
        date = QStringLiteral("1900-01-00"); // what Excel shows for serial 0
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, kept by Excel
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    else
        date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    return kind == NumberKind::Date ? date : date + u' ' + time;
}

// Fifteen significant digits in plain notation, for numbers that do not fit a Decimal.
QString plainNumber(double value)
{
    const QString text = QString::number(value, 'g', 15);
    const qsizetype e = text.indexOf(u'e');
    if (e < 0)
        return text;
    const int exponent = text.mid(e + 1).toInt();
    QString digits = text.left(e);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    qsizetype point = digits.indexOf(u'.');
    if (point < 0)
        point = digits.size();
    else
        digits.remove(point, 1);
    const qsizetype newPoint = point + exponent;
    QString result;
    if (newPoint <= 0)
        result = QStringLiteral("0.") + QString(-newPoint, u'0') + digits;
    else if (newPoint >= digits.size())
        result = digits + QString(newPoint - digits.size(), u'0');
    else
        result = digits.left(newPoint) + u'.' + digits.mid(newPoint);
    return negative ? u'-' + result : result;
}

// A cell of type "d" holds an ISO 8601 date or date and time.
QString isoDateText(const QString &raw)
{
    const QString text = raw.trimmed();
    if (!text.contains(u'T')) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : text;
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : text;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// Excel stores characters XML cannot hold as _xHHHH_ (a carriage return is _x000D_).
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int code = 0;
            for (int k = 2; k < 6 && code >= 0; ++k) {
                const int digit = hexValue(text[i + k]);
                code = digit < 0 ? -1 : code * 16 + digit;
            }
            if (code >= 0) {
                result += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

// "C7" gives column 2 (0-based) and row 7.
bool parseCellReference(QStringView reference, int *column, int *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128) {
        col = col * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (col > maxColumns)
            return false;
        ++i;
    }
    if (col == 0)
        return false;
    bool ok = false;
    const int number = reference.mid(i).toInt(&ok);
    if (!ok || number <= 0)
        return false;
    *column = col - 1;
    *row = number;
    return true;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString resolvePart(const QString &baseDir, const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(baseDir.isEmpty() ? target : baseDir + u'/' + target);
}

QString partDir(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash);
}

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

// A plain decimal of at most twelve significant digits and six decimals is exactly what was
// typed; it needs none of the work that recovers a number from a double's 17 digits.
bool isShortDecimal(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    int digits = 0;
    int decimals = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && decimals < 0) {
            decimals = 0;
        } else if (c >= u'0' && c <= u'9') {
            if (digits > 0 || c != u'0')
                ++digits;
            if (decimals >= 0)
                ++decimals;
        } else {
            return false;
        }
    }
    return digits <= 12 && decimals != 0 && decimals <= Core::Decimal::Scale
           && text.size() > (text.startsWith(u'-') ? 1 : 0);
}

Core::Error damaged(const QString &fileName, const QString &part, const QString &detail)
{
    return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                   "the workbook is damaged: its part %1 "
                                                   "cannot be read (%2); open it in Excel and "
                                                   "save it again")
                           .arg(part, detail),
                       fileName};
}

/// Streams one part of the archive into a QXmlStreamReader, a chunk at a time.
class ZipXml
{
public:
    explicit ZipXml(unzFile zip) : m_zip(zip) {}
    ~ZipXml() { close(); }
    ZipXml(const ZipXml &) = delete;
    ZipXml &operator=(const ZipXml &) = delete;

    /// False when the archive has no such part.
    bool open(const QString &part);
    void close();
    QXmlStreamReader::TokenType next();
    QXmlStreamReader &xml() { return m_xml; }
    /// Reads what is left of the part unparsed, so that its checksum is verified.
    bool finish();
    /// Why next() or finish() failed, for the user.
    QString problem() const;
    quint64 size() const { return m_size; }
    /// How much of the part has been parsed, in bytes (characters, for the XML already read).
    quint64 parsed() const { return qMin(quint64(m_xml.characterOffset()), m_done); }

private:
    int readChunk();
    bool feed();

    unzFile m_zip;
    QXmlStreamReader m_xml;
    QByteArray m_buffer;
    bool m_open = false;
    bool m_finished = false;
    bool m_zipFailed = false;
    quint64 m_size = 0;
    quint64 m_done = 0;
};

bool ZipXml::open(const QString &part)
{
    close();
    m_xml.clear();
    m_finished = false;
    m_zipFailed = false;
    m_done = 0;
    m_size = 0;
    const QByteArray name = part.toUtf8();
    if (unzLocateFile(m_zip, name.constData(), 1) != UNZ_OK
        && unzLocateFile(m_zip, name.constData(), 2) != UNZ_OK) {
        return false;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || unzOpenCurrentFile(m_zip) != UNZ_OK) {
        m_zipFailed = true;
        m_finished = true;
        return true; // present but unreadable: next() reports it
    }
    m_size = info.uncompressed_size;
    m_open = true;
    return true;
}

void ZipXml::close()
{
    if (m_open)
        unzCloseCurrentFile(m_zip);
    m_open = false;
}

QXmlStreamReader::TokenType ZipXml::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || !feed())
            return QXmlStreamReader::Invalid;
    }
}

// Reads the next chunk of the part into m_buffer; 0 at its end or when it cannot be read.
int ZipXml::readChunk()
{
    if (!m_open || m_finished)
        return 0;
    m_buffer.resize(xmlChunkSize);
    const int read = unzReadCurrentFile(m_zip, m_buffer.data(), unsigned(m_buffer.size()));
    if (read > 0) {
        m_done += quint64(read);
        return read;
    }
    m_finished = true;
    if (read < 0) {
        m_zipFailed = true;
    } else {
        m_open = false;
        // At the end of the part minizip compares the checksum.
        if (unzCloseCurrentFile(m_zip) != UNZ_OK)
            m_zipFailed = true;
    }
    return 0;
}

bool ZipXml::feed()
{
    const int read = readChunk();
    if (read == 0)
        return false;
    m_xml.addData(m_buffer.left(read));
    return true;
}

bool ZipXml::finish()
{
    while (readChunk() > 0) {
    }
    return !m_zipFailed;
}

QString ZipXml::problem() const
{
    if (m_zipFailed) {
        return QCoreApplication::translate("Hearth::Orders",
                                           "the compressed data is corrupt");
    }
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        return QCoreApplication::translate("Hearth::Orders", "the part ends too early");
    }
    return QCoreApplication::translate("Hearth::Orders", "XML error at line %1, column %2: %3")
        .arg(m_xml.lineNumber())
        .arg(m_xml.columnNumber())
        .arg(m_xml.errorString());
}

struct SheetInfo
{
    QString name;
    QString part;
    bool worksheet = false;
};

struct WorkbookInfo
{
    QList<SheetInfo> sheets;
    QString sharedStringsPart;
    QString stylesPart;
    bool date1904 = false;
};

struct Relationship
{
    QString type;
    QString target; // resolved to a part name
};

Core::Result<ZipHandle> openArchive(const QString &path, const QString &fileName)
{
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the file cannot be opened: %1")
                               .arg(probe.errorString()),
                           fileName};
    }
    probe.close();

    zlib_filefunc64_def functions{};
    functions.zopen64_file = openFile;
    functions.zread_file = readFile;
    functions.zwrite_file = writeFile;
    functions.ztell64_file = tellFile;
    functions.zseek64_file = seekFile;
    functions.zclose_file = closeFile;
    functions.zerror_file = fileError;
    ZipHandle zip(unzOpen2_64(&path, &functions));
    if (!zip) {
        return Core::Error{QCoreApplication::translate(
                               "Hearth::Orders",
                               "this is not an Excel workbook (.xlsx): it is not a zip "
                               "archive. An old .xls or a password-protected workbook must be "
                               "saved as a plain .xlsx first"),
                           fileName};
    }
    return zip;
}

// Reads a .rels part: relationship id to type and target. A missing part gives no entries.
Core::Result<QHash<QString, Relationship>> readRelationships(unzFile zip, const QString &part,
                                                             const QString &baseDir,
                                                             const QString &fileName)
{
    QHash<QString, Relationship> relationships;
    ZipXml stream(zip);
    if (!stream.open(part))
        return relationships;
    for (;;) {
        const QXmlStreamReader::TokenType token = stream.next();
        if (token == QXmlStreamReader::Invalid)
            return damaged(fileName, part, stream.problem());
        if (token == QXmlStreamReader::EndDocument) {
            if (!stream.finish())
                return damaged(fileName, part, stream.problem());
            return relationships;
        }
        if (token != QXmlStreamReader::StartElement || stream.xml().name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = stream.xml().attributes();
        if (attributes.value(QStringLiteral("TargetMode")) == u"External")
            continue;
        relationships.insert(
            attributes.value(QStringLiteral("Id")).toString(),
            Relationship{attributes.value(QStringLiteral("Type")).toString(),
                         resolvePart(baseDir,
                                     attributes.value(QStringLiteral("Target")).toString())});
    }
}

Core::Result<WorkbookInfo> readWorkbook(unzFile zip, const QString &fileName)
{
    const auto rootRelationships = readRelationships(zip, QStringLiteral("_rels/.rels"),
                                                     QString(), fileName);
    if (!rootRelationships)
        return rootRelationships.error();
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (const Relationship &relationship : rootRelationships.value()) {
        if (relationship.type.endsWith(u"/officeDocument"))
            workbookPart = relationship.target;
    }

    WorkbookInfo workbook;
    QList<QString> sheetIds;
    ZipXml stream(zip);
    if (!stream.open(workbookPart)) {
        return Core::Error{QCoreApplication::translate(
                               "Hearth::Orders",
                               "this zip archive holds no Excel workbook; expected an .xlsx "
                               "file saved by Excel, WPS or LibreOffice"),
                           fileName};
    }
    for (bool done = false; !done;) {
        const QXmlStreamReader::TokenType token = stream.next();
        if (token == QXmlStreamReader::Invalid
            || (token == QXmlStreamReader::EndDocument && !stream.finish())) {
            return damaged(fileName, workbookPart, stream.problem());
        }
        done = token == QXmlStreamReader::EndDocument;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = stream.xml().attributes();
        if (stream.xml().name() == u"workbookPr") {
            const QStringView value = attributes.value(QStringLiteral("date1904"));
            workbook.date1904 = value == u"1" || value == u"true";
        } else if (stream.xml().name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                    id = attribute.value().toString();
            }
            workbook.sheets.append(
                SheetInfo{attributes.value(QStringLiteral("name")).toString(), QString(), false});
            sheetIds.append(id);
        }
    }
    stream.close();

    // The relationships of "xl/workbook.xml" are in "xl/_rels/workbook.xml.rels".
    const QString dir = partDir(workbookPart);
    const QString relsPart = (dir.isEmpty() ? QString() : dir + u'/') + QStringLiteral("_rels/")
                             + workbookPart.mid(workbookPart.lastIndexOf(u'/') + 1)
                             + QStringLiteral(".rels");
    const auto relationships = readRelationships(zip, relsPart, dir, fileName);
    if (!relationships)
        return relationships.error();
    for (qsizetype i = 0; i < workbook.sheets.size(); ++i) {
        const auto found = relationships.value().constFind(sheetIds[i]);
        if (found == relationships.value().cend())
            continue;
        workbook.sheets[i].part = found->target;
        workbook.sheets[i].worksheet = found->type.endsWith(u"/worksheet");
    }
    for (const Relationship &relationship : relationships.value()) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            workbook.sharedStringsPart = relationship.target;
        else if (relationship.type.endsWith(u"/styles"))
            workbook.stylesPart = relationship.target;
    }
    return workbook;
}

// The number kind of each cell format (cellXfs), by the index a cell's "s" attribute gives.
Core::Result<std::vector<NumberKind>> readStyles(unzFile zip, const QString &part,
                                                 const QString &fileName)
{
    std::vector<NumberKind> kinds;
    ZipXml stream(zip);
    if (part.isEmpty() || !stream.open(part))
        return kinds;

    QHash<int, QString> customFormats;
    std::vector<int> formatIds;
    bool inNumberFormats = false;
    bool inCellFormats = false;
    for (bool done = false; !done;) {
        const QXmlStreamReader::TokenType token = stream.next();
        if (token == QXmlStreamReader::Invalid
            || (token == QXmlStreamReader::EndDocument && !stream.finish())) {
            return damaged(fileName, part, stream.problem());
        }
        done = token == QXmlStreamReader::EndDocument;
        const QStringView name = stream.xml().name();
        if (token == QXmlStreamReader::EndElement) {
            if (name == u"numFmts")
                inNumberFormats = false;
            else if (name == u"cellXfs")
                inCellFormats = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = stream.xml().attributes();
        if (name == u"numFmts") {
            inNumberFormats = true;
        } else if (name == u"cellXfs") {
            inCellFormats = true;
        } else if (name == u"numFmt" && inNumberFormats) {
            customFormats.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                                 attributes.value(QStringLiteral("formatCode")).toString());
        } else if (name == u"xf" && inCellFormats) {
            formatIds.push_back(attributes.value(QStringLiteral("numFmtId")).toInt());
        }
    }

    kinds.reserve(formatIds.size());
    for (const int id : formatIds) {
        const auto custom = customFormats.constFind(id);
        kinds.push_back(custom != customFormats.cend() ? formatKind(*custom) : builtinKind(id));
    }
    return kinds;
}

Core::Result<QStringList> readSharedStrings(unzFile zip, const QString &part,
                                            const QString &fileName)
{
    QStringList strings;
    ZipXml stream(zip);
    if (part.isEmpty() || !stream.open(part))
        return strings;
    const Core::Error tooLarge{QCoreApplication::translate("Hearth::Orders",
                                                           "the workbook's text is too large "
                                                           "to import (more than 256 MB); save "
                                                           "the sheet as CSV and import that"),
                               fileName};
    if (stream.size() > maxSharedStringsBytes)
        return tooLarge;

    QString current;
    quint64 total = 0; // the archive's stated size may lie; count what is really there
    bool inText = false;
    int phoneticDepth = 0;
    for (;;) {
        const QXmlStreamReader::TokenType token = stream.next();
        if (token == QXmlStreamReader::Invalid)
            return damaged(fileName, part, stream.problem());
        if (token == QXmlStreamReader::EndDocument) {
            if (!stream.finish())
                return damaged(fileName, part, stream.problem());
            return strings;
        }
        const QStringView name = stream.xml().name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"si")
                current.clear();
            else if (name == u"rPh")
                ++phoneticDepth; // the reading aid above Japanese text, not the text itself
            else if (name == u"t")
                inText = phoneticDepth == 0;
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"t")
                inText = false;
            else if (name == u"rPh")
                --phoneticDepth;
            else if (name == u"si")
                strings.append(decodeEscapes(current));
        } else if (token == QXmlStreamReader::Characters && inText) {
            current += stream.xml().text();
            total += quint64(stream.xml().text().size());
            if (total > maxSharedStringsBytes)
                return tooLarge;
        }
    }
}

/// One worksheet of an .xlsx workbook, streamed from the archive a row at a time.
class XlsxReader final : public RowReader
{
public:
    XlsxReader(ZipHandle zip, const QString &fileName, const SheetInfo &sheet,
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

    ZipHandle m_zip;
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

XlsxReader::XlsxReader(ZipHandle zip, const QString &fileName, const SheetInfo &sheet,
                       QStringList sharedStrings, std::vector<NumberKind> styleKinds,
                       bool date1904)
    : m_zip(std::move(zip))
    , m_stream(m_zip.get())
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
            m_error = damaged(m_fileName, m_sheetPart, m_stream.problem());
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
        m_error = damaged(m_fileName, m_sheetPart, m_stream.problem());
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

QStringList worksheetNames(const WorkbookInfo &workbook)
{
    QStringList names;
    for (const SheetInfo &sheet : workbook.sheets) {
        if (sheet.worksheet)
            names.append(sheet.name);
    }
    return names;
}

} // namespace

Core::Result<std::unique_ptr<RowReader>> openXlsx(const QString &path, const QString &sheet)
{
    const QString fileName = QFileInfo(path).fileName();
    auto zip = openArchive(path, fileName);
    if (!zip)
        return zip.error();
    const auto workbook = readWorkbook(zip.value().get(), fileName);
    if (!workbook)
        return workbook.error();

    const QList<SheetInfo> &sheets = workbook->sheets;
    const SheetInfo *chosen = nullptr;
    for (const SheetInfo &candidate : sheets) {
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
        const QString names = worksheetNames(*workbook).join(QStringLiteral(", "));
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

    auto styles = readStyles(zip.value().get(), workbook->stylesPart, fileName);
    if (!styles)
        return styles.error();
    auto strings = readSharedStrings(zip.value().get(), workbook->sharedStringsPart, fileName);
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
    const auto zip = openArchive(path, fileName);
    if (!zip)
        return zip.error();
    const auto workbook = readWorkbook(zip.value().get(), fileName);
    if (!workbook)
        return workbook.error();
    return worksheetNames(*workbook);
}

} // namespace Hearth::Orders
