#include "orders/orderrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "workflow/orgunits.h"
#include "workflow/taskquery.h"
#include "workflow/taskstore.h"
#include "workflow/workcalendar.h"

#include <QJsonArray>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QTimeZone shanghai()
{
    return WorkCalendar::zoneFor("Asia/Shanghai");
}

QDateTime site(const char *text)
{
    const QDateTime local = QDateTime::fromString(QString::fromLatin1(text), "yyyy-MM-dd HH:mm");
    return QDateTime(local.date(), local.time(), shanghai()).toUTC();
}

QString addUser(const QString &userName, const QString &displayName, const QString &role)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, active, created_at) "
        "VALUES (?, ?, ?, ?, 'x', 1, '2026-01-01T00:00:00.000Z')");
    q.bind(1, id).bind(2, userName).bind(3, displayName).bind(4, role);
    if (!q.exec())
        qFatal("cannot add user");
    return id;
}

QString scalar(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    Storage::Statement q(db().handle(), utf8.constData());
    return q.next() ? q.text(0) : QString();
}

QString newOrder()
{
    Orders::SalesOrder o;
    o.channel = Orders::Channel::Store;
    o.customer.name = "王伟";
    o.customer.mobile = "13912345678";
    o.signedOn = QDate(2026, 3, 2);
    o.depositFen = 300000;
    Orders::OrderLine line;
    line.description = "衣柜";
    line.quantity = Core::Decimal::fromInt(1);
    line.unitPrice = Core::Decimal::fromInt(9000);
    line.amount = Core::Decimal::fromInt(9000);
    o.lines = {line};
    const Core::Status saved = Orders::OrderRepository::save(o);
    if (!saved)
        qFatal("cannot save the order: %s", qPrintable(saved.error().toString()));
    return o.id;
}

QStringList titles(const QList<Task> &tasks)
{
    QStringList result;
    for (const Task &t : tasks)
        result.append(t.title);
    return result;
}

/// The task events on the order's timeline, as "user event (reason)".
QStringList timelineEvents(const QString &orderId)
{
    QStringList result;
    for (const Orders::TimelineEntry &e : Orders::OrderRepository::timeline(orderId)) {
        if (!e.table.startsWith("task"))
            continue;
        QString line = e.user + " " + e.after.value("event").toString();
        if (!e.reason.isEmpty())
            line += " (" + e.reason + ")";
        result.append(line);
    }
    return result;
}

} // namespace

class tst_TaskStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusCodes();
    void createIsIdempotent();
    void createRefuses_data();
    void createRefuses();
    void lifecycleOnTheTimeline();
    void lifecycleErrors_data();
    void lifecycleErrors();
    void handOverAndLeads();
    void adjustRecordsBeforeAndAfter();
    void comments();
    void inboxOrderAndCounts();
    void teamOfALead();
    void escalation();
    void rolledBackWithTheCaller();
    void inboxAtOneHundredThousand();

private:
    /// Acts as a user: the audit trail's name and the actor id.
    QString as(const QString &userName);
    Task newTask(const QString &key, const QString &title, const QString &role,
                 const QString &unitId, const QString &assignee, const QDateTime &due = {});

    QTemporaryDir m_dir;
    QMap<QString, QString> m_ids;
    QString m_orderId;
    QString m_workshop;
};

void tst_TaskStore::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser("system");
    m_ids.clear();
    m_ids["li"] = addUser("li", "李娜", "finance");
    m_ids["wang"] = addUser("wang", "王强", "finance");
    m_ids["zhao"] = addUser("zhao", "赵敏", "planner");
    m_ids["sun"] = addUser("sun", "孙立", "clerk");
    m_ids["boss"] = addUser("boss", "Boss", "admin");
    m_ids["gone"] = addUser("gone", "离职", "finance");
    Storage::Statement &off = db().prepare("UPDATE users SET active = 0 WHERE username = 'gone'");
    QVERIFY(off.exec());
    OrgUnit ws;
    ws.kind = UnitKind::Workshop;
    ws.code = "WS-CAB";
    ws.name = "柜体车间";
    ws.leadUserId = m_ids["zhao"];
    const auto created = OrgUnits::create(db(), ws);
    QVERIFY(created.ok());
    m_workshop = created->id;
    QVERIFY(OrgUnits::addMember(db(), m_workshop, m_ids["li"]).ok());
    QVERIFY(OrgUnits::addMember(db(), m_workshop, m_ids["wang"]).ok());
    m_orderId = newOrder();
}

void tst_TaskStore::cleanup()
{
    Storage::Database::close();
}

QString tst_TaskStore::as(const QString &userName)
{
    Storage::Database::setCurrentUser(userName.isEmpty() ? QString("system") : userName);
    return userName.isEmpty() ? QString() : m_ids.value(userName);
}

Task tst_TaskStore::newTask(const QString &key, const QString &title, const QString &role,
                            const QString &unitId, const QString &assignee, const QDateTime &due)
{
    NewTask n;
    n.orderId = m_orderId;
    n.key = key;
    n.kind = key.section(':', 0, 0);
    n.title = title;
    n.role = role;
    n.unitId = unitId;
    n.assigneeId = assignee.isEmpty() ? QString() : m_ids.value(assignee);
    n.dueAt = due;
    n.reason = "split";
    const auto t = TaskStore::create(db(), n);
    if (!t)
        qFatal("cannot create task: %s", qPrintable(t.error().toString()));
    return t.value();
}

void tst_TaskStore::statusCodes()
{
    for (TaskStatus s : {TaskStatus::Open, TaskStatus::Claimed, TaskStatus::Started,
                         TaskStatus::Done, TaskStatus::Cancelled}) {
        QCOMPARE(TaskStore::statusFromCode(TaskStore::statusCode(s)), std::optional(s));
        QVERIFY(!TaskStore::statusTitle(s).isEmpty());
    }
    QCOMPARE(TaskStore::statusCode(TaskStatus::Started), "started");
    QVERIFY(!TaskStore::statusFromCode("paused"));
}

void tst_TaskStore::createIsIdempotent()
{
    NewTask n;
    n.orderId = m_orderId;
    n.key = "collection:deposit";
    n.kind = "collection";
    n.title = "收定金";
    n.role = "finance";
    n.unitId = m_workshop;
    n.dueAt = site("2026-03-09 18:00");
    n.amountFen = 300000;
    n.details = QJsonObject{{"percent", 30}};
    const auto first = TaskStore::create(db(), n);
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->status, TaskStatus::Open);
    QCOMPARE(first->dueAt, site("2026-03-09 18:00"));
    QCOMPARE(first->amountFen, 300000);
    QCOMPARE(scalar("SELECT due_at FROM tasks"), "2026-03-09T10:00:00.000Z");

    n.title = "收定金（第二次）";
    n.amountFen = 1;
    const auto second = TaskStore::create(db(), n);
    QVERIFY(second.ok());
    QCOMPARE(second->id, first->id);
    QCOMPARE(second->title, "收定金");
    QCOMPARE(second->amountFen, 300000);
    QCOMPARE(second->details.value("percent").toInt(), 30);
    QCOMPARE(scalar("SELECT COUNT(*) FROM tasks"), "1");
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'tasks'"), "1");
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'tasks'"), "1");

    const auto loaded = TaskStore::find(db(), first->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->toJson(), first->toJson());
    QCOMPARE(TaskStore::findByKey(db(), m_orderId, "collection:deposit")->id, first->id);
    QCOMPARE(TaskStore::forOrder(db(), m_orderId).size(), 1);

    // A task of no order is idempotent by key as well.
    NewTask loose = n;
    loose.orderId.clear();
    const auto a = TaskStore::create(db(), loose);
    const auto b = TaskStore::create(db(), loose);
    QVERIFY(a && b);
    QCOMPARE(a->id, b->id);
    QVERIFY(a->id != first->id);
}

void tst_TaskStore::createRefuses_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("error");
    QTest::newRow("no key") << " " << "" << ""
                            << "收尾款: a task needs a key, a kind and a title";
    QTest::newRow("unknown order") << "k" << "no-such-order" << ""
                                   << "no-such-order: the order of task \"收尾款\" does not exist";
    QTest::newRow("unknown unit") << "k" << "" << "no-such-unit"
                                  << "no-such-unit: the unit of task \"收尾款\" does not exist";
}

void tst_TaskStore::createRefuses()
{
    QFETCH(QString, key);
    QFETCH(QString, order);
    QFETCH(QString, unit);
    QFETCH(QString, error);
    NewTask n;
    n.key = key;
    n.kind = "collection";
    n.title = "收尾款";
    n.orderId = order;
    n.unitId = unit;
    n.role = "finance";
    const auto t = TaskStore::create(db(), n);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().toString(), error);
    QCOMPARE(scalar("SELECT COUNT(*) FROM tasks"), "0");
}

void tst_TaskStore::lifecycleOnTheTimeline()
{
    const Task t = newTask("collection:deposit", "收定金", "finance", m_workshop, {});
    QVERIFY(t.assigneeId.isEmpty());

    const auto claimed = TaskStore::claim(db(), t.id, as("li"));
    QVERIFY2(claimed.ok(), qPrintable(claimed ? QString() : claimed.error().toString()));
    QCOMPARE(claimed->status, TaskStatus::Claimed);
    QCOMPARE(claimed->assigneeId, m_ids["li"]);
    QVERIFY(TaskStore::claim(db(), t.id, as("li")).ok());  // claiming again changes nothing

    const auto started = TaskStore::start(db(), t.id, as("li"));
    QVERIFY(started.ok());
    QCOMPARE(started->status, TaskStatus::Started);
    const auto done = TaskStore::complete(db(), t.id, as("li"), " 已收定金 3000 元 ");
    QVERIFY(done.ok());
    QCOMPARE(done->status, TaskStatus::Done);
    QCOMPARE(done->result, "已收定金 3000 元");
    QVERIFY(done->completedAt.isValid());
    QCOMPARE(TaskStore::find(db(), t.id)->status, TaskStatus::Done);

    QCOMPARE(timelineEvents(m_orderId),
             QStringList({"system created (split)", "li claimed", "li started",
                          "li completed (已收定金 3000 元)"}));
    const QList<Orders::TimelineEntry> timeline = Orders::OrderRepository::timeline(m_orderId);
    const Orders::TimelineEntry &last = timeline.last();
    QCOMPARE(last.table, "tasks");
    QCOMPARE(last.action, "update");
    QCOMPARE(last.before.value("status").toString(), "started");
    QCOMPARE(last.after.value("status").toString(), "done");
    QCOMPARE(last.after.value("title").toString(), "收定金");
    QCOMPARE(last.after.value("id").toString(), t.id);
    QVERIFY(!last.at.isEmpty());
    // Each change also went to the outbox.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'tasks'"), "4");
}

void tst_TaskStore::lifecycleErrors_data()
{
    // Steps "user:action[:argument]" run in order; every step but the last must succeed, the last
    // must fail with the error. An empty user is the process engine.
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("error");
    const QString task = "task \"收尾款\": ";
    QTest::newRow("complete a cancelled task")
        << ":cancel:order withdrawn;li:complete" << task + "it was cancelled, so it cannot be "
                                                           "completed";
    QTest::newRow("complete twice") << "li:complete;li:complete"
                                    << task + "it is done already, so it cannot be completed";
    QTest::newRow("claim what another claimed") << "wang:claim;li:claim"
                                                << task + "王强 has claimed it already";
    QTest::newRow("complete another's task") << "wang:claim;li:complete"
                                             << task + "only 王强, who has it, can complete it";
    QTest::newRow("outsider completes a pool task")
        << "sun:complete" << task + "孙立 is not in the pool this task waits in";
    QTest::newRow("outsider claims") << "sun:claim"
                                     << task + "孙立 is not in the pool this task waits in";
    QTest::newRow("start twice") << "li:start;li:start"
                                 << task + "it is started already, so it cannot be started";
    QTest::newRow("cancel without a reason") << ":cancel: " << task + "say why it is cancelled";
    QTest::newRow("member cancels") << "li:cancel:no time"
                                    << task + "only its lead or an administrator can cancel it";
    QTest::newRow("cancel a cancelled task")
        << ":cancel:a;:cancel:b" << task + "it was cancelled, so it cannot be cancelled";
    QTest::newRow("hand over to a leaver") << "li:claim;li:handover:gone:休假"
                                           << task + "离职 is disabled and cannot take it";
    QTest::newRow("hand over without a reason") << "li:claim;li:handover:wang: "
                                                << task + "say why it is handed over";
    QTest::newRow("hand over another's task")
        << "li:claim;wang:handover:sun:我来" << task + "only its assignee, its lead or an "
                                                      "administrator can hand it over";
    QTest::newRow("a leaver acts") << "gone:claim" << task + "离职 is disabled";
    QTest::newRow("engine cannot claim") << ":claim" << task + "only a person can claim a task";
    QTest::newRow("empty comment") << "li:comment: " << task + "a comment cannot be empty";
    QTest::newRow("adjust a done task") << "li:complete;:adjust:1"
                                        << task + "it is done already, so it cannot be changed";
}

void tst_TaskStore::lifecycleErrors()
{
    QFETCH(QString, steps);
    QFETCH(QString, error);
    const Task t = newTask("collection:balance", "收尾款", "finance", m_workshop, {});
    const QStringList list = steps.split(';');
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QStringList parts = list[i].split(':');
        const QString actor = as(parts.value(0));
        const QString action = parts.value(1);
        std::optional<Core::Error> failed;
        auto check = [&](const auto &result) {
            if (!result.ok())
                failed = result.error();
        };
        if (action == "claim")
            check(TaskStore::claim(db(), t.id, actor));
        else if (action == "start")
            check(TaskStore::start(db(), t.id, actor));
        else if (action == "complete")
            check(TaskStore::complete(db(), t.id, actor, "ok"));
        else if (action == "cancel")
            check(TaskStore::cancel(db(), t.id, actor, parts.value(2)));
        else if (action == "handover")
            check(TaskStore::handOver(db(), t.id, actor, m_ids.value(parts.value(2)),
                                      parts.value(3)));
        else if (action == "comment")
            check(TaskStore::comment(db(), t.id, actor, parts.value(2)));
        else if (action == "adjust")
            check(TaskStore::adjust(db(), t.id, actor, {{}, {}, parts.value(2).toLongLong(), {}},
                                    "amendment"));
        else
            QFAIL(qPrintable("unknown action " + action));
        if (i + 1 < list.size()) {
            QVERIFY2(!failed, qPrintable(list[i] + ": " + (failed ? failed->toString() : "")));
        } else {
            QVERIFY2(failed, qPrintable(list[i] + " should have failed"));
            QCOMPARE(failed->toString(), error);
        }
    }
}

void tst_TaskStore::handOverAndLeads()
{
    const Task t = newTask("purchase:SUP-GLASS", "采购玻璃门", "finance", m_workshop, "li");
    QCOMPARE(t.assigneeId, m_ids["li"]);
    const auto handed = TaskStore::handOver(db(), t.id, as("li"), m_ids["wang"], "休假一周");
    QVERIFY2(handed.ok(), qPrintable(handed ? QString() : handed.error().toString()));
    QCOMPARE(handed->assigneeId, m_ids["wang"]);
    QCOMPARE(handed->status, TaskStatus::Open);
    // The workshop's lead may move it on, and cancel it.
    QVERIFY(TaskStore::handOver(db(), t.id, as("zhao"), m_ids["li"], "王强 出差").ok());
    QVERIFY(TaskStore::claim(db(), t.id, as("li")).ok());
    const auto cancelled = TaskStore::cancel(db(), t.id, as("zhao"), "供应商停产");
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled->status, TaskStatus::Cancelled);
    QCOMPARE(timelineEvents(m_orderId),
             QStringList({"system created (split)", "li handed_over (休假一周)",
                          "zhao handed_over (王强 出差)", "li claimed",
                          "zhao cancelled (供应商停产)"}));
    // An administrator may hand over anything still active.
    const Task other = newTask("purchase:SUP-STONE", "采购石材台面", "finance", {}, "wang");
    QVERIFY(TaskStore::handOver(db(), other.id, as("boss"), m_ids["li"], "调整分工").ok());
    QVERIFY(!TaskStore::handOver(db(), other.id, as("boss"), m_ids["li"], "again").ok());
}

void tst_TaskStore::adjustRecordsBeforeAndAfter()
{
    const Task t = newTask("collection:balance", "收尾款", "finance", {}, "li",
                           site("2026-03-10 18:00"));
    TaskAdjustment change;
    change.amountFen = 630000;
    change.dueAt = site("2026-03-12 12:00");
    change.details = QJsonObject{{"lines", QJsonArray{1, 2}}};
    const auto adjusted =
        TaskStore::adjust(db(), t.id, as(""), change, "改单：第 2 行宽度改为 800");
    QVERIFY(adjusted.ok());
    QCOMPARE(adjusted->amountFen, 630000);
    QCOMPARE(adjusted->dueAt, site("2026-03-12 12:00"));
    const Orders::TimelineEntry e = Orders::OrderRepository::timeline(m_orderId).last();
    QCOMPARE(e.reason, "改单：第 2 行宽度改为 800");
    QCOMPARE(e.before.value("amount_fen").toInteger(), 0);
    QCOMPARE(e.after.value("amount_fen").toInteger(), 630000);
    QCOMPARE(e.before.value("due_at").toString(), "2026-03-10T10:00:00.000Z");
    QCOMPARE(e.after.value("due_at").toString(), "2026-03-12T04:00:00.000Z");

    // The same values again change nothing and record nothing.
    const QString audits = scalar("SELECT COUNT(*) FROM audit_log");
    QVERIFY(TaskStore::adjust(db(), t.id, as(""), change, "again").ok());
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log"), audits);
    QVERIFY(!TaskStore::adjust(db(), t.id, as("li"), change, "mine").ok());
    TaskAdjustment noTitle;
    noTitle.title = " ";
    QCOMPARE(TaskStore::adjust(db(), t.id, as(""), noTitle, "x").error().toString(),
             "task \"收尾款\": a task needs a title");
}

void tst_TaskStore::comments()
{
    const Task t = newTask("installation:main", "上门安装", "finance", m_workshop, "li");
    const auto c = TaskStore::comment(db(), t.id, as("li"), " 客户要求周六上门 ");
    QVERIFY(c.ok());
    QVERIFY(TaskStore::comment(db(), t.id, as("zhao"), "已同意").ok());
    const QList<TaskComment> list = TaskStore::comments(db(), t.id);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].author, "li");
    QCOMPARE(list[0].body, "客户要求周六上门");
    QCOMPARE(list[1].author, "zhao");
    QCOMPARE(timelineEvents(m_orderId).last(), "zhao commented");
    const Orders::TimelineEntry e = Orders::OrderRepository::timeline(m_orderId).last();
    QCOMPARE(e.table, "task_comments");
    QCOMPARE(e.after.value("body").toString(), "已同意");
    QCOMPARE(e.after.value("title").toString(), "上门安装");
}

void tst_TaskStore::inboxOrderAndCounts()
{
    const QDateTime now = site("2026-03-10 10:00");
    newTask("a:1", "A overdue 2 h", "finance", m_workshop, "li", now.addSecs(-7200));
    newTask("a:2", "B due tomorrow", "finance", m_workshop, "li", now.addDays(1));
    newTask("a:3", "C no deadline", "finance", m_workshop, "li");
    newTask("a:4", "D overdue 1 day", "finance", m_workshop, "li", now.addDays(-1));
    const Task e = newTask("a:5", "E done 收定金", "finance", m_workshop, "li", now.addDays(-3));
    QVERIFY(TaskStore::complete(db(), e.id, as("li"), "ok").ok());
    newTask("p:1", "P1 pool overdue", "finance", m_workshop, {}, now.addSecs(-3600));
    newTask("p:2", "P2 pool later 收定金", "finance", m_workshop, {}, now.addDays(3));
    newTask("q:1", "Q planners' pool", "planner", {}, {}, now.addDays(1));
    newTask("w:1", "W1 wang's", "finance", {}, "wang", now.addDays(2));

    InboxFilter filter;
    filter.now = now;
    const QString li = m_ids["li"];
    QCOMPARE(titles(TaskQuery::inbox(db(), li, InboxScope::Mine, filter, 0, 50)),
             QStringList({"D overdue 1 day", "A overdue 2 h", "B due tomorrow", "C no deadline"}));
    QCOMPARE(titles(TaskQuery::inbox(db(), li, InboxScope::Mine, filter, 1, 2)),
             QStringList({"A overdue 2 h", "B due tomorrow"}));
    QCOMPARE(TaskQuery::count(db(), li, InboxScope::Mine, filter), qint64(4));
    QCOMPARE(titles(TaskQuery::inbox(db(), li, InboxScope::Team, filter, 0, 50)),
             QStringList({"P1 pool overdue", "P2 pool later 收定金"}));

    InboxFilter closed = filter;
    closed.includeClosed = true;
    QCOMPARE(titles(TaskQuery::inbox(db(), li, InboxScope::Mine, closed, 0, 50)).last(),
             "E done 收定金");
    QCOMPARE(TaskQuery::count(db(), li, InboxScope::Mine, closed), qint64(5));

    InboxFilter overdue = filter;
    overdue.overdueOnly = true;
    QCOMPARE(titles(TaskQuery::inbox(db(), li, InboxScope::Mine, overdue, 0, 50)),
             QStringList({"D overdue 1 day", "A overdue 2 h"}));

    InboxFilter text = closed;
    text.text = "收定金";
    QCOMPARE(titles(TaskQuery::inbox(db(), {}, InboxScope::All, text, 0, 50)),
             QStringList({"P2 pool later 收定金", "E done 收定金"}));
    InboxFilter kind = filter;
    kind.kind = "p";
    QCOMPARE(TaskQuery::count(db(), {}, InboxScope::All, kind), qint64(2));
    QCOMPARE(TaskQuery::count(db(), {}, InboxScope::All, filter), qint64(8));

    QCOMPARE(TaskQuery::counts(db(), li, now), (InboxCounts{4, 2, 3}));
    QCOMPARE(TaskQuery::counts(db(), m_ids["wang"], now), (InboxCounts{1, 2, 1}));
    QCOMPARE(TaskQuery::counts(db(), m_ids["sun"], now), (InboxCounts{0, 0, 0}));
    // Claiming moves a task from the pool to mine.
    const Task p1 = *TaskStore::findByKey(db(), m_orderId, "p:1");
    QVERIFY(TaskStore::claim(db(), p1.id, as("wang")).ok());
    QCOMPARE(TaskQuery::counts(db(), li, now), (InboxCounts{4, 1, 2}));
    QCOMPARE(TaskQuery::counts(db(), m_ids["wang"], now), (InboxCounts{2, 1, 1}));
}

void tst_TaskStore::teamOfALead()
{
    const QDateTime now = site("2026-03-10 10:00");
    newTask("a:1", "li's", "finance", m_workshop, "li", now.addDays(1));
    newTask("a:2", "wang's, no unit", "finance", {}, "wang", now.addDays(2));
    newTask("p:1", "workshop pool", "finance", m_workshop, {}, now.addDays(3));
    newTask("q:1", "planners' pool", "planner", {}, {}, now.addDays(4));
    newTask("z:1", "zhao's own", "planner", {}, "zhao", now.addDays(5));
    newTask("s:1", "sun's", "clerk", {}, "sun", now.addDays(6));
    InboxFilter filter;
    filter.now = now;
    // Zhao leads the workshop: his team is its members' tasks, its pool and his role's pool.
    QCOMPARE(titles(TaskQuery::inbox(db(), m_ids["zhao"], InboxScope::Team, filter, 0, 50)),
             QStringList({"li's", "wang's, no unit", "workshop pool", "planners' pool"}));
    QCOMPARE(TaskQuery::count(db(), m_ids["zhao"], InboxScope::Team, filter), qint64(4));
    QCOMPARE(titles(TaskQuery::inbox(db(), m_ids["zhao"], InboxScope::Mine, filter, 0, 50)),
             QStringList({"zhao's own"}));
    QVERIFY(TaskQuery::inPool(db(), m_ids["boss"], *TaskStore::findByKey(db(), m_orderId, "p:1")));
    QVERIFY(!TaskQuery::inPool(db(), m_ids["sun"], *TaskStore::findByKey(db(), m_orderId,
                                                                         "p:1")));
}

void tst_TaskStore::escalation()
{
    Storage::Connection &c = db();
    QVERIFY(WorkCalendar::importHolidays(c, WorkCalendar::builtInHolidays(2026)).ok());
    const WorkCalendar calendar = WorkCalendar::load(c).value();
    const QDateTime now = site("2026-03-09 14:00");
    const Task mine = newTask("collection:deposit", "收定金", "finance", m_workshop, "li",
                              site("2026-03-09 10:00"));
    const Task pooled = newTask("work_order:WS-CAB", "柜体生产", "", m_workshop, {},
                                site("2026-03-09 12:00"));
    const Task rolePool = newTask("purchase:SUP-GLASS", "采购玻璃门", "finance", {}, {},
                                  site("2026-03-09 13:00"));
    newTask("shipment:main", "发货", "finance", m_workshop, "wang", site("2026-03-09 16:00"));
    const Task done = newTask("collection:balance", "收尾款", "finance", m_workshop, "li",
                              site("2026-03-06 10:00"));
    QVERIFY(TaskStore::complete(c, done.id, as("li"), "ok").ok());

    as("");
    const auto report = TaskStore::escalateOverdue(c, calendar, now);
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->escalated.size(), 2);
    QCOMPARE(report->escalated[0].taskId, mine.id);
    QCOMPARE(report->escalated[0].leadId, m_ids["zhao"]);
    QCOMPARE(report->escalated[1].taskId, pooled.id);
    QCOMPARE(report->escalated[1].leadId, m_ids["zhao"]);
    QCOMPARE(report->skipped,
             QStringList({"\"采购玻璃门\" is overdue, but its pool has no unit with a lead"}));

    const Task escalated = TaskStore::find(c, mine.id).value();
    QCOMPARE(escalated.escalatedTo, m_ids["zhao"]);
    QCOMPARE(escalated.escalatedAt, now);
    QCOMPARE(escalated.status, TaskStatus::Open);
    const Task notify = TaskStore::find(c, report->escalated[0].notifyTaskId).value();
    QCOMPARE(notify.key, "escalation:collection:deposit@2026-03-09T02:00:00.000Z");
    QCOMPARE(notify.kind, "escalation");
    QCOMPARE(notify.title, "Overdue: 收定金");
    QCOMPARE(notify.assigneeId, m_ids["zhao"]);
    QCOMPARE(notify.orderId, m_orderId);
    QCOMPARE(notify.dueAt, site("2026-03-09 18:00"));  // four working hours after 14:00
    QCOMPARE(notify.details.value("task_id").toString(), mine.id);
    QVERIFY(timelineEvents(m_orderId).contains("system escalated (overdue since 2026-03-09 "
                                                 "10:00)"));
    QVERIFY(timelineEvents(m_orderId).contains("system created (overdue since 2026-03-09 "
                                                 "10:00)"));
    QCOMPARE(TaskQuery::counts(c, m_ids["zhao"], now).mine, qint64(2));

    // Again, an hour later: nothing new; the lead's own escalation tasks are not escalated.
    const QString audits = scalar("SELECT COUNT(*) FROM audit_log");
    const auto again = TaskStore::escalateOverdue(c, calendar, site("2026-03-09 15:00"));
    QVERIFY(again.ok());
    QVERIFY(again->escalated.isEmpty());
    QCOMPARE(again->skipped.size(), 1);
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log"), audits);
    QCOMPARE(scalar("SELECT COUNT(*) FROM tasks WHERE kind = 'escalation'"), "2");

    // A new deadline is judged afresh, and missing it notifies the lead again. By then the
    // shipment (王强's, due Monday 16:00) is overdue as well.
    TaskAdjustment later;
    later.dueAt = site("2026-03-11 10:00");
    QVERIFY(TaskStore::adjust(c, mine.id, as(""), later, "客户改期").ok());
    QVERIFY(!TaskStore::find(c, mine.id)->escalatedAt.isValid());
    as("");
    const auto third = TaskStore::escalateOverdue(c, calendar, site("2026-03-11 11:00"));
    QVERIFY(third.ok());
    QCOMPARE(third->escalated.size(), 2);
    QCOMPARE(third->escalated[1].taskId, mine.id);
    QVERIFY(third->escalated[1].notifyTaskId != report->escalated[0].notifyTaskId);
    QCOMPARE(TaskStore::find(c, third->escalated[1].notifyTaskId)->key,
             "escalation:collection:deposit@2026-03-11T02:00:00.000Z");
    QCOMPARE(scalar("SELECT COUNT(*) FROM tasks WHERE kind = 'escalation'"), "4");
    Q_UNUSED(rolePool);
}

void tst_TaskStore::rolledBackWithTheCaller()
{
    {
        Storage::Transaction tx(db());
        const Task t = newTask("collection:deposit", "收定金", "finance", m_workshop, {});
        QVERIFY(TaskStore::claim(db(), t.id, as("li")).ok());
        QCOMPARE(TaskStore::find(db(), t.id)->status, TaskStatus::Claimed);
    }
    QCOMPARE(scalar("SELECT COUNT(*) FROM tasks"), "0");
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'tasks'"), "0");
}

void tst_TaskStore::inboxAtOneHundredThousand()
{
    constexpr int Tasks = 100000;
    QStringList users;
    for (int i = 0; i < 200; ++i)
        users.append(addUser(QString("u%1").arg(i), QString("User %1").arg(i),
                             i % 2 ? "finance" : "planner"));
    users.append(m_ids["li"]);
    const QDateTime now = site("2026-03-10 10:00");
    {
        Storage::Transaction tx(db());
        Storage::Statement &q = db().prepare(
            "INSERT INTO tasks(id, hlc, order_id, task_key, kind, title, status, role, unit_id, "
            "assignee_id, due_at, created_at, updated_at) "
            "VALUES (?, 'h', NULL, ?, 'work_order', ?, ?, 'finance', ?, ?, ?, 'c', 'c')");
        const char *statuses[] = {"open", "claimed", "started", "done", "cancelled"};
        for (int i = 0; i < Tasks; ++i) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const bool pooled = i % 10 == 0;
            q.bind(1, id)
                .bind(2, id)
                .bind(3, QString("task %1").arg(i))
                .bind(4, QString::fromLatin1(statuses[pooled ? 0 : i % 5]))
                .bind(5, i % 3 == 0 ? m_workshop : QString())
                .bind(6, pooled ? QString() : users[i % users.size()])
                .bind(7, now.addSecs(qint64(i % 2000 - 1000) * 3600)
                             .toString(Qt::ISODateWithMs));
            QVERIFY(q.exec());
        }
        QVERIFY(tx.commit().ok());
    }
    // How fast these pages are is measured by bench_inbox; here, that they are right.
    InboxFilter filter;
    filter.now = now;
    const QString li = m_ids["li"];
    struct Case
    {
        const char *name;
        std::function<qint64()> run;
    };
    auto page = [&](InboxScope scope, int offset) {
        return qint64(TaskQuery::inbox(db(), li, scope, filter, offset, 100).size());
    };
    const QList<Case> cases = {
        {"mine, first page", [&] { return page(InboxScope::Mine, 0); }},
        {"team, first page", [&] { return page(InboxScope::Team, 0); }},
        {"all, page 100", [&] { return page(InboxScope::All, 9900); }},
        {"all, count", [&] { return TaskQuery::count(db(), li, InboxScope::All, filter); }},
        {"counts", [&] { return TaskQuery::counts(db(), li, now).mine; }},
    };
    for (const Case &c : cases)
        QVERIFY2(c.run() > 0, c.name);
    const QList<Task> sorted = TaskQuery::inbox(db(), li, InboxScope::All, filter, 500, 100);
    QCOMPARE(sorted.size(), 100);
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        QVERIFY(sorted[i].isActive());
        QVERIFY(sorted[i - 1].dueAt <= sorted[i].dueAt);
    }
    for (const Task &t : TaskQuery::inbox(db(), li, InboxScope::Team, filter, 0, 100))
        QVERIFY(t.assigneeId != li);
    // One in ten is pooled (open); of the other nine, five are open, claimed or started.
    QCOMPARE(TaskQuery::count(db(), {}, InboxScope::All, filter), qint64(Tasks / 2 + Tasks / 10));
}

QTEST_GUILESS_MAIN(tst_TaskStore)
#include "tst_taskstore.moc"
