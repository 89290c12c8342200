#pragma once

#include "apiresponse.h"
#include "core/result.h"
#include "fieldjobs.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace Hearth::Server {

class ServerStore;

/// What an installation team earns for a finished job: a fixed amount plus a rate of the
/// order's goods total, less a deduction for a low rating, from a day on.
struct SettlementRule
{
    QString id;
    QString teamUnit;  // empty: every team
    QString teamCode;  // as read, for answers and descriptions
    qint64 fixedFen = 0;
    qint64 rateBp = 0;  // basis points: 300 is 3 %
    int lowRating = 0;  // a rating from 1 to this deducts; 0 deducts nothing
    qint64 lowRatingDeductionFen = 0;
    QDate validFrom;

    bool operator==(const SettlementRule &) const = default;
};

/// A job's commission and how it came about.
struct Commission
{
    SettlementRule rule;
    qint64 orderTotalMicros = 0;  // the goods total the rate applied to (never below 0)
    qint64 fixedFen = 0;
    qint64 rateFen = 0;
    qint64 deductionFen = 0;
    qint64 amountFen = 0;  // fixed + rate − deduction, never below 0
};

/// Installation settlement (安装结算) on the server: the rules, the commission of a done job,
/// and the job's installation cost line (cost_lines, origin "fed"), written as a server row
/// that the desks of the order's unit pull. The rate part is totalMicros × rateBp ÷ 10⁸ fen,
/// rounded once, half up (away from zero) to the fen. Writes run in the caller's transaction.
class InstallSettlement
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Server::InstallSettlement)

public:
    static constexpr int MaxRules = 1000;
    static constexpr qint64 MaxFen = 10'000'000'000;  // 100 million yuan
    static constexpr qint64 MaxRateBp = 10'000;
    static constexpr char SourceTable[] = "install_jobs";

    explicit InstallSettlement(ServerStore &store) : m_store(store) {}

    /// Every rule, by team code (all teams first) and valid_from.
    Core::Result<QList<SettlementRule>> rules();
    /// Replaces every rule with these (ids made here).
    Core::Status replaceRules(const QList<SettlementRule> &rules, const QString &userId,
                              const QDateTime &now);

    /// The rule of a job of this team checked out on this day: the team's own before the rule
    /// of every team, then the latest valid_from not after the day.
    static std::optional<SettlementRule> ruleFor(const QList<SettlementRule> &rules,
                                                 const QString &teamUnit, const QDate &day);
    /// The commission of a job under a rule; rating 0 is no rating yet.
    static Commission compute(const SettlementRule &rule, qint64 orderTotalMicros, int rating);
    /// The day a check-out falls on at the site (China Standard Time, UTC+8).
    static QDate siteDay(const QDateTime &time);

    /// Writes (or rewrites) the cost line of a done job; false when no rule applies (a line
    /// written before stays as it was), which is logged when logMissing is set. The same
    /// amount and description again write nothing.
    Core::Result<bool> settle(const InstallJob &job, bool logMissing, const QDateTime &now);

    /// The rules of a PUT body {"rules": [...]}; problems are named "rules[i].field".
    std::optional<QList<SettlementRule>> readRules(const QJsonObject &body,
                                                   QList<FieldProblem> *problems,
                                                   int *status);
    static QJsonObject ruleJson(const SettlementRule &rule);

    /// The id the desk gives this line (Finance::CostLedger::lineId of order, kind,
    /// "install_jobs", job): a name-based UUID in the cost lines' namespace. The kind is
    /// "installation", or "remake" for a visit of a re-make order, whose cost is its parent's.
    static QString costLineId(const QString &orderId, const QString &jobId,
                              const QString &kind = QStringLiteral("installation"))
    {
        static const QUuid lineNamespace(
            QStringLiteral("{6c1f0b7e-3d55-4f2a-9c43-0a6e2b5d9f11}"));
        const QString name = orderId + u'/' + kind + u'/' + QLatin1String(SourceTable)
                             + QLatin1Char('/') + jobId;
        return QUuid::createUuidV5(lineNamespace, name).toString(QUuid::WithoutBraces);
    }

private:
    /// Whose cost a job of this order is: the order itself, or for a re-make (补件) its
    /// parent, as the desk's CostLedger::record() books a re-make's costs.
    struct CostOwner
    {
        QString orderId;
        QString scopeUnit;
        QString kind;        // "installation" or "remake"
        QString viaOrderId;  // the re-make order
        QString chargedTo;
        QString viaOrderNo;
    };
    Core::Result<CostOwner> costOwner(const InstallJob &job);
    /// The goods total of the order as the server holds it, 0 when unknown.
    Core::Result<qint64> orderTotalMicros(const QString &orderId);
    QString describe(const Commission &commission);

    ServerStore &m_store;
};

} // namespace Hearth::Server
