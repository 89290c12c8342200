#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStyleFactory>

namespace Hearth::Widgets {

namespace {

constexpr QRgb Accent = 0x2563eb;
constexpr QRgb AccentLight = 0xdbe7fe;
constexpr QRgb Window = 0xf5f6f8;
constexpr QRgb Base = 0xffffff;
constexpr QRgb AlternateBase = 0xf8f9fb;
constexpr QRgb Text = 0x1f2329;
constexpr QRgb Muted = 0x6b7280;
constexpr QRgb Border = 0xd6dbe2;

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(Window));
    p.setColor(QPalette::WindowText, QColor(Text));
    p.setColor(QPalette::Base, QColor(Base));
    p.setColor(QPalette::AlternateBase, QColor(AlternateBase));
    p.setColor(QPalette::ToolTipBase, QColor(0xfffbe6));
    p.setColor(QPalette::ToolTipText, QColor(Text));
    p.setColor(QPalette::PlaceholderText, QColor(0x9aa1ab));
    p.setColor(QPalette::Text, QColor(Text));
    p.setColor(QPalette::Button, QColor(0xfbfbfc));
    p.setColor(QPalette::ButtonText, QColor(Text));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(Accent));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(Accent));
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xeceff3));
    p.setColor(QPalette::Mid, QColor(Border));
    p.setColor(QPalette::Dark, QColor(0xa0a7b1));
    p.setColor(QPalette::Shadow, QColor(0x6b7280));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa8aeb8));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf3f4f6));
    return p;
}

} // namespace

void Theme::apply(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(lightPalette());
    app.setFont(font());
    app.setStyleSheet(styleSheet());
}

QFont Theme::font()
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Microsoft YaHei UI"),
                   QStringLiteral("PingFang SC"), QStringLiteral("Source Han Sans SC"),
                   QStringLiteral("WenQuanYi Micro Hei")});
    f.setPointSizeF(10);
    return f;
}

QColor Theme::accent()
{
    return QColor(Accent);
}

QColor Theme::mutedText()
{
    return QColor(Muted);
}

QIcon Theme::icon(IconKind kind)
{
    return icon(kind, QColor(0x3b4552));
}

QIcon Theme::icon(IconKind kind, const QColor &color)
{
    return QIcon(new PaintedIconEngine(kind, color));
}

QPixmap Theme::logo(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 48.0, size / 48.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(Accent));
    p.drawRoundedRect(QRectF(0, 0, 48, 48), 11, 11);

    QPainterPath house;
    house.moveTo(24, 9);
    house.lineTo(38, 21);
    house.lineTo(38, 38);
    house.lineTo(10, 38);
    house.lineTo(10, 21);
    house.closeSubpath();
    p.setPen(QPen(Qt::white, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(house);

    QPainterPath flame;
    flame.moveTo(24, 35);
    flame.cubicTo(17, 35, 17, 27, 21, 23);
    flame.cubicTo(21, 27, 23, 28, 24, 28);
    flame.cubicTo(23, 24, 25, 20, 28, 19);
    flame.cubicTo(27, 23, 31, 26, 31, 30);
    flame.cubicTo(31, 33, 28, 35, 24, 35);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xf59e0b));
    p.drawPath(flame);
    return pixmap;
}

QString Theme::styleSheet()
{
    const QString accent = QColor(Accent).name();
    const QString accentLight = QColor(AccentLight).name();
    const QString border = QColor(Border).name();
    const QString muted = QColor(Muted).name();
    return QStringLiteral(R"(
QTreeView#navigation, QListView#navigation {
    background: #eef1f5; border: none; border-right: 1px solid %3; padding: 8px 6px;
    outline: 0;
}
QTreeView#navigation::item, QListView#navigation::item {
    min-height: 30px; padding: 2px 6px; border-radius: 6px; color: #2b323b;
}
QTreeView#navigation::item:hover:!selected { background: #e2e7ee; }
QTreeView#navigation::item:selected { background: %2; color: #1d4ed8; }
QTreeView#navigation::branch { background: transparent; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; color: #111827; }
QLabel#pageSubtitle { color: %4; }
QLabel#errorText { color: #b91c1c; }
QLabel#statusField { color: #374151; padding: 0 6px; }
QStatusBar { background: #f0f2f5; border-top: 1px solid %3; }
QStatusBar::item { border: none; }
QMenuBar { background: #ffffff; border-bottom: 1px solid #e5e7eb; }
QMenuBar::item { padding: 4px 10px; background: transparent; }
QMenuBar::item:selected { background: %2; color: #1d4ed8; border-radius: 4px; }
QMenu { background: #ffffff; border: 1px solid %3; padding: 4px; }
QMenu::item { padding: 5px 28px 5px 24px; border-radius: 4px; }
QMenu::item:selected { background: %2; color: #1d4ed8; }
QMenu::item:disabled { color: #a8aeb8; }
QMenu::separator { height: 1px; background: #e5e7eb; margin: 4px 8px; }
QHeaderView::section {
    background: #f3f4f6; color: #374151; font-weight: 600; padding: 6px 8px;
    border: none; border-bottom: 1px solid #e5e7eb; border-right: 1px solid #eceef1;
}
QTableView, QTreeView, QListView {
    border: 1px solid #e5e7eb; gridline-color: #eef0f3;
    selection-background-color: %2; selection-color: #111827;
}
QPushButton {
    padding: 5px 14px; border: 1px solid #cfd5dd; border-radius: 6px; background: #ffffff;
    min-height: 20px;
}
QPushButton:hover { background: #f3f6fb; border-color: #9db4e8; }
QPushButton:pressed { background: #e6edf9; }
QPushButton:disabled { color: #a8aeb8; background: #f5f6f8; border-color: #e1e4e8; }
QPushButton[primary="true"], QPushButton:default {
    background: %1; color: #ffffff; border-color: %1;
}
QPushButton[primary="true"]:hover, QPushButton:default:hover { background: #1d4ed8; }
QPushButton[primary="true"]:disabled, QPushButton:default:disabled {
    background: #9db4e8; border-color: #9db4e8; color: #ffffff;
}
QToolBar { background: transparent; border: none; spacing: 6px; }
QToolButton { padding: 4px 8px; border-radius: 6px; border: 1px solid transparent; }
QToolButton:hover { background: #e8edf5; border-color: #d5deea; }
QToolButton:disabled { color: #a8aeb8; }
QToolButton#pageAction {
    padding: 5px 12px; border: 1px solid #cfd5dd; background: #ffffff;
}
QToolButton#pageAction:hover { background: #f3f6fb; border-color: #9db4e8; }
QToolButton#pageAction:disabled { background: #f5f6f8; border-color: #e1e4e8; }
QToolButton#pageAction[primary="true"] { background: %1; color: #ffffff; border-color: %1; }
QToolButton#pageAction[primary="true"]:hover { background: #1d4ed8; }
QToolButton#pageAction[primary="true"]:disabled {
    background: #9db4e8; border-color: #9db4e8; color: #ffffff;
}
QGroupBox { font-weight: 600; border: 1px solid #e5e7eb; border-radius: 8px; margin-top: 1.25em;
            padding: 10px 8px 8px 8px; background: #ffffff; }
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 6px; top: 0px;
    padding: 0 4px;
}
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
)")
        .arg(accent, accentLight, border, muted);
}

} // namespace Hearth::Widgets
