#include "taskfixtures.h"
#include "widgets/language.h"
#include "widgets/links.h"
#include "widgets/pagebadges.h"
#include "workflow/approvalstore.h"
#include "workflow/ui/handoverdialog.h"
#include "workflow/ui/taskinboxmodel.h"
#include "workflow/ui/taskinboxpage.h"
#include "workflow/ui/tasktextdialog.h"

#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace Hearth;
using namespace Hearth::Workflow;
using namespace TaskFixtures;

Q_DECLARE_METATYPE(Hearth::Users::Role)

namespace {

const QDateTime Now(QDate(2026, 3, 10), QTime(2, 0), Qt::UTC);

// Which of the pane's buttons are enabled, in TaskDetailPane::Action order, as letters:
// C claim, S start, D done (complete), H hand over, A approve, R reject, O open order.
QString enabledButtons(const TaskDetailPane *pane)
{
    const char letters[] = "CSDHARO";
    QString s;
    for (int a = 0; a < TaskDetailPane::ActionCount; ++a) {
        const QPushButton *b = pane->button(TaskDetailPane::Action(a));
        if (b->isVisibleTo(pane) && b->isEnabled())
            s += QLatin1Char(letters[a]);
    }
    return s;
}

} // namespace

class tst_TaskInboxPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void buttonsFollowWhatIsAllowed_data();
    void buttonsFollowWhatIsAllowed();
    void claimStartComplete();
    void refusalsAreShownInThePage_data();
    void refusalsAreShownInThePage();
    void handOverWithReason();
    void handOverDialogOffersThePoolFirst();
    void comment();
    void rejectNeedsAComment();
    void approveGoesToTheDecider();
    void openOrderFollowsTheLink();
    void detailsAreReadable();
    void scopesFollowTheRole_data();
    void scopesFollowTheRole();
    void emptyInbox();
    void narrowListHidesWhatThePaneShows();
    void nobodySignedInCannotAct();

private:
    Task task(const QString &id) const;
    void signInAs(const QString &who);

    QTemporaryDir m_dir;
    QHash<QString, QString> m_users;  // user name -> id
    QHash<QString, Users::Role> m_roles;
    Orders::SalesOrder m_order;
    QHash<QString, QString> m_tasks;  // fixture name -> task id
    QString m_approvalId;
    QString m_linked;
};

Task tst_TaskInboxPage::task(const QString &id) const
{
    const auto found = TaskStore::find(db(), id);
    return found ? found.value() : Task();
}

void tst_TaskInboxPage::signInAs(const QString &who)
{
    signIn(m_users.value(who), who, m_roles.value(who));
}

void tst_TaskInboxPage::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(Widgets::Language::install("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY(open(m_dir));
    const std::pair<const char *, Users::Role> people[] = {
        {"wangfang", Users::Role::Finance},       {"lina", Users::Role::Finance},
        {"zhoujie", Users::Role::SalesManager},   {"zhaomin", Users::Role::Warehouse},
        {"wuting", Users::Role::Finance},         {"chenjing", Users::Role::Planner},
        {"yanglei", Users::Role::Clerk},
    };
    const QHash<QString, QString> names{{"wangfang", "王芳"}, {"lina", "李娜"},
                                        {"zhoujie", "周杰"},   {"zhaomin", "赵敏"},
                                        {"wuting", "吴婷"},    {"chenjing", "陈静"},
                                        {"yanglei", "杨磊"}};
    for (const auto &[name, role] : people) {
        const QString userName = QLatin1String(name);
        m_users.insert(userName, addUser(userName, names.value(userName),
                                         Users::Roles::code(role), userName != "wuting"));
        m_roles.insert(userName, role);
    }
    signInAs("wangfang");
    m_order = addOrder("张伟", 12800);

    NewTask n = newTask("purchase:SUP-GLASS", "purchase", "采购玻璃门 张伟", Now.addDays(1),
                        m_order.id);
    n.role = "finance";
    n.amountFen = 320000;
    m_tasks.insert("pool", addTask(n).id);
    n = newTask("work_order:WS-CAB", "work_order", "柜体开料 张伟", Now.addDays(-2), m_order.id);
    n.assigneeId = m_users.value("wangfang");
    n.details = cabinetDetails();
    m_tasks.insert("mine", addTask(n).id);
    n = newTask("collection:deposit", "collection", "收定金 张伟", Now.addDays(2), m_order.id);
    n.assigneeId = m_users.value("lina");
    m_tasks.insert("colleague", addTask(n).id);
    n = newTask("collection:balance", "collection", "收尾款 张伟", Now.addDays(3), m_order.id);
    n.assigneeId = m_users.value("wangfang");
    m_tasks.insert("done", addTask(n).id);
    QVERIFY(TaskStore::complete(db(), m_tasks.value("done"), m_users.value("wangfang"), "已收"));

    const auto request = ApprovalStore::request(db(), m_order.id, "discount",
                                                {"sales_manager", "general_manager"},
                                                "折扣 25% 超过 20% 的上限");
    QVERIFY(request);
    const auto steps = ApprovalStore::forOrder(db(), m_order.id);
    QVERIFY(steps && !steps->isEmpty());
    m_approvalId = steps->first().id;
    n = newTask("approval:discount:1", "approval", "审批折扣 张伟", Now.addDays(1), m_order.id);
    n.role = "sales_manager";
    n.details = {{"approval_id", m_approvalId}, {"rule", "discount"}};
    m_tasks.insert("approval", addTask(n).id);

    Widgets::Links::setHandler(QLatin1String(Widgets::Links::Order),
                               [this](const QString &id, QWidget *) {
                                   m_linked = id;
                                   return true;
                               });
}

void tst_TaskInboxPage::init()
{
    m_linked.clear();
    signInAs("wangfang");
}

void tst_TaskInboxPage::cleanupTestCase()
{
    Storage::Database::close();
}

void tst_TaskInboxPage::buttonsFollowWhatIsAllowed_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("enabled");
    QTest::newRow("pool task, for someone of its role") << "lina" << "pool" << "CSDHO";
    QTest::newRow("pool task, for another role") << "zhaomin" << "pool" << "O";
    QTest::newRow("my own task, not yet acknowledged") << "wangfang" << "mine" << "CSDHO";
    QTest::newRow("a colleague's task") << "wangfang" << "colleague" << "O";
    QTest::newRow("a done task") << "wangfang" << "done" << "O";
    QTest::newRow("approval, for the step's role") << "zhoujie" << "approval" << "CHARO";
    QTest::newRow("approval, for another role") << "wangfang" << "approval" << "O";
}

void tst_TaskInboxPage::buttonsFollowWhatIsAllowed()
{
    QFETCH(QString, user);
    QFETCH(QString, task);
    QFETCH(QString, enabled);
    signInAs(user);
    TaskInboxPage page;
    page.selectTask(m_tasks.value(task));
    QCOMPARE(page.detailPane()->taskId(), m_tasks.value(task));
    QCOMPARE(enabledButtons(page.detailPane()), enabled);
    // An approval is decided: no Start or Complete buttons at all.
    const bool approval = task == "approval";
    const TaskDetailPane *pane = page.detailPane();
    QCOMPARE(pane->button(TaskDetailPane::Complete)->isVisibleTo(pane), !approval);
    QCOMPARE(pane->button(TaskDetailPane::Approve)->isVisibleTo(pane), approval);
    // The pane shows the task even when the list (the user's scope) does not hold it.
    QVERIFY(!pane->isHidden());
}

void tst_TaskInboxPage::claimStartComplete()
{
    signInAs("lina");
    TaskInboxPage page;
    page.setNow(Now);
    QSignalSpy badges(Widgets::PageBadges::instance(), &Widgets::PageBadges::changed);
    QSignalSpy changed(&page, &TaskInboxPage::tasksChanged);
    const QString id = m_tasks.value("pool");
    page.setScope(InboxScope::Team);
    QVERIFY(page.model()->rowOf(id) >= 0);
    page.selectTask(id);

    QVERIFY(page.claim());
    QCOMPARE(task(id).status, TaskStatus::Claimed);
    QCOMPARE(task(id).assigneeId, m_users.value("lina"));
    QCOMPARE(page.messageText(), QString("The task is yours now."));
    QVERIFY(!page.isMessageError());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(badges.count(), 1);
    // Claimed, it left the pool; the pane still shows it, now with Start first.
    QCOMPARE(page.model()->rowOf(id), -1);
    QCOMPARE(page.detailPane()->taskId(), id);
    QCOMPARE(enabledButtons(page.detailPane()), QString("SDHO"));
    QCOMPARE(page.scopeTitles().first(), QString("Mine (2)"));

    QVERIFY(page.start());
    QCOMPARE(task(id).status, TaskStatus::Started);
    QVERIFY(page.complete("  已向玻璃厂下单，周五到货  "));
    QCOMPARE(task(id).status, TaskStatus::Done);
    QCOMPARE(task(id).result, QString("已向玻璃厂下单，周五到货"));
    QCOMPARE(page.detailPane()->fieldText(TaskDetailPane::ResultField),
             QString("已向玻璃厂下单，周五到货"));
    QCOMPARE(enabledButtons(page.detailPane()), QString("O"));
    const QString timeline = page.detailPane()->timelineText();
    for (const char *what : {"Task created", "Claimed", "Started", "Completed",
                             "已向玻璃厂下单，周五到货", "李娜"})
        QVERIFY2(timeline.contains(QString::fromUtf8(what)), what);
    QCOMPARE(changed.count(), 3);
}

void tst_TaskInboxPage::refusalsAreShownInThePage_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("message");
    QTest::newRow("completing a colleague's task")
        << "complete" << "The task was not completed: only 李娜, who has it, can complete it";
    QTest::newRow("handing over to a disabled user")
        << "handover-disabled" << "The task was not handed over: 吴婷 is disabled and cannot "
                                  "take it";
    QTest::newRow("handing over without a reason")
        << "handover-noreason" << "The task was not handed over: say why it is handed over";
    QTest::newRow("an empty comment")
        << "comment" << "The comment was not added: a comment cannot be empty";
}

void tst_TaskInboxPage::refusalsAreShownInThePage()
{
    QFETCH(QString, action);
    QFETCH(QString, message);
    TaskInboxPage page;
    page.selectTask(m_tasks.value(action == "complete" ? "colleague" : "mine"));
    const Task before = task(page.detailPane()->taskId());
    bool done = true;
    if (action == "complete")
        done = page.complete("做完了");
    else if (action == "handover-disabled")
        done = page.handOver(m_users.value("wuting"), "休假");
    else if (action == "handover-noreason")
        done = page.handOver(m_users.value("lina"), "  ");
    else
        done = page.addComment("   ");
    QVERIFY(!done);
    QCOMPARE(page.messageText(), message);
    QVERIFY(page.isMessageError());
    QCOMPARE(task(before.id).toJson(), before.toJson());
}

void tst_TaskInboxPage::handOverWithReason()
{
    NewTask n = newTask("handover", "work_order", "封边 张伟", Now.addDays(1), m_order.id);
    n.assigneeId = m_users.value("wangfang");
    const QString id = addTask(n).id;
    TaskInboxPage page;
    page.setNow(Now);
    page.setScope(InboxScope::Mine);
    QVERIFY(page.model()->rowOf(id) >= 0);
    page.selectTask(id);
    QVERIFY(page.handOver(m_users.value("lina"), "下周休假"));
    QCOMPARE(task(id).assigneeId, m_users.value("lina"));
    QCOMPARE(task(id).status, TaskStatus::Open);
    QCOMPARE(page.messageText(), QString("The task was handed over."));
    QCOMPARE(page.model()->rowOf(id), -1);
    QCOMPARE(page.detailPane()->fieldText(TaskDetailPane::AssigneeField), QString("李娜"));
    const QString timeline = page.detailPane()->timelineText();
    QVERIFY2(timeline.contains("Handed over to 李娜"), qPrintable(timeline));
    QVERIFY2(timeline.contains("下周休假"), qPrintable(timeline));
    // Handed over, it is no longer the hander's to act on.
    QCOMPARE(enabledButtons(page.detailPane()), QString("O"));
}

void tst_TaskInboxPage::handOverDialogOffersThePoolFirst()
{
    NewTask n = newTask("dialog", "purchase", "采购铰链", Now.addDays(1), m_order.id);
    n.role = "finance";
    HandOverDialog dialog(addTask(n));
    const QStringList offered = dialog.offeredUserIds();
    // Finance people first (the pool's role), by name; then everyone else active; the
    // disabled user is not offered.
    QCOMPARE(offered.mid(0, 2), (QStringList{m_users.value("lina"), m_users.value("wangfang")}));
    QVERIFY(!offered.contains(m_users.value("wuting")));
    QCOMPARE(offered.size(), 6);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.setUserId(m_users.value("zhoujie")));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.setReason("  ");
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.setReason("他熟悉这个客户");
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.userId(), m_users.value("zhoujie"));
    QCOMPARE(dialog.reason(), QString("他熟悉这个客户"));

    HandOverDialog mine(task(m_tasks.value("mine")));
    QVERIFY(!mine.offeredUserIds().contains(m_users.value("wangfang")));
    QVERIFY(!mine.setUserId(m_users.value("wangfang")));
}

void tst_TaskInboxPage::comment()
{
    TaskInboxPage page;
    page.selectTask(m_tasks.value("colleague"));
    QVERIFY(page.detailPane()->abilities().comment);
    QVERIFY(page.addComment("客户说周三下午方便"));
    QCOMPARE(page.messageText(), QString("Comment added."));
    QVERIFY(page.detailPane()->commentsText().contains("客户说周三下午方便"));
    QVERIFY(page.detailPane()->commentsText().contains("王芳"));
    QCOMPARE(page.detailPane()->tabs()->tabText(1), QString("Comments (1)"));
    QVERIFY(page.detailPane()->timelineText().contains("Comment"));
    const auto comments = TaskStore::comments(db(), m_tasks.value("colleague"));
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().author, QString("wangfang"));
}

void tst_TaskInboxPage::rejectNeedsAComment()
{
    signInAs("zhoujie");
    TaskInboxPage page;
    int calls = 0;
    page.setDecider([&](const QString &, bool, const QString &) {
        ++calls;
        return Core::Status();
    });
    page.selectTask(m_tasks.value("approval"));
    QVERIFY(page.detailPane()->abilities().decide);
    QVERIFY(!page.decide(false, "   "));
    QCOMPARE(page.messageText(), QString("A rejection needs a comment that says why."));
    QVERIFY(page.isMessageError());
    QCOMPARE(calls, 0);

    TaskTextDialog dialog("Reject", "Why?", "Reject", true);
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.setText("  ");
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.setText("折扣超出权限");
    QVERIFY(dialog.okButton()->isEnabled());
    TaskTextDialog optional("Approve", "Comment?", "Approve", false);
    QVERIFY(optional.okButton()->isEnabled());
}

void tst_TaskInboxPage::approveGoesToTheDecider()
{
    signInAs("zhoujie");
    TaskInboxPage page;
    QString decided;
    bool approved = false;
    QString said;
    // The engine's decide() records the decision and moves the order on; here the store alone.
    page.setDecider([&](const QString &approvalId, bool approve, const QString &comment) {
        decided = approvalId;
        approved = approve;
        said = comment;
        return ApprovalStore::decide(db(), approvalId, m_users.value("zhoujie"),
                                     "sales_manager", approve, comment);
    });
    page.selectTask(m_tasks.value("approval"));
    QVERIFY(page.detailPane()->detailsText().contains(
        "Approval step 1 of the order: Sales manager"));
    QVERIFY(page.detailPane()->detailsText().contains("折扣 25% 超过 20% 的上限"));
    QVERIFY(page.decide(true, " 同意，下不为例 "));
    QCOMPARE(decided, m_approvalId);
    QVERIFY(approved);
    QCOMPARE(said, QString("同意，下不为例"));
    QCOMPARE(page.messageText(), QString("Approved."));
    const auto step = ApprovalStore::get(db(), m_approvalId);
    QVERIFY(step);
    QCOMPARE(step->status, QString("approved"));
    // Decided, the step no longer waits: the buttons go, the timeline shows it.
    QVERIFY(!page.detailPane()->abilities().decide);
    QVERIFY(page.detailPane()->timelineText().contains("Step 1 (Sales manager) approved"));

    // Deciding twice is refused by the store, and the page says so.
    page.setDecider([&](const QString &approvalId, bool approve, const QString &comment) {
        return ApprovalStore::decide(db(), approvalId, m_users.value("zhoujie"),
                                     "sales_manager", approve, comment);
    });
    QVERIFY(!page.decide(true, {}));
    QVERIFY(page.isMessageError());
}

void tst_TaskInboxPage::openOrderFollowsTheLink()
{
    TaskInboxPage page;
    page.selectTask(m_tasks.value("mine"));
    QVERIFY(page.openOrder());
    QCOMPARE(m_linked, m_order.id);

    NewTask n = newTask("no-order", "review", "整理图纸", Now.addDays(1));
    n.assigneeId = m_users.value("wangfang");
    page.selectTask(addTask(n).id);
    QVERIFY(!page.detailPane()->button(TaskDetailPane::OpenOrder)->isVisibleTo(&page));
    m_linked.clear();
    QVERIFY(!page.openOrder());
    QCOMPARE(page.messageText(), QString("This task has no order you can open here."));
    QVERIFY(m_linked.isEmpty());

    // An installer may work on tasks but not read orders: no link for them.
    const QString installer = addUser("liuyang", "刘洋", "installer");
    signIn(installer, "liuyang", Users::Role::Installer);
    TaskInboxPage limited;
    limited.selectTask(m_tasks.value("mine"));
    QVERIFY(!limited.detailPane()->abilities().openOrder);
}

void tst_TaskInboxPage::detailsAreReadable()
{
    TaskInboxPage page;
    page.setNow(Now);
    page.selectTask(m_tasks.value("mine"));
    const TaskDetailPane *pane = page.detailPane();
    QCOMPARE(pane->titleText(), QString("柜体开料 张伟"));
    QCOMPARE(pane->fieldText(TaskDetailPane::DueField),
             QString("2026-03-08 10:00 (overdue 2 days)"));
    const QString details = pane->detailsText();
    for (const char *text : {"Workshop", "柜体车间", "Amount", "1,234.56", "Panels (2)",
                             "侧板", "720 mm", "560 mm", "0.8064 m²", "2.56 m",
                             "along the length", "层板", "0.91368 m²", "Hardware (1)", "铰链",
                             "4", "pc"})
        QVERIFY2(details.contains(QString::fromUtf8(text)), text);
    // Ids are the engine's business, not the reader's.
    QVERIFY(!details.contains("L-1"));

    // The panels the split wrote for the work order replace the list in its details.
    Storage::Statement &q = db().prepare(
        "INSERT INTO order_parts(id, order_id, line_id, task_key, part_key, name, length_mm, "
        "width_mm, thickness_mm, quantity, area_mm2, edge_mm, edges, grain) "
        "VALUES ('p1', ?, 'L-1', 'work_order:WS-CAB', '1.1.top', '顶板', 800, 560, 18, 1, "
        "448000, 1600, 'L1', 'length')");
    q.bind(1, m_order.id);
    QVERIFY(q.exec());
    page.refresh();
    const QString fromTable = pane->detailsText();
    QVERIFY2(fromTable.contains("Panels (1)"), qPrintable(fromTable));
    QVERIFY2(fromTable.contains("顶板"), qPrintable(fromTable));
    QVERIFY2(fromTable.contains("0.448 m²"), qPrintable(fromTable));
    QVERIFY(!fromTable.contains("侧板"));
}

void tst_TaskInboxPage::scopesFollowTheRole_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("warehouse: nothing of theirs") << "zhaomin" << QStringList{"Mine", "Team"};
    QTest::newRow("planner: all too") << "chenjing" << QStringList{"Mine", "Team", "All"};
    QTest::newRow("sales manager: an approval to claim")
        << "zhoujie" << QStringList{"Mine", "Team (1 to claim)"};
}

void tst_TaskInboxPage::scopesFollowTheRole()
{
    QFETCH(QString, user);
    QFETCH(QStringList, titles);
    signInAs(user);
    TaskInboxPage page;
    QCOMPARE(page.scopeTitles(), titles);
}

void tst_TaskInboxPage::emptyInbox()
{
    signInAs("yanglei");
    TaskInboxPage page;
    page.show();
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.scope(), InboxScope::Mine);
    QVERIFY(!page.detailPane()->isVisible());
    QCOMPARE(page.statusText(), QString("0 tasks"));
    QCOMPARE(page.messageText(), QString());
}

void tst_TaskInboxPage::narrowListHidesWhatThePaneShows()
{
    TaskInboxPage page;
    page.resize(1800, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QTableView *view = page.view();
    for (int c = 0; c < TaskInboxModel::ColumnCount; ++c)
        QVERIFY2(!view->isColumnHidden(c), qPrintable(QString::number(c)));
    page.resize(900, 700);
    QTRY_VERIFY(view->isColumnHidden(TaskInboxModel::OrderNo));
    // At this width all three go; what a row is about stays.
    QVERIFY(view->isColumnHidden(TaskInboxModel::StatusColumn));
    QVERIFY(view->isColumnHidden(TaskInboxModel::Kind));
    for (const int c : {TaskInboxModel::Due, TaskInboxModel::Title, TaskInboxModel::Assignee,
                        TaskInboxModel::Amount})
        QVERIFY(!view->isColumnHidden(c));
    page.resize(1200, 700);
    QTRY_VERIFY(!view->isColumnHidden(TaskInboxModel::Kind));
    QVERIFY(view->columnWidth(TaskInboxModel::Title) >= TaskInboxPage::MinTitleWidth);
    page.resize(1800, 700);
    QTRY_VERIFY(!view->isColumnHidden(TaskInboxModel::OrderNo));
    QVERIFY(!view->isColumnHidden(TaskInboxModel::Kind));
}

void tst_TaskInboxPage::nobodySignedInCannotAct()
{
    NewTask n = newTask("unclaimed", "purchase", "采购拉手", Now.addDays(1), m_order.id);
    n.role = "finance";
    const QString id = addTask(n).id;
    Widgets::Session::instance()->signOut();
    TaskInboxPage page;
    page.selectTask(id);
    QCOMPARE(enabledButtons(page.detailPane()), QString("O"));
    // The stores would take an empty actor for the engine itself: the page must not ask.
    QVERIFY(!page.claim());
    QCOMPARE(page.messageText(), QString("The task was not claimed: sign in to work on tasks"));
    QVERIFY(!page.complete("做完了"));
    QCOMPARE(task(id).status, TaskStatus::Open);
    QVERIFY(task(id).assigneeId.isEmpty());
}

QTEST_MAIN(tst_TaskInboxPage)
#include "tst_taskinboxpage.moc"
