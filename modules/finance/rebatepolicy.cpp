#include "rebatepolicy.h"

namespace Hearth::Finance {

namespace {

__extension__ using Wide = __int128;

constexpr qint64 microsPerUnit = 1'000'000;

/// fenTimesMicros / 1e6, half away from zero.
qint64 roundedFen(Wide fenTimesMicros)
{
    const Wide half = microsPerUnit / 2;
    return fenTimesMicros >= 0 ? qint64((fenTimesMicros + half) / microsPerUnit)
                               : -qint64((-fenTimesMicros + half) / microsPerUnit);
}

/// The first day of the policy's period number index (from 0), counted from startsOn so that
/// a policy starting on the 31st does not drift to the 28th; invalid for Whole after the first.
QDate periodStart(QDate startsOn, RebatePolicy::Period period, int index)
{
    switch (period) {
    case RebatePolicy::Period::Month:
        return startsOn.addMonths(index);
    case RebatePolicy::Period::Quarter:
        return startsOn.addMonths(3 * index);
    case RebatePolicy::Period::Year:
        return startsOn.addYears(index);
    case RebatePolicy::Period::Whole:
        break;
    }
    return index == 0 ? startsOn : QDate();
}

} // namespace

qint64 RebatePolicy::earnedFen(qint64 volumeFen) const
{
    if (volumeFen <= 0)
        return 0;
    if (mode == Mode::Retroactive) {
        const auto tier = tierReached(volumeFen);
        return tier ? roundedFen(Wide(volumeFen) * tier->rateMicros) : 0;
    }
    Wide sum = 0;
    for (qsizetype i = 0; i < tiers.size(); ++i) {
        const qint64 from = tiers.at(i).thresholdFen;
        if (volumeFen <= from)
            break;
        const qint64 to = i + 1 < tiers.size() ? qMin(tiers.at(i + 1).thresholdFen, volumeFen)
                                               : volumeFen;
        sum += Wide(to - from) * tiers.at(i).rateMicros;
    }
    return roundedFen(sum);
}

std::optional<RebateTier> RebatePolicy::tierReached(qint64 volumeFen) const
{
    std::optional<RebateTier> reached;
    for (const RebateTier &t : tiers) {
        if (volumeFen >= t.thresholdFen && volumeFen > 0)
            reached = t;
    }
    return reached;
}

std::optional<RebateTier> RebatePolicy::nextTier(qint64 volumeFen) const
{
    for (const RebateTier &t : tiers) {
        if (t.thresholdFen > volumeFen)
            return t;
    }
    return std::nullopt;
}

QList<std::pair<QDate, QDate>> RebatePolicy::periods() const
{
    QList<std::pair<QDate, QDate>> out;
    if (!startsOn.isValid() || !endsOn.isValid() || endsOn < startsOn)
        return out;
    for (int i = 0;; ++i) {
        const QDate from = periodStart(startsOn, period, i);
        if (!from.isValid() || from > endsOn)
            break;
        const QDate next = periodStart(startsOn, period, i + 1);
        out.append({from, next.isValid() ? qMin(next.addDays(-1), endsOn) : endsOn});
    }
    return out;
}

QString RebatePolicy::periodCode(Period period)
{
    switch (period) {
    case Period::Month:
        return QStringLiteral("month");
    case Period::Quarter:
        return QStringLiteral("quarter");
    case Period::Year:
        return QStringLiteral("year");
    case Period::Whole:
        return QStringLiteral("whole");
    }
    return {};
}

std::optional<RebatePolicy::Period> RebatePolicy::periodFromCode(const QString &code)
{
    for (Period p : {Period::Month, Period::Quarter, Period::Year, Period::Whole}) {
        if (periodCode(p) == code)
            return p;
    }
    return std::nullopt;
}

QString RebatePolicy::modeCode(Mode mode)
{
    return mode == Mode::Retroactive ? QStringLiteral("retroactive") : QStringLiteral("marginal");
}

std::optional<RebatePolicy::Mode> RebatePolicy::modeFromCode(const QString &code)
{
    for (Mode m : {Mode::Retroactive, Mode::Marginal}) {
        if (modeCode(m) == code)
            return m;
    }
    return std::nullopt;
}

QString RebatePolicy::basisCode(Basis basis)
{
    return basis == Basis::WithTax ? QStringLiteral("with_tax") : QStringLiteral("without_tax");
}

std::optional<RebatePolicy::Basis> RebatePolicy::basisFromCode(const QString &code)
{
    for (Basis b : {Basis::WithTax, Basis::WithoutTax}) {
        if (basisCode(b) == code)
            return b;
    }
    return std::nullopt;
}

} // namespace Hearth::Finance
