#include "workflow/ui/dryrunmodel.h"
#include "workflow/ui/jsoneditor.h"
#include "workflow/ui/problemlist.h"
#include "workflow/ui/rulespage.h"

#include "orders/orderrepository.h"
#include "storage/database.h"
#include "widgets/sitetime.h"
#include "workflow/rulesetstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

int lineOf(const QString &text, int position)
{
    return int(text.left(position).count(u'\n')) + 1;
}

bool edit(JsonEditor *editor, const QString &from, const QString &to)
{
    const QString text = editor->toPlainText();
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        return false;
    editor->replaceText(int(at), int(from.size()), to);
    return true;
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().toTimeZone(Widgets::SiteTime::zone()).date();
}

// A store order of ¥10,000 with half paid as deposit, signed daysAgo before today.
bool addOrder(const QString &channelNo, int daysAgo)
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = channelNo;
    o.customer.name = QStringLiteral("张伟");
    o.customer.mobile = QStringLiteral("13900001234");
    o.address = {QStringLiteral("广东省"), QStringLiteral("深圳市"), QStringLiteral("南山区"),
                 QStringLiteral("科技园路1号"), {}};
    o.customer.address = o.address;
    o.signedOn = today().addDays(-daysAgo);
    o.promisedOn = o.signedOn.addDays(30);
    Orders::OrderLine line;
    line.description = QStringLiteral("书桌");
    line.quantity = Core::Decimal::fromInt(1);
    line.unitPrice = Core::Decimal::fromInt(10000);
    line.amount = Core::Decimal::fromInt(10000);
    o.lines = {line};
    o.depositFen = 500000;
    const Core::Status saved = Orders::OrderRepository::save(o);
    if (!saved)
        qWarning("cannot save the order: %s", qPrintable(saved.error().toString()));
    return saved.ok();
}

} // namespace

class tst_RulesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void showsTheShippedRulesWithoutWriting();
    void errorInAFileIsListedWithItsPlace_data();
    void errorInAFileIsListedWithItsPlace();
    void savedVersionIsNotActiveUntilActivated();
    void dryRunShowsOrdersThatWouldChange();
    void dryRunRefusesBadInput();

private:
    QTemporaryDir m_dir;
};

void tst_RulesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_RulesPage::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_RulesPage::init()
{
    static int n = 0;
    Storage::Database::close();
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("r%1.db").arg(++n))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("manager"));
}

void tst_RulesPage::showsTheShippedRulesWithoutWriting()
{
    RulesPage page;
    QCOMPARE(page.shownVersion(), 0);
    QCOMPARE(page.activeVersion(), 0);
    const QStringList files = page.files();
    QCOMPARE(files.mid(0, 2), QStringList({"review.json", "split.json"}));
    QVERIFY(files.contains("templates/base_cabinet.json"));
    QVERIFY(files.contains("templates/wardrobe.json"));
    QCOMPARE(page.fileTabs()->count(), files.size());
    QCOMPARE(page.fileTabs()->tabToolTip(0), QString("review.json"));
    QVERIFY(page.validate());
    QVERIFY(page.problemList()->problems().isEmpty());
    QVERIFY(RuleSetStore::versions().isEmpty());
    // The editors hold what ships.
    const auto edited = page.editedRules();
    QVERIFY(edited.ok());
    const auto shipped = RuleSet::builtIn();
    QVERIFY(shipped.ok());
    QCOMPARE(edited->fingerprint(), shipped->fingerprint());
}

void tst_RulesPage::errorInAFileIsListedWithItsPlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("place");
    QTest::addColumn<bool>("onTheEditedLine");
    QTest::newRow("review rule value") << "review.json" << "\"min\": 0.3" << "\"min\": \"lots\""
                                       << "rules[0].min" << true;
    QTest::newRow("template part code") << "templates/base_cabinet.json" << "\"code\": \"side\""
                                        << "\"code\": \"\"" << "parts[0].code" << true;
    QTest::newRow("missing comma") << "split.json" << "\"format\": 1," << "\"format\": 1"
                                   << "line " << true;
}

void tst_RulesPage::errorInAFileIsListedWithItsPlace()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, place);
    QFETCH(bool, onTheEditedLine);
    RulesPage page;
    JsonEditor *editor = page.editor(file);
    QVERIFY(editor);
    QVERIFY(edit(editor, from, to));
    QVERIFY(!page.validate());
    const QList<EditorProblem> problems = page.problemList()->problems();
    QVERIFY(!problems.isEmpty());
    const EditorProblem &p = problems.first();
    QCOMPARE(p.file, file);
    QVERIFY2(p.place.startsWith(place), qPrintable(p.place + ": " + p.message));
    // The file's tab is shown, and the cursor is on the problem's line.
    QCOMPARE(page.fileTabs()->currentWidget(), editor);
    QCOMPARE(editor->textCursor().blockNumber() + 1, lineOf(editor->toPlainText(), p.position));
    QVERIFY(!editor->messagesOnLine(lineOf(editor->toPlainText(), p.position)).isEmpty());
    const int edited = lineOf(editor->toPlainText(), int(editor->toPlainText().indexOf(to)));
    QCOMPARE(lineOf(editor->toPlainText(), p.position), edited + (onTheEditedLine ? 0 : 1));
    QCOMPARE(page.saveVersion("broken"), 0);
    QVERIFY(RuleSetStore::versions().isEmpty());
}

void tst_RulesPage::savedVersionIsNotActiveUntilActivated()
{
    RulesPage page;
    QVERIFY(edit(page.editor("review.json"), "\"min\": 0.3", "\"min\": 0.6"));
    QCOMPARE(page.saveVersion("deposit 60 %"), 2);
    QVERIFY(page.statusText().contains("not active"));
    // The shipped rules were stored first and stay in use.
    QCOMPARE(page.activeVersion(), 1);
    const QList<RuleSetStore::Version> versions = RuleSetStore::versions();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).version, 2);
    QVERIFY(!versions.at(0).active);
    QCOMPARE(versions.at(0).comment, QString("deposit 60 %"));
    QVERIFY(versions.at(1).active);
    QCOMPARE(RuleSetStore::active()->version, 1);
    QCOMPARE(page.shownVersion(), 2);
    QVERIFY(!page.editor("review.json")->document()->isModified());

    QVERIFY(page.activateVersion(2));
    QCOMPARE(page.activeVersion(), 2);
    QCOMPARE(RuleSetStore::active()->version, 2);
    QVERIFY(page.statusText().contains("v2 is active"));
    QVERIFY(page.showVersion(1));
    QVERIFY(page.editor("review.json")->toPlainText().contains("\"min\": 0.3"));
}

void tst_RulesPage::dryRunShowsOrdersThatWouldChange()
{
    QVERIFY(addOrder("A-1", 3));
    QVERIFY(addOrder("A-2", 10));
    QVERIFY(addOrder("A-3", 60));  // outside the period
    RulesPage page;
    QAbstractItemModelTester tester(page.dryRunModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(edit(page.editor("review.json"), "\"min\": 0.3", "\"min\": 0.6"));
    QSignalSpy finished(&page, &RulesPage::dryRunFinished);
    QVERIFY(page.startDryRun(today().addDays(-30), today()));
    QVERIFY(page.isDryRunning() || finished.count() == 1);
    QVERIFY(finished.wait(60000) || finished.count() == 1);
    QVERIFY(!page.isDryRunning());

    DryRunModel *model = page.dryRunModel();
    QCOMPARE(model->report().orders, 2);
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        const OrderDryRun *r = model->result(row);
        QVERIFY(r->error.isEmpty());
        QCOMPARE(r->findingsAdded.size(), 1);
        QVERIFY(r->findingsAdded.first().contains("60"));
        QCOMPARE(model->index(row, DryRunModel::Findings).data().toString(), QString("+1 / −0"));
        QCOMPARE(r->reviewAfter, ReviewFinding::Outcome::Hold);
    }
    QVERIFY(page.dryRunSummary().contains("2 order(s)"));
    // The first row is selected and described.
    QVERIFY(page.dryRunDetails().contains(model->result(0)->orderNo)
            || page.dryRunDetails().contains(model->result(1)->orderNo));
    QVERIFY(page.dryRunDetails().contains("60"));
    // A dry run writes nothing.
    QVERIFY(RuleSetStore::versions().isEmpty());
}

void tst_RulesPage::dryRunRefusesBadInput()
{
    RulesPage page;
    QVERIFY(!page.startDryRun(today(), today().addDays(-1)));
    QVERIFY(page.dryRunSummary().contains("before its start"));
    QVERIFY(edit(page.editor("review.json"), "\"min\": 0.3", "\"min\": \"lots\""));
    QVERIFY(!page.startDryRun(today().addDays(-30), today()));
    QVERIFY(page.dryRunSummary().contains("problem"));
    QVERIFY(!page.isDryRunning());
}

QTEST_MAIN(tst_RulesPage)
#include "tst_rulespage.moc"
