#pragma once

// Reads printed codes back, as a scanner at the station would: zxing-cpp decodes the images
// the printing module renders, and the bars are measured in whole dots.

#include <QByteArray>
#include <QImage>
#include <QRegularExpression>
#include <QList>
#include <QProcess>
#include <QRect>
#include <QStandardPaths>
#include <QString>

#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8
#endif
#include <ZXing/ReadBarcode.h>

#include <numeric>

namespace PrintedCodes {

struct Decoded
{
    QString text;
    QString symbologyId;  // "]C1" for GS1-128, "]C0" for Code 128, "]Q1" for QR
    ZXing::BarcodeFormat format = ZXing::BarcodeFormat::None;
    QRect bounds;
};

inline QList<Decoded> decodeAll(const QImage &image, ZXing::BarcodeFormats formats)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(formats);
    hints.setTryHarder(true);
    hints.setTryRotate(false);
    hints.setTryDownscale(false);
    QList<Decoded> found;
    for (const ZXing::Result &result : ZXing::ReadBarcodes(view, hints)) {
        if (!result.isValid())
            continue;
        Decoded decoded;
        decoded.text = QString::fromStdString(result.text());
        decoded.symbologyId = QString::fromStdString(result.symbologyIdentifier());
        decoded.format = result.format();
        const ZXing::Position &p = result.position();
        int left = grey.width(), top = grey.height(), right = 0, bottom = 0;
        for (const ZXing::PointI &point : {p.topLeft(), p.topRight(), p.bottomLeft(),
                                           p.bottomRight()}) {
            left = std::min(left, point.x);
            top = std::min(top, point.y);
            right = std::max(right, point.x);
            bottom = std::max(bottom, point.y);
        }
        decoded.bounds = QRect(QPoint(left, top), QPoint(right, bottom));
        found.append(decoded);
    }
    return found;
}

inline QStringList texts(const QList<Decoded> &decoded)
{
    QStringList result;
    for (const Decoded &d : decoded)
        result.append(d.text);
    result.sort();
    return result;
}

/// Dark and light run lengths along one row between the first and last dark dot in
/// [left, right].
inline QList<int> runs(const QImage &image, int y, int left, int right)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const uchar *line = grey.constScanLine(y);
    left = std::max(0, left);
    right = std::min(grey.width() - 1, right);
    while (left <= right && line[left] >= 128)
        ++left;
    while (right >= left && line[right] >= 128)
        --right;
    QList<int> lengths;
    int x = left;
    while (x <= right) {
        const bool dark = line[x] < 128;
        int end = x;
        while (end <= right && (line[end] < 128) == dark)
            ++end;
        lengths.append(end - x);
        x = end;
    }
    return lengths;
}

/// The largest whole number of dots every run is a multiple of: the printed module width.
inline int moduleDots(const QList<int> &lengths)
{
    int divisor = 0;
    for (int length : lengths)
        divisor = std::gcd(divisor, length);
    return divisor;
}

inline QString pdftoppm()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
}

/// One page of a PDF as poppler rasterises it, or a null image when pdftoppm is missing.
inline QImage rasterisePdf(const QString &pdf, int page, int dpi, const QString &outputStem)
{
    if (pdftoppm().isEmpty())
        return {};
    QProcess process;
    process.start(pdftoppm(), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-f"),
                               QString::number(page), QStringLiteral("-l"),
                               QString::number(page), QStringLiteral("-gray"),
                               QStringLiteral("-singlefile"), pdf, outputStem});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QImage(outputStem + QStringLiteral(".pgm"));
}

/// The fonts a PDF's font descriptors name, with whether a font program is embedded with each
/// (/FontFile2 TrueType or /FontFile3 CFF).
struct PdfFont
{
    QString name;
    bool embedded = false;
};

inline QList<PdfFont> pdfFonts(const QByteArray &pdf)
{
    QList<PdfFont> fonts;
    static const QRegularExpression object(QStringLiteral("\\d+ 0 obj(.*?)endobj"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression name(QStringLiteral("/FontName /([^\\s/]+)"));
    const QString text = QString::fromLatin1(pdf);
    for (auto it = object.globalMatch(text); it.hasNext();) {
        const QString body = it.next().captured(1);
        if (!body.contains(QLatin1String("/Type /FontDescriptor")))
            continue;
        PdfFont font;
        font.name = name.match(body).captured(1);
        font.embedded = body.contains(QLatin1String("/FontFile2"))
            || body.contains(QLatin1String("/FontFile3"));
        fonts.append(font);
    }
    return fonts;
}

/// Every character map (ToUnicode) of the PDF, joined: "<5de5>" in it means the embedded
/// fonts draw 工. Qt writes these streams uncompressed.
inline QByteArray pdfCharacterMaps(const QByteArray &pdf)
{
    QByteArray maps;
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            break;
        maps += pdf.mid(from, end - from).toLower();
        from = end;
    }
    return maps;
}

inline int pdfPageCount(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n")) + int(pdf.count("/Type /Page\r"))
        + int(pdf.count("/Type /Page/")) + int(pdf.count("/Type /Page>"));
}

} // namespace PrintedCodes
