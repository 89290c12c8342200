#include "workflow/ui/jsonformatter.h"
#include "workflow/ui/jsonlocator.h"
#include "workflow/ui/problemplace.h"
#include "workflow/ui/processtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

// The text of a small definition, one string a line.
const QString definition = QStringLiteral(
    "{\n"
    "  \"code\": \"demo\",\n"
    "  \"states\": [\n"
    "    {\"id\": \"new\", \"name\": \"新订单\"},\n"
    "    {\n"
    "      \"id\": \"done\",\n"
    "      \"name\": \"完成\",\n"
    "      \"ui\": {\"x\": 10, \"y\": 20, \"colour\": \"red\"}\n"
    "    }\n"
    "  ],\n"
    "  \"transitions\": [\n"
    "    {\"from\": \"new\", \"to\": \"done\", "
    "\"when\": \"order.total > 100 and \\\"a\\\" == 'b'\"}\n"
    "  ]\n"
    "}\n");

QString textAt(const QString &text, const JsonLocator::Span &span)
{
    return text.mid(span.start, span.end - span.start);
}

QJsonObject parsed(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), qPrintable(text));
    return document.object();
}

} // namespace

class tst_JsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void findsMembersByPath_data();
    void findsMembersByPath();
    void nearestFallsBackToParents();
    void columnsInsideStrings();
    void rejectsTextThatIsNotJson();
    void setMemberReplacesOrAdds_data();
    void setMemberReplacesOrAdds();
    void removeMember_data();
    void removeMember();
    void problemPlaces_data();
    void problemPlaces();
    void problemRangeMarksTheLine();
    void syntaxErrorsAreMarkedWhereTheyAre_data();
    void syntaxErrorsAreMarkedWhereTheyAre();
    void statePositions();
    void formatterKeepsValuesAndOrdersKeys();
};

void tst_JsonLocator::findsMembersByPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::newRow("top-level text") << "code" << "\"demo\"" << 2;
    QTest::newRow("item of a list") << "states[0]" << "{\"id\": \"new\", \"name\": \"新订单\"}" << 4;
    QTest::newRow("member of an item") << "states[1].name" << "\"完成\"" << 7;
    QTest::newRow("nested object") << "states[1].ui.y" << "20" << 8;
    QTest::newRow("guard with escapes")
        << "transitions[0].when" << "\"order.total > 100 and \\\"a\\\" == 'b'\"" << 12;
}

void tst_JsonLocator::findsMembersByPath()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(int, line);
    const JsonLocator locator(definition);
    QVERIFY(locator.isValid());
    const auto span = locator.find(path);
    QVERIFY(span.has_value());
    QCOMPARE(textAt(definition, *span), value);
    const int at = span->keyStart >= 0 ? span->keyStart : span->start;
    QCOMPARE(int(definition.left(at).count(u'\n')) + 1, line);
}

void tst_JsonLocator::nearestFallsBackToParents()
{
    const JsonLocator locator(definition);
    QString found;
    const auto span = locator.nearest("states[1].deadline.working_hours", &found);
    QVERIFY(span.has_value());
    QCOMPARE(found, QString("states[1]"));
    QVERIFY(locator.nearest("transitions[7].to", &found).has_value());
    QCOMPARE(found, QString("transitions"));
    QVERIFY(locator.nearest("nothing", &found).has_value());
    QCOMPARE(found, QString());
    QCOMPARE(locator.keys("states[1]"), QStringList({"id", "name", "ui"}));
}

void tst_JsonLocator::columnsInsideStrings()
{
    const JsonLocator locator(definition);
    const auto span = *locator.find("transitions[0].when");
    // Column 1 is the guard's first character, after the opening quote.
    QCOMPARE(definition.at(locator.positionInString(span, 1)), QChar(u'o'));
    QCOMPARE(definition.mid(locator.positionInString(span, 7), 5), QString("total"));
    // Column 23 is the decoded '"' written as \" in the text.
    QCOMPARE(definition.mid(locator.positionInString(span, 23), 2), QString("\\\""));
    QCOMPARE(definition.at(locator.positionInString(span, 24)), QChar(u'a'));
    // Past the end: the first character.
    QCOMPARE(locator.positionInString(span, 500), span.start + 1);
}

void tst_JsonLocator::rejectsTextThatIsNotJson()
{
    QVERIFY(!JsonLocator("{\"a\": 1,}").isValid());
    QVERIFY(!JsonLocator("{\"a\": \"open").isValid());
    QVERIFY(!JsonLocator("{} {}").isValid());
    QVERIFY(JsonLocator("  [1, 2, {\"a\": null}]  ").isValid());
    QVERIFY(!JsonLocator(definition).setMember("code", "x", "1").has_value());
}

void tst_JsonLocator::setMemberReplacesOrAdds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("replace a value")
        << "{\n  \"a\": 1,\n  \"b\": 2\n}" << "" << "a" << "[3]"
        << "{\n  \"a\": [3],\n  \"b\": 2\n}";
    QTest::newRow("add after the last member, same indent")
        << "{\n    \"a\": 1,\n    \"b\": {\"c\": 2}\n}" << "" << "ui" << "{\"x\": 5}"
        << "{\n    \"a\": 1,\n    \"b\": {\"c\": 2},\n    \"ui\": {\"x\": 5}\n}";
    QTest::newRow("add to a one-line object")
        << "{\"s\": [{\"id\": \"new\"}]}" << "s[0]" << "ui" << "{}"
        << "{\"s\": [{\"id\": \"new\", \"ui\": {}}]}";
    QTest::newRow("add to an empty object")
        << "{\"ui\": {}}" << "ui" << "x" << "7" << "{\"ui\": {\"x\": 7}}";
}

void tst_JsonLocator::setMemberReplacesOrAdds()
{
    QFETCH(QString, text);
    QFETCH(QString, object);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto edit = JsonLocator(text).setMember(object, key, value);
    QVERIFY(edit.has_value());
    const QString changed = JsonLocator::apply(text, *edit);
    QCOMPARE(changed, expected);
    QVERIFY(JsonLocator(changed).isValid());
}

void tst_JsonLocator::removeMember_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("last of several") << "{\"a\": 1, \"b\": 2}" << "" << "b" << "{\"a\": 1}";
    QTest::newRow("first of several") << "{\"a\": 1, \"b\": 2}" << "" << "a" << "{\"b\": 2}";
    QTest::newRow("middle, on lines")
        << "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}" << "" << "b"
        << "{\n  \"a\": 1,\n  \"c\": 3\n}";
    QTest::newRow("the only one") << "{\"o\": {\"x\": 1}}" << "o" << "x" << "{\"o\": {}}";
}

void tst_JsonLocator::removeMember()
{
    QFETCH(QString, text);
    QFETCH(QString, object);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const auto edit = JsonLocator(text).removeMember(object, key);
    QVERIFY(edit.has_value());
    QCOMPARE(JsonLocator::apply(text, *edit), expected);
    QVERIFY(!JsonLocator(text).removeMember(object, "missing").has_value());
}

void tst_JsonLocator::problemPlaces_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("column");
    QTest::newRow("process transition guard with column")
        << "cabinetry v1: transitions[5].when, column 12" << "cabinetry v1" << ""
        << "transitions[5].when" << 12;
    QTest::newRow("column in Chinese") << "cabinetry v1: applies_when, 第 3 列"
                                       << "cabinetry v1" << "" << "applies_when" << 3;
    QTest::newRow("process without its label given")
        << "remake v2: states[3].deadline" << "" << "" << "states[3].deadline" << 0;
    QTest::newRow("the process as a whole") << "cabinetry v1" << "cabinetry v1" << "" << "" << 0;
    QTest::newRow("review rule")
        << "review.json: rules[3].min" << "" << "review.json" << "rules[3].min" << 0;
    QTest::newRow("split rule with its id in brackets")
        << "split.json lines[2] (cabinets).template" << "" << "split.json"
        << "lines[2].template" << 0;
    QTest::newRow("template part")
        << "templates/base_cabinet.json parts[1].code" << "" << "templates/base_cabinet.json"
        << "parts[1].code" << 0;
    QTest::newRow("a whole template")
        << "templates/wardrobe.json" << "" << "templates/wardrobe.json" << "" << 0;
}

void tst_JsonLocator::problemPlaces()
{
    QFETCH(QString, where);
    QFETCH(QString, label);
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, column);
    const ProblemPlace place = ProblemPlace::parse(where, label);
    QCOMPARE(place.file, file);
    QCOMPARE(place.path, path);
    QCOMPARE(place.column, column);
}

void tst_JsonLocator::problemRangeMarksTheLine()
{
    const JsonLocator locator(definition);
    const EditorProblem p = ProblemPlace::locate(
        {"unknown name \"order.totl\"", "demo v1: transitions[0].when, column 7"}, locator,
        definition, "demo v1");
    QCOMPARE(p.place, QString("transitions[0].when, column 7"));
    QCOMPARE(definition.mid(p.position, 5), QString("total"));
    QCOMPARE(p.length, 1);

    const EditorProblem state = ProblemPlace::locate({"no way out", "demo v1: states[1]"},
                                                     locator, definition, "demo v1");
    QCOMPARE(state.place, QString("states[1]"));
    // A multi-line member is marked from its start to the end of its first line.
    QCOMPARE(definition.mid(state.position, state.length), QString("{"));
    QCOMPARE(int(definition.left(state.position).count(u'\n')) + 1, 5);

    const EditorProblem missing = ProblemPlace::locate({"missing", "demo v1: states[1].status"},
                                                       locator, definition, "demo v1");
    QCOMPARE(missing.place, QString("states[1].status"));
    QCOMPARE(int(definition.left(missing.position).count(u'\n')) + 1, 5);
}

void tst_JsonLocator::syntaxErrorsAreMarkedWhereTheyAre_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("before");  // the text up to the marked place
    QTest::newRow("comma missing between members")
        << "{\n  \"a\": 1\n  \"b\": 2\n}" << "{\n  \"a\": 1";
    QTest::newRow("comma missing between items")
        << "[\n  {\"id\": \"新\"}\n  {\"id\": \"b\"}\n]" << "[\n  {\"id\": \"新\"}";
    QTest::newRow("colon missing") << "{\"a\" 1}" << "{\"a\"";
    QTest::newRow("bracket never closed") << "{\"a\": [1, 2}" << "{\"a\": [1, 2";
}

void tst_JsonLocator::syntaxErrorsAreMarkedWhereTheyAre()
{
    QFETCH(QString, text);
    QFETCH(QString, before);
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QCOMPARE(text.left(ProblemPlace::syntaxErrorPosition(text, error)), before);
}

void tst_JsonLocator::statePositions()
{
    // A state without "ui" gets one; one with "ui" keeps its other keys.
    auto placed = ProcessText::withPosition(definition, 0, QPoint(120, -40));
    QVERIFY(placed.has_value());
    QJsonObject json = parsed(*placed);
    QCOMPARE(json["states"][0]["ui"].toObject(), QJsonObject({{"x", 120}, {"y", -40}}));
    QVERIFY(placed->contains("{\"id\": \"new\", \"name\": \"新订单\", \"ui\": {\"x\": 120, "
                             "\"y\": -40}}"));

    placed = ProcessText::withPosition(*placed, 1, QPoint(7, 8));
    QVERIFY(placed.has_value());
    json = parsed(*placed);
    QCOMPARE(json["states"][1]["ui"].toObject(),
             QJsonObject({{"x", 7}, {"y", 8}, {"colour", "red"}}));
    QVERIFY(!ProcessText::withPosition(definition, 9, QPoint()).has_value());
    QVERIFY(!ProcessText::withPosition("{\"states\": [", 0, QPoint()).has_value());

    const QString cleared = ProcessText::withoutPositions(*placed);
    json = parsed(cleared);
    QVERIFY(!json["states"][0].toObject().contains("ui"));
    QCOMPARE(json["states"][1]["ui"].toObject(), QJsonObject({{"colour", "red"}}));
    // Everything else is as it was written.
    QCOMPARE(cleared, QString(definition).replace("\"x\": 10, \"y\": 20, ", ""));
}

void tst_JsonLocator::formatterKeepsValuesAndOrdersKeys()
{
    const QJsonObject json = parsed(definition);
    QJsonObject unordered = json;
    unordered.insert("version", 3);
    unordered.insert("ratio", 0.3);
    unordered.insert("big", 12345678901234.0);
    const QString text = JsonFormatter::format(unordered);
    QCOMPARE(parsed(text), unordered);
    QVERIFY(text.contains("\"ratio\": 0.3,"));
    QVERIFY(text.contains("\"big\": 12345678901234,"));
    // The keys people read first come first; long lists come last.
    QVERIFY(text.indexOf("\"code\"") < text.indexOf("\"version\""));
    QVERIFY(text.indexOf("\"version\"") < text.indexOf("\"big\""));
    QVERIFY(text.indexOf("\"big\"") < text.indexOf("\"states\""));
    QVERIFY(text.indexOf("\"states\"") < text.indexOf("\"transitions\""));
    // Short objects stay on one line; an action names itself first.
    QVERIFY(text.contains("{\"id\": \"new\", \"name\": \"新订单\"}"));
    const QString action = JsonFormatter::format(
        QJsonObject{{"title", "修改订单"}, {"do", "create_task"}, {"kind", "fix_order"}});
    QCOMPARE(action, QString("{\"do\": \"create_task\", \"kind\": \"fix_order\", "
                             "\"title\": \"修改订单\"}\n"));
    const QString transition = JsonFormatter::format(QJsonObject{
        {"do", QJsonArray{QJsonObject{{"do", "review"}}}}, {"to", "b"}, {"from", "a"}});
    QCOMPARE(transition, QString("{\"from\": \"a\", \"to\": \"b\", \"do\": [{\"do\": "
                                 "\"review\"}]}\n"));
    for (const QString &line : text.split(u'\n'))
        QVERIFY2(line.size() <= 100, qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_JsonLocator)
#include "tst_jsonlocator.moc"
