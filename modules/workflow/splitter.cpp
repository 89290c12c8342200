#include "splitter.h"

#include "core/money.h"
#include "orders/salesorder.h"
#include "workflow/cabinettemplate.h"
#include "workflow/jsonvalues.h"
#include "workflow/orderscope.h"
#include "workflow/splitrules.h"

#include <QJsonArray>
#include <QMap>
#include <QMutex>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>

namespace Hearth::Workflow {

using Core::Error;
using Orders::OrderLine;
using Orders::SalesOrder;

namespace Internal {

// A hardware entry of a work order's details, as a key of the entries made before.
struct HardwareKey
{
    QString code;
    QString name;
    qint64 quantityMicros = 0;
    QString unit;

    bool operator==(const HardwareKey &) const = default;
};

size_t qHash(const HardwareKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.code, key.name, key.quantityMicros, key.unit);
}

} // namespace Internal

struct Splitter::Data
{
    SplitRules rules;
    QHash<QString, CabinetTemplate> templates;
    QStringList workOrderKeys;  // "work_order:<code>" of each of rules.workshops
    // The hardware entries of work orders made before, by code, name, quantity and unit: orders
    // repeat a few, and a JSON object costs far more to make than to look up.
    mutable QMutex hardwareObjectsMutex;
    mutable QHash<Internal::HardwareKey, QJsonObject> hardwareObjects;
};

namespace {

__extension__ using Int128 = __int128;

const QString workOrderPrefix = QStringLiteral("work_order:");
const QString purchasePrefix = QStringLiteral("purchase:");

// What the split decided for one order line.
struct LinePlan
{
    const OrderLine *line = nullptr;
    const SplitRules::LineRule *rule = nullptr;  // null: no rule matched
    QString templateId;                          // the template that made its parts
    Explosion explosion;  // its parts and hardware, moved to the plan once every line is read
    QStringList routes;   // where its parts go, by SplitRules::routeOf(), each once
    bool exploded = false;
    // The line as task details describe it, made once for every task that lists it.
    mutable std::optional<QJsonObject> json;
    mutable std::optional<QString> title;  // "第2行地柜", as titles list it
};

QString lineName(const OrderLine &line)
{
    return !line.description.isEmpty() ? line.description : line.sku;
}

// Replaces each "{name}" in turn; the names are given with their braces.
QString fill(QString pattern, std::initializer_list<std::pair<const char *, QString>> values)
{
    if (pattern.isEmpty())
        return pattern;
    const auto braces = [](QStringView text) {
        return text.contains(u'{') || text.contains(u'}');
    };
    // When every brace of the pattern belongs to one of the names and no value has a brace,
    // one pass gives what replacing the names in turn gives, without a copy per name.
    bool onePass = std::none_of(values.begin(), values.end(),
                                [&](const auto &v) { return braces(v.second); });
    QString out;
    if (onePass) {
        out.reserve(pattern.size() + 64);
        qsizetype from = 0;
        while (onePass) {
            const qsizetype open = pattern.indexOf(u'{', from);
            const QStringView literal = QStringView(pattern).mid(
                from, open < 0 ? pattern.size() - from : open - from);
            if (literal.contains(u'}')) {
                onePass = false;
                break;
            }
            out += literal;
            if (open < 0)
                break;
            const qsizetype close = pattern.indexOf(u'}', open);
            const QStringView token = close < 0 ? QStringView()
                                                : QStringView(pattern).mid(open, close - open + 1);
            const auto value = std::find_if(values.begin(), values.end(), [&](const auto &v) {
                return token == QLatin1StringView(v.first);
            });
            if (close < 0 || value == values.end()) {
                onePass = false;
                break;
            }
            out += value->second;
            from = close + 1;
        }
        if (onePass)
            return out;
    }
    for (const auto &[name, value] : values)
        pattern.replace(QLatin1String(name), value);
    return pattern;
}

// "1.000000" m² from mm², exact.
QString squareMetres(qint64 mm2)
{
    const qint64 whole = mm2 / 1'000'000;
    const qint64 rest = mm2 % 1'000'000;
    return QStringLiteral("%1.%2").arg(whole).arg(rest, 6, 10, QLatin1Char('0'));
}

// "12.345" m from mm, exact.
QString metres(qint64 mm)
{
    return QStringLiteral("%1.%2").arg(mm / 1000).arg(mm % 1000, 3, 10, QLatin1Char('0'));
}

qint64 shareOf(qint64 fen, Core::Decimal share)
{
    const Int128 product = Int128(fen) * share.micros();
    const Int128 half = Core::Decimal::One / 2;
    const Int128 rounded = product >= 0 ? (product + half) / Core::Decimal::One
                                        : -((-product + half) / Core::Decimal::One);
    return qint64(rounded);
}

QJsonObject lineJson(const LinePlan &p)
{
    const OrderLine &l = *p.line;
    Internal::JsonObjectBuilder b;
    b.add(QLatin1StringView("line_id"), l.id);
    b.add(QLatin1StringView("line_no"), l.lineNo);
    b.add(QLatin1StringView("description"), lineName(l));
    b.add(QLatin1StringView("quantity"), l.quantity.toString());
    b.add(QLatin1StringView("unit"), Orders::unitCode(l.unit));
    if (l.widthMm)
        b.add(QLatin1StringView("width_mm"), *l.widthMm);
    if (l.heightMm)
        b.add(QLatin1StringView("height_mm"), *l.heightMm);
    if (l.depthMm)
        b.add(QLatin1StringView("depth_mm"), *l.depthMm);
    if (!l.material.isEmpty())
        b.add(QLatin1StringView("material"), l.material);
    if (!l.colour.isEmpty())
        b.add(QLatin1StringView("colour"), l.colour);
    if (p.rule)
        b.add(QLatin1StringView("rule"), p.rule->id);
    if (p.exploded)
        b.add(QLatin1StringView("template"), p.templateId);
    QJsonObject o = b.object();
    if (p.exploded) {
        QJsonArray cabinets;
        for (const CabinetGroup &g : p.explosion.groups) {
            Internal::JsonObjectBuilder cabinet;
            cabinet.add(QLatin1StringView("width_mm"), g.widthMm);
            cabinet.add(QLatin1StringView("count"), g.count * p.explosion.multiplier);
            QJsonObject c = cabinet.object();
            c.insert(QLatin1StringView("parameters"), g.parameters);
            cabinets.append(c);
        }
        o.insert(QLatin1StringView("cabinets"), cabinets);
    }
    return o;
}

// Builds the plan of one order; every method adds to m_plan.
class Planner
{
public:
    Planner(const Splitter::Data &data, const SalesOrder &order) : m_data(data), m_order(order)
    {
        m_orderNo = !order.orderNo.isEmpty() ? order.orderNo : order.channelOrderNo;
        m_lineTitle = rules().titles.value(QStringLiteral("line"));
        m_lineSeparator = rules().titles.value(QStringLiteral("line_separator"));
        m_moreLines = rules().titles.value(QStringLiteral("more_lines"));
    }

    Core::Result<SplitPlan> run();

private:
    const SplitRules &rules() const { return m_data.rules; }
    std::optional<Error> matchLines();
    std::optional<Error> explode(LinePlan &p);
    void addWorkOrders(bool rush);
    void addPurchases();
    std::optional<Error> addShipmentAndInstallation();
    std::optional<Error> addCollections();

    QString linesText(const QList<const LinePlan *> &lines) const;
    PlannedTask task(const QString &key, const QString &kind, const QString &title,
                     const QList<const LinePlan *> &lines,
                     Internal::JsonObjectBuilder details = {}) const;
    QJsonArray linesJson(const QList<const LinePlan *> &lines) const;
    QList<const LinePlan *> allMatched() const;
    QJsonObject hardwareJson(const QString &code, const QString &name, Core::Decimal quantity,
                             const QString &unit) const;

    const Splitter::Data &m_data;
    const SalesOrder &m_order;
    QString m_orderNo;
    QString m_lineTitle;
    QString m_lineSeparator;
    QString m_moreLines;
    QList<LinePlan> m_lines;
    struct LinesArray
    {
        QList<const LinePlan *> lines;
        QJsonArray array;
    };
    mutable LinesArray m_lastLines[2];  // the last "lines" made for other tasks, collections
    SplitPlan m_plan;
    int m_readyHours = 0;
    int m_shipmentDue = -1;
    int m_installationDue = -1;
};

std::optional<Error> Planner::matchLines()
{
    m_lines.reserve(m_order.lines.size());
    for (int i = 0; i < m_order.lines.size(); ++i) {
        LinePlan p;
        p.line = &m_order.lines.at(i);
        const LineScope scope(m_order, i);
        for (const SplitRules::LineRule &rule : rules().lines) {
            if (!rule.when) {
                p.rule = &rule;
                break;
            }
            const auto holds = rule.when->test(scope);
            if (!holds) {
                return Error{Splitter::tr("order %1, line %2: the rule \"%3\" cannot be "
                                          "checked: %4")
                                 .arg(m_orderNo)
                                 .arg(p.line->lineNo)
                                 .arg(rule.id, holds.error().message),
                             QStringLiteral("split.json lines[%1].when").arg(rule.index)};
            }
            if (holds.value()) {
                p.rule = &rule;
                break;
            }
        }
        if (!p.rule) {
            m_plan.warnings.append(Splitter::tr("line %1 (%2) matches no split rule and is in "
                                                "no task")
                                       .arg(p.line->lineNo)
                                       .arg(lineName(*p.line)));
        } else if (p.rule->action == SplitRules::Action::Make) {
            if (auto error = explode(p))
                return error;
        }
        m_lines.append(std::move(p));
    }
    // The parts and hardware go to the plan in the order of the lines, moved in one go.
    qsizetype parts = 0;
    qsizetype hardware = 0;
    for (const LinePlan &p : std::as_const(m_lines)) {
        parts += p.explosion.parts.size();
        hardware += p.explosion.hardware.size();
    }
    m_plan.parts.reserve(m_plan.parts.size() + parts);
    m_plan.hardware.reserve(m_plan.hardware.size() + hardware);
    for (LinePlan &p : m_lines) {
        for (Part &part : p.explosion.parts)
            m_plan.parts.append(std::move(part));
        for (HardwareItem &item : p.explosion.hardware)
            m_plan.hardware.append(std::move(item));
        p.explosion.parts.clear();
        p.explosion.hardware.clear();
    }
    return std::nullopt;
}

std::optional<Error> Planner::explode(LinePlan &p)
{
    const QString fromSpec = p.line->spec.value(QLatin1String("template")).toString();
    const QString id = !fromSpec.isEmpty() ? fromSpec : p.rule->templateId;
    if (id.isEmpty())
        return std::nullopt;
    const auto it = m_data.templates.constFind(id);
    if (it == m_data.templates.constEnd()) {
        m_plan.warnings.append(Splitter::tr("line %1 (%2): there is no template \"%3\"; no "
                                            "parts are made for it")
                                   .arg(p.line->lineNo)
                                   .arg(lineName(*p.line), id));
        return std::nullopt;
    }
    if (const QString missing = it->missingInput(*p.line); !missing.isEmpty()) {
        m_plan.warnings.append(missing);
        return std::nullopt;
    }
    const QJsonObject params = id == p.rule->templateId ? p.rule->params : QJsonObject();
    auto exploded = it->explode(*p.line, params);
    if (!exploded) {
        return Error{Splitter::tr("order %1, %2").arg(m_orderNo, exploded.error().message),
                     exploded.error().where};
    }
    p.templateId = id;
    p.explosion = std::move(exploded.value());
    p.exploded = true;
    const QString ownTask = workOrderPrefix + p.rule->workshop;
    QString lastCode;
    QString lastRoute;
    QString lastKey;
    for (Part &part : p.explosion.parts) {
        if (lastKey.isNull() || part.code != lastCode) {
            lastCode = part.code;
            lastRoute = rules().routeOf(part.code);
            lastKey = lastRoute.isEmpty() ? ownTask : workOrderPrefix + lastRoute;
            if (!p.routes.contains(lastRoute))
                p.routes.append(lastRoute);
        }
        part.taskKey = lastKey;
    }
    for (HardwareItem &item : p.explosion.hardware)
        item.taskKey = ownTask;
    return std::nullopt;
}

QString Planner::linesText(const QList<const LinePlan *> &lines) const
{
    // The first titleMaxLines line titles joined by the separator, then "and n more".
    QString text;
    qsizetype named = 0;
    for (const LinePlan *p : lines) {
        if (named == rules().titleMaxLines)
            break;
        if (!p->title) {
            p->title = fill(m_lineTitle, {{"{line_no}", QString::number(p->line->lineNo)},
                                          {"{description}", lineName(*p->line)}});
        }
        if (named++ > 0)
            text += m_lineSeparator;
        text += *p->title;
    }
    if (lines.size() > named)
        text += fill(m_moreLines, {{"{count}", QString::number(lines.size())}});
    return text;
}

QJsonArray Planner::linesJson(const QList<const LinePlan *> &lines) const
{
    QJsonArray array;
    for (const LinePlan *p : lines) {
        if (!p->json)
            p->json = lineJson(*p);
        array.append(*p->json);
    }
    return array;
}

PlannedTask Planner::task(const QString &key, const QString &kind, const QString &title,
                          const QList<const LinePlan *> &lines,
                          Internal::JsonObjectBuilder details) const
{
    PlannedTask t;
    t.key = key;
    t.kind = kind;
    t.title = title;
    t.assignee = rules().assignees.value(kind);
    t.lineIds.reserve(lines.size());
    for (const LinePlan *p : lines)
        t.lineIds.append(p->line->id);
    details.add(QLatin1StringView("order_no"), m_orderNo);
    t.details = details.object();
    const bool collection = kind == QLatin1String("collection");
    // Tasks of one order often list the same lines (the shipment and the installation, the
    // deposit and the balance): their arrays are made once.
    LinesArray &last = m_lastLines[collection ? 1 : 0];
    if (last.lines == lines) {
        t.details.insert(QLatin1StringView("lines"), last.array);
        return t;
    }
    last.lines = lines;
    if (collection) {
        // What a collection needs of a line is its amount, not its make-up.
        QList<Internal::JsonObjectBuilder> amounts;
        amounts.reserve(lines.size());
        for (const LinePlan *p : lines) {
            Internal::JsonObjectBuilder &b = amounts.emplaceBack();
            b.add(QLatin1StringView("line_id"), p->line->id);
            b.add(QLatin1StringView("line_no"), p->line->lineNo);
            b.add(QLatin1StringView("description"), lineName(*p->line));
            b.add(QLatin1StringView("amount"), p->line->amount.toString());
        }
        last.array = Internal::JsonObjectBuilder::array(amounts);
    } else {
        last.array = linesJson(lines);
    }
    t.details.insert(QLatin1StringView("lines"), last.array);
    return t;
}

QJsonObject Planner::hardwareJson(const QString &code, const QString &name,
                                  Core::Decimal quantity, const QString &unit) const
{
    constexpr qsizetype cacheLimit = 4096;
    const Internal::HardwareKey key{code, name, quantity.micros(), unit};
    {
        const QMutexLocker lock(&m_data.hardwareObjectsMutex);
        const auto it = m_data.hardwareObjects.constFind(key);
        if (it != m_data.hardwareObjects.constEnd())
            return it.value();
    }
    Internal::JsonObjectBuilder b;
    b.add(QLatin1StringView("code"), code);
    b.add(QLatin1StringView("name"), name);
    b.add(QLatin1StringView("quantity"), quantity.toString());
    b.add(QLatin1StringView("unit"), unit);
    const QJsonObject object = b.object();
    const QMutexLocker lock(&m_data.hardwareObjectsMutex);
    if (m_data.hardwareObjects.size() >= cacheLimit)
        m_data.hardwareObjects.clear();
    m_data.hardwareObjects.insert(key, object);
    return object;
}

QList<const LinePlan *> Planner::allMatched() const
{
    QList<const LinePlan *> lines;
    for (const LinePlan &p : m_lines)
        lines.append(&p);
    return lines;
}

void Planner::addWorkOrders(bool rush)
{
    // The pieces, area and edge of each work order, in one pass over the parts.
    struct PartTotals
    {
        QString key;
        qint64 pieces = 0;
        qint64 area = 0;
        qint64 edge = 0;
    };
    QVarLengthArray<PartTotals, 8> partTotals;
    for (const Part &part : std::as_const(m_plan.parts)) {
        auto it = std::find_if(partTotals.begin(), partTotals.end(),
                               [&](const PartTotals &t) { return t.key == part.taskKey; });
        if (it == partTotals.end()) {
            partTotals.append(PartTotals{part.taskKey});
            it = partTotals.end() - 1;
        }
        it->pieces += part.quantity;
        it->area += part.areaMm2;
        it->edge += part.edgeMm;
    }
    for (qsizetype w = 0; w < rules().workshops.size(); ++w) {
        const SplitRules::Workshop &ws = rules().workshops.at(w);
        QList<const LinePlan *> lines;
        for (const LinePlan &p : m_lines) {
            const bool own = p.rule && p.rule->action == SplitRules::Action::Make
                && p.rule->workshop == ws.code;
            const bool routed = p.routes.contains(ws.code);
            if (own || routed)
                lines.append(&p);
        }
        if (lines.isEmpty())
            continue;

        const QString &key = m_data.workOrderKeys.at(w);
        qint64 pieces = 0;
        qint64 area = 0;
        qint64 edge = 0;
        for (const PartTotals &t : std::as_const(partTotals)) {
            if (t.key == key) {
                pieces = t.pieces;
                area = t.area;
                edge = t.edge;
            }
        }
        QJsonArray hardware;
        struct HardwareTotal
        {
            const HardwareItem *first;
            Core::Decimal quantity;
        };
        QVarLengthArray<HardwareTotal, 8> totals;
        for (const HardwareItem &item : std::as_const(m_plan.hardware)) {
            if (item.taskKey != key)
                continue;
            auto it = std::find_if(totals.begin(), totals.end(), [&](const HardwareTotal &t) {
                return t.first->code == item.code;
            });
            if (it == totals.end())
                totals.append(HardwareTotal{&item, item.quantity});
            else
                it->quantity += item.quantity;
        }
        for (const HardwareTotal &t : std::as_const(totals)) {
            const HardwareItem *item = t.first;
            hardware.append(hardwareJson(item->code, item->name, t.quantity, item->unit));
        }

        const QString title = fill(rules().titles.value(rush ? QStringLiteral("rush_work_order")
                                                             : QStringLiteral("work_order")),
                                   {{"{order_no}", m_orderNo},
                                    {"{workshop}", ws.name},
                                    {"{lines}", linesText(lines)}});
        Internal::JsonObjectBuilder details;
        details.add(QLatin1StringView("workshop"), ws.code);
        details.add(QLatin1StringView("workshop_name"), ws.name);
        details.add(QLatin1StringView("rush"), rush);
        details.add(QLatin1StringView("parts"), pieces);
        details.add(QLatin1StringView("area_m2"), squareMetres(area));
        details.add(QLatin1StringView("edge_m"), metres(edge));
        if (rush) {
            details.add(QLatin1StringView("charged_to"), m_order.chargedTo);
            details.add(QLatin1StringView("remake_reason"), m_order.remakeReason);
        }
        PlannedTask t = task(key, QStringLiteral("work_order"), title, lines, details);
        t.assignee.unitCode = ws.code;
        t.dueWorkingHours = rush ? rules().remakeDueWorkingHours : ws.dueWorkingHours;
        t.details.insert(QLatin1StringView("hardware"), hardware);
        m_readyHours = std::max(m_readyHours, t.dueWorkingHours);
        m_plan.tasks.append(std::move(t));
    }
}

void Planner::addPurchases()
{
    for (const SplitRules::Supplier &s : rules().suppliers) {
        QList<const LinePlan *> lines;
        Core::Decimal value;
        for (const LinePlan &p : m_lines) {
            if (p.rule && p.rule->action == SplitRules::Action::Purchase
                && p.rule->supplier == s.code) {
                lines.append(&p);
                value += p.line->amount;
            }
        }
        if (lines.isEmpty())
            continue;
        const QString title = fill(rules().titles.value(QStringLiteral("purchase")),
                                   {{"{order_no}", m_orderNo},
                                    {"{supplier}", s.name},
                                    {"{lines}", linesText(lines)}});
        Internal::JsonObjectBuilder details;
        details.add(QLatin1StringView("supplier"), s.code);
        details.add(QLatin1StringView("supplier_name"), s.name);
        PlannedTask t = task(purchasePrefix + s.code, QStringLiteral("purchase"), title, lines,
                             details);
        t.dueWorkingHours = s.leadWorkingHours;
        t.amountFen = Core::Money::fromDecimal(value).minor();
        m_readyHours = std::max(m_readyHours, t.dueWorkingHours);
        m_plan.tasks.append(std::move(t));
    }
}

std::optional<Error> Planner::addShipmentAndInstallation()
{
    QList<const LinePlan *> shipped;
    QList<const LinePlan *> installed;
    for (const LinePlan &p : m_lines) {
        if (p.rule && p.rule->ship)
            shipped.append(&p);
        if (p.rule && p.rule->install)
            installed.append(&p);
    }
    if (!shipped.isEmpty()) {
        const QString title = fill(rules().titles.value(QStringLiteral("shipment")),
                                   {{"{order_no}", m_orderNo},
                                    {"{lines}", linesText(shipped)}});
        Internal::JsonObjectBuilder details;
        details.add(QLatin1StringView("ship_mode"), m_order.shipMode);
        PlannedTask t = task(QStringLiteral("shipment"), QStringLiteral("shipment"), title,
                             shipped, details);
        t.dueWorkingHours = m_readyHours + rules().shipmentAfterReadyHours;
        m_shipmentDue = t.dueWorkingHours;
        m_plan.tasks.append(std::move(t));
    }
    if (!installed.isEmpty()) {
        const int after = m_shipmentDue >= 0 ? m_shipmentDue : m_readyHours;
        const QString title = fill(rules().titles.value(QStringLiteral("installation")),
                                   {{"{order_no}", m_orderNo},
                                    {"{lines}", linesText(installed)}});
        Internal::JsonObjectBuilder details;
        details.add(QLatin1StringView("province"), m_order.address.province);
        details.add(QLatin1StringView("city"), m_order.address.city);
        details.add(QLatin1StringView("district"), m_order.address.district);
        PlannedTask t = task(QStringLiteral("installation"), QStringLiteral("installation"),
                             title, installed, details);
        t.dueWorkingHours = after + rules().installAfterShipmentHours;
        const OrderScope scope(m_order);
        for (int i = 0; i < rules().installTeams.size(); ++i) {
            const SplitRules::Team &team = rules().installTeams.at(i);
            const auto holds = team.when ? team.when->test(scope) : Core::Result<bool>(true);
            if (!holds) {
                return Error{Splitter::tr("order %1: the installation team %2 cannot be "
                                          "checked: %3")
                                 .arg(m_orderNo)
                                 .arg(i + 1)
                                 .arg(holds.error().message),
                             QStringLiteral("split.json installation.teams[%1].when").arg(i)};
            }
            if (holds.value()) {
                t.assignee = team.assignee;
                break;
            }
        }
        m_installationDue = t.dueWorkingHours;
        m_plan.tasks.append(std::move(t));
    }
    return std::nullopt;
}

std::optional<Error> Planner::addCollections()
{
    const OrderScope scope(m_order);
    const SplitRules::CollectionPolicy *policy = nullptr;
    for (const SplitRules::CollectionPolicy &p : rules().policies) {
        if (!p.when) {
            policy = &p;
            break;
        }
        const auto holds = p.when->test(scope);
        if (!holds) {
            return Error{Splitter::tr("order %1: the collection policy \"%2\" cannot be "
                                      "checked: %3")
                             .arg(m_orderNo, p.id, holds.error().message),
                         QStringLiteral("split.json collection.policies[%1].when").arg(p.index)};
        }
        if (holds.value()) {
            policy = &p;
            break;
        }
    }
    if (!policy)
        return std::nullopt;

    const qint64 total = Core::Money::fromDecimal(m_order.total()).minor();
    const qint64 paid = m_order.depositFen;
    const qint64 required = shareOf(total, policy->depositShare);
    const qint64 deposit = std::clamp(required - paid, qint64(0), std::max(total - paid,
                                                                           qint64(0)));
    const qint64 balance = total - paid - deposit;
    if (total - paid < 0) {
        m_plan.warnings.append(Splitter::tr("the deposit %1 is more than the total %2: %3 to "
                                            "refund")
                                   .arg(Core::Money(paid).toString(),
                                        Core::Money(total).toString(),
                                        Core::Money(paid - total).toString()));
    }
    const QList<const LinePlan *> lines = allMatched();
    Internal::JsonObjectBuilder money;
    money.add(QLatin1StringView("policy"), policy->id);
    money.add(QLatin1StringView("total_fen"), total);
    money.add(QLatin1StringView("deposit_paid_fen"), paid);
    money.add(QLatin1StringView("deposit_share"), policy->depositShare.toString());
    money.add(QLatin1StringView("deposit_required_fen"), required);
    if (deposit > 0) {
        const QString title = fill(rules().titles.value(QStringLiteral("deposit")),
                                   {{"{order_no}", m_orderNo},
                                    {"{amount}", Core::Money(deposit).toString()},
                                    {"{lines}", linesText(lines)}});
        Internal::JsonObjectBuilder details = money;
        details.add(QLatin1StringView("stage"), QStringLiteral("deposit"));
        PlannedTask t = task(QStringLiteral("collection:deposit"), QStringLiteral("collection"),
                             title, lines, details);
        t.dueWorkingHours = rules().depositDueWorkingHours;
        t.amountFen = deposit;
        m_plan.tasks.append(std::move(t));
    }
    if (balance <= 0)
        return std::nullopt;

    const auto stageOf = [&](const QString &code) -> const SplitRules::Stage * {
        const auto it = rules().stages.constFind(code);
        return it == rules().stages.constEnd() ? nullptr : &it.value();
    };
    const SplitRules::Stage *stage = stageOf(policy->balanceStage);
    if (!stage)
        return Error{Splitter::tr("no stage \"%1\"").arg(policy->balanceStage),
                     QStringLiteral("split.json collection.stages")};
    const auto anchorDue = [&](const SplitRules::Stage &s) {
        if (s.anchor == QLatin1String("shipment"))
            return m_shipmentDue;
        if (s.anchor == QLatin1String("installation"))
            return m_installationDue;
        return 0;
    };
    for (int hops = 0; anchorDue(*stage) < 0 && stageOf(stage->fallback) && hops < 8; ++hops)
        stage = stageOf(stage->fallback);
    const int due = std::max(std::max(anchorDue(*stage), 0) + stage->offsetWorkingHours,
                             rules().depositDueWorkingHours);
    const QString title = fill(rules().titles.value(QStringLiteral("balance")),
                               {{"{order_no}", m_orderNo},
                                {"{amount}", Core::Money(balance).toString()},
                                {"{stage}", stage->name},
                                {"{lines}", linesText(lines)}});
    Internal::JsonObjectBuilder details = money;
    details.add(QLatin1StringView("stage"), stage->code);
    details.add(QLatin1StringView("stage_name"), stage->name);
    PlannedTask t = task(QStringLiteral("collection:balance"), QStringLiteral("collection"), title,
                         lines, details);
    t.dueWorkingHours = due;
    t.amountFen = balance;
    m_plan.tasks.append(std::move(t));
    return std::nullopt;
}

Core::Result<SplitPlan> Planner::run()
{
    if (auto error = matchLines())
        return *error;
    const bool remake = !m_order.parentOrderId.isEmpty();
    addWorkOrders(remake);
    if (remake) {
        for (const LinePlan &p : std::as_const(m_lines)) {
            if (p.rule && p.rule->action == SplitRules::Action::Purchase) {
                const SplitRules::Supplier *s = rules().supplier(p.rule->supplier);
                m_plan.warnings.append(Splitter::tr("line %1 (%2) is bought in from %3; a "
                                                    "re-make makes rush work orders only, so "
                                                    "order it by hand")
                                           .arg(p.line->lineNo)
                                           .arg(lineName(*p.line), s ? s->name : QString()));
            }
        }
        return m_plan;
    }
    addPurchases();
    if (auto error = addShipmentAndInstallation())
        return *error;
    if (auto error = addCollections())
        return *error;
    return m_plan;
}

} // namespace

Splitter::Splitter() = default;
Splitter::~Splitter() = default;
Splitter::Splitter(const Splitter &other) = default;
Splitter &Splitter::operator=(const Splitter &other) = default;

QList<Error> Splitter::validate(const RuleSet &rules)
{
    QList<Error> errors;
    QStringList ids;
    for (auto it = rules.templates.begin(); it != rules.templates.end(); ++it) {
        ids.append(it.key());
        if (it.value().value(QLatin1String("id")).toString() != it.key()) {
            errors.append(Error{tr("the template's \"id\" is not \"%1\"").arg(it.key()),
                                QStringLiteral("templates/%1.json").arg(it.key())});
        }
        errors.append(CabinetTemplate::check(it.value()));
    }
    if (rules.split.isEmpty()) {
        errors.append(Error{tr("there are no split rules"), QStringLiteral("split.json")});
        return errors;
    }
    SplitRules::read(rules.split, ids, errors);
    return errors;
}

Core::Result<Splitter> Splitter::compile(const RuleSet &rules)
{
    const QList<Error> errors = validate(rules);
    if (!errors.isEmpty()) {
        Error first = errors.first();
        if (errors.size() > 1)
            first.message += tr(" (and %n more problem(s))", nullptr, int(errors.size() - 1));
        return first;
    }
    auto data = std::make_shared<Data>();
    for (auto it = rules.templates.begin(); it != rules.templates.end(); ++it) {
        auto t = CabinetTemplate::fromJson(it.value());
        if (!t)
            return t.error();
        data->templates.insert(it.key(), t.value());
    }
    QList<Error> ignored;
    data->rules = SplitRules::read(rules.split, rules.templates.keys(), ignored);
    for (const SplitRules::Workshop &ws : std::as_const(data->rules.workshops))
        data->workOrderKeys.append(workOrderPrefix + ws.code);
    Splitter s;
    s.d = data;
    return s;
}

Core::Result<SplitPlan> Splitter::split(const SalesOrder &order, const RuleSet &rules)
{
    // A dry run alternates two rule sets order by order: keep the last two compiled, per
    // thread. Rule sets copied from one another share their JSON, so the comparison is cheap.
    struct Compiled
    {
        QJsonObject split;
        QMap<QString, QJsonObject> templates;
        Splitter splitter;
    };
    thread_local QList<Compiled> recent;
    for (const Compiled &c : std::as_const(recent)) {
        if (c.split == rules.split && c.templates == rules.templates)
            return c.splitter.plan(order);
    }
    const auto splitter = compile(rules);
    if (!splitter)
        return splitter.error();
    recent.prepend(Compiled{rules.split, rules.templates, splitter.value()});
    if (recent.size() > 2)
        recent.removeLast();
    return splitter->plan(order);
}

Core::Result<SplitPlan> Splitter::plan(const SalesOrder &order) const
{
    if (!d)
        return Error{tr("the split rules are not loaded"), QString()};
    Planner planner(*d, order);
    return planner.run();
}

const SplitRules &Splitter::rules() const
{
    static const SplitRules none;
    return d ? d->rules : none;
}

const CabinetTemplate *Splitter::cabinetTemplate(const QString &id) const
{
    if (!d)
        return nullptr;
    const auto it = d->templates.constFind(id);
    return it == d->templates.constEnd() ? nullptr : &it.value();
}

} // namespace Hearth::Workflow
