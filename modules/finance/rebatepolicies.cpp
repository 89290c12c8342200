#include "rebatepolicies.h"

#include "finance/statementexport.h"
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
    "SELECT id, code, name, dealer_unit_id, starts_on, ends_on, period, mode, basis "
    "FROM rebate_policies WHERE deleted = 0 ";

/// "3 %", "2.5 %" for a rate in micros.
QString percent(qint64 micros)
{
    return Core::Decimal::fromMicros(micros * 100).toString() + QStringLiteral(" %");
}

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
            {QStringLiteral("basis"), RebatePolicy::basisCode(p.basis)},
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
        p.basis = RebatePolicy::basisFromCode(q.text(8)).value_or(RebatePolicy::Basis::WithTax);
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
        return Core::Error{tr("Code: every rebate policy needs a code."),
                           where + QStringLiteral(".code")};
    if (!p.startsOn.isValid() || !p.endsOn.isValid())
        return Core::Error{tr("Dates: the policy %1 needs a start and an end date.").arg(p.code),
                           where + QStringLiteral(".starts_on")};
    if (p.endsOn < p.startsOn) {
        return Core::Error{tr("End date: %1 is before the start date %2.")
                               .arg(p.endsOn.toString(Qt::ISODate),
                                    p.startsOn.toString(Qt::ISODate)),
                           where + QStringLiteral(".ends_on")};
    }
    if (p.tiers.isEmpty())
        return Core::Error{tr("Tiers: the policy %1 has no tiers; add at least one.").arg(p.code),
                           where + QStringLiteral(".tiers")};
    for (qsizetype i = 0; i < p.tiers.size(); ++i) {
        const RebateTier &t = p.tiers.at(i);
        const QString at = where + QStringLiteral(".tiers[%1]").arg(i);
        const int row = int(i) + 1;
        if (t.thresholdFen < 0)
            return Core::Error{tr("Tier %1: the threshold cannot be below 0.").arg(row), at};
        if (i > 0 && t.thresholdFen <= p.tiers.at(i - 1).thresholdFen) {
            return Core::Error{tr("Tier %1: the threshold %2 is not above %3 of tier %4; "
                                  "thresholds must ascend.")
                                   .arg(QString::number(row),
                                        StatementExport::yuan(t.thresholdFen),
                                        StatementExport::yuan(p.tiers.at(i - 1).thresholdFen),
                                        QString::number(row - 1)),
                               at};
        }
        if (t.rateMicros < 0)
            return Core::Error{tr("Tier %1: the rate cannot be below 0 %.").arg(row), at};
        if (t.rateMicros >= 1'000'000) {
            return Core::Error{tr("Tier %1: the rate %2 is too high; a rate must be below 100 %.")
                                   .arg(QString::number(row), percent(t.rateMicros)),
                               at};
        }
    }
    return {};
}

Core::Status RebatePolicies::validate(Storage::Connection &c, const RebatePolicy &p)
{
    if (Core::Status s = check(p); !s)
        return s;
    const QString where = QStringLiteral("rebate_policies");
    const QString code = p.code.trimmed();
    {
        // The code stays unique with the policies taken out too.
        Storage::Statement q(c.handle(), "SELECT id, name FROM rebate_policies "
                                         "WHERE code = ? AND id IS NOT ?");
        q.bind(1, code).bind(2, p.id);
        if (q.next()) {
            return Core::Error{tr("Code: %1 is already the code of the policy “%2”.")
                                   .arg(code, q.text(1)),
                               where + QStringLiteral(".code")};
        }
        if (q.failed())
            return Core::Error{q.error(), where};
    }
    if (p.id.isEmpty())
        return {};
    const auto before = find(c, p.id);
    const auto settled = settledUntil(c, p.id);
    if (!before || !settled)
        return {};

    // The terms a settled period was paid on.
    const QString until = settled->toString(Qt::ISODate);
    QString changed;
    if (before->code != code)
        changed = tr("code");
    else if (before->dealerUnitId != p.dealerUnitId)
        changed = tr("dealer");
    else if (before->startsOn != p.startsOn)
        changed = tr("start date");
    else if (before->period != p.period)
        changed = tr("period");
    else if (before->mode != p.mode)
        changed = tr("mode");
    else if (before->basis != p.basis)
        changed = tr("basis");
    else if (before->tiers != p.tiers)
        changed = tr("tiers");
    if (!changed.isEmpty()) {
        return Core::Error{tr("The policy %1 is settled up to %2, so its %3 can no longer "
                              "change; end it and start a new policy for later periods.")
                               .arg(before->code, until, changed),
                           where};
    }
    if (p.endsOn < *settled) {
        return Core::Error{tr("End date: the policy %1 is settled up to %2 and cannot end "
                              "before it.")
                               .arg(before->code, until),
                           where + QStringLiteral(".ends_on")};
    }
    return {};
}

Core::Result<RebatePolicy> RebatePolicies::save(Storage::Connection &c, const RebatePolicy &in)
{
    WriteGuard guard(c);
    if (!guard.isValid())
        return Core::Error{tr("the database is busy: try again"),
                           QStringLiteral("rebate_policies")};
    if (Core::Status s = validate(c, in); !s)
        return s.error();

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
                             "starts_on, ends_on, period, mode, basis, created_at, "
                             "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        q.bind(1, p.id).bind(2, hlc).bind(3, p.code).bind(4, p.name).bind(5, dealer);
        q.bind(6, p.startsOn.toString(Qt::ISODate)).bind(7, p.endsOn.toString(Qt::ISODate));
        q.bind(8, RebatePolicy::periodCode(p.period)).bind(9, RebatePolicy::modeCode(p.mode));
        q.bind(10, RebatePolicy::basisCode(p.basis)).bind(11, now).bind(12, now);
        if (!q.exec())
            return WriteGuard::dbError(q, "rebate_policies");
    } else {
        Storage::Statement q(c.handle(),
                             "UPDATE rebate_policies SET hlc = ?, code = ?, name = ?, "
                             "dealer_unit_id = ?, starts_on = ?, ends_on = ?, period = ?, "
                             "mode = ?, basis = ?, updated_at = ? WHERE id = ?");
        q.bind(1, hlc).bind(2, p.code).bind(3, p.name).bind(4, dealer);
        q.bind(5, p.startsOn.toString(Qt::ISODate)).bind(6, p.endsOn.toString(Qt::ISODate));
        q.bind(7, RebatePolicy::periodCode(p.period)).bind(8, RebatePolicy::modeCode(p.mode));
        q.bind(9, RebatePolicy::basisCode(p.basis)).bind(10, now).bind(11, p.id);
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

Core::Result<QList<RebatePolicy>> RebatePolicies::all(Storage::Connection &c)
{
    static const QByteArray sql = QByteArray(selectPolicies) + "ORDER BY starts_on, code";
    Storage::Statement q(c.handle(), sql.constData());
    return readPolicies(c, q);
}

std::optional<QDate> RebatePolicies::settledUntil(Storage::Connection &c,
                                                  const QString &policyId)
{
    Storage::Statement q(c.handle(), "SELECT MAX(period_to) FROM rebate_settlements "
                                     "WHERE policy_id = ? AND deleted = 0");
    q.bind(1, policyId);
    if (!q.next() || q.isNull(0))
        return std::nullopt;
    return QDate::fromString(q.text(0), Qt::ISODate);
}

} // namespace Hearth::Finance
