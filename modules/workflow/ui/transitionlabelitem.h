#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>

#include <functional>

namespace Hearth::Workflow {

/// The label of a transition in the process graph: its text in a pill, drawn above the states
/// and lines so that it stays readable; hovering it highlights its transition.
class TransitionLabelItem : public QGraphicsItem
{
public:
    TransitionLabelItem(int transition, const QString &text, const QColor &colour,
                        const QString &toolTip);

    static QFont font();
    /// The pill a text needs; the layout reserves it.
    static QSizeF sizeFor(const QString &text);

    int transition() const { return m_transition; }
    QString text() const { return m_text; }
    void setRect(const QRectF &rect);
    void setHighlighted(bool highlighted);

    std::function<void(TransitionLabelItem *, bool)> onHovered;
    std::function<void(int)> onActivated;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int m_transition = -1;
    QString m_text;
    QColor m_colour;
    QRectF m_rect;
    bool m_highlighted = false;
};

} // namespace Hearth::Workflow
