#include "processgraphlayout.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Hearth::Workflow {

namespace {

constexpr qreal DummyWidth = 20;
constexpr qreal DummyGap = 18;
constexpr qreal PortSpacing = 18;
constexpr qreal SideBulge = 44;
constexpr qreal LoopReach = 40;
constexpr qreal LabelClearance = 6;
constexpr int OrderingSweeps = 24;
constexpr int PositionRounds = 4;

// A vertex of the layered graph: a state, or a dummy that carries a long edge through a layer.
struct Vertex
{
    int node = -1;  // index into the nodes; -1 for a dummy
    qreal width = DummyWidth;
    qreal height = 0;
    int layer = 0;
    qreal x = 0;
    QList<int> preds;  // vertices one layer up
    QList<int> succs;  // vertices one layer down
};

// An input edge as the layered graph carries it: the vertices from its source to its target.
struct Chain
{
    int edge = -1;
    int from = -1;
    int to = -1;
    bool back = false;
    QList<int> vertices;  // in the edge's own direction, dummies included
};

enum class Side { Top, Bottom, Left, Right };

// How one end of an edge meets its box.
struct Port
{
    int chain = -1;
    bool isSource = true;
    Side side = Side::Bottom;
    qreal key = 0;  // where the other end lies along the side, to order the ports
};

class Layouter
{
public:
    Layouter(const QList<GraphNode> &nodes, const QList<GraphEdge> &edges,
             const QString &initial)
        : m_nodes(nodes), m_edges(edges), m_initial(initial)
    {}

    GraphLayout run();

private:
    void indexNodes();
    void findBackEdges();
    void assignLayers();
    void addDummies();
    void orderLayers();
    void positionVertices();
    void placeBoxes();
    void routeEdges();
    void placeLabels();

    qreal barycentre(const QList<int> &neighbours, qreal fallback) const;
    int crossingsBetween(int upper) const;
    int totalCrossings() const;
    void renumber(int layer);
    bool transposeOnce();
    qreal separation(int a, int b) const;
    void alignLayer(int layer, bool usePreds, bool useSuccs);

    QPointF portPoint(const QRectF &box, Side side, int index, int count) const;
    QPainterPath smoothPath(const QList<QPointF> &points, QPointF startDir, QPointF endDir) const;

    const QList<GraphNode> &m_nodes;
    const QList<GraphEdge> &m_edges;
    QString m_initial;

    QHash<QString, int> m_nodeIndex;
    QList<int> m_nodeVertex;  // node -> vertex, -1 for a duplicate id
    QList<Vertex> m_vertices;
    QList<Chain> m_chains;
    QList<int> m_selfLoops;  // edge indices
    QList<QList<int>> m_layers;
    QList<int> m_position;  // vertex -> index in its layer
    QList<qreal> m_layerTop;
    QList<qreal> m_layerHeight;
    QList<int> m_discovery;  // node -> order of discovery by the walk
    bool m_automatic = true;
    GraphLayout m_result;
};

void Layouter::indexNodes()
{
    m_nodeVertex.fill(-1, m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        const GraphNode &n = m_nodes.at(i);
        if (m_nodeIndex.contains(n.id))
            continue;
        m_nodeIndex.insert(n.id, i);
        Vertex v;
        v.node = i;
        v.width = std::max<qreal>(n.size.width(), 1);
        v.height = std::max<qreal>(n.size.height(), 1);
        m_nodeVertex[i] = int(m_vertices.size());
        m_vertices.append(v);
        if (n.position)
            m_automatic = false;
    }
    for (int e = 0; e < m_edges.size(); ++e) {
        const int from = m_nodeIndex.value(m_edges.at(e).from, -1);
        const int to = m_nodeIndex.value(m_edges.at(e).to, -1);
        if (from < 0 || to < 0)
            continue;
        if (from == to) {
            m_selfLoops.append(e);
            continue;
        }
        Chain c;
        c.edge = e;
        c.from = from;
        c.to = to;
        m_chains.append(c);
    }
}

// A depth-first walk from the initial state (then from any state still unseen) marks the edges
// that lead to a state still on the walk's stack: those close cycles.
void Layouter::findBackEdges()
{
    const int n = int(m_nodes.size());
    QList<QList<int>> out(n);  // node -> chains leaving it, in input order
    for (int c = 0; c < m_chains.size(); ++c)
        out[m_chains.at(c).from].append(c);

    QList<int> roots;
    if (const int initial = m_nodeIndex.value(m_initial, -1); initial >= 0)
        roots.append(initial);
    for (int i = 0; i < n; ++i) {
        if (m_nodeVertex.at(i) >= 0)
            roots.append(i);
    }

    enum { Unseen, OnStack, Done };
    QList<int> state(n, Unseen);
    m_discovery.fill(n, n);
    int discovered = 0;
    for (const int root : roots) {
        if (state.at(root) != Unseen)
            continue;
        QList<std::pair<int, int>> stack;  // node, next chain to look at
        stack.append({root, 0});
        state[root] = OnStack;
        m_discovery[root] = discovered++;
        while (!stack.isEmpty()) {
            auto &[node, next] = stack.last();
            if (next >= out.at(node).size()) {
                state[node] = Done;
                stack.removeLast();
                continue;
            }
            const int c = out.at(node).at(next++);
            const int to = m_chains.at(c).to;
            if (state.at(to) == OnStack) {
                m_chains[c].back = true;
            } else if (state.at(to) == Unseen) {
                state[to] = OnStack;
                m_discovery[to] = discovered++;
                stack.append({to, 0});
            }
        }
    }
}

// Longest-path layering over the edges with the back edges turned around.
void Layouter::assignLayers()
{
    const int count = int(m_vertices.size());
    QList<QList<int>> down(count);
    QList<int> inDegree(count, 0);
    for (const Chain &c : std::as_const(m_chains)) {
        const int a = m_nodeVertex.at(c.back ? c.to : c.from);
        const int b = m_nodeVertex.at(c.back ? c.from : c.to);
        down[a].append(b);
        ++inDegree[b];
    }
    QList<int> ready;
    for (int v = 0; v < count; ++v) {
        if (inDegree.at(v) == 0)
            ready.append(v);
    }
    // Visit in discovery order so that the result does not depend on hash order.
    std::sort(ready.begin(), ready.end(), [&](int a, int b) {
        return m_discovery.at(m_vertices.at(a).node) < m_discovery.at(m_vertices.at(b).node);
    });
    for (int i = 0; i < ready.size(); ++i) {
        const int v = ready.at(i);
        for (const int w : down.at(v)) {
            m_vertices[w].layer = std::max(m_vertices.at(w).layer, m_vertices.at(v).layer + 1);
            if (--inDegree[w] == 0)
                ready.append(w);
        }
    }
}

void Layouter::addDummies()
{
    for (Chain &c : m_chains) {
        int upper = m_nodeVertex.at(c.back ? c.to : c.from);
        const int lower = m_nodeVertex.at(c.back ? c.from : c.to);
        QList<int> downward{upper};
        for (int layer = m_vertices.at(upper).layer + 1; layer < m_vertices.at(lower).layer;
             ++layer) {
            Vertex d;
            d.layer = layer;
            const int dummy = int(m_vertices.size());
            m_vertices.append(d);
            m_vertices[upper].succs.append(dummy);
            m_vertices[dummy].preds.append(upper);
            downward.append(dummy);
            upper = dummy;
        }
        m_vertices[upper].succs.append(lower);
        m_vertices[lower].preds.append(upper);
        downward.append(lower);
        if (c.back)
            std::reverse(downward.begin(), downward.end());
        c.vertices = downward;
    }

    int layerCount = 0;
    for (const Vertex &v : std::as_const(m_vertices))
        layerCount = std::max(layerCount, v.layer + 1);
    m_layers.resize(layerCount);
    QList<int> order(m_vertices.size());
    std::iota(order.begin(), order.end(), 0);
    // Real states first in the order the walk found them, dummies after in creation order.
    auto rank = [&](int v) {
        const int node = m_vertices.at(v).node;
        return node >= 0 ? qint64(m_discovery.at(node)) : qint64(m_nodes.size()) + v;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return rank(a) < rank(b); });
    for (const int v : order)
        m_layers[m_vertices.at(v).layer].append(v);
    m_position.fill(0, m_vertices.size());
    for (int l = 0; l < m_layers.size(); ++l)
        renumber(l);
}

void Layouter::renumber(int layer)
{
    const QList<int> &vs = m_layers.at(layer);
    for (int i = 0; i < vs.size(); ++i)
        m_position[vs.at(i)] = i;
}

qreal Layouter::barycentre(const QList<int> &neighbours, qreal fallback) const
{
    if (neighbours.isEmpty())
        return fallback;
    qreal sum = 0;
    for (const int n : neighbours)
        sum += m_position.at(n);
    return sum / neighbours.size();
}

int Layouter::crossingsBetween(int upper) const
{
    QList<std::pair<int, int>> links;
    for (const int v : m_layers.at(upper)) {
        for (const int w : m_vertices.at(v).succs)
            links.append({m_position.at(v), m_position.at(w)});
    }
    int crossings = 0;
    for (int i = 0; i < links.size(); ++i) {
        for (int j = i + 1; j < links.size(); ++j) {
            const auto [a1, b1] = links.at(i);
            const auto [a2, b2] = links.at(j);
            if ((a1 < a2 && b1 > b2) || (a1 > a2 && b1 < b2))
                ++crossings;
        }
    }
    return crossings;
}

int Layouter::totalCrossings() const
{
    int total = 0;
    for (int l = 0; l + 1 < m_layers.size(); ++l)
        total += crossingsBetween(l);
    return total;
}

// Swaps neighbours in a layer where that removes crossings with the layers around it.
bool Layouter::transposeOnce()
{
    bool improved = false;
    for (int l = 0; l < m_layers.size(); ++l) {
        for (int i = 0; i + 1 < m_layers.at(l).size(); ++i) {
            auto local = [&] {
                return (l > 0 ? crossingsBetween(l - 1) : 0)
                    + (l + 1 < m_layers.size() ? crossingsBetween(l) : 0);
            };
            const int before = local();
            m_layers[l].swapItemsAt(i, i + 1);
            renumber(l);
            if (local() < before) {
                improved = true;
            } else {
                m_layers[l].swapItemsAt(i, i + 1);
                renumber(l);
            }
        }
    }
    return improved;
}

void Layouter::orderLayers()
{
    QList<QList<int>> best = m_layers;
    int bestCrossings = totalCrossings();
    for (int sweep = 0; sweep < OrderingSweeps && bestCrossings > 0; ++sweep) {
        const bool downward = sweep % 2 == 0;
        const int first = downward ? 1 : int(m_layers.size()) - 2;
        const int step = downward ? 1 : -1;
        for (int l = first; l >= 0 && l < m_layers.size(); l += step) {
            QList<int> &layer = m_layers[l];
            QHash<int, qreal> weight;
            for (const int v : std::as_const(layer)) {
                const Vertex &vx = m_vertices.at(v);
                weight.insert(v, barycentre(downward ? vx.preds : vx.succs, m_position.at(v)));
            }
            std::stable_sort(layer.begin(), layer.end(),
                             [&](int a, int b) { return weight.value(a) < weight.value(b); });
            renumber(l);
        }
        const int crossings = totalCrossings();
        if (crossings < bestCrossings) {
            bestCrossings = crossings;
            best = m_layers;
        }
    }
    m_layers = best;
    for (int l = 0; l < m_layers.size(); ++l)
        renumber(l);
    for (int round = 0; round < 8 && transposeOnce(); ++round) {
    }
    m_result.crossings = totalCrossings();
}

qreal Layouter::separation(int a, int b) const
{
    const Vertex &va = m_vertices.at(a);
    const Vertex &vb = m_vertices.at(b);
    const qreal gap = va.node >= 0 && vb.node >= 0 ? ProcessGraphLayout::NodeGap : DummyGap;
    return (va.width + vb.width) / 2 + gap;
}

// Moves a layer's vertices as close to the mean of their neighbours as the order and the gaps
// allow: a least-squares fit under "at least this far apart", solved by pooling adjacent
// violators on the positions less their minimum offsets.
void Layouter::alignLayer(int layer, bool usePreds, bool useSuccs)
{
    const QList<int> &vs = m_layers.at(layer);
    const int n = int(vs.size());
    if (n == 0)
        return;
    QList<qreal> offset(n, 0);
    for (int i = 1; i < n; ++i)
        offset[i] = offset.at(i - 1) + separation(vs.at(i - 1), vs.at(i));

    struct Block
    {
        qreal sum = 0;
        qreal weight = 0;
        int count = 0;
        qreal mean() const { return sum / weight; }
    };
    QList<Block> blocks;
    for (int i = 0; i < n; ++i) {
        const Vertex &v = m_vertices.at(vs.at(i));
        QList<int> neighbours;
        if (usePreds)
            neighbours += v.preds;
        if (useSuccs)
            neighbours += v.succs;
        qreal desired = v.x;
        if (!neighbours.isEmpty()) {
            qreal sum = 0;
            for (const int w : std::as_const(neighbours))
                sum += m_vertices.at(w).x;
            desired = sum / neighbours.size();
        }
        // Dummies pull harder, so that long edges run straight.
        const qreal weight = v.node >= 0 ? 1.0 : 2.0;
        blocks.append({(desired - offset.at(i)) * weight, weight, 1});
        while (blocks.size() > 1 && blocks.at(blocks.size() - 2).mean() >= blocks.last().mean()) {
            const Block last = blocks.takeLast();
            blocks.last().sum += last.sum;
            blocks.last().weight += last.weight;
            blocks.last().count += last.count;
        }
    }
    int i = 0;
    for (const Block &b : std::as_const(blocks)) {
        for (int k = 0; k < b.count; ++k, ++i)
            m_vertices[vs.at(i)].x = b.mean() + offset.at(i);
    }
}

void Layouter::positionVertices()
{
    for (const QList<int> &layer : std::as_const(m_layers)) {
        qreal x = 0;
        for (int i = 0; i < layer.size(); ++i) {
            if (i > 0)
                x += separation(layer.at(i - 1), layer.at(i));
            m_vertices[layer.at(i)].x = x;
        }
        for (const int v : layer)
            m_vertices[v].x -= x / 2;
    }
    const int count = int(m_layers.size());
    for (int round = 0; round < PositionRounds; ++round) {
        for (int l = 1; l < count; ++l)
            alignLayer(l, true, false);
        for (int l = count - 2; l >= 0; --l)
            alignLayer(l, false, true);
    }
    for (int l = 0; l < count; ++l)
        alignLayer(l, true, true);

    qreal left = 0;
    bool first = true;
    for (const Vertex &v : std::as_const(m_vertices)) {
        if (v.node < 0)
            continue;
        left = first ? v.x - v.width / 2 : std::min(left, v.x - v.width / 2);
        first = false;
    }
    for (Vertex &v : m_vertices)
        v.x -= left;

    m_layerTop.fill(0, count);
    m_layerHeight.fill(0, count);
    qreal tallestLabel = 0;
    for (const GraphEdge &e : m_edges)
        tallestLabel = std::max(tallestLabel, e.labelSize.height());
    for (const Vertex &v : std::as_const(m_vertices))
        m_layerHeight[v.layer] = std::max(m_layerHeight.at(v.layer), v.height);
    for (int l = 1; l < count; ++l) {
        m_layerTop[l] = m_layerTop.at(l - 1) + m_layerHeight.at(l - 1)
            + ProcessGraphLayout::LayerGap + tallestLabel;
    }
}

void Layouter::placeBoxes()
{
    QList<QRectF> placed;
    // Saved positions first, as they are.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const GraphNode &n = m_nodes.at(i);
        if (m_nodeVertex.at(i) < 0 || !n.position)
            continue;
        const Vertex &v = m_vertices.at(m_nodeVertex.at(i));
        const QRectF box(*n.position, QSizeF(v.width, v.height));
        m_result.boxes.insert(n.id, box);
        placed.append(box);
    }
    // Then the computed ones; beside saved boxes a computed one moves right until it is free.
    for (int i = 0; i < m_nodes.size(); ++i) {
        const GraphNode &n = m_nodes.at(i);
        const int vi = m_nodeVertex.at(i);
        if (vi < 0 || n.position)
            continue;
        const Vertex &v = m_vertices.at(vi);
        const qreal centreY = m_layerTop.at(v.layer) + m_layerHeight.at(v.layer) / 2;
        QRectF box(v.x - v.width / 2, centreY - v.height / 2, v.width, v.height);
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : std::as_const(placed)) {
                const QRectF guard = other.adjusted(-DummyGap, -DummyGap, DummyGap, DummyGap);
                if (guard.intersects(box)) {
                    box.moveLeft(guard.right() + 1);
                    moved = true;
                }
            }
        }
        m_result.boxes.insert(n.id, box);
        placed.append(box);
    }
    for (auto it = m_nodeIndex.cbegin(); it != m_nodeIndex.cend(); ++it)
        m_result.layers.insert(it.key(), m_vertices.at(m_nodeVertex.at(it.value())).layer);
}

QPointF Layouter::portPoint(const QRectF &box, Side side, int index, int count) const
{
    const bool horizontal = side == Side::Top || side == Side::Bottom;
    const qreal length = horizontal ? box.width() : box.height();
    const qreal spacing = std::min(PortSpacing, (length - 12) / std::max(count, 1));
    const qreal offset = (index - (count - 1) / 2.0) * spacing;
    switch (side) {
    case Side::Top:
        return {box.center().x() + offset, box.top()};
    case Side::Bottom:
        return {box.center().x() + offset, box.bottom()};
    case Side::Left:
        return {box.left(), box.center().y() + offset};
    case Side::Right:
        return {box.right(), box.center().y() + offset};
    }
    return box.center();
}

// A smooth curve through the points (Catmull-Rom tangents), leaving and arriving along the
// given directions.
QPainterPath Layouter::smoothPath(const QList<QPointF> &points, QPointF startDir,
                                  QPointF endDir) const
{
    QPainterPath path(points.first());
    const int n = int(points.size());
    QList<QPointF> tangents(n);
    for (int i = 0; i < n; ++i) {
        if (i == 0) {
            tangents[i] = startDir * QLineF(points.at(0), points.at(1)).length();
        } else if (i == n - 1) {
            tangents[i] = endDir * QLineF(points.at(n - 2), points.at(n - 1)).length();
        } else {
            tangents[i] = (points.at(i + 1) - points.at(i - 1)) / 2;
        }
    }
    for (int i = 0; i + 1 < n; ++i) {
        path.cubicTo(points.at(i) + tangents.at(i) / 3, points.at(i + 1) - tangents.at(i + 1) / 3,
                     points.at(i + 1));
    }
    return path;
}

void Layouter::routeEdges()
{
    // Decide which side of its boxes each edge uses.
    QHash<int, QList<Port>> ports;  // node -> ports
    struct Route
    {
        Side out = Side::Bottom;
        Side in = Side::Top;
        bool viaDummies = false;
    };
    QList<Route> routes(m_chains.size());
    for (int c = 0; c < m_chains.size(); ++c) {
        const Chain &chain = m_chains.at(c);
        const QRectF s = m_result.boxes.value(m_nodes.at(chain.from).id);
        const QRectF t = m_result.boxes.value(m_nodes.at(chain.to).id);
        Route r;
        const bool hasDummies = m_automatic && chain.vertices.size() > 2;
        const qreal dx = std::abs(t.center().x() - s.center().x());
        if (t.top() >= s.bottom()) {
            r = {Side::Bottom, Side::Top, hasDummies};
        } else if (t.bottom() <= s.top()) {
            if (hasDummies || dx > (s.width() + t.width()) / 2)
                r = {Side::Top, Side::Bottom, hasDummies};
            else
                r = {Side::Right, Side::Right, false};
        } else if (t.center().x() >= s.center().x()) {
            r = {Side::Right, Side::Left, false};
        } else {
            r = {Side::Left, Side::Right, false};
        }
        routes[c] = r;
        const QPointF towardsTarget = hasDummies
            ? QPointF(m_vertices.at(chain.vertices.at(1)).x, 0)
            : t.center();
        const QPointF towardsSource = hasDummies
            ? QPointF(m_vertices.at(chain.vertices.at(chain.vertices.size() - 2)).x, 0)
            : s.center();
        const bool vertical = r.out == Side::Top || r.out == Side::Bottom;
        ports[chain.from].append({c, true, r.out,
                                  vertical ? towardsTarget.x() : t.center().y()});
        ports[chain.to].append({c, false, r.in,
                                vertical ? towardsSource.x() : s.center().y()});
    }

    QHash<std::pair<int, bool>, QPointF> ends;  // (chain, isSource) -> point
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        const QRectF box = m_result.boxes.value(m_nodes.at(it.key()).id);
        for (const Side side : {Side::Top, Side::Bottom, Side::Left, Side::Right}) {
            QList<Port> onSide;
            for (const Port &p : std::as_const(it.value())) {
                if (p.side == side)
                    onSide.append(p);
            }
            std::stable_sort(onSide.begin(), onSide.end(),
                             [](const Port &a, const Port &b) { return a.key < b.key; });
            for (int i = 0; i < onSide.size(); ++i) {
                ends.insert({onSide.at(i).chain, onSide.at(i).isSource},
                            portPoint(box, side, i, int(onSide.size())));
            }
        }
    }

    auto direction = [](Side side, bool leaving) {
        QPointF d;
        switch (side) {
        case Side::Top: d = {0, -1}; break;
        case Side::Bottom: d = {0, 1}; break;
        case Side::Left: d = {-1, 0}; break;
        case Side::Right: d = {1, 0}; break;
        }
        return leaving ? d : -d;
    };

    for (int c = 0; c < m_chains.size(); ++c) {
        const Chain &chain = m_chains.at(c);
        const Route &r = routes.at(c);
        const QPointF start = ends.value({c, true});
        const QPointF end = ends.value({c, false});
        PlacedEdge placed;
        placed.edge = chain.edge;
        placed.back = chain.back;
        if (r.out == Side::Right && r.in == Side::Right) {
            const qreal bulge = SideBulge;
            placed.path = QPainterPath(start);
            placed.path.cubicTo(start + QPointF(bulge, 0), end + QPointF(bulge, 0), end);
        } else {
            QList<QPointF> points{start};
            if (r.viaDummies) {
                const bool goingDown = r.out == Side::Bottom;
                for (int i = 1; i + 1 < chain.vertices.size(); ++i) {
                    const Vertex &d = m_vertices.at(chain.vertices.at(i));
                    const qreal top = m_layerTop.at(d.layer);
                    const qreal bottom = top + m_layerHeight.at(d.layer);
                    points.append({d.x, goingDown ? top : bottom});
                    points.append({d.x, goingDown ? bottom : top});
                }
            }
            points.append(end);
            placed.path = smoothPath(points, direction(r.out, true), direction(r.in, false));
        }
        placed.tip = end;
        placed.tipAngle = placed.path.angleAtPercent(1);
        m_result.edges.append(placed);
    }

    for (const int e : std::as_const(m_selfLoops)) {
        const QRectF box = m_result.boxes.value(m_edges.at(e).from);
        const QPointF start(box.right(), box.center().y() - 8);
        const QPointF end(box.right(), box.center().y() + 8);
        PlacedEdge placed;
        placed.edge = e;
        placed.selfLoop = true;
        placed.path = QPainterPath(start);
        placed.path.cubicTo(start + QPointF(LoopReach, -24), end + QPointF(LoopReach, 24), end);
        placed.tip = end;
        placed.tipAngle = placed.path.angleAtPercent(1);
        m_result.edges.append(placed);
    }
    std::stable_sort(m_result.edges.begin(), m_result.edges.end(),
                     [](const PlacedEdge &a, const PlacedEdge &b) { return a.edge < b.edge; });
}

qreal overlapArea(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

// Each label goes where its edge's path is clear of boxes and of the labels placed before it.
void Layouter::placeLabels()
{
    QList<QRectF> obstacles;
    for (const QRectF &box : std::as_const(m_result.boxes))
        obstacles.append(box.adjusted(-LabelClearance, -LabelClearance, LabelClearance,
                                      LabelClearance));
    // Along the path from its middle outwards, on it first, then beside it and above or below.
    QList<qreal> along{0.5};
    for (int step = 1; step <= 8; ++step) {
        along.append(0.5 - step * 0.05);
        along.append(0.5 + step * 0.05);
    }
    QList<QRectF> labels;
    for (PlacedEdge &e : m_result.edges) {
        const QSizeF size = m_edges.at(e.edge).labelSize;
        if (size.isEmpty())
            continue;
        QList<QRectF> options;
        if (e.selfLoop) {
            const QPointF apex = e.path.pointAtPercent(0.5);
            const QRectF beside(QPointF(apex.x() + 4, apex.y() - size.height() / 2), size);
            options.append(beside);
            options.append(beside.translated(0, -size.height()));
            options.append(beside.translated(0, size.height()));
        }
        const qreal w = size.width();
        const qreal h = size.height();
        for (const qreal dy : {0.0, -h - 2, h + 2}) {
            for (const qreal dx : {0.0, w / 2 + 4, -w / 2 - 4, w + 8, -w - 8}) {
                for (const qreal t : std::as_const(along)) {
                    QRectF r(QPointF(), size);
                    r.moveCenter(e.path.pointAtPercent(t) + QPointF(dx, dy));
                    options.append(r);
                }
            }
        }
        QRectF best = options.first();
        qreal bestScore = -1;
        for (const QRectF &r : std::as_const(options)) {
            qreal score = 0;
            for (const QRectF &o : std::as_const(obstacles))
                score += overlapArea(r, o);
            for (const QRectF &l : std::as_const(labels))
                score += overlapArea(r, l.adjusted(-2, -2, 2, 2));
            if (bestScore < 0 || score < bestScore) {
                best = r;
                bestScore = score;
            }
            if (score == 0)
                break;
        }
        e.labelRect = best;
        labels.append(best);
    }
}

GraphLayout Layouter::run()
{
    indexNodes();
    findBackEdges();
    assignLayers();
    addDummies();
    orderLayers();
    positionVertices();
    placeBoxes();
    routeEdges();
    placeLabels();

    QRectF bounds;
    for (const QRectF &box : std::as_const(m_result.boxes))
        bounds = bounds.united(box);
    for (const PlacedEdge &e : std::as_const(m_result.edges)) {
        bounds = bounds.united(e.path.boundingRect());
        if (e.labelRect.isValid())
            bounds = bounds.united(e.labelRect);
    }
    const qreal m = ProcessGraphLayout::Margin;
    m_result.bounds = bounds.adjusted(-m, -m, m, m);
    return m_result;
}

} // namespace

GraphLayout ProcessGraphLayout::arrange(const QList<GraphNode> &nodes,
                                        const QList<GraphEdge> &edges, const QString &initial)
{
    return Layouter(nodes, edges, initial).run();
}

} // namespace Hearth::Workflow
