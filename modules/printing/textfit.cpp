#include "textfit.h"

#include <QFontMetrics>
#include <QTextLayout>

#include <cmath>

namespace Hearth::Printing {

QString TextFit::elided(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).elidedText(text, Qt::ElideRight, std::max(0, width));
}

QStringList TextFit::wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList lines;
    if (maxLines <= 0 || width <= 0)
        return lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (paragraph.isEmpty())
            lines.append(QString());
    }
    if (lines.size() > maxLines) {
        const QString rest = QStringList(lines.mid(maxLines - 1)).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines.append(QFontMetrics(font).elidedText(rest + QChar(0x2026), Qt::ElideRight, width));
    }
    return lines;
}

int TextFit::width(const QString &text, const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(text);
}

QFont TextFit::shrunk(const QString &text, const QFont &font, int width, int minimumPixels)
{
    QFont smaller = font;
    while (smaller.pixelSize() > minimumPixels && TextFit::width(text, smaller) > width)
        smaller.setPixelSize(smaller.pixelSize() - 1);
    return smaller;
}

int TextFit::lineHeight(const QFont &font)
{
    return QFontMetrics(font).lineSpacing();
}

} // namespace Hearth::Printing
