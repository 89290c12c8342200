#include "printfonts.h"

#include "printinglog.h"

#include <QFontDatabase>

#include <cmath>

namespace Hearth::Printing {

namespace {

QStringList preferredFamilies()
{
    return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
            QStringLiteral("SimHei"), QStringLiteral("Droid Sans Fallback")};
}

QStringList chineseFamilies()
{
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList found;
    for (const QString &family : preferredFamilies()) {
        if (installed.contains(family))
            found.append(family);
    }
    for (const QString &family : installed) {
        if (!found.contains(family))
            found.append(family);
    }
    return found;
}

} // namespace

QStringList PrintFonts::families()
{
    static const QStringList families = [] {
        QStringList found = chineseFamilies();
        if (found.isEmpty()) {
            qCWarning(lcPrinting) << "no font covering Simplified Chinese is installed;"
                                  << "printed Chinese will show as boxes";
            found = preferredFamilies();
        }
        return found;
    }();
    return families;
}

QFont PrintFonts::font(double points, int dpi, bool bold, bool crisp)
{
    QFont font;
    font.setFamilies(families());
    font.setPixelSize(std::max(1, int(std::lround(points * dpi / 72.0))));
    font.setBold(bold);
    // Shaping would swap digits for glyphs outside the font's character map (Noto Sans CJK),
    // which the PDF's text then loses; plain glyphs print the same.
    font.setStyleStrategy(QFont::PreferNoShaping);
    if (crisp) {
        font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferNoShaping
                                                   | QFont::NoAntialias));
        font.setHintingPreference(QFont::PreferFullHinting);
    } else {
        font.setHintingPreference(QFont::PreferNoHinting);
    }
    return font;
}

Core::Status PrintFonts::checkChinese()
{
    if (!chineseFamilies().isEmpty())
        return {};
    return Core::Error{tr("No font for Chinese is installed (looked for %1); install "
                          "fonts-wqy-microhei so that printed Chinese is not lost")
                           .arg(preferredFamilies().join(QStringLiteral(", "))),
                       tr("Printing")};
}

} // namespace Hearth::Printing
