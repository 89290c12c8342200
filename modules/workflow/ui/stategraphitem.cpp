#include "stategraphitem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace Hearth::Workflow {

namespace {

constexpr qreal Radius = 8;
constexpr qreal PaddingX = 14;
constexpr qreal PaddingY = 6;
constexpr qreal LineGap = 2;
constexpr qreal MarkerSize = 10;
constexpr qreal MarkerGap = 6;
constexpr qreal MinWidth = 112;
const QColor titleColour(0x111827);
const QColor detailColour(0x4b5563);
const QColor startColour(0x16a34a);
const QColor endColour(0x374151);

} // namespace

StateGraphItem::StateGraphItem(const QString &id, const Look &look)
    : m_id(id), m_look(look), m_size(sizeFor(look))
{
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::OpenHandCursor);
    setZValue(1);
}

QFont StateGraphItem::titleFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(11);
    f.setBold(true);
    return f;
}

QFont StateGraphItem::detailFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(9);
    return f;
}

QSizeF StateGraphItem::sizeFor(const Look &look)
{
    const QFontMetricsF title(titleFont());
    const QFontMetricsF detail(detailFont());
    const qreal marker = look.initial || look.final ? MarkerSize + MarkerGap : 0;
    const qreal width = std::max(title.horizontalAdvance(look.title) + marker,
                                 detail.horizontalAdvance(look.detail));
    const qreal height = title.height() + (look.detail.isEmpty() ? 0 : LineGap + detail.height());
    return {std::ceil(std::max(MinWidth, width + 2 * PaddingX)), std::ceil(height + 2 * PaddingY)};
}

std::pair<QColor, QColor> StateGraphItem::colours(const QString &statusCode)
{
    static const QHash<QString, std::pair<QRgb, QRgb>> byStatus = {
        {QStringLiteral("new"), {0xe8f0fe, 0x8fb0f0}},
        {QStringLiteral("reviewing"), {0xfff6e0, 0xe8b954}},
        {QStringLiteral("approved"), {0xe6f6ec, 0x7cc79a}},
        {QStringLiteral("in_production"), {0xf0ebfc, 0xa996e8}},
        {QStringLiteral("shipped"), {0xe2f4f7, 0x7cc0cd}},
        {QStringLiteral("installed"), {0xe2f4f7, 0x7cc0cd}},
        {QStringLiteral("closed"), {0xeef0f3, 0x9ca5b1}},
        {QStringLiteral("cancelled"), {0xfcebeb, 0xe09a9a}},
    };
    const auto c = byStatus.value(statusCode, {0xffffff, 0xb8c0cc});
    return {QColor(c.first), QColor(c.second)};
}

void StateGraphItem::setMovable(bool movable)
{
    setFlag(ItemIsMovable, movable);
    setCursor(movable ? Qt::OpenHandCursor : Qt::PointingHandCursor);
}

void StateGraphItem::placeAt(const QPointF &topLeft)
{
    m_quiet = true;
    setPos(topLeft);
    m_quiet = false;
}

QRectF StateGraphItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-3, -3, 3, 3);
}

QPainterPath StateGraphItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(), m_size), Radius, Radius);
    return path;
}

void StateGraphItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                           QWidget *widget)
{
    Q_UNUSED(widget);
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF box(QPointF(0.5, 0.5), m_size - QSizeF(1, 1));
    const bool selected = option->state & QStyle::State_Selected;
    QPen border(m_look.border, m_hovered || selected ? 2.2 : 1.3);
    if (m_look.initial)
        border = QPen(startColour, 2.2);
    painter->setPen(border);
    painter->setBrush(m_look.fill);
    painter->drawRoundedRect(box, Radius, Radius);
    if (m_look.final) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(endColour, 1));
        painter->drawRoundedRect(box.adjusted(3, 3, -3, -3), Radius - 3, Radius - 3);
    }

    const QFontMetricsF titleMetrics(titleFont());
    const QFontMetricsF detailMetrics(detailFont());
    const qreal marker = m_look.initial || m_look.final ? MarkerSize + MarkerGap : 0;
    const qreal titleWidth = titleMetrics.horizontalAdvance(m_look.title) + marker;
    const qreal textHeight = titleMetrics.height()
        + (m_look.detail.isEmpty() ? 0 : LineGap + detailMetrics.height());
    qreal y = (m_size.height() - textHeight) / 2;
    qreal x = (m_size.width() - titleWidth) / 2;
    if (marker > 0) {
        const QRectF dot(x, y + (titleMetrics.height() - MarkerSize) / 2, MarkerSize, MarkerSize);
        painter->setPen(Qt::NoPen);
        if (m_look.initial) {
            painter->setBrush(startColour);
            painter->drawEllipse(dot);
        } else {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(endColour, 1.4));
            painter->drawEllipse(dot);
            painter->setPen(Qt::NoPen);
            painter->setBrush(endColour);
            painter->drawEllipse(dot.adjusted(2.5, 2.5, -2.5, -2.5));
        }
        x += marker;
    }
    painter->setFont(titleFont());
    painter->setPen(titleColour);
    painter->drawText(QRectF(x, y, titleWidth, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, m_look.title);
    if (!m_look.detail.isEmpty()) {
        y += titleMetrics.height() + LineGap;
        painter->setFont(detailFont());
        painter->setPen(detailColour);
        painter->drawText(QRectF(0, y, m_size.width(), detailMetrics.height()),
                          Qt::AlignHCenter | Qt::AlignVCenter, m_look.detail);
    }
}

QVariant StateGraphItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && !m_quiet && onMoved)
        onMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

void StateGraphItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressedAt = pos();
    if (flags() & ItemIsMovable)
        setCursor(Qt::ClosedHandCursor);
    QGraphicsItem::mousePressEvent(event);
}

void StateGraphItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (flags() & ItemIsMovable)
        setCursor(Qt::OpenHandCursor);
    if (pos() != m_pressedAt && onDropped)
        onDropped(this);
}

void StateGraphItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseDoubleClickEvent(event);
    if (onActivated)
        onActivated(this);
}

void StateGraphItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void StateGraphItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace Hearth::Workflow
