#include "workflow/expression.h"

#include <QTest>

using namespace Hearth::Workflow;
using Hearth::Core::Decimal;

namespace {

Value num(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

/// A record set by hand: an order with three lines, the third without sizes.
class TestScope : public Scope
{
public:
    TestScope()
    {
        m_fields = {{"order.total", num("12000")},
                    {"order.deposit", num("3000")},
                    {"order.channel", QString("dealer")},
                    {"order.city", QString("深圳市")},
                    {"order.promised_on", QString()},
                    {"order.is_remake", false},
                    {"flag", true},
                    {"zero", num("0")},
                    {"nothing", Value()}};
        m_lines = {
            {{"width_mm", num("600")}, {"height_mm", num("720")}, {"custom", true},
             {"category", QString("橱柜")}, {"amount", num("1000")}},
            {{"width_mm", num("2900")}, {"custom", true}, {"category", QString("衣柜")},
             {"amount", num("5000.5")}},
            {{"custom", false}, {"category", QString("五金")}, {"amount", num("120")}},
        };
    }

    static FieldSchema schema()
    {
        FieldSchema s;
        s.fields = {{"order.total", ValueType::Number},  {"order.deposit", ValueType::Number},
                    {"order.channel", ValueType::Text},  {"order.city", ValueType::Text},
                    {"order.promised_on", ValueType::Text}, {"order.is_remake", ValueType::Bool},
                    {"flag", ValueType::Bool},           {"zero", ValueType::Number},
                    {"nothing", ValueType::Number}};
        s.lists.insert("lines", {{"width_mm", ValueType::Number},
                                 {"height_mm", ValueType::Number},
                                 {"depth_mm", ValueType::Number},
                                 {"custom", ValueType::Bool},
                                 {"category", ValueType::Text},
                                 {"amount", ValueType::Number}});
        return s;
    }

    Value value(const QString &name) const override { return m_fields.value(name); }
    int count(const QString &list) const override
    {
        return list == "lines" ? int(m_lines.size()) : 0;
    }
    Value item(const QString &list, int index, const QString &field) const override
    {
        if (list != "lines" || index < 0 || index >= m_lines.size())
            return {};
        return m_lines.at(index).value(field);
    }

private:
    QHash<QString, Value> m_fields;
    QList<QHash<QString, Value>> m_lines;
};

/// What a user sees: the value ('text' quoted), or the error with its column.
QString outcome(const QString &text)
{
    const auto expression = Expression::parse(text, TestScope::schema());
    if (!expression)
        return "parse error, " + expression.error().where + ": " + expression.error().message;
    const auto value = expression->evaluate(TestScope());
    if (!value)
        return "evaluation error, " + value.error().where + ": " + value.error().message;
    if (std::holds_alternative<QString>(value.value()))
        return "'" + valueToString(value.value()) + "'";
    return valueToString(value.value());
}

} // namespace

class tst_Expression : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void errors_data();
    void errors();
    void neverTrue_data();
    void neverTrue();
    void types_data();
    void types();
    void namesRead();
    void guardTest();
    void copiesShareNothingMutable();
};

void tst_Expression::evaluate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("number") << "42" << "42";
    QTest::newRow("exact decimals") << "0.1 + 0.2 == 0.3" << "true";
    QTest::newRow("precedence") << "1 + 2 * 3" << "7";
    QTest::newRow("parentheses") << "(1 + 2) * 3" << "9";
    QTest::newRow("unary minus") << "-order.total + 100" << "-11900";
    QTest::newRow("subtraction is left to right") << "10 - 4 - 3" << "3";
    QTest::newRow("division") << "order.deposit / order.total" << "0.25";
    QTest::newRow("division rounds half away from zero") << "2 / 3" << "0.666667";
    QTest::newRow("negative division") << "-2 / 3" << "-0.666667";
    QTest::newRow("product rounds at six decimals") << "1.234567 * 1.1" << "1.358024";
    QTest::newRow("ceil of panels") << "ceil(2900 / 600)" << "5";
    QTest::newRow("ceil of a negative") << "ceil(-1.5)" << "-1";
    QTest::newRow("floor of a negative") << "floor(-1.5)" << "-2";
    QTest::newRow("round half up") << "round(2.5)" << "3";
    QTest::newRow("round half away from zero") << "round(-2.5)" << "-3";
    QTest::newRow("round to two decimals") << "round(2.345, 2)" << "2.35";
    QTest::newRow("abs") << "abs(-3.5)" << "3.5";
    QTest::newRow("min of numbers") << "min(3, 1, 2)" << "1";
    QTest::newRow("max with a name") << "max(order.total, 5)" << "12000";
    QTest::newRow("min skips null") << "min(nothing, 4)" << "4";
    QTest::newRow("text equal") << "order.channel == 'dealer'" << "true";
    QTest::newRow("text is case-sensitive") << "order.channel == 'Dealer'" << "false";
    QTest::newRow("double quotes") << "order.channel == \"dealer\"" << "true";
    QTest::newRow("escaped quote") << "'it\\'s'" << "'it's'";
    QTest::newRow("text order") << "'2024-01-31' < '2024-02-01'" << "true";
    QTest::newRow("contains Chinese") << "contains(order.city, '深圳')" << "true";
    QTest::newRow("startswith") << "startswith(order.city, '深')" << "true";
    QTest::newRow("endswith") << "endswith(order.city, '区')" << "false";
    QTest::newRow("len counts characters") << "len(order.city)" << "3";
    QTest::newRow("empty text is not null") << "order.promised_on == ''" << "true";
    QTest::newRow("in a list") << "order.channel in ['store', 'dealer']" << "true";
    QTest::newRow("not in a list") << "order.channel not in ['store']" << "true";
    QTest::newRow("number in a list") << "3 in [1, 2]" << "false";
    QTest::newRow("empty list") << "order.channel in []" << "false";
    QTest::newRow("null is not greater") << "nothing > 5" << "false";
    QTest::newRow("null is not smaller") << "nothing < 5" << "false";
    QTest::newRow("null equals null") << "nothing == null" << "true";
    QTest::newRow("null is not unequal to null") << "nothing != null" << "false";
    QTest::newRow("null is unequal to a number") << "nothing != 5" << "true";
    QTest::newRow("not of a failed comparison") << "not (nothing > 5)" << "true";
    QTest::newRow("arithmetic with null is null") << "nothing + 1" << "null";
    QTest::newRow("a value is not null") << "order.total == null" << "false";
    QTest::newRow("and, not") << "true and not false" << "true";
    QTest::newRow("or") << "order.is_remake or order.total >= 12000" << "true";
    QTest::newRow("and skips the right side") << "false and 1 / zero > 0" << "false";
    QTest::newRow("or skips the right side") << "flag or 1 / zero > 0" << "true";
    QTest::newRow("any") << "any(lines, custom and width_mm > 2800)" << "true";
    QTest::newRow("all fails on a null") << "all(lines, width_mm > 100)" << "false";
    QTest::newRow("all") << "all(lines, amount > 100)" << "true";
    QTest::newRow("count") << "count(lines)" << "3";
    QTest::newRow("count matching") << "count(lines, custom)" << "2";
    QTest::newRow("sum") << "sum(lines, amount)" << "6120.5";
    QTest::newRow("sum of a product") << "sum(lines, amount * 2)" << "12241";
    QTest::newRow("max over lines") << "max(lines, width_mm)" << "2900";
    QTest::newRow("min over lines skips null") << "min(lines, height_mm)" << "720";
    QTest::newRow("min over no values") << "min(lines, depth_mm)" << "null";
    QTest::newRow("Chinese category") << "any(lines, category == '五金')" << "true";
    QTest::newRow("order fields inside a collection")
        << "any(lines, amount * 2 > order.total / 2)" << "true";
    QTest::newRow("nested collections") << "any(lines, count(lines, width_mm > 1000) == 1)"
                                        << "true";
    QTest::newRow("spaces and new lines") << "  order.total\n  >= 100 " << "true";
}

void tst_Expression::evaluate()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(outcome(text), expected);
}

void tst_Expression::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << "  " << "parse error, column 1: the expression is empty";
    QTest::newRow("unknown name, suggested")
        << "order.totl > 5"
        << "parse error, column 1: unknown name \"order.totl\"; did you mean \"order.total\"?";
    QTest::newRow("unknown name later on")
        << "order.total > 5 and order.chanel == 'x'"
        << "parse error, column 21: unknown name \"order.chanel\"; did you mean "
           "\"order.channel\"?";
    QTest::newRow("unknown name, nothing close")
        << "colour == 'red'" << "parse error, column 1: unknown name \"colour\"";
    QTest::newRow("a line's field outside a collection")
        << "width_mm > 2800"
        << "parse error, column 1: width_mm is a field of each of lines: use it inside "
           "any(lines, ...) or all(lines, ...)";
    QTest::newRow("a collection as a value")
        << "lines > 2"
        << "parse error, column 1: lines is a collection: use it in any(), all(), count(), "
           "sum(), min() or max()";
    QTest::newRow("number compared with text")
        << "order.total == 'abc'"
        << "parse error, column 1: order.total is a number and 'abc' is text: they can never "
           "be equal";
    QTest::newRow("text in arithmetic")
        << "order.channel + 1"
        << "parse error, column 1: \"+\" needs a number, but order.channel is text";
    QTest::newRow("number joined with and")
        << "flag and order.total"
        << "parse error, column 10: \"and\" needs true/false, but order.total is a number";
    QTest::newRow("not of a number")
        << "not order.total"
        << "parse error, column 5: \"not\" needs true/false, but order.total is a number";
    QTest::newRow("booleans have no order")
        << "true < false"
        << "parse error, column 1: true/false values have no order: \"<\" cannot compare them";
    QTest::newRow("single equals") << "order.total = 5"
                                   << "parse error, column 13: write == to compare";
    QTest::newRow("double ampersand") << "flag && flag"
                                      << "parse error, column 6: write \"and\" instead of &&";
    QTest::newRow("exclamation mark") << "!flag"
                                      << "parse error, column 1: write \"not\" instead of !";
    QTest::newRow("value missing") << "order.total > "
                                   << "parse error, column 15: a value is missing at the end";
    QTest::newRow("unclosed parenthesis")
        << "(1 + 2" << "parse error, column 7: expected \")\" but the expression ends";
    QTest::newRow("unclosed text")
        << "order.channel == 'dealer"
        << "parse error, column 18: the text starting here has no closing '";
    QTest::newRow("seven decimals")
        << "1.1234567" << "parse error, column 1: the number 1.1234567 has more than six decimals";
    QTest::newRow("too large")
        << "12345678901234"
        << "parse error, column 1: the number 12345678901234 is too large";
    QTest::newRow("incomplete name")
        << "order. > 1" << "parse error, column 6: the name \"order.\" is incomplete after the dot";
    QTest::newRow("two values") << "5 5" << "parse error, column 3: unexpected \"5\"";
    QTest::newRow("full-width sign") << "order.total ＞ 5"
                                     << "parse error, column 13: unexpected character \"＞\"";
    QTest::newRow("unknown function")
        << "flor(2.5)"
        << "parse error, column 1: unknown function \"flor\"; did you mean \"floor\"?";
    QTest::newRow("too many arguments")
        << "round(1, 2, 3)" << "parse error, column 1: round() takes 1 to 2 values";
    QTest::newRow("no collection")
        << "any(order.total > 5)"
        << "parse error, column 5: any() needs a collection first, such as lines";
    QTest::newRow("predicate not true/false")
        << "any(lines, width_mm)"
        << "parse error, column 12: any() needs true/false, but width_mm is a number";
    QTest::newRow("chained comparison")
        << "1 < 2 < 3"
        << "parse error, column 7: comparisons cannot be chained; join them with \"and\"";
    QTest::newRow("bare list") << "[1, 2]"
                               << "parse error, column 1: a list [...] can only follow \"in\"";
    QTest::newRow("list item of another type")
        << "order.channel in ['store', 2]"
        << "parse error, column 28: order.channel is text and 2 is a number: they can never be "
           "equal";
    QTest::newRow("keyword as a value")
        << "order.total > and" << "parse error, column 15: expected a value but found \"and\"";
    QTest::newRow("division by zero names the expression")
        << "ceil(order.total / zero) > 1"
        << "evaluation error, column 6: division by zero in order.total / zero (zero is 0)";
    QTest::newRow("too large a product")
        << "order.total * order.total * order.total * 10"
        << "evaluation error, column 1: the result of order.total * order.total * order.total "
           "* 10 is too large";
    QTest::newRow("round to seven decimals")
        << "round(2.5, 7)" << "evaluation error, column 12: round() keeps 0 to 6 decimals, not 7";
}

void tst_Expression::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(outcome(text), expected);
}

void tst_Expression::neverTrue_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("never");

    QTest::newRow("false") << "false" << true;
    QTest::newRow("true") << "true" << false;
    QTest::newRow("constant comparison") << "1 > 2" << true;
    QTest::newRow("constant arithmetic") << "2 * 3 == 6" << false;
    QTest::newRow("always an error") << "1 / 0 > 0" << true;
    QTest::newRow("disjoint range") << "order.total > 5 and order.total < 3" << true;
    QTest::newRow("flipped sides") << "5 < order.total and order.total < 3" << true;
    QTest::newRow("folded constant") << "order.total > 2 * 3 and order.total < 5" << true;
    QTest::newRow("open range") << "order.total > 5 and order.total < 6" << false;
    QTest::newRow("one point") << "order.total >= 5 and order.total <= 5" << false;
    QTest::newRow("one point excluded") << "order.total > 5 and order.total <= 5" << true;
    QTest::newRow("point removed")
        << "order.total >= 5 and order.total <= 5 and order.total != 5" << true;
    QTest::newRow("equal within range") << "order.total == 5 and order.total > 4" << false;
    QTest::newRow("equal outside range") << "order.total == 5 and order.total > 5" << true;
    QTest::newRow("unequal") << "order.total != 5" << false;
    QTest::newRow("two texts") << "order.channel == 'a' and order.channel == 'b'" << true;
    QTest::newRow("equal and unequal") << "order.channel == 'a' and order.channel != 'a'"
                                       << true;
    QTest::newRow("outside the list") << "order.channel in ['a', 'b'] and order.channel == 'c'"
                                      << true;
    QTest::newRow("lists overlap")
        << "order.channel in ['a', 'b'] and order.channel in ['b', 'c']" << false;
    QTest::newRow("not in the list")
        << "order.channel not in ['a', 'b'] and order.channel in ['a', 'b']" << true;
    QTest::newRow("text range") << "order.channel > 'b' and order.channel < 'a'" << true;
    QTest::newRow("null and a bound") << "nothing == null and nothing > 5" << true;
    QTest::newRow("flag and not flag") << "flag and not flag" << true;
    QTest::newRow("De Morgan") << "not (flag or order.total > 1) and flag" << true;
    QTest::newRow("every alternative fails")
        << "order.total > 5 and (order.total < 3 or order.total < 2)" << true;
    QTest::newRow("one alternative holds")
        << "order.total > 5 and (order.total < 3 or order.channel == 'x')" << false;
    QTest::newRow("or false") << "order.total > 5 or false" << false;
    QTest::newRow("inside any") << "any(lines, width_mm > 5 and width_mm < 3)" << true;
    QTest::newRow("all of nothing holds") << "all(lines, false)" << false;
    QTest::newRow("different names") << "order.total > 5 and order.deposit < 3" << false;
    QTest::newRow("text between bounds")
        << "order.channel > 'a' and order.channel < 'b'" << false;
}

void tst_Expression::neverTrue()
{
    QFETCH(QString, text);
    QFETCH(bool, never);
    const auto expression = Expression::parse(text, TestScope::schema());
    QVERIFY2(expression.ok(), qPrintable(expression.ok() ? QString()
                                                         : expression.error().toString()));
    QCOMPARE(expression->neverTrue(), never);
}

void tst_Expression::types_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::newRow("comparison") << "order.total > 1" << int(ValueType::Bool);
    QTest::newRow("arithmetic") << "order.total * 2" << int(ValueType::Number);
    QTest::newRow("text field") << "order.channel" << int(ValueType::Text);
    QTest::newRow("null") << "null" << int(ValueType::Any);
    QTest::newRow("count") << "count(lines)" << int(ValueType::Number);
    QTest::newRow("len") << "len(order.city)" << int(ValueType::Number);
}

void tst_Expression::types()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    const auto expression = Expression::parse(text, TestScope::schema());
    QVERIFY(expression.ok());
    QCOMPARE(int(expression->type()), type);
}

void tst_Expression::namesRead()
{
    const auto expression = Expression::parse(
        "order.total > 5 and any(lines, width_mm > order.deposit) or flag",
        TestScope::schema());
    QVERIFY(expression.ok());
    QCOMPARE(expression->names(), QStringList({"flag", "lines", "lines.width_mm",
                                               "order.deposit", "order.total"}));
    QCOMPARE(expression->text(),
             QString("order.total > 5 and any(lines, width_mm > order.deposit) or flag"));
}

void tst_Expression::guardTest()
{
    const TestScope scope;
    const auto number = Expression::parse("order.total", TestScope::schema());
    QVERIFY(number.ok());
    QCOMPARE(number->test(scope).value(), false);

    const auto holds = Expression::parse("order.total >= 12000", TestScope::schema());
    QCOMPARE(holds->test(scope).value(), true);

    const auto broken = Expression::parse("order.total / zero > 1", TestScope::schema());
    const auto result = broken->test(scope);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QString("division by zero in order.total / zero (zero is 0)"));

    const Expression empty;
    QCOMPARE(empty.test(scope).value(), false);
    QVERIFY(!empty.neverTrue());
}

void tst_Expression::copiesShareNothingMutable()
{
    auto parsed = Expression::parse("count(lines, custom) + 1", TestScope::schema());
    QVERIFY(parsed.ok());
    Expression copy = parsed.value();
    parsed = Expression::parse("1", TestScope::schema());
    QCOMPARE(valueToString(copy.evaluate(TestScope()).value()), QString("3"));
    QCOMPARE(copy.text(), QString("count(lines, custom) + 1"));
}

QTEST_GUILESS_MAIN(tst_Expression)
#include "tst_expression.moc"
