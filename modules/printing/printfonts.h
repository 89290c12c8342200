#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

namespace Hearth::Printing {

/// The fonts printed paperwork uses. WenQuanYi Micro Hei (Debian's fonts-wqy-microhei) comes
/// first: a TrueType font that Qt's PDF engine embeds as a subset (/FontFile2) with a character
/// map that gives the PDF's text back exactly. Noto Sans CJK SC embeds too, but Qt maps glyphs it
/// shares with the Kangxi radicals back to the radicals (工 is read as U+2F2F), so searching the
/// PDF for 工单 fails. Windows desks fall back to Microsoft YaHei or SimHei.
class PrintFonts
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Printing::PrintFonts)

public:
    /// Installed families in order of preference, the first one covering Simplified Chinese.
    static QStringList families();

    /// A font of the given size in points for a device of dpi dots an inch; crisp fonts have
    /// no anti-aliasing, for 1-bit thermal images.
    static QFont font(double points, int dpi, bool bold = false, bool crisp = false);

    /// An error naming the fonts looked for when none installed covers Simplified Chinese.
    static Core::Status checkChinese();
};

} // namespace Hearth::Printing
