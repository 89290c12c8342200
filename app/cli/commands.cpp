#include "commands.h"

#include "cliutil.h"
#include "dealercommands.h"
#include "financecommands.h"
#include "stockcommands.h"
#include "synccommands.h"
#include "productioncommands.h"
#include "productiondemo.h"
#include "schedulecommands.h"
#include "workflowcommands.h"

#include "core/money.h"
#include "finance/rebatepolicies.h"
#include "orders/channelmapping.h"
#include "orders/importer.h"
#include "orders/orderquery.h"
#include "orders/orderrepository.h"
#include "progressbar.h"
#include "storage/database.h"
#include "users/userstore.h"
#include "workflow/orgunits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

namespace Hearth::Cli {

namespace {

const QString generalHelp = QStringLiteral(
    "Usage: hearthctl COMMAND [options]\n\n"
    "Commands:\n"
    "  init                 create the database (or bring it up to date)\n"
    "  import               import channel export files: --mapping NAME FILE...\n"
    "  orders list          list orders, newest first (filters: --channel --status --from --to\n"
    "                       --province --limit)\n"
    "  orders search TEXT   full-text search: order numbers, customer, mobile, address, product\n"
    "  orders show NO       one order with its lines and timeline\n"
    "  orders cancel|delete NO  cancel (作废) an order or delete one entered by mistake:\n"
    "                       --reason TEXT\n"
    "  mappings             list the channel mappings\n"
    "  demo                 create a demo database from the bundled sample orders\n"
    "  stats                counts and sums (--json for scripts)\n"
    "  check                check the database file for damage\n"
    "  process              run the process engine: review, approvals, split into tasks\n"
    "                       (--order NO --event E for one order)\n"
    "  rules                review and split rules: list, export DIR, check DIR, save DIR,\n"
    "                       activate N, dry-run --from DATE --to DATE [--rules DIR]\n"
    "  processes            process definitions: list, export CODE FILE, check FILE, save FILE,\n"
    "                       activate ID\n"
    "  tasks                list tasks (--user NAME --overdue --order NO); tasks escalate\n"
    "  approve ID           approve (or --reject) an approval step --as USER\n"
    "  workorders           work orders from the split: make, list [--order NO]\n"
    "  plan                 plan the factory: [--backward] [--reschedule] [--from DATETIME],\n"
    "                       or --promise ORDER-NO for the earliest finish date\n"
    "  schedule             solve a job-shop file: --jobshop FILE --seconds S\n"
    "  profit               revenue, cost and profit: --by order|category|region|channel|\n"
    "                       dealer|month [--json]\n"
    "  costs                cost by type: --by type,product_line|channel|dealer|designer|\n"
    "                       month|charged_to [--from DATE] [--to DATE] [--xlsx FILE]\n"
    "                       [--json]\n"
    "  receipts             an order's receipts, balance and payment schedule: --order NO\n"
    "  close                month close: --month YYYY-MM [--json], checks and figures;\n"
    "                       --commit closes, --reopen --reason TEXT reopens [--as NAME]\n"
    "  statement            a dealer's statement: --dealer CODE --from DATE --to DATE\n"
    "                       [--xlsx FILE] [--pdf FILE]\n"
    "  stock                stock ledger: seed, balance ITEM [--bin B],\n"
    "                       valuation [--warehouse W], moves ITEM [--limit N], check,\n"
    "                       receive|issue|transfer|count --item\n"
    "                       --bin [--to] --qty [--cost] [--wo] [--lot] --key\n"
    "  sync                 one sync round with the server: [--server URL --user NAME\n"
    "                       --cert PEM], password from HEARTH_PASSWORD or stdin\n"
    "  conflicts            the desk's sync conflicts [--json]; keep-mine|take-server|\n"
    "                       recreate ID settles one\n\n"
    "Every command takes --db FILE (default: %1) and --help.\n"
    "Exit codes: 0 ok, 1 usage, 2 file or database error, 3 bad rows (nothing written),\n"
    "4 ambiguous dates (pass --date-order), 5 not found.\n");

int cmdInit(const QStringList &args)
{
    Parsed p;
    int code = Ok;
    if (!parse(p, args, tr("hearthctl init: create the database or bring it up to date."), &code))
        return code;
    if (!openDatabase(p, &code))
        return code;
    out() << tr("Database %1 is ready (schema version %2).")
                 .arg(Storage::Database::path())
                 .arg(Storage::Database::schemaVersion())
          << "\n";
    return ensureAdmin();
}

void printReport(const Orders::ImportReport &report)
{
    for (const Orders::RowError &e : report.errors)
        err() << e.toString() << "\n";
    if (report.rowsRejected > report.errors.size())
        err() << tr("... and %1 more bad rows").arg(report.rowsRejected - report.errors.size())
              << "\n";
    for (const QString &f : report.flagged)
        err() << tr("flagged: %1").arg(f) << "\n";
    (report.fatal ? err() : out()) << report.summary() << "\n";
    if (report.likelyDateOrder) {
        err() << tr("hearthctl: try --date-order %1")
                     .arg(Orders::dateOrderCode(*report.likelyDateOrder))
              << "\n";
    }
}

int runImport(const Orders::ImportOptions &options)
{
    Orders::Importer importer;
    ProgressBar bar;
    QObject::connect(&importer, &Orders::Importer::progress, &importer,
                     [&bar](int permille, const QString &stage) { bar.update(permille, stage); });
    const Orders::ImportReport report = importer.run(options);
    bar.finish();
    printReport(report);
    if (report.fatal)
        return Failed;
    if (report.needsDateOrder)
        return NeedsDateOrder;
    if (!report.written && report.rowsRejected > 0 && !options.dryRun)
        return BadRows;
    return Ok;
}

int cmdImport(const QStringList &args)
{
    Parsed p;
    QCommandLineOption mapping(QStringLiteral("mapping"),
                               tr("The channel mapping (see 'hearthctl mappings')."),
                               QStringLiteral("NAME"));
    QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                 tr("How text dates are ordered: YMD, MDY or DMY."),
                                 QStringLiteral("ORDER"));
    QCommandLineOption skipBad(QStringLiteral("skip-bad-rows"),
                               tr("Import the good orders when some rows are bad."));
    QCommandLineOption encoding(QStringLiteral("encoding"),
                                tr("The text encoding of CSV files: auto, utf-8, gb18030, "
                                   "windows-1252 or utf-16 (default: the mapping's)."),
                                QStringLiteral("ENCODING"));
    QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Check the files; write nothing."));
    p.parser.addOptions({mapping, dateOrder, encoding, skipBad, dryRun});
    p.parser.addPositionalArgument(QStringLiteral("files"), tr("The files to import."),
                                   QStringLiteral("FILE..."));
    int code = Ok;
    if (!parse(p, args, tr("hearthctl import: import channel export files."), &code))
        return code;
    if (!p.parser.isSet(mapping) || p.parser.positionalArguments().isEmpty()) {
        err() << tr("hearthctl import: give --mapping NAME and at least one file") << "\n";
        return Usage;
    }
    const auto order = Orders::dateOrderFromCode(p.parser.value(dateOrder));
    if (!order) {
        err() << tr("hearthctl import: --date-order takes YMD, MDY or DMY") << "\n";
        return Usage;
    }
    const auto textEncoding = Orders::encodingFromName(p.parser.value(encoding));
    if (!textEncoding) {
        err() << tr("hearthctl import: --encoding takes auto, utf-8, gb18030, windows-1252 or "
                    "utf-16")
              << "\n";
        return Usage;
    }
    const auto loaded = Orders::ChannelMapping::load(p.parser.value(mapping));
    if (!loaded) {
        err() << tr("hearthctl: %1").arg(loaded.error().toString()) << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code))
        return code;
    Orders::ImportOptions options;
    options.mapping = loaded.value();
    if (p.parser.isSet(encoding))
        options.mapping.encoding = *textEncoding;
    options.files = p.parser.positionalArguments();
    options.dateOrder = *order;
    options.dryRun = p.parser.isSet(dryRun);
    options.badRows = p.parser.isSet(skipBad) ? Orders::BadRowPolicy::ImportGood
                                              : Orders::BadRowPolicy::Stop;
    return runImport(options);
}

/// An order's header, parties, dates and lines, one fact a line; empty facts are left out.
void printOrder(const Orders::SalesOrder &o)
{
    out() << tr("Order %1 (%2 %3)").arg(o.orderNo, Orders::channelName(o.channel),
                                        o.channelOrderNo) << "\n"
          << tr("Customer: %1 %2").arg(o.customer.name, o.customer.mobile).trimmed() << "\n";
    if (!o.address.toString().isEmpty() || !o.address.postalCode.isEmpty())
        out() << tr("Address: %1 %2").arg(o.address.toString(), o.address.postalCode).trimmed()
              << "\n";
    const std::pair<QString, const Orders::Partner *> parties[] = {
        {tr("Dealer"), &o.dealer}, {tr("Store"), &o.store}, {tr("Designer"), &o.designer}};
    for (const auto &[title, partner] : parties) {
        if (partner->name.isEmpty() && partner->code.isEmpty())
            continue;
        const QString code = partner->code.isEmpty() || partner->code == partner->name
            ? QString()
            : QStringLiteral(" (%1)").arg(partner->code);
        out() << tr("%1: %2%3").arg(title, partner->name, code) << "\n";
    }
    QStringList dates{tr("signed %1").arg(o.signedOn.toString(Qt::ISODate))};
    if (o.promisedOn.isValid())
        dates.append(tr("promised %1").arg(o.promisedOn.toString(Qt::ISODate)));
    if (o.shippedOn.isValid())
        dates.append(tr("shipped %1").arg(o.shippedOn.toString(Qt::ISODate)));
    if (!o.shipMode.isEmpty())
        dates.append(tr("ship mode %1").arg(o.shipMode));
    out() << tr("Dates: %1; status %2")
                 .arg(dates.join(QStringLiteral(", ")), Orders::statusName(o.status))
          << "\n"
          << tr("Deposit %1, total %2").arg(Core::Money(o.depositFen).toString(), money(o.total()))
          << "\n";
    for (const Orders::OrderLine &l : o.lines) {
        QString size;
        if (l.isCustom()) {
            size = QStringLiteral(" %1×%2×%3mm %4 %5")
                       .arg(l.widthMm.value_or(0)).arg(l.heightMm.value_or(0))
                       .arg(l.depthMm.value_or(0)).arg(l.material, l.colour).trimmed();
            size.prepend(u' ');
        }
        QString price;
        if (l.unitPrice)
            price = tr(" × %1").arg(money(*l.unitPrice));
        if (!l.discount.isZero())
            price += tr(", %1% off").arg(Core::Decimal::fromMicros(l.discount.micros() * 100)
                                             .toString());
        out() << "  " << l.lineNo << ". " << (l.sku + u' ' + l.description).trimmed() << size
              << "  " << l.quantity.toString() << ' ' << Orders::unitName(l.unit) << price
              << "  " << money(l.amount) << "\n";
    }
}

void printRows(const QList<Orders::OrderRow> &rows)
{
    for (const Orders::OrderRow &r : rows) {
        out() << r.orderNo << '\t' << Orders::channelCode(r.channel) << '\t' << r.channelOrderNo
              << '\t' << r.signedOn.toString(Qt::ISODate) << '\t' << r.customerName << '\t'
              << r.mobile << '\t' << r.province << ' ' << r.city << '\t'
              << Orders::statusCode(r.status) << '\t' << money(r.total) << "\n";
    }
}

int cmdOrders(const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("cancel") || sub == QLatin1String("delete"))
        return cmdOrderRemoval(args);
    QStringList rest = args;
    if (rest.size() > 1 && !sub.startsWith(u'-')) {
        rest.removeAt(1);
        rest[0] = QStringLiteral("orders ") + sub;
    } else {
        rest[0] = QStringLiteral("orders list|search TEXT|show ORDER_NO");
    }
    Parsed p;
    QCommandLineOption limit(QStringLiteral("limit"), tr("At most N orders (default 50)."),
                             QStringLiteral("N"), QStringLiteral("50"));
    QCommandLineOption channel(QStringLiteral("channel"),
                               tr("store, dealer, ecommerce, designer or other."),
                               QStringLiteral("CHANNEL"));
    QCommandLineOption status(QStringLiteral("status"),
                              tr("new, reviewing, approved, in_production, shipped, installed, "
                                 "closed or cancelled."),
                              QStringLiteral("STATUS"));
    QCommandLineOption from(QStringLiteral("from"), tr("Signed on or after (YYYY-MM-DD)."),
                            QStringLiteral("DATE"));
    QCommandLineOption to(QStringLiteral("to"), tr("Signed on or before (YYYY-MM-DD)."),
                          QStringLiteral("DATE"));
    QCommandLineOption province(QStringLiteral("province"), tr("The delivery province."),
                                QStringLiteral("NAME"));
    p.parser.addOptions({limit, channel, status, from, to, province});
    const QString usage = tr("hearthctl orders list|search TEXT|show ORDER_NO");
    int code = Ok;
    if (!parse(p, rest, usage, &code))
        return code;
    if (!QStringList{QStringLiteral("list"), QStringLiteral("search"), QStringLiteral("show")}
             .contains(sub)) {
        err() << helpFor(p.parser, rest[0]);
        return Usage;
    }
    Orders::OrderFilter filter;
    if (p.parser.isSet(channel)) {
        filter.channel = Orders::channelFromCode(p.parser.value(channel));
        if (!filter.channel) {
            err() << tr("hearthctl: unknown channel %1").arg(p.parser.value(channel)) << "\n";
            return Usage;
        }
    }
    if (p.parser.isSet(status)) {
        filter.status = Orders::statusFromCode(p.parser.value(status));
        if (!filter.status) {
            err() << tr("hearthctl: unknown status %1").arg(p.parser.value(status)) << "\n";
            return Usage;
        }
    }
    filter.signedFrom = QDate::fromString(p.parser.value(from), Qt::ISODate);
    filter.signedTo = QDate::fromString(p.parser.value(to), Qt::ISODate);
    if ((p.parser.isSet(from) && !filter.signedFrom.isValid())
        || (p.parser.isSet(to) && !filter.signedTo.isValid())) {
        err() << tr("hearthctl: dates are written YYYY-MM-DD") << "\n";
        return Usage;
    }
    filter.province = p.parser.value(province);
    bool limitOk = false;
    const int max = p.parser.value(limit).toInt(&limitOk);
    if (!limitOk || max <= 0) {
        err() << tr("hearthctl: --limit takes a positive number") << "\n";
        return Usage;
    }
    const QStringList positional = p.parser.positionalArguments();
    if (sub != QLatin1String("list") && positional.isEmpty()) {
        err() << usage << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;

    if (sub == QLatin1String("show")) {
        const auto order = Orders::OrderRepository::loadByOrderNo(positional.first());
        if (!order) {
            err() << tr("hearthctl: %1").arg(order.error().toString()) << "\n";
            return NotFound;
        }
        printOrder(order.value());
        const QString id = order.value().id;
        for (const Orders::OrderNote &n : Orders::OrderRepository::notes(id))
            out() << tr("Note %1 %2: %3").arg(n.createdAt, n.author, n.body) << "\n";
        for (const Orders::TimelineEntry &t : Orders::OrderRepository::timeline(id))
            out() << "  " << t.at << ' ' << t.user << ' ' << t.action << ' ' << t.reason << "\n";
        return Ok;
    }
    if (sub == QLatin1String("search"))
        filter.search = positional.join(u' ');
    const auto rows = Orders::OrderQuery::page(filter, Orders::OrderSort::SignedOn, true, 0, max);
    printRows(rows);
    out() << QCoreApplication::translate("Hearth::Cli", "%n order(s) shown", nullptr,
                                         int(rows.size()))
          << "\n";
    return Ok;
}

int cmdMappings(const QStringList &args)
{
    Parsed p;
    int code = Ok;
    if (!parse(p, args, tr("hearthctl mappings: list the channel mappings."), &code))
        return code;
    for (const QString &name : Orders::ChannelMapping::available()) {
        const auto m = Orders::ChannelMapping::load(name);
        out() << name << '\t' << (m ? m->title() : m.error().toString()) << "\n";
    }
    return Ok;
}

int cmdStats(const QStringList &args)
{
    Parsed p;
    QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.parser.addOption(json);
    int code = Ok;
    if (!parse(p, args, tr("hearthctl stats: counts of orders, lines, customers, products, "
                           "the sum of line amounts, the quantities per unit and the profit "
                           "imported with the lines that carry one."), &code))
        return code;
    if (!openDatabase(p, &code, MustExist))
        return code;
    const auto stats = Orders::OrderQuery::stats();
    if (!stats) {
        err() << tr("hearthctl: %1").arg(stats.error().toString()) << "\n";
        return Failed;
    }
    const Orders::OrderStats &s = stats.value();
    // Square metres, metres and pieces do not add up: a sum for each unit. Imported profit is
    // what an import brought on its lines; 'hearthctl profit' computes profit from the costs.
    QList<std::pair<QString, Core::Decimal>> quantities;
    qint64 linesWithProfit = 0;
    {
        Storage::Statement q(Storage::Database::connection().handle(),
                             "SELECT l.unit, COALESCE(SUM(l.quantity_micros), 0) "
                             "FROM order_lines l JOIN sales_orders o ON o.id = l.order_id "
                             "WHERE o.deleted = 0 AND l.deleted = 0 GROUP BY l.unit "
                             "ORDER BY l.unit");
        while (q.next())
            quantities.append({q.text(0), Core::Decimal::fromMicros(q.int64(1))});
        Storage::Statement withProfit(Storage::Database::connection().handle(),
                                      "SELECT COUNT(l.profit_micros) FROM order_lines l "
                                      "JOIN sales_orders o ON o.id = l.order_id "
                                      "WHERE o.deleted = 0 AND l.deleted = 0");
        if (withProfit.next())
            linesWithProfit = withProfit.int64(0);
        if (q.failed() || withProfit.failed()) {
            err() << tr("hearthctl: %1").arg(q.failed() ? q.error() : withProfit.error())
                  << "\n";
            return Failed;
        }
    }
    if (p.parser.isSet(json)) {
        QJsonObject perUnit;
        for (const auto &[unit, quantity] : std::as_const(quantities))
            perUnit.insert(unit, quantity.toString());
        const QJsonObject o{
            {QStringLiteral("orders"), s.orders},
            {QStringLiteral("lines"), s.lines},
            {QStringLiteral("customers"), s.customers},
            {QStringLiteral("products"), s.products},
            {QStringLiteral("amount"), s.amount.toString()},
            {QStringLiteral("amount_fen"), Core::Money::fromDecimal(s.amount).minor()},
            {QStringLiteral("quantity_by_unit"), perUnit},
            {QStringLiteral("imported_profit"), s.profit.toString()},
            {QStringLiteral("lines_with_imported_profit"), linesWithProfit},
            {QStringLiteral("returned_orders"), s.returnedOrders},
        };
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << tr("Orders: %1\nLines: %2\nCustomers: %3\nProducts: %4\nAmount: %5")
                 .arg(s.orders).arg(s.lines).arg(s.customers).arg(s.products)
                 .arg(money(s.amount))
          << "\n";
    for (const auto &[unit, quantity] : std::as_const(quantities))
        out() << tr("Quantity (%1): %2").arg(unit, quantity.toString()) << "\n";
    if (linesWithProfit == 0) {
        out() << tr("Imported profit: no line carries one ('hearthctl profit' works profit out "
                    "from the costs)")
              << "\n";
    } else {
        out() << tr("Imported profit (on the %1 of %2 lines that carry one): %3")
                     .arg(linesWithProfit)
                     .arg(s.lines)
                     .arg(money(s.profit))
              << "\n";
    }
    out() << tr("Returned orders: %1").arg(s.returnedOrders) << "\n";
    return Ok;
}

int cmdCheck(const QStringList &args)
{
    Parsed p;
    int code = Ok;
    if (!parse(p, args, tr("hearthctl check: check the database file for damage (SQLite's "
                           "integrity check and foreign keys)."), &code))
        return code;
    if (!openDatabase(p, &code, MustExist))
        return code;
    // Users never sync (each desk and the server have their own; password hashes stay where
    // they are): a synced row that names a user of another desk (a task's assignee, a
    // production event's reporter) is there by design, not damage.
    static const QStringList deskOwnParents{QStringLiteral("users")};
    QStringList problems;
    QMap<QString, qint64> deskOwnRefs;  // "tasks → users" → how many
    for (const char *sql : {"PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
        const bool foreignKeys = qstrcmp(sql, "PRAGMA foreign_key_check") == 0;
        Storage::Statement q(Storage::Database::connection().handle(), sql);
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.columnCount(); ++i)
                cells.append(q.text(i));
            if (foreignKeys && deskOwnParents.contains(q.text(2))) {
                ++deskOwnRefs[q.text(0) + QStringLiteral(" → ") + q.text(2)];
                continue;
            }
            const QString line = cells.join(u' ');
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
        if (!q.error().isEmpty() && q.error() != QLatin1String("not an error")
            && q.error() != QLatin1String("no more rows available"))
            problems.append(q.error());
    }
    for (auto it = deskOwnRefs.cbegin(); it != deskOwnRefs.cend(); ++it) {
        out() << QCoreApplication::translate("Hearth::Cli",
                                             "Information: %n reference(s) %1 name people of "
                                             "another desk (users do not sync); not damage.",
                                             nullptr, int(it.value()))
                     .arg(it.key())
              << "\n";
    }
    if (problems.isEmpty()) {
        out() << tr("%1: no damage found.").arg(Storage::Database::path()) << "\n";
        return Ok;
    }
    for (const QString &problem : problems)
        err() << problem << "\n";
    err() << tr("%1: the database is damaged; restore it from a backup or sync it again from "
                "the server.").arg(Storage::Database::path())
          << "\n";
    return Failed;
}

/// The sample's dealers as organisation units under head office (their statements, credit and
/// rebates hang on them), and a yearly rebate policy for every dealer.
int demoDealers()
{
    Storage::Connection &c = Storage::Database::connection();
    const std::optional<Workflow::OrgUnit> office = Workflow::OrgUnits::findByCode(
        c, QStringLiteral("HQ"));
    Storage::Statement &q = c.prepare("SELECT code, name FROM partners WHERE kind = 'dealer' "
                                      "AND deleted = 0 ORDER BY code");
    QList<std::pair<QString, QString>> dealers;
    while (q.next())
        dealers.append({q.text(0), q.text(1)});
    q.reset();
    for (const auto &[code, name] : std::as_const(dealers)) {
        if (Workflow::OrgUnits::findByCode(c, code))
            continue;
        Workflow::OrgUnit unit;
        unit.kind = Workflow::UnitKind::Dealer;
        unit.code = code;
        unit.name = name;
        unit.parentId = office ? office->id : QString();
        if (const auto made = Workflow::OrgUnits::create(c, unit); !made) {
            err() << tr("hearthctl demo: %1").arg(made.error().toString()) << "\n";
            return Failed;
        }
    }
    Storage::Statement &known = c.prepare("SELECT COUNT(*) FROM rebate_policies WHERE code = ?");
    known.bind(1, QStringLiteral("DEMO-2025"));
    const bool havePolicy = known.next() && known.int64(0) > 0;
    known.reset();
    if (!havePolicy) {
        Finance::RebatePolicy policy;
        policy.code = QStringLiteral("DEMO-2025");
        policy.name = tr("2025 dealer volume rebate");
        policy.startsOn = QDate(2025, 1, 1);
        policy.endsOn = QDate(2025, 12, 31);
        policy.period = Finance::RebatePolicy::Period::Year;
        policy.mode = Finance::RebatePolicy::Mode::Retroactive;
        // 1 % from the first yuan, 2 % from ¥30,000, 3 % from ¥60,000 (back to the first).
        policy.tiers = {{0, 10'000}, {3'000'000, 20'000}, {6'000'000, 30'000}};
        if (const auto saved = Finance::RebatePolicies::save(c, policy); !saved) {
            err() << tr("hearthctl demo: %1").arg(saved.error().toString()) << "\n";
            return Failed;
        }
    }
    return Ok;
}

int cmdDemo(const QStringList &args)
{
    Parsed p;
    int code = Ok;
    if (!parse(p, args, tr("hearthctl demo: create a demo database from the bundled sample "
                           "orders (again and again: it imports each sample once)."), &code))
        return code;
    // A password the users cannot take is refused before anything is written, not after the
    // orders are in and the staff, dealers and plans are missing.
    const QString adminPassword = qEnvironmentVariable("HEARTH_ADMIN_PASSWORD");
    if (!adminPassword.isEmpty() && adminPassword.size() < Users::UserStore::MinPasswordLength) {
        err() << tr("hearthctl: HEARTH_ADMIN_PASSWORD is too short: a password needs at least "
                    "%1 characters; nothing was written")
                     .arg(Users::UserStore::MinPasswordLength)
              << "\n";
        return Failed;
    }
    if (!openDatabase(p, &code))
        return code;
    QFile manifest(QStringLiteral(":/hearth/samples/samples.json"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        err() << tr("hearthctl: the sample orders are missing from this build") << "\n";
        return Failed;
    }
    const QJsonArray samples = QJsonDocument::fromJson(manifest.readAll()).array();
    QTemporaryDir dir;
    int result = Ok;
    for (const QJsonValue &v : samples) {
        const QJsonObject sample = v.toObject();
        const QString file = sample.value(QStringLiteral("file")).toString();
        const QString target = dir.filePath(file);
        QFile::copy(QStringLiteral(":/hearth/samples/") + file, target);
        const auto mapping = Orders::ChannelMapping::load(
            sample.value(QStringLiteral("mapping")).toString());
        if (!mapping) {
            err() << tr("hearthctl: %1").arg(mapping.error().toString()) << "\n";
            return Failed;
        }
        out() << file << ": ";
        Orders::ImportOptions options;
        options.mapping = mapping.value();
        options.files = {target};
        const int rc = runImport(options);
        if (rc != Ok)
            result = rc;
    }
    const Orders::OrderStats s = Orders::OrderQuery::stats().value_or(Orders::OrderStats());
    out() << tr("Demo database %1: %2 orders, %3 lines, %4 customers.")
                 .arg(Storage::Database::path()).arg(s.orders).arg(s.lines).arg(s.customers)
          << "\n";
    if (const int admin = ensureAdmin(); admin != Ok)
        return admin;
    if (const int workflow = demoWorkflow(); workflow != Ok)
        return workflow;
    // After the workflow's default units, which are seeded only into an empty tree.
    if (const int dealers = demoDealers(); dealers != Ok)
        return dealers;
    if (const int production = demoProduction(); production != Ok)
        return production;
    return result;
}

} // namespace

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QStringList rest = arguments;
    // The parsers skip the first argument; it names the command in their help.
    if (rest.size() > 1) {
        rest.removeAt(1);
        rest[0] = command;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << QStringLiteral("hearthctl %1\n").arg(QCoreApplication::applicationVersion());
        return Ok;
    }
    if (command == QLatin1String("init"))
        return cmdInit(rest);
    if (command == QLatin1String("import"))
        return cmdImport(rest);
    if (command == QLatin1String("orders"))
        return cmdOrders(rest);
    if (command == QLatin1String("mappings"))
        return cmdMappings(rest);
    if (command == QLatin1String("stats"))
        return cmdStats(rest);
    if (command == QLatin1String("demo"))
        return cmdDemo(rest);
    if (command == QLatin1String("check"))
        return cmdCheck(rest);
    if (command == QLatin1String("process"))
        return cmdProcess(rest);
    if (command == QLatin1String("rules"))
        return cmdRules(rest);
    if (command == QLatin1String("processes"))
        return cmdProcesses(rest);
    if (command == QLatin1String("tasks"))
        return cmdTasks(rest);
    if (command == QLatin1String("approve"))
        return cmdApprove(rest);
    if (command == QLatin1String("workorders"))
        return cmdWorkOrders(rest);
    if (command == QLatin1String("plan"))
        return cmdPlan(rest);
    if (command == QLatin1String("schedule"))
        return cmdSchedule(rest);
    if (command == QLatin1String("profit"))
        return cmdProfit(rest);
    if (command == QLatin1String("costs"))
        return cmdCosts(rest);
    if (command == QLatin1String("receipts"))
        return cmdReceipts(rest);
    if (command == QLatin1String("close"))
        return cmdClose(rest);
    if (command == QLatin1String("conflicts"))
        return cmdConflicts(rest);
    if (command == QLatin1String("statement"))
        return cmdStatement(rest);
    if (command == QLatin1String("stock"))
        return cmdStock(rest);
    if (command == QLatin1String("sync"))
        return cmdSync(rest);
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")
        || command == QLatin1String("help")) {
        out() << generalHelp.arg(defaultDatabase());
        return command.isEmpty() ? Usage : Ok;
    }
    err() << tr("hearthctl: unknown command \"%1\"").arg(command) << "\n\n"
          << generalHelp.arg(defaultDatabase());
    return Usage;
}

} // namespace Hearth::Cli
