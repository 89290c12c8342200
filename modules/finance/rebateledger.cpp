#include "rebateledger.h"

#include "core/money.h"
#include "finance/rebatepolicies.h"
#include "finance/taxcalculator.h"
#include "logging.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QJsonObject>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;

constexpr char selectSettlements[] =
    "SELECT id, dealer_unit_id, policy_id, period_from, period_to, volume_fen, earned_fen, "
    "amount_fen, settled_on, idempotency_key FROM rebate_settlements WHERE deleted = 0 ";

RebateSettlement settlementFrom(Storage::Statement &q)
{
    RebateSettlement s;
    s.id = q.text(0);
    s.dealerUnitId = q.text(1);
    s.policyId = q.text(2);
    s.periodFrom = QDate::fromString(q.text(3), Qt::ISODate);
    s.periodTo = QDate::fromString(q.text(4), Qt::ISODate);
    s.volumeFen = q.int64(5);
    s.earnedFen = q.int64(6);
    s.amountFen = q.int64(7);
    s.settledOn = QDate::fromString(q.text(8), Qt::ISODate);
    s.idempotencyKey = q.text(9);
    return s;
}

QJsonObject toJson(const RebateSettlement &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("dealer_unit_id"), s.dealerUnitId},
            {QStringLiteral("policy_id"), s.policyId},
            {QStringLiteral("period_from"), s.periodFrom.toString(Qt::ISODate)},
            {QStringLiteral("period_to"), s.periodTo.toString(Qt::ISODate)},
            {QStringLiteral("volume_fen"), s.volumeFen},
            {QStringLiteral("earned_fen"), s.earnedFen},
            {QStringLiteral("amount_fen"), s.amountFen},
            {QStringLiteral("settled_on"), s.settledOn.toString(Qt::ISODate)},
            {QStringLiteral("idempotency_key"), s.idempotencyKey}};
}

/// The volume of the dealer's orders signed from..to on the policy's basis (see RebateLedger).
Core::Result<qint64> volumeFen(Storage::Connection &c, const QString &dealerUnitId,
                               const RebatePolicy &policy, QDate from, QDate to)
{
    const QString where = QStringLiteral("dealer_account_entries");
    if (policy.basis == RebatePolicy::Basis::WithTax) {
        Storage::Statement v(c.handle(),
                             "SELECT COALESCE(SUM(amount_fen), 0) FROM dealer_account_entries "
                             "WHERE dealer_unit_id = ? AND kind = 'order' "
                             "AND entry_on BETWEEN ? AND ?");
        v.bind(1, dealerUnitId).bind(2, from.toString(Qt::ISODate));
        v.bind(3, to.toString(Qt::ISODate));
        if (!v.next())
            return Core::Error{v.error(), where};
        return v.int64(0);
    }

    Storage::Statement q(c.handle(),
                         "SELECT e.amount_fen, d.prices_include_tax, d.vat_rate_micros, "
                         "d.tax_rounding, d.net_fen, d.gross_fen "
                         "FROM dealer_account_entries e "
                         "LEFT JOIN tax_documents d ON d.id = ("
                         "  SELECT t.id FROM tax_documents t "
                         "  WHERE t.order_id = e.order_id AND t.deleted = 0 "
                         "  ORDER BY t.kind = 'invoice' DESC, t.issued_at DESC, t.doc_no DESC "
                         "  LIMIT 1) "
                         "WHERE e.dealer_unit_id = ? AND e.kind = 'order' "
                         "AND e.entry_on BETWEEN ? AND ?");
    q.bind(1, dealerUnitId).bind(2, from.toString(Qt::ISODate));
    q.bind(3, to.toString(Qt::ISODate));
    std::optional<TaxPolicy> company;
    qint64 sum = 0;
    while (q.next()) {
        const qint64 amount = q.int64(0);
        TaxPolicy rule;
        if (!q.isNull(1)) {
            rule.pricesIncludeTax = q.int64(1) != 0;
            rule.rate = Core::Decimal::fromMicros(q.int64(2));
            rule.rounding = TaxPolicy::roundingFromCode(q.text(3)).value_or(TaxRounding::PerLine);
            const qint64 net = q.int64(4);
            const qint64 gross = q.int64(5);
            // The document's own figure while it still shows the order's total.
            if ((rule.pricesIncludeTax ? gross : net) == amount) {
                sum += net;
                continue;
            }
        } else {
            if (!company) {
                const auto loaded = TaxPolicy::load(c);
                if (!loaded)
                    return loaded.error();
                company = *loaded;
            }
            rule = *company;
        }
        const auto taxed = TaxCalculator::compute({amount}, rule);
        if (!taxed)
            return taxed.error();
        sum += taxed->netFen;
    }
    if (q.failed())
        return Core::Error{q.error(), where};
    return sum;
}

} // namespace

RebatePeriodStatus::State RebatePeriodStatus::state() const
{
    if (dueFen() > 0)
        return State::Settle;
    if (dueFen() < 0)
        return State::ClawBack;
    return settledFen != 0 ? State::Settled : State::NothingEarned;
}

Core::Result<RebatePeriodStatus> RebateLedger::periodStatus(Storage::Connection &c,
                                                            const QString &dealerUnitId,
                                                            const RebatePolicy &policy, QDate day)
{
    RebatePeriodStatus st;
    st.policy = policy;
    for (const auto &[from, to] : policy.periods()) {
        if (from <= day && day <= to) {
            st.from = from;
            st.to = to;
        }
    }
    if (!st.from.isValid()) {
        return Core::Error{tr("%1 is outside the policy %2 (%3 to %4)")
                               .arg(day.toString(Qt::ISODate), policy.code,
                                    policy.startsOn.toString(Qt::ISODate),
                                    policy.endsOn.toString(Qt::ISODate)),
                           QStringLiteral("rebate_policies")};
    }
    const auto volume = volumeFen(c, dealerUnitId, policy, st.from, st.to);
    if (!volume)
        return volume.error();
    st.volumeFen = *volume;

    Storage::Statement s(c.handle(),
                         "SELECT COALESCE(SUM(amount_fen), 0), COUNT(*) FROM rebate_settlements "
                         "WHERE dealer_unit_id = ? AND policy_id = ? AND period_from = ? "
                         "AND deleted = 0");
    s.bind(1, dealerUnitId).bind(2, policy.id).bind(3, st.from.toString(Qt::ISODate));
    if (!s.next())
        return Core::Error{s.error(), QStringLiteral("rebate_settlements")};
    st.settledFen = s.int64(0);
    st.settlementCount = int(s.int64(1));

    st.earnedFen = policy.earnedFen(st.volumeFen);
    if (const auto tier = policy.tierReached(st.volumeFen))
        st.rateMicros = tier->rateMicros;
    if (const auto next = policy.nextTier(st.volumeFen)) {
        st.hasNextTier = true;
        st.nextThresholdFen = next->thresholdFen;
        st.nextRateMicros = next->rateMicros;
    }
    return st;
}

Core::Result<QList<RebatePeriodStatus>> RebateLedger::status(Storage::Connection &c,
                                                            const QString &dealerUnitId,
                                                            QDate asOf)
{
    const auto policies = RebatePolicies::forDealer(c, dealerUnitId);
    if (!policies)
        return policies.error();
    QList<RebatePeriodStatus> out;
    for (const RebatePolicy &p : *policies) {
        for (const auto &period : p.periods()) {
            if (period.first > asOf)
                break;
            const auto st = periodStatus(c, dealerUnitId, p, period.first);
            if (!st)
                return st.error();
            out.append(*st);
        }
    }
    return out;
}

Core::Result<RebateSettlement> RebateLedger::settle(Storage::Connection &c,
                                                    const QString &dealerUnitId,
                                                    const QString &policyId, QDate periodDay,
                                                    QDate settledOn,
                                                    const QString &idempotencyKey)
{
    const QString where = QStringLiteral("rebate_settlements");
    if (idempotencyKey.trimmed().isEmpty())
        return Core::Error{tr("a settlement needs its idempotency key, so that settling twice "
                              "pays once"),
                           where + QStringLiteral(".idempotency_key")};
    if (!settledOn.isValid())
        return Core::Error{tr("a settlement needs the day it is paid"),
                           where + QStringLiteral(".settled_on")};
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"), where};

    {
        static const QByteArray sql = QByteArray(selectSettlements) + "AND idempotency_key = ?";
        Storage::Statement q(c.handle(), sql.constData());
        q.bind(1, idempotencyKey);
        if (q.next()) {
            const RebateSettlement seen = settlementFrom(q);
            if (seen.dealerUnitId != dealerUnitId || seen.policyId != policyId)
                return Core::Error{tr("the key %1 was already used for another settlement")
                                       .arg(idempotencyKey),
                                   where + QStringLiteral(".idempotency_key")};
            return seen;
        }
    }

    const auto policy = RebatePolicies::find(c, policyId);
    if (!policy)
        return Core::Error{tr("no rebate policy %1").arg(policyId), where};
    if (!policy->dealerUnitId.isEmpty() && policy->dealerUnitId != dealerUnitId)
        return Core::Error{tr("the policy %1 is not this dealer's").arg(policy->code), where};
    const auto st = periodStatus(c, dealerUnitId, *policy, periodDay);
    if (!st)
        return st.error();

    RebateSettlement s;
    s.dealerUnitId = dealerUnitId;
    s.policyId = policyId;
    s.periodFrom = st->from;
    s.periodTo = st->to;
    s.volumeFen = st->volumeFen;
    s.earnedFen = st->earnedFen;
    s.settledOn = settledOn;
    s.idempotencyKey = idempotencyKey;
    if (st->dueFen() == 0)
        return s;  // settled as earned: no row of nothing
    s.amountFen = st->dueFen();  // below 0: the claw-back of what was paid too much
    s.id = WriteGuard::newId();

    const QString hlc = Storage::Database::clock().now();
    Storage::Statement q(c.handle(),
                         "INSERT INTO rebate_settlements(id, hlc, dealer_unit_id, policy_id, "
                         "period_from, period_to, volume_fen, earned_fen, amount_fen, "
                         "settled_on, idempotency_key, recorded_by, recorded_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, s.id).bind(2, hlc).bind(3, s.dealerUnitId).bind(4, s.policyId);
    q.bind(5, s.periodFrom.toString(Qt::ISODate)).bind(6, s.periodTo.toString(Qt::ISODate));
    q.bind(7, s.volumeFen).bind(8, s.earnedFen).bind(9, s.amountFen);
    q.bind(10, s.settledOn.toString(Qt::ISODate)).bind(11, s.idempotencyKey);
    q.bind(12, Storage::Database::currentUser()).bind(13, WriteGuard::nowIso());
    if (!q.exec())
        return WriteGuard::dbError(q, "rebate_settlements");
    if (Core::Status r = Storage::ChangeLog::record(
            c, {where, s.id, Storage::ChangeLog::Op::Insert, {}, toJson(s), hlc, {}});
        !r) {
        return r.error();
    }
    if (Core::Status r = guard.finish(); !r)
        return r.error();
    qCInfo(lcFinance) << (s.amountFen > 0 ? "rebate settled" : "rebate clawed back") << s.id
                      << "policy" << policy->code << "amount" << s.amountFen;
    return s;
}

Core::Result<QList<RebateSettlement>> RebateLedger::settlements(Storage::Connection &c,
                                                               const QString &dealerUnitId)
{
    static const QByteArray sql = QByteArray(selectSettlements)
                                  + "AND dealer_unit_id = ? ORDER BY settled_on, recorded_at";
    Storage::Statement q(c.handle(), sql.constData());
    q.bind(1, dealerUnitId);
    QList<RebateSettlement> out;
    while (q.next())
        out.append(settlementFrom(q));
    if (q.failed())
        return Core::Error{q.error(), QStringLiteral("rebate_settlements")};
    return out;
}

QString RebateLedger::stateTitle(RebatePeriodStatus::State state)
{
    switch (state) {
    case RebatePeriodStatus::State::NothingEarned:
        return tr("nothing earned");
    case RebatePeriodStatus::State::Settle:
        return tr("to settle");
    case RebatePeriodStatus::State::Settled:
        return tr("settled");
    case RebatePeriodStatus::State::ClawBack:
        return tr("to claw back");
    }
    return {};
}

} // namespace Hearth::Finance
