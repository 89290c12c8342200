#include "splitrules.h"

#include "workflow/jsonvalues.h"
#include "workflow/orderscope.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Hearth::Workflow {

using Core::Error;

namespace {

const QString fileName = QStringLiteral("split.json");

const QStringList taskKinds = {QStringLiteral("work_order"), QStringLiteral("purchase"),
                               QStringLiteral("collection"), QStringLiteral("shipment"),
                               QStringLiteral("installation")};

const QStringList strategies = {QStringLiteral("round_robin"), QStringLiteral("least_open")};

// Each title and the placeholders it may use.
const QHash<QString, QStringList> &titleFields()
{
    static const QHash<QString, QStringList> fields = {
        {QStringLiteral("work_order"),
         {QStringLiteral("order_no"), QStringLiteral("workshop"), QStringLiteral("lines")}},
        {QStringLiteral("rush_work_order"),
         {QStringLiteral("order_no"), QStringLiteral("workshop"), QStringLiteral("lines")}},
        {QStringLiteral("purchase"),
         {QStringLiteral("order_no"), QStringLiteral("supplier"), QStringLiteral("lines")}},
        {QStringLiteral("deposit"),
         {QStringLiteral("order_no"), QStringLiteral("amount"), QStringLiteral("lines")}},
        {QStringLiteral("balance"),
         {QStringLiteral("order_no"), QStringLiteral("amount"), QStringLiteral("stage"),
          QStringLiteral("lines")}},
        {QStringLiteral("installation"), {QStringLiteral("order_no"), QStringLiteral("lines")}},
        {QStringLiteral("shipment"), {QStringLiteral("order_no"), QStringLiteral("lines")}},
        {QStringLiteral("line"), {QStringLiteral("line_no"), QStringLiteral("description")}},
        {QStringLiteral("line_separator"), {}},
        {QStringLiteral("more_lines"), {QStringLiteral("count")}},
    };
    return fields;
}

class RulesReader
{
public:
    RulesReader(const QJsonObject &json, const QStringList &templateIds, QList<Error> &errors)
        : m_json(json), m_templateIds(templateIds), m_errors(errors)
    {
    }

    SplitRules read();

private:
    void fail(const QString &where, const QString &message)
    {
        m_errors.append(Error{message, fileName + u' ' + where});
    }
    std::optional<Expression> condition(const QJsonObject &o, const QString &where,
                                        const FieldSchema &schema);
    int hours(const QJsonObject &o, const char *key, const QString &where, int fallback,
              bool allowNegative = false);
    std::optional<Assignee> assignee(const QJsonValue &value, const QString &where);
    void readWorkshops();
    void readSuppliers();
    void readLines();
    void readRoutes();
    void readCollection();
    void readInstallation();
    void readAssignees();
    void readTitles();

    const QJsonObject &m_json;
    const QStringList &m_templateIds;
    QList<Error> &m_errors;
    SplitRules m_rules;
};

std::optional<Expression> RulesReader::condition(const QJsonObject &o, const QString &where,
                                                 const FieldSchema &schema)
{
    const QJsonValue when = o.value(QLatin1String("when"));
    if (when.isUndefined())
        return std::nullopt;
    if (!when.isString()) {
        fail(where + QStringLiteral(".when"), SplitRules::tr("expected a condition as text"));
        return std::nullopt;
    }
    auto parsed = Expression::parse(when.toString(), schema);
    if (!parsed) {
        fail(where + QStringLiteral(".when"),
             SplitRules::tr("%1 (%2) in \"%3\"")
                 .arg(parsed.error().message, parsed.error().where, when.toString()));
        return std::nullopt;
    }
    if (parsed->type() != ValueType::Bool && parsed->type() != ValueType::Any) {
        fail(where + QStringLiteral(".when"),
             SplitRules::tr("\"%1\" is not a condition (true or false)").arg(when.toString()));
        return std::nullopt;
    }
    if (parsed->neverTrue()) {
        fail(where + QStringLiteral(".when"),
             SplitRules::tr("\"%1\" can never be true").arg(when.toString()));
    }
    return parsed.value();
}

int RulesReader::hours(const QJsonObject &o, const char *key, const QString &where,
                       int fallback, bool allowNegative)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    const qint64 n = v.toInteger(-1000000);
    if (!v.isDouble() || n != v.toDouble() || n < (allowNegative ? -10000 : 0) || n > 10000) {
        fail(where + u'.' + QLatin1String(key),
             SplitRules::tr("expected a whole number of working hours"));
        return fallback;
    }
    return int(n);
}

std::optional<Assignee> RulesReader::assignee(const QJsonValue &value, const QString &where)
{
    const QJsonObject o = value.toObject();
    Assignee a;
    a.role = o.value(QLatin1String("role")).toString();
    a.unitCode = o.value(QLatin1String("unit")).toString();
    a.strategy = o.value(QLatin1String("strategy")).toString(QStringLiteral("round_robin"));
    if (!value.isObject() || (a.role.isEmpty() && a.unitCode.isEmpty())) {
        fail(where, SplitRules::tr("an assignee needs a \"role\", a \"unit\" or both"));
        return std::nullopt;
    }
    if (!strategies.contains(a.strategy)) {
        fail(where + QStringLiteral(".strategy"),
             SplitRules::tr("expected \"round_robin\" or \"least_open\", not \"%1\"")
                 .arg(a.strategy));
        return std::nullopt;
    }
    return a;
}

void RulesReader::readWorkshops()
{
    const QJsonArray list = m_json.value(QLatin1String("workshops")).toArray();
    if (list.isEmpty())
        fail(QStringLiteral("workshops"), SplitRules::tr("name at least one workshop"));
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = QStringLiteral("workshops[%1]").arg(i);
        SplitRules::Workshop w;
        w.code = o.value(QLatin1String("code")).toString();
        w.name = o.value(QLatin1String("name")).toString();
        w.nameEn = o.value(QLatin1String("name_en")).toString();
        w.dueWorkingHours = hours(o, "due_working_hours", where, 0);
        if (w.code.isEmpty() || m_rules.workshop(w.code)) {
            fail(where + QStringLiteral(".code"),
                 SplitRules::tr("each workshop needs its own code (the unit's code)"));
        }
        if (w.name.isEmpty() || w.nameEn.isEmpty())
            fail(where, SplitRules::tr("a workshop needs \"name\" (Chinese) and \"name_en\""));
        m_rules.workshops.append(w);
    }
}

void RulesReader::readSuppliers()
{
    const QJsonArray list = m_json.value(QLatin1String("suppliers")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = QStringLiteral("suppliers[%1]").arg(i);
        SplitRules::Supplier s;
        s.code = o.value(QLatin1String("code")).toString();
        s.name = o.value(QLatin1String("name")).toString();
        s.nameEn = o.value(QLatin1String("name_en")).toString();
        s.leadWorkingHours = hours(o, "lead_working_hours", where, 0);
        if (s.code.isEmpty() || m_rules.supplier(s.code)) {
            fail(where + QStringLiteral(".code"),
                 SplitRules::tr("each supplier needs its own code"));
        }
        if (s.name.isEmpty() || s.nameEn.isEmpty())
            fail(where, SplitRules::tr("a supplier needs \"name\" (Chinese) and \"name_en\""));
        m_rules.suppliers.append(s);
    }
}

void RulesReader::readLines()
{
    const QJsonArray list = m_json.value(QLatin1String("lines")).toArray();
    if (list.isEmpty())
        fail(QStringLiteral("lines"), SplitRules::tr("name at least one line rule"));
    QSet<QString> ids;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        SplitRules::LineRule r;
        r.index = i;
        r.id = o.value(QLatin1String("id")).toString();
        const QString where = QStringLiteral("lines[%1] (%2)").arg(i).arg(r.id);
        if (r.id.isEmpty() || ids.contains(r.id))
            fail(where + QStringLiteral(".id"), SplitRules::tr("each rule needs its own id"));
        ids.insert(r.id);
        r.name = o.value(QLatin1String("name")).toString();
        r.nameEn = o.value(QLatin1String("name_en")).toString();
        if (r.name.isEmpty() || r.nameEn.isEmpty())
            fail(where, SplitRules::tr("a rule needs \"name\" (Chinese) and \"name_en\""));
        r.when = condition(o, where, LineScope::schema());
        if (r.when)
            r.when->bindNames(&LineScope::lineFieldNames());
        const QString action = o.value(QLatin1String("action")).toString();
        r.workshop = o.value(QLatin1String("workshop")).toString();
        r.supplier = o.value(QLatin1String("supplier")).toString();
        r.templateId = o.value(QLatin1String("template")).toString();
        r.params = o.value(QLatin1String("params")).toObject();
        r.install = o.value(QLatin1String("install")).toBool(false);
        r.ship = o.value(QLatin1String("ship")).toBool(action != QLatin1String("none"));
        if (action == QLatin1String("make")) {
            r.action = SplitRules::Action::Make;
            if (!m_rules.workshop(r.workshop)) {
                fail(where + QStringLiteral(".workshop"),
                     SplitRules::tr("no workshop \"%1\" in \"workshops\"").arg(r.workshop));
            }
        } else if (action == QLatin1String("purchase")) {
            r.action = SplitRules::Action::Purchase;
            if (!m_rules.supplier(r.supplier)) {
                fail(where + QStringLiteral(".supplier"),
                     SplitRules::tr("no supplier \"%1\" in \"suppliers\"").arg(r.supplier));
            }
        } else if (action != QLatin1String("none")) {
            fail(where + QStringLiteral(".action"),
                 SplitRules::tr("expected \"make\", \"purchase\" or \"none\", not \"%1\"")
                     .arg(action));
        }
        if (!r.templateId.isEmpty()) {
            if (r.action != SplitRules::Action::Make) {
                fail(where + QStringLiteral(".template"),
                     SplitRules::tr("only a \"make\" rule can explode a template"));
            } else if (!m_templateIds.contains(r.templateId)) {
                fail(where + QStringLiteral(".template"),
                     SplitRules::tr("no template \"%1\" (templates: %2)")
                         .arg(r.templateId, m_templateIds.join(QStringLiteral(", "))));
            }
        }
        if (!r.params.isEmpty() && r.templateId.isEmpty()) {
            fail(where + QStringLiteral(".params"),
                 SplitRules::tr("parameters need a \"template\" to set"));
        }
        m_rules.lines.append(r);
    }
}

void RulesReader::readRoutes()
{
    const QJsonArray list = m_json.value(QLatin1String("part_routes")).toArray();
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = QStringLiteral("part_routes[%1]").arg(i);
        SplitRules::PartRoute route;
        route.workshop = o.value(QLatin1String("workshop")).toString();
        for (const QJsonValue &code : o.value(QLatin1String("parts")).toArray()) {
            if (seen.contains(code.toString())) {
                fail(where + QStringLiteral(".parts"),
                     SplitRules::tr("the part \"%1\" is routed twice").arg(code.toString()));
            }
            seen.insert(code.toString());
            route.codes.append(code.toString());
        }
        if (route.codes.isEmpty())
            fail(where + QStringLiteral(".parts"), SplitRules::tr("name the part codes to route"));
        if (!m_rules.workshop(route.workshop)) {
            fail(where + QStringLiteral(".workshop"),
                 SplitRules::tr("no workshop \"%1\" in \"workshops\"").arg(route.workshop));
        }
        m_rules.partRoutes.append(route);
    }
}

void RulesReader::readCollection()
{
    const QJsonObject c = m_json.value(QLatin1String("collection")).toObject();
    const QString where = QStringLiteral("collection");
    m_rules.depositDueWorkingHours = hours(c, "deposit_due_working_hours", where, 8);

    const QJsonObject stages = c.value(QLatin1String("stages")).toObject();
    for (auto it = stages.begin(); it != stages.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString stageWhere = where + QStringLiteral(".stages.") + it.key();
        SplitRules::Stage s;
        s.code = it.key();
        s.name = o.value(QLatin1String("name")).toString();
        s.nameEn = o.value(QLatin1String("name_en")).toString();
        s.anchor = o.value(QLatin1String("anchor")).toString();
        s.offsetWorkingHours = hours(o, "offset_working_hours", stageWhere, 0, true);
        s.fallback = o.value(QLatin1String("fallback")).toString();
        if (s.name.isEmpty() || s.nameEn.isEmpty())
            fail(stageWhere, SplitRules::tr("a stage needs \"name\" (Chinese) and \"name_en\""));
        if (!s.anchor.isEmpty() && s.anchor != QLatin1String("shipment")
            && s.anchor != QLatin1String("installation")) {
            fail(stageWhere + QStringLiteral(".anchor"),
                 SplitRules::tr("expected \"shipment\", \"installation\" or nothing, not \"%1\"")
                     .arg(s.anchor));
        }
        m_rules.stages.insert(s.code, s);
    }
    for (const SplitRules::Stage &s : std::as_const(m_rules.stages)) {
        if (!s.fallback.isEmpty()
            && (!m_rules.stages.contains(s.fallback) || s.fallback == s.code)) {
            fail(where + QStringLiteral(".stages.") + s.code + QStringLiteral(".fallback"),
                 SplitRules::tr("no other stage \"%1\"").arg(s.fallback));
        }
    }

    const QJsonArray policies = c.value(QLatin1String("policies")).toArray();
    if (policies.isEmpty())
        fail(where + QStringLiteral(".policies"), SplitRules::tr("name at least one policy"));
    for (int i = 0; i < policies.size(); ++i) {
        const QJsonObject o = policies.at(i).toObject();
        SplitRules::CollectionPolicy p;
        p.index = i;
        p.id = o.value(QLatin1String("id")).toString();
        const QString policyWhere = where + QStringLiteral(".policies[%1] (%2)").arg(i).arg(p.id);
        p.when = condition(o, policyWhere, OrderScope::schema());
        const auto share = Internal::jsonDecimal(o.value(QLatin1String("deposit_share")));
        if (!share || *share < Core::Decimal() || *share > Core::Decimal::fromInt(1)) {
            fail(policyWhere + QStringLiteral(".deposit_share"),
                 SplitRules::tr("expected a share from 0 to 1, such as \"0.3\""));
        } else {
            p.depositShare = *share;
        }
        p.balanceStage = o.value(QLatin1String("balance")).toString();
        if (!m_rules.stages.contains(p.balanceStage)) {
            fail(policyWhere + QStringLiteral(".balance"),
                 SplitRules::tr("no stage \"%1\" in \"stages\"").arg(p.balanceStage));
        }
        m_rules.policies.append(p);
    }
    if (!m_rules.policies.isEmpty() && m_rules.policies.last().when) {
        fail(where + QStringLiteral(".policies"),
             SplitRules::tr("the last policy needs no \"when\", so that every order has one"));
    }
}

void RulesReader::readInstallation()
{
    const QJsonObject o = m_json.value(QLatin1String("installation")).toObject();
    const QString where = QStringLiteral("installation");
    m_rules.installAfterShipmentHours = hours(o, "after_shipment_working_hours", where, 16);
    const QJsonArray teams = o.value(QLatin1String("teams")).toArray();
    for (int i = 0; i < teams.size(); ++i) {
        const QJsonObject t = teams.at(i).toObject();
        const QString teamWhere = where + QStringLiteral(".teams[%1]").arg(i);
        SplitRules::Team team;
        team.when = condition(t, teamWhere, OrderScope::schema());
        if (auto a = assignee(t.value(QLatin1String("assignee")),
                              teamWhere + QStringLiteral(".assignee")))
            team.assignee = *a;
        m_rules.installTeams.append(team);
    }
    const QJsonObject shipment = m_json.value(QLatin1String("shipment")).toObject();
    m_rules.shipmentAfterReadyHours = hours(shipment, "after_ready_working_hours",
                                            QStringLiteral("shipment"), 8);
    const QJsonObject remake = m_json.value(QLatin1String("remake")).toObject();
    m_rules.remakeDueWorkingHours = hours(remake, "due_working_hours", QStringLiteral("remake"),
                                          16);
}

void RulesReader::readAssignees()
{
    const QJsonObject o = m_json.value(QLatin1String("assignees")).toObject();
    for (const QString &kind : taskKinds) {
        const QString where = QStringLiteral("assignees.") + kind;
        if (!o.contains(kind)) {
            fail(where, SplitRules::tr("say who gets %1 tasks").arg(kind));
            continue;
        }
        if (auto a = assignee(o.value(kind), where))
            m_rules.assignees.insert(kind, *a);
    }
}

void RulesReader::readTitles()
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    const QJsonObject o = m_json.value(QLatin1String("titles")).toObject();
    const auto &fields = titleFields();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString where = QStringLiteral("titles.") + it.key();
        const QJsonValue v = o.value(it.key());
        if (!v.isString()) {
            fail(where, SplitRules::tr("the title pattern is missing"));
            continue;
        }
        const QString text = v.toString();
        for (auto m = placeholder.globalMatch(text); m.hasNext();) {
            const QString name = m.next().captured(1);
            if (!it.value().contains(name)) {
                fail(where, SplitRules::tr("{%1} is not known here; use %2")
                                .arg(name, it.value().isEmpty()
                                               ? SplitRules::tr("none")
                                               : QStringLiteral("{") + it.value().join(
                                                     QStringLiteral("}, {"))
                                                     + QStringLiteral("}")));
            }
        }
        m_rules.titles.insert(it.key(), text);
    }
    const QJsonValue max = o.value(QLatin1String("max_lines"));
    if (!max.isUndefined()) {
        const qint64 n = max.toInteger(0);
        if (n < 1 || n > 20)
            fail(QStringLiteral("titles.max_lines"), SplitRules::tr("expected 1 to 20"));
        else
            m_rules.titleMaxLines = int(n);
    }
}

SplitRules RulesReader::read()
{
    readWorkshops();
    readSuppliers();
    readLines();
    readRoutes();
    readCollection();
    readInstallation();
    readAssignees();
    readTitles();
    return m_rules;
}

} // namespace

SplitRules SplitRules::read(const QJsonObject &json, const QStringList &templateIds,
                            QList<Error> &errors)
{
    RulesReader reader(json, templateIds, errors);
    return reader.read();
}

const SplitRules::Workshop *SplitRules::workshop(const QString &code) const
{
    for (const Workshop &w : workshops) {
        if (w.code == code)
            return &w;
    }
    return nullptr;
}

const SplitRules::Supplier *SplitRules::supplier(const QString &code) const
{
    for (const Supplier &s : suppliers) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QString SplitRules::routeOf(const QString &partCode) const
{
    for (const PartRoute &route : partRoutes) {
        if (route.codes.contains(partCode))
            return route.workshop;
    }
    return {};
}

} // namespace Hearth::Workflow
