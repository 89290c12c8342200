#include "financecommands.h"

#include "cliutil.h"
#include "commands.h"
#include "core/money.h"
#include "finance/costledger.h"
#include "finance/costreport.h"
#include "finance/costworkbook.h"
#include "finance/paymentschedule.h"
#include "finance/profitreport.h"
#include "finance/receiptbook.h"
#include "orders/orderrepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
                          tr("Cost by type and product_line, channel, dealer, designer, month or "
                             "charged_to (who a re-make is charged to; \"type,channel\" reads "
                             "the same as \"channel\")."),
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
    QStringList parts = p.parser.value(by).split(QLatin1Char(','), Qt::SkipEmptyParts);
    parts.removeAll(QStringLiteral("type"));
    const auto dimension = parts.size() == 1
                               ? Finance::CostReport::dimensionFromCode(parts.first().trimmed())
                               : std::nullopt;
    if (!dimension) {
        err() << tr("hearthctl costs: --by takes type and one of product_line, channel, dealer, "
                    "designer, month or charged_to, not \"%1\"")
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

} // namespace Hearth::Cli
