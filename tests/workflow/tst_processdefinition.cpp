#include "workflow/orderscope.h"
#include "workflow/processdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Hearth::Workflow;
using namespace Hearth::Orders;
using Hearth::Core::Decimal;

namespace {

OrderLine makeLine(int no, const QString &category, qint64 amountYuan, bool custom)
{
    OrderLine l;
    l.id = QString("line-%1").arg(no);
    l.lineNo = no;
    l.category = category;
    l.quantity = Decimal::fromInt(1);
    l.unitPrice = Decimal::fromInt(amountYuan);
    l.amount = Decimal::fromInt(amountYuan);
    if (custom) {
        l.widthMm = 2400;
        l.heightMm = 2200;
        l.depthMm = 600;
        l.spec = QJsonObject{{"template", "wardrobe"}, {"thickness_mm", 18}};
    }
    return l;
}

/// Sample orders by name: what a factory sees come in.
SalesOrder sampleOrder(const QString &name)
{
    SalesOrder o;
    o.id = name;
    o.orderNo = name;
    o.customer.mobile = "13800000000";
    if (name == "wardrobe") {
        o.lines = {makeLine(1, "衣柜", 8800, true), makeLine(2, "五金", 300, false)};
    } else if (name == "sofa") {
        o.lines = {makeLine(1, "沙发", 5600, false), makeLine(2, "茶几", 1200, false)};
    } else if (name == "hinges") {
        o.lines = {makeLine(1, "五金", 160, false), makeLine(2, "配件", 40, false)};
    } else if (name == "hinges and a sofa") {
        o.lines = {makeLine(1, "五金", 160, false), makeLine(2, "沙发", 5600, false)};
    } else if (name == "re-made door") {
        o.parentOrderId = "wardrobe";
        o.chargedTo = "factory";
        o.lines = {makeLine(1, "门板", 0, true)};
    } else if (name == "re-made hinge") {
        o.parentOrderId = "hinges";
        o.lines = {makeLine(1, "五金", 0, false)};
    }
    return o;
}

QStringList texts(const QList<Hearth::Core::Error> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out.append(e.toString());
    return out;
}

ProcessDefinition shipped(const QString &code)
{
    auto d = ProcessDefinition::fromFile(":/hearth/processes/" + code + ".json");
    if (!d)
        qFatal("%s", qPrintable(d.error().toString()));
    return d.value();
}

/// Moves an order through a definition as the engine would: each step changes the facts, handles
/// an event if it names one, then takes automatic transitions until none holds. Returns, per
/// step, the states entered ("-" for none).
QString walk(const ProcessDefinition &d, const SalesOrder &order, const QStringList &steps)
{
    OrderFacts facts;
    facts.openTasks = 2;
    QString state = d.initial();
    QStringList out;
    for (const QString &step : steps) {
        QString event;
        for (const QString &word : step.split(' ', Qt::SkipEmptyParts)) {
            if (word.startsWith("on:")) {
                event = word.mid(3);
            } else if (word.startsWith("review=")) {
                facts.reviewOutcome = word.mid(7);
            } else if (word.startsWith("approvals=")) {
                const QStringList n = word.mid(10).split('/');
                facts.approvalsPending = n.at(0).toInt();
                facts.approvalsRejected = n.at(1).toInt();
                facts.approvalsApproved = n.at(2).toInt();
            } else if (word == "split") {
                facts.splitDone = true;
            } else if (word.startsWith("tasks=")) {
                facts.openTasks = word.mid(6).toInt();
            } else if (word != "auto") {
                return "bad step " + word;
            }
        }
        QStringList entered;
        for (int guard = 0; guard < 20; ++guard) {
            facts.event = event;
            const auto next = d.next(state, event, OrderScope(order, facts));
            if (!next)
                return next.error().toString();
            if (!next.value())
                break;
            state = next.value()->to;
            entered.append(state);
            event.clear();
        }
        out.append(entered.isEmpty() ? "-" : entered.join('>'));
    }
    return out.join(" | ");
}

} // namespace

class tst_ProcessDefinition : public QObject
{
    Q_OBJECT

private slots:
    void builtIns();
    void shippedValidate_data();
    void shippedValidate();
    void shippedRoundTrip_data();
    void shippedRoundTrip();
    void shippedActions();
    void walkThrough_data();
    void walkThrough();
    void applies_data();
    void applies();
    void brokenDefinition();
    void missingBasics();
    void unknownInitialState();
    void notADefinition();
    void jsonSyntaxError();
    void guardErrorWhileRunning();
    void fingerprint();
};

void tst_ProcessDefinition::builtIns()
{
    const auto all = ProcessDefinition::builtIns();
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.error().toString()));
    QStringList codes;
    for (const ProcessDefinition &d : all.value())
        codes.append(QString("%1 (%2)").arg(d.code()).arg(d.priority()));
    QCOMPARE(codes, QStringList({"remake (100)", "cabinetry (30)", "hardware (20)",
                                 "furniture (10)"}));
}

void tst_ProcessDefinition::shippedValidate_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("states");
    QTest::newRow("cabinetry") << "cabinetry" << "定制柜类（橱柜、衣柜）" << 13;
    QTest::newRow("furniture") << "furniture" << "成品家具" << 13;
    QTest::newRow("hardware") << "hardware" << "五金配件" << 12;
    QTest::newRow("remake") << "remake" << "售后补件" << 13;
}

void tst_ProcessDefinition::shippedValidate()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, states);
    const ProcessDefinition d = shipped(code);
    QCOMPARE(texts(d.validate()), QStringList());
    QCOMPARE(d.code(), code);
    QCOMPARE(d.version(), 1);
    QCOMPARE(d.name(), name);
    QVERIFY(!d.nameEn().isEmpty());
    QCOMPARE(d.initial(), QString("new"));
    QCOMPARE(d.states().size(), states);
    QCOMPARE(d.label(), code + " v1");

    // Every state shows a real order status; cancelling is possible until production starts.
    for (const ProcessState &s : d.states()) {
        QVERIFY2(statusFromCode(s.statusCode).has_value(), qPrintable(s.id));
        QVERIFY(!s.nameEn.isEmpty());
        bool cancels = false;
        for (const ProcessTransition *t : d.transitionsFrom(s.id))
            cancels = cancels || (t->event == "cancel" && t->to == "cancelled");
        const bool beforeProduction = s.status == OrderStatus::New
            || s.status == OrderStatus::Reviewing || s.status == OrderStatus::Approved;
        QVERIFY2(cancels == (beforeProduction && !s.isFinal), qPrintable(s.id));
    }
    QCOMPARE(d.state("review")->status, OrderStatus::Reviewing);
    QCOMPARE(d.state("review")->deadline.has_value(), true);
    QCOMPARE(d.state("closed")->isFinal, true);
    QCOMPARE(d.state("cancelled")->status, OrderStatus::Cancelled);
    QVERIFY(d.state("nowhere") == nullptr);
    // Only the products that are fitted at the customer's home pass through "installed".
    QCOMPARE(d.state("installed") != nullptr, code != "hardware");
}

void tst_ProcessDefinition::shippedRoundTrip_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"cabinetry", "furniture", "hardware", "remake"})
        QTest::newRow(code) << QString(code);
}

void tst_ProcessDefinition::shippedRoundTrip()
{
    QFETCH(QString, code);
    const ProcessDefinition d = shipped(code);
    QCOMPARE(d.toJson(), d.rawJson());
    const auto again = ProcessDefinition::fromJson(d.toJson(), "again");
    QVERIFY(again.ok());
    QCOMPARE(again->toJson(), d.toJson());
    QCOMPARE(again->fingerprint(), d.fingerprint());
    QCOMPARE(texts(again->validate()), QStringList());
}

void tst_ProcessDefinition::shippedActions()
{
    const ProcessDefinition cabinetry = shipped("cabinetry");
    const ProcessAction fix = cabinetry.state("on_hold")->onEnter.at(0);
    QCOMPARE(fix.type, ProcessAction::Type::CreateTask);
    QCOMPARE(fix.taskKind, QString("fix_order"));
    QCOMPARE(fix.taskKey, QString("fix_order"));
    QCOMPARE(fix.title, QString("审单未通过：按原因修改订单后重新提交"));
    QVERIFY(fix.toOwner);
    QCOMPARE(fix.dueWorkingHours, 8);

    const ProcessAction promise = cabinetry.state("approved")->onEnter.at(0);
    QCOMPARE(promise.type, ProcessAction::Type::SetDate);
    QCOMPARE(promise.field, QString("promised_on"));
    QCOMPARE(promise.workingDays, 20);
    QVERIFY(promise.onlyIfEmpty);

    // Amendments after the split are the engine's own (tst_processengine): no state for them.
    QVERIFY(!cabinetry.state("amending"));
    QCOMPARE(cabinetry.state("approval")->onEnter.at(0).approvalKind, QString("review"));

    const ProcessAction tellWarehouse = cabinetry.state("ready_to_ship")->onEnter.at(0);
    QCOMPARE(tellWarehouse.type, ProcessAction::Type::Notify);
    QCOMPARE(tellWarehouse.assignee.role, QString("warehouse"));
    QCOMPARE(tellWarehouse.assignee.strategy, QString("round_robin"));
    QCOMPARE(tellWarehouse.title, QString("订单货品已齐套入库，请安排发货"));

    const auto fromHold = cabinetry.transitionsFrom("on_hold");
    QCOMPARE(fromHold.size(), 2);
    QCOMPARE(fromHold.at(0)->event, QString("resubmit"));
    QCOMPARE(fromHold.at(0)->name, QString("重新提交"));
    QCOMPARE(fromHold.at(0)->actions.at(0).type, ProcessAction::Type::CancelTasks);
    QCOMPARE(fromHold.at(0)->actions.at(0).cancelKinds, QStringList({"fix_order"}));
    QCOMPARE(fromHold.at(1)->event, QString("cancel"));

    const ProcessDefinition remake = shipped("remake");
    QVERIFY(remake.state("split")->onEnter.at(0).rush);
    const ProcessAction chargeback = remake.state("approved")->onEnter.at(1);
    QCOMPARE(chargeback.taskKind, QString("chargeback"));
    QCOMPARE(chargeback.assignee.role, QString("finance"));
    QCOMPARE(chargeback.assignee.strategy, QString("least_open"));
    QCOMPARE(chargeback.dueWorkingHours, 40);
    QCOMPARE(ProcessAction::typeCode(chargeback.type), QString("create_task"));
}

void tst_ProcessDefinition::walkThrough_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("path");

    QTest::newRow("cabinetry passes review and is installed")
        << "cabinetry" << "wardrobe"
        << QStringList{"auto", "review=pass", "split", "on:production_done", "on:shipped",
                       "on:installed", "tasks=0"}
        << "review | approved>split | in_production | ready_to_ship | shipped | installed | "
           "closed";
    QTest::newRow("cabinetry: approval refused, then resubmitted")
        << "cabinetry" << "wardrobe"
        << QStringList{"auto", "review=approval approvals=2/0/0", "approvals=1/1/1",
                       "on:resubmit review= approvals=0/0/0", "review=pass"}
        << "review | approval | rejected | review | approved>split";
    QTest::newRow("cabinetry: approval waits for every approver")
        << "cabinetry" << "wardrobe"
        << QStringList{"auto", "review=approval approvals=2/0/0", "approvals=1/0/1",
                       "approvals=0/0/2"}
        << "review | approval | - | approved>split";
    QTest::newRow("cabinetry: held, resubmitted, cancelled")
        << "cabinetry" << "wardrobe"
        << QStringList{"auto", "review=hold", "on:resubmit review=", "on:cancel"}
        << "review | on_hold | review | cancelled";
    QTest::newRow("cabinetry: no cancelling in production")
        << "cabinetry" << "wardrobe"
        << QStringList{"auto", "review=pass", "split", "on:cancel", "on:close"}
        << "review | approved>split | in_production | - | -";
    QTest::newRow("cabinetry: closed by hand after installation")
        << "cabinetry" << "wardrobe"
        << QStringList{"auto", "review=pass", "split", "on:production_done", "on:shipped",
                       "on:installed", "on:close"}
        << "review | approved>split | in_production | ready_to_ship | shipped | installed | "
           "closed";
    QTest::newRow("furniture is delivered and assembled")
        << "furniture" << "sofa"
        << QStringList{"auto", "review=pass", "split", "on:production_done", "on:shipped",
                       "on:installed tasks=0"}
        << "review | approved>split | in_production | ready_to_ship | shipped | installed>closed";
    QTest::newRow("hardware is bought and shipped, not installed")
        << "hardware" << "hinges"
        << QStringList{"auto", "review=pass", "split", "on:production_done", "on:purchased",
                       "on:shipped", "on:installed", "tasks=0"}
        << "review | approved>split | purchasing | - | ready_to_ship | shipped | - | closed";
    QTest::newRow("re-make charged to the factory is rushed")
        << "remake" << "re-made door"
        << QStringList{"auto", "review=pass", "split", "on:production_done", "on:shipped",
                       "on:installed", "tasks=0"}
        << "review | approved>split | in_production | ready_to_ship | shipped | installed | "
           "closed";
    QTest::newRow("re-make charged to nobody is held")
        << "remake" << "re-made hinge"
        << QStringList{"auto", "review=pass", "on:resubmit review="}
        << "review | on_hold | review";
}

void tst_ProcessDefinition::walkThrough()
{
    QFETCH(QString, code);
    QFETCH(QString, order);
    QFETCH(QStringList, steps);
    QFETCH(QString, path);
    QCOMPARE(walk(shipped(code), sampleOrder(order), steps), path);
}

void tst_ProcessDefinition::applies_data()
{
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("applying");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("custom wardrobe") << "wardrobe" << "cabinetry furniture" << "cabinetry";
    QTest::newRow("sofa and table") << "sofa" << "furniture" << "furniture";
    QTest::newRow("hinges only") << "hinges" << "furniture hardware" << "hardware";
    QTest::newRow("hinges and a sofa") << "hinges and a sofa" << "furniture" << "furniture";
    QTest::newRow("re-made door") << "re-made door" << "cabinetry furniture remake" << "remake";
    QTest::newRow("re-made hinge") << "re-made hinge" << "furniture hardware remake" << "remake";
    QTest::newRow("no lines") << "empty" << "furniture" << "furniture";
}

void tst_ProcessDefinition::applies()
{
    QFETCH(QString, order);
    QFETCH(QString, applying);
    QFETCH(QString, chosen);
    const SalesOrder o = sampleOrder(order);
    const auto all = ProcessDefinition::builtIns();
    QVERIFY(all.ok());
    QStringList codes;
    for (const ProcessDefinition &d : all.value()) {
        if (d.applies(o))
            codes.append(d.code());
    }
    codes.sort();
    QCOMPARE(codes.join(' '), applying);
    const ProcessDefinition *choice = ProcessDefinition::choose(all.value(), o);
    QVERIFY(choice);
    QCOMPARE(choice->code(), chosen);
}

void tst_ProcessDefinition::brokenDefinition()
{
    const QByteArray text = R"({
      "code": "broken", "version": 2, "name": "坏流程", "name_en": "Broken",
      "applies_when": "review.outcome == 'pass'", "priority": "high", "initial": "start",
      "colour": "red",
      "states": [
        {"id": "start", "name": "开始", "name_en": "Start", "status": "new"},
        {"id": "review", "name": "审单", "name_en": "Review", "status": "checking",
         "deadline": {"working_hours": 0}},
        {"id": "review", "name": "重复", "name_en": "Again", "status": "reviewing"},
        {"id": "orphan", "name": "孤立", "name_en": "Orphan", "status": "new"},
        {"id": "stuck", "name": "卡住", "name_en": "Stuck", "status": "approved"},
        {"id": "done", "name": "完成", "name_en": "Done", "status": "closed", "final": true,
         "on_enter": [{"do": "archive"}]},
        {"id": "loop_a", "name": "甲", "name_en": "A", "status": "approved"},
        {"id": "loop_b", "name": "乙", "name_en": "B", "status": "approved"}
      ],
      "transitions": [
        {"from": "start", "to": "review", "when": "true"},
        {"from": "review", "to": "stuck", "when": "order.total > 5 and order.total < 3"},
        {"from": "review", "to": "done", "when": "order.total > 5 and order.totl < 9"},
        {"from": "review", "to": "nowhere", "on": "resubmit"},
        {"from": "limbo", "to": "done", "on": "cancel"},
        {"from": "review", "to": "done"},
        {"from": "review", "to": "done", "on": "teleport"},
        {"from": "done", "to": "start", "on": "reopen"},
        {"from": "orphan", "to": "done", "when": "true"},
        {"from": "review", "to": "done", "when": "order.total",
         "do": [{"do": "create_task", "kind": "call", "title": "打电话",
                 "assign": {"role": "wizard"}}]},
        {"from": "start", "to": "done", "when": "true"},
        {"from": "start", "to": "loop_a", "on": "amend"},
        {"from": "loop_a", "to": "loop_b", "when": "true"},
        {"from": "loop_b", "to": "loop_a", "when": "1 == 1"},
        {"from": "review", "to": "review", "when": "order.total > 1"},
        {"from": "review", "to": "done", "on": "approve",
         "do": [{"do": "set_date", "field": "shipped_on"},
                {"do": "notify", "assign": {"to": "boss"}, "message": "好"}]},
        {"from": "start", "to": "loop_a", "on": "amend"}
      ]
    })";
    const auto d = ProcessDefinition::fromText(text, "broken.json");
    QVERIFY(d.ok());
    const QStringList expected = {
        // Read: fields, types, statuses, guards that do not parse, actions and their params.
        "broken v2: unknown field \"colour\"; known here: code, version, name, name_en, "
        "description, description_en, applies_when, priority, initial, states, transitions",
        "broken v2: priority: expected a whole number",
        "broken v2: states[1].status: unknown status \"checking\"; use one of new, reviewing, "
        "approved, in_production, shipped, installed, closed, cancelled",
        "broken v2: states[1].deadline.working_hours: expected a whole number from 1",
        "broken v2: states[5].on_enter[0].do: unknown action \"archive\"; use one of review, "
        "request_approval, split, create_task, notify, set_date, cancel_tasks",
        "broken v2: transitions[2].when, column 21: unknown name \"order.totl\"; did you mean "
        "\"order.total\"?",
        "broken v2: transitions[5]: a transition needs \"when\" (a guard for automatic runs), "
        "\"on\" (an event) or both",
        "broken v2: transitions[6].on: unknown event \"teleport\"; known events: resubmit, "
        "approve, reject, amend, cancel, purchased, production_done, shipped, delivered, "
        "installed, paid, close, reopen",
        "broken v2: transitions[9].when: \"order.total\" is a value, not a condition: it should "
        "be true or false",
        "broken v2: transitions[9].do[0]: \"title_en\" is missing",
        "broken v2: transitions[9].do[0].assign.role: unknown role \"wizard\"; roles are admin, "
        "clerk, planner, warehouse, finance, dealer, sales_manager, general_manager, purchaser, "
        "installer",
        "broken v2: transitions[15].do[0].field: set_date cannot set \"shipped_on\"; it sets "
        "promised_on",
        "broken v2: transitions[15].do[0]: \"working_days\" is missing",
        "broken v2: transitions[15].do[1].assign.to: \"boss\" is not someone a task can go to; "
        "write \"owner\" for the order's owner",
        "broken v2: transitions[15].do[1]: \"message_en\" is missing",
        // Meaning: states, the process's choice, the graph and the guards.
        "broken v2: states[2]: a second state with the id \"review\" (the first is states[1])",
        "broken v2: applies_when: review.outcome is known only once an order is in its "
        "process; choosing the process cannot depend on it",
        "broken v2: transitions[1].when: the guard \"order.total > 5 and order.total < 3\" can "
        "never hold, so the transition is never taken",
        "broken v2: transitions[3].to: unknown state \"nowhere\"",
        "broken v2: transitions[4].from: unknown state \"limbo\"",
        "broken v2: states[5]: the final state \"done\" has a transition out of it "
        "(transitions[7])",
        "broken v2: transitions[14]: an automatic transition from \"review\" back to itself "
        "would repeat as long as its guard holds",
        "broken v2: transitions[16]: the same transition as transitions[11]",
        "broken v2: transitions[10]: never taken: transitions[0] always goes first from "
        "\"start\"",
        "broken v2: transitions[16]: never taken: transitions[11] always goes first from "
        "\"start\" on \"amend\"",
        "broken v2: states[6]: automatic transitions that always hold go round in a loop "
        "(loop_a → loop_b → loop_a): an order would never stop moving",
        "broken v2: states[3]: state \"orphan\" cannot be reached from the initial state "
        "\"start\"",
        "broken v2: states[4]: state \"stuck\" is not final but has no transition out of it",
        "broken v2: states[6]: no final state can be reached from state \"loop_a\"",
        "broken v2: states[7]: no final state can be reached from state \"loop_b\"",
    };
    const QStringList actual = texts(d->validate());
    for (int i = 0; i < std::max(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.value(i), expected.value(i));
}

void tst_ProcessDefinition::missingBasics()
{
    const auto d = ProcessDefinition::fromJson(QJsonObject{{"states", QJsonArray()}},
                                               "inline.json");
    QVERIFY(d.ok());
    QCOMPARE(texts(d->validate()),
             QStringList({"inline.json: \"code\" is missing",
                          "inline.json: \"version\" is missing",
                          "inline.json: \"name\" is missing",
                          "inline.json: \"name_en\" is missing",
                          "inline.json: \"initial\" is missing",
                          "inline.json: \"applies_when\" is missing",
                          "inline.json: \"transitions\" is missing",
                          "inline.json: states: the process has no states"}));
}

void tst_ProcessDefinition::unknownInitialState()
{
    QJsonObject json = shipped("hardware").rawJson();
    json.insert("initial", "begin");
    json.insert("version", 3);
    const auto d = ProcessDefinition::fromJson(json, "edited");
    QVERIFY(d.ok());
    QCOMPARE(texts(d->validate()),
             QStringList({"hardware v3: initial: unknown state \"begin\""}));
}

void tst_ProcessDefinition::notADefinition()
{
    const auto d = ProcessDefinition::fromJson(QJsonObject{{"code", "x"}}, "rules/review.json");
    QVERIFY(!d.ok());
    QCOMPARE(d.error().toString(),
             QString("rules/review.json: not a process definition: it has no \"states\""));
}

void tst_ProcessDefinition::jsonSyntaxError()
{
    const auto d = ProcessDefinition::fromText("{\n  \"code\": \"x\",\n  \"states\": [,]\n}",
                                               "x.json");
    QVERIFY(!d.ok());
    QVERIFY2(d.error().toString().startsWith("x.json: not valid JSON at line 3, column 14: "),
             qPrintable(d.error().toString()));
}

void tst_ProcessDefinition::guardErrorWhileRunning()
{
    const QByteArray text = R"({"code": "share", "version": 1, "name": "比例", "name_en": "Share",
      "applies_when": "true", "initial": "a",
      "states": [{"id": "a", "name": "甲", "name_en": "A", "status": "new"},
                 {"id": "b", "name": "乙", "name_en": "B", "status": "closed", "final": true}],
      "transitions": [{"from": "a", "to": "b", "when": "order.total / order.deposit > 2"}]})";
    const auto d = ProcessDefinition::fromText(text, "share.json");
    QVERIFY(d.ok());
    QCOMPARE(texts(d->validate()), QStringList());
    const SalesOrder order = sampleOrder("sofa");
    const auto next = d->next("a", QString(), OrderScope(order));
    QVERIFY(!next.ok());
    QCOMPARE(next.error().toString(),
             QString("share v1: transitions[0].when, column 1: division by zero in "
                     "order.total / order.deposit (order.deposit is 0)"));

    SalesOrder paid = order;
    paid.depositFen = 100'000;  // 1000 yuan of 6800
    const auto taken = d->next("a", QString(), OrderScope(paid));
    QVERIFY(taken.ok());
    QVERIFY(taken.value());
    QCOMPARE(taken.value()->to, QString("b"));
}

void tst_ProcessDefinition::fingerprint()
{
    const ProcessDefinition d = shipped("furniture");
    QCOMPARE(d.fingerprint().size(), 64);
    QJsonObject changed = d.rawJson();
    changed.insert("version", 2);
    const auto other = ProcessDefinition::fromJson(changed);
    QVERIFY(other.ok());
    QVERIFY(other->fingerprint() != d.fingerprint());
    QCOMPARE(ProcessDefinition::fromJson(d.rawJson())->fingerprint(), d.fingerprint());
}

QTEST_GUILESS_MAIN(tst_ProcessDefinition)
#include "tst_processdefinition.moc"
