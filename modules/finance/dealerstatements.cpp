#include "dealerstatements.h"

#include "logging.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/orgunits.h"
#include "writeguard.h"

#include <QJsonObject>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;
using Kind = StatementEntry::Kind;

std::optional<Kind> kindFromCode(const QString &code)
{
    static const std::pair<const char *, Kind> kinds[] = {
        {"order", Kind::Order},     {"deposit", Kind::Deposit}, {"payment", Kind::Payment},
        {"refund", Kind::Refund},   {"rebate", Kind::Rebate}};
    for (const auto &[name, kind] : kinds) {
        if (code == QLatin1String(name))
            return kind;
    }
    return std::nullopt;
}

std::optional<StatementConfirmation> latestConfirmation(Storage::Connection &c,
                                                        const DealerStatement &s)
{
    Storage::Statement q(c.handle(),
                         "SELECT id, confirmed_by, confirmed_on, note, closing_fen, recorded_by "
                         "FROM dealer_statements WHERE dealer_unit_id = ? AND period_from = ? "
                         "AND period_to = ? AND deleted = 0 "
                         "ORDER BY confirmed_on DESC, recorded_at DESC LIMIT 1");
    q.bind(1, s.dealerUnitId).bind(2, s.from.toString(Qt::ISODate));
    q.bind(3, s.to.toString(Qt::ISODate));
    if (!q.next())
        return std::nullopt;
    StatementConfirmation conf;
    conf.id = q.text(0);
    conf.confirmedBy = q.text(1);
    conf.confirmedOn = QDate::fromString(q.text(2), Qt::ISODate);
    conf.note = q.text(3);
    conf.closingFen = q.int64(4);
    conf.recordedBy = q.text(5);
    return conf;
}

} // namespace

Core::Result<DealerStatement> DealerStatements::build(Storage::Connection &c,
                                                      const QString &dealerUnitId, QDate from,
                                                      QDate to)
{
    const QString where = QStringLiteral("dealer_account_entries");
    if (!from.isValid() || !to.isValid() || to < from)
        return Core::Error{tr("a statement's period must end on or after the day it starts"),
                           where};
    const auto unit = Workflow::OrgUnits::find(c, dealerUnitId);
    if (!unit || unit->kind != Workflow::UnitKind::Dealer)
        return Core::Error{tr("no dealer %1").arg(dealerUnitId), QStringLiteral("org_units")};

    DealerStatement s;
    s.dealerUnitId = unit->id;
    s.dealerCode = unit->code;
    s.dealerName = unit->name;
    s.from = from;
    s.to = to;
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);

    Storage::Statement open(c.handle(),
                            "SELECT COALESCE(SUM(amount_fen), 0) FROM dealer_account_entries "
                            "WHERE dealer_unit_id = ? AND entry_on < ?");
    open.bind(1, s.dealerUnitId).bind(2, fromText);
    if (!open.next())
        return Core::Error{open.error(), where};
    s.openingFen = open.int64(0);

    // Within a day: orders first, then money in, then rebates; then by reference.
    Storage::Statement q(c.handle(),
                         "SELECT entry_on, kind, reference, amount_fen FROM dealer_account_entries "
                         "WHERE dealer_unit_id = ? AND entry_on BETWEEN ? AND ? "
                         "ORDER BY entry_on, CASE kind WHEN 'order' THEN 0 WHEN 'deposit' THEN 1 "
                         "WHEN 'payment' THEN 2 WHEN 'refund' THEN 3 ELSE 4 END, reference, "
                         "source_id");
    q.bind(1, s.dealerUnitId).bind(2, fromText).bind(3, toText);
    qint64 running = s.openingFen;
    while (q.next()) {
        StatementEntry e;
        e.on = QDate::fromString(q.text(0), Qt::ISODate);
        e.kind = kindFromCode(q.text(1)).value_or(Kind::Order);
        e.reference = q.text(2);
        e.amountFen = q.int64(3);
        running += e.amountFen;
        e.balanceFen = running;
        switch (e.kind) {
        case Kind::Order:
            s.ordersFen += e.amountFen;
            break;
        case Kind::Deposit:
        case Kind::Payment:
        case Kind::Refund:
            s.paymentsFen -= e.amountFen;
            break;
        case Kind::Rebate:
            s.rebatesFen -= e.amountFen;
            break;
        }
        s.entries.append(e);
    }
    if (q.failed())
        return Core::Error{q.error(), where};
    s.closingFen = running;
    s.confirmation = latestConfirmation(c, s);
    return s;
}

Core::Result<DealerStatement> DealerStatements::buildForCode(Storage::Connection &c,
                                                             const QString &dealerCode,
                                                             QDate from, QDate to)
{
    const auto unit = Workflow::OrgUnits::findByCode(c, dealerCode);
    if (!unit || unit->kind != Workflow::UnitKind::Dealer)
        return Core::Error{tr("no dealer with the code %1").arg(dealerCode),
                           QStringLiteral("org_units")};
    return build(c, unit->id, from, to);
}

Core::Result<StatementConfirmation> DealerStatements::confirm(Storage::Connection &c,
                                                              const DealerStatement &s,
                                                              const QString &confirmedBy,
                                                              QDate confirmedOn,
                                                              const QString &note)
{
    const QString where = QStringLiteral("dealer_statements");
    if (confirmedBy.trimmed().isEmpty())
        return Core::Error{tr("say who at the dealer confirmed the statement"),
                           where + QStringLiteral(".confirmed_by")};
    if (!confirmedOn.isValid())
        return Core::Error{tr("say on which day the dealer confirmed the statement"),
                           where + QStringLiteral(".confirmed_on")};
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};

    StatementConfirmation conf;
    conf.id = WriteGuard::newId();
    conf.confirmedBy = confirmedBy.trimmed();
    conf.confirmedOn = confirmedOn;
    conf.note = note.trimmed();
    conf.closingFen = s.closingFen;
    conf.recordedBy = Storage::Database::currentUser();
    const QString hlc = Storage::Database::clock().now();
    Storage::Statement q(c.handle(),
                         "INSERT INTO dealer_statements(id, hlc, dealer_unit_id, period_from, "
                         "period_to, opening_fen, orders_fen, payments_fen, rebates_fen, "
                         "closing_fen, confirmed_by, confirmed_on, note, recorded_by, "
                         "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, conf.id).bind(2, hlc).bind(3, s.dealerUnitId);
    q.bind(4, s.from.toString(Qt::ISODate)).bind(5, s.to.toString(Qt::ISODate));
    q.bind(6, s.openingFen).bind(7, s.ordersFen).bind(8, s.paymentsFen).bind(9, s.rebatesFen);
    q.bind(10, s.closingFen).bind(11, conf.confirmedBy);
    q.bind(12, confirmedOn.toString(Qt::ISODate));
    q.bind(13, conf.note.isEmpty() ? QString() : conf.note);
    q.bind(14, conf.recordedBy).bind(15, WriteGuard::nowIso());
    if (!q.exec())
        return WriteGuard::dbError(q, "dealer_statements");
    const QJsonObject after{{QStringLiteral("dealer_unit_id"), s.dealerUnitId},
                            {QStringLiteral("period_from"), s.from.toString(Qt::ISODate)},
                            {QStringLiteral("period_to"), s.to.toString(Qt::ISODate)},
                            {QStringLiteral("opening_fen"), s.openingFen},
                            {QStringLiteral("orders_fen"), s.ordersFen},
                            {QStringLiteral("payments_fen"), s.paymentsFen},
                            {QStringLiteral("rebates_fen"), s.rebatesFen},
                            {QStringLiteral("closing_fen"), s.closingFen},
                            {QStringLiteral("confirmed_by"), conf.confirmedBy},
                            {QStringLiteral("confirmed_on"), confirmedOn.toString(Qt::ISODate)}};
    if (Core::Status r = Storage::ChangeLog::record(
            c, {where, conf.id, Storage::ChangeLog::Op::Insert, {}, after, hlc, {}});
        !r) {
        return r.error();
    }
    if (Core::Status r = guard.finish(); !r)
        return r.error();
    qCInfo(lcFinance) << "statement confirmed for dealer unit" << s.dealerUnitId
                      << s.from.toString(Qt::ISODate) << s.to.toString(Qt::ISODate);
    return conf;
}

QString DealerStatements::kindTitle(StatementEntry::Kind kind)
{
    switch (kind) {
    case Kind::Order:
        return tr("Order");
    case Kind::Deposit:
        return tr("Deposit with order");
    case Kind::Payment:
        return tr("Payment");
    case Kind::Refund:
        return tr("Refund");
    case Kind::Rebate:
        return tr("Rebate");
    }
    return {};
}

QString DealerStatements::entryTitle(const StatementEntry &entry)
{
    if (entry.kind == Kind::Rebate && entry.amountFen > 0)
        return tr("Rebate claw-back");
    return kindTitle(entry.kind);
}

} // namespace Hearth::Finance
