#include "expression.h"

#include "expressionnode.h"
#include "jsonwriter.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace Hearth::Workflow {

using Internal::Func;
using Internal::Op;
using Internal::columnText;
using Internal::typeName;
using Node = Expression::Node;
using NodePtr = std::unique_ptr<Node>;

namespace {

__extension__ using Int128 = __int128;

constexpr qint64 microsMax = std::numeric_limits<qint64>::max();
constexpr qint64 microsMin = std::numeric_limits<qint64>::min();

bool fitsMicros(Int128 v)
{
    return v >= microsMin && v <= microsMax;
}

// Whole units towards minus infinity.
Int128 floorUnits(qint64 micros)
{
    Int128 q = micros / Core::Decimal::One;
    if (micros % Core::Decimal::One != 0 && micros < 0)
        --q;
    return q;
}

bool isNull(const Value &v)
{
    return std::holds_alternative<std::monostate>(v);
}

const Core::Decimal *asNumber(const Value &v)
{
    return std::get_if<Core::Decimal>(&v);
}

const QString *asText(const Value &v)
{
    return std::get_if<QString>(&v);
}

class Evaluator
{
public:
    Evaluator(const Scope &scope, const QString &text) : m_scope(scope), m_text(text) {}

    bool eval(const Node &node, Value &out)
    {
        switch (node.kind) {
        case Node::Kind::Literal:
            out = node.literal;
            return true;
        case Node::Kind::Field:
            if (node.slot >= 0) {
                if (const Value *v = m_scope.slotValue(node.slotNames, node.slot)) {
                    out = *v;
                    return true;
                }
            }
            out = m_scope.value(node.name);
            return true;
        case Node::Kind::RecordField:
            out = m_scope.item(node.list, m_indices.value(node.depth), node.name);
            return true;
        case Node::Kind::Unary:
            return unary(node, out);
        case Node::Kind::Binary:
            return binary(node, out);
        case Node::Kind::In:
            return in(node, out);
        case Node::Kind::Call:
            return call(node, out);
        case Node::Kind::Collection:
            return collection(node, out);
        }
        return false;
    }

    Core::Error error;

private:
    // The node's value where it can be read in place (a literal or a bound name), else
    // evaluated into scratch; nullptr when evaluating fails.
    const Value *valueOf(const Node &node, Value &scratch)
    {
        if (node.kind == Node::Kind::Literal)
            return &node.literal;
        if (node.kind == Node::Kind::Field && node.slot >= 0) {
            if (const Value *v = m_scope.slotValue(node.slotNames, node.slot))
                return v;
        }
        return eval(node, scratch) ? &scratch : nullptr;
    }

    QString source(const Node &node) const
    {
        return m_text.mid(node.start, node.end - node.start).simplified();
    }

    bool fail(const Node &node, const QString &message)
    {
        error = Core::Error{message, columnText(node.start)};
        return false;
    }

    bool failType(const Node &node, const Value &value, ValueType wanted)
    {
        return fail(node, Expression::tr("%1 should be %2 but is \"%3\"")
                              .arg(source(node), typeName(wanted), valueToString(value)));
    }

    // A guard's truth: only true is true, null counts as false.
    bool truth(const Node &node, bool &out)
    {
        Value v;
        if (!eval(node, v))
            return false;
        if (const bool *b = std::get_if<bool>(&v)) {
            out = *b;
            return true;
        }
        if (isNull(v)) {
            out = false;
            return true;
        }
        return failType(node, v, ValueType::Bool);
    }

    // A number, or null; anything else is an error. Numbers are worked out without a Value
    // where the node is one (literals, bound names, arithmetic, numeric functions).
    bool number(const Node &node, std::optional<Core::Decimal> &out)
    {
        switch (node.kind) {
        case Node::Kind::Literal:
            return numberOf(node, node.literal, out);
        case Node::Kind::Field:
            if (node.slot >= 0) {
                if (const Value *v = m_scope.slotValue(node.slotNames, node.slot))
                    return numberOf(node, *v, out);
            }
            break;
        case Node::Kind::Binary:
            if (isArithmetic(node.op))
                return arithmetic(node, out);
            break;
        case Node::Kind::Unary:
            if (node.op != Op::Not)
                return negate(node, out);
            break;
        case Node::Kind::Call:
            if (!isTextual(node.func))
                return numeric(node, out);
            break;
        default:
            break;
        }
        Value v;
        if (!eval(node, v))
            return false;
        return numberOf(node, v, out);
    }

    bool numberOf(const Node &node, const Value &v, std::optional<Core::Decimal> &out)
    {
        out.reset();
        if (const Core::Decimal *d = asNumber(v))
            out = *d;
        else if (!isNull(v))
            return failType(node, v, ValueType::Number);
        return true;
    }

    static bool isArithmetic(Op op)
    {
        return op == Op::Add || op == Op::Sub || op == Op::Mul || op == Op::Div;
    }

    static bool isTextual(Func func)
    {
        return func == Func::Contains || func == Func::StartsWith || func == Func::EndsWith
               || func == Func::Len;
    }

    // Sets out to the number, or to null for nullopt.
    static bool assign(bool ok, const std::optional<Core::Decimal> &d, Value &out)
    {
        if (ok)
            out = d ? Value(*d) : Value();
        return ok;
    }

    bool tooLarge(const Node &node)
    {
        return fail(node, Expression::tr("the result of %1 is too large").arg(source(node)));
    }

    bool unary(const Node &node, Value &out)
    {
        if (node.op == Op::Not) {
            bool b = false;
            if (!truth(*node.children[0], b))
                return false;
            out = !b;
            return true;
        }
        std::optional<Core::Decimal> d;
        return assign(negate(node, d), d, out);
    }

    bool negate(const Node &node, std::optional<Core::Decimal> &out)
    {
        std::optional<Core::Decimal> d;
        if (!number(*node.children[0], d))
            return false;
        out.reset();
        if (!d)
            return true;
        if (d->micros() == microsMin)
            return tooLarge(node);
        out = Core::Decimal::fromMicros(-d->micros());
        return true;
    }

    bool binary(const Node &node, Value &out)
    {
        const Node &left = *node.children[0];
        const Node &right = *node.children[1];
        switch (node.op) {
        case Op::And:
        case Op::Or: {
            bool a = false;
            if (!truth(left, a))
                return false;
            if (a == (node.op == Op::Or)) {
                out = a;
                return true;
            }
            bool b = false;
            if (!truth(right, b))
                return false;
            out = b;
            return true;
        }
        case Op::Eq:
        case Op::Ne:
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: {
            Value scratchA;
            Value scratchB;
            const Value *a = valueOf(left, scratchA);
            const Value *b = a ? valueOf(right, scratchB) : nullptr;
            if (!b)
                return false;
            out = Internal::compare(node.op, *a, *b);
            return true;
        }
        default: {
            std::optional<Core::Decimal> d;
            return assign(arithmetic(node, d), d, out);
        }
        }
    }

    bool arithmetic(const Node &node, std::optional<Core::Decimal> &out)
    {
        std::optional<Core::Decimal> a;
        std::optional<Core::Decimal> b;
        if (!number(*node.children[0], a) || !number(*node.children[1], b))
            return false;
        out.reset();
        if (!a || !b)
            return true;
        const Int128 x = a->micros();
        const Int128 y = b->micros();
        switch (node.op) {
        case Op::Add:
        case Op::Sub: {
            const Int128 r = node.op == Op::Add ? x + y : x - y;
            if (!fitsMicros(r))
                return tooLarge(node);
            out = Core::Decimal::fromMicros(qint64(r));
            return true;
        }
        case Op::Mul: {
            const Int128 product = x * y;
            const Int128 magnitude = product < 0 ? -product : product;
            if (magnitude / Core::Decimal::One > Int128(microsMax))
                return tooLarge(node);
            out = Core::Decimal::multiply(*a, *b);
            return true;
        }
        case Op::Div: {
            if (b->isZero()) {
                return fail(node, Expression::tr("division by zero in %1 (%2 is 0)")
                                      .arg(source(node), source(*node.children[1])));
            }
            const auto q = Core::Decimal::divide(*a, *b);
            if (!q)
                return tooLarge(node);
            out = *q;
            return true;
        }
        default:
            break;
        }
        return fail(node, Expression::tr("unsupported operation in %1").arg(source(node)));
    }

    bool in(const Node &node, Value &out)
    {
        Value scratch;
        const Value *left = valueOf(*node.children[0], scratch);
        if (!left)
            return false;
        bool found = false;
        for (size_t i = 1; i < node.children.size() && !found; ++i) {
            Value itemScratch;
            const Value *item = valueOf(*node.children[i], itemScratch);
            if (!item)
                return false;
            found = Internal::compare(Op::Eq, *left, *item);
        }
        out = node.op == Op::In ? found : !found;
        return true;
    }

    bool roundTo(const Node &node, Core::Decimal value, int decimals,
                 std::optional<Core::Decimal> &out)
    {
        qint64 factor = 1;
        for (int i = decimals; i < Core::Decimal::Scale; ++i)
            factor *= 10;
        Int128 steps = value.micros() / factor;
        const qint64 rest = value.micros() % factor;
        if (2 * (rest < 0 ? -Int128(rest) : Int128(rest)) >= factor)
            steps += rest < 0 ? -1 : 1;
        if (!fitsMicros(steps * factor))
            return tooLarge(node);
        out = Core::Decimal::fromMicros(qint64(steps * factor));
        return true;
    }

    bool numeric(const Node &node, std::optional<Core::Decimal> &out)
    {
        if (node.func == Func::Min || node.func == Func::Max) {
            std::optional<Core::Decimal> best;
            for (const auto &child : node.children) {
                std::optional<Core::Decimal> d;
                if (!number(*child, d))
                    return false;
                if (d && (!best || (node.func == Func::Min ? *d < *best : *d > *best)))
                    best = d;
            }
            out = best;
            return true;
        }
        std::optional<Core::Decimal> d;
        if (!number(*node.children[0], d))
            return false;
        out.reset();
        if (!d)
            return true;
        switch (node.func) {
        case Func::Floor:
        case Func::Ceil: {
            const bool ceiling = node.func == Func::Ceil;
            Int128 units = ceiling ? -floorUnits(-d->micros()) : floorUnits(d->micros());
            if (ceiling && d->micros() == microsMin)
                units = floorUnits(d->micros()) + 1;
            if (!fitsMicros(units * Core::Decimal::One))
                return tooLarge(node);
            out = Core::Decimal::fromMicros(qint64(units * Core::Decimal::One));
            return true;
        }
        case Func::Abs:
            if (d->micros() == microsMin)
                return tooLarge(node);
            out = Core::Decimal::fromMicros(d->micros() < 0 ? -d->micros() : d->micros());
            return true;
        case Func::Round: {
            int decimals = 0;
            if (node.children.size() > 1) {
                std::optional<Core::Decimal> places;
                if (!number(*node.children[1], places))
                    return false;
                if (!places || places->micros() % Core::Decimal::One != 0
                    || places->micros() < 0 || places->micros() > 6 * Core::Decimal::One) {
                    return fail(*node.children[1],
                                Expression::tr("round() keeps 0 to 6 decimals, not %1")
                                    .arg(source(*node.children[1])));
                }
                decimals = int(places->micros() / Core::Decimal::One);
            }
            return roundTo(node, *d, decimals, out);
        }
        default:
            break;
        }
        return fail(node, Expression::tr("unsupported function in %1").arg(source(node)));
    }

    // Text or null, without copying the text out of its value.
    bool textValue(const Node &node, Value &scratch, const QString *&out)
    {
        const Value *v = valueOf(node, scratch);
        if (!v)
            return false;
        out = asText(*v);
        if (!out && !isNull(*v))
            return failType(node, *v, ValueType::Text);
        return true;
    }

    bool textual(const Node &node, Value &out)
    {
        Value first;
        const QString *a = nullptr;
        if (!textValue(*node.children[0], first, a))
            return false;
        if (node.func == Func::Len) {
            out = Core::Decimal::fromInt(a ? a->size() : 0);
            return true;
        }
        Value second;
        const QString *b = nullptr;
        if (!textValue(*node.children[1], second, b))
            return false;
        if (!a || !b) {
            out = false;
            return true;
        }
        if (node.func == Func::Contains)
            out = a->contains(*b);
        else if (node.func == Func::StartsWith)
            out = a->startsWith(*b);
        else
            out = a->endsWith(*b);
        return true;
    }

    bool call(const Node &node, Value &out)
    {
        switch (node.func) {
        case Func::Contains:
        case Func::StartsWith:
        case Func::EndsWith:
        case Func::Len:
            return textual(node, out);
        default: {
            std::optional<Core::Decimal> d;
            return assign(numeric(node, d), d, out);
        }
        }
    }

    bool collection(const Node &node, Value &out)
    {
        const int n = m_scope.count(node.name);
        if (node.children.empty()) {
            out = Core::Decimal::fromInt(n);
            return true;
        }
        if (m_indices.size() <= node.depth)
            m_indices.resize(node.depth + 1);
        const Node &body = *node.children[0];
        int matches = 0;
        Int128 total = 0;
        std::optional<Core::Decimal> best;
        for (int i = 0; i < n; ++i) {
            m_indices[node.depth] = i;
            if (node.func == Func::Any || node.func == Func::All || node.func == Func::Count) {
                bool holds = false;
                if (!truth(body, holds))
                    return false;
                matches += holds ? 1 : 0;
                if (node.func == Func::Any && holds) {
                    out = true;
                    return true;
                }
                if (node.func == Func::All && !holds) {
                    out = false;
                    return true;
                }
                continue;
            }
            std::optional<Core::Decimal> d;
            if (!number(body, d))
                return false;
            if (!d)
                continue;
            total += d->micros();
            if (!best || (node.func == Func::MinOf ? *d < *best : *d > *best))
                best = d;
        }
        switch (node.func) {
        case Func::Any:
            out = false;
            return true;
        case Func::All:
            out = true;
            return true;
        case Func::Count:
            out = Core::Decimal::fromInt(matches);
            return true;
        case Func::Sum:
            if (!fitsMicros(total))
                return tooLarge(node);
            out = Core::Decimal::fromMicros(qint64(total));
            return true;
        default:
            out = best ? Value(*best) : Value();
            return true;
        }
    }

    const Scope &m_scope;
    const QString &m_text;
    QVarLengthArray<int, 4> m_indices;
};

class EmptyScope : public Scope
{
public:
    Value value(const QString &) const override { return {}; }
    int count(const QString &) const override { return 0; }
    Value item(const QString &, int, const QString &) const override { return {}; }
};

NodePtr cloneBound(const Node &node, const QStringList *names)
{
    auto copy = std::make_unique<Node>();
    copy->kind = node.kind;
    copy->op = node.op;
    copy->func = node.func;
    copy->type = node.type;
    copy->literal = node.literal;
    copy->name = node.name;
    copy->list = node.list;
    copy->depth = node.depth;
    copy->start = node.start;
    copy->end = node.end;
    copy->slot = node.slot;
    copy->slotNames = node.slotNames;
    if (node.kind == Node::Kind::Field) {
        copy->slot = int(names->indexOf(node.name));
        copy->slotNames = copy->slot >= 0 ? names : nullptr;
    }
    copy->children.reserve(node.children.size());
    for (const auto &child : node.children)
        copy->children.push_back(cloneBound(*child, names));
    return copy;
}

void collectNames(const Node &node, QSet<QString> &names)
{
    if (node.kind == Node::Kind::Field)
        names.insert(node.name);
    else if (node.kind == Node::Kind::RecordField)
        names.insert(node.list + u'.' + node.name);
    else if (node.kind == Node::Kind::Collection)
        names.insert(node.name);
    for (const auto &child : node.children)
        collectNames(*child, names);
}

} // namespace

// ---------------------------------------------------------------------------------------------

bool Internal::compare(Op op, const Value &a, const Value &b)
{
    const bool aNull = isNull(a);
    const bool bNull = isNull(b);
    if (aNull || bNull || a.index() != b.index()) {
        const bool equal = aNull && bNull;
        if (op == Op::Eq)
            return equal;
        if (op == Op::Ne)
            return !equal;
        return false;
    }
    int order = 0;
    if (const bool *x = std::get_if<bool>(&a)) {
        if (op != Op::Eq && op != Op::Ne)
            return false;
        order = *x == std::get<bool>(b) ? 0 : 1;
    } else if (const Core::Decimal *x = asNumber(a)) {
        const Core::Decimal y = std::get<Core::Decimal>(b);
        order = *x < y ? -1 : (*x > y ? 1 : 0);
    } else {
        order = std::get<QString>(a).compare(std::get<QString>(b));
    }
    switch (op) {
    case Op::Eq:
        return order == 0;
    case Op::Ne:
        return order != 0;
    case Op::Lt:
        return order < 0;
    case Op::Le:
        return order <= 0;
    case Op::Gt:
        return order > 0;
    case Op::Ge:
        return order >= 0;
    default:
        return false;
    }
}

bool Expression::Node::isConstant() const
{
    if (kind == Kind::Field || kind == Kind::RecordField || kind == Kind::Collection)
        return false;
    return std::all_of(children.begin(), children.end(),
                       [](const auto &child) { return child->isConstant(); });
}

std::optional<Value> Internal::constantValue(const Expression::Node &node, const QString &text)
{
    const EmptyScope scope;
    Evaluator evaluator(scope, text);
    Value value;
    if (!evaluator.eval(node, value))
        return std::nullopt;
    return value;
}

Expression::Expression() = default;
Expression::~Expression() = default;
Expression::Expression(const Expression &other) = default;
Expression &Expression::operator=(const Expression &other) = default;

Core::Result<Expression> Expression::parse(const QString &text, const FieldSchema &schema)
{
    if (text.trimmed().isEmpty())
        return Core::Error{tr("the expression is empty"), columnText(0)};
    Core::Error error;
    NodePtr root = Internal::parseNode(text, schema, error);
    if (!root)
        return error;
    Expression expression;
    expression.m_root = std::move(root);
    expression.m_text = text;
    return expression;
}

Core::Result<Value> Expression::evaluate(const Scope &scope) const
{
    Value value;
    Core::Error error;
    if (!evaluate(scope, value, error))
        return error;
    return value;
}

bool Expression::evaluate(const Scope &scope, Value &out, Core::Error &error) const
{
    if (!m_root) {
        out = Value();
        return true;
    }
    // Formulas are often a number or a single name ("18", "H"): read without an evaluator.
    if (m_root->kind == Node::Kind::Literal) {
        out = m_root->literal;
        return true;
    }
    if (m_root->kind == Node::Kind::Field && m_root->slot >= 0) {
        if (const Value *v = scope.slotValue(m_root->slotNames, m_root->slot)) {
            out = *v;
            return true;
        }
    }
    Evaluator evaluator(scope, m_text);
    if (!evaluator.eval(*m_root, out)) {
        error = std::move(evaluator.error);
        return false;
    }
    return true;
}

Core::Result<bool> Expression::test(const Scope &scope) const
{
    Value value;
    Core::Error error;
    if (!evaluate(scope, value, error))
        return error;
    const bool *b = std::get_if<bool>(&value);
    return b && *b;
}

void Expression::bindNames(const QStringList *names)
{
    if (m_root && names)
        m_root = cloneBound(*m_root, names);
}

QString Expression::text() const
{
    return m_text;
}

ValueType Expression::type() const
{
    return m_root ? m_root->type : ValueType::Any;
}

QStringList Expression::names() const
{
    QSet<QString> names;
    if (m_root)
        collectNames(*m_root, names);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

bool Expression::neverTrue() const
{
    return m_root && Internal::neverTrue(*m_root, m_text);
}

QString valueToString(const Value &value)
{
    if (const bool *b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const Core::Decimal *d = std::get_if<Core::Decimal>(&value))
        return Internal::decimalText(*d);
    if (const QString *s = std::get_if<QString>(&value))
        return *s;
    return QStringLiteral("null");
}

} // namespace Hearth::Workflow
