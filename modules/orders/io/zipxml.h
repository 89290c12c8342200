#pragma once

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

namespace Hearth::Orders::Internal {

/// Streams one part of a zip archive into a QXmlStreamReader, a chunk at a time.
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

} // namespace Hearth::Orders::Internal
