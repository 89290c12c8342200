#include "processgraphview.h"

#include "processdisplay.h"
#include "stategraphitem.h"
#include "transitiongraphitem.h"
#include "transitionlabelitem.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QWheelEvent>

namespace Hearth::Workflow {

namespace {

constexpr qreal ZoomStep = 1.2;
constexpr qreal MaxFitZoom = 1.0;

std::optional<QPointF> savedPosition(const ProcessState &state)
{
    const QJsonValue x = state.ui.value(QLatin1String("x"));
    const QJsonValue y = state.ui.value(QLatin1String("y"));
    if (!x.isDouble() || !y.isDouble())
        return std::nullopt;
    return QPointF(x.toDouble(), y.toDouble());
}

StateGraphItem::Look lookOf(const ProcessDefinition &definition, const ProcessState &state)
{
    StateGraphItem::Look look;
    look.title = ProcessDisplay::stateName(state);
    look.detail = Orders::statusName(state.status);
    if (const QString deadline = ProcessDisplay::deadlineText(state); !deadline.isEmpty())
        look.detail += QStringLiteral(" · ") + deadline;
    look.initial = state.id == definition.initial();
    look.final = state.isFinal;
    const auto [fill, border] = StateGraphItem::colours(state.statusCode);
    look.fill = fill;
    look.border = border;
    return look;
}

} // namespace

ProcessGraphView::ProcessGraphView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(QColor(0xfafbfc));
    setFrameShape(QFrame::NoFrame);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
}

void ProcessGraphView::showMessage(const QString &message)
{
    scene()->clear();
    m_stateItems.clear();
    m_edgeItems.clear();
    m_labelItems.clear();
    m_hasDefinition = false;
    m_layout = {};
    m_message = scene()->addSimpleText(message);
    m_message->setBrush(QColor(0x6b7280));
    scene()->setSceneRect(m_message->boundingRect().adjusted(-20, -20, 20, 20));
    resetTransform();
    centerOn(m_message);
}

void ProcessGraphView::showDefinition(const ProcessDefinition &definition, bool fit)
{
    const QPointF centre = mapToScene(viewport()->rect().center());
    const bool sameProcess = m_hasDefinition && m_definition.code() == definition.code();
    m_definition = definition;
    m_hasDefinition = true;
    m_positions.clear();
    for (const ProcessState &s : definition.states()) {
        if (const auto p = savedPosition(s))
            m_positions.insert(s.id, *p);
    }
    build();
    if (fit || !sameProcess || m_fitted)
        fitAll();
    else
        centerOn(centre);
}

void ProcessGraphView::build()
{
    scene()->clear();
    m_message = nullptr;
    m_stateItems.clear();
    m_edgeItems.clear();
    m_labelItems.clear();
    m_nodes.clear();
    m_edges.clear();
    m_edgeTransition.clear();

    for (const ProcessState &s : m_definition.states()) {
        if (s.id.isEmpty() || m_stateItems.contains(s.id))
            continue;
        auto *item = new StateGraphItem(s.id, lookOf(m_definition, s));
        item->setToolTip(ProcessDisplay::stateToolTip(m_definition, s));
        item->setMovable(m_movable);
        item->onMoved = [this](StateGraphItem *moved) {
            m_positions.insert(moved->id(), moved->pos());
            relayout();
        };
        item->onDropped = [this](StateGraphItem *dropped) {
            emit stateMoved(dropped->id(), dropped->pos().toPoint());
        };
        item->onActivated = [this](StateGraphItem *activated) {
            emit stateActivated(activated->id());
        };
        scene()->addItem(item);
        m_stateItems.insert(s.id, item);
        m_nodes.append({s.id, item->size(), std::nullopt});
    }

    const QList<ProcessTransition> &transitions = m_definition.transitions();
    for (int i = 0; i < transitions.size(); ++i) {
        const ProcessTransition &t = transitions.at(i);
        const QString label = ProcessDisplay::transitionLabel(t);
        const QString toolTip = ProcessDisplay::transitionToolTip(m_definition, i);
        for (int f = 0; f < t.from.size(); ++f) {
            // A transition from several states is labelled once, on its last edge.
            const bool labelled = f == t.from.size() - 1;
            const int edge = int(m_edges.size());
            m_edges.append({t.from.at(f), t.to,
                            labelled ? TransitionLabelItem::sizeFor(label) : QSizeF()});
            m_edgeTransition.append(i);
            auto *item =
                new TransitionGraphItem(i, !t.isAutomatic(), t.from.size() > 2, toolTip);
            item->onHovered = [this, edge](TransitionGraphItem *, bool on) {
                highlight(edge, on);
            };
            item->onActivated = [this](int index) { emit transitionActivated(index); };
            scene()->addItem(item);
            m_edgeItems.append(item);
            auto *labelItem = new TransitionLabelItem(i, labelled ? label : QString(),
                                                      item->colour(), toolTip);
            labelItem->onHovered = [this, edge](TransitionLabelItem *, bool on) {
                highlight(edge, on);
            };
            labelItem->onActivated = [this](int index) { emit transitionActivated(index); };
            scene()->addItem(labelItem);
            m_labelItems.append(labelItem);
        }
    }
    relayout();
}

void ProcessGraphView::relayout()
{
    for (GraphNode &n : m_nodes) {
        const auto it = m_positions.constFind(n.id);
        n.position = it == m_positions.cend() ? std::nullopt : std::optional<QPointF>(*it);
    }
    m_layout = ProcessGraphLayout::arrange(m_nodes, m_edges, m_definition.initial());
    for (auto it = m_stateItems.cbegin(); it != m_stateItems.cend(); ++it)
        it.value()->placeAt(m_layout.boxes.value(it.key()).topLeft());
    for (TransitionGraphItem *item : std::as_const(m_edgeItems))
        item->hide();
    for (TransitionLabelItem *label : std::as_const(m_labelItems))
        label->setRect({});
    for (const PlacedEdge &e : std::as_const(m_layout.edges)) {
        m_edgeItems.at(e.edge)->setGeometry(e);
        m_edgeItems.at(e.edge)->show();
        if (!m_labelItems.at(e.edge)->text().isEmpty())
            m_labelItems.at(e.edge)->setRect(e.labelRect);
    }
    // Grow the scene with a drag, never shrink it under the user's hand.
    scene()->setSceneRect(scene()->sceneRect().united(m_layout.bounds));
}

void ProcessGraphView::highlight(int edge, bool on)
{
    if (edge < 0 || edge >= m_edgeItems.size())
        return;
    // Every edge of the same transition lights up together.
    const int transition = m_edgeTransition.at(edge);
    for (int e = 0; e < m_edgeItems.size(); ++e) {
        if (m_edgeTransition.at(e) == transition) {
            m_edgeItems.at(e)->setHighlighted(on);
            m_labelItems.at(e)->setHighlighted(on);
        }
    }
}

void ProcessGraphView::setMovable(bool movable)
{
    m_movable = movable;
    for (StateGraphItem *item : std::as_const(m_stateItems))
        item->setMovable(movable);
}

QStringList ProcessGraphView::labels() const
{
    QStringList texts;
    for (const TransitionLabelItem *label : m_labelItems) {
        if (!label->text().isEmpty())
            texts.append(label->text());
    }
    return texts;
}

qreal ProcessGraphView::zoom() const
{
    return transform().m11();
}

void ProcessGraphView::setZoom(qreal zoom)
{
    const qreal z = std::clamp(zoom, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(z, z));
}

void ProcessGraphView::zoomIn()
{
    m_fitted = false;
    setZoom(zoom() * ZoomStep);
}

void ProcessGraphView::zoomOut()
{
    m_fitted = false;
    setZoom(zoom() / ZoomStep);
}

void ProcessGraphView::fitAll()
{
    if (!m_hasDefinition)
        return;
    scene()->setSceneRect(m_layout.bounds);
    const QRectF bounds = m_layout.bounds;
    const QSizeF room = viewport()->size();
    if (bounds.isEmpty() || room.isEmpty())
        return;
    setZoom(std::min({MaxFitZoom, room.width() / bounds.width(),
                      room.height() / bounds.height()}));
    centerOn(bounds.center());
    m_fitted = true;
}

void ProcessGraphView::arrangeAutomatically()
{
    if (!m_hasDefinition)
        return;
    m_positions.clear();
    relayout();
    fitAll();
}

void ProcessGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        m_fitted = false;
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(ZoomStep, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void ProcessGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
}

} // namespace Hearth::Workflow
