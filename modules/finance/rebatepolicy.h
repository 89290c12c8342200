#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace Hearth::Finance {

/// From thresholdFen of volume in a period, rateMicros of it (30000 = 3 %).
struct RebateTier
{
    qint64 thresholdFen = 0;
    qint64 rateMicros = 0;

    bool operator==(const RebateTier &) const = default;
};

/// A rebate policy (返利政策) by volume tiers: a dealer's volume is the total of its orders
/// signed in one period of the policy. Retroactive tiers pay the rate of the highest tier
/// reached on the whole volume, back to the first fen; marginal tiers pay each rate on the part
/// of the volume within its band. The amount is rounded to the fen once, half away from zero.
/// The volume counts the orders with tax (their totals) or without it (RebateLedger reads the net
/// amount from the orders' tax documents).
struct RebatePolicy
{
    enum class Period { Month, Quarter, Year, Whole };
    enum class Mode { Retroactive, Marginal };
    enum class Basis { WithTax, WithoutTax };

    QString id;  // empty for a policy not yet saved
    QString code;
    QString name;
    QString dealerUnitId;  // empty: every dealer
    QDate startsOn;
    QDate endsOn;  // inclusive
    Period period = Period::Quarter;
    Mode mode = Mode::Retroactive;
    Basis basis = Basis::WithTax;
    QList<RebateTier> tiers;  // by threshold, ascending

    /// The rebate earned by a period's volume; 0 below the first tier or for no volume.
    qint64 earnedFen(qint64 volumeFen) const;
    /// The tier a volume has reached, or none below the first.
    std::optional<RebateTier> tierReached(qint64 volumeFen) const;
    /// The next tier above the volume, or none at the top.
    std::optional<RebateTier> nextTier(qint64 volumeFen) const;
    /// The policy's periods in order, each first and last day; the last ends on endsOn.
    QList<std::pair<QDate, QDate>> periods() const;

    static QString periodCode(Period period);  // month, quarter, year, whole
    static std::optional<Period> periodFromCode(const QString &code);
    static QString modeCode(Mode mode);  // retroactive, marginal
    static std::optional<Mode> modeFromCode(const QString &code);
    static QString basisCode(Basis basis);  // with_tax, without_tax
    static std::optional<Basis> basisFromCode(const QString &code);
};

} // namespace Hearth::Finance
