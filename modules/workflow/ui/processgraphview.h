#pragma once

#include "processgraphlayout.h"

#include "workflow/processdefinition.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>
#include <QPointF>

class QGraphicsSimpleTextItem;

namespace Hearth::Workflow {

class StateGraphItem;
class TransitionGraphItem;
class TransitionLabelItem;

/// A process definition as a state graph (流程图): states in layers from the initial one,
/// transitions as arrows with labels. States can be dragged where they are movable; the page
/// saves where they were dropped in the state's "ui" object. Ctrl+wheel zooms.
class ProcessGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal MinZoom = 0.2;
    static constexpr qreal MaxZoom = 3.0;

    explicit ProcessGraphView(QWidget *parent = nullptr);

    /// Draws the definition. fit scales it to the view; otherwise the zoom and the part shown
    /// stay, as when an edit redraws the same process.
    void showDefinition(const ProcessDefinition &definition, bool fit);
    /// Shows a line of text instead of a graph.
    void showMessage(const QString &message);
    void setMovable(bool movable);
    bool isMovable() const { return m_movable; }

    const GraphLayout &currentLayout() const { return m_layout; }
    /// The transition each laid-out edge draws (edges as currentLayout() numbers them).
    const QList<int> &edgeTransitions() const { return m_edgeTransition; }
    QStringList labels() const;
    qreal zoom() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    /// Forgets positions dragged since the definition was shown and lays the graph out anew,
    /// ignoring the saved ones.
    void arrangeAutomatically();

signals:
    /// A state was dropped at a new place (its box's top-left corner, in whole pixels).
    void stateMoved(const QString &id, const QPoint &topLeft);
    void stateActivated(const QString &id);
    void transitionActivated(int index);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void build();
    void relayout();
    void setZoom(qreal zoom);
    void highlight(int edge, bool on);

    ProcessDefinition m_definition;
    bool m_hasDefinition = false;
    bool m_movable = true;
    bool m_fitted = false;
    QHash<QString, QPointF> m_positions;  // saved or dragged top-left corners
    QList<GraphNode> m_nodes;
    QList<GraphEdge> m_edges;
    QList<int> m_edgeTransition;
    GraphLayout m_layout;
    QHash<QString, StateGraphItem *> m_stateItems;
    QList<TransitionGraphItem *> m_edgeItems;
    QList<TransitionLabelItem *> m_labelItems;
    QGraphicsSimpleTextItem *m_message = nullptr;
};

} // namespace Hearth::Workflow
