#include "transitionlabelitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace Hearth::Workflow {

namespace {

constexpr qreal PaddingX = 6;
constexpr qreal PaddingY = 1.5;

} // namespace

TransitionLabelItem::TransitionLabelItem(int transition, const QString &text,
                                         const QColor &colour, const QString &toolTip)
    : m_transition(transition), m_text(text), m_colour(colour)
{
    setToolTip(toolTip);
    setAcceptHoverEvents(true);
    setZValue(3);
}

QFont TransitionLabelItem::font()
{
    QFont f = QApplication::font();
    f.setPointSizeF(8.5);
    return f;
}

QSizeF TransitionLabelItem::sizeFor(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QFontMetricsF m(font());
    return {std::ceil(m.horizontalAdvance(text) + 2 * PaddingX),
            std::ceil(m.height() + 2 * PaddingY)};
}

void TransitionLabelItem::setRect(const QRectF &rect)
{
    prepareGeometryChange();
    m_rect = rect;
    setVisible(rect.isValid());
    update();
}

void TransitionLabelItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QRectF TransitionLabelItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void TransitionLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                                QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = m_highlighted ? QColor(0xeef4ff) : QColor(0xffffff);
    fill.setAlpha(240);
    QColor border = m_colour;
    border.setAlpha(m_highlighted ? 255 : 110);
    painter->setPen(QPen(border, m_highlighted ? 1.4 : 1));
    painter->setBrush(fill);
    const qreal r = m_rect.height() / 2;
    painter->drawRoundedRect(m_rect.adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    painter->setFont(font());
    painter->setPen(m_colour.darker(125));
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

void TransitionLabelItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHovered)
        onHovered(this, true);
    QGraphicsItem::hoverEnterEvent(event);
}

void TransitionLabelItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (onHovered)
        onHovered(this, false);
    QGraphicsItem::hoverLeaveEvent(event);
}

void TransitionLabelItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseDoubleClickEvent(event);
    if (onActivated)
        onActivated(m_transition);
}

} // namespace Hearth::Workflow
