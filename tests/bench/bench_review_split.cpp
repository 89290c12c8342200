// bench_review_split: order review (审单) and split (拆单) at volume. Builds (once, cached in
// the build folder) a database of 100,000 generated custom-furniture orders — kitchens and
// wardrobes with their cabinet parameters, stone tops, appliances, glass doors — written through
// OrderRepository, and imports the Superstore orders from ../shared/data when they are there.
// Then, on each, it times reading every order as the engine reads it (OrderRepository::loadWith)
// against reading it and running review and split on it (the explosion into panels included),
// and the whole engine with its writes (tasks, parts, approvals, timeline) on a sample.
//
//   bench_review_split [--orders N] [--engine-sample N]

#include "benchreport.h"
#include "sampledata.h"

#include "orders/channelmapping.h"
#include "orders/importer.h"
#include "orders/orderrepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "workflow/catalogue.h"
#include "workflow/defaultsetup.h"
#include "workflow/processengine.h"
#include "workflow/reviewer.h"
#include "workflow/ruleset.h"
#include "workflow/splitter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Hearth;
using namespace Hearth::Bench;

namespace {

// Bump when the generated data changes, so that a cached database is made again.
constexpr int datasetVersion = 1;

struct Options
{
    qint64 orders = 100'000;
    int engineSample = 2'000;
};

Options parseArguments(const QStringList &args)
{
    Options o;
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders"))
            o.orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--engine-sample"))
            o.engineSample = args[i + 1].toInt();
    }
    return o;
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_review_split: %s\n", qPrintable(what));
    return false;
}

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

QStringList catalogueNames(const char *kind)
{
    auto catalogue = Workflow::Catalogue::load(Storage::Database::connection());
    QStringList names;
    if (catalogue) {
        for (const Workflow::CatalogueEntry &e : catalogue->list(QLatin1String(kind)))
            names.append(e.name);
    }
    return names;
}

/// The generated database: cabinet orders written through the repository, in batches.
bool buildCabinetDatabase(const QString &path, qint64 orders)
{
    removeDatabase(path);
    if (const Core::Status s = Storage::Database::open(path); !s)
        return fail(s.error().toString());
    Storage::Connection &c = Storage::Database::connection();
    if (const Core::Status s = Workflow::DefaultSetup::ensure(c, 2026); !s)
        return fail(s.error().toString());
    QStringList boards = catalogueNames("material");
    boards = boards.mid(0, 5);  // the everyday boards
    const QStringList colours = catalogueNames("colour");
    const SampleData data(50'000, 2'000, 300);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (qint64 start = 0; start < orders; start += 5'000) {
        Storage::Transaction tx(c);
        for (qint64 i = start; i < std::min(orders, start + 5'000); ++i) {
            Orders::SalesOrder o = data.cabinetOrder(i, boards, colours);
            o.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            o.orderNo = SampleData::orderNo(i);
            o.hlc = Storage::Database::clock().now();
            int lineNo = 0;
            for (Orders::OrderLine &l : o.lines)
                l.id = QStringLiteral("%1-%2").arg(o.id).arg(++lineNo);
            const auto customer = Orders::OrderRepository::upsertCustomer(c, o.channel,
                                                                           o.customer, o.hlc,
                                                                           now);
            if (!customer)
                return fail(customer.error().toString());
            o.customer.id = customer.value();
            if (const Core::Status s = Orders::OrderRepository::writeOrder(c, o, true, now); !s)
                return fail(s.error().toString());
        }
        if (const Core::Status s = tx.commit(); !s)
            return fail(s.error().toString());
    }
    Storage::Database::close();
    return true;
}

bool buildSuperstoreDatabase(const QString &path, const QString &csv)
{
    removeDatabase(path);
    if (const Core::Status s = Storage::Database::open(path); !s)
        return fail(s.error().toString());
    if (const Core::Status s = Workflow::DefaultSetup::ensure(Storage::Database::connection(),
                                                              2026);
        !s)
        return fail(s.error().toString());
    auto mapping = Orders::ChannelMapping::load(QStringLiteral("superstore"));
    if (!mapping)
        return fail(mapping.error().toString());
    Orders::ImportOptions options;
    options.mapping = mapping.value();
    options.files = {csv};
    Orders::Importer importer;
    const Orders::ImportReport report = importer.run(options);
    Storage::Database::close();
    if (!report.ok() || !report.written)
        return fail(QStringLiteral("the Superstore import failed: %1").arg(report.summary()));
    return true;
}

QStringList orderIds()
{
    QStringList ids;
    Storage::Statement &q = Storage::Database::connection().prepare(
        "SELECT id FROM sales_orders WHERE deleted = 0 ORDER BY rowid");
    while (q.next())
        ids.append(q.text(0));
    q.reset();
    return ids;
}

struct Throughput
{
    double readPerSecond = 0;
    double reviewSplitPerSecond = 0;
    qint64 parts = 0;
    qint64 tasks = 0;
    qint64 held = 0;
};

/// Reads every order, then reads and reviews and splits every order, in the same process.
bool measure(const QString &path, const QString &label, Throughput *t)
{
    if (const Core::Status s = Storage::Database::open(path); !s)
        return fail(s.error().toString());
    Storage::Connection &c = Storage::Database::connection();
    auto rules = Workflow::RuleSet::builtIn();
    if (!rules)
        return fail(rules.error().toString());
    auto splitter = Workflow::Splitter::compile(rules.value());
    auto reviewer = Workflow::Reviewer::compile(rules.value());
    auto catalogue = Workflow::Catalogue::load(c);
    if (!splitter || !reviewer || !catalogue)
        return fail(QStringLiteral("the rules do not compile"));
    const QStringList ids = orderIds();

    // Warm the page cache once, so that neither run pays for the disk.
    Storage::Transaction warm(c);
    for (const QString &id : ids)
        (void)Orders::OrderRepository::loadWith(c, id);
    warm.rollback();

    QElapsedTimer timer;
    {
        Storage::Transaction tx(c);
        timer.start();
        qint64 lines = 0;
        for (const QString &id : ids) {
            auto o = Orders::OrderRepository::loadWith(c, id);
            if (!o)
                return fail(o.error().toString());
            lines += o->lines.size();
        }
        t->readPerSecond = double(ids.size()) / (double(timer.nsecsElapsed()) / 1e9);
        tx.rollback();
        Report::note(QStringLiteral("%1: %2 orders, %3 lines").arg(label).arg(ids.size())
                         .arg(lines));
    }
    {
        Storage::Transaction tx(c);
        timer.start();
        for (const QString &id : ids) {
            auto o = Orders::OrderRepository::loadWith(c, id);
            if (!o)
                return fail(o.error().toString());
            auto plan = splitter->plan(o.value());
            if (!plan)
                return fail(plan.error().toString());
            const Workflow::ReviewResult review = reviewer->run(o.value(), plan->parts,
                                                                catalogue.value());
            t->parts += plan->parts.size();
            t->tasks += plan->tasks.size();
            t->held += review.outcome() == Workflow::ReviewFinding::Outcome::Hold;
        }
        t->reviewSplitPerSecond = double(ids.size()) / (double(timer.nsecsElapsed()) / 1e9);
        tx.rollback();
    }
    Storage::Database::close();
    return true;
}

/// The engine with every write it makes, on a copy holding the first sample orders.
bool measureEngine(const QString &source, const QString &copy, int sample, double *perSecond)
{
    removeDatabase(copy);
    if (!QFile::copy(source, copy))
        return fail(QStringLiteral("cannot copy %1").arg(source));
    if (const Core::Status s = Storage::Database::open(copy); !s)
        return fail(s.error().toString());
    Storage::Connection &c = Storage::Database::connection();
    // Only the sample waits for the engine; the rest count as taken before Hearth ran it.
    Storage::Statement q(c.handle(),
                         "UPDATE sales_orders SET status = 'closed' WHERE rowid > ?");
    q.bind(1, qint64(sample));
    if (!q.exec())
        return fail(q.error());
    Workflow::ProcessEngine engine;
    if (const Core::Status s = engine.prepare(); !s)
        return fail(s.error().toString());
    QElapsedTimer timer;
    timer.start();
    auto run = engine.runWaiting();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!run)
        return fail(run.error().toString());
    if (!run->errors.isEmpty())
        return fail(QStringLiteral("%1 orders failed, first: %2")
                        .arg(run->errors.size())
                        .arg(run->errors.first().toString()));
    *perSecond = double(run->orders) / seconds;
    Report::note(QStringLiteral("engine: %1 orders, %2 tasks created, %3 held, %4 awaiting "
                                "approval")
                     .arg(run->orders)
                     .arg(run->tasksCreated)
                     .arg(run->held)
                     .arg(run->awaitingApproval));
    Storage::Database::close();
    removeDatabase(copy);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parseArguments(app.arguments());
    const QString cache = QStringLiteral(HEARTH_BENCH_CACHE_DIR) + QStringLiteral("/bench-cache");
    QDir().mkpath(cache);
    const QString cabinets = cache + QStringLiteral("/review_split_%1_v%2.db")
                                         .arg(options.orders)
                                         .arg(datasetVersion);
    if (!QFileInfo::exists(cabinets)) {
        Report::note(QStringLiteral("building %1 cabinet orders (cached in %2)")
                         .arg(options.orders)
                         .arg(cabinets));
        if (!buildCabinetDatabase(cabinets, options.orders))
            return 1;
    }
    Throughput generated;
    if (!measure(cabinets, QStringLiteral("generated cabinet orders"), &generated))
        return 1;
    Report::note(QStringLiteral("generated: %1 parts, %2 tasks planned, %3 orders held")
                     .arg(generated.parts)
                     .arg(generated.tasks)
                     .arg(generated.held));
    Report::versus(QStringLiteral("review_split_orders_per_s"), generated.reviewSplitPerSecond,
                   QStringLiteral("read_orders_per_s"), generated.readPerSecond,
                   QStringLiteral("orders/s"));

    const QString superstoreCsv = QStringLiteral(HEARTH_SHARED_DATA_DIR)
                                  + QStringLiteral("/superstore/Sample - Superstore.csv");
    if (QFileInfo::exists(superstoreCsv)) {
        const QString superstore = cache + QStringLiteral("/review_split_superstore_v%1.db")
                                               .arg(datasetVersion);
        if (!QFileInfo::exists(superstore) && !buildSuperstoreDatabase(superstore, superstoreCsv))
            return 1;
        Throughput sales;
        if (!measure(superstore, QStringLiteral("Superstore"), &sales))
            return 1;
        Report::versus(QStringLiteral("review_split_superstore_orders_per_s"),
                       sales.reviewSplitPerSecond, QStringLiteral("read_orders_per_s"),
                       sales.readPerSecond, QStringLiteral("orders/s"));
    } else {
        Report::note(QStringLiteral("no Superstore data at %1; skipped").arg(superstoreCsv));
    }

    double enginePerSecond = 0;
    if (!measureEngine(cabinets, cache + QStringLiteral("/review_split_engine.db"),
                       options.engineSample, &enginePerSecond))
        return 1;
    Report::versus(QStringLiteral("engine_orders_per_s"), enginePerSecond,
                   QStringLiteral("read_orders_per_s"), generated.readPerSecond,
                   QStringLiteral("orders/s"));
    return 0;
}
