#pragma once

#include <QColor>
#include <QIconEngine>

namespace Hearth::Widgets {

/// The line icons that Hearth draws itself, so that it needs no icon theme or image files.
enum class IconKind {
    Orders, Users, Settings, Import, Export, Database, Info, Key, Plus, Edit, Lock, Unlock,
    Refresh, Search, SignOut, Grid, Box, Truck, Money, Calendar, Sync
};

/// Paints one IconKind at any size as a stroked outline in one colour; greyed when disabled.
class PaintedIconEngine : public QIconEngine
{
public:
    PaintedIconEngine(IconKind kind, const QColor &color);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
               QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;

private:
    IconKind m_kind;
    QColor m_color;
};

} // namespace Hearth::Widgets
