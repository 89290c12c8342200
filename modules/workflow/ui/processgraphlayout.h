#pragma once

#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Hearth::Workflow {

/// A state to place: the size of its box and, when a user placed it, its saved top-left corner.
struct GraphNode
{
    QString id;
    QSizeF size;
    std::optional<QPointF> position;
};

/// A transition from one state to another and the size its label needs.
struct GraphEdge
{
    QString from;
    QString to;
    QSizeF labelSize;
};

/// Where a transition is drawn: a path that ends at the target's border, the arrow's direction
/// there (degrees, as QPainterPath::angleAtPercent) and the label's rectangle.
struct PlacedEdge
{
    int edge = -1;  // index into the input edges
    bool back = false;  // against the layering: it closes a cycle and is drawn curved
    bool selfLoop = false;
    QPainterPath path;
    QPointF tip;
    qreal tipAngle = 0;
    QRectF labelRect;
};

struct GraphLayout
{
    QHash<QString, QRectF> boxes;
    QHash<QString, int> layers;  // the initial state is in layer 0
    QList<PlacedEdge> edges;     // edges that name an unknown state are left out
    QRectF bounds;               // everything drawn, with a margin
    int crossings = 0;           // between the layers, in the order chosen
};

/// Lays a process's state graph out in layers from the initial state: cycles are broken at the
/// edges a depth-first walk finds going back, layers are longest paths, the order within a layer
/// is chosen to reduce crossings (barycentre sweeps and swaps) and x positions pull each state
/// towards its neighbours without overlaps. Saved positions are kept as they are. No widgets.
class ProcessGraphLayout
{
public:
    static constexpr qreal NodeGap = 56;    // between boxes in one layer
    static constexpr qreal LayerGap = 26;   // between layers, plus the tallest label
    static constexpr qreal Margin = 16;

    static GraphLayout arrange(const QList<GraphNode> &nodes, const QList<GraphEdge> &edges,
                               const QString &initial);
};

} // namespace Hearth::Workflow
