#include "xlsxworkbook.h"

#include "xlsxarchive.h"
#include "zipxml.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace Hearth::Orders::Internal {

using namespace XlsxFormat;

namespace {

constexpr quint64 maxSharedStringsBytes = 256ull * 1024 * 1024;

struct Relationship
{
    QString type;
    QString target; // resolved to a part name
};

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
            return XlsxArchive::damaged(fileName, part, stream.problem());
        if (token == QXmlStreamReader::EndDocument) {
            if (!stream.finish())
                return XlsxArchive::damaged(fileName, part, stream.problem());
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

} // namespace

Core::Result<XlsxWorkbook> XlsxWorkbook::read(unzFile zip, const QString &fileName)
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

    XlsxWorkbook workbook;
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
            return XlsxArchive::damaged(fileName, workbookPart, stream.problem());
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
                Sheet{attributes.value(QStringLiteral("name")).toString(), QString(), false});
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

QStringList XlsxWorkbook::worksheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : sheets) {
        if (sheet.worksheet)
            names.append(sheet.name);
    }
    return names;
}

Core::Result<std::vector<NumberKind>> XlsxWorkbook::readStyles(unzFile zip, const QString &part,
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
            return XlsxArchive::damaged(fileName, part, stream.problem());
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

Core::Result<QStringList> XlsxWorkbook::readSharedStrings(unzFile zip, const QString &part,
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
            return XlsxArchive::damaged(fileName, part, stream.problem());
        if (token == QXmlStreamReader::EndDocument) {
            if (!stream.finish())
                return XlsxArchive::damaged(fileName, part, stream.problem());
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

} // namespace Hearth::Orders::Internal
