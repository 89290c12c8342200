#include "workflow/processdefinition.h"
#include "workflow/ui/processgraphlayout.h"

#include <QTest>

using namespace Hearth::Workflow;

namespace {

struct Graph
{
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    QString initial;
};

// "a>b b>c" with every box 120×48 and every label 60×18.
Graph graph(const QString &ids, const QString &edges)
{
    Graph g;
    for (const QString &id : ids.split(u' ', Qt::SkipEmptyParts))
        g.nodes.append({id, QSizeF(120, 48), std::nullopt});
    for (const QString &e : edges.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList ends = e.split(u'>');
        g.edges.append({ends.at(0), ends.at(1), QSizeF(60, 18)});
    }
    g.initial = g.nodes.isEmpty() ? QString() : g.nodes.first().id;
    return g;
}

Graph shipped(const QString &code)
{
    Graph g;
    const auto definitions = ProcessDefinition::builtIns();
    if (!definitions)
        return g;
    for (const ProcessDefinition &d : definitions.value()) {
        if (d.code() != code)
            continue;
        for (const ProcessState &s : d.states())
            g.nodes.append({s.id, QSizeF(40 + 14 * s.name.size(), 46), std::nullopt});
        for (const ProcessTransition &t : d.transitions()) {
            for (const QString &from : t.from)
                g.edges.append({from, t.to, QSizeF(70, 18)});
        }
        g.initial = d.initial();
    }
    return g;
}

QString firstOverlap(const GraphLayout &layout)
{
    const QStringList ids = layout.boxes.keys();
    for (int i = 0; i < ids.size(); ++i) {
        for (int j = i + 1; j < ids.size(); ++j) {
            if (layout.boxes.value(ids.at(i)).intersects(layout.boxes.value(ids.at(j))))
                return ids.at(i) + QStringLiteral(" and ") + ids.at(j);
        }
    }
    return {};
}

qreal distanceToBorder(const QPointF &p, const QRectF &box)
{
    const qreal dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const qreal dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min({p.x() - box.left(), box.right() - p.x(), p.y() - box.top(),
                     box.bottom() - p.y()});
}

} // namespace

class tst_ProcessGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void noBoxesOverlap_data();
    void noBoxesOverlap();
    void layersFollowTransitions_data();
    void layersFollowTransitions();
    void cycleStillLaysOut();
    void orderWithinLayersRemovesCrossings();
    void edgesRunFromBoxToBox();
    void labelsStayClearOfBoxesAndEachOther();
    void savedPositionsAreKept();
    void unknownStatesAndEmptyGraphs();
};

void tst_ProcessGraphLayout::noBoxesOverlap_data()
{
    QTest::addColumn<QString>("nodes");
    QTest::addColumn<QString>("edges");
    QTest::newRow("chain") << "a b c d" << "a>b b>c c>d";
    QTest::newRow("diamond") << "a b c d" << "a>b a>c b>d c>d";
    QTest::newRow("fan out of six")
        << "a b c d e f g" << "a>b a>c a>d a>e a>f a>g";
    QTest::newRow("long edge past a chain") << "a b c d e" << "a>b b>c c>d d>e a>e";
    QTest::newRow("two cycles") << "a b c d e" << "a>b b>c c>a c>d d>e e>c";
    QTest::newRow("no edges") << "a b c" << "";
}

void tst_ProcessGraphLayout::noBoxesOverlap()
{
    QFETCH(QString, nodes);
    QFETCH(QString, edges);
    const Graph g = graph(nodes, edges);
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, g.initial);
    QCOMPARE(layout.boxes.size(), g.nodes.size());
    QCOMPARE(firstOverlap(layout), QString());
    for (const GraphNode &n : g.nodes) {
        QCOMPARE(layout.boxes.value(n.id).size(), n.size);
        QVERIFY(layout.bounds.contains(layout.boxes.value(n.id)));
    }
}

void tst_ProcessGraphLayout::layersFollowTransitions_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("cabinetry") << "cabinetry";
    QTest::newRow("furniture") << "furniture";
    QTest::newRow("hardware") << "hardware";
    QTest::newRow("remake") << "remake";
}

void tst_ProcessGraphLayout::layersFollowTransitions()
{
    QFETCH(QString, code);
    const Graph g = shipped(code);
    QVERIFY2(!g.nodes.isEmpty(), "the shipped definition reads");
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, g.initial);

    QCOMPARE(firstOverlap(layout), QString());
    QCOMPARE(layout.layers.value(g.initial), 0);
    QCOMPARE(layout.edges.size(), g.edges.size());
    int back = 0;
    for (const PlacedEdge &e : layout.edges) {
        const GraphEdge &edge = g.edges.at(e.edge);
        const int from = layout.layers.value(edge.from);
        const int to = layout.layers.value(edge.to);
        if (e.back) {
            ++back;
            QVERIFY2(to < from, qPrintable(edge.from + "→" + edge.to + " goes back"));
            continue;
        }
        QVERIFY2(to > from, qPrintable(edge.from + "→" + edge.to + " goes down"));
        // Each layer is drawn below the one before it.
        QVERIFY(layout.boxes.value(edge.to).top() > layout.boxes.value(edge.from).bottom());
    }
    // Only the loops back (resubmit after a hold or a rejection, amendments) go back.
    QVERIFY(back >= 2);
    QVERIFY(back <= 5);
    // Longest paths: a state sits one layer below the lowest state that leads to it.
    for (const GraphNode &n : g.nodes) {
        if (n.id == g.initial)
            continue;
        int expected = 0;
        for (const PlacedEdge &e : layout.edges) {
            const GraphEdge &edge = g.edges.at(e.edge);
            if (!e.back && edge.to == n.id)
                expected = std::max(expected, layout.layers.value(edge.from) + 1);
        }
        QCOMPARE(layout.layers.value(n.id), expected);
    }
}

void tst_ProcessGraphLayout::cycleStillLaysOut()
{
    Graph g = graph("a b c", "a>b b>c c>a c>c");
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, "a");
    QCOMPARE(layout.layers.value("a"), 0);
    QCOMPARE(layout.layers.value("b"), 1);
    QCOMPARE(layout.layers.value("c"), 2);
    QCOMPARE(layout.edges.size(), 4);
    QVERIFY(!layout.edges.at(0).back);
    QVERIFY(!layout.edges.at(1).back);
    QVERIFY(layout.edges.at(2).back);
    QVERIFY(layout.edges.at(3).selfLoop);
    for (const PlacedEdge &e : layout.edges)
        QVERIFY(e.path.length() > 10);
    QCOMPARE(firstOverlap(layout), QString());

    // The back edge from c to a is curved: it leaves the straight line between the boxes.
    const PlacedEdge &back = layout.edges.at(2);
    const QLineF chord(back.path.pointAtPercent(0), back.path.pointAtPercent(1));
    const QPointF middle = back.path.pointAtPercent(0.5);
    const QPointF onChord = chord.pointAt(0.5);
    QVERIFY(QLineF(middle, onChord).length() > 10);

    // A walk that starts elsewhere still finds the cycle once.
    const GraphLayout fromB = ProcessGraphLayout::arrange(g.nodes, g.edges, "b");
    QCOMPARE(fromB.layers.value("b"), 0);
    int back2 = 0;
    for (const PlacedEdge &e : fromB.edges)
        back2 += e.back ? 1 : 0;
    QCOMPARE(back2, 1);
}

void tst_ProcessGraphLayout::orderWithinLayersRemovesCrossings()
{
    // Found depth first, the third layer is x, y, z and a→y crosses b→x; y, x, z has none.
    const Graph g = graph("s a b x y z", "s>a s>b a>x a>y b>x b>z");
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, "s");
    QCOMPARE(layout.crossings, 0);
    const qreal x = layout.boxes.value("x").center().x();
    QVERIFY(layout.boxes.value("y").center().x() < x);
    QVERIFY(layout.boxes.value("z").center().x() > x);
}

void tst_ProcessGraphLayout::edgesRunFromBoxToBox()
{
    const Graph g = shipped("cabinetry");
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, g.initial);
    for (const PlacedEdge &e : layout.edges) {
        const GraphEdge &edge = g.edges.at(e.edge);
        const QString name = edge.from + "→" + edge.to;
        QVERIFY2(distanceToBorder(e.path.pointAtPercent(0), layout.boxes.value(edge.from)) < 1,
                 qPrintable(name));
        QVERIFY2(distanceToBorder(e.tip, layout.boxes.value(edge.to)) < 1, qPrintable(name));
        QCOMPARE(e.tip, e.path.pointAtPercent(1));
    }
}

void tst_ProcessGraphLayout::labelsStayClearOfBoxesAndEachOther()
{
    const Graph g = shipped("cabinetry");
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, g.initial);
    QList<QRectF> labels;
    for (const PlacedEdge &e : layout.edges) {
        QVERIFY(e.labelRect.isValid());
        QCOMPARE(e.labelRect.size(), QSizeF(70, 18));
        for (auto it = layout.boxes.cbegin(); it != layout.boxes.cend(); ++it) {
            QVERIFY2(!e.labelRect.intersects(it.value()),
                     qPrintable("a label covers " + it.key()));
        }
        labels.append(e.labelRect);
    }
    QStringList overlapping;
    for (int i = 0; i < labels.size(); ++i) {
        for (int j = i + 1; j < labels.size(); ++j) {
            if (!labels.at(i).intersects(labels.at(j)))
                continue;
            const GraphEdge &a = g.edges.at(layout.edges.at(i).edge);
            const GraphEdge &b = g.edges.at(layout.edges.at(j).edge);
            overlapping.append(a.from + "→" + a.to + " and " + b.from + "→" + b.to);
        }
    }
    QVERIFY2(overlapping.isEmpty(), qPrintable(overlapping.join(", ")));
}

void tst_ProcessGraphLayout::savedPositionsAreKept()
{
    Graph g = graph("a b c d", "a>b a>c b>d c>d");
    const GraphLayout automatic = ProcessGraphLayout::arrange(g.nodes, g.edges, "a");
    // d is dropped where b was laid out; b, laid out there again, moves aside.
    g.nodes[3].position = automatic.boxes.value("b").topLeft();
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, "a");
    QCOMPARE(layout.boxes.value("d").topLeft(), automatic.boxes.value("b").topLeft());
    QCOMPARE(layout.boxes.value("a"), automatic.boxes.value("a"));
    QCOMPARE(firstOverlap(layout), QString());

    // All placed by hand: exactly there, edges still from box to box.
    for (int i = 0; i < g.nodes.size(); ++i)
        g.nodes[i].position = QPointF(300 * i, 40 * (i % 2));
    const GraphLayout manual = ProcessGraphLayout::arrange(g.nodes, g.edges, "a");
    for (int i = 0; i < g.nodes.size(); ++i)
        QCOMPARE(manual.boxes.value(g.nodes.at(i).id).topLeft(), QPointF(300 * i, 40 * (i % 2)));
    for (const PlacedEdge &e : manual.edges) {
        const GraphEdge &edge = g.edges.at(e.edge);
        QVERIFY(distanceToBorder(e.path.pointAtPercent(0), manual.boxes.value(edge.from)) < 1);
        QVERIFY(distanceToBorder(e.tip, manual.boxes.value(edge.to)) < 1);
    }
}

void tst_ProcessGraphLayout::unknownStatesAndEmptyGraphs()
{
    const Graph g = graph("a b", "a>b b>ghost ghost>a");
    const GraphLayout layout = ProcessGraphLayout::arrange(g.nodes, g.edges, "nowhere");
    QCOMPARE(layout.boxes.size(), 2);
    QCOMPARE(layout.edges.size(), 1);
    QCOMPARE(layout.edges.first().edge, 0);
    QCOMPARE(layout.layers.value("a"), 0);

    const GraphLayout empty = ProcessGraphLayout::arrange({}, {}, QString());
    QVERIFY(empty.boxes.isEmpty());
    QVERIFY(empty.edges.isEmpty());

    // A second state with the same id is left out rather than drawn on top of the first.
    Graph twice = graph("a b a", "a>b");
    const GraphLayout once = ProcessGraphLayout::arrange(twice.nodes, twice.edges, "a");
    QCOMPARE(once.boxes.size(), 2);
}

QTEST_GUILESS_MAIN(tst_ProcessGraphLayout)
#include "tst_processgraphlayout.moc"
