#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>

#include <functional>

namespace Hearth::Workflow {

/// A state of the process graph: a rounded box with the state's name, its coarse order status
/// and deadline, a dot for the initial state and a ringed dot for a final one. A user may drag
/// it; the graph is told while it moves and when it is dropped.
class StateGraphItem : public QGraphicsItem
{
public:
    struct Look
    {
        QString title;   // the state's name
        QString detail;  // "审单中 · 限时 4 工时"
        bool initial = false;
        bool final = false;
        QColor fill;
        QColor border;
    };

    StateGraphItem(const QString &id, const Look &look);

    /// The box a look needs with the graph's fonts.
    static QSizeF sizeFor(const Look &look);
    static QFont titleFont();
    static QFont detailFont();
    /// Fill and border for a coarse order status code ("reviewing").
    static std::pair<QColor, QColor> colours(const QString &statusCode);

    QString id() const { return m_id; }
    const Look &look() const { return m_look; }
    QSizeF size() const { return m_size; }
    void setMovable(bool movable);
    /// Moves the box without telling onMoved: the graph placing it, not a user dragging it.
    void placeAt(const QPointF &topLeft);

    std::function<void(StateGraphItem *)> onMoved;
    std::function<void(StateGraphItem *)> onDropped;
    std::function<void(StateGraphItem *)> onActivated;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString m_id;
    Look m_look;
    QSizeF m_size;
    QPointF m_pressedAt;
    bool m_hovered = false;
    bool m_quiet = false;
};

} // namespace Hearth::Workflow
