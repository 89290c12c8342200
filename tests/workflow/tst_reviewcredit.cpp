// Order review's credit_limit rule: a dealer's order that would take what the dealer owes above
// its credit limit is held, naming the limit and the exposure; one within it passes. The
// figures come from dealer_credit_limits and the view dealer_account_entries (0015_dealers.sql).
#include "core/decimal.h"
#include "orders/orderrepository.h"
#include "orders/salesorder.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/catalogue.h"
#include "workflow/orgunits.h"
#include "workflow/reviewer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;
using Orders::SalesOrder;

namespace {

RuleSet creditRules()
{
    RuleSet set;
    set.review = QJsonDocument::fromJson(R"({"rules": [
        {"id": "credit", "type": "credit_limit", "name": "信用额度", "name_en": "Credit limit",
         "channels": ["dealer"], "outcome": "hold"}]})")
                     .object();
    return set;
}

SalesOrder dealerOrder(const QString &dealerCode, const char *amount, qint64 depositFen,
                       QDate signedOn)
{
    SalesOrder o;
    o.channel = Orders::Channel::Dealer;
    o.customer.name = QStringLiteral("李先生");
    o.customer.mobile = QStringLiteral("13900139000");
    o.dealer = {{}, QStringLiteral("dealer"), dealerCode, dealerCode + QStringLiteral(" 家居")};
    o.signedOn = signedOn;
    o.depositFen = depositFen;
    Orders::OrderLine line;
    line.lineNo = 1;
    line.description = QStringLiteral("衣柜");
    line.category = QStringLiteral("wardrobe");
    line.quantity = Core::Decimal::fromInt(1);
    line.amount = *Core::Decimal::parse(QLatin1String(amount));
    o.lines.append(line);
    return o;
}

bool exec(const char *sql, const QStringList &binds)
{
    Storage::Statement q(Storage::Database::connection().handle(), sql);
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i + 1, binds.at(i));
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.error()));
        return false;
    }
    return true;
}

QString dealerUnit(const QString &code)
{
    OrgUnit unit;
    unit.kind = UnitKind::Dealer;
    unit.code = code;
    unit.name = code + QStringLiteral(" 家居");
    const auto made = OrgUnits::create(Storage::Database::connection(), unit);
    return made ? made->id : QString();
}

struct Review
{
    ReviewFinding::Outcome outcome = ReviewFinding::Outcome::Pass;
    QString message;
};

Review review(const SalesOrder &order)
{
    const auto result = Reviewer::review(order, {}, Catalogue(), creditRules());
    if (!result || result->findings.size() != 1)
        return {ReviewFinding::Outcome::Hold, QStringLiteral("no single finding")};
    return {result->findings.first().outcome, result->findings.first().message};
}

} // namespace

class tst_ReviewCredit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void withinTheLimitPasses();
    void overTheLimitIsHeld();
    void savedOrderIsNotCountedTwice();
    void noLimitOrNoDealerPasses();
    void unreadableCreditHolds();

private:
    QTemporaryDir m_dir;
};

// D-HZ may owe ¥50,000.00. It signed ¥30,000.00 on 3 March and paid ¥8,000.00 on 5 March:
// it owes ¥22,000.00 before the orders under review.
void tst_ReviewCredit::initTestCase()
{
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("credit.db"))).ok());
    Storage::Database::setCurrentUser(QStringLiteral("admin"));
    const QString unit = dealerUnit(QStringLiteral("D-HZ"));
    QVERIFY(!unit.isEmpty());
    QVERIFY(!dealerUnit(QStringLiteral("D-NB")).isEmpty());
    QVERIFY(exec("INSERT INTO dealer_credit_limits(id, hlc, dealer_unit_id, limit_fen, "
                 "updated_by, created_at, updated_at) VALUES ('l1', 'h', ?, 5000000, 'admin', "
                 "'2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')",
                 {unit}));
    SalesOrder first = dealerOrder(QStringLiteral("D-HZ"), "30000.00", 0, QDate(2026, 3, 3));
    QVERIFY(Orders::OrderRepository::save(first).ok());
    QVERIFY(exec("INSERT INTO receipts(id, hlc, order_id, kind, method, amount_fen, "
                 "received_on, idempotency_key, recorded_by, recorded_at) VALUES ('r1', 'h', ?, "
                 "'balance', 'bank_transfer', 800000, '2026-03-05', 'k1', 'admin', "
                 "'2026-03-05T02:00:00Z')",
                 {first.id}));
}

void tst_ReviewCredit::cleanupTestCase()
{
    Storage::Database::close();
}

// 22,000.00 + 25,000.00 = 47,000.00, within 50,000.00.
void tst_ReviewCredit::withinTheLimitPasses()
{
    const Review r = review(dealerOrder(QStringLiteral("D-HZ"), "25000.00", 0, QDate(2026, 3, 9)));
    QCOMPARE(r.outcome, ReviewFinding::Outcome::Pass);
    QCOMPARE(r.message, QStringLiteral("dealer D-HZ would owe ¥47,000.00, within its credit "
                                       "limit ¥50,000.00"));
}

// 22,000.00 + (30,000.00 − 1,000.00 deposit) = 51,000.00, above 50,000.00.
void tst_ReviewCredit::overTheLimitIsHeld()
{
    const Review r = review(
        dealerOrder(QStringLiteral("D-HZ"), "30000.00", 100000, QDate(2026, 3, 9)));
    QCOMPARE(r.outcome, ReviewFinding::Outcome::Hold);
    QCOMPARE(r.message, QStringLiteral("dealer D-HZ would owe ¥51,000.00 (balance ¥22,000.00 "
                                       "plus this order's ¥29,000.00), above its credit limit "
                                       "¥50,000.00"));
}

// A saved order under review counts once: its own row in the account is left out and its
// figures as reviewed are added. 22,000.00 + 28,000.00 = 50,000.00 is not above the limit.
void tst_ReviewCredit::savedOrderIsNotCountedTwice()
{
    SalesOrder o = dealerOrder(QStringLiteral("D-HZ"), "28000.00", 0, QDate(2026, 3, 10));
    QVERIFY(Orders::OrderRepository::save(o).ok());
    const Review r = review(o);
    QCOMPARE(r.outcome, ReviewFinding::Outcome::Pass);
    QCOMPARE(r.message, QStringLiteral("dealer D-HZ would owe ¥50,000.00, within its credit "
                                       "limit ¥50,000.00"));

    // The next order now sees the saved one: 50,000.00 + 0.01 is above.
    const Review next = review(dealerOrder(QStringLiteral("D-HZ"), "0.01", 0, QDate(2026, 3, 11)));
    QCOMPARE(next.outcome, ReviewFinding::Outcome::Hold);
    QVERIFY2(next.message.contains(QStringLiteral("¥50,000.01")), qPrintable(next.message));
}

void tst_ReviewCredit::noLimitOrNoDealerPasses()
{
    const Review noLimit = review(
        dealerOrder(QStringLiteral("D-NB"), "900000.00", 0, QDate(2026, 3, 9)));
    QCOMPARE(noLimit.outcome, ReviewFinding::Outcome::Pass);
    QCOMPARE(noLimit.message, QStringLiteral("dealer D-NB has no credit limit"));

    const Review notAUnit = review(
        dealerOrder(QStringLiteral("D-XX"), "900000.00", 0, QDate(2026, 3, 9)));
    QCOMPARE(notAUnit.outcome, ReviewFinding::Outcome::Pass);

    SalesOrder store = dealerOrder(QString(), "900000.00", 0, QDate(2026, 3, 9));
    store.dealer = {};
    const auto result = Reviewer::review(store, {}, Catalogue(), creditRules());
    QVERIFY(result.ok());
    QCOMPARE(result->findings.size(), 1);
    QCOMPARE(result->findings.first().outcome, ReviewFinding::Outcome::Pass);
}

void tst_ReviewCredit::unreadableCreditHolds()
{
    Storage::Database::close();
    const Review r = review(dealerOrder(QStringLiteral("D-HZ"), "1.00", 0, QDate(2026, 3, 9)));
    QCOMPARE(r.outcome, ReviewFinding::Outcome::Hold);
    QCOMPARE(r.message, QStringLiteral("the credit of dealer D-HZ could not be read: no "
                                       "database is open"));
    QVERIFY(Storage::Database::open(m_dir.filePath(QStringLiteral("credit.db"))).ok());
}

QTEST_GUILESS_MAIN(tst_ReviewCredit)
#include "tst_reviewcredit.moc"
