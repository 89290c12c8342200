#include "transitiongraphitem.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace Hearth::Workflow {

namespace {

constexpr qreal ArrowLength = 9;
constexpr qreal ArrowHalfWidth = 4.5;
constexpr qreal HoverWidth = 10;
const QColor eventColour(0x2563eb);
const QColor automaticColour(0x7b8494);

} // namespace

TransitionGraphItem::TransitionGraphItem(int transition, bool onEvent, bool secondary,
                                         const QString &toolTip)
    : m_transition(transition), m_onEvent(onEvent), m_secondary(secondary)
{
    setToolTip(toolTip);
    setAcceptHoverEvents(true);
    setZValue(0);
}

void TransitionGraphItem::setGeometry(const PlacedEdge &edge)
{
    prepareGeometryChange();
    m_edge = edge;
    update();
}

void TransitionGraphItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 0.5 : 0);
    update();
}

QColor TransitionGraphItem::colour() const
{
    return m_onEvent ? eventColour : automaticColour;
}

QPolygonF TransitionGraphItem::arrowHead() const
{
    const qreal a = qDegreesToRadians(m_edge.tipAngle);
    const QPointF dir(std::cos(a), -std::sin(a));
    const QPointF normal(-dir.y(), dir.x());
    const QPointF base = m_edge.tip - dir * ArrowLength;
    return QPolygonF({m_edge.tip, base + normal * ArrowHalfWidth, base - normal * ArrowHalfWidth});
}

QRectF TransitionGraphItem::boundingRect() const
{
    return m_edge.path.boundingRect()
        .united(arrowHead().boundingRect())
        .adjusted(-HoverWidth, -HoverWidth, HoverWidth, HoverWidth);
}

QPainterPath TransitionGraphItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(HoverWidth);
    QPainterPath shape = stroker.createStroke(m_edge.path);
    shape.addPolygon(arrowHead());
    return shape;
}

void TransitionGraphItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor lineColour = colour();
    if (m_secondary && !m_highlighted)
        lineColour.setAlpha(110);
    QPen pen(lineColour, m_highlighted ? 2.6 : (m_secondary ? 1.1 : 1.4));
    if (m_edge.back)
        pen.setDashPattern({5, 3});
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_edge.path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(lineColour);
    painter->drawPolygon(arrowHead());
}

void TransitionGraphItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHovered)
        onHovered(this, true);
    QGraphicsItem::hoverEnterEvent(event);
}

void TransitionGraphItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHovered)
        onHovered(this, false);
    QGraphicsItem::hoverLeaveEvent(event);
}

void TransitionGraphItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseDoubleClickEvent(event);
    if (onActivated)
        onActivated(m_transition);
}

} // namespace Hearth::Workflow
