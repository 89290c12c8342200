#include "installsettlement.h"

#include "accounts.h"
#include "core/decimal.h"
#include "jsonbody.h"
#include "logging.h"
#include "serverstore.h"
#include "serversync.h"
#include "servertime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace Hearth::Server {

namespace {

constexpr char CostLinesTable[] = "cost_lines";
constexpr char DayFormat[] = "yyyy-MM-dd";
constexpr qint64 MicrosPerFen = 10'000;
constexpr qint64 BpDenominator = 10'000;
// China Standard Time has no summer time; the server keeps no site zone of its own.
constexpr int SiteOffsetSeconds = 8 * 3600;

__extension__ using Int128 = __int128;

/// a × b ÷ d rounded half away from zero (d > 0), the product held in 128 bits.
qint64 mulDivRound(qint64 a, qint64 b, qint64 d)
{
    const Int128 n = Int128(a) * b;
    const Int128 half = d / 2;
    return qint64(n >= 0 ? (n + half) / d : -((-n + half) / d));
}

QString yuan(qint64 fen)
{
    return Core::Decimal::fromMicros(fen * MicrosPerFen).toString(2);
}

QJsonObject parseFields(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

Core::Result<QList<SettlementRule>> InstallSettlement::rules()
{
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT r.id, r.team_unit, u.code, r.fixed_fen, r.rate_bp, r.low_rating, "
        "r.low_rating_deduction_fen, r.valid_from FROM install_settlement_rules r "
        "LEFT JOIN org_units u ON u.id = r.team_unit "
        "ORDER BY COALESCE(u.code, ''), r.valid_from"));
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    QList<SettlementRule> list;
    while (q.next()) {
        SettlementRule rule;
        rule.id = q.value(0).toString();
        rule.teamUnit = q.value(1).toString();
        rule.teamCode = q.value(2).toString();
        rule.fixedFen = q.value(3).toLongLong();
        rule.rateBp = q.value(4).toLongLong();
        rule.lowRating = q.value(5).toInt();
        rule.lowRatingDeductionFen = q.value(6).toLongLong();
        rule.validFrom = QDate::fromString(q.value(7).toString(), QLatin1String(DayFormat));
        list.append(rule);
    }
    return list;
}

Core::Status InstallSettlement::replaceRules(const QList<SettlementRule> &rules,
                                             const QString &userId, const QDateTime &now)
{
    QSqlQuery clear = m_store.prepare(QStringLiteral("DELETE FROM install_settlement_rules"));
    if (Core::Status s = m_store.exec(clear); !s)
        return s;
    for (const SettlementRule &rule : rules) {
        QSqlQuery q = m_store.prepare(QStringLiteral(
            "INSERT INTO install_settlement_rules (id, team_unit, fixed_fen, rate_bp, "
            "low_rating, low_rating_deduction_fen, valid_from, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(rule.id.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                         : rule.id);
        q.addBindValue(rule.teamUnit.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(rule.teamUnit));
        q.addBindValue(rule.fixedFen);
        q.addBindValue(rule.rateBp);
        q.addBindValue(rule.lowRating);
        q.addBindValue(rule.lowRatingDeductionFen);
        q.addBindValue(rule.validFrom.toString(QLatin1String(DayFormat)));
        q.addBindValue(userId);
        q.addBindValue(ServerTime::text(now));
        if (Core::Status s = m_store.exec(q); !s)
            return s;
    }
    qCInfo(lcServer) << "installation settlement rules replaced:" << rules.size() << "rules";
    return {};
}

std::optional<SettlementRule> InstallSettlement::ruleFor(const QList<SettlementRule> &rules,
                                                         const QString &teamUnit,
                                                         const QDate &day)
{
    for (const bool own : {true, false}) {
        if (own && teamUnit.isEmpty())
            continue;
        std::optional<SettlementRule> best;
        for (const SettlementRule &rule : rules) {
            const bool fits = own ? rule.teamUnit == teamUnit : rule.teamUnit.isEmpty();
            if (fits && rule.validFrom <= day && (!best || rule.validFrom > best->validFrom))
                best = rule;
        }
        if (best)
            return best;
    }
    return std::nullopt;
}

Commission InstallSettlement::compute(const SettlementRule &rule, qint64 orderTotalMicros,
                                      int rating)
{
    Commission c;
    c.rule = rule;
    // A returned order (a negative total) earns no share.
    c.orderTotalMicros = std::max<qint64>(0, orderTotalMicros);
    c.fixedFen = rule.fixedFen;
    c.rateFen = mulDivRound(c.orderTotalMicros, rule.rateBp, MicrosPerFen * BpDenominator);
    const bool low = rating > 0 && rule.lowRating > 0 && rating <= rule.lowRating;
    c.deductionFen = low ? rule.lowRatingDeductionFen : 0;
    c.amountFen = std::max<qint64>(0, c.fixedFen + c.rateFen - c.deductionFen);
    return c;
}

QDate InstallSettlement::siteDay(const QDateTime &time)
{
    return time.toUTC().addSecs(SiteOffsetSeconds).date();
}

Core::Result<qint64> InstallSettlement::orderTotalMicros(const QString &orderId)
{
    QSqlQuery synced = m_store.prepare(QStringLiteral(
        "SELECT fields FROM sync_rows WHERE table_name = 'sales_orders' AND row_id = ?"));
    synced.addBindValue(orderId);
    if (Core::Status s = m_store.exec(synced); !s)
        return s.error();
    if (synced.next()) {
        return parseFields(synced.value(0).toString())
            .value(QStringLiteral("total_micros"))
            .toInteger();
    }
    synced.finish();
    QSqlQuery received =
        m_store.prepare(QStringLiteral("SELECT total_micros FROM orders WHERE id = ?"));
    received.addBindValue(orderId);
    if (Core::Status s = m_store.exec(received); !s)
        return s.error();
    return received.next() ? received.value(0).toLongLong() : 0;
}

Core::Result<InstallSettlement::CostOwner> InstallSettlement::costOwner(const InstallJob &job)
{
    CostOwner owner{job.orderId, job.scopeUnit, QStringLiteral("installation"), {}, {}, {}};
    QSqlQuery q = m_store.prepare(QStringLiteral(
        "SELECT fields FROM sync_rows WHERE table_name = 'sales_orders' AND row_id = ?"));
    q.addBindValue(job.orderId);
    if (Core::Status s = m_store.exec(q); !s)
        return s.error();
    const QJsonObject order = q.next() ? parseFields(q.value(0).toString()) : QJsonObject();
    q.finish();
    const QString parent = order.value(QStringLiteral("parent_order_id")).toString();
    if (parent.isEmpty())
        return owner;
    QSqlQuery p = m_store.prepare(QStringLiteral(
        "SELECT scope_unit FROM sync_rows WHERE table_name = 'sales_orders' AND row_id = ?"));
    p.addBindValue(parent);
    if (Core::Status s = m_store.exec(p); !s)
        return s.error();
    owner.orderId = parent;
    if (p.next())
        owner.scopeUnit = p.value(0).toString();
    owner.kind = QStringLiteral("remake");
    owner.viaOrderId = job.orderId;
    owner.chargedTo = order.value(QStringLiteral("charged_to")).toString();
    owner.viaOrderNo = order.value(QStringLiteral("order_no")).toString(job.orderNo);
    return owner;
}

QString InstallSettlement::describe(const Commission &c)
{
    const QString team = c.rule.teamCode.isEmpty() ? tr("every team") : c.rule.teamCode;
    const QString rate = Core::Decimal::fromMicros(c.rule.rateBp * 10'000).toString(2);
    QString text = tr("installation commission, rule of %1 from %2: %3 fixed + %4 % of %5")
                       .arg(team, c.rule.validFrom.toString(QLatin1String(DayFormat)),
                            yuan(c.fixedFen), rate,
                            Core::Decimal::fromMicros(c.orderTotalMicros).toString(2));
    if (c.deductionFen > 0) {
        text += tr(", less %1 for a rating of %2 or lower")
                    .arg(yuan(c.deductionFen))
                    .arg(c.rule.lowRating);
    }
    return text;
}

Core::Result<bool> InstallSettlement::settle(const InstallJob &job, bool logMissing,
                                             const QDateTime &now)
{
    if (!job.checkOut)
        return false;
    QString team = job.teamUnit;
    if (team.isEmpty() && !job.assigneeId.isEmpty()) {
        // A job open to every team is settled by the rule of its taker's team.
        const std::optional<ServerUser> taker = Accounts(m_store).findUserById(job.assigneeId);
        if (taker && taker->orgUnit)
            team = taker->orgUnit->id;
    }
    const Core::Result<QList<SettlementRule>> all = rules();
    if (!all)
        return all.error();
    const QDate day = siteDay(job.checkOut->at);
    const std::optional<SettlementRule> rule = ruleFor(*all, team, day);
    if (!rule) {
        if (logMissing) {
            qCWarning(lcServer).noquote()
                << QStringLiteral("no installation settlement rule applies to job %1 of order "
                                  "%2 (team %3, day %4): it gets no cost line")
                       .arg(job.id, job.orderNo,
                            team.isEmpty() ? QStringLiteral("none") : team,
                            day.toString(QLatin1String(DayFormat)));
        }
        return false;
    }
    const Core::Result<qint64> total = orderTotalMicros(job.orderId);
    if (!total)
        return total.error();
    const Commission commission = compute(*rule, *total, job.rating);
    const Core::Result<CostOwner> owner = costOwner(job);
    if (!owner)
        return owner.error();
    const QString id = costLineId(owner->orderId, job.id, owner->kind);
    const QString description = owner->viaOrderNo.isEmpty()
                                    ? describe(commission)
                                    : owner->viaOrderNo + QStringLiteral(" · ")
                                          + describe(commission);
    const QString occurredAt = ServerTime::text(job.checkOut->at);

    QSqlQuery held = m_store.prepare(QStringLiteral(
        "SELECT fields FROM sync_rows WHERE table_name = ? AND row_id = ?"));
    held.addBindValue(QLatin1String(CostLinesTable));
    held.addBindValue(id);
    if (Core::Status s = m_store.exec(held); !s)
        return s.error();
    const std::optional<QJsonObject> before =
        held.next() ? std::optional<QJsonObject>(parseFields(held.value(0).toString()))
                    : std::nullopt;
    held.finish();
    if (before && before->value(QStringLiteral("amount_fen")).toInteger() == commission.amountFen
        && before->value(QStringLiteral("description")).toString() == description
        && before->value(QStringLiteral("occurred_at")).toString() == occurredAt) {
        return true;
    }
    const QString at = ServerTime::text(now);
    const QJsonObject fields{
        {QStringLiteral("order_id"), owner->orderId},
        {QStringLiteral("kind"), owner->kind},
        {QStringLiteral("origin"), QStringLiteral("fed")},
        {QStringLiteral("amount_fen"), commission.amountFen},
        {QStringLiteral("source_table"), QLatin1String(SourceTable)},
        {QStringLiteral("source_id"), job.id},
        {QStringLiteral("via_order_id"), owner->viaOrderId.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(owner->viaOrderId)},
        {QStringLiteral("charged_to"), owner->chargedTo.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(owner->chargedTo)},
        {QStringLiteral("description"), description},
        {QStringLiteral("quantity_micros"), 0},
        {QStringLiteral("unit"), QJsonValue::Null},
        {QStringLiteral("unit_cost_micros"), 0},
        {QStringLiteral("occurred_at"), occurredAt},
        {QStringLiteral("created_at"),
         before ? before->value(QStringLiteral("created_at")).toString(at) : at},
        {QStringLiteral("updated_at"), at}};
    const Core::Result<qint64> revision = ServerSync(m_store).writeServerRow(
        QLatin1String(CostLinesTable), id, fields, owner->scopeUnit, now);
    if (!revision)
        return revision.error();
    qCInfo(lcServer) << "installation commission of job" << job.id << "of order" << job.orderNo
                     << "is" << commission.amountFen << "fen, revision" << *revision;
    return true;
}

std::optional<QList<SettlementRule>> InstallSettlement::readRules(const QJsonObject &body,
                                                                  QList<FieldProblem> *problems,
                                                                  int *status)
{
    using T = JsonBody::Type;
    *status = 400;
    static constexpr std::array<JsonBody::Field, 1> outer{{{"rules", T::ObjectArray, true}}};
    *problems = JsonBody::check(body, outer);
    const QJsonArray array = body.value(QStringLiteral("rules")).toArray();
    if (problems->isEmpty() && array.size() > MaxRules) {
        problems->append({QStringLiteral("rules"),
                          tr("must hold at most %1 rules").arg(MaxRules)});
    }
    if (!problems->isEmpty())
        return std::nullopt;

    static constexpr std::array<JsonBody::Field, 7> fields{{
        {"id", T::String}, {"team_code", T::String}, {"fixed_fen", T::Integer, true},
        {"rate_bp", T::Integer, true}, {"low_rating", T::Integer},
        {"low_rating_deduction_fen", T::Integer}, {"valid_from", T::String, true}}};
    Accounts accounts(m_store);
    QList<SettlementRule> list;
    QSet<QString> keys;
    QSet<QString> ids;
    bool malformed = false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = QStringLiteral("rules[%1].").arg(i);
        const QJsonObject object = array.at(i).toObject();
        QList<FieldProblem> found = JsonBody::check(object, fields, prefix);
        if (!found.isEmpty()) {
            malformed = true;
            problems->append(found);
            continue;
        }
        auto number = [&](const char *name) {
            return qint64(object.value(QLatin1String(name)).toDouble());
        };
        SettlementRule rule;
        rule.fixedFen = number("fixed_fen");
        rule.rateBp = number("rate_bp");
        rule.lowRating = int(qBound(qint64(-1), number("low_rating"), qint64(6)));
        rule.lowRatingDeductionFen = number("low_rating_deduction_fen");
        for (const auto &[name, value] :
             {std::pair{"fixed_fen", rule.fixedFen},
              std::pair{"low_rating_deduction_fen", rule.lowRatingDeductionFen}}) {
            if (value < 0 || value > MaxFen) {
                found.append({prefix + QLatin1String(name),
                              tr("must be a whole number of fen from 0 to %1").arg(MaxFen)});
            }
        }
        if (rule.rateBp < 0 || rule.rateBp > MaxRateBp) {
            found.append({prefix + QStringLiteral("rate_bp"),
                          tr("must be basis points from 0 to %1 (300 is 3 %)").arg(MaxRateBp)});
        }
        if (rule.lowRating < 0 || rule.lowRating > 5) {
            found.append({prefix + QStringLiteral("low_rating"),
                          tr("must be a rating from 1 to 5, or 0 for no deduction")});
        } else if (rule.lowRating == 0 && rule.lowRatingDeductionFen > 0) {
            found.append({prefix + QStringLiteral("low_rating"),
                          tr("is required with low_rating_deduction_fen: the rating at or "
                             "below which it is deducted")});
        }
        // A rule read with GET may come back with its id, which it keeps.
        rule.id = object.value(QStringLiteral("id")).toString().toLower();
        if (!rule.id.isEmpty()
            && (QUuid::fromString(rule.id).isNull() || rule.id.size() != 36)) {
            found.append({prefix + QStringLiteral("id"),
                          tr("must be the id of a rule as GET answers it, or left out")});
        } else if (!rule.id.isEmpty() && ids.contains(rule.id)) {
            found.append({prefix + QStringLiteral("id"), tr("is the id of another rule here")});
        }
        ids.insert(rule.id);
        const QString dayText = object.value(QStringLiteral("valid_from")).toString();
        rule.validFrom = QDate::fromString(dayText, QLatin1String(DayFormat));
        if (!rule.validFrom.isValid()) {
            found.append({prefix + QStringLiteral("valid_from"),
                          tr("must be a day, e.g. \"2026-12-01\"")});
        }
        rule.teamCode = object.value(QStringLiteral("team_code")).toString().trimmed();
        if (found.isEmpty() && !rule.teamCode.isEmpty()) {
            const std::optional<OrgUnit> team = accounts.findOrgUnitByCode(rule.teamCode);
            if (!team || team->kind != QLatin1String("install_team")) {
                problems->append({prefix + QStringLiteral("team_code"),
                                  tr("no installation team has this code")});
                continue;
            }
            rule.teamUnit = team->id;
        }
        const QString key = rule.teamUnit + u'|' + dayText;
        if (found.isEmpty() && keys.contains(key)) {
            found.append({prefix + QStringLiteral("valid_from"),
                          tr("another rule of the same team starts on this day")});
        }
        keys.insert(key);
        malformed = malformed || !found.isEmpty();
        if (found.isEmpty())
            list.append(rule);
        problems->append(found);
    }
    if (!problems->isEmpty()) {
        // A malformed rule is a 400 even when another one names an unknown team.
        *status = malformed ? 400 : 422;
        return std::nullopt;
    }
    return list;
}

QJsonObject InstallSettlement::ruleJson(const SettlementRule &rule)
{
    return {{QStringLiteral("id"), rule.id},
            {QStringLiteral("team_code"),
             rule.teamCode.isEmpty() ? QJsonValue() : QJsonValue(rule.teamCode)},
            {QStringLiteral("fixed_fen"), rule.fixedFen},
            {QStringLiteral("rate_bp"), rule.rateBp},
            {QStringLiteral("low_rating"), rule.lowRating},
            {QStringLiteral("low_rating_deduction_fen"), rule.lowRatingDeductionFen},
            {QStringLiteral("valid_from"), rule.validFrom.toString(QLatin1String(DayFormat))}};
}

} // namespace Hearth::Server
