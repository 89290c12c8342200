#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QString>

class QPainter;

namespace Hearth::Printing {

enum class Symbology {
    Code128,
    Gs1_128,     // text with AIs in parentheses "(01)09501101530003(17)261231(10)A1"
    QrCode,
    DataMatrix,
};

/// The module sizes a layout may choose from, in millimetres; the drawn module is always a
/// whole number of printer dots, and never fewer than two.
struct ModuleSize
{
    double minimumMm = 0.25;
    double maximumMm = 0.5;
    double minimumHeightMm = 5.0;  // bar height of a linear code
};

/// Where a code is drawn, in printer dots of one resolution.
struct BarcodeLayout
{
    int dpi = 0;
    int moduleDots = 0;
    QRect symbol;     // the bars or the matrix
    QRect footprint;  // the symbol and its quiet zones, painted white
};

/// A symbol as zint encodes it: dark and light modules, with no size yet. Layouts give each
/// module a whole number of dots at a printer's resolution, so that a thermal printer prints
/// every bar exactly as wide as the next one of the same width.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Printing::Barcode)

public:
    /// Encodes text with zint; a character or GS1 field the symbology cannot carry is an error
    /// that quotes zint's reason.
    static Core::Result<Barcode> encode(Symbology symbology, const QString &text);

    static QString symbologyName(Symbology symbology);

    Symbology symbology() const { return m_symbology; }
    QString text() const { return m_text; }
    QString humanReadableText() const { return m_humanReadable; }
    bool isLinear() const;
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    bool isDark(int row, int column) const;
    /// Modules of quiet zone each side: left and right for linear codes, all round for matrices.
    int quietZoneModules() const;

    /// The smallest whole number of dots a module may take at dpi.
    static int minimumModuleDots(const ModuleSize &size, int dpi);

    /// Places the code in space (dots at dpi) with the largest allowed module that fits,
    /// aligned as asked; refuses, naming the code and the sizes, when even the smallest
    /// module does not fit.
    Core::Result<BarcodeLayout> layOut(const QRect &space, int dpi, const ModuleSize &size = {},
                                       Qt::Alignment alignment = Qt::AlignCenter) const;

    /// Paints the code; the painter's units must be dots at layout.dpi, translated by whole
    /// dots only.
    void paint(QPainter *painter, const BarcodeLayout &layout) const;

private:
    Symbology m_symbology = Symbology::Code128;
    QString m_text;
    QString m_humanReadable;
    int m_columns = 0;
    int m_rows = 0;
    QList<bool> m_modules;  // row-major
};

} // namespace Hearth::Printing
