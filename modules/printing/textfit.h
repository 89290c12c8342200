#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace Hearth::Printing {

/// Fits text into a printed width, in the font's pixels (printer dots): one line cut with an
/// ellipsis, or lines broken where Chinese and English allow, the last one cut.
class TextFit
{
public:
    static QString elided(const QString &text, const QFont &font, int width);
    static QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines);
    static int width(const QString &text, const QFont &font);
    /// The font made smaller, a pixel at a time down to minimumPixels, until text fits width.
    static QFont shrunk(const QString &text, const QFont &font, int width, int minimumPixels);
    /// The distance from one baseline to the next.
    static int lineHeight(const QFont &font);
};

} // namespace Hearth::Printing
