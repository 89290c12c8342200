#include "zipxml.h"

#include <QCoreApplication>

namespace Hearth::Orders::Internal {

namespace {

constexpr int xmlChunkSize = 64 * 1024;

} // namespace

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

} // namespace Hearth::Orders::Internal
