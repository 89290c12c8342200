#include "reviewer.h"

#include "users/roles.h"
#include "workflow/catalogue.h"
#include "workflow/orderscope.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace Hearth::Workflow {

namespace {

using Core::Decimal;
using Internal::ReviewRule;
using Internal::ReviewRules;
using Outcome = ReviewFinding::Outcome;

constexpr char DepositShare[] = "deposit_share";
constexpr char PanelSize[] = "panel_size";
constexpr char CatalogueType[] = "catalogue";
constexpr char AddressMobile[] = "address_mobile";
constexpr char DiscountLimit[] = "discount_limit";
constexpr char TotalLimit[] = "total_limit";
constexpr char ExpressionType[] = "expression";
constexpr char CreditLimit[] = "credit_limit";

constexpr qint64 maxMillimetres = 100'000;

const QStringList &commonKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),       QStringLiteral("type"),      QStringLiteral("name"),
        QStringLiteral("name_en"),  QStringLiteral("outcome"),   QStringLiteral("approvers"),
        QStringLiteral("enabled"),  QStringLiteral("channels"),  QStringLiteral("processes"),
        QStringLiteral("comment"),  QStringLiteral("description")};
    return keys;
}

/// The parameters each type takes besides the common keys.
const QHash<QString, QStringList> &typeKeys()
{
    static const QHash<QString, QStringList> keys{
        {QLatin1String(DepositShare), {QStringLiteral("min")}},
        {QLatin1String(PanelSize),
         {QStringLiteral("max_length_mm"), QStringLiteral("max_width_mm"),
          QStringLiteral("min_mm"), QStringLiteral("thickness_mm")}},
        {QLatin1String(CatalogueType), {QStringLiteral("check")}},
        {QLatin1String(AddressMobile), {QStringLiteral("address")}},
        {QLatin1String(DiscountLimit), {QStringLiteral("max")}},
        {QLatin1String(TotalLimit), {QStringLiteral("max")}},
        {QLatin1String(CreditLimit), {}},
        {QLatin1String(ExpressionType),
         {QStringLiteral("when"), QStringLiteral("scope"), QStringLiteral("message"),
          QStringLiteral("message_en")}},
    };
    return keys;
}

std::optional<Decimal> decimalOf(const QJsonValue &value)
{
    if (value.isString())
        return Decimal::parse(value.toString());
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::abs(d) > 1e12)
        return std::nullopt;
    // The shortest text that reads back as the same double is what the file said: 0.3, not
    // 0.299999999999999988898.
    return Decimal::parse(QString::number(d, 'g', QLocale::FloatingPointShortest));
}

std::optional<qint64> millimetresOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < 1 || d > double(maxMillimetres))
        return std::nullopt;
    return qint64(d);
}

/// Reads one rule of review.json, collecting every problem with its place.
class RuleReader
{
public:
    RuleReader(const QJsonObject &json, int index, QList<Core::Error> *errors)
        : m_json(json), m_index(index), m_errors(errors)
    {}

    QString place(const QString &key) const
    {
        return QStringLiteral("review.json: rules[%1]").arg(m_index)
               + (key.isEmpty() ? QString() : u'.' + key);
    }

    void fail(const QString &key, const QString &message)
    {
        m_errors->append({message, place(key)});
    }

    bool has(const QString &key) const { return m_json.contains(key); }
    QJsonValue value(const QString &key) const { return m_json.value(key); }

    QString text(const QString &key, bool required)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, Reviewer::tr("required"));
            return {};
        }
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(key, Reviewer::tr("expected a text"));
            return {};
        }
        return v.toString().trimmed();
    }

    std::optional<Decimal> decimal(const QString &key, const QString &type)
    {
        if (!has(key)) {
            fail(key, Reviewer::tr("required for a %1 rule").arg(type));
            return std::nullopt;
        }
        const auto d = decimalOf(value(key));
        if (!d)
            fail(key, Reviewer::tr("expected a number"));
        return d;
    }

    qint64 millimetres(const QString &key, const QString &type)
    {
        if (!has(key)) {
            fail(key, Reviewer::tr("required for a %1 rule").arg(type));
            return 0;
        }
        const auto mm = millimetresOf(value(key));
        if (!mm) {
            fail(key, Reviewer::tr("expected whole millimetres from 1 to %1").arg(maxMillimetres));
            return 0;
        }
        return *mm;
    }

    /// A list of texts, each one of allowed (when given); def when the key is absent.
    QStringList texts(const QString &key, const QStringList &allowed, const QStringList &def)
    {
        if (!has(key))
            return def;
        const QJsonValue v = value(key);
        if (!v.isArray() || v.toArray().isEmpty()) {
            fail(key, allowed.isEmpty()
                          ? Reviewer::tr("expected a list of texts")
                          : Reviewer::tr("expected a list of %1")
                                .arg(allowed.join(QStringLiteral(", "))));
            return {};
        }
        QStringList result;
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = items.at(i).toString().trimmed();
            const QString where = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!items.at(i).isString() || item.isEmpty())
                fail(where, Reviewer::tr("expected a text"));
            else if (!allowed.isEmpty() && !allowed.contains(item))
                fail(where, Reviewer::tr("\"%1\" is not one of %2")
                                .arg(item, allowed.join(QStringLiteral(", "))));
            else
                result.append(item);
        }
        return result;
    }

private:
    const QJsonObject &m_json;
    int m_index;
    QList<Core::Error> *m_errors;
};

QStringList roleCodes()
{
    QStringList codes;
    for (Users::Role role : Users::Roles::all())
        codes.append(Users::Roles::code(role));
    return codes;
}

QStringList channelCodes()
{
    QStringList codes;
    for (auto channel : {Orders::Channel::Store, Orders::Channel::Dealer,
                         Orders::Channel::Ecommerce, Orders::Channel::Designer,
                         Orders::Channel::Other}) {
        codes.append(Orders::channelCode(channel));
    }
    return codes;
}

/// The {names} of a message template that the schema does not know.
void checkMessage(RuleReader &r, const QString &key, const QString &message,
                  const FieldSchema &schema, bool perLine)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = placeholder.globalMatch(message); it.hasNext();) {
        const QString name = it.next().captured(1);
        const bool known = schema.fields.contains(name)
                           || (perLine && name == QLatin1String("line"));
        if (!known)
            r.fail(key, Reviewer::tr("the message uses {%1}, which is not a known name").arg(name));
    }
}

void readExpression(RuleReader &r, ReviewRule &rule)
{
    const QString scope = r.text(QStringLiteral("scope"), false);
    if (!scope.isEmpty() && scope != QLatin1String("order") && scope != QLatin1String("line"))
        r.fail(QStringLiteral("scope"), Reviewer::tr("expected \"order\" or \"line\""));
    rule.perLine = scope == QLatin1String("line");
    const FieldSchema &schema = rule.perLine ? LineScope::schema() : OrderScope::schema();

    const QString when = r.text(QStringLiteral("when"), true);
    if (!when.isEmpty()) {
        const auto parsed = Expression::parse(when, schema);
        if (!parsed) {
            r.fail(QStringLiteral("when"), parsed.error().toString());
        } else if (parsed->type() != ValueType::Bool && parsed->type() != ValueType::Any) {
            r.fail(QStringLiteral("when"), Reviewer::tr("the condition must be true or false"));
        } else {
            rule.when = parsed.value();
            if (rule.perLine)
                rule.when.bindNames(&LineScope::lineFieldNames());
        }
    }
    rule.message = r.text(QStringLiteral("message"), true);
    rule.messageEn = r.text(QStringLiteral("message_en"), false);
    checkMessage(r, QStringLiteral("message"), rule.message, schema, rule.perLine);
    checkMessage(r, QStringLiteral("message_en"), rule.messageEn, schema, rule.perLine);
}

void readParameters(RuleReader &r, ReviewRule &rule)
{
    const QString &type = rule.type;
    if (type == QLatin1String(DepositShare)) {
        if (const auto min = r.decimal(QStringLiteral("min"), type)) {
            if (min->micros() <= 0 || min->micros() > Decimal::One)
                r.fail(QStringLiteral("min"), Reviewer::tr("expected a share above 0 and at "
                                                           "most 1, such as 0.3"));
            rule.limit = *min;
        }
    } else if (type == QLatin1String(PanelSize)) {
        rule.maxLengthMm = r.millimetres(QStringLiteral("max_length_mm"), type);
        rule.maxWidthMm = r.millimetres(QStringLiteral("max_width_mm"), type);
        rule.minMm = r.millimetres(QStringLiteral("min_mm"), type);
        if (rule.minMm > 0 && rule.maxWidthMm > 0 && rule.minMm > rule.maxWidthMm)
            r.fail(QStringLiteral("min_mm"), Reviewer::tr("more than max_width_mm"));
        if (rule.maxLengthMm > 0 && rule.maxWidthMm > rule.maxLengthMm)
            r.fail(QStringLiteral("max_width_mm"), Reviewer::tr("more than max_length_mm"));
        const QString key = QStringLiteral("thickness_mm");
        const QJsonValue v = r.value(key);
        if (!r.has(key)) {
            r.fail(key, Reviewer::tr("required for a %1 rule").arg(type));
        } else if (!v.isArray() || v.toArray().isEmpty()) {
            r.fail(key, Reviewer::tr("expected a list of whole millimetres, such as [9, 18, 25]"));
        } else {
            const QJsonArray items = v.toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (const auto mm = millimetresOf(items.at(i)))
                    rule.thicknessesMm.append(*mm);
                else
                    r.fail(QStringLiteral("%1[%2]").arg(key).arg(i),
                           Reviewer::tr("expected whole millimetres from 1 to %1")
                               .arg(maxMillimetres));
            }
        }
    } else if (type == QLatin1String(CatalogueType)) {
        const QStringList kinds{QLatin1String(Catalogue::Material),
                                QLatin1String(Catalogue::Colour)};
        rule.kinds = r.texts(QStringLiteral("check"), kinds, kinds);
    } else if (type == QLatin1String(AddressMobile)) {
        const QStringList fields{QStringLiteral("province"), QStringLiteral("city"),
                                 QStringLiteral("district"), QStringLiteral("street")};
        rule.addressFields = r.texts(QStringLiteral("address"), fields, fields);
    } else if (type == QLatin1String(DiscountLimit)) {
        if (const auto max = r.decimal(QStringLiteral("max"), type)) {
            if (max->micros() < 0 || max->micros() >= Decimal::One)
                r.fail(QStringLiteral("max"), Reviewer::tr("expected a rate of 0 or more and "
                                                           "below 1, such as 0.15"));
            rule.limit = *max;
        }
    } else if (type == QLatin1String(TotalLimit)) {
        if (const auto max = r.decimal(QStringLiteral("max"), type)) {
            if (max->micros() < 0)
                r.fail(QStringLiteral("max"), Reviewer::tr("expected an amount in yuan of 0 or "
                                                           "more, such as 100000"));
            rule.limit = *max;
        }
    } else if (type == QLatin1String(ExpressionType)) {
        readExpression(r, rule);
    }
}

void readCommon(RuleReader &r, ReviewRule &rule)
{
    rule.name = r.text(QStringLiteral("name"), true);
    rule.nameEn = r.text(QStringLiteral("name_en"), false);

    const QString outcome = r.text(QStringLiteral("outcome"), true);
    if (outcome == QLatin1String("hold"))
        rule.outcome = Outcome::Hold;
    else if (outcome == QLatin1String("approval"))
        rule.outcome = Outcome::Approval;
    else if (!outcome.isEmpty())
        r.fail(QStringLiteral("outcome"), Reviewer::tr("expected \"hold\" or \"approval\""));

    const QString approvers = QStringLiteral("approvers");
    if (outcome == QLatin1String("approval")) {
        if (!r.has(approvers)) {
            r.fail(approvers, Reviewer::tr("an approval needs the roles that approve, in "
                                           "order, such as [\"sales_manager\"]"));
        }
        rule.approvers = r.texts(approvers, roleCodes(), {});
    } else if (outcome == QLatin1String("hold") && r.has(approvers)) {
        r.fail(approvers, Reviewer::tr("approvers are only used when the outcome is "
                                       "\"approval\""));
    }

    const QJsonValue enabled = r.value(QStringLiteral("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        r.fail(QStringLiteral("enabled"), Reviewer::tr("expected true or false"));
    rule.enabled = enabled.toBool(true);
    rule.channels = r.texts(QStringLiteral("channels"), channelCodes(), {});
    rule.processes = r.texts(QStringLiteral("processes"), {}, {});
}

QList<Core::Error> readRules(const RuleSet &set, QList<ReviewRule> *rules)
{
    QList<Core::Error> errors;
    const QJsonValue list = set.review.value(QLatin1String("rules"));
    if (!list.isArray()) {
        errors.append({Reviewer::tr("expected a list of rules"),
                       QStringLiteral("review.json: rules")});
        return errors;
    }
    const QJsonArray items = list.toArray();
    QHash<QString, int> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            errors.append({Reviewer::tr("expected a rule object"),
                           QStringLiteral("review.json: rules[%1]").arg(i)});
            continue;
        }
        const QJsonObject json = items.at(i).toObject();
        RuleReader r(json, int(i), &errors);
        ReviewRule rule;

        static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
        rule.id = r.text(QStringLiteral("id"), true);
        if (!rule.id.isEmpty() && !idPattern.match(rule.id).hasMatch()) {
            r.fail(QStringLiteral("id"), Reviewer::tr("expected lower-case letters, digits and "
                                                      "_, such as \"deposit\""));
        } else if (ids.contains(rule.id)) {
            r.fail(QStringLiteral("id"), Reviewer::tr("rules[%1] already has the id \"%2\"")
                                             .arg(ids.value(rule.id))
                                             .arg(rule.id));
        } else if (!rule.id.isEmpty()) {
            ids.insert(rule.id, int(i));
        }

        rule.type = r.text(QStringLiteral("type"), true);
        const bool knownType = typeKeys().contains(rule.type);
        if (!rule.type.isEmpty() && !knownType) {
            r.fail(QStringLiteral("type"), Reviewer::tr("unknown rule type \"%1\"; expected one "
                                                        "of %2")
                                               .arg(rule.type, Reviewer::types().join(
                                                                   QStringLiteral(", "))));
        }
        readCommon(r, rule);
        if (knownType) {
            const QStringList &own = typeKeys().value(rule.type);
            for (auto it = json.begin(); it != json.end(); ++it) {
                if (!commonKeys().contains(it.key()) && !own.contains(it.key())) {
                    r.fail(it.key(), Reviewer::tr("unknown parameter for a %1 rule; it takes %2")
                                         .arg(rule.type, own.isEmpty()
                                                             ? Reviewer::tr("none")
                                                             : own.join(QStringLiteral(", "))));
                }
            }
            readParameters(r, rule);
        }
        rules->append(rule);
    }
    return errors;
}

} // namespace

QStringList Reviewer::types()
{
    return {QLatin1String(DepositShare),  QLatin1String(PanelSize),
            QLatin1String(CatalogueType), QLatin1String(AddressMobile),
            QLatin1String(DiscountLimit), QLatin1String(TotalLimit),
            QLatin1String(ExpressionType), QLatin1String(CreditLimit)};
}

QList<Core::Error> Reviewer::validate(const RuleSet &rules)
{
    QList<ReviewRule> read;
    return readRules(rules, &read);
}

Core::Result<Reviewer> Reviewer::compile(const RuleSet &rules)
{
    Reviewer reviewer;
    const QList<Core::Error> errors = readRules(rules, &reviewer.m_rules);
    if (!errors.isEmpty())
        return errors.first();
    return reviewer;
}

Core::Result<ReviewResult> Reviewer::review(const Orders::SalesOrder &order,
                                            const QList<Part> &parts, const Catalogue &catalogue,
                                            const RuleSet &rules, const QString &process)
{
    const auto reviewer = compile(rules);
    if (!reviewer)
        return reviewer.error();
    return reviewer->run(order, parts, catalogue, process);
}

ReviewResult Reviewer::run(const Orders::SalesOrder &order, const QList<Part> &parts,
                           const Catalogue &catalogue, const QString &process) const
{
    ReviewResult result;
    result.findings.reserve(m_rules.size());
    const QString channel = Orders::channelCode(order.channel);
    for (const ReviewRule &rule : m_rules) {
        if (!rule.enabled)
            continue;
        if (!rule.channels.isEmpty() && !rule.channels.contains(channel))
            continue;
        if (!rule.processes.isEmpty() && !rule.processes.contains(process))
            continue;
        const QString &type = rule.type;
        if (type == QLatin1String(DepositShare))
            result.findings += ReviewRules::depositShare(rule, order);
        else if (type == QLatin1String(PanelSize))
            result.findings += ReviewRules::panelSize(rule, order, parts);
        else if (type == QLatin1String(CatalogueType))
            result.findings += ReviewRules::catalogue(rule, order, catalogue);
        else if (type == QLatin1String(AddressMobile))
            result.findings += ReviewRules::addressMobile(rule, order);
        else if (type == QLatin1String(DiscountLimit))
            result.findings += ReviewRules::discountLimit(rule, order);
        else if (type == QLatin1String(TotalLimit))
            result.findings += ReviewRules::totalLimit(rule, order);
        else if (type == QLatin1String(ExpressionType))
            result.findings += ReviewRules::expression(rule, order);
        else if (type == QLatin1String(CreditLimit))
            result.findings += ReviewRules::creditLimit(rule, order);
    }
    return result;
}

QStringList Reviewer::ruleIds() const
{
    QStringList ids;
    for (const ReviewRule &rule : m_rules)
        ids.append(rule.id);
    return ids;
}

QString Reviewer::ruleName(const QString &id) const
{
    for (const ReviewRule &rule : m_rules) {
        if (rule.id == id)
            return ReviewRules::dataInChinese() || rule.nameEn.isEmpty() ? rule.name : rule.nameEn;
    }
    return {};
}

} // namespace Hearth::Workflow
