// The process engine end to end on a real database: orders reviewed, held, approved in order,
// rejected, split into tasks for people, amended, and deadlines counted in working time.

#include "orders/orderrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/approvalstore.h"
#include "workflow/definitionstore.h"
#include "workflow/orderremoval.h"
#include "workflow/orgunits.h"
#include "workflow/processdefinition.h"
#include "workflow/processengine.h"
#include "workflow/taskstore.h"
#include "workflow/workcalendar.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString scalar(const QString &sql, const QString &arg = QString())
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    if (!arg.isNull())
        q.bind(1, arg);
    return q.next() ? q.text(0) : QString();
}

QString addUser(const QString &userName, const QString &role)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, userName).bind(3, userName).bind(4, role);
    if (!q.exec())
        qFatal("cannot add user");
    return id;
}

QDateTime shanghai(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(local.date(), local.time(), WorkCalendar::zoneFor("Asia/Shanghai")).toUTC();
}

Orders::OrderLine cabinet(int lineNo, qint64 w, qint64 h, qint64 d, qint64 amountYuan,
                          const QString &templ = "base_cabinet")
{
    Orders::OrderLine l;
    l.lineNo = lineNo;
    l.sku = "CUS-" + templ.toUpper();
    l.description = templ == "wardrobe" ? "衣柜" : "地柜";
    l.category = "定制柜类";
    l.widthMm = w;
    l.heightMm = h;
    l.depthMm = d;
    l.material = "颗粒板 E0";
    l.colour = "暖白";
    l.unit = Orders::Unit::Piece;
    l.quantity = Core::Decimal::fromInt(1);
    l.unitPrice = Core::Decimal::fromInt(amountYuan);
    l.amount = Core::Decimal::fromInt(amountYuan);
    l.spec = QJsonObject{{"template", templ}, {"thickness_mm", 18}};
    return l;
}

/// A kitchen for a customer in Hangzhou: two base cabinets and a quartz top, ¥7,400 with a
/// ¥2,220 (30 %) deposit — an order every rule passes.
Orders::SalesOrder kitchen(const QString &ownerId)
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.channelOrderNo = QUuid::createUuid().toString(QUuid::WithoutBraces).left(12);
    o.customer.name = "王伟";
    o.customer.mobile = "13912345678";
    o.customer.address = {"浙江省", "杭州市", "西湖区", "文三路12号", QString()};
    o.address = o.customer.address;
    o.signedOn = QDate(2026, 9, 28);
    o.ownerId = ownerId;
    o.lines = {cabinet(1, 800, 720, 560, 3000), cabinet(2, 600, 720, 560, 3000)};
    Orders::OrderLine top;
    top.lineNo = 3;
    top.sku = "TOP-QZ20";
    top.description = "石英石台面 20mm";
    top.category = "台面";
    top.unit = Orders::Unit::Metre;
    top.quantity = Core::Decimal::fromMicros(1'400'000);
    top.unitPrice = Core::Decimal::fromInt(1000);
    top.amount = Core::Decimal::fromInt(1400);
    o.lines.append(top);
    o.depositFen = 0;
    for (const auto &l : o.lines)
        o.depositFen += l.amount.micros() / 10'000;
    o.depositFen = o.depositFen * 3 / 10;
    return o;
}

QString save(Orders::SalesOrder &o)
{
    const Core::Status s = Orders::OrderRepository::save(o);
    if (!s)
        qFatal("cannot save the order: %s", qPrintable(s.error().toString()));
    return o.id;
}

/// Writes the order as an import does, without the editor's checks: impossible amounts come in
/// this way from channel files.
QString saveAsImported(Orders::SalesOrder &o)
{
    Storage::Connection &c = db();
    Storage::Transaction tx(c);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    o.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.orderNo = Orders::OrderRepository::nextOrderNo(c);
    o.hlc = Storage::Database::clock().now();
    for (Orders::OrderLine &l : o.lines)
        l.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto customer = Orders::OrderRepository::upsertCustomer(c, o.channel, o.customer,
                                                                   o.hlc, now);
    if (!customer)
        qFatal("cannot write the customer");
    o.customer.id = customer.value();
    if (!Orders::OrderRepository::writeOrder(c, o, true, now) || !tx.commit())
        qFatal("cannot write the order");
    return o.id;
}

QString stateOf(const QString &orderId)
{
    return scalar("SELECT state FROM order_processes WHERE order_id = ?", orderId);
}

QList<Task> activeTasks(const QString &orderId, const QString &kind = QString())
{
    QList<Task> list;
    for (const Task &t : TaskStore::forOrder(db(), orderId)) {
        if (t.isActive() && (kind.isEmpty() || t.kind == kind))
            list.append(t);
    }
    return list;
}

QString pendingApproval(const QString &orderId)
{
    const auto steps = ApprovalStore::forOrder(db(), orderId);
    for (const Approval &a : steps.value()) {
        if (a.status == QLatin1String(ApprovalStore::Pending))
            return a.id;
    }
    return {};
}

} // namespace

class tst_ProcessEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void goodOrderIsSplitIntoTasksForPeople();
    void runningAgainChangesNothing();
    void lowDepositHoldsWithReasonUntilResubmitted();
    void discountNeedsTheSalesManager();
    void largeOrderNeedsTwoApproversInOrder();
    void rejectionReturnsTheOrderToItsOwner();
    void amendmentBeforeProductionAdjustsTasks();
    void amendmentAfterProductionStartedWaitsForApproval();
    void deadlinesCountWorkingTimeAcrossTheHoliday();
    void ordersKeepTheirProcessVersion();
    void cancelledOrderCancelsItsTasks();
    void impossibleAmountsAreHeld_data();
    void impossibleAmountsAreHeld();
    void confirmedImportsAreReviewedAndSplit();
    void heldOrderIsCancelledWithItsTasks();
    void orderEnteredByMistakeIsDeleted();
    void emptyTeamsTaskGoesToTheirLead();
    void unknownEventIsNamed();

private:
    QTemporaryDir m_dir;
    ProcessEngine *m_engine = nullptr;
    QString m_owner;
    QString m_salesManager;
    QString m_generalManager;
    QString m_planner;
};

void tst_ProcessEngine::init()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces)
                                        + ".db");
    QVERIFY(Storage::Database::open(path));
    Storage::Database::setCurrentUser("tester");
    m_owner = addUser("zhang.clerk", "clerk");
    m_salesManager = addUser("li.manager", "sales_manager");
    m_generalManager = addUser("zhao.gm", "general_manager");
    m_planner = addUser("wu.planner", "planner");
    addUser("qian.finance", "finance");
    addUser("sun.purchaser", "purchaser");
    addUser("zhou.warehouse", "warehouse");
    m_engine = new ProcessEngine;
    const Core::Status ready = m_engine->prepare();
    QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().toString()));
    // The planner plans the cabinet workshop's work orders.
    const auto workshop = OrgUnits::findByCode(db(), "WS-CAB");
    QVERIFY(workshop);
    QVERIFY(OrgUnits::addMember(db(), workshop->id, m_planner));
    // Monday 2026-09-28, 10:00 in Shanghai: the National Day week starts on Thursday.
    m_engine->setNow(shanghai("2026-09-28 10:00"));
    const Core::Status prepared = m_engine->prepare();
    QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().toString()));
}

void tst_ProcessEngine::cleanup()
{
    delete m_engine;
    m_engine = nullptr;
    Storage::Database::close();
}

void tst_ProcessEngine::goodOrderIsSplitIntoTasksForPeople()
{
    Orders::SalesOrder o = kitchen(m_owner);
    const QString id = save(o);

    const auto run = m_engine->runWaiting();
    QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
    QCOMPARE(run->errors.size(), 0);
    QCOMPARE(run->orders, 1);

    QCOMPARE(stateOf(id), QString("in_production"));
    QCOMPARE(scalar("SELECT status FROM sales_orders WHERE id = ?", id),
             QString("in_production"));
    QCOMPARE(scalar("SELECT definition_id FROM order_processes WHERE order_id = ?", id),
             QString("cabinetry@1"));

    const QList<Task> tasks = activeTasks(id);
    QStringList kinds;
    for (const Task &t : tasks)
        kinds.append(t.kind);
    QVERIFY2(kinds.contains("work_order"), qPrintable(kinds.join(',')));
    QVERIFY2(kinds.contains("purchase"), qPrintable(kinds.join(',')));
    QVERIFY2(kinds.contains("collection"), qPrintable(kinds.join(',')));
    QVERIFY2(kinds.contains("shipment"), qPrintable(kinds.join(',')));
    QVERIFY2(kinds.contains("installation"), qPrintable(kinds.join(',')));

    // The cabinets are made in the cabinet workshop, by a planner (tasks find people).
    const auto workOrder = TaskStore::findByKey(db(), id, "work_order:WS-CAB");
    QVERIFY(workOrder);
    QCOMPARE(workOrder->assigneeId, m_planner);
    QCOMPARE(workOrder->role, QString("planner"));
    // The quartz top is bought from the stone supplier.
    const auto stone = TaskStore::findByKey(db(), id, "purchase:SUP-STONE");
    QVERIFY(stone);
    QVERIFY(stone->title.contains("石英石台面"));

    // Collections add up to the total to the fen: ¥7,400 less the ¥2,220 deposit paid.
    qint64 collected = 0;
    for (const Task &t : activeTasks(id, "collection"))
        collected += t.amountFen;
    QCOMPARE(collected, 740000 - 222000);

    // Two cabinets explode into panels: sides, top, bottom, back, shelves, doors.
    QVERIFY(scalar("SELECT COUNT(*) FROM order_parts WHERE order_id = ?", id).toInt() >= 12);
    QCOMPARE(scalar("SELECT SUM(quantity) FROM order_parts WHERE order_id = ? AND part_key "
                    "LIKE '1.%' AND name = '侧板'", id),
             QString("2"));
    QVERIFY(scalar("SELECT COUNT(*) FROM order_hardware WHERE order_id = ?", id).toInt() > 0);

    // The promised date was set in working days from signing (the holiday week skipped).
    const QDate promised = QDate::fromString(
        scalar("SELECT promised_on FROM sales_orders WHERE id = ?", id), Qt::ISODate);
    QVERIFY(promised.isValid());
    QVERIFY(promised > QDate(2026, 10, 8));

    // Every step is on the order's timeline.
    const auto timeline = Orders::OrderRepository::timeline(id);
    QStringList reasons;
    for (const auto &e : timeline)
        reasons.append(e.reason);
    const QString all = reasons.join('\n');
    QVERIFY2(all.contains("审单"), qPrintable(all));
    QVERIFY2(all.contains("review passed") || all.contains("审单通过"), qPrintable(all));
}

void tst_ProcessEngine::runningAgainChangesNothing()
{
    Orders::SalesOrder o = kitchen(m_owner);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const QString tasks = scalar("SELECT COUNT(*) FROM tasks WHERE order_id = ?", id);
    const QString audit = scalar("SELECT COUNT(*) FROM audit_log");

    const auto again = m_engine->runWaiting();
    QVERIFY(again);
    QCOMPARE(again->tasksCreated, 0);
    QCOMPARE(scalar("SELECT COUNT(*) FROM tasks WHERE order_id = ?", id), tasks);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log"), audit);
}

void tst_ProcessEngine::lowDepositHoldsWithReasonUntilResubmitted()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.depositFen = 50000;  // ¥500 of ¥7,400
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());

    QCOMPARE(stateOf(id), QString("on_hold"));
    const QList<Task> fix = activeTasks(id, "fix_order");
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().assigneeId, m_owner);
    const QString reasons = fix.first().details.value("reasons").toVariant().toStringList()
                                .join('\n');
    QVERIFY2(reasons.contains("¥500.00") && reasons.contains("¥2,220.00"), qPrintable(reasons));
    QVERIFY(activeTasks(id, "work_order").isEmpty());

    // Nothing moves it on by itself.
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(id), QString("on_hold"));

    // The owner collects the rest of the deposit and resubmits.
    o.depositFen = 222000;
    save(o);
    const auto step = m_engine->fire(id, "resubmit", "deposit paid");
    QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
    QCOMPARE(stateOf(id), QString("in_production"));
    QVERIFY(activeTasks(id, "fix_order").isEmpty());
    QVERIFY(!activeTasks(id, "work_order").isEmpty());
}

void tst_ProcessEngine::discountNeedsTheSalesManager()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.lines[0].discount = Core::Decimal::fromMicros(200'000);  // 20 % off
    o.lines[0].amount = Core::Decimal::fromInt(2400);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(id), QString("approval"));

    // The approval really blocks: another run does not split the order.
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(id), QString("approval"));
    QVERIFY(activeTasks(id, "work_order").isEmpty());
    const QList<Task> ask = activeTasks(id, "approval");
    QCOMPARE(ask.size(), 1);
    QCOMPARE(ask.first().assigneeId, m_salesManager);

    const QString approval = pendingApproval(id);
    QVERIFY(!approval.isEmpty());
    // A planner cannot approve a discount.
    QVERIFY(!m_engine->decide(approval, m_planner, "planner", true, QString()));
    QCOMPARE(stateOf(id), QString("approval"));

    const auto step = m_engine->decide(approval, m_salesManager, "sales_manager", true, "ok");
    QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
    QCOMPARE(stateOf(id), QString("in_production"));
    QVERIFY(activeTasks(id, "approval").isEmpty());
    QVERIFY(!activeTasks(id, "work_order").isEmpty());
}

void tst_ProcessEngine::largeOrderNeedsTwoApproversInOrder()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.lines[0].unitPrice = Core::Decimal::fromInt(120000);
    o.lines[0].amount = Core::Decimal::fromInt(120000);
    o.depositFen = 4000000;  // ¥40,000 of ¥124,400
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(id), QString("approval"));

    const QString first = pendingApproval(id);
    // The general manager comes second: deciding first is refused.
    QVERIFY(!m_engine->decide(first, m_generalManager, "general_manager", true, QString()));
    QVERIFY(m_engine->decide(first, m_salesManager, "sales_manager", true, "ok"));
    QCOMPARE(stateOf(id), QString("approval"));
    QVERIFY(activeTasks(id, "work_order").isEmpty());
    const QList<Task> ask = activeTasks(id, "approval");
    QCOMPARE(ask.size(), 1);
    QCOMPARE(ask.first().assigneeId, m_generalManager);

    const QString second = pendingApproval(id);
    QVERIFY(second != first);
    QVERIFY(m_engine->decide(second, m_generalManager, "general_manager", true, "ok"));
    QCOMPARE(stateOf(id), QString("in_production"));
}

void tst_ProcessEngine::rejectionReturnsTheOrderToItsOwner()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.lines[0].discount = Core::Decimal::fromMicros(300'000);
    o.lines[0].amount = Core::Decimal::fromInt(2100);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const QString approval = pendingApproval(id);
    // A rejection must say why.
    QVERIFY(!m_engine->decide(approval, m_salesManager, "sales_manager", false, QString()));
    QVERIFY(m_engine->decide(approval, m_salesManager, "sales_manager", false,
                             "30 % is too much; offer 15 %"));
    QCOMPARE(stateOf(id), QString("rejected"));
    const QList<Task> fix = activeTasks(id, "fix_order");
    QCOMPARE(fix.size(), 1);
    QCOMPARE(fix.first().assigneeId, m_owner);
    QVERIFY2(fix.first().title.contains("offer 15 %")
                 || fix.first().details.value("reasons").toArray().first().toString().contains(
                     "offer 15 %"),
             qPrintable(fix.first().title));
    QVERIFY(activeTasks(id, "work_order").isEmpty());
}

void tst_ProcessEngine::amendmentBeforeProductionAdjustsTasks()
{
    Orders::SalesOrder o = kitchen(m_owner);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const auto before = TaskStore::findByKey(db(), id, "work_order:WS-CAB");
    QVERIFY(before);

    // The customer wants the first cabinet 900 wide instead of 800.
    o.lines[0].widthMm = 900;
    save(o);
    const auto run = m_engine->runWaiting();
    QVERIFY(run);
    QCOMPARE(run->errors.size(), 0);
    const auto after = TaskStore::findByKey(db(), id, "work_order:WS-CAB");
    QVERIFY(after);
    QCOMPARE(after->id, before->id);
    QVERIFY(after->details != before->details);
    QCOMPARE(scalar("SELECT MAX(length_mm) FROM order_parts WHERE order_id = ? AND part_key "
                    "LIKE '1.%' AND name = '顶板'", id),
             QString::number(900 - 2 * 18));

    // Cancelling the quartz top cancels its purchase.
    o.lines.removeLast();
    save(o);
    QVERIFY(m_engine->runWaiting());
    const auto stone = TaskStore::findByKey(db(), id, "purchase:SUP-STONE");
    QVERIFY(stone);
    QCOMPARE(stone->status, TaskStatus::Cancelled);
}

void tst_ProcessEngine::amendmentAfterProductionStartedWaitsForApproval()
{
    Orders::SalesOrder o = kitchen(m_owner);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const auto workOrder = TaskStore::findByKey(db(), id, "work_order:WS-CAB");
    QVERIFY(workOrder);
    QVERIFY(TaskStore::start(db(), workOrder->id, m_planner));

    o.lines[1].widthMm = 450;
    save(o);
    QVERIFY(m_engine->runWaiting());
    // Production started: the change waits for the planner's approval.
    const auto unchanged = TaskStore::findByKey(db(), id, "work_order:WS-CAB");
    QCOMPARE(unchanged->details, workOrder->details);
    const QString approval = pendingApproval(id);
    QVERIFY(!approval.isEmpty());
    QVERIFY(!scalar("SELECT amendment FROM order_processes WHERE order_id = ?", id).isEmpty());

    QVERIFY(m_engine->decide(approval, m_planner, "planner", true, "cut again"));
    const auto changed = TaskStore::findByKey(db(), id, "work_order:WS-CAB");
    QVERIFY(changed->details != workOrder->details);
    QVERIFY(scalar("SELECT amendment FROM order_processes WHERE order_id = ?", id).isEmpty());
}

void tst_ProcessEngine::deadlinesCountWorkingTimeAcrossTheHoliday()
{
    // Wednesday 30 September 2026, 16:00: the National Day holiday runs 1-7 October.
    m_engine->setNow(shanghai("2026-09-30 16:00"));
    Orders::SalesOrder o = kitchen(m_owner);
    o.depositFen = 1000;
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const QList<Task> fix = activeTasks(id, "fix_order");
    QCOMPARE(fix.size(), 1);
    // The fix is due in 8 working hours (days of 08:30-12:00 and 13:30-18:00): 2 h on
    // Wednesday, then the holiday week is off, and Thursday 8 October 08:30-12:00, 13:30-16:00.
    QCOMPARE(fix.first().dueAt, shanghai("2026-10-08 16:00"));
    // The order may stay on hold 16 working hours: 2 h on Wednesday, Thursday's 8 h and Friday
    // 08:30-12:00 and 13:30-16:00.
    QCOMPARE(QDateTime::fromString(
                 scalar("SELECT state_due_at FROM order_processes WHERE order_id = ?", id),
                 Qt::ISODateWithMs),
             shanghai("2026-10-09 16:00"));

    // Past that, the owner's lead is told (escalation), once.
    const auto lead = addUser("chen.lead", "sales_manager");
    const auto sales = OrgUnits::findByCode(db(), "SALES");
    QVERIFY(sales);
    QVERIFY(OrgUnits::addMember(db(), sales->id, m_owner));
    QVERIFY(OrgUnits::setLead(db(), sales->id, lead));
    m_engine->setNow(shanghai("2026-10-09 17:00"));
    QVERIFY(m_engine->runWaiting());
    QVERIFY(m_engine->runWaiting());
    int escalations = 0;
    for (const Task &t : activeTasks(id, TaskStore::EscalationKind)) {
        if (t.details.value("state").toString() == "on_hold") {
            ++escalations;
            QCOMPARE(t.assigneeId, lead);
        }
    }
    QCOMPARE(escalations, 1);
}

void tst_ProcessEngine::ordersKeepTheirProcessVersion()
{
    Orders::SalesOrder first = kitchen(m_owner);
    first.depositFen = 100;  // held: it stays in the process
    const QString firstId = save(first);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(scalar("SELECT definition_id FROM order_processes WHERE order_id = ?", firstId),
             QString("cabinetry@1"));

    // A manager saves a changed definition: version 2 for orders from now on.
    const auto current = DefinitionStore::load(db(), "cabinetry@1");
    QVERIFY(current);
    QJsonObject json = current->rawJson();
    json.insert("name", "定制柜类（新版）");
    const auto saved = DefinitionStore::save(db(), json);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
    QCOMPARE(saved.value(), QString("cabinetry@2"));

    ProcessEngine engine;
    engine.setNow(shanghai("2026-09-28 11:00"));
    QVERIFY(engine.prepare());
    Orders::SalesOrder second = kitchen(m_owner);
    const QString secondId = save(second);
    QVERIFY(engine.runWaiting());
    QCOMPARE(scalar("SELECT definition_id FROM order_processes WHERE order_id = ?", secondId),
             QString("cabinetry@2"));
    QCOMPARE(scalar("SELECT definition_id FROM order_processes WHERE order_id = ?", firstId),
             QString("cabinetry@1"));

    // An invalid definition is refused with its problems, and nothing is stored.
    json.insert("initial", "nowhere");
    const auto refused = DefinitionStore::save(db(), json);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains("nowhere"), qPrintable(refused.error().message));
    QCOMPARE(scalar("SELECT COUNT(*) FROM process_definitions WHERE code = 'cabinetry'"),
             QString("2"));
}

void tst_ProcessEngine::cancelledOrderCancelsItsTasks()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.lines[0].discount = Core::Decimal::fromMicros(200'000);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(activeTasks(id, "approval").size(), 1);
    const auto step = m_engine->fire(id, "cancel", "customer withdrew");
    QVERIFY2(step, qPrintable(step ? QString() : step.error().toString()));
    QCOMPARE(stateOf(id), QString("cancelled"));
    QCOMPARE(scalar("SELECT status FROM sales_orders WHERE id = ?", id), QString("cancelled"));
    QVERIFY(activeTasks(id).isEmpty());
    // A cancelled order is not looked at again.
    const auto run = m_engine->runWaiting();
    QVERIFY(run);
    QCOMPARE(run->orders, 0);
}

void tst_ProcessEngine::impossibleAmountsAreHeld_data()
{
    QTest::addColumn<qint64>("linePrice");
    QTest::addColumn<qint64>("depositFen");
    QTest::addColumn<QString>("reason");
    QTest::newRow("negative price") << qint64(-3000) << qint64(0) << "not above zero";
    QTest::newRow("negative deposit") << qint64(3000) << qint64(-50000) << "is not between 0";
    QTest::newRow("deposit above the total") << qint64(3000) << qint64(800000)
                                             << "is not between 0";
}

void tst_ProcessEngine::impossibleAmountsAreHeld()
{
    QFETCH(qint64, linePrice);
    QFETCH(qint64, depositFen);
    QFETCH(QString, reason);
    Orders::SalesOrder o = kitchen(m_owner);
    for (int i = 0; i < 2; ++i) {
        o.lines[i].unitPrice = Core::Decimal::fromInt(linePrice);
        o.lines[i].amount = Core::Decimal::fromInt(linePrice);
    }
    o.depositFen = depositFen;
    const QString id = saveAsImported(o);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(id), QString("on_hold"));
    QVERIFY(activeTasks(id, "work_order").isEmpty());
    const QList<Task> fix = activeTasks(id, "fix_order");
    QCOMPARE(fix.size(), 1);
    const QString reasons = fix.first().details.value("reasons").toVariant().toStringList()
                                .join('\n');
    QVERIFY2(reasons.contains(reason), qPrintable(reasons));
}

void tst_ProcessEngine::confirmedImportsAreReviewedAndSplit()
{
    // A shop that sends its orders as confirmed: the factory still reviews and splits them.
    Orders::SalesOrder o = kitchen(m_owner);
    o.status = Orders::OrderStatus::Approved;
    const QString id = save(o);
    const auto run = m_engine->runWaiting();
    QVERIFY(run);
    QCOMPARE(run->orders, 1);
    QCOMPARE(stateOf(id), QString("in_production"));
    QVERIFY(!activeTasks(id, "work_order").isEmpty());
    // Its status went on from approved (to review and on), never back to new: the server
    // refuses approved → new.
    Storage::Statement &steps = db().prepare(
        "SELECT json_extract(payload, '$.status') FROM outbox WHERE table_name = "
        "'sales_orders' AND row_id = ? AND op = 'update' AND "
        "json_extract(payload, '$.status') IS NOT NULL ORDER BY id");
    steps.bind(1, id);
    QStringList statuses;
    while (steps.next())
        statuses.append(steps.text(0));
    steps.reset();
    QCOMPARE(statuses.join(','), QString("reviewing,approved,in_production"));

    // Orders already in production when they came in are left alone.
    Orders::SalesOrder old = kitchen(m_owner);
    old.status = Orders::OrderStatus::InProduction;
    const QString oldId = save(old);
    QVERIFY(m_engine->runWaiting());
    QVERIFY(stateOf(oldId).isEmpty());
}

void tst_ProcessEngine::heldOrderIsCancelledWithItsTasks()
{
    // Held by review for its missing deposit: a fix-order task waits for someone.
    Orders::SalesOrder o = kitchen(m_owner);
    o.depositFen = 0;
    const QString id = saveAsImported(o);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(id), QString("on_hold"));
    QCOMPARE(activeTasks(id, "fix_order").size(), 1);
    QCOMPARE(OrderRemoval::cancelRefusal(db(), id), QString());

    const auto noReason = OrderRemoval::cancel(*m_engine, id, "  ");
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().message, QString("give the reason for cancelling the order"));
    const auto done = OrderRemoval::cancel(*m_engine, id, "客户取消");
    QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    QCOMPARE(*done, QString("%1 cancelled (1 open task(s) cancelled)").arg(o.orderNo));
    QCOMPARE(stateOf(id), QString("cancelled"));
    QVERIFY(activeTasks(id).isEmpty());
    QCOMPARE(Orders::OrderRepository::load(id)->status, Orders::OrderStatus::Cancelled);
    QCOMPARE(OrderRemoval::cancelRefusal(db(), id), QString("%1 is cancelled already")
                                                        .arg(o.orderNo));

    // An order in production is not cancelled: it has work done.
    Orders::SalesOrder made = kitchen(m_owner);
    const QString madeId = save(made);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(stateOf(madeId), QString("in_production"));
    QVERIFY(OrderRemoval::cancelRefusal(db(), madeId).contains("cannot be cancelled"));
    QVERIFY(!OrderRemoval::cancel(*m_engine, madeId, "客户取消"));
    QCOMPARE(stateOf(madeId), QString("in_production"));
}

void tst_ProcessEngine::orderEnteredByMistakeIsDeleted()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.depositFen = 0;
    const QString id = saveAsImported(o);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(activeTasks(id, "fix_order").size(), 1);
    QCOMPARE(OrderRemoval::deleteBlockers(db(), id), QStringList());

    const auto done = OrderRemoval::remove(*m_engine, id, "录入重复");
    QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
    QCOMPARE(*done, QString("%1 deleted (1 open task(s) cancelled)").arg(o.orderNo));
    // A tombstone for sync, nothing left in anyone's inbox, gone from search.
    Storage::Statement &row = db().prepare(
        "SELECT deleted, (SELECT COUNT(*) FROM outbox WHERE table_name = 'sales_orders' AND "
        "row_id = ? AND op = 'delete'), (SELECT COUNT(*) FROM orders_fts WHERE rowid = "
        "sales_orders.rowid) FROM sales_orders WHERE id = ?");
    row.bind(1, id).bind(2, id);
    QVERIFY(row.next());
    QCOMPARE(row.int64(0), 1);
    QCOMPARE(row.int64(1), 1);
    QCOMPARE(row.int64(2), 0);
    row.reset();
    QVERIFY(activeTasks(id).isEmpty());
    QCOMPARE(OrderRemoval::deleteBlockers(db(), id), QStringList("there is no such order"));

    // An order split into work is kept: the person is told why and to cancel it instead.
    Orders::SalesOrder made = kitchen(m_owner);
    const QString madeId = save(made);
    QVERIFY(m_engine->runWaiting());
    QCOMPARE(OrderRemoval::deleteBlockers(db(), madeId),
             QStringList("its status is In production"));
    const auto refused = OrderRemoval::remove(*m_engine, madeId, "录入重复");
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(made.orderNo + " cannot be deleted: "),
             qPrintable(refused.error().message));
    QVERIFY(refused.error().message.endsWith("; cancel it instead"));
    QCOMPARE(Orders::OrderRepository::load(madeId)->status, Orders::OrderStatus::InProduction);

    // Money received on a held order keeps it too.
    Orders::SalesOrder paid = kitchen(m_owner);
    paid.depositFen = 0;
    const QString paidId = saveAsImported(paid);
    QVERIFY(m_engine->runWaiting());
    Storage::Statement &receipt = db().prepare(
        "INSERT INTO receipts (id, hlc, order_id, kind, method, amount_fen, received_on, "
        "idempotency_key, recorded_by, recorded_at) VALUES (?, 'h', ?, 'deposit', "
        "'wechat_pay', 50000, '2026-12-05', ?, 'test', '2026-12-05T08:00:00Z')");
    receipt.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, paidId)
        .bind(3, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY(receipt.exec());
    QCOMPARE(OrderRemoval::deleteBlockers(db(), paidId),
             QStringList("1 receipt(s) are recorded on it (record a refund instead)"));
    QVERIFY(!OrderRemoval::remove(*m_engine, paidId, "录入重复"));
    QCOMPARE(stateOf(paidId), QString("on_hold"));  // not even cancelled
}

void tst_ProcessEngine::emptyTeamsTaskGoesToTheirLead()
{
    // Nobody is in the Zhejiang installation team yet; the installation service's lead is.
    const QString lead = addUser("he.install", "installer");
    const auto service = OrgUnits::findByCode(db(), "INSTALL");
    QVERIFY(service);
    QVERIFY(OrgUnits::setLead(db(), service->id, lead));
    Orders::SalesOrder o = kitchen(m_owner);
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const QList<Task> installation = activeTasks(id, "installation");
    QCOMPARE(installation.size(), 1);
    QCOMPARE(installation.first().assigneeId, lead);
}

void tst_ProcessEngine::unknownEventIsNamed()
{
    Orders::SalesOrder o = kitchen(m_owner);
    o.depositFen = 100;
    const QString id = save(o);
    QVERIFY(m_engine->runWaiting());
    const auto step = m_engine->fire(id, "resubmitt", QString());
    QVERIFY(!step);
    QVERIFY2(step.error().message.contains("there is no event \"resubmitt\""),
             qPrintable(step.error().message));
    QVERIFY(step.error().message.contains("resubmit,"));
    QCOMPARE(stateOf(id), QString("on_hold"));
}

QTEST_GUILESS_MAIN(tst_ProcessEngine)
#include "tst_processengine.moc"
