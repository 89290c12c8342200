#include "rowreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <utility>

namespace Hearth::Orders {

namespace {

constexpr qint64 chunkSize = 64 * 1024;
// Enough text to tell the encodings apart; the rest of the file is decoded as it is read.
constexpr qint64 detectionSampleSize = 4 * 1024 * 1024;

bool isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // unified ideographs
           || (c >= 0x3400 && c <= 0x4DBF)   // extension A
           || (c >= 0x20000 && c <= 0x3134F) // extensions B to G
           || (c >= 0xF900 && c <= 0xFAFF)   // compatibility ideographs
           || (c >= 0x3000 && c <= 0x303F)   // CJK punctuation: 、。《》
           || (c >= 0xFF00 && c <= 0xFFEF);  // full-width forms: ，：（）￥
}

// Chinese text in GB18030 is mostly two-byte characters from the GB2312 area, whose bytes are
// both 0xA1 or higher. Western text in Windows-1252 can also decode as GB18030 when an accented
// letter is followed by a plain one ("Müller"), but then the second byte is ASCII.
bool looksLikeGb2312Text(const QByteArray &bytes)
{
    int pairs = 0;
    int gb2312Pairs = 0;
    for (qsizetype i = 0; i + 1 < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        const uchar trail = uchar(bytes[i + 1]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        if (trail >= 0x30 && trail <= 0x39) { // four-byte sequence
            ++pairs;
            i += 4;
            continue;
        }
        ++pairs;
        if (lead >= 0xA1 && trail >= 0xA1)
            ++gb2312Pairs;
        i += 2;
    }
    return pairs > 0 && gb2312Pairs * 2 > pairs;
}

// A GB18030 four-byte sequence: lead 0x81-0xFE, 0x30-0x39, 0x81-0xFE, 0x30-0x39. Characters
// outside GBK take this form, among them the accented letters and the no-break space of
// Western text: such text in GB18030 has no Chinese but these sequences.
int gb18030FourByteSequences(const QByteArray &bytes)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < bytes.size();) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x81 || lead == 0xFF) {
            ++i;
            continue;
        }
        const uchar second = uchar(bytes[i + 1]);
        if (second >= 0x30 && second <= 0x39 && i + 3 < bytes.size()) {
            const uchar third = uchar(bytes[i + 2]);
            const uchar fourth = uchar(bytes[i + 3]);
            if (third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39)
                ++count;
            i += 4;
            continue;
        }
        i += 2;
    }
    return count;
}

// Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined: text that has them is not
// Windows-1252 (they would read as invisible C1 control characters).
qsizetype firstUndefinedIn1252(const QByteArray &bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar b = uchar(bytes[i]);
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            return i;
    }
    return -1;
}

bool isMostlyCjk(QStringView text)
{
    int nonAscii = 0;
    int cjk = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80)
            continue;
        ++nonAscii;
        if (isCjk(c))
            ++cjk;
    }
    return nonAscii > 0 && cjk * 2 > nonAscii;
}

// Excel keeps long ids as text when a CSV cell is written as a formula: ="3518..." (or quoted,
// "=""3518..."""). The value is what is inside the quotes.
void unwrapTextFormula(QString *cell)
{
    if (cell->size() >= 3 && cell->startsWith(u"=\"") && cell->endsWith(u'"')
        && QStringView(*cell).sliced(2, cell->size() - 3).indexOf(u'"') < 0) {
        cell->chop(1);
        cell->remove(0, 2);
    }
}

// Western text in GB18030 decodes to accented letters, quotes and dashes; Windows-1252 text
// that happens to decode as GB18030 gives ideographs or private-use characters instead.
bool isMostlyWestern(QStringView text)
{
    int nonAscii = 0;
    int western = 0;
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x80)
            continue;
        ++nonAscii;
        if ((c >= 0xA0 && c <= 0x17F) || (c >= 0x2010 && c <= 0x206F) || c == 0x20AC)
            ++western;
    }
    return nonAscii > 0 && western * 2 > nonAscii;
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool allEmpty(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!QStringView(cell).trimmed().isEmpty())
            return false;
    }
    return true;
}

/// A CSV file read a chunk at a time, decoded as it goes, one record at a time.
class CsvReader final : public RowReader
{
public:
    CsvReader(const QString &path, TextEncoding encoding);

    std::optional<Core::Error> open();

    QStringList headers() const override { return m_headers; }
    bool readRow(QStringList *cells, int *rowNumber) override;
    std::optional<Core::Error> error() const override { return m_error; }
    bool rewind() override;
    int permille() const override;
    QString detail() const override { return encodingName(m_encoding); }

private:
    enum class Step { Record, End, Failed };

    bool start();
    bool readHeader();
    QChar detectDelimiter();
    bool skipBlankLines();
    bool skipSeparatorHint();
    Step readRecord(QStringList *fields, int *startLine);
    qsizetype plainRun(bool quoted) const;
    bool consumeLineBreak();
    bool ensure();
    bool fill();
    void compact();
    void fail(int line, const QString &message);

    QString m_fileName;
    TextEncoding m_encoding;
    QFile m_file;
    QStringDecoder m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_invalidAt = -1; // where the decoder first met bytes it could not decode
    bool m_endOfFile = false;
    int m_line = 1;
    QChar m_delimiter = u',';
    bool m_delimiterFromHint = false;
    QStringList m_headers;
    std::optional<Core::Error> m_error;
};

CsvReader::CsvReader(const QString &path, TextEncoding encoding)
    : m_fileName(QFileInfo(path).fileName())
    , m_encoding(encoding)
    , m_file(path)
{
}

std::optional<Core::Error> CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        return Core::Error{QCoreApplication::translate("Hearth::Orders",
                                                       "the file cannot be opened: %1")
                               .arg(m_file.errorString()),
                           m_fileName};
    }

    const QByteArray sample = m_file.read(detectionSampleSize);
    const bool utf16Bom = sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF");
    if (m_encoding != TextEncoding::Utf16 && !utf16Bom && sample.contains('\0')) {
        const QString message = sample.startsWith("PK\x03\x04")
            ? QCoreApplication::translate("Hearth::Orders",
                                          "this is not a CSV text file but a zip archive; an "
                                          "Excel workbook must be imported as .xlsx")
            : QCoreApplication::translate("Hearth::Orders",
                                          "this is not a CSV text file: it holds binary data; "
                                          "if it is UTF-16 text, choose that encoding");
        return Core::Error{message, m_fileName};
    }
    if (m_encoding == TextEncoding::Auto) {
        m_encoding = detectEncoding(sample);
        // Found by elimination, but with bytes that Windows-1252 does not define: the text is
        // in another encoding, which the user must name.
        if (const qsizetype at = firstUndefinedIn1252(sample);
            m_encoding == TextEncoding::Windows1252 && at >= 0) {
            const int line = int(sample.left(at).count('\n')) + 1;
            return Core::Error{
                QCoreApplication::translate("Hearth::Orders",
                                            "the text is not UTF-8, GB18030 or Windows-1252 "
                                            "(byte 0x%1); choose the file's encoding for the "
                                            "import")
                    .arg(uchar(sample[at]), 2, 16, QLatin1Char('0')),
                QCoreApplication::translate("Hearth::Orders", "%1, line %2")
                    .arg(m_fileName)
                    .arg(line)};
        }
    }

    if (!start() || !readHeader())
        return m_error;
    return std::nullopt;
}

// Positions the reader at the start of the file with a fresh decoder.
bool CsvReader::start()
{
    m_text.clear();
    m_pos = 0;
    m_invalidAt = -1;
    m_endOfFile = false;
    m_line = 1;
    m_error.reset();
    if (!m_file.seek(0)) {
        fail(1, QCoreApplication::translate("Hearth::Orders", "the file cannot be read: %1")
                    .arg(m_file.errorString()));
        return false;
    }

    switch (m_encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
        break;
    case TextEncoding::Utf16:
        // Reads the byte order from the BOM; without one, little-endian as Windows writes it.
        m_decoder = QStringDecoder(QStringDecoder::Utf16);
        break;
    case TextEncoding::Gb18030:
        m_decoder = QStringDecoder("GB18030");
        break;
    case TextEncoding::Windows1252:
        m_decoder = QStringDecoder("windows-1252");
        break;
    }
    if (!m_decoder.isValid()) {
        m_error = Core::Error{QCoreApplication::translate(
                                  "Hearth::Orders",
                                  "this system cannot decode %1 text (Qt was built without ICU)")
                                  .arg(encodingName(m_encoding)),
                              m_fileName};
        return false;
    }
    return true;
}

bool CsvReader::readHeader()
{
    if (!skipBlankLines() || !skipSeparatorHint() || !skipBlankLines()) {
        if (!m_error) {
            m_error = Core::Error{
                QCoreApplication::translate("Hearth::Orders",
                                            "the file is empty; expected a header row"),
                m_fileName};
        }
        return false;
    }
    if (!m_delimiterFromHint)
        m_delimiter = detectDelimiter();
    if (m_error)
        return false;

    QStringList fields;
    int line = 0;
    do {
        const Step step = readRecord(&fields, &line);
        if (step == Step::End) {
            m_error = Core::Error{
                QCoreApplication::translate("Hearth::Orders",
                                            "the file is empty; expected a header row"),
                m_fileName};
        }
        if (step != Step::Record)
            return false;
    } while (allEmpty(fields));
    m_headers.clear();
    for (QString &field : fields) {
        if (m_headers.isEmpty() && field.startsWith(QChar(0xFEFF)))
            field.remove(0, 1);
        m_headers.append(field.trimmed());
    }
    while (!m_headers.isEmpty() && m_headers.constLast().isEmpty())
        m_headers.removeLast();
    return true;
}

// Excel understands a first line "sep=;" naming the delimiter; honour it and skip it.
bool CsvReader::skipSeparatorHint()
{
    while (m_text.size() - m_pos < 6 && fill()) {
    }
    if (m_error)
        return false;
    const QStringView rest = QStringView(m_text).mid(m_pos);
    if (rest.size() >= 5 && rest.startsWith(u"sep=", Qt::CaseInsensitive)
        && (rest.size() == 5 || isLineBreak(rest[5]))) {
        m_delimiter = rest[4];
        m_delimiterFromHint = true;
        m_pos += 5;
        consumeLineBreak();
    }
    return ensure();
}

bool CsvReader::skipBlankLines()
{
    while (ensure()) {
        const QChar c = m_text[m_pos];
        if (!isLineBreak(c))
            return true;
        consumeLineBreak();
    }
    return false;
}

// Counts the candidate delimiters outside quotes on the header line; the most frequent wins.
QChar CsvReader::detectDelimiter()
{
    constexpr QChar candidates[] = {u',', u';', u'\t'};
    int counts[] = {0, 0, 0};
    bool inQuotes = false;
    for (qsizetype i = m_pos;; ++i) {
        while (i >= m_text.size() && fill()) {
        }
        if (i >= m_text.size())
            break;
        const QChar c = m_text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
            continue;
        }
        if (inQuotes)
            continue;
        if (isLineBreak(c))
            break;
        for (int k = 0; k < 3; ++k) {
            if (c == candidates[k])
                ++counts[k];
        }
    }
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

bool CsvReader::readRow(QStringList *cells, int *rowNumber)
{
    if (m_error)
        return false;
    QStringList fields;
    fields.reserve(m_headers.size());
    int line = 0;
    for (;;) {
        if (readRecord(&fields, &line) != Step::Record)
            return false;
        if (!allEmpty(fields))
            break;
    }

    const qsizetype width = m_headers.size();
    while (fields.size() > width && fields.constLast().isEmpty())
        fields.removeLast();
    if (fields.size() > width) {
        fail(line, QCoreApplication::translate("Hearth::Orders",
                                               "this row has %1 fields but the header has %2; "
                                               "check the delimiter and the quoting")
                       .arg(fields.size())
                       .arg(width));
        return false;
    }
    for (QString &field : fields)
        unwrapTextFormula(&field);
    while (fields.size() < width)
        fields.append(QString());
    *cells = std::move(fields);
    *rowNumber = line;
    return true;
}

// Reads one record: fields split by the delimiter, up to a line break outside quotes.
CsvReader::Step CsvReader::readRecord(QStringList *fields, int *startLine)
{
    fields->clear();
    compact();
    if (!ensure())
        return m_error ? Step::Failed : Step::End;

    *startLine = m_line;
    QString field;
    bool atFieldStart = true;
    for (;;) {
        if (!ensure()) {
            if (m_error)
                return Step::Failed;
            fields->append(field);
            return Step::Record;
        }
        const QChar c = m_text[m_pos];
        if (atFieldStart && c == u'"') {
            const int quoteLine = m_line;
            ++m_pos;
            for (;;) {
                if (!ensure()) {
                    if (!m_error) {
                        fail(quoteLine, QCoreApplication::translate(
                                            "Hearth::Orders",
                                            "a quoted field is not closed; expected a closing "
                                            "double quote (\") before the end of the file"));
                    }
                    return Step::Failed;
                }
                if (const qsizetype run = plainRun(true); run > 0) {
                    field.append(QStringView(m_text).mid(m_pos, run));
                    m_pos += run;
                    continue;
                }
                const QChar q = m_text[m_pos];
                if (q == u'"') {
                    ++m_pos;
                    if (ensure() && m_text[m_pos] == u'"') {
                        field += u'"';
                        ++m_pos;
                        continue;
                    }
                    if (m_error)
                        return Step::Failed;
                    break;
                }
                consumeLineBreak();
                field += u'\n';
            }
            atFieldStart = false;
            continue;
        }
        if (c == m_delimiter) {
            fields->append(std::exchange(field, QString()));
            atFieldStart = true;
            ++m_pos;
            continue;
        }
        if (isLineBreak(c)) {
            consumeLineBreak();
            fields->append(std::exchange(field, QString()));
            return Step::Record;
        }
        const qsizetype run = plainRun(false);
        field.append(QStringView(m_text).mid(m_pos, run));
        atFieldStart = false;
        m_pos += run;
    }
}

// How many characters from m_pos up to the next line break, or the next delimiter (outside
// quotes) or double quote (inside), within the text decoded so far; copied as one piece.
qsizetype CsvReader::plainRun(bool quoted) const
{
    const qsizetype end = m_invalidAt >= 0 ? std::min(m_invalidAt, m_text.size()) : m_text.size();
    const char16_t stop = quoted ? u'"' : m_delimiter.unicode();
    const char16_t *text = reinterpret_cast<const char16_t *>(m_text.constData());
    qsizetype i = m_pos;
    while (i < end && text[i] != stop && text[i] != u'\n' && text[i] != u'\r')
        ++i;
    return i - m_pos;
}

// Consumes CRLF, LF or a lone CR as one line break.
bool CsvReader::consumeLineBreak()
{
    const QChar c = m_text[m_pos++];
    ++m_line;
    if (c == u'\r' && ensure() && m_text[m_pos] == u'\n')
        ++m_pos;
    return !m_error;
}

// True when there is text at m_pos; false at the end of the file or on an error.
bool CsvReader::ensure()
{
    while (m_pos >= m_text.size()) {
        if (!fill())
            return false;
    }
    if (m_invalidAt >= 0 && m_pos >= m_invalidAt) {
        if (!m_error) {
            fail(m_line, QCoreApplication::translate("Hearth::Orders",
                                                     "the text is not valid %1 here; choose "
                                                     "the file's encoding for the import")
                             .arg(encodingName(m_encoding)));
        }
        return false;
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_endOfFile || m_error)
        return false;
    const QByteArray bytes = m_file.read(chunkSize);
    if (bytes.isEmpty()) {
        m_endOfFile = true;
        if (m_file.error() != QFileDevice::NoError) {
            fail(m_line, QCoreApplication::translate("Hearth::Orders",
                                                     "the file cannot be read: %1")
                             .arg(m_file.errorString()));
        }
        return false;
    }
    const qsizetype appendedAt = m_text.size();
    const bool hadError = m_decoder.hasError();
    m_text += m_decoder.decode(bytes);
    if (!hadError && m_decoder.hasError()) {
        const qsizetype bad = m_text.indexOf(QChar::ReplacementCharacter, appendedAt);
        m_invalidAt = bad >= 0 ? bad : appendedAt;
    }
    return true;
}

// Drops the text already parsed, so that memory stays at about one chunk and one record.
void CsvReader::compact()
{
    if (m_pos < chunkSize)
        return;
    m_text.remove(0, m_pos);
    if (m_invalidAt >= 0)
        m_invalidAt -= m_pos;
    m_pos = 0;
}

void CsvReader::fail(int line, const QString &message)
{
    m_error = Core::Error{message,
                          QCoreApplication::translate("Hearth::Orders", "%1, line %2")
                              .arg(m_fileName)
                              .arg(line)};
}

bool CsvReader::rewind()
{
    m_delimiterFromHint = false;
    return start() && readHeader();
}

int CsvReader::permille() const
{
    const qint64 size = m_file.size();
    if (size <= 0 || (m_endOfFile && m_pos >= m_text.size()))
        return 1000;
    // The file position runs ahead of the parser by at most one chunk.
    const qint64 parsed = m_file.pos() - qint64(m_text.size() - m_pos);
    return int(std::clamp<qint64>(parsed * 1000 / size, 0, 1000));
}

} // namespace

TextEncoding detectEncoding(const QByteArray &sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return TextEncoding::Utf8;
    if (sample.startsWith("\xFF\xFE") || sample.startsWith("\xFE\xFF"))
        return TextEncoding::Utf16;

    // A sample cut inside a character is still valid: the decoder keeps the partial bytes.
    QStringDecoder utf8(QStringDecoder::Utf8);
    [[maybe_unused]] const QString asUtf8 = utf8.decode(sample);
    if (!utf8.hasError())
        return TextEncoding::Utf8;

    // GB18030 when the bytes decode cleanly and read as Chinese, or as Western text (which
    // has no Chinese but GB18030's four-byte sequences and its two-byte accents and quotes),
    // or hold bytes that Windows-1252 does not define.
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        const QString asGb = gb18030.decode(sample);
        if (!gb18030.hasError()
            && ((isMostlyCjk(asGb) && looksLikeGb2312Text(sample)) || isMostlyWestern(asGb)
                || gb18030FourByteSequences(sample) > 0 || firstUndefinedIn1252(sample) >= 0))
            return TextEncoding::Gb18030;
    }
    return TextEncoding::Windows1252;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    }
    return QString();
}

std::optional<TextEncoding> encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(u'-');
    key.remove(u'_');
    key.remove(u' ');
    if (key == u"auto" || key.isEmpty())
        return TextEncoding::Auto;
    if (key == u"utf8")
        return TextEncoding::Utf8;
    // GB18030 is a superset of GBK and GB2312, so their files read correctly with it.
    if (key == u"gb18030" || key == u"gbk" || key == u"gb2312" || key == u"cp936")
        return TextEncoding::Gb18030;
    // As in web browsers, Latin-1 labels mean Windows-1252, its superset in practice.
    if (key == u"windows1252" || key == u"cp1252" || key == u"latin1" || key == u"iso88591")
        return TextEncoding::Windows1252;
    if (key == u"utf16" || key == u"utf16le" || key == u"utf16be" || key == u"ucs2")
        return TextEncoding::Utf16;
    return std::nullopt;
}

Core::Result<std::unique_ptr<RowReader>> openCsv(const QString &path, TextEncoding encoding)
{
    auto reader = std::make_unique<CsvReader>(path, encoding);
    if (auto failure = reader->open())
        return *failure;
    return std::unique_ptr<RowReader>(std::move(reader));
}

} // namespace Hearth::Orders
