#include "workflow/ui/jsoneditor.h"
#include "workflow/ui/problemlist.h"
#include "workflow/ui/processgraphview.h"
#include "workflow/ui/processpage.h"

#include "storage/database.h"
#include "workflow/definitionstore.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

int lineOf(const QString &text, int position)
{
    return int(text.left(position).count(u'\n')) + 1;
}

int lineContaining(const QString &text, const QString &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : lineOf(text, int(at));
}

// Replaces the first match in the editor as a user's edit.
bool edit(JsonEditor *editor, const QString &from, const QString &to)
{
    const QString text = editor->toPlainText();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    editor->replaceText(int(at), int(from.size()), to);
    return true;
}

} // namespace

class tst_ProcessPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void showsShippedProcessesBeforeAnyIsStored();
    void listsProcessesWithVersionsAndOrders();
    void errorInTheEditorIsListedWithItsPlace_data();
    void errorInTheEditorIsListedWithItsPlace();
    void syntaxErrorNamesItsLine();
    void editsRedrawTheGraph();
    void saveStoresANewActiveVersion();
    void saveRefusesAnInvalidDefinition();
    void olderVersionsAreReadOnly();
    void draggedStateKeepsItsPlace();

private:
    QTemporaryDir m_dir;
};

void tst_ProcessPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_ProcessPage::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_ProcessPage::init()
{
    static int n = 0;
    Storage::Database::close();
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("p%1.db").arg(++n))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("manager"));
}

void tst_ProcessPage::showsShippedProcessesBeforeAnyIsStored()
{
    ProcessPage page;
    QVERIFY(DefinitionStore::versions(db()).isEmpty());
    QCOMPARE(page.processList()->topLevelItemCount(), 4);
    QVERIFY(!page.currentCode().isEmpty());
    QVERIFY(page.currentVersionId().isEmpty());
    QVERIFY(!page.isReadOnly());
    QVERIFY(page.noticeText().contains(QStringLiteral("not stored it yet")));
    QCOMPARE(page.processList()->topLevelItem(0)->text(2), QStringLiteral("not stored yet"));
    // Showing writes nothing.
    QVERIFY(DefinitionStore::versions(db()).isEmpty());
    QVERIFY(page.problemList()->problems().isEmpty());
}

void tst_ProcessPage::listsProcessesWithVersionsAndOrders()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QCOMPARE(page.processList()->topLevelItemCount(), 4);
    QStringList codes;
    for (int i = 0; i < page.processList()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = page.processList()->topLevelItem(i);
        codes.append(item->data(0, Qt::UserRole).toString());
        QCOMPARE(item->text(1), QStringLiteral("v1"));
        QCOMPARE(item->text(2), QStringLiteral("v1: 0"));
    }
    codes.sort();
    QCOMPARE(codes, QStringList({"cabinetry", "furniture", "hardware", "remake"}));

    QVERIFY(page.showVersion("cabinetry", "cabinetry@1"));
    QCOMPARE(page.currentCode(), QStringLiteral("cabinetry"));
    QVERIFY(!page.isReadOnly());
    QVERIFY(page.noticeText().contains(QStringLiteral("New orders start with v1")));
    QVERIFY(page.noticeText().contains(QStringLiteral("v2")));
    // The graph shows every state of the definition.
    const auto definition = DefinitionStore::load(db(), "cabinetry@1");
    QVERIFY(definition.ok());
    QCOMPARE(page.graphView()->currentLayout().boxes.size(), definition->states().size());
    QVERIFY(page.graphView()->labels().contains(QStringLiteral("Resubmit"))
            || page.graphView()->labels().contains(QStringLiteral("重新提交")));
    QCOMPARE(page.versionPicker()->count(), 1);
    QVERIFY(!page.showVersion("cabinetry", "cabinetry@9"));
}

void tst_ProcessPage::errorInTheEditorIsListedWithItsPlace_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown target state")
        << "\"to\": \"approved\"" << "\"to\": \"aproved\"" << "transitions[" << "aproved";
    QTest::newRow("unknown field in a guard")
        << "review.outcome == 'hold'" << "review.outcom == 'hold'" << ".when" << "review.outcom";
    QTest::newRow("unknown status")
        << "\"status\": \"shipped\"" << "\"status\": \"sent\"" << ".status" << "sent";
}

void tst_ProcessPage::errorInTheEditorIsListedWithItsPlace()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, place);
    QFETCH(QString, message);
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QVERIFY(page.showVersion("cabinetry", "cabinetry@1"));
    QVERIFY(page.validate());
    QVERIFY(page.statusText().contains(QStringLiteral("No problems")));

    QVERIFY(edit(page.editor(), from, to));
    const int line = lineContaining(page.editor()->toPlainText(), to);
    QVERIFY(!page.validate());
    QVERIFY(page.statusText().contains(QStringLiteral("problem")));
    const QList<EditorProblem> problems = page.problemList()->problems();
    QCOMPARE(page.problemList()->topLevelItemCount(), problems.size());
    int index = -1;
    for (int i = 0; i < problems.size() && index < 0; ++i) {
        if (problems.at(i).message.contains(message))
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(page.problemList()->lines().join('\n')));
    const EditorProblem &p = problems.at(index);
    QVERIFY2(p.place.contains(place), qPrintable(p.place));
    QCOMPARE(lineOf(page.editor()->toPlainText(), p.position), line);
    // The editor marks the line.
    QVERIFY(page.editor()->messagesOnLine(line).contains(p.message));

    // Clicking the problem shows its place.
    page.editor()->moveCursor(QTextCursor::Start);
    QSignalSpy spy(page.problemList(), &ProblemList::problemActivated);
    emit page.problemList()->itemClicked(page.problemList()->topLevelItem(index), 0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(page.editor()->textCursor().blockNumber() + 1, line);
}

void tst_ProcessPage::syntaxErrorNamesItsLine()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QVERIFY(page.showVersion("furniture", "furniture@1"));
    const int boxes = int(page.graphView()->currentLayout().boxes.size());
    const QString text = page.editor()->toPlainText();
    // Drop the comma after the first state.
    const qsizetype brace = text.indexOf(QStringLiteral("},"), text.indexOf("\"states\""));
    QVERIFY(brace > 0);
    page.editor()->replaceText(int(brace), 2, QStringLiteral("}"));
    QVERIFY(!page.validate());
    const QList<EditorProblem> problems = page.problemList()->problems();
    QCOMPARE(problems.size(), 1);
    // The missing comma is marked where it belongs, not where the parser noticed.
    const QString edited = page.editor()->toPlainText();
    const int line = lineOf(edited, int(brace));
    QCOMPARE(lineOf(edited, problems.first().position), line);
    QCOMPARE(edited.at(problems.first().position - 1), QChar(u'}'));
    QCOMPARE(problems.first().place, QStringLiteral("line %1").arg(line));
    QVERIFY2(problems.first().message.startsWith(QStringLiteral("not valid JSON")),
             qPrintable(problems.first().message));
    QVERIFY(!page.editor()->messagesOnLine(line).isEmpty());
    // The graph stays as it was last read.
    QCOMPARE(page.graphView()->currentLayout().boxes.size(), boxes);
}

void tst_ProcessPage::editsRedrawTheGraph()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QVERIFY(page.showVersion("hardware", "hardware@1"));
    const int boxes = int(page.graphView()->currentLayout().boxes.size());
    QVERIFY(edit(page.editor(), "\"states\": [",
                 "\"states\": [\n    {\"id\": \"waiting\", \"name\": \"等待\", \"name_en\": "
                 "\"Waiting\", \"status\": \"new\"},"));
    // The graph follows the text once it has been still for a moment.
    QTRY_COMPARE(page.graphView()->currentLayout().boxes.size(), boxes + 1);
    QVERIFY(page.graphView()->currentLayout().boxes.contains("waiting"));
    // The new state is reachable from nowhere: that is a problem, placed on its line.
    const QList<EditorProblem> problems = page.problemList()->problems();
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().place, QStringLiteral("states[0]"));
}

void tst_ProcessPage::saveStoresANewActiveVersion()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QVERIFY(page.showVersion("cabinetry", "cabinetry@1"));
    QVERIFY(edit(page.editor(), "\"working_hours\": 4", "\"working_hours\": 6"));
    QVERIFY(page.save());
    QCOMPARE(page.currentVersionId(), QStringLiteral("cabinetry@2"));
    QVERIFY(page.statusText().contains(QStringLiteral("v2")));
    QVERIFY(page.statusText().contains(QStringLiteral("New orders start with v2")));
    QVERIFY(!page.editor()->document()->isModified());

    bool found = false;
    for (const DefinitionStore::Version &v : DefinitionStore::versions(db())) {
        if (v.id == "cabinetry@2") {
            found = true;
            QVERIFY(v.active);
        } else if (v.id == "cabinetry@1") {
            QVERIFY(!v.active);
        }
    }
    QVERIFY(found);
    const auto stored = DefinitionStore::load(db(), "cabinetry@2");
    QVERIFY(stored.ok());
    QCOMPARE(stored->state("review")->deadline->workingHours, 6);
    QCOMPARE(page.versionPicker()->count(), 2);
}

void tst_ProcessPage::saveRefusesAnInvalidDefinition()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QVERIFY(page.showVersion("remake", "remake@1"));
    QVERIFY(edit(page.editor(), "\"initial\": \"new\"", "\"initial\": \"nowhere\""));
    QVERIFY(!page.save());
    QVERIFY(page.statusText().contains(QStringLiteral("Not saved")));
    QCOMPARE(DefinitionStore::versions(db()).size(), 4);
    QVERIFY(page.problemList()->lines().join('\n').contains(QStringLiteral("initial")));
}

void tst_ProcessPage::olderVersionsAreReadOnly()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    {
        ProcessPage page;
        QVERIFY(page.showVersion("cabinetry", "cabinetry@1"));
        QVERIFY(edit(page.editor(), "\"working_hours\": 4", "\"working_hours\": 5"));
        QVERIFY(page.save());
    }
    ProcessPage page;
    QVERIFY(page.showVersion("cabinetry", "cabinetry@1"));
    QVERIFY(page.isReadOnly());
    QVERIFY(page.editor()->isReadOnly());
    QVERIFY(!page.graphView()->isMovable());
    QVERIFY(page.noticeText().contains(QStringLiteral("read-only")));
    QVERIFY(page.noticeText().contains(QStringLiteral("new orders start with v2")));
    QVERIFY(!page.save());

    QVERIFY(page.activateVersion("cabinetry@1"));
    QVERIFY(!page.isReadOnly());
    QVERIFY(page.statusText().contains(QStringLiteral("New orders now start with this version")));
    for (const DefinitionStore::Version &v : DefinitionStore::versions(db())) {
        if (v.code == "cabinetry")
            QCOMPARE(v.active, v.version == 1);
    }
}

void tst_ProcessPage::draggedStateKeepsItsPlace()
{
    QVERIFY(DefinitionStore::installBuiltIns(db()).ok());
    ProcessPage page;
    QVERIFY(page.showVersion("cabinetry", "cabinetry@1"));
    emit page.graphView()->stateMoved(QStringLiteral("review"), QPoint(412, -30));
    const QJsonObject json =
        QJsonDocument::fromJson(page.editor()->toPlainText().toUtf8()).object();
    bool found = false;
    for (const QJsonValue &s : json.value("states").toArray()) {
        if (s["id"] == "review") {
            found = true;
            QCOMPARE(s["ui"].toObject(), QJsonObject({{"x", 412}, {"y", -30}}));
        }
    }
    QVERIFY(found);
    QVERIFY(page.editor()->document()->isModified());
    QVERIFY(page.statusText().contains(QStringLiteral("save to store it")));
    QTRY_COMPARE(page.graphView()->currentLayout().boxes.value("review").topLeft(),
                 QPointF(412, -30));
}

QTEST_MAIN(tst_ProcessPage)
#include "tst_processpage.moc"
