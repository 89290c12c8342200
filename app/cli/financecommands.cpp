#include "financecommands.h"

#include "cliutil.h"
#include "commands.h"
#include "core/money.h"
#include "finance/costledger.h"
#include "finance/costreport.h"
#include "finance/costworkbook.h"
#include "finance/monthclose.h"
#include "finance/paymentschedule.h"
#include "finance/profitreport.h"
#include "finance/receiptbook.h"
#include "orders/orderrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Hearth::Cli {

namespace {

QString fen(qint64 value)
{
    return Core::Money(value).toString();
}

/// Columns padded to their widest cell, money right-aligned; Chinese characters count as two.
void printTable(const QList<QStringList> &rows, int leftColumns)
{
    const auto width = [](const QString &s) {
        int w = 0;
        for (const QChar ch : s)
            w += ch.unicode() >= 0x2E80 ? 2 : 1;
        return w;
    };
    QList<int> widths;
    for (const QStringList &r : rows) {
        for (qsizetype i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], width(r[i]));
        }
    }
    for (const QStringList &r : rows) {
        QString line;
        for (qsizetype i = 0; i < r.size(); ++i) {
            const QString pad(widths[i] - width(r[i]), QLatin1Char(' '));
            if (i > 0)
                line += QStringLiteral("  ");
            line += i < leftColumns ? r[i] + pad : pad + r[i];
        }
        out() << line.trimmed() << "\n";
    }
}

/// False, having said why, when `path`'s folder is missing or cannot be written to.
bool folderWritable(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir()) {
        err() << tr("hearthctl: the folder %1 does not exist; create it or choose another")
                     .arg(QDir::toNativeSeparators(folder.filePath()))
              << "\n";
        return false;
    }
    if (!folder.isWritable()) {
        err() << tr("hearthctl: the folder %1 cannot be written to; choose another")
                     .arg(QDir::toNativeSeparators(folder.filePath()))
              << "\n";
        return false;
    }
    return true;
}

} // namespace

int cmdProfit(const QStringList &args)
{
    Parsed p;
    QCommandLineOption by(QStringLiteral("by"),
                          tr("Group by order, category, region, channel, dealer or month."),
                          QStringLiteral("GROUP"), QStringLiteral("order"));
    QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.parser.addOptions({by, json});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl profit: revenue, cost and profit (单单清算) per order, "
                           "category, region, channel, dealer or month: an order's cost lines "
                           "where it has them, else a line's amount less its profit where the "
                           "line carries one."),
               &code))
        return code;
    const auto group = Finance::ProfitReport::groupFromCode(p.parser.value(by));
    if (!group) {
        err() << tr("hearthctl profit: --by takes order, category, region, channel, dealer or "
                    "month, not \"%1\"")
                     .arg(p.parser.value(by))
              << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    Storage::Connection &c = Storage::Database::connection();
    // The costs that arrived since they were last gathered (moves, reports, receipts, freight).
    if (const auto pending = Finance::CostLedger::gatherPending(c); !pending) {
        err() << tr("hearthctl: %1").arg(pending.error().toString()) << "\n";
        return Failed;
    }
    const auto rows = Finance::ProfitReport::build(c, *group);
    const auto total = Finance::ProfitReport::total(c);
    if (!rows || !total) {
        err() << tr("hearthctl: %1").arg((rows ? total.error() : rows.error()).toString())
              << "\n";
        return Failed;
    }

    if (p.parser.isSet(json)) {
        QJsonArray groups;
        for (const Finance::ProfitRow &r : rows.value())
            groups.append(r.toJson());
        const QJsonObject o{{QStringLiteral("by"), Finance::ProfitReport::groupCode(*group)},
                            {QStringLiteral("groups"), groups},
                            {QStringLiteral("total"), total->toJson()}};
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }

    QList<QStringList> table;
    table.append({tr("Group"), tr("Orders"), tr("Revenue"), tr("Cost"), tr("Profit"),
                  tr("Margin")});
    const auto margin = [](const Finance::ProfitRow &r) {
        if (r.revenueFen() == 0)
            return QStringLiteral("-");
        // Per mille, rounded half away from zero, shown as a percentage with one decimal.
        const qint64 num = r.profitFen() * 1000;
        const qint64 den = r.revenueFen();
        qint64 permille = (2 * std::abs(num) + std::abs(den)) / (2 * std::abs(den));
        if ((num < 0) != (den < 0))
            permille = -permille;
        return QStringLiteral("%1%2.%3 %")
            .arg(permille < 0 ? QStringLiteral("-") : QString())
            .arg(std::abs(permille) / 10)
            .arg(std::abs(permille) % 10);
    };
    const auto add = [&](const Finance::ProfitRow &r, const QString &name) {
        table.append({name, QString::number(r.orders), fen(r.revenueFen()), fen(r.costFen()),
                      fen(r.profitFen()), margin(r)});
    };
    for (const Finance::ProfitRow &r : rows.value()) {
        QString name = r.label.isEmpty() ? tr("(none)") : r.label;
        if (r.label != r.key && !r.key.isEmpty())
            name = r.key + QLatin1Char(' ') + r.label;
        add(r, name);
    }
    add(total.value(), tr("Total"));
    printTable(table, 1);
    if (total->linesWithoutCost > 0) {
        err() << QCoreApplication::translate("Hearth::Cli",
                                             "hearthctl profit: %n line(s) carry no cost yet "
                                             "and count at cost 0",
                                             nullptr, int(total->linesWithoutCost))
              << "\n";
    }
    return Ok;
}

int cmdCosts(const QStringList &args)
{
    Parsed p;
    QCommandLineOption by(QStringLiteral("by"),
                          tr("Cost by type alone (\"type\"), or by type and product_line, "
                             "channel, dealer, designer, month or charged_to (who a re-make is "
                             "charged to; \"type,channel\" reads the same as \"channel\")."),
                          QStringLiteral("GROUP"), QStringLiteral("type,product_line"));
    QCommandLineOption from(QStringLiteral("from"), tr("The first day (YYYY-MM-DD)."),
                            QStringLiteral("DATE"));
    QCommandLineOption to(QStringLiteral("to"), tr("The last day (YYYY-MM-DD)."),
                          QStringLiteral("DATE"));
    QCommandLineOption xlsx(QStringLiteral("xlsx"), tr("Also write the table to an xlsx file."),
                            QStringLiteral("FILE"));
    QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.parser.addOptions({by, from, to, xlsx, json});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl costs: cost accounting (成本核算), the cost of each type "
                           "(material, hardware, labour, outsourcing, logistics, installation, "
                           "re-makes, overhead) by product line, channel, dealer, designer, "
                           "month or the party a re-make is charged to, from the orders' cost "
                           "lines."),
               &code))
        return code;
    QStringList parts;
    for (const QString &part : p.parser.value(by).split(QLatin1Char(','), Qt::SkipEmptyParts))
        parts.append(part.trimmed());
    // "type" alone is cost by type only: one total row per type, from any dimension's total.
    const bool typeOnly = !parts.isEmpty() && parts.count(QStringLiteral("type")) == parts.size();
    parts.removeAll(QStringLiteral("type"));
    std::optional<Finance::CostDimension> dimension;
    if (typeOnly)
        dimension = Finance::CostDimension::ProductLine;
    else if (parts.size() == 1)
        dimension = Finance::CostReport::dimensionFromCode(parts.first());
    if (!dimension) {
        err() << tr("hearthctl costs: --by takes type, or type and one of product_line, channel, "
                    "dealer, designer, month or charged_to, not \"%1\"")
                     .arg(p.parser.value(by))
              << "\n";
        return Usage;
    }
    QDate days[2];
    const QCommandLineOption *dayOptions[2] = {&from, &to};
    for (int i = 0; i < 2; ++i) {
        if (!p.parser.isSet(*dayOptions[i]))
            continue;
        days[i] = QDate::fromString(p.parser.value(*dayOptions[i]), Qt::ISODate);
        if (!days[i].isValid()) {
            err() << tr("hearthctl costs: expected a day such as 2026-03-01, not \"%1\"")
                         .arg(p.parser.value(*dayOptions[i]))
                  << "\n";
            return Usage;
        }
    }
    if (days[0].isValid() && days[1].isValid() && days[0] > days[1]) {
        err() << tr("hearthctl costs: --from (%1) is after --to (%2)")
                     .arg(days[0].toString(Qt::ISODate), days[1].toString(Qt::ISODate))
              << "\n";
        return Usage;
    }
    if (p.parser.isSet(xlsx)) {
        const QString file = p.parser.value(xlsx);
        if (!file.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)) {
            err() << tr("hearthctl costs: --xlsx writes an xlsx workbook: give a file name "
                        "ending in .xlsx, not \"%1\"")
                         .arg(file)
                  << "\n";
            return Usage;
        }
        if (!folderWritable(file))
            return Failed;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    Storage::Connection &c = Storage::Database::connection();
    if (const auto pending = Finance::CostLedger::gatherPending(c); !pending) {
        err() << tr("hearthctl: %1").arg(pending.error().toString()) << "\n";
        return Failed;
    }
    const auto report = Finance::CostReport::build(c, *dimension, days[0], days[1]);
    if (!report) {
        err() << tr("hearthctl: %1").arg(report.error().toString()) << "\n";
        return Failed;
    }
    if (p.parser.isSet(xlsx)) {
        if (const Core::Status s = Finance::CostWorkbook::write(*report, p.parser.value(xlsx));
            !s) {
            err() << tr("hearthctl: %1").arg(s.error().toString()) << "\n";
            return Failed;
        }
    }

    using Finance::CostType;
    const Finance::CostGroup total = report->total();
    if (typeOnly) {
        // Every type that holds a cost, with the orders behind it across all groups.
        const auto ordersOf = [&](CostType t) {
            QSet<QString> ids;
            for (const Finance::CostGroup &g : report->groups()) {
                for (const Finance::CostOrderPart &part : report->ordersOf(g.key, t))
                    ids.insert(part.orderId);
            }
            return qint64(ids.size());
        };
        QList<CostType> shown;
        for (int t = 0; t < Finance::CostTypeCount; ++t) {
            if (total.of(CostType(t)) != 0)
                shown.append(CostType(t));
        }
        if (p.parser.isSet(json)) {
            QJsonArray types;
            for (CostType t : std::as_const(shown)) {
                types.append(QJsonObject{{QStringLiteral("type"), Finance::CostReport::typeCode(t)},
                                         {QStringLiteral("cost"), fen(total.of(t))},
                                         {QStringLiteral("orders"), ordersOf(t)}});
            }
            QJsonObject o{{QStringLiteral("by"), QStringLiteral("type")},
                          {QStringLiteral("types"), types},
                          {QStringLiteral("total"), fen(total.total())},
                          {QStringLiteral("orders"), total.orders}};
            if (days[0].isValid())
                o.insert(QStringLiteral("from"), days[0].toString(Qt::ISODate));
            if (days[1].isValid())
                o.insert(QStringLiteral("to"), days[1].toString(Qt::ISODate));
            out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return Ok;
        }
        QList<QStringList> table{{tr("Type"), tr("Cost"), tr("Orders")}};
        for (CostType t : std::as_const(shown)) {
            table.append({Finance::CostReport::typeName(t), fen(total.of(t)),
                          QString::number(ordersOf(t))});
        }
        table.append({tr("Total"), fen(total.total()), QString::number(total.orders)});
        printTable(table, 1);
        return Ok;
    }
    if (p.parser.isSet(json)) {
        const auto groupJson = [](const Finance::CostGroup &g) {
            QJsonObject costs;
            for (int t = 0; t < Finance::CostTypeCount; ++t) {
                costs.insert(Finance::CostReport::typeCode(CostType(t)),
                             fen(g.of(CostType(t))));
            }
            QJsonObject o{{QStringLiteral("key"), g.key},
                          {QStringLiteral("orders"), g.orders},
                          {QStringLiteral("costs"), costs},
                          {QStringLiteral("total"), fen(g.total())}};
            if (g.label != g.key)
                o.insert(QStringLiteral("label"), g.label);
            return o;
        };
        QJsonArray groups;
        for (const Finance::CostGroup &g : report->groups())
            groups.append(groupJson(g));
        QJsonObject o{{QStringLiteral("by"), Finance::CostReport::dimensionCode(*dimension)},
                      {QStringLiteral("groups"), groups},
                      {QStringLiteral("total"), groupJson(total)}};
        if (days[0].isValid())
            o.insert(QStringLiteral("from"), days[0].toString(Qt::ISODate));
        if (days[1].isValid())
            o.insert(QStringLiteral("to"), days[1].toString(Qt::ISODate));
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }

    // Only the types that hold a cost, so that the table fits a terminal.
    QList<CostType> shown;
    for (int t = 0; t < Finance::CostTypeCount; ++t) {
        if (total.of(CostType(t)) != 0)
            shown.append(CostType(t));
    }
    QList<QStringList> table;
    QStringList head{Finance::CostReport::dimensionName(*dimension)};
    for (CostType t : std::as_const(shown))
        head.append(Finance::CostReport::typeName(t));
    head << tr("Total") << tr("Orders");
    table.append(head);
    const auto add = [&](const Finance::CostGroup &g) {
        QStringList row{g.label};
        for (CostType t : std::as_const(shown))
            row.append(fen(g.of(t)));
        row << fen(g.total()) << QString::number(g.orders);
        table.append(row);
    };
    for (const Finance::CostGroup &g : report->groups())
        add(g);
    add(total);
    printTable(table, 1);
    return Ok;
}

int cmdReceipts(const QStringList &args)
{
    Parsed p;
    QCommandLineOption order(QStringLiteral("order"), tr("The order (its number)."),
                             QStringLiteral("NO"));
    p.parser.addOption(order);
    int code = Ok;
    if (!parse(p, args, tr("hearthctl receipts: an order's receipts (收款), what it has paid and "
                           "still owes, and its payment schedule."),
               &code))
        return code;
    if (p.parser.value(order).isEmpty()) {
        err() << tr("hearthctl receipts: give --order NO") << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    const auto found = Orders::OrderRepository::loadByOrderNo(p.parser.value(order));
    if (!found) {
        err() << tr("hearthctl: no order %1").arg(p.parser.value(order)) << "\n";
        return NotFound;
    }
    Storage::Connection &c = Storage::Database::connection();
    const auto refreshed = Finance::PaymentSchedule::refresh(c, found->id);
    const auto receipts = Finance::ReceiptBook::forOrder(c, found->id);
    const auto balance = Finance::ReceiptBook::balance(c, found->id);
    const auto schedule = Finance::PaymentSchedule::forOrder(c, found->id);
    for (const Core::Error *e : {refreshed ? nullptr : &refreshed.error(),
                                 receipts ? nullptr : &receipts.error(),
                                 balance ? nullptr : &balance.error(),
                                 schedule ? nullptr : &schedule.error()}) {
        if (e) {
            err() << tr("hearthctl: %1").arg(e->toString()) << "\n";
            return Failed;
        }
    }

    QList<QStringList> table;
    table.append({tr("Received on"), tr("Kind"), tr("Method"), tr("Fapiao"), tr("Amount")});
    for (const Finance::Receipt &r : receipts.value()) {
        table.append({r.receivedOn.toString(Qt::ISODate), Finance::ReceiptBook::kindTitle(r.kind),
                      Finance::ReceiptBook::methodTitle(r.method), r.fapiaoNo,
                      fen(r.signedFen())});
    }
    printTable(table, 4);
    out() << "\n"
          << tr("Total %1, deposit reported by the channel %2, received %3, refunded %4, "
                "still due %5")
                 .arg(fen(balance->totalFen), fen(balance->importedDepositFen),
                      fen(balance->receivedFen), fen(balance->refundedFen),
                      fen(balance->dueFen()))
          << "\n\n";
    QList<QStringList> plan;
    plan.append({tr("Due on"), tr("Stage"), tr("Amount"), tr("Paid"), tr("Outstanding")});
    for (const Finance::Instalment &i : schedule.value()) {
        plan.append({i.dueOn.isValid() ? i.dueOn.toString(Qt::ISODate) : QStringLiteral("-"),
                     i.stage, fen(i.amountFen), fen(i.paidFen), fen(i.outstandingFen())});
    }
    printTable(plan, 2);
    return Ok;
}

namespace {

QString checkCode(Finance::MonthCheck::Kind kind)
{
    using K = Finance::MonthCheck::Kind;
    switch (kind) {
    case K::PendingCosts:
        return QStringLiteral("pending_costs");
    case K::EstimateOnly:
        return QStringLiteral("estimate_only");
    case K::Receipts:
        return QStringLiteral("receipts");
    case K::DealerStatements:
        return QStringLiteral("dealer_statements");
    case K::Rebates:
        return QStringLiteral("rebates");
    case K::LosingOrders:
        return QStringLiteral("losing_orders");
    }
    return {};
}

QString statusCode(Finance::MonthCheck::Status status)
{
    using S = Finance::MonthCheck::Status;
    return status == S::Ok        ? QStringLiteral("ok")
           : status == S::Warning ? QStringLiteral("warning")
                                  : QStringLiteral("blocking");
}

QString periodCode(Finance::FinancePeriod::Status status)
{
    using S = Finance::FinancePeriod::Status;
    return status == S::Open     ? QStringLiteral("open")
           : status == S::Closed ? QStringLiteral("closed")
                                 : QStringLiteral("reopened");
}

} // namespace

int cmdClose(const QStringList &args)
{
    Parsed p;
    QCommandLineOption month(QStringLiteral("month"), tr("The month, such as 2026-03."),
                             QStringLiteral("YYYY-MM"));
    QCommandLineOption commit(QStringLiteral("commit"), tr("Close the month."));
    QCommandLineOption reopen(QStringLiteral("reopen"), tr("Reopen the month (with --reason)."));
    QCommandLineOption reason(QStringLiteral("reason"), tr("Why the month is reopened."),
                              QStringLiteral("TEXT"));
    QCommandLineOption as(QStringLiteral("as"), tr("Who closes or reopens it."),
                          QStringLiteral("NAME"));
    QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    p.parser.addOptions({month, commit, reopen, reason, as, json});
    int code = Ok;
    if (!parse(p, args, tr("hearthctl close: month close (月结). Without --commit it prints the "
                           "month's checks and figures; --commit closes the month, --reopen "
                           "--reason TEXT reopens it."),
               &code))
        return code;
    const QString m = p.parser.value(month);
    if (!Finance::MonthClose::firstDay(m).isValid()) {
        err() << tr("hearthctl close: give --month YYYY-MM, such as 2026-03") << "\n";
        return Usage;
    }
    if (p.parser.isSet(commit) && p.parser.isSet(reopen)) {
        err() << tr("hearthctl close: --commit and --reopen go one at a time") << "\n";
        return Usage;
    }
    if (p.parser.isSet(reopen) && p.parser.value(reason).trimmed().isEmpty()) {
        err() << tr("hearthctl close: --reopen needs --reason TEXT") << "\n";
        return Usage;
    }
    if (!openDatabase(p, &code, MustExist))
        return code;
    if (p.parser.isSet(as))
        Storage::Database::setCurrentUser(p.parser.value(as));
    Storage::Connection &c = Storage::Database::connection();
    const QString user = Storage::Database::currentUser();

    QString refused;
    QString done;
    if (p.parser.isSet(commit)) {
        const auto closed = Finance::MonthClose::close(c, m, user);
        if (closed)
            done = tr("%1 is closed by %2.").arg(m, user);
        else
            refused = closed.error().message;
    } else if (p.parser.isSet(reopen)) {
        const auto opened = Finance::MonthClose::reopen(c, m, user, p.parser.value(reason));
        if (opened)
            done = tr("%1 is reopened by %2.").arg(m, user);
        else
            refused = opened.error().message;
    }

    const auto period = Finance::MonthClose::period(c, m);
    const auto checks = Finance::MonthClose::checklist(c, m);
    const auto figures = Finance::MonthClose::figures(c, m);
    for (const Core::Error *e : {period ? nullptr : &period.error(),
                                 checks ? nullptr : &checks.error(),
                                 figures ? nullptr : &figures.error()}) {
        if (e) {
            err() << tr("hearthctl: %1").arg(e->toString()) << "\n";
            return Failed;
        }
    }
    const bool closedBefore = !period->id.isEmpty();
    QList<Finance::FigureChange> rows = Finance::MonthClose::entries(*figures);
    if (closedBefore) {
        const auto changes = Finance::MonthClose::changesSinceClose(c, m);
        if (!changes) {
            err() << tr("hearthctl: %1").arg(changes.error().toString()) << "\n";
            return Failed;
        }
        rows = *changes;
    }
    QString why;
    if (!period->isClosed()) {
        const Core::Status closable = Finance::MonthClose::closable(c, m, *checks);
        if (!closable)
            why = closable.error().message;
    }

    if (p.parser.isSet(json)) {
        QJsonArray list;
        for (const Finance::MonthCheck &check : *checks) {
            QJsonArray items;
            for (const Finance::CheckItem &item : check.items) {
                QJsonObject o{{QStringLiteral("text"), item.text}};
                if (!item.orderNo.isEmpty())
                    o.insert(QStringLiteral("order"), item.orderNo);
                if (item.amountFen != 0)
                    o.insert(QStringLiteral("amount"), fen(item.amountFen));
                items.append(o);
            }
            list.append(QJsonObject{{QStringLiteral("check"), checkCode(check.kind)},
                                    {QStringLiteral("status"), statusCode(check.status)},
                                    {QStringLiteral("count"), check.count},
                                    {QStringLiteral("text"), check.text},
                                    {QStringLiteral("items"), items}});
        }
        QJsonObject o{{QStringLiteral("month"), m},
                      {QStringLiteral("status"), periodCode(period->status)},
                      {QStringLiteral("checks"), list},
                      {QStringLiteral("figures"), figures->toJson()},
                      {QStringLiteral("closable"), !period->isClosed() && why.isEmpty()}};
        if (closedBefore) {
            o.insert(QStringLiteral("closed_by"), period->closedBy);
            o.insert(QStringLiteral("closed_at"), period->closedAt);
            QJsonObject changed;
            for (const Finance::FigureChange &f : std::as_const(rows)) {
                if (f.difference() != 0)
                    changed.insert(f.key, f.difference());
            }
            o.insert(QStringLiteral("changes_since_close"), changed);
        }
        if (!why.isEmpty())
            o.insert(QStringLiteral("refusal"), why);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        QString state = Finance::MonthClose::statusTitle(period->status);
        if (period->isClosed()) {
            state = tr("closed by %1 on %2")
                        .arg(period->closedBy, period->closedOn(Finance::CostLedger::siteZone(c))
                                                   .toString(Qt::ISODate));
        } else if (period->status == Finance::FinancePeriod::Status::Reopened) {
            state = tr("reopened by %1: %2").arg(period->reopenedBy, period->reopenReason);
        }
        if (!done.isEmpty())
            out() << done << "\n";
        out() << tr("Month %1: %2").arg(m, state) << "\n\n";
        QList<QStringList> table;
        table.append({tr("Status"), tr("Check"), tr("Finding"), tr("Count")});
        for (const Finance::MonthCheck &check : *checks) {
            table.append({Finance::MonthClose::checkStatusTitle(check.status), check.title,
                          check.text, QString::number(check.count)});
        }
        printTable(table, 3);
        out() << "\n";
        QList<QStringList> numbers;
        QStringList head{tr("Figure"), tr("Now")};
        if (closedBefore)
            head << tr("At close") << tr("Difference");
        numbers.append(head);
        for (const Finance::FigureChange &f : std::as_const(rows)) {
            // The main figures always; a type, method or kind where the month has one.
            const bool main = !f.key.contains(QLatin1Char('.'));
            if (!main && f.now == 0 && f.atClose == 0)
                continue;
            const auto show = [&f](qint64 v) { return f.money ? fen(v) : QString::number(v); };
            QStringList row{f.title, show(f.now)};
            if (closedBefore)
                row << show(f.atClose) << (f.difference() == 0 ? QString() : show(f.difference()));
            numbers.append(row);
        }
        printTable(numbers, 1);
        if (!why.isEmpty() && done.isEmpty() && refused.isEmpty())
            out() << "\n" << why << "\n";
    }
    if (!refused.isEmpty()) {
        err() << tr("hearthctl close: %1").arg(refused) << "\n";
        return Failed;
    }
    return Ok;
}

} // namespace Hearth::Cli
