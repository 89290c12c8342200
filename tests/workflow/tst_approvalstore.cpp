#include "orders/orderrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/approvalstore.h"
#include "workflow/reviewresult.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;
using Core::Decimal;

namespace {

const QStringList twoManagers{"sales_manager", "general_manager"};

Storage::Connection &db()
{
    return Storage::Database::connection();
}

QString scalar(const char *sql, const QString &bind = QString())
{
    Storage::Statement &q = db().prepare(sql);
    if (!bind.isNull())
        q.bind(1, bind);
    const QString v = q.next() ? q.text(0) : QString();
    q.reset();
    return v;
}

void addUser(const QString &id, const QString &role)
{
    Storage::Statement &q = db().prepare(
        "INSERT INTO users(id, username, display_name, role, password_hash, created_at) "
        "VALUES (?, ?, ?, ?, 'x', '2025-01-01T00:00:00Z')");
    q.bind(1, id).bind(2, id).bind(3, id).bind(4, role);
    QVERIFY2(q.exec(), qPrintable(q.error()));
}

QString saveOrder()
{
    Orders::SalesOrder o;
    o.customer.name = QStringLiteral("王伟");
    o.customer.mobile = QStringLiteral("13912345678");
    o.signedOn = QDate(2025, 4, 1);
    o.depositFen = 3000000;
    Orders::OrderLine l;
    l.description = QStringLiteral("整屋定制");
    l.quantity = Decimal::fromInt(1);
    l.unitPrice = *Decimal::parse(QStringLiteral("100000.01"));
    l.amount = *Decimal::parse(QStringLiteral("100000.01"));
    o.lines = {l};
    const Core::Status saved = Orders::OrderRepository::save(o);
    return saved ? o.id : QString();
}

/// "step:role:status" for each step of the order.
QStringList steps(const QString &orderId)
{
    QStringList out;
    const QList<Approval> all = ApprovalStore::forOrder(db(), orderId).value();
    for (const Approval &a : all)
        out.append(QStringLiteral("%1:%2:%3").arg(a.step).arg(a.role, a.status));
    return out;
}

QString stepId(const QString &orderId, int step)
{
    const QList<Approval> all = ApprovalStore::forOrder(db(), orderId).value();
    for (const Approval &a : all) {
        if (a.step == step && a.status != QLatin1String("withdrawn"))
            return a.id;
    }
    return {};
}

} // namespace

class tst_ApprovalStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requestMakesAChain();
    void requestIsIdempotent();
    void requestForAReview();
    void requestNeedsRoles_data();
    void requestNeedsRoles();
    void refusals_data();
    void refusals();
    void approvalsInOrder();
    void rejectionWithdrawsLaterSteps();
    void resubmissionWithdraws();
    void samePersonCannotDecideTwice();
    void changesLandOnTheTimeline();
    void callerOwnsTheTransaction();

private:
    QTemporaryDir m_dir;
    QString m_order;
};

void tst_ApprovalStore::init()
{
    const QString path = m_dir.filePath(
        QStringLiteral("%1.db").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(Storage::Database::open(path).ok());
    Storage::Database::setCurrentUser(QStringLiteral("engine"));
    addUser("sm1", "sales_manager");
    addUser("sm2", "sales_manager");
    addUser("gm1", "general_manager");
    addUser("clerk1", "clerk");
    m_order = saveOrder();
    QVERIFY(!m_order.isEmpty());
}

void tst_ApprovalStore::cleanup()
{
    Storage::Database::close();
}

void tst_ApprovalStore::requestMakesAChain()
{
    const auto id = ApprovalStore::request(db(), m_order, "total", twoManagers,
                                           "the total ¥100,000.01 is above ¥100,000.00");
    QVERIFY(id.ok());
    QCOMPARE(id->size(), 36);
    QCOMPARE(steps(m_order),
             QStringList({"1:sales_manager:pending", "2:general_manager:waiting"}));
    const Approval first = ApprovalStore::forOrder(db(), m_order)->first();
    QCOMPARE(first.request, id.value());
    QCOMPARE(first.kind, QStringLiteral("total"));
    QCOMPARE(first.reason, QStringLiteral("the total ¥100,000.01 is above ¥100,000.00"));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{1, 0, 0}));
    QCOMPARE(ApprovalStore::pendingFor(db(), "sales_manager")->size(), 1);
    QCOMPARE(ApprovalStore::pendingFor(db(), "general_manager")->size(), 0);
}

void tst_ApprovalStore::requestIsIdempotent()
{
    const auto first = ApprovalStore::request(db(), m_order, "total", twoManagers, "over");
    const auto again = ApprovalStore::request(db(), m_order, "total", twoManagers, "over");
    QCOMPARE(again.value(), first.value());
    QCOMPARE(scalar("SELECT COUNT(*) FROM approvals"), QStringLiteral("2"));

    // Decided requests are not asked again either, until the order is resubmitted.
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 1), "sm1", "sales_manager", true, {}));
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 2), "gm1", "general_manager", true, {}));
    QCOMPARE(ApprovalStore::request(db(), m_order, "total", twoManagers, "over").value(),
             first.value());

    const auto discount = ApprovalStore::request(db(), m_order, "discount", {"sales_manager"},
                                                 "line 1: discount 20 %");
    QVERIFY(discount.value() != first.value());
    QCOMPARE(scalar("SELECT COUNT(*) FROM approvals"), QStringLiteral("3"));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{1, 1, 0}));
}

void tst_ApprovalStore::requestForAReview()
{
    using Outcome = ReviewFinding::Outcome;
    ReviewResult review;
    review.findings = {
        {"deposit", Outcome::Pass, "deposit ¥30,000.00 is 30 % of ¥100,000.01", 0, {}},
        {"discount", Outcome::Approval, "line 1: discount 20 % is above the 15 % limit", 1,
         {"sales_manager"}},
        {"large_order", Outcome::Approval, "the total ¥100,000.01 is above ¥100,000.00", 0,
         twoManagers},
        {"discount", Outcome::Approval, "line 3: discount 18 % is above the 15 % limit", 3,
         {"sales_manager"}},
    };
    const auto ids = ApprovalStore::requestFor(db(), m_order, review);
    QVERIFY(ids.ok());
    QCOMPARE(ids->size(), 2);
    QCOMPARE(steps(m_order), QStringList({"1:sales_manager:pending", "1:sales_manager:pending",
                                          "2:general_manager:waiting"}));
    const Approval discount = ApprovalStore::forOrder(db(), m_order)->first();
    QCOMPARE(discount.kind, QStringLiteral("discount"));
    QCOMPARE(discount.reason, QStringLiteral("line 1: discount 20 % is above the 15 % limit; "
                                             "line 3: discount 18 % is above the 15 % limit"));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{2, 0, 0}));

    QCOMPARE(ApprovalStore::requestFor(db(), m_order, review).value(), ids.value());
    QCOMPARE(scalar("SELECT COUNT(*) FROM approvals"), QStringLiteral("3"));
}

void tst_ApprovalStore::requestNeedsRoles_data()
{
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("no roles") << QStringList() << "over"
                              << "an approval needs at least one role to decide";
    QTest::newRow("empty role") << QStringList({"sales_manager", " "}) << "over"
                                << "an approver's role is empty";
    QTest::newRow("no reason") << twoManagers << "  " << "an approval request needs a reason";
}

void tst_ApprovalStore::requestNeedsRoles()
{
    QFETCH(QStringList, roles);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const auto id = ApprovalStore::request(db(), m_order, "total", roles, reason);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().message, message);
    QCOMPARE(scalar("SELECT COUNT(*) FROM approvals"), QStringLiteral("0"));
}

void tst_ApprovalStore::refusals_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("approve");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("message");
    QTest::newRow("general manager before the sales manager")
        << 2 << "gm1" << "general_manager" << true << ""
        << "step 2 waits until step 1 (Sales manager) is approved";
    QTest::newRow("general manager rejects early")
        << 2 << "gm1" << "general_manager" << false << "too expensive"
        << "step 2 waits until step 1 (Sales manager) is approved";
    QTest::newRow("clerk approves") << 1 << "clerk1" << "clerk" << true << ""
                                    << "step 1 of this approval is for the Sales manager; you "
                                       "are signed in as Order clerk";
    QTest::newRow("general manager takes step 1")
        << 1 << "gm1" << "general_manager" << true << ""
        << "step 1 of this approval is for the Sales manager; you are signed in as General "
           "manager";
    QTest::newRow("rejection without a comment") << 1 << "sm1" << "sales_manager" << false << " "
                                                 << "a rejection needs a comment that says why";
}

void tst_ApprovalStore::refusals()
{
    QFETCH(int, step);
    QFETCH(QString, user);
    QFETCH(QString, role);
    QFETCH(bool, approve);
    QFETCH(QString, comment);
    QFETCH(QString, message);
    QVERIFY(ApprovalStore::request(db(), m_order, "total", twoManagers, "over").ok());
    const Core::Status s = ApprovalStore::decide(db(), stepId(m_order, step), user, role, approve,
                                                 comment);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, message);
    QCOMPARE(steps(m_order),
             QStringList({"1:sales_manager:pending", "2:general_manager:waiting"}));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{1, 0, 0}));
}

void tst_ApprovalStore::approvalsInOrder()
{
    QVERIFY(ApprovalStore::request(db(), m_order, "total", twoManagers, "over").ok());
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 1), "sm1", "sales_manager", true,
                                  "customer is a repeat buyer"));
    QCOMPARE(steps(m_order),
             QStringList({"1:sales_manager:approved", "2:general_manager:pending"}));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{1, 0, 0}));
    const QList<Approval> waiting = ApprovalStore::pendingFor(db(), "general_manager").value();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().step, 2);

    const Approval first = ApprovalStore::get(db(), stepId(m_order, 1)).value();
    QCOMPARE(first.decidedBy, QStringLiteral("sm1"));
    QCOMPARE(first.comment, QStringLiteral("customer is a repeat buyer"));
    QVERIFY(!first.decidedAt.isEmpty());

    const Core::Status twice = ApprovalStore::decide(db(), stepId(m_order, 1), "sm2",
                                                     "sales_manager", true, {});
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().message.startsWith("this step was already approved at "),
             qPrintable(twice.error().message));

    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 2), "gm1", "general_manager", true, {}));
    QCOMPARE(steps(m_order),
             QStringList({"1:sales_manager:approved", "2:general_manager:approved"}));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{0, 1, 0}));
    QCOMPARE(ApprovalStore::pendingFor(db(), "general_manager")->size(), 0);
}

void tst_ApprovalStore::rejectionWithdrawsLaterSteps()
{
    QVERIFY(ApprovalStore::request(db(), m_order, "total", twoManagers, "over").ok());
    const QString second = stepId(m_order, 2);
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 1), "sm1", "sales_manager", false,
                                  "  price below cost  "));
    QCOMPARE(steps(m_order),
             QStringList({"1:sales_manager:rejected", "2:general_manager:withdrawn"}));
    QCOMPARE(ApprovalStore::get(db(), stepId(m_order, 1))->comment,
             QStringLiteral("price below cost"));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{0, 0, 1}));

    const Core::Status late = ApprovalStore::decide(db(), second, "gm1", "general_manager", true,
                                                    {});
    QVERIFY(!late.ok());
    QCOMPARE(late.error().message, QStringLiteral("this approval was withdrawn"));
}

void tst_ApprovalStore::resubmissionWithdraws()
{
    const auto first = ApprovalStore::request(db(), m_order, "total", twoManagers, "over");
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 1), "sm1", "sales_manager", false,
                                  "deposit too low"));
    QCOMPARE(ApprovalStore::withdraw(db(), m_order, "order resubmitted").value(), 1);
    QCOMPARE(steps(m_order),
             QStringList({"1:sales_manager:withdrawn", "2:general_manager:withdrawn"}));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{0, 0, 0}));
    const QString firstStep = ApprovalStore::forOrder(db(), m_order)->first().id;
    QCOMPARE(ApprovalStore::get(db(), firstStep)->decidedBy, QStringLiteral("sm1"));

    const auto again = ApprovalStore::request(db(), m_order, "total", twoManagers, "over");
    QVERIFY(again.value() != first.value());
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{1, 0, 0}));
    QCOMPARE(ApprovalStore::withdraw(db(), m_order, "again").value(), 2);
    QCOMPARE(ApprovalStore::withdraw(db(), m_order, "nothing left").value(), 0);
}

void tst_ApprovalStore::samePersonCannotDecideTwice()
{
    QVERIFY(ApprovalStore::request(db(), m_order, "discount",
                                   {"sales_manager", "sales_manager"}, "two signatures").ok());
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 1), "sm1", "sales_manager", true, {}));
    const Core::Status again = ApprovalStore::decide(db(), stepId(m_order, 2), "sm1",
                                                     "sales_manager", true, {});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().message, QStringLiteral("you already decided step 1 of this approval; "
                                                   "another person must decide step 2"));
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 2), "sm2", "sales_manager", true, {}));
    QCOMPARE(ApprovalStore::state(db(), m_order).value(), (ApprovalCounts{0, 1, 0}));
}

void tst_ApprovalStore::changesLandOnTheTimeline()
{
    const int before = int(Orders::OrderRepository::timeline(m_order).size());
    QVERIFY(ApprovalStore::request(db(), m_order, "total", twoManagers, "over").ok());
    QVERIFY(ApprovalStore::decide(db(), stepId(m_order, 1), "sm1", "sales_manager", false,
                                  "deposit too low"));
    const QList<Orders::TimelineEntry> entries = Orders::OrderRepository::timeline(m_order);
    QCOMPARE(entries.size(), before + 4);  // two steps asked, one rejected, one withdrawn
    const Orders::TimelineEntry &rejected = entries.at(before + 2);
    QCOMPARE(rejected.table, QStringLiteral("approvals"));
    QCOMPARE(rejected.action, QStringLiteral("update"));
    QCOMPARE(rejected.reason, QStringLiteral("deposit too low"));
    QCOMPARE(rejected.before.value("status").toString(), QStringLiteral("pending"));
    QCOMPARE(rejected.after.value("status").toString(), QStringLiteral("rejected"));
    QCOMPARE(rejected.after.value("decided_by").toString(), QStringLiteral("sm1"));
    QCOMPARE(entries.at(before + 3).after.value("status").toString(),
             QStringLiteral("withdrawn"));
    // The outbox names each approval step's own row (for sync); the timeline shows them
    // under the order.
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'approvals' AND row_id = ?",
                    m_order),
             QStringLiteral("0"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox o JOIN approvals a ON a.id = o.row_id "
                    "WHERE o.table_name = 'approvals' AND a.order_id = ?",
                    m_order),
             QStringLiteral("4"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM audit_log WHERE table_name = 'approvals' "
                    "AND row_id = ?",
                    m_order),
             QStringLiteral("4"));
}

void tst_ApprovalStore::callerOwnsTheTransaction()
{
    {
        Storage::Transaction tx(db());
        QVERIFY(tx.isActive());
        QVERIFY(ApprovalStore::request(db(), m_order, "total", twoManagers, "over").ok());
        QCOMPARE(scalar("SELECT COUNT(*) FROM approvals"), QStringLiteral("2"));
    }  // rolled back
    QCOMPARE(scalar("SELECT COUNT(*) FROM approvals"), QStringLiteral("0"));
    QCOMPARE(scalar("SELECT COUNT(*) FROM outbox WHERE table_name = 'approvals'"),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(tst_ApprovalStore)
#include "tst_approvalstore.moc"
