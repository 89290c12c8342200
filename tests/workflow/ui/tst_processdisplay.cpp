#include "workflow/ui/processdisplay.h"

#include <QJsonDocument>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

ProcessTransition transition(const QString &name, const QString &event, const QString &when)
{
    ProcessTransition t;
    t.name = name;
    t.event = event;
    t.when = when;
    return t;
}

} // namespace

class tst_ProcessDisplay : public QObject
{
    Q_OBJECT

private slots:
    void arrowLabels_data();
    void arrowLabels();
    void deadlinesAndVersions();
    void toolTipsSayEverything();
};

void tst_ProcessDisplay::arrowLabels_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("label");
    QTest::newRow("the transition's name first") << "重新提交" << "resubmit" << "" << "重新提交";
    QTest::newRow("else its event") << "" << "production_done" << "" << "Production done";
    QTest::newRow("an event this version does not know") << "" << "audit" << "" << "audit";
    QTest::newRow("plain true is automatic") << "" << "" << " true " << "automatic";
    QTest::newRow("a short guard as written") << "" << "" << "split.done" << "split.done";
    QTest::newRow("a long guard without its prefixes")
        << "" << "" << "review.outcome == 'hold'" << "outcome == 'hold'";
    QTest::newRow("a longer guard shortened")
        << "" << "" << "approvals.pending == 0 and approvals.rejected == 0"
        << "pending == 0 and reje…";
}

void tst_ProcessDisplay::arrowLabels()
{
    QFETCH(QString, name);
    QFETCH(QString, event);
    QFETCH(QString, when);
    QFETCH(QString, label);
    const QString shown = ProcessDisplay::transitionLabel(transition(name, event, when));
    QCOMPARE(shown, label);
    QVERIFY(shown.size() <= ProcessDisplay::LabelLength);
}

void tst_ProcessDisplay::deadlinesAndVersions()
{
    ProcessState s;
    QCOMPARE(ProcessDisplay::deadlineText(s), QString());
    s.deadline = StateDeadline{16, true};
    QCOMPARE(ProcessDisplay::deadlineText(s), QString("16 working hour(s)"));
    QCOMPARE(ProcessDisplay::versionText(3, true), QString("v3 (active)"));
    QCOMPARE(ProcessDisplay::versionText(2, false), QString("v2"));
    QCOMPARE(ProcessDisplay::outcomeTitle(ReviewFinding::Outcome::Approval),
             QString("Needs approval"));
    s.id = "on_hold";
    QCOMPARE(ProcessDisplay::stateName(s), QString("on_hold"));
    s.name = "挂起待修改";
    QCOMPARE(ProcessDisplay::stateName(s), QString("挂起待修改"));
}

void tst_ProcessDisplay::toolTipsSayEverything()
{
    const QByteArray json = R"({"code": "t", "version": 2, "name": "测试", "name_en": "Test",
        "applies_when": "true", "initial": "a",
        "states": [
          {"id": "a", "name": "甲", "name_en": "A", "status": "new"},
          {"id": "b", "name": "乙", "name_en": "B", "status": "closed", "final": true,
           "deadline": {"working_hours": 8, "escalate": true}}],
        "transitions": [
          {"from": ["a"], "to": "b", "on": "approve", "when": "order.total > 100",
           "do": [{"do": "cancel_tasks", "kinds": ["purchase"]}]}]})";
    const auto definition = ProcessDefinition::fromText(json, "test");
    QVERIFY(definition.ok());
    const QString transition = ProcessDisplay::transitionToolTip(*definition, 0);
    QVERIFY(transition.contains("<b>甲 → 乙</b>"));
    QVERIFY(transition.contains("Approve (approve)"));
    QVERIFY(transition.contains("<code>order.total &gt; 100</code>"));
    QVERIFY(transition.contains("cancel_tasks: purchase"));
    QVERIFY(transition.contains("transitions[0]"));
    QCOMPARE(ProcessDisplay::transitionToolTip(*definition, 5), QString());

    const QString first = ProcessDisplay::stateToolTip(*definition, definition->states().at(0));
    QVERIFY(first.contains("Initial state"));
    const QString last = ProcessDisplay::stateToolTip(*definition, definition->states().at(1));
    QVERIFY(last.contains("Final state"));
    QVERIFY(last.contains("8 working hour(s), then escalated"));
}

QTEST_GUILESS_MAIN(tst_ProcessDisplay)
#include "tst_processdisplay.moc"
