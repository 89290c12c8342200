#include "monthclose.h"

#include "core/money.h"
#include "costledger.h"
#include "dealerstatements.h"
#include "logging.h"
#include "marginwatch.h"
#include "profitreport.h"
#include "rebateledger.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;
using Check = MonthCheck;

const QUuid periodNamespace(QStringLiteral("{3b8e2f54-7c1a-4d6e-a0b9-5f2c8d41e7a3}"));

QString yuan(qint64 fen)
{
    return QStringLiteral("¥") + Core::Money(fen).toString();
}

QDate siteToday(Storage::Connection &c)
{
    return QDateTime::currentDateTimeUtc().toTimeZone(CostLedger::siteZone(c)).date();
}

QString badMonthText(const QString &month)
{
    return MonthClose::tr("expected a month such as 2026-03, not \"%1\"").arg(month);
}

Core::Error badMonth(const QString &month)
{
    return Core::Error{badMonthText(month), QStringLiteral("finance_periods.month")};
}

Core::Error readError(Storage::Statement &q, const char *table)
{
    return Core::Error{q.error(), QLatin1String(table)};
}

const char *const selectPeriod =
    "SELECT id, month, status, closed_at, closed_by, COALESCE(reopened_at, ''), "
    "COALESCE(reopened_by, ''), COALESCE(reopen_reason, ''), snapshot FROM finance_periods "
    "WHERE month = ? AND deleted = 0";

FinancePeriod periodFrom(Storage::Statement &q)
{
    FinancePeriod p;
    p.id = q.text(0);
    p.month = q.text(1);
    p.status = q.text(2) == QLatin1String("closed") ? FinancePeriod::Status::Closed
                                                    : FinancePeriod::Status::Reopened;
    p.closedAt = q.text(3);
    p.closedBy = q.text(4);
    p.reopenedAt = q.text(5);
    p.reopenedBy = q.text(6);
    p.reopenReason = q.text(7);
    p.snapshot = MonthFigures::fromJson(QJsonDocument::fromJson(q.text(8).toUtf8()).object());
    return p;
}

QString statusCode(FinancePeriod::Status status)
{
    return status == FinancePeriod::Status::Closed ? QStringLiteral("closed")
                                                   : QStringLiteral("reopened");
}

QJsonObject rowJson(const FinancePeriod &p)
{
    QJsonObject o{{QStringLiteral("month"), p.month},
                  {QStringLiteral("status"), statusCode(p.status)},
                  {QStringLiteral("closed_at"), p.closedAt},
                  {QStringLiteral("closed_by"), p.closedBy},
                  {QStringLiteral("snapshot"),
                   QString::fromUtf8(QJsonDocument(p.snapshot.toJson())
                                         .toJson(QJsonDocument::Compact))}};
    if (!p.reopenedAt.isEmpty()) {
        o.insert(QStringLiteral("reopened_at"), p.reopenedAt);
        o.insert(QStringLiteral("reopened_by"), p.reopenedBy);
        o.insert(QStringLiteral("reopen_reason"), p.reopenReason);
    }
    return o;
}

/// The ids of the orders signed in the month that count (not cancelled, not deleted).
Core::Result<QSet<QString>> ordersOfMonth(Storage::Connection &c, const QString &month)
{
    Storage::Statement q(c.handle(),
                         "SELECT id FROM sales_orders WHERE deleted = 0 AND status <> 'cancelled' "
                         "AND signed_on >= ?1 || '-01' AND signed_on <= ?1 || '-31'");
    q.bind(1, month);
    QSet<QString> ids;
    while (q.next())
        ids.insert(q.text(0));
    if (q.failed())
        return readError(q, "sales_orders");
    return ids;
}

Check pendingCosts(Storage::Connection &c, const Core::Result<int> &gathered)
{
    Check check;
    check.kind = Check::Kind::PendingCosts;
    check.title = MonthClose::tr("Costs gathered");
    if (!gathered) {
        check.status = Check::Status::Blocking;
        check.count = 1;
        check.text = MonthClose::tr("the pending costs could not be gathered: %1")
                         .arg(gathered.error().message);
        return check;
    }
    Storage::Statement q(c.handle(),
                         "SELECT p.order_id, COALESCE(o.order_no, p.order_id) FROM cost_pending p "
                         "LEFT JOIN sales_orders o ON o.id = p.order_id ORDER BY 2");
    while (q.next())
        check.items.append({q.text(0), q.text(1), MonthClose::tr("costs still to gather"), 0});
    check.count = check.items.size();
    check.status = check.count > 0 ? Check::Status::Blocking : Check::Status::Ok;
    check.text = check.count > 0
                     ? MonthClose::tr("%n order(s) still have cost marks pending", nullptr,
                                      int(check.count))
                     : MonthClose::tr("No cost marks are pending");
    return check;
}

Core::Result<Check> estimateOnly(Storage::Connection &c, const QString &month)
{
    Check check;
    check.kind = Check::Kind::EstimateOnly;
    check.title = MonthClose::tr("Orders with actual costs");
    Storage::Statement q(c.handle(),
                         "SELECT o.id, o.order_no, SUM(l.amount_micros) FROM sales_orders o "
                         "JOIN order_lines l ON l.order_id = o.id AND l.deleted = 0 "
                         "WHERE o.deleted = 0 AND o.status <> 'cancelled' "
                         "AND o.parent_order_id IS NULL "
                         "AND o.signed_on >= ?1 || '-01' AND o.signed_on <= ?1 || '-31' "
                         "AND NOT EXISTS (SELECT 1 FROM cost_lines k WHERE k.order_id = o.id "
                         "AND k.deleted = 0) "
                         "GROUP BY o.id HAVING SUM(l.amount_micros) > 0 ORDER BY o.order_no");
    q.bind(1, month);
    while (q.next()) {
        check.items.append({q.text(0), q.text(1), MonthClose::tr("estimate only"),
                            CostLedger::fenFromMicros(q.int64(2))});
    }
    if (q.failed())
        return readError(q, "sales_orders");
    check.count = check.items.size();
    check.status = check.count > 0 ? Check::Status::Warning : Check::Status::Ok;
    check.text = check.count > 0
                     ? MonthClose::tr("%n order(s) with revenue have no actual cost lines: "
                                      "their profit is the estimate only",
                                      nullptr, int(check.count))
                     : MonthClose::tr("Every order of the month with revenue has actual costs");
    return check;
}

Core::Result<Check> receipts(Storage::Connection &c, const QString &month,
                             const MonthFigures &figures)
{
    Check check;
    check.kind = Check::Kind::Receipts;
    check.title = MonthClose::tr("Receipts of the month");
    Storage::Statement q(c.handle(),
                         "SELECT r.order_id, COALESCE(o.order_no, r.order_id), r.kind, r.method, "
                         "r.amount_fen, r.received_on FROM receipts r "
                         "LEFT JOIN sales_orders o ON o.id = r.order_id "
                         "WHERE r.deleted = 0 AND r.received_on >= ?1 || '-01' "
                         "AND r.received_on <= ?1 || '-31' "
                         "ORDER BY r.received_on, 2, r.hlc");
    q.bind(1, month);
    while (q.next()) {
        const ReceiptKind kind = ReceiptBook::kindFromCode(q.text(2)).value_or(
            ReceiptKind::Balance);
        const PaymentMethod method = ReceiptBook::methodFromCode(q.text(3)).value_or(
            PaymentMethod::BankTransfer);
        const qint64 fen = kind == ReceiptKind::Refund ? -q.int64(4) : q.int64(4);
        check.items.append({q.text(0), q.text(1),
                            QStringLiteral("%1 %2 · %3")
                                .arg(q.text(5), ReceiptBook::kindTitle(kind),
                                     ReceiptBook::methodTitle(method)),
                            fen});
    }
    if (q.failed())
        return readError(q, "receipts");
    check.count = check.items.size();
    if (check.count == 0) {
        check.text = MonthClose::tr("No receipts in the month");
        return check;
    }
    QStringList methods;
    for (int m = 0; m < PaymentMethodCount; ++m) {
        if (figures.receivedByMethodFen[size_t(m)] != 0) {
            methods.append(QStringLiteral("%1 %2").arg(
                ReceiptBook::methodTitle(PaymentMethod(m)),
                yuan(figures.receivedByMethodFen[size_t(m)])));
        }
    }
    QStringList kinds;
    for (int k = 0; k < ReceiptKindCount; ++k) {
        if (figures.receivedByKindFen[size_t(k)] != 0) {
            kinds.append(QStringLiteral("%1 %2").arg(ReceiptBook::kindTitle(ReceiptKind(k)),
                                                     yuan(figures.receivedByKindFen[size_t(k)])));
        }
    }
    check.text = MonthClose::tr("%n receipt(s), %1 net: %2; %3", nullptr, int(check.count))
                     .arg(yuan(figures.receivedNetFen()), methods.join(QStringLiteral(", ")),
                          kinds.join(QStringLiteral(", ")));
    return check;
}

Core::Result<Check> dealerStatements(Storage::Connection &c, const QString &month)
{
    Check check;
    check.kind = Check::Kind::DealerStatements;
    check.title = MonthClose::tr("Dealer statements confirmed");
    const QDate first = MonthClose::firstDay(month);
    const QString from = first.toString(Qt::ISODate);
    const QString to = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    Storage::Statement units(c.handle(),
                             "SELECT DISTINCT e.dealer_unit_id, u.code, u.name "
                             "FROM dealer_account_entries e "
                             "JOIN org_units u ON u.id = e.dealer_unit_id "
                             "WHERE e.entry_on BETWEEN ? AND ? ORDER BY u.code");
    units.bind(1, from).bind(2, to);
    struct Unit
    {
        QString id, code, name;
    };
    QList<Unit> list;
    while (units.next())
        list.append({units.text(0), units.text(1), units.text(2)});
    if (units.failed())
        return readError(units, "dealer_account_entries");

    for (const Unit &u : std::as_const(list)) {
        Storage::Statement conf(c.handle(),
                                "SELECT period_from, period_to FROM dealer_statements "
                                "WHERE dealer_unit_id = ? AND deleted = 0 AND period_from <= ? "
                                "AND period_to >= ? ORDER BY confirmed_on DESC, "
                                "recorded_at DESC LIMIT 1");
        conf.bind(1, u.id).bind(2, from).bind(3, to);
        QString why;
        if (conf.next()) {
            const auto s = DealerStatements::build(
                c, u.id, QDate::fromString(conf.text(0), Qt::ISODate),
                QDate::fromString(conf.text(1), Qt::ISODate));
            if (!s)
                return s.error();
            if (!s->changedSinceConfirmation())
                continue;
            why = MonthClose::tr("%1 %2: the statement changed after the dealer confirmed it")
                      .arg(u.code, u.name);
        } else if (conf.failed()) {
            return readError(conf, "dealer_statements");
        } else {
            why = MonthClose::tr("%1 %2: no confirmed statement covers %3")
                      .arg(u.code, u.name, month);
        }
        ++check.count;
        Storage::Statement orders(c.handle(),
                                  "SELECT DISTINCT e.order_id, e.reference "
                                  "FROM dealer_account_entries e WHERE e.dealer_unit_id = ? "
                                  "AND e.entry_on BETWEEN ? AND ? AND e.order_id IS NOT NULL "
                                  "ORDER BY e.reference");
        orders.bind(1, u.id).bind(2, from).bind(3, to);
        bool any = false;
        while (orders.next()) {
            check.items.append({orders.text(0), orders.text(1), why, 0});
            any = true;
        }
        if (orders.failed())
            return readError(orders, "dealer_account_entries");
        if (!any)
            check.items.append({QString(), QString(), why, 0});
    }
    check.status = check.count > 0 ? Check::Status::Blocking : Check::Status::Ok;
    if (check.count > 0) {
        check.text = MonthClose::tr("%n dealer(s) with entries in the month have no confirmed "
                                    "statement covering it as it stands",
                                    nullptr, int(check.count));
    } else if (list.isEmpty()) {
        check.text = MonthClose::tr("No dealer has entries in the month");
    } else {
        check.text = MonthClose::tr("Every dealer with entries in the month confirmed its "
                                    "statement");
    }
    return check;
}

Core::Result<Check> rebates(Storage::Connection &c, const QString &month)
{
    Check check;
    check.kind = Check::Kind::Rebates;
    check.title = MonthClose::tr("Rebates settled");
    const QDate last = MonthClose::firstDay(month).addMonths(1).addDays(-1);
    Storage::Statement units(c.handle(), "SELECT id, code || ' ' || name FROM org_units "
                                         "WHERE kind = 'dealer' AND deleted = 0 ORDER BY code");
    QList<std::pair<QString, QString>> list;
    while (units.next())
        list.append({units.text(0), units.text(1)});
    if (units.failed())
        return readError(units, "org_units");
    using State = RebatePeriodStatus::State;
    for (const auto &[id, code] : std::as_const(list)) {
        const auto periods = RebateLedger::status(c, id, last);
        if (!periods)
            return periods.error();
        for (const RebatePeriodStatus &p : *periods) {
            const State state = p.state();
            if (p.to > last || (state != State::Settle && state != State::ClawBack))
                continue;
            check.items.append({QString(), QString(),
                                QStringLiteral("%1 %2 %3 – %4: %5")
                                    .arg(code, p.policy.code, p.from.toString(Qt::ISODate),
                                         p.to.toString(Qt::ISODate),
                                         RebateLedger::stateTitle(state)),
                                p.dueFen()});
        }
    }
    check.count = check.items.size();
    check.status = check.count > 0 ? Check::Status::Blocking : Check::Status::Ok;
    check.text = check.count > 0
                     ? MonthClose::tr("%n rebate period(s) ended by the month's end are still "
                                      "to settle or to claw back",
                                      nullptr, int(check.count))
                     : MonthClose::tr("No rebate period ended by the month's end is left to "
                                      "settle");
    return check;
}

Core::Result<Check> losingOrders(Storage::Connection &c, const QString &month)
{
    Check check;
    check.kind = Check::Kind::LosingOrders;
    check.title = MonthClose::tr("Orders losing money");
    const auto ids = ordersOfMonth(c, month);
    if (!ids)
        return ids.error();
    const auto rows = MarginWatch::below(c, Core::Decimal());
    if (!rows)
        return rows.error();
    for (const MarginRow &r : *rows) {
        if (r.profitFen() < 0 && ids->contains(r.orderId))
            check.items.append({r.orderId, r.orderNo, r.customer, r.profitFen()});
    }
    std::sort(check.items.begin(), check.items.end(),
              [](const CheckItem &a, const CheckItem &b) { return a.orderNo < b.orderNo; });
    check.count = check.items.size();
    check.status = check.count > 0 ? Check::Status::Warning : Check::Status::Ok;
    check.text = check.count > 0 ? MonthClose::tr("%n order(s) of the month lose money", nullptr,
                                                  int(check.count))
                                 : MonthClose::tr("No order of the month loses money");
    return check;
}

Core::Status writePeriod(Storage::Connection &c, const FinancePeriod &p, bool insert,
                         const QJsonObject &before, const QString &reason)
{
    const QString now = WriteGuard::nowIso();
    const QString hlc = Storage::Database::clock().now();
    const QString snapshot = QString::fromUtf8(
        QJsonDocument(p.snapshot.toJson()).toJson(QJsonDocument::Compact));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    Storage::Statement q(c.handle(),
                         insert ? "INSERT INTO finance_periods(hlc, status, closed_at, closed_by, "
                                  "reopened_at, reopened_by, reopen_reason, snapshot, updated_at, "
                                  "id, month, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                : "UPDATE finance_periods SET hlc = ?, status = ?, closed_at = ?, "
                                  "closed_by = ?, reopened_at = ?, reopened_by = ?, "
                                  "reopen_reason = ?, snapshot = ?, updated_at = ? WHERE id = ?");
    q.bind(1, hlc).bind(2, statusCode(p.status)).bind(3, p.closedAt).bind(4, p.closedBy);
    q.bind(5, orNull(p.reopenedAt)).bind(6, orNull(p.reopenedBy));
    q.bind(7, orNull(p.reopenReason)).bind(8, snapshot).bind(9, now).bind(10, p.id);
    if (insert)
        q.bind(11, p.month).bind(12, now);
    if (!q.exec())
        return WriteGuard::dbError(q, "finance_periods");
    QJsonObject after = rowJson(p);
    after.insert(QStringLiteral("updated_at"), now);
    if (insert)
        after.insert(QStringLiteral("created_at"), now);
    return Storage::ChangeLog::record(
        c, {QStringLiteral("finance_periods"), p.id,
            insert ? Storage::ChangeLog::Op::Insert : Storage::ChangeLog::Op::Update, before,
            after, hlc, reason});
}

} // namespace

qint64 MonthFigures::receivedNetFen() const
{
    qint64 sum = 0;
    for (qint64 f : receivedByMethodFen)
        sum += f;
    return sum;
}

QJsonObject MonthFigures::toJson() const
{
    QJsonObject types;
    for (int t = 0; t < CostTypeCount; ++t)
        types.insert(CostReport::typeCode(CostType(t)), costByTypeFen[size_t(t)]);
    QJsonObject methods;
    for (int m = 0; m < PaymentMethodCount; ++m)
        methods.insert(ReceiptBook::methodCode(PaymentMethod(m)), receivedByMethodFen[size_t(m)]);
    QJsonObject kinds;
    for (int k = 0; k < ReceiptKindCount; ++k)
        kinds.insert(ReceiptBook::kindCode(ReceiptKind(k)), receivedByKindFen[size_t(k)]);
    return {{QStringLiteral("month"), month},
            {QStringLiteral("orders"), orders},
            {QStringLiteral("revenue_fen"), revenueFen},
            {QStringLiteral("cost_fen"), costFen},
            {QStringLiteral("profit_fen"), profitFen},
            {QStringLiteral("ledger_cost_fen"), ledgerCostFen},
            {QStringLiteral("cost_by_type_fen"), types},
            {QStringLiteral("received_by_method_fen"), methods},
            {QStringLiteral("received_by_kind_fen"), kinds},
            {QStringLiteral("received_net_fen"), receivedNetFen()},
            {QStringLiteral("receipts"), receipts}};
}

MonthFigures MonthFigures::fromJson(const QJsonObject &o)
{
    const auto fen = [](const QJsonValue &v) { return v.toInteger(); };
    MonthFigures f;
    f.month = o.value(QStringLiteral("month")).toString();
    f.orders = fen(o.value(QStringLiteral("orders")));
    f.revenueFen = fen(o.value(QStringLiteral("revenue_fen")));
    f.costFen = fen(o.value(QStringLiteral("cost_fen")));
    f.profitFen = fen(o.value(QStringLiteral("profit_fen")));
    f.ledgerCostFen = fen(o.value(QStringLiteral("ledger_cost_fen")));
    const QJsonObject types = o.value(QStringLiteral("cost_by_type_fen")).toObject();
    for (int t = 0; t < CostTypeCount; ++t)
        f.costByTypeFen[size_t(t)] = fen(types.value(CostReport::typeCode(CostType(t))));
    const QJsonObject methods = o.value(QStringLiteral("received_by_method_fen")).toObject();
    for (int m = 0; m < PaymentMethodCount; ++m) {
        f.receivedByMethodFen[size_t(m)] =
            fen(methods.value(ReceiptBook::methodCode(PaymentMethod(m))));
    }
    const QJsonObject kinds = o.value(QStringLiteral("received_by_kind_fen")).toObject();
    for (int k = 0; k < ReceiptKindCount; ++k)
        f.receivedByKindFen[size_t(k)] = fen(kinds.value(ReceiptBook::kindCode(ReceiptKind(k))));
    f.receipts = fen(o.value(QStringLiteral("receipts")));
    return f;
}

QDate FinancePeriod::closedOn(const QTimeZone &zone) const
{
    return QDateTime::fromString(closedAt, Qt::ISODateWithMs).toTimeZone(zone).date();
}

QDate MonthClose::firstDay(const QString &month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(month);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
}

QString MonthClose::monthOf(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM"));
}

QString MonthClose::periodId(const QString &month)
{
    return QUuid::createUuidV5(periodNamespace, QStringLiteral("finance_periods:") + month)
        .toString(QUuid::WithoutBraces);
}

QString MonthClose::statusTitle(FinancePeriod::Status status)
{
    switch (status) {
    case FinancePeriod::Status::Open:
        return tr("Open");
    case FinancePeriod::Status::Closed:
        return tr("Closed");
    case FinancePeriod::Status::Reopened:
        return tr("Reopened");
    }
    return {};
}

QString MonthClose::checkStatusTitle(MonthCheck::Status status)
{
    switch (status) {
    case MonthCheck::Status::Ok:
        return tr("OK");
    case MonthCheck::Status::Warning:
        return tr("Warning");
    case MonthCheck::Status::Blocking:
        return tr("Blocking");
    }
    return {};
}

Core::Result<QList<MonthCheck>> MonthClose::checklist(Storage::Connection &c,
                                                      const QString &month)
{
    if (!firstDay(month).isValid())
        return badMonth(month);
    const Core::Result<int> gathered = CostLedger::gatherPending(c);
    QList<MonthCheck> checks{pendingCosts(c, gathered)};
    const auto numbers = figures(c, month);
    if (!numbers)
        return numbers.error();
    for (const auto &check : {estimateOnly(c, month), receipts(c, month, *numbers),
                              dealerStatements(c, month), rebates(c, month),
                              losingOrders(c, month)}) {
        if (!check)
            return check.error();
        checks.append(*check);
    }
    return checks;
}

Core::Result<MonthFigures> MonthClose::figures(Storage::Connection &c, const QString &month)
{
    if (!firstDay(month).isValid())
        return badMonth(month);
    MonthFigures f;
    f.month = month;
    const auto row = ProfitReport::month(c, month);
    if (!row)
        return row.error();
    f.orders = row->orders;
    f.revenueFen = row->revenueFen();
    f.costFen = row->costFen();
    f.profitFen = row->profitFen();
    f.ledgerCostFen = row->ledgerCostFen;

    Storage::Statement cost(c.handle(),
                            "SELECT k.kind, SUM(k.amount_fen) FROM sales_orders o "
                            "CROSS JOIN cost_lines k ON k.order_id = o.id "
                            "WHERE k.deleted = 0 AND o.deleted = 0 AND o.status <> 'cancelled' "
                            "AND o.signed_on >= ?1 || '-01' AND o.signed_on <= ?1 || '-31' "
                            "GROUP BY k.kind");
    cost.bind(1, month);
    while (cost.next()) {
        const CostType type = CostReport::typeOf(
            CostLine::kindFromCode(cost.text(0)).value_or(CostKind::Other));
        f.costByTypeFen[size_t(type)] += cost.int64(1);
    }
    if (cost.failed())
        return readError(cost, "cost_lines");

    Storage::Statement money(c.handle(),
                             "SELECT method, kind, SUM(amount_fen), COUNT(*) FROM receipts "
                             "WHERE deleted = 0 AND received_on >= ?1 || '-01' "
                             "AND received_on <= ?1 || '-31' "
                             "GROUP BY method, kind");
    money.bind(1, month);
    while (money.next()) {
        const auto method = ReceiptBook::methodFromCode(money.text(0));
        const auto kind = ReceiptBook::kindFromCode(money.text(1));
        if (!method || !kind)
            continue;  // the table's CHECK keeps other codes out
        const qint64 fen = money.int64(2);
        f.receivedByMethodFen[size_t(*method)] += *kind == ReceiptKind::Refund ? -fen : fen;
        f.receivedByKindFen[size_t(*kind)] += fen;
        f.receipts += money.int64(3);
    }
    if (money.failed())
        return readError(money, "receipts");
    return f;
}

Core::Result<FinancePeriod> MonthClose::period(Storage::Connection &c, const QString &month)
{
    if (!firstDay(month).isValid())
        return badMonth(month);
    Storage::Statement q(c.handle(), selectPeriod);
    q.bind(1, month);
    if (q.next())
        return periodFrom(q);
    if (q.failed())
        return readError(q, "finance_periods");
    FinancePeriod p;
    p.month = month;
    return p;
}

std::optional<FinancePeriod> MonthClose::closedPeriodOn(Storage::Connection &c, QDate day)
{
    if (!day.isValid())
        return std::nullopt;
    Storage::Statement q(c.handle(), selectPeriod);
    q.bind(1, monthOf(day));
    if (q.next()) {
        FinancePeriod p = periodFrom(q);
        if (p.isClosed())
            return p;
    }
    return std::nullopt;
}

Core::Status MonthClose::closable(Storage::Connection &c, const QString &month,
                                  const QList<MonthCheck> &checks, QDate today)
{
    const QDate first = firstDay(month);
    if (!first.isValid())
        return badMonth(month);
    const QString where = QStringLiteral("finance_periods");
    if (!today.isValid())
        today = siteToday(c);
    if (first.addMonths(1) > today) {
        return Core::Error{tr("%1 has not ended yet: it can be closed from %2")
                               .arg(month, first.addMonths(1).toString(Qt::ISODate)),
                           where};
    }
    const auto current = period(c, month);
    if (!current)
        return current.error();
    if (current->isClosed()) {
        return Core::Error{tr("%1 is already closed (by %2 on %3)")
                               .arg(month, current->closedBy,
                                    current->closedOn(CostLedger::siteZone(c))
                                        .toString(Qt::ISODate)),
                           where};
    }

    // Once the books are closed from some month on, the months after it close in order.
    Storage::Statement open(c.handle(),
                            "WITH active(m) AS ("
                            " SELECT substr(signed_on, 1, 7) FROM sales_orders WHERE deleted = 0"
                            " AND status <> 'cancelled' AND signed_on IS NOT NULL"
                            " UNION SELECT substr(received_on, 1, 7) FROM receipts"
                            " WHERE deleted = 0) "
                            "SELECT m FROM active WHERE m < ?1 AND m >= (SELECT MIN(month) "
                            "FROM finance_periods WHERE deleted = 0) AND m NOT IN (SELECT month "
                            "FROM finance_periods WHERE deleted = 0 AND status = 'closed') "
                            "ORDER BY m LIMIT 1");
    open.bind(1, month);
    if (open.next()) {
        return Core::Error{tr("close %1 first: months close in order, and %1 has orders or "
                              "receipts and is still open")
                               .arg(open.text(0)),
                           where};
    }
    if (open.failed())
        return readError(open, "finance_periods");

    QStringList blocking;
    for (const MonthCheck &check : checks) {
        if (check.status == MonthCheck::Status::Blocking)
            blocking.append(check.text);
    }
    if (!blocking.isEmpty()) {
        return Core::Error{tr("%1 cannot be closed yet: %2")
                               .arg(month, blocking.join(QStringLiteral("; "))),
                           where};
    }
    return {};
}

Core::Result<FinancePeriod> MonthClose::close(Storage::Connection &c, const QString &month,
                                              const QString &user, QDate today)
{
    const auto checks = checklist(c, month);
    if (!checks)
        return checks.error();
    if (Core::Status s = closable(c, month, *checks, today); !s)
        return s.error();
    const auto numbers = figures(c, month);
    if (!numbers)
        return numbers.error();

    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"),
                           QStringLiteral("finance_periods")};
    const auto before = period(c, month);
    if (!before)
        return before.error();
    FinancePeriod p = *before;
    const bool insert = p.id.isEmpty();
    p.id = periodId(month);
    p.status = FinancePeriod::Status::Closed;
    p.closedAt = WriteGuard::nowIso();
    p.closedBy = user.isEmpty() ? Storage::Database::currentUser() : user;
    p.snapshot = *numbers;
    if (Core::Status s = writePeriod(c, p, insert, insert ? QJsonObject() : rowJson(*before),
                                     QString());
        !s) {
        return s.error();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    qCInfo(lcFinance) << "month" << month << "closed";
    return p;
}

Core::Result<FinancePeriod> MonthClose::reopen(Storage::Connection &c, const QString &month,
                                               const QString &user, const QString &reason)
{
    const QString where = QStringLiteral("finance_periods");
    if (!firstDay(month).isValid())
        return badMonth(month);
    if (reason.trimmed().isEmpty())
        return Core::Error{tr("say why %1 is reopened").arg(month),
                           where + QStringLiteral(".reopen_reason")};
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};
    const auto before = period(c, month);
    if (!before)
        return before.error();
    if (!before->isClosed())
        return Core::Error{tr("%1 is not closed").arg(month), where};
    FinancePeriod p = *before;
    p.status = FinancePeriod::Status::Reopened;
    p.reopenedAt = WriteGuard::nowIso();
    p.reopenedBy = user.isEmpty() ? Storage::Database::currentUser() : user;
    p.reopenReason = reason.trimmed();
    if (Core::Status s = writePeriod(c, p, false, rowJson(*before), p.reopenReason); !s)
        return s.error();
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    qCInfo(lcFinance) << "month" << month << "reopened";
    return p;
}

Core::Result<QList<FigureChange>> MonthClose::changesSinceClose(Storage::Connection &c,
                                                                const QString &month)
{
    const auto p = period(c, month);
    if (!p)
        return p.error();
    if (p->id.isEmpty())
        return Core::Error{tr("%1 was never closed").arg(month), QStringLiteral("finance_periods")};
    const auto now = figures(c, month);
    if (!now)
        return now.error();
    QList<FigureChange> out = entries(p->snapshot);
    const QList<FigureChange> current = entries(*now);
    for (qsizetype i = 0; i < out.size(); ++i) {
        out[i].atClose = out.at(i).now;
        out[i].now = current.at(i).now;
    }
    return out;
}

QList<FigureChange> MonthClose::entries(const MonthFigures &f)
{
    QList<FigureChange> out{
        {QStringLiteral("orders"), tr("Orders"), false, 0, f.orders},
        {QStringLiteral("revenue"), tr("Revenue"), true, 0, f.revenueFen},
        {QStringLiteral("cost"), tr("Cost"), true, 0, f.costFen},
        {QStringLiteral("profit"), tr("Profit"), true, 0, f.profitFen},
    };
    for (int t = 0; t < CostTypeCount; ++t) {
        out.append({QStringLiteral("cost.") + CostReport::typeCode(CostType(t)),
                    tr("Cost: %1").arg(CostReport::typeName(CostType(t))), true, 0,
                    f.costByTypeFen[size_t(t)]});
    }
    out.append({QStringLiteral("cost.lines"), tr("Cost: imported lines' own cost"), true, 0,
                f.lineCostFen()});
    out.append({QStringLiteral("receipts"), tr("Receipts"), false, 0, f.receipts});
    for (int m = 0; m < PaymentMethodCount; ++m) {
        out.append({QStringLiteral("received.") + ReceiptBook::methodCode(PaymentMethod(m)),
                    tr("Received: %1").arg(ReceiptBook::methodTitle(PaymentMethod(m))), true, 0,
                    f.receivedByMethodFen[size_t(m)]});
    }
    for (int k = 0; k < ReceiptKindCount; ++k) {
        out.append({QStringLiteral("received.") + ReceiptBook::kindCode(ReceiptKind(k)),
                    tr("Received: %1").arg(ReceiptBook::kindTitle(ReceiptKind(k))), true, 0,
                    f.receivedByKindFen[size_t(k)]});
    }
    out.append({QStringLiteral("received"), tr("Received, net of refunds"), true, 0,
                f.receivedNetFen()});
    return out;
}

} // namespace Hearth::Finance
