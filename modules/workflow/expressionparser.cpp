// Reading an expression: the lexer, and a recursive-descent parser that gives each node its type
// and reports the first problem with its column.

#include "expressionnode.h"

#include <QSet>

#include <algorithm>

namespace Hearth::Workflow {

using Internal::Func;
using Internal::Op;
using Internal::columnText;
using Internal::typeName;
using Node = Expression::Node;
using NodePtr = std::unique_ptr<Node>;

QString Internal::columnText(int position)
{
    return Expression::tr("column %1").arg(position + 1);
}

QString Internal::typeName(ValueType type)
{
    switch (type) {
    case ValueType::Bool:
        return Expression::tr("true/false");
    case ValueType::Number:
        return Expression::tr("a number");
    case ValueType::Text:
        return Expression::tr("text");
    case ValueType::Any:
        break;
    }
    return Expression::tr("any value");
}

namespace {

// ---------------------------------------------------------------------------------------------
// Tokens

struct Token
{
    enum class Type { End, Number, Text, Name, Symbol };

    Type type = Type::End;
    QString text;  // the name, the symbol, or the text literal's content
    int start = 0;
    int end = 0;
    Core::Decimal number;
};

bool isNameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    bool run(QList<Token> &tokens, Core::Error &error)
    {
        int i = 0;
        const int n = int(m_text.size());
        while (i < n) {
            const QChar c = m_text.at(i);
            if (c.isSpace()) {
                ++i;
                continue;
            }
            Token token;
            token.start = i;
            if (isDigit(c)) {
                if (!number(i, token, error))
                    return false;
            } else if (isNameStart(c)) {
                if (!name(i, token, error))
                    return false;
            } else if (c == u'\'' || c == u'"') {
                if (!text(i, token, error))
                    return false;
            } else if (!symbol(i, token, error)) {
                return false;
            }
            i = token.end;
            tokens.append(token);
        }
        Token end;
        end.start = end.end = n;
        tokens.append(end);
        return true;
    }

private:
    bool fail(int position, const QString &message, Core::Error &error)
    {
        error = Core::Error{message, columnText(position)};
        return false;
    }

    bool number(int i, Token &token, Core::Error &error)
    {
        int j = i;
        while (j < m_text.size() && isDigit(m_text.at(j)))
            ++j;
        if (j + 1 < m_text.size() && m_text.at(j) == u'.' && isDigit(m_text.at(j + 1))) {
            ++j;
            while (j < m_text.size() && isDigit(m_text.at(j)))
                ++j;
        }
        token.type = Token::Type::Number;
        token.text = m_text.mid(i, j - i);
        token.end = j;
        const int point = int(token.text.indexOf(u'.'));
        if (point >= 0 && token.text.size() - point - 1 > Core::Decimal::Scale) {
            return fail(i, Expression::tr("the number %1 has more than six decimals")
                               .arg(token.text), error);
        }
        const auto value = Core::Decimal::parse(token.text);
        if (!value)
            return fail(i, Expression::tr("the number %1 is too large").arg(token.text), error);
        token.number = *value;
        return true;
    }

    bool name(int i, Token &token, Core::Error &error)
    {
        int j = i;
        while (true) {
            while (j < m_text.size() && isNameChar(m_text.at(j)))
                ++j;
            if (j < m_text.size() && m_text.at(j) == u'.') {
                if (j + 1 >= m_text.size() || !isNameStart(m_text.at(j + 1))) {
                    return fail(j, Expression::tr("the name \"%1\" is incomplete after the dot")
                                       .arg(m_text.mid(i, j + 1 - i)), error);
                }
                ++j;
                continue;
            }
            break;
        }
        token.type = Token::Type::Name;
        token.text = m_text.mid(i, j - i);
        token.end = j;
        return true;
    }

    bool text(int i, Token &token, Core::Error &error)
    {
        const QChar quote = m_text.at(i);
        QString content;
        int j = i + 1;
        while (j < m_text.size() && m_text.at(j) != quote) {
            if (m_text.at(j) == u'\\' && j + 1 < m_text.size())
                ++j;
            content.append(m_text.at(j));
            ++j;
        }
        if (j >= m_text.size()) {
            return fail(i, Expression::tr("the text starting here has no closing %1")
                               .arg(quote), error);
        }
        token.type = Token::Type::Text;
        token.text = content;
        token.end = j + 1;
        return true;
    }

    bool symbol(int i, Token &token, Core::Error &error)
    {
        const QChar c = m_text.at(i);
        const QChar next = i + 1 < m_text.size() ? m_text.at(i + 1) : QChar();
        token.type = Token::Type::Symbol;
        token.end = i + 1;
        if ((c == u'=' || c == u'!' || c == u'<' || c == u'>') && next == u'=') {
            token.end = i + 2;
        } else if (c == u'=') {
            return fail(i, Expression::tr("write == to compare"), error);
        } else if (c == u'!') {
            return fail(i, Expression::tr("write \"not\" instead of !"), error);
        } else if ((c == u'&' && next == u'&') || (c == u'|' && next == u'|')) {
            return fail(i, Expression::tr("write \"%1\" instead of %2%2")
                               .arg(c == u'&' ? QStringLiteral("and") : QStringLiteral("or"))
                               .arg(c), error);
        } else if (!QStringLiteral("<>+-*/()[],").contains(c)) {
            return fail(i, Expression::tr("unexpected character \"%1\"").arg(c), error);
        }
        token.text = m_text.mid(i, token.end - i);
        return true;
    }

    const QString &m_text;
};

// ---------------------------------------------------------------------------------------------
// Functions

struct FunctionInfo
{
    Func func;
    bool collection;  // takes a collection first
    int minArgs;
    int maxArgs;      // -1: any number
    ValueType argType;
    ValueType resultType;
};

const QHash<QString, FunctionInfo> &functions()
{
    using T = ValueType;
    static const QHash<QString, FunctionInfo> table = {
        {QStringLiteral("any"), {Func::Any, true, 1, 1, T::Bool, T::Bool}},
        {QStringLiteral("all"), {Func::All, true, 1, 1, T::Bool, T::Bool}},
        {QStringLiteral("count"), {Func::Count, true, 0, 1, T::Bool, T::Number}},
        {QStringLiteral("sum"), {Func::Sum, true, 1, 1, T::Number, T::Number}},
        {QStringLiteral("ceil"), {Func::Ceil, false, 1, 1, T::Number, T::Number}},
        {QStringLiteral("floor"), {Func::Floor, false, 1, 1, T::Number, T::Number}},
        {QStringLiteral("round"), {Func::Round, false, 1, 2, T::Number, T::Number}},
        {QStringLiteral("abs"), {Func::Abs, false, 1, 1, T::Number, T::Number}},
        {QStringLiteral("min"), {Func::Min, false, 1, -1, T::Number, T::Number}},
        {QStringLiteral("max"), {Func::Max, false, 1, -1, T::Number, T::Number}},
        {QStringLiteral("contains"), {Func::Contains, false, 2, 2, T::Text, T::Bool}},
        {QStringLiteral("startswith"), {Func::StartsWith, false, 2, 2, T::Text, T::Bool}},
        {QStringLiteral("endswith"), {Func::EndsWith, false, 2, 2, T::Text, T::Bool}},
        {QStringLiteral("len"), {Func::Len, false, 1, 1, T::Text, T::Number}},
    };
    return table;
}

bool fits(ValueType wanted, ValueType got)
{
    return wanted == ValueType::Any || got == ValueType::Any || wanted == got;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                               diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString closest(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(2, int(name.size()) / 4) + 1;
    for (const QString &c : candidates) {
        const int d = editDistance(name, c);
        if (d < bestDistance || (d == bestDistance && !best.isEmpty() && c < best)) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

// ---------------------------------------------------------------------------------------------
// Parser: recursive descent that types each node as it builds it.

class Parser
{
public:
    Parser(const QString &text, const QList<Token> &tokens, const FieldSchema &schema)
        : m_text(text), m_tokens(tokens), m_schema(schema)
    {
    }

    NodePtr run()
    {
        NodePtr root = parseOr();
        if (root && peek().type != Token::Type::End)
            return fail(peek().start, unexpected(peek()));
        return root;
    }

    Core::Error error;

private:
    const Token &peek(int ahead = 0) const
    {
        return m_tokens.at(std::min<qsizetype>(m_pos + ahead, m_tokens.size() - 1));
    }
    const Token &take() { return m_tokens.at(m_pos < m_tokens.size() - 1 ? m_pos++ : m_pos); }

    bool isSymbol(const char *symbol, int ahead = 0) const
    {
        const Token &t = peek(ahead);
        return t.type == Token::Type::Symbol && t.text == QLatin1String(symbol);
    }
    bool isWord(const char *word, int ahead = 0) const
    {
        const Token &t = peek(ahead);
        return t.type == Token::Type::Name && t.text == QLatin1String(word);
    }

    NodePtr fail(int position, const QString &message)
    {
        if (error.message.isEmpty())
            error = Core::Error{message, columnText(position)};
        return nullptr;
    }

    QString source(const Node &node) const
    {
        return m_text.mid(node.start, node.end - node.start).simplified();
    }

    QString unexpected(const Token &t) const
    {
        if (t.type == Token::Type::End)
            return Expression::tr("the expression ends too early");
        return Expression::tr("unexpected \"%1\"").arg(m_text.mid(t.start, t.end - t.start));
    }

    bool expect(const char *symbol)
    {
        if (isSymbol(symbol)) {
            take();
            return true;
        }
        const Token &t = peek();
        if (t.type == Token::Type::End) {
            fail(t.start, Expression::tr("expected \"%1\" but the expression ends")
                              .arg(QLatin1String(symbol)));
        } else {
            fail(t.start, Expression::tr("expected \"%1\" but found \"%2\"")
                              .arg(QLatin1String(symbol), m_text.mid(t.start, t.end - t.start)));
        }
        return false;
    }

    NodePtr make(Node::Kind kind, int start, int end, ValueType type)
    {
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->start = start;
        node->end = end;
        node->type = type;
        return node;
    }

    NodePtr requireType(NodePtr node, ValueType wanted, const QString &what)
    {
        if (!node || fits(wanted, node->type))
            return node;
        return fail(node->start, Expression::tr("%1 needs %2, but %3 is %4")
                                     .arg(what, typeName(wanted), source(*node),
                                          typeName(node->type)));
    }

    NodePtr binary(Op op, NodePtr left, NodePtr right, ValueType type)
    {
        auto node = make(Node::Kind::Binary, left->start, right->end, type);
        node->op = op;
        node->children.push_back(std::move(left));
        node->children.push_back(std::move(right));
        return node;
    }

    NodePtr parseOr()
    {
        NodePtr left = parseAnd();
        if (!left || !isWord("or"))
            return left;
        left = requireType(std::move(left), ValueType::Bool, QStringLiteral("\"or\""));
        while (left && isWord("or")) {
            take();
            NodePtr right = requireType(parseAnd(), ValueType::Bool, QStringLiteral("\"or\""));
            if (!right)
                return nullptr;
            left = binary(Op::Or, std::move(left), std::move(right), ValueType::Bool);
        }
        return left;
    }

    NodePtr parseAnd()
    {
        NodePtr left = parseNot();
        if (!left || !isWord("and"))
            return left;
        left = requireType(std::move(left), ValueType::Bool, QStringLiteral("\"and\""));
        while (left && isWord("and")) {
            take();
            NodePtr right = requireType(parseNot(), ValueType::Bool, QStringLiteral("\"and\""));
            if (!right)
                return nullptr;
            left = binary(Op::And, std::move(left), std::move(right), ValueType::Bool);
        }
        return left;
    }

    NodePtr parseNot()
    {
        if (!isWord("not"))
            return parseComparison();
        const int start = take().start;
        NodePtr operand = requireType(parseNot(), ValueType::Bool, QStringLiteral("\"not\""));
        if (!operand)
            return nullptr;
        auto node = make(Node::Kind::Unary, start, operand->end, ValueType::Bool);
        node->op = Op::Not;
        node->children.push_back(std::move(operand));
        return node;
    }

    static Op comparisonOp(const Token &t)
    {
        if (t.type != Token::Type::Symbol)
            return Op::None;
        static const QHash<QString, Op> ops = {
            {QStringLiteral("=="), Op::Eq}, {QStringLiteral("!="), Op::Ne},
            {QStringLiteral("<"), Op::Lt},  {QStringLiteral("<="), Op::Le},
            {QStringLiteral(">"), Op::Gt},  {QStringLiteral(">="), Op::Ge},
        };
        return ops.value(t.text, Op::None);
    }

    bool checkComparable(const Node &left, const Node &right, const QString &op, int position)
    {
        if (!fits(left.type, right.type)) {
            fail(position, Expression::tr("%1 is %2 and %3 is %4: they can never be equal")
                                 .arg(source(left), typeName(left.type), source(right),
                                      typeName(right.type)));
            return false;
        }
        if (op != QLatin1String("==") && op != QLatin1String("!=")
            && (left.type == ValueType::Bool || right.type == ValueType::Bool)) {
            fail(position, Expression::tr("true/false values have no order: \"%1\" cannot "
                                            "compare them")
                                 .arg(op));
            return false;
        }
        return true;
    }

    NodePtr parseComparison()
    {
        NodePtr left = parseSum();
        if (!left)
            return nullptr;
        if (isWord("in") || (isWord("not") && isWord("in", 1)))
            return parseIn(std::move(left));
        const Op op = comparisonOp(peek());
        if (op == Op::None)
            return left;
        const QString symbol = take().text;
        NodePtr right = parseSum();
        if (!right || !checkComparable(*left, *right, symbol, left->start))
            return nullptr;
        if (comparisonOp(peek()) != Op::None) {
            return fail(peek().start, Expression::tr("comparisons cannot be chained; join them "
                                                     "with \"and\""));
        }
        return binary(op, std::move(left), std::move(right), ValueType::Bool);
    }

    NodePtr parseIn(NodePtr left)
    {
        const bool negated = isWord("not");
        if (negated)
            take();
        take();
        if (!expect("["))
            return nullptr;
        auto node = make(Node::Kind::In, left->start, left->end, ValueType::Bool);
        node->op = negated ? Op::NotIn : Op::In;
        node->children.push_back(std::move(left));
        while (!isSymbol("]")) {
            NodePtr item = parseSum();
            if (!item
                || !checkComparable(*node->children.front(), *item, QStringLiteral("in"),
                                    item->start)) {
                return nullptr;
            }
            node->children.push_back(std::move(item));
            if (!isSymbol("]") && !expect(","))
                return nullptr;
        }
        node->end = take().end;
        return node;
    }

    NodePtr parseSum()
    {
        NodePtr left = parseProduct();
        while (left && (isSymbol("+") || isSymbol("-"))) {
            const Token op = take();
            left = requireType(std::move(left), ValueType::Number, quoted(op.text));
            NodePtr right = requireType(parseProduct(), ValueType::Number, quoted(op.text));
            if (!left || !right)
                return nullptr;
            left = binary(op.text == QLatin1String("+") ? Op::Add : Op::Sub, std::move(left),
                          std::move(right), ValueType::Number);
        }
        return left;
    }

    NodePtr parseProduct()
    {
        NodePtr left = parseUnary();
        while (left && (isSymbol("*") || isSymbol("/"))) {
            const Token op = take();
            left = requireType(std::move(left), ValueType::Number, quoted(op.text));
            NodePtr right = requireType(parseUnary(), ValueType::Number, quoted(op.text));
            if (!left || !right)
                return nullptr;
            left = binary(op.text == QLatin1String("*") ? Op::Mul : Op::Div, std::move(left),
                          std::move(right), ValueType::Number);
        }
        return left;
    }

    static QString quoted(const QString &s) { return u'"' + s + u'"'; }

    NodePtr parseUnary()
    {
        if (!isSymbol("-"))
            return parsePrimary();
        const int start = take().start;
        NodePtr operand = requireType(parseUnary(), ValueType::Number, QStringLiteral("\"-\""));
        if (!operand)
            return nullptr;
        auto node = make(Node::Kind::Unary, start, operand->end, ValueType::Number);
        node->op = Op::Negate;
        node->children.push_back(std::move(operand));
        return node;
    }

    NodePtr literal(const Token &t, Value value, ValueType type)
    {
        auto node = make(Node::Kind::Literal, t.start, t.end, type);
        node->literal = std::move(value);
        return node;
    }

    NodePtr parsePrimary()
    {
        const Token &t = peek();
        switch (t.type) {
        case Token::Type::Number:
            take();
            return literal(t, t.number, ValueType::Number);
        case Token::Type::Text:
            take();
            return literal(t, t.text, ValueType::Text);
        case Token::Type::Name:
            return parseName();
        case Token::Type::Symbol:
            if (isSymbol("(")) {
                const int start = take().start;
                NodePtr inner = parseOr();
                if (!inner || !expect(")"))
                    return nullptr;
                inner->start = start;
                inner->end = m_tokens.at(m_pos - 1).end;
                return inner;
            }
            if (isSymbol("["))
                return fail(t.start, Expression::tr("a list [...] can only follow \"in\""));
            break;
        case Token::Type::End:
            break;
        }
        if (t.type == Token::Type::End)
            return fail(t.start, Expression::tr("a value is missing at the end"));
        return fail(t.start, Expression::tr("expected a value but found \"%1\"")
                                 .arg(m_text.mid(t.start, t.end - t.start)));
    }

    NodePtr parseName()
    {
        const Token t = peek();
        if (t.text == QLatin1String("true") || t.text == QLatin1String("false")) {
            take();
            return literal(t, t.text == QLatin1String("true"), ValueType::Bool);
        }
        if (t.text == QLatin1String("null")) {
            take();
            return literal(t, Value(), ValueType::Any);
        }
        static const QSet<QString> keywords = {QStringLiteral("and"), QStringLiteral("or"),
                                               QStringLiteral("not"), QStringLiteral("in")};
        if (keywords.contains(t.text)) {
            return fail(t.start, Expression::tr("expected a value but found \"%1\"")
                                     .arg(t.text));
        }
        if (isSymbol("(", 1))
            return parseCall();
        take();
        return resolve(t);
    }

    NodePtr resolve(const Token &t)
    {
        for (int depth = int(m_lists.size()) - 1; depth >= 0; --depth) {
            const auto type = m_schema.lists.value(m_lists.at(depth)).constFind(t.text);
            if (type != m_schema.lists.value(m_lists.at(depth)).constEnd()) {
                auto node = make(Node::Kind::RecordField, t.start, t.end, *type);
                node->name = t.text;
                node->list = m_lists.at(depth);
                node->depth = depth;
                return node;
            }
        }
        const auto type = m_schema.fields.constFind(t.text);
        if (type != m_schema.fields.constEnd()) {
            auto node = make(Node::Kind::Field, t.start, t.end, *type);
            node->name = t.text;
            return node;
        }
        return fail(t.start, unknownName(t.text));
    }

    QString unknownName(const QString &name) const
    {
        if (m_schema.lists.contains(name)) {
            return Expression::tr("%1 is a collection: use it in any(), all(), count(), sum(), "
                                  "min() or max()")
                .arg(name);
        }
        for (auto it = m_schema.lists.cbegin(); it != m_schema.lists.cend(); ++it) {
            if (it.value().contains(name)) {
                return Expression::tr("%1 is a field of each of %2: use it inside "
                                      "any(%2, ...) or all(%2, ...)")
                    .arg(name, it.key());
            }
        }
        QStringList candidates = m_schema.fields.keys();
        for (const QString &list : m_lists)
            candidates += m_schema.lists.value(list).keys();
        const QString suggestion = closest(name, candidates);
        if (!suggestion.isEmpty()) {
            return Expression::tr("unknown name \"%1\"; did you mean \"%2\"?")
                .arg(name, suggestion);
        }
        return Expression::tr("unknown name \"%1\"").arg(name);
    }

    bool startsCollection(const FunctionInfo &info) const
    {
        if (info.collection)
            return true;
        return (info.func == Func::Min || info.func == Func::Max)
            && peek(1).type == Token::Type::Name && m_schema.lists.contains(peek(1).text)
            && isSymbol(",", 2);
    }

    NodePtr parseCall()
    {
        const Token nameToken = take();
        const auto info = functions().constFind(nameToken.text);
        if (info == functions().constEnd()) {
            const QString suggestion = closest(nameToken.text, functions().keys());
            if (!suggestion.isEmpty()) {
                return fail(nameToken.start,
                            Expression::tr("unknown function \"%1\"; did you mean \"%2\"?")
                                .arg(nameToken.text, suggestion));
            }
            return fail(nameToken.start,
                        Expression::tr("unknown function \"%1\"").arg(nameToken.text));
        }
        if (startsCollection(*info))
            return parseCollection(nameToken, *info);
        take();
        auto node = make(Node::Kind::Call, nameToken.start, nameToken.end, info->resultType);
        node->func = info->func;
        node->name = nameToken.text;
        while (!isSymbol(")")) {
            NodePtr arg =
                requireType(parseOr(), info->argType, nameToken.text + QStringLiteral("()"));
            if (!arg)
                return nullptr;
            node->children.push_back(std::move(arg));
            if (!isSymbol(")") && !expect(","))
                return nullptr;
        }
        node->end = take().end;
        const int n = int(node->children.size());
        if (n < info->minArgs || (info->maxArgs >= 0 && n > info->maxArgs))
            return fail(nameToken.start, arityMessage(nameToken.text, *info));
        return node;
    }

    static QString arityMessage(const QString &name, const FunctionInfo &info)
    {
        if (info.maxArgs < 0)
            return Expression::tr("%1() takes at least %n value(s)", nullptr, info.minArgs)
                .arg(name);
        if (info.minArgs == info.maxArgs)
            return Expression::tr("%1() takes %n value(s)", nullptr, info.minArgs).arg(name);
        return Expression::tr("%1() takes %2 to %3 values")
            .arg(name)
            .arg(info.minArgs)
            .arg(info.maxArgs);
    }

    NodePtr parseCollection(const Token &nameToken, const FunctionInfo &info)
    {
        take();
        const Token listToken = peek();
        if (listToken.type != Token::Type::Name || !m_schema.lists.contains(listToken.text)) {
            const QStringList lists = m_schema.lists.keys();
            return fail(listToken.start, Expression::tr("%1() needs a collection first, such as "
                                                        "%2")
                                             .arg(nameToken.text,
                                                  lists.isEmpty() ? QStringLiteral("lines")
                                                                  : lists.first()));
        }
        take();
        Func func = info.func;
        if (func == Func::Min)
            func = Func::MinOf;
        else if (func == Func::Max)
            func = Func::MaxOf;
        auto node = make(Node::Kind::Collection, nameToken.start, nameToken.end,
                         info.resultType);
        node->func = func;
        node->name = listToken.text;
        node->depth = int(m_lists.size());
        if (func == Func::Count && isSymbol(")")) {
            node->end = take().end;
            return node;
        }
        if (!expect(","))
            return nullptr;
        m_lists.append(listToken.text);
        const ValueType wanted = func == Func::Any || func == Func::All || func == Func::Count
            ? ValueType::Bool
            : ValueType::Number;
        NodePtr body = requireType(parseOr(), wanted, nameToken.text + QStringLiteral("()"));
        m_lists.removeLast();
        if (!body || !expect(")"))
            return nullptr;
        node->children.push_back(std::move(body));
        node->end = m_tokens.at(m_pos - 1).end;
        return node;
    }

    const QString &m_text;
    const QList<Token> &m_tokens;
    const FieldSchema &m_schema;
    qsizetype m_pos = 0;
    QStringList m_lists;  // collections whose records are in scope, outermost first
};
} // namespace

std::unique_ptr<Expression::Node> Internal::parseNode(const QString &text,
                                                      const FieldSchema &schema,
                                                      Core::Error &error)
{
    QList<Token> tokens;
    if (!Lexer(text).run(tokens, error))
        return nullptr;
    Parser parser(text, tokens, schema);
    NodePtr root = parser.run();
    if (!root)
        error = parser.error;
    return root;
}

} // namespace Hearth::Workflow
