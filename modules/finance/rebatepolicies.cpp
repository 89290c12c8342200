#include "rebatepolicies.h"

#include "logging.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "writeguard.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Hearth::Finance {

namespace {

using Internal::WriteGuard;

constexpr char selectPolicies[] =
    "SELECT id, code, name, dealer_unit_id, starts_on, ends_on, period, mode "
    "FROM rebate_policies WHERE deleted = 0 ";

QJsonObject toJson(const RebatePolicy &p)
{
    QJsonArray tiers;
    for (const RebateTier &t : p.tiers) {
        tiers.append(QJsonObject{{QStringLiteral("threshold_fen"), t.thresholdFen},
                                 {QStringLiteral("rate_micros"), t.rateMicros}});
    }
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("code"), p.code},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("dealer_unit_id"), p.dealerUnitId},
            {QStringLiteral("starts_on"), p.startsOn.toString(Qt::ISODate)},
            {QStringLiteral("ends_on"), p.endsOn.toString(Qt::ISODate)},
            {QStringLiteral("period"), RebatePolicy::periodCode(p.period)},
            {QStringLiteral("mode"), RebatePolicy::modeCode(p.mode)},
            {QStringLiteral("tiers"), tiers}};
}

Core::Result<QList<RebatePolicy>> readPolicies(Storage::Connection &c, Storage::Statement &q)
{
    QList<RebatePolicy> out;
    while (q.next()) {
        RebatePolicy p;
        p.id = q.text(0);
        p.code = q.text(1);
        p.name = q.text(2);
        p.dealerUnitId = q.text(3);
        p.startsOn = QDate::fromString(q.text(4), Qt::ISODate);
        p.endsOn = QDate::fromString(q.text(5), Qt::ISODate);
        p.period = RebatePolicy::periodFromCode(q.text(6)).value_or(RebatePolicy::Period::Whole);
        p.mode = RebatePolicy::modeFromCode(q.text(7)).value_or(RebatePolicy::Mode::Marginal);
        out.append(p);
    }
    if (q.failed())
        return Core::Error{q.error(), QStringLiteral("rebate_policies")};
    for (RebatePolicy &p : out) {
        Storage::Statement t(c.handle(),
                             "SELECT threshold_fen, rate_micros FROM rebate_policy_tiers "
                             "WHERE policy_id = ? AND deleted = 0 ORDER BY threshold_fen");
        t.bind(1, p.id);
        while (t.next())
            p.tiers.append({t.int64(0), t.int64(1)});
        if (t.failed())
            return Core::Error{t.error(), QStringLiteral("rebate_policy_tiers")};
    }
    return out;
}

std::optional<RebatePolicy> findBy(Storage::Connection &c, const char *sql, const QString &key)
{
    Storage::Statement q(c.handle(), sql);
    q.bind(1, key);
    const auto found = readPolicies(c, q);
    if (!found || found->isEmpty())
        return std::nullopt;
    return found->first();
}

} // namespace

Core::Status RebatePolicies::check(const RebatePolicy &p)
{
    const QString where = QStringLiteral("rebate_policies");
    if (p.code.trimmed().isEmpty())
        return Core::Error{tr("a rebate policy needs a code"), where + QStringLiteral(".code")};
    if (!p.startsOn.isValid() || !p.endsOn.isValid() || p.endsOn < p.startsOn) {
        return Core::Error{tr("the policy %1 must end on or after the day it starts").arg(p.code),
                           where + QStringLiteral(".ends_on")};
    }
    if (p.tiers.isEmpty())
        return Core::Error{tr("the policy %1 has no tiers").arg(p.code),
                           where + QStringLiteral(".tiers")};
    for (qsizetype i = 0; i < p.tiers.size(); ++i) {
        const RebateTier &t = p.tiers.at(i);
        const QString at = where + QStringLiteral(".tiers[%1]").arg(i);
        if (t.thresholdFen < 0 || t.rateMicros < 0 || t.rateMicros >= 1'000'000)
            return Core::Error{tr("expected a threshold of 0 or more and a rate from 0 to "
                                  "below 100 %"),
                               at};
        if (i > 0 && t.thresholdFen <= p.tiers.at(i - 1).thresholdFen)
            return Core::Error{tr("tiers must be in ascending order of threshold"), at};
    }
    return {};
}

Core::Result<RebatePolicy> RebatePolicies::save(Storage::Connection &c, const RebatePolicy &in)
{
    if (Core::Status s = check(in); !s)
        return s.error();
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"),
                           QStringLiteral("rebate_policies")};

    RebatePolicy p = in;
    p.code = p.code.trimmed();
    std::optional<RebatePolicy> before;
    if (!p.id.isEmpty())
        before = find(c, p.id);
    const QString now = WriteGuard::nowIso();
    const QString hlc = Storage::Database::clock().now();
    const QString dealer = p.dealerUnitId.isEmpty() ? QString() : p.dealerUnitId;
    if (!before) {
        if (p.id.isEmpty())
            p.id = WriteGuard::newId();
        Storage::Statement q(c.handle(),
                             "INSERT INTO rebate_policies(id, hlc, code, name, dealer_unit_id, "
                             "starts_on, ends_on, period, mode, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, p.id).bind(2, hlc).bind(3, p.code).bind(4, p.name).bind(5, dealer);
        q.bind(6, p.startsOn.toString(Qt::ISODate)).bind(7, p.endsOn.toString(Qt::ISODate));
        q.bind(8, RebatePolicy::periodCode(p.period)).bind(9, RebatePolicy::modeCode(p.mode));
        q.bind(10, now).bind(11, now);
        if (!q.exec())
            return WriteGuard::dbError(q, "rebate_policies");
    } else {
        Storage::Statement q(c.handle(),
                             "UPDATE rebate_policies SET hlc = ?, code = ?, name = ?, "
                             "dealer_unit_id = ?, starts_on = ?, ends_on = ?, period = ?, "
                             "mode = ?, updated_at = ? WHERE id = ?");
        q.bind(1, hlc).bind(2, p.code).bind(3, p.name).bind(4, dealer);
        q.bind(5, p.startsOn.toString(Qt::ISODate)).bind(6, p.endsOn.toString(Qt::ISODate));
        q.bind(7, RebatePolicy::periodCode(p.period)).bind(8, RebatePolicy::modeCode(p.mode));
        q.bind(9, now).bind(10, p.id);
        if (!q.exec())
            return WriteGuard::dbError(q, "rebate_policies");
        Storage::Statement gone(c.handle(),
                                "UPDATE rebate_policy_tiers SET deleted = 1, hlc = ? "
                                "WHERE policy_id = ? AND deleted = 0");
        gone.bind(1, hlc).bind(2, p.id);
        if (!gone.exec())
            return WriteGuard::dbError(gone, "rebate_policy_tiers");
    }
    for (const RebateTier &t : p.tiers) {
        // A tier replaced at the same threshold comes back to life rather than clash with
        // its tombstone.
        Storage::Statement q(c.handle(),
                             "INSERT INTO rebate_policy_tiers(id, hlc, policy_id, threshold_fen, "
                             "rate_micros) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT(policy_id, threshold_fen) DO UPDATE SET deleted = 0, "
                             "hlc = excluded.hlc, rate_micros = excluded.rate_micros");
        q.bind(1, WriteGuard::newId()).bind(2, hlc).bind(3, p.id).bind(4, t.thresholdFen);
        q.bind(5, t.rateMicros);
        if (!q.exec())
            return WriteGuard::dbError(q, "rebate_policy_tiers");
    }
    const auto op = before ? Storage::ChangeLog::Op::Update : Storage::ChangeLog::Op::Insert;
    if (Core::Status s = Storage::ChangeLog::record(
            c, {QStringLiteral("rebate_policies"), p.id, op,
                before ? toJson(*before) : QJsonObject(), toJson(p), hlc, {}});
        !s) {
        return s.error();
    }
    if (Core::Status s = guard.finish(); !s)
        return s.error();
    qCInfo(lcFinance) << "rebate policy" << p.code << "saved with" << p.tiers.size() << "tiers";
    return p;
}

std::optional<RebatePolicy> RebatePolicies::find(Storage::Connection &c, const QString &id)
{
    static const QByteArray sql = QByteArray(selectPolicies) + "AND id = ?";
    return findBy(c, sql.constData(), id);
}

std::optional<RebatePolicy> RebatePolicies::findByCode(Storage::Connection &c,
                                                       const QString &code)
{
    static const QByteArray sql = QByteArray(selectPolicies) + "AND code = ?";
    return findBy(c, sql.constData(), code);
}

Core::Result<QList<RebatePolicy>> RebatePolicies::forDealer(Storage::Connection &c,
                                                            const QString &dealerUnitId)
{
    static const QByteArray sql =
        QByteArray(selectPolicies)
        + "AND (dealer_unit_id IS NULL OR dealer_unit_id = ?) ORDER BY starts_on, code";
    Storage::Statement q(c.handle(), sql.constData());
    q.bind(1, dealerUnitId);
    return readPolicies(c, q);
}

} // namespace Hearth::Finance
