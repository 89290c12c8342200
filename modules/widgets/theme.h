#pragma once

#include "paintediconengine.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPixmap>

class QApplication;

namespace Hearth::Widgets {

/// Hearth's light look: the Fusion style with our palette, a font that renders Chinese, a style
/// sheet for the shell's parts, and the painted icons. Object names the sheet knows:
/// "navigation" (the shell's page list), "pageTitle" and "pageSubtitle" (PageHeader),
/// "statusField" (StatusBar), and the property primary=true on a QPushButton.
class Theme
{
public:
    static void apply(QApplication &app);

    /// The UI font: Noto Sans CJK SC where installed, the platform's Chinese UI font elsewhere.
    static QFont font();
    static QColor accent();
    static QColor mutedText();
    static QIcon icon(IconKind kind);
    static QIcon icon(IconKind kind, const QColor &color);
    static QString styleSheet();
    /// Hearth's mark: a house with a fire in it on the accent colour.
    static QPixmap logo(int size);
};

} // namespace Hearth::Widgets
