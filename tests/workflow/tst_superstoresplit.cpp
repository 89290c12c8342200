// The Superstore orders (../shared/data/superstore) through review and split: every order
// plans without an error, each product category lands on its workshop or supplier with the
// exact amount of its lines, and collections add up to each order's total to the fen.

#include "core/money.h"
#include "orders/channelmapping.h"
#include "orders/importer.h"
#include "orders/orderrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "workflow/catalogue.h"
#include "workflow/defaultsetup.h"
#include "workflow/reviewer.h"
#include "workflow/ruleset.h"
#include "workflow/splitter.h"

#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Hearth;
using namespace Hearth::Workflow;

namespace {

const QString csvPath = QStringLiteral(HEARTH_SHARED_DATA_DIR)
                        + QStringLiteral("/superstore/Sample - Superstore.csv");

} // namespace

class tst_SuperstoreSplit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOrderReviewsAndSplits();

private:
    QTemporaryDir m_dir;
};

void tst_SuperstoreSplit::initTestCase()
{
    if (!QFileInfo::exists(csvPath))
        QSKIP("the Superstore data is not in ../shared/data");
    QVERIFY(Storage::Database::open(m_dir.filePath("superstore.db")));
    QVERIFY(DefaultSetup::ensure(Storage::Database::connection(), 2026));
    auto mapping = Orders::ChannelMapping::load("superstore");
    QVERIFY(mapping);
    Orders::ImportOptions options;
    options.mapping = mapping.value();
    options.files = {csvPath};
    Orders::Importer importer;
    const Orders::ImportReport report = importer.run(options);
    QVERIFY2(report.ok() && report.written, qPrintable(report.summary()));
    QCOMPARE(report.ordersNew, 5009);
}

void tst_SuperstoreSplit::everyOrderReviewsAndSplits()
{
    Storage::Connection &c = Storage::Database::connection();
    auto rules = RuleSet::builtIn();
    QVERIFY(rules);
    auto splitter = Splitter::compile(rules.value());
    QVERIFY2(splitter, qPrintable(splitter ? QString() : splitter.error().toString()));
    auto reviewer = Reviewer::compile(rules.value());
    QVERIFY(reviewer);
    auto catalogue = Catalogue::load(c);
    QVERIFY(catalogue);

    // What each category of each order sold, in fen, straight from the lines in the database.
    QHash<QString, qint64> expected;  // "<order id>/<category>" -> fen
    Storage::Statement q(
        c.handle(),
        "SELECT l.order_id, COALESCE(l.category, p.category), SUM(l.amount_micros) "
        "FROM order_lines l LEFT JOIN products p ON p.id = l.product_id "
        "GROUP BY l.order_id, COALESCE(l.category, p.category)");
    while (q.next()) {
        expected.insert(q.text(0) + u'/' + q.text(1),
                        Core::Money::fromDecimal(Core::Decimal::fromMicros(q.int64(2))).minor());
    }
    QStringList ids;
    Storage::Statement list(c.handle(), "SELECT id FROM sales_orders ORDER BY order_no");
    while (list.next())
        ids.append(list.text(0));
    QCOMPARE(ids.size(), 5009);

    const std::pair<const char *, const char *> routes[] = {
        {"Furniture", "work_order:WS-FURN"},
        {"Technology", "purchase:SUP-TECH"},
        {"Office Supplies", "purchase:SUP-OFFICE"},
    };
    QHash<QString, int> tasksByKey;
    int held = 0;
    for (const QString &id : ids) {
        auto order = Orders::OrderRepository::loadWith(c, id);
        QVERIFY(order);
        auto plan = splitter->plan(order.value());
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QVERIFY2(plan->warnings.isEmpty(), qPrintable(plan->warnings.join('\n')));

        for (const auto &[category, key] : routes) {
            const QString k = id + u'/' + QLatin1String(category);
            const PlannedTask *task = plan->task(QLatin1String(key));
            if (!expected.contains(k)) {
                QVERIFY2(!task, qPrintable(order->orderNo + " has " + key));
                continue;
            }
            QVERIFY2(task, qPrintable(order->orderNo + " lacks " + key));
            ++tasksByKey[QLatin1String(key)];
            if (task->kind == QLatin1String("purchase"))
                QCOMPARE(task->amountFen, expected.value(k));
        }

        // The money to collect adds up to the order's total, less its deposit, to the fen.
        qint64 collected = 0;
        for (const PlannedTask &t : plan->tasks) {
            if (t.kind == QLatin1String("collection"))
                collected += t.amountFen;
        }
        QCOMPARE(collected,
                 Core::Money::fromDecimal(order->total()).minor() - order->depositFen);

        // US addresses have no district and no mainland mobile: review holds them.
        const ReviewResult review = reviewer->run(order.value(), plan->parts, catalogue.value());
        held += review.outcome() == ReviewFinding::Outcome::Hold;
    }
    // Orders with at least one line of the category (from the data set's own figures).
    QCOMPARE(tasksByKey.value("work_order:WS-FURN"), 1764);
    QCOMPARE(tasksByKey.value("purchase:SUP-TECH"), 1544);
    QCOMPARE(tasksByKey.value("purchase:SUP-OFFICE"), 3742);
    QCOMPARE(held, 5009);
}

QTEST_GUILESS_MAIN(tst_SuperstoreSplit)
#include "tst_superstoresplit.moc"
