// Static analysis behind Expression::neverTrue(): the guard is brought into disjunctive normal
// form over simple facts about one name each ("x > 5", "x in ['a', 'b']"); it can never be true
// when every conjunction holds facts about some name that no single value satisfies.

#include "expressionnode.h"

#include <QHash>

#include <optional>

namespace Hearth::Workflow::Internal {

namespace {

using Node = Expression::Node;

/// One fact about one name: name <op> value, or name in / not in values.
struct Atom
{
    QString key;
    Op op = Op::Eq;
    QList<Value> values;
};

using Conjunction = QList<Atom>;
/// Alternatives, any of which makes the guard true; empty means the guard is false.
using Disjunction = QList<Conjunction>;

constexpr qsizetype maxConjunctions = 256;

Op flipped(Op op)
{
    switch (op) {
    case Op::Lt:
        return Op::Gt;
    case Op::Le:
        return Op::Ge;
    case Op::Gt:
        return Op::Lt;
    case Op::Ge:
        return Op::Le;
    default:
        return op;
    }
}

QString keyOf(const Node &node)
{
    if (node.kind == Node::Kind::Field)
        return node.name;
    if (node.kind == Node::Kind::RecordField)
        return QString::number(node.depth) + u':' + node.list + u'.' + node.name;
    return {};
}

class Analysis
{
public:
    explicit Analysis(const QString &text) : m_text(text) {}

    /// The guard (or its negation) as alternatives; nullopt when that grows too large.
    std::optional<Disjunction> normalise(const Node &node, bool negated)
    {
        if (node.isConstant())
            return constant(node, negated);
        if (node.kind == Node::Kind::Unary && node.op == Op::Not)
            return normalise(*node.children[0], !negated);
        if (node.kind == Node::Kind::Binary && (node.op == Op::And || node.op == Op::Or)) {
            const bool conjunction = (node.op == Op::And) != negated;
            auto left = normalise(*node.children[0], negated);
            auto right = normalise(*node.children[1], negated);
            if (!left || !right)
                return std::nullopt;
            return conjunction ? product(*left, *right) : Disjunction(*left + *right);
        }
        if (const auto atom = atomOf(node, negated))
            return Disjunction{Conjunction{*atom}};
        if (node.kind == Node::Kind::Collection && node.func == Func::Any && !negated
            && neverTrue(*node.children[0], m_text)) {
            return Disjunction{};
        }
        return Disjunction{Conjunction{}};
    }

private:
    std::optional<Disjunction> constant(const Node &node, bool negated)
    {
        const auto value = constantValue(node, m_text);
        if (!value)
            return Disjunction{};  // an error every time: the guard never holds
        const bool *b = std::get_if<bool>(&*value);
        const bool holds = (b && *b) != negated;
        return holds ? Disjunction{Conjunction{}} : Disjunction{};
    }

    static std::optional<Disjunction> product(const Disjunction &a, const Disjunction &b)
    {
        if (a.size() * b.size() > maxConjunctions)
            return std::nullopt;
        Disjunction result;
        for (const Conjunction &x : a) {
            for (const Conjunction &y : b)
                result.append(x + y);
        }
        return result;
    }

    std::optional<Atom> atomOf(const Node &node, bool negated)
    {
        if (node.kind == Node::Kind::Field || node.kind == Node::Kind::RecordField) {
            if (node.type != ValueType::Bool)
                return std::nullopt;
            return Atom{keyOf(node), negated ? Op::Ne : Op::Eq, {Value(true)}};
        }
        if (node.kind == Node::Kind::In)
            return inAtom(node, negated);
        if (node.kind != Node::Kind::Binary || node.op < Op::Eq || node.op > Op::Ge)
            return std::nullopt;
        const Node *name = node.children[0].get();
        const Node *other = node.children[1].get();
        Op op = node.op;
        if (keyOf(*name).isEmpty()) {
            std::swap(name, other);
            op = flipped(op);
        }
        if (keyOf(*name).isEmpty() || !other->isConstant())
            return std::nullopt;
        if (negated) {
            // not (x < 5) also holds for a null x, which x >= 5 does not: only == and != flip.
            if (op != Op::Eq && op != Op::Ne)
                return std::nullopt;
            op = op == Op::Eq ? Op::Ne : Op::Eq;
        }
        const auto value = constantValue(*other, m_text);
        if (!value)
            return std::nullopt;
        return Atom{keyOf(*name), op, {*value}};
    }

    std::optional<Atom> inAtom(const Node &node, bool negated)
    {
        const QString key = keyOf(*node.children[0]);
        if (key.isEmpty())
            return std::nullopt;
        Atom atom{key, (node.op == Op::In) != negated ? Op::In : Op::NotIn, {}};
        for (size_t i = 1; i < node.children.size(); ++i) {
            if (!node.children[i]->isConstant())
                return std::nullopt;
            const auto value = constantValue(*node.children[i], m_text);
            if (!value)
                return std::nullopt;
            atom.values.append(*value);
        }
        return atom;
    }

    const QString &m_text;
};

bool satisfiedBy(const Value &candidate, const QList<Atom> &atoms)
{
    for (const Atom &atom : atoms) {
        bool holds = true;
        if (atom.op == Op::In || atom.op == Op::NotIn) {
            bool found = false;
            for (const Value &v : atom.values)
                found = found || compare(Op::Eq, candidate, v);
            holds = (atom.op == Op::In) == found;
        } else {
            holds = compare(atom.op, candidate, atom.values.front());
        }
        if (!holds)
            return false;
    }
    return true;
}

struct Bound
{
    Value value;
    bool strict = false;
};

/// Keeps the tighter of two bounds of one kind (lower: the larger value); false when the two
/// cannot hold together whatever the value (null, or a number and a text).
bool tighten(std::optional<Bound> &bound, const Value &value, bool strict, Op further)
{
    if (std::holds_alternative<std::monostate>(value))
        return false;
    if (!bound) {
        bound = Bound{value, strict};
        return true;
    }
    if (bound->value.index() != value.index())
        return false;
    if (compare(further, value, bound->value))
        *bound = Bound{value, strict};
    else if (compare(Op::Eq, value, bound->value))
        bound->strict = bound->strict || strict;
    return true;
}

/// Whether some value of one name meets all the facts about it.
bool satisfiableForName(const QList<Atom> &atoms)
{
    std::optional<QList<Value>> candidates;
    std::optional<Bound> lower;
    std::optional<Bound> upper;
    for (const Atom &atom : atoms) {
        const Value &v = atom.values.isEmpty() ? Value() : atom.values.front();
        bool possible = true;
        if (atom.op == Op::Eq || atom.op == Op::In) {
            QList<Value> kept;
            for (const Value &c : atom.values) {
                if (!candidates || satisfiedBy(c, {Atom{atom.key, Op::In, *candidates}}))
                    kept.append(c);
            }
            candidates = kept;
        } else if (atom.op == Op::Gt || atom.op == Op::Ge) {
            possible = tighten(lower, v, atom.op == Op::Gt, Op::Gt);
        } else if (atom.op == Op::Lt || atom.op == Op::Le) {
            possible = tighten(upper, v, atom.op == Op::Lt, Op::Lt);
        }
        if (!possible)
            return false;
    }
    if (candidates) {
        for (const Value &c : *candidates) {
            if (satisfiedBy(c, atoms))
                return true;
        }
        return false;
    }
    if (!lower || !upper)
        return true;  // a half-open range has room for a value beyond a few exclusions
    if (lower->value.index() != upper->value.index())
        return false;
    // Numbers and text are dense enough that bounds apart leave room for a value; bounds that
    // meet leave only that value.
    if (compare(Op::Lt, lower->value, upper->value))
        return true;
    return compare(Op::Eq, lower->value, upper->value) && !lower->strict && !upper->strict
        && satisfiedBy(lower->value, atoms);
}

bool satisfiable(const Conjunction &conjunction)
{
    QHash<QString, QList<Atom>> byName;
    for (const Atom &atom : conjunction)
        byName[atom.key].append(atom);
    for (const QList<Atom> &atoms : std::as_const(byName)) {
        if (!satisfiableForName(atoms))
            return false;
    }
    return true;
}

} // namespace

bool neverTrue(const Expression::Node &node, const QString &text)
{
    Analysis analysis(text);
    const auto alternatives = analysis.normalise(node, false);
    if (!alternatives)
        return false;
    for (const Conjunction &c : *alternatives) {
        if (satisfiable(c))
            return false;
    }
    return true;
}

} // namespace Hearth::Workflow::Internal
