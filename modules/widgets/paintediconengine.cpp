#include "paintediconengine.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>
#include <numbers>

namespace Hearth::Widgets {

namespace {

// Every icon is drawn on a 24 x 24 grid with a 1.8 wide round pen.
void drawShape(QPainter &p, IconKind kind)
{
    switch (kind) {
    case IconKind::Orders:
        p.drawRoundedRect(QRectF(5, 4, 14, 17), 2, 2);
        p.drawRoundedRect(QRectF(9, 2.5, 6, 3.5), 1, 1);
        p.drawLine(QPointF(8.5, 10), QPointF(15.5, 10));
        p.drawLine(QPointF(8.5, 13.5), QPointF(15.5, 13.5));
        p.drawLine(QPointF(8.5, 17), QPointF(13, 17));
        break;
    case IconKind::Users: {
        p.drawEllipse(QPointF(9, 8), 3.5, 3.5);
        QPainterPath body;
        body.moveTo(2.5, 20);
        body.cubicTo(2.5, 14.5, 15.5, 14.5, 15.5, 20);
        p.drawPath(body);
        QPainterPath second;
        second.moveTo(15, 4.8);
        second.cubicTo(19, 5.2, 19, 11, 15, 11.3);
        p.drawPath(second);
        QPainterPath secondBody;
        secondBody.moveTo(17.5, 14.5);
        secondBody.cubicTo(20, 15.2, 21.5, 17, 21.5, 20);
        p.drawPath(secondBody);
        break;
    }
    case IconKind::Settings: {
        p.drawEllipse(QPointF(12, 12), 3, 3);
        QPainterPath gear;
        const int teeth = 8;
        for (int i = 0; i < teeth * 2; ++i) {
            const double a = i * std::numbers::pi / teeth;
            const double a2 = (i + 1) * std::numbers::pi / teeth;
            const double r = i % 2 == 0 ? 9.0 : 7.0;
            const QPointF p1(12 + r * std::cos(a), 12 + r * std::sin(a));
            const QPointF p2(12 + r * std::cos(a2), 12 + r * std::sin(a2));
            if (i == 0)
                gear.moveTo(p1);
            else
                gear.lineTo(p1);
            gear.lineTo(p2);
        }
        gear.closeSubpath();
        p.drawPath(gear);
        break;
    }
    case IconKind::Import:
    case IconKind::Export: {
        QPainterPath tray;
        tray.moveTo(3.5, 14);
        tray.lineTo(3.5, 20);
        tray.lineTo(20.5, 20);
        tray.lineTo(20.5, 14);
        p.drawPath(tray);
        p.drawLine(QPointF(12, 3), QPointF(12, 15));
        QPainterPath head;
        if (kind == IconKind::Import) {
            head.moveTo(7.5, 10.5);
            head.lineTo(12, 15);
            head.lineTo(16.5, 10.5);
        } else {
            head.moveTo(7.5, 7.5);
            head.lineTo(12, 3);
            head.lineTo(16.5, 7.5);
        }
        p.drawPath(head);
        break;
    }
    case IconKind::Database:
        p.drawEllipse(QRectF(4.5, 3, 15, 5));
        p.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 18.5));
        p.drawLine(QPointF(19.5, 5.5), QPointF(19.5, 18.5));
        p.drawArc(QRectF(4.5, 9.5, 15, 5), 180 * 16, 180 * 16);
        p.drawArc(QRectF(4.5, 16, 15, 5), 180 * 16, 180 * 16);
        break;
    case IconKind::Info:
        p.drawEllipse(QPointF(12, 12), 9, 9);
        p.drawLine(QPointF(12, 11), QPointF(12, 16.5));
        p.drawPoint(QPointF(12, 7.8));
        break;
    case IconKind::Key:
        p.drawEllipse(QPointF(7.5, 15.5), 4, 4);
        p.drawLine(QPointF(10.5, 12.5), QPointF(20, 3));
        p.drawLine(QPointF(16, 7), QPointF(19, 10));
        p.drawLine(QPointF(18.5, 4.5), QPointF(21, 7));
        break;
    case IconKind::Plus:
        p.drawLine(QPointF(12, 5), QPointF(12, 19));
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case IconKind::Edit: {
        QPainterPath pencil;
        pencil.moveTo(4, 20);
        pencil.lineTo(5, 15.5);
        pencil.lineTo(16, 4.5);
        pencil.lineTo(19.5, 8);
        pencil.lineTo(8.5, 19);
        pencil.closeSubpath();
        p.drawPath(pencil);
        p.drawLine(QPointF(13.5, 7), QPointF(17, 10.5));
        break;
    }
    case IconKind::Lock:
    case IconKind::Unlock: {
        p.drawRoundedRect(QRectF(5, 11, 14, 10), 2, 2);
        QPainterPath shackle;
        shackle.moveTo(8, 11);
        shackle.lineTo(8, 7.5);
        shackle.arcTo(QRectF(8, 3.5, 8, 8), 180, -180);
        if (kind == IconKind::Lock)
            shackle.lineTo(16, 11);
        p.drawPath(shackle);
        break;
    }
    case IconKind::Refresh:
    case IconKind::Sync: {
        p.drawArc(QRectF(4, 4, 16, 16), 30 * 16, 150 * 16);
        p.drawArc(QRectF(4, 4, 16, 16), 210 * 16, 150 * 16);
        QPainterPath a;
        a.moveTo(19.5, 3.5);
        a.lineTo(19, 8.5);
        a.lineTo(14.5, 7.5);
        p.drawPath(a);
        if (kind == IconKind::Sync) {
            QPainterPath b;
            b.moveTo(4.5, 20.5);
            b.lineTo(5, 15.5);
            b.lineTo(9.5, 16.5);
            p.drawPath(b);
        }
        break;
    }
    case IconKind::Search:
        p.drawEllipse(QPointF(10.5, 10.5), 6.5, 6.5);
        p.drawLine(QPointF(15.5, 15.5), QPointF(20.5, 20.5));
        break;
    case IconKind::SignOut: {
        QPainterPath door;
        door.moveTo(10, 4);
        door.lineTo(5, 4);
        door.lineTo(5, 20);
        door.lineTo(10, 20);
        p.drawPath(door);
        p.drawLine(QPointF(10, 12), QPointF(20, 12));
        QPainterPath head;
        head.moveTo(16, 8);
        head.lineTo(20, 12);
        head.lineTo(16, 16);
        p.drawPath(head);
        break;
    }
    case IconKind::Grid:
        p.drawRoundedRect(QRectF(4, 4, 7, 7), 1.5, 1.5);
        p.drawRoundedRect(QRectF(13, 4, 7, 7), 1.5, 1.5);
        p.drawRoundedRect(QRectF(4, 13, 7, 7), 1.5, 1.5);
        p.drawRoundedRect(QRectF(13, 13, 7, 7), 1.5, 1.5);
        break;
    case IconKind::Box: {
        QPainterPath box;
        box.moveTo(12, 3);
        box.lineTo(20, 7.5);
        box.lineTo(20, 16.5);
        box.lineTo(12, 21);
        box.lineTo(4, 16.5);
        box.lineTo(4, 7.5);
        box.closeSubpath();
        p.drawPath(box);
        QPainterPath inner;
        inner.moveTo(4, 7.5);
        inner.lineTo(12, 12);
        inner.lineTo(20, 7.5);
        inner.moveTo(12, 12);
        inner.lineTo(12, 21);
        p.drawPath(inner);
        break;
    }
    case IconKind::Truck:
        p.drawRect(QRectF(2.5, 6, 11, 10));
        p.drawPolyline(QPolygonF({QPointF(13.5, 9), QPointF(18, 9), QPointF(21.5, 12.5),
                                  QPointF(21.5, 16), QPointF(13.5, 16)}));
        p.drawEllipse(QPointF(7, 18), 2, 2);
        p.drawEllipse(QPointF(17.5, 18), 2, 2);
        break;
    case IconKind::Money:
        p.drawEllipse(QPointF(12, 12), 9, 9);
        p.drawLine(QPointF(8.5, 7), QPointF(12, 11.5));
        p.drawLine(QPointF(15.5, 7), QPointF(12, 11.5));
        p.drawLine(QPointF(12, 11.5), QPointF(12, 17.5));
        p.drawLine(QPointF(8.5, 12), QPointF(15.5, 12));
        p.drawLine(QPointF(8.5, 15), QPointF(15.5, 15));
        break;
    case IconKind::Calendar:
        p.drawRoundedRect(QRectF(3.5, 5, 17, 15.5), 2, 2);
        p.drawLine(QPointF(3.5, 10), QPointF(20.5, 10));
        p.drawLine(QPointF(8, 3), QPointF(8, 7));
        p.drawLine(QPointF(16, 3), QPointF(16, 7));
        break;
    }
}

} // namespace

PaintedIconEngine::PaintedIconEngine(IconKind kind, const QColor &color)
    : m_kind(kind), m_color(color)
{
}

void PaintedIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                              QIcon::State state)
{
    Q_UNUSED(state);
    QColor color = m_color;
    if (mode == QIcon::Disabled)
        color = QColor(0xa8, 0xae, 0xb8);
    else if (mode == QIcon::Selected)
        color = m_color.darker(120);

    const qreal side = qMin(rect.width(), rect.height());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(rect.x() + (rect.width() - side) / 2.0,
                       rect.y() + (rect.height() - side) / 2.0);
    painter->scale(side / 24.0, side / 24.0);
    QPen pen(color, side <= 16 ? 2.0 : 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    drawShape(*painter, m_kind);
    painter->restore();
}

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap PaintedIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                                        qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine *PaintedIconEngine::clone() const
{
    return new PaintedIconEngine(m_kind, m_color);
}

QString PaintedIconEngine::key() const
{
    return QStringLiteral("hearth-painted");
}

} // namespace Hearth::Widgets
