#pragma once

#include "core/decimal.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

namespace Hearth::Workflow {

/// A value in a guard or a template formula: nothing, a truth value, an exact number or text.
/// Numbers are Core::Decimal (six decimals); no binary floating point is involved.
using Value = std::variant<std::monostate, bool, Core::Decimal, QString>;

enum class ValueType { Bool, Number, Text, Any };

/// The names an expression may use and their types; a collection (such as "lines") is a list of
/// records with fields of their own, used through any(), all(), count(), sum(), min(), max().
struct FieldSchema
{
    QHash<QString, ValueType> fields;                 // "order.total" -> Number
    QHash<QString, QHash<QString, ValueType>> lists;  // "lines" -> {"width_mm": Number, ...}
};

/// What an expression reads its names from while it is evaluated.
class Scope
{
public:
    virtual ~Scope() = default;
    /// The value of a plain name ("order.total"), or monostate when the record has none.
    virtual Value value(const QString &name) const = 0;
    /// The number of records in a collection ("lines").
    virtual int count(const QString &list) const = 0;
    /// A field of one record of a collection ("lines", 2, "width_mm").
    virtual Value item(const QString &list, int index, const QString &field) const = 0;
    /// A fast path for expressions whose names were bound with Expression::bindNames(): the
    /// value of names[slot] when `names` is the list this scope answers for, else nullptr (and
    /// the name is looked up through value()).
    virtual const Value *slotValue(const QStringList *names, int slot) const
    {
        Q_UNUSED(names);
        Q_UNUSED(slot);
        return nullptr;
    }
};

/// A small, safe expression language for guards, rule conditions and template formulas:
///   order.total >= 50000 and any(lines, custom and width_mm > 2800)
///   H - 2 * T        ceil(W / 600)        kind in ['glass', 'stone']
/// Literals (numbers, 'text', true, false, null), names with dots, arithmetic (+ - * / with
/// exact decimals), comparisons, and/or/not, "in [..]", and the functions any, all, count,
/// sum, min, max over a collection, plus ceil, floor, round, abs, min and max of numbers and
/// contains, startswith, len of text. Inside a collection function the record's fields are
/// plain names.
class Expression
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::Expression)

public:
    Expression();
    ~Expression();
    Expression(const Expression &other);
    Expression &operator=(const Expression &other);

    /// Parses and checks the text against the schema: an unknown name, a wrong type or a syntax
    /// error is an error that says where (column) and what.
    static Core::Result<Expression> parse(const QString &text, const FieldSchema &schema);

    Core::Result<Value> evaluate(const Scope &scope) const;
    /// evaluate() into out, for formulas evaluated many times: false, with the error, when it
    /// cannot be evaluated.
    bool evaluate(const Scope &scope, Value &out, Core::Error &error) const;
    /// evaluate() for a guard: true only for a true boolean result.
    Core::Result<bool> test(const Scope &scope) const;

    /// Binds each plain name to its position in `names` (which must outlive the expression),
    /// so that a scope answering slotValue() for that list reads it without a look-up. The
    /// result of evaluate() does not change; names not in the list stay looked up by name.
    void bindNames(const QStringList *names);

    QString text() const;
    ValueType type() const;
    /// The names the expression reads, for validation and for the dry run's explanations.
    QStringList names() const;
    /// True when static analysis shows the expression can never be true (a constant false, or
    /// contradictory comparisons of one name joined by "and", such as x > 5 and x < 3).
    bool neverTrue() const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QString m_text;
};

QString valueToString(const Value &value);

} // namespace Hearth::Workflow
