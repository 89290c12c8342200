#pragma once

// The parsed form of an Expression, shared by the parser (expressionparser.cpp), the evaluator
// (expression.cpp) and the static analysis behind Expression::neverTrue()
// (expressionanalysis.cpp). Not for use elsewhere.

#include "workflow/expression.h"

#include <memory>
#include <optional>
#include <vector>

namespace Hearth::Workflow {

namespace Internal {

enum class Op { None, Or, And, Not, Negate, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub, Mul, Div, In, NotIn };

enum class Func {
    None,
    Any, All, Count, Sum, MinOf, MaxOf,  // over a collection
    Ceil, Floor, Round, Abs, Min, Max,   // numbers
    Contains, StartsWith, EndsWith, Len  // text
};

/// How a comparison of two values turns out: null equals only null and has no order; values of
/// different types are unequal and unordered; text compares exactly, code unit by code unit.
bool compare(Op op, const Value &a, const Value &b);

} // namespace Internal

struct Expression::Node
{
    enum class Kind { Literal, Field, RecordField, Unary, Binary, In, Call, Collection };

    Kind kind = Kind::Literal;
    Internal::Op op = Internal::Op::None;
    Internal::Func func = Internal::Func::None;
    ValueType type = ValueType::Any;
    Value literal;
    QString name;   // Field: the schema's name; RecordField: the record's field; Collection: list
    QString list;   // RecordField: the collection the record belongs to
    int depth = 0;  // RecordField, Collection: which enclosing collection (0 = the outermost)
    int slot = -1;  // Field: the name's position in slotNames, set by Expression::bindNames()
    const QStringList *slotNames = nullptr;
    int start = 0;  // the source text it was parsed from: [start, end), 0-based
    int end = 0;
    std::vector<std::unique_ptr<Node>> children;

    /// True when the node reads no name, so its value is the same for every order.
    bool isConstant() const;
};

namespace Internal {

/// Parses and types the text; null with the error (and its column) when it cannot.
std::unique_ptr<Expression::Node> parseNode(const QString &text, const FieldSchema &schema,
                                            Core::Error &error);

/// "column 12" for a 0-based position in the text.
QString columnText(int position);
/// "a number", "text", "true/false", for messages.
QString typeName(ValueType type);

/// The value of a constant node, or nullopt when evaluating it fails (such as a division by 0).
std::optional<Value> constantValue(const Expression::Node &node, const QString &text);

bool neverTrue(const Expression::Node &node, const QString &text);

} // namespace Internal

} // namespace Hearth::Workflow
