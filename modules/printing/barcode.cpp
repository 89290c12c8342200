#include "barcode.h"

#include <QPainter>

#include <zint.h>

#include <cmath>
#include <memory>

namespace Hearth::Printing {

namespace {

constexpr double MmPerInch = 25.4;
constexpr int Utf8Eci = 26;
constexpr int QrEccLevelM = 2;

struct SymbolDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};
using SymbolPtr = std::unique_ptr<zint_symbol, SymbolDeleter>;

int zintSymbology(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Code128:
        return BARCODE_CODE128;
    case Symbology::Gs1_128:
        return BARCODE_GS1_128;
    case Symbology::QrCode:
        return BARCODE_QRCODE;
    case Symbology::DataMatrix:
        return BARCODE_DATAMATRIX;
    }
    return BARCODE_CODE128;
}

bool isLatin1(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

// zint 2.11 packs each row's modules into bits, least significant bit first.
bool moduleSet(const zint_symbol &symbol, int row, int column)
{
    return (symbol.encoded_data[row][column >> 3] >> (column & 7)) & 1;
}

double dotsToMm(int dots, int dpi)
{
    return dots * MmPerInch / dpi;
}

QString mm(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

Core::Result<Barcode> Barcode::encode(Symbology symbology, const QString &text)
{
    const QString name = symbologyName(symbology);
    if (text.isEmpty())
        return Core::Error{tr("%1 has no text to encode").arg(name), name};

    SymbolPtr symbol(ZBarcode_Create());
    if (!symbol)
        return Core::Error{tr("%1: zint could not allocate a symbol").arg(name), name};
    symbol->symbology = zintSymbology(symbology);
    symbol->input_mode = UNICODE_MODE;
    // A symbol zint calls non-compliant (a GS1 check digit or date that is wrong) is not printed.
    symbol->warn_level = WARN_FAIL_ALL;
    if (symbology == Symbology::Gs1_128) {
        symbol->input_mode = GS1_MODE;
        if (text.startsWith(QLatin1Char('(')))
            symbol->input_mode |= GS1PARENS_MODE;
    }
    if (symbology == Symbology::QrCode)
        symbol->option_1 = QrEccLevelM;
    if (symbology == Symbology::DataMatrix)
        symbol->option_3 = DM_SQUARE;
    if ((symbology == Symbology::QrCode || symbology == Symbology::DataMatrix) && !isLatin1(text))
        symbol->eci = Utf8Eci;

    const QByteArray data = text.toUtf8();
    const int status = ZBarcode_Encode(symbol.get(),
                                       reinterpret_cast<const unsigned char *>(data.constData()),
                                       int(data.size()));
    if (status >= ZINT_ERROR) {
        return Core::Error{tr("%1 cannot encode \"%2\": %3")
                               .arg(name, text, QString::fromUtf8(symbol->errtxt)),
                           name};
    }

    Barcode code;
    code.m_symbology = symbology;
    code.m_text = text;
    code.m_humanReadable = QString::fromUtf8(reinterpret_cast<const char *>(symbol->text));
    if (code.m_humanReadable.isEmpty())
        code.m_humanReadable = text;
    code.m_columns = symbol->width;
    code.m_rows = code.isLinear() ? 1 : symbol->rows;
    code.m_modules.reserve(code.m_columns * code.m_rows);
    for (int row = 0; row < code.m_rows; ++row) {
        for (int column = 0; column < code.m_columns; ++column)
            code.m_modules.append(moduleSet(*symbol, row, column));
    }
    return code;
}

QString Barcode::symbologyName(Symbology symbology)
{
    switch (symbology) {
    case Symbology::Code128:
        return tr("Code 128");
    case Symbology::Gs1_128:
        return tr("GS1-128");
    case Symbology::QrCode:
        return tr("QR code");
    case Symbology::DataMatrix:
        return tr("Data Matrix");
    }
    return {};
}

bool Barcode::isLinear() const
{
    return m_symbology == Symbology::Code128 || m_symbology == Symbology::Gs1_128;
}

bool Barcode::isDark(int row, int column) const
{
    if (row < 0 || row >= m_rows || column < 0 || column >= m_columns)
        return false;
    return m_modules.at(row * m_columns + column);
}

int Barcode::quietZoneModules() const
{
    // ISO/IEC 15417 (Code 128, GS1-128): 10X; ISO/IEC 18004 (QR): 4X; ISO/IEC 16022: 1X, where
    // a second module keeps a label's frame or text from touching the finder.
    switch (m_symbology) {
    case Symbology::Code128:
    case Symbology::Gs1_128:
        return 10;
    case Symbology::QrCode:
        return 4;
    case Symbology::DataMatrix:
        return 2;
    }
    return 10;
}

int Barcode::minimumModuleDots(const ModuleSize &size, int dpi)
{
    const double exact = size.minimumMm * dpi / MmPerInch;
    return std::max(2, int(std::ceil(exact - 0.01)));
}

Core::Result<BarcodeLayout> Barcode::layOut(const QRect &space, int dpi, const ModuleSize &size,
                                            Qt::Alignment alignment) const
{
    const QString name = symbologyName(m_symbology);
    if (dpi <= 0 || m_columns <= 0)
        return Core::Error{tr("%1 \"%2\" has no printer resolution").arg(name, m_text), name};

    const int quiet = quietZoneModules();
    const int wideModules = m_columns + 2 * quiet;
    const int highModules = isLinear() ? 0 : m_rows + 2 * quiet;
    const int minimumDots = minimumModuleDots(size, dpi);
    const int minimumHeightDots = isLinear()
        ? int(std::ceil(size.minimumHeightMm * dpi / MmPerInch - 0.01))
        : 0;
    const int largestDots = std::max(minimumDots, int(std::floor(size.maximumMm * dpi / MmPerInch
                                                                 + 0.01)));
    int dots = largestDots;
    while (dots >= minimumDots
           && (wideModules * dots > space.width() || highModules * dots > space.height())) {
        --dots;
    }
    if (dots < minimumDots || space.height() < minimumHeightDots) {
        const int needWidth = wideModules * minimumDots;
        const int needHeight = isLinear() ? minimumHeightDots : highModules * minimumDots;
        return Core::Error{
            tr("%1 \"%2\" does not fit: its %3 × %4 modules with quiet zones need %5 × %6 mm "
               "at %7 dpi (%8 dots a module), but only %9 × %10 mm is free")
                .arg(name, m_text)
                .arg(wideModules)
                .arg(isLinear() ? 1 : highModules)
                .arg(mm(dotsToMm(needWidth, dpi)), mm(dotsToMm(needHeight, dpi)))
                .arg(dpi)
                .arg(minimumDots)
                .arg(mm(dotsToMm(space.width(), dpi)), mm(dotsToMm(space.height(), dpi))),
            name};
    }

    const QSize footprintSize(wideModules * dots, isLinear() ? space.height() : highModules * dots);
    int x = space.left();
    if (alignment & Qt::AlignHCenter)
        x += (space.width() - footprintSize.width()) / 2;
    else if (alignment & Qt::AlignRight)
        x += space.width() - footprintSize.width();
    int y = space.top();
    if (alignment & Qt::AlignVCenter)
        y += (space.height() - footprintSize.height()) / 2;
    else if (alignment & Qt::AlignBottom)
        y += space.height() - footprintSize.height();

    BarcodeLayout layout;
    layout.dpi = dpi;
    layout.moduleDots = dots;
    layout.footprint = QRect(QPoint(x, y), footprintSize);
    const int verticalQuiet = isLinear() ? 0 : quiet * dots;
    layout.symbol = layout.footprint.adjusted(quiet * dots, verticalQuiet, -quiet * dots,
                                              -verticalQuiet);
    return layout;
}

void Barcode::paint(QPainter *painter, const BarcodeLayout &layout) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(layout.footprint, Qt::white);
    const int dots = layout.moduleDots;
    const int rowHeight = isLinear() ? layout.symbol.height() : dots;
    for (int row = 0; row < m_rows; ++row) {
        int column = 0;
        while (column < m_columns) {
            if (!isDark(row, column)) {
                ++column;
                continue;
            }
            const int start = column;
            while (column < m_columns && isDark(row, column))
                ++column;
            painter->fillRect(QRect(layout.symbol.left() + start * dots,
                                    layout.symbol.top() + row * rowHeight,
                                    (column - start) * dots, rowHeight),
                              Qt::black);
        }
    }
    painter->restore();
}

} // namespace Hearth::Printing
