#pragma once

#include "processgraphlayout.h"

#include <QGraphicsItem>
#include <QString>

#include <functional>

namespace Hearth::Workflow {

/// A transition's curve and arrow in the process graph. Transitions that wait for an event are
/// drawn in the accent colour, automatic ones in grey, and those going back against the layers
/// dashed. Its label is a TransitionLabelItem above the states.
class TransitionGraphItem : public QGraphicsItem
{
public:
    /// secondary: one of several edges of a transition from many states (such as "cancel"
    /// from every state before production), drawn lighter so that it does not crowd the rest.
    TransitionGraphItem(int transition, bool onEvent, bool secondary, const QString &toolTip);

    int transition() const { return m_transition; }
    bool onEvent() const { return m_onEvent; }
    void setGeometry(const PlacedEdge &edge);
    const PlacedEdge &geometry() const { return m_edge; }
    void setHighlighted(bool highlighted);
    QColor colour() const;

    std::function<void(TransitionGraphItem *, bool)> onHovered;
    std::function<void(int)> onActivated;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QPolygonF arrowHead() const;

    int m_transition = -1;
    bool m_onEvent = false;
    bool m_secondary = false;
    PlacedEdge m_edge;
    bool m_highlighted = false;
};

} // namespace Hearth::Workflow
