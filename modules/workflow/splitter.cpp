#include "splitter.h"

#include "core/money.h"
#include "orders/salesorder.h"
#include "workflow/cabinettemplate.h"
#include "workflow/jsonwriter.h"
#include "workflow/orderscope.h"
#include "workflow/splitrules.h"
#include "workflow/titlepattern.h"

#include <QMap>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <optional>

namespace Hearth::Workflow {

using Core::Error;
using Orders::OrderLine;
using Orders::SalesOrder;

namespace {

const QString workOrderPrefix = QStringLiteral("work_order:");
const QString purchasePrefix = QStringLiteral("purchase:");

// The titles split.json gives, by what they are the title of.
enum class Title {
    WorkOrder,
    RushWorkOrder,
    Purchase,
    Shipment,
    Installation,
    Deposit,
    Balance,
    Line,
    MoreLines,
    Count
};

} // namespace

struct Splitter::Data
{
    SplitRules rules;
    QHash<QString, CabinetTemplate> templates;
    QStringList workOrderKeys;  // "work_order:<code>" of each of rules.workshops
    std::array<Internal::TitlePattern, int(Title::Count)> titles;
    QString lineSeparator;

    const Internal::TitlePattern &title(Title t) const { return titles[size_t(t)]; }
    // "work_order:<code>", shared with workOrderKeys where the workshop is one of the rules'.
    QString workOrderKey(const QString &workshop) const
    {
        for (qsizetype i = 0; i < rules.workshops.size(); ++i) {
            if (rules.workshops.at(i).code == workshop)
                return workOrderKeys.at(i);
        }
        return workOrderPrefix + workshop;
    }
};

namespace {

__extension__ using Int128 = __int128;

// What the split decided for one order line.
struct LinePlan
{
    const OrderLine *line = nullptr;
    const SplitRules::LineRule *rule = nullptr;  // null: no rule matched
    QString templateId;                          // the template that made its parts
    Explosion explosion;  // its cabinets; its parts and hardware go straight to the plan
    QStringList routes;   // where its parts go, by SplitRules::routeOf(), each once
    bool exploded = false;
    // The line as task details describe it (JSON text), made once for every task that lists it.
    mutable std::optional<QByteArray> json;
    mutable std::optional<QString> title;  // "第2行地柜", as titles list it
};

QString lineName(const OrderLine &line)
{
    return !line.description.isEmpty() ? line.description : line.sku;
}

// "whole.fraction" of a whole number of units of 10^-decimals: (1234567, 6) is "1.234567".
QString fixedPoint(qint64 value, int decimals)
{
    qint64 unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    const qint64 whole = value / unit;
    const qint64 rest = value % unit;
    if (rest < 0)
        return QStringLiteral("%1.%2").arg(whole).arg(rest, decimals, 10, QLatin1Char('0'));
    char text[32];
    char *end = std::to_chars(text, text + 20, whole).ptr;
    *end++ = '.';
    qint64 digits = rest;
    for (int i = decimals - 1; i >= 0; --i) {
        end[i] = char('0' + digits % 10);
        digits /= 10;
    }
    end += decimals;
    return QString::fromLatin1(text, end - text);
}

// "1.000000" m² from mm², exact.
QString squareMetres(qint64 mm2)
{
    return fixedPoint(mm2, 6);
}

// "12.345" m from mm, exact.
QString metres(qint64 mm)
{
    return fixedPoint(mm, 3);
}

qint64 shareOf(qint64 fen, Core::Decimal share)
{
    const Int128 product = Int128(fen) * share.micros();
    const Int128 half = Core::Decimal::One / 2;
    const Int128 rounded = product >= 0 ? (product + half) / Core::Decimal::One
                                        : -((-product + half) / Core::Decimal::One);
    return qint64(rounded);
}

QByteArray lineJson(const LinePlan &p)
{
    // The members in the order of their keys, as QJsonObject keeps them.
    const OrderLine &l = *p.line;
    Internal::JsonWriter w(p.exploded ? 640 : 320);
    w.beginObject();
    if (p.exploded) {
        w.key(QLatin1StringView("cabinets"));
        w.beginArray();
        for (const CabinetGroup &g : p.explosion.groups) {
            w.beginObject();
            w.member(QLatin1StringView("count"), g.count * p.explosion.multiplier);
            w.key(QLatin1StringView("parameters"));
            w.json(g.parameters.toCompactJson());
            w.member(QLatin1StringView("width_mm"), g.widthMm);
            w.endObject();
        }
        w.endArray();
    }
    if (!l.colour.isEmpty())
        w.member(QLatin1StringView("colour"), l.colour);
    if (l.depthMm)
        w.member(QLatin1StringView("depth_mm"), *l.depthMm);
    w.member(QLatin1StringView("description"), lineName(l));
    if (l.heightMm)
        w.member(QLatin1StringView("height_mm"), *l.heightMm);
    w.member(QLatin1StringView("line_id"), l.id);
    w.member(QLatin1StringView("line_no"), l.lineNo);
    if (!l.material.isEmpty())
        w.member(QLatin1StringView("material"), l.material);
    w.key(QLatin1StringView("quantity"));
    w.valueText(l.quantity);
    if (p.rule)
        w.member(QLatin1StringView("rule"), p.rule->id);
    if (p.exploded)
        w.member(QLatin1StringView("template"), p.templateId);
    w.member(QLatin1StringView("unit"), Orders::unitCode(l.unit));
    if (l.widthMm)
        w.member(QLatin1StringView("width_mm"), *l.widthMm);
    w.endObject();
    return w.take();
}

// Builds the plan of one order; every method adds to m_plan.
class Planner
{
public:
    Planner(const Splitter::Data &data, const SalesOrder &order) : m_data(data), m_order(order)
    {
        m_orderNo = !order.orderNo.isEmpty() ? order.orderNo : order.channelOrderNo;
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
    // A task for the lines; details is the JSON text of its details.
    PlannedTask task(const QString &key, const QString &kind, const QString &title,
                     const QList<const LinePlan *> &lines, QByteArray details) const;
    // The "lines" of a task's details: what the lines are, or for a collection their amounts.
    const QByteArray &linesArray(const QList<const LinePlan *> &lines, bool collection) const;
    QByteArray linesJson(const QList<const LinePlan *> &lines) const;
    QList<const LinePlan *> allMatched() const;

    const Splitter::Data &m_data;
    const SalesOrder &m_order;
    QString m_orderNo;
    QList<LinePlan> m_lines;
    struct LinesArray
    {
        QList<const LinePlan *> lines;
        QByteArray array;
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
    // The parts and hardware go straight to the plan, in the order of the lines. A cabinet
    // line makes about five parts and four hardware items: room for this line and the rest is
    // made once, at the first line exploded.
    if (m_plan.parts.capacity() == 0) {
        const qsizetype linesLeft = m_order.lines.size() - m_lines.size();
        m_plan.parts.reserve(linesLeft * 8);
        m_plan.hardware.reserve(linesLeft * 6);
    }
    const qsizetype firstPart = m_plan.parts.size();
    const qsizetype firstItem = m_plan.hardware.size();
    p.explosion.parts = std::move(m_plan.parts);
    p.explosion.hardware = std::move(m_plan.hardware);
    const auto error = it->explodeInto(*p.line, params, p.explosion);
    m_plan.parts = std::move(p.explosion.parts);
    m_plan.hardware = std::move(p.explosion.hardware);
    p.explosion.parts = {};
    p.explosion.hardware = {};
    if (error)
        return Error{Splitter::tr("order %1, %2").arg(m_orderNo, error->message), error->where};
    p.templateId = id;
    p.exploded = true;
    const QString ownTask = m_data.workOrderKey(p.rule->workshop);
    QString lastCode;
    QString lastRoute;
    QString lastKey;
    for (qsizetype i = firstPart; i < m_plan.parts.size(); ++i) {
        Part &part = m_plan.parts[i];
        if (lastKey.isNull() || part.code != lastCode) {
            lastCode = part.code;
            lastRoute = rules().routeOf(part.code);
            lastKey = lastRoute.isEmpty() ? ownTask : m_data.workOrderKey(lastRoute);
            if (!p.routes.contains(lastRoute))
                p.routes.append(lastRoute);
        }
        part.taskKey = lastKey;
    }
    for (qsizetype i = firstItem; i < m_plan.hardware.size(); ++i)
        m_plan.hardware[i].taskKey = ownTask;
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
            p->title = m_data.title(Title::Line)
                           .fill({QString::number(p->line->lineNo), lineName(*p->line)});
        }
        if (named++ > 0)
            text += m_data.lineSeparator;
        text += *p->title;
    }
    if (lines.size() > named)
        text += m_data.title(Title::MoreLines).fill({QString::number(lines.size())});
    return text;
}

QByteArray Planner::linesJson(const QList<const LinePlan *> &lines) const
{
    qsizetype size = 2 + lines.size();
    for (const LinePlan *p : lines) {
        if (!p->json)
            p->json = lineJson(*p);
        size += p->json->size();
    }
    Internal::JsonWriter w(size);
    w.beginArray();
    for (const LinePlan *p : lines)
        w.json(*p->json);
    w.endArray();
    return w.take();
}

const QByteArray &Planner::linesArray(const QList<const LinePlan *> &lines,
                                      bool collection) const
{
    // Tasks of one order often list the same lines (the shipment and the installation, the
    // deposit and the balance): their arrays are made once.
    LinesArray &last = m_lastLines[collection ? 1 : 0];
    if (last.lines == lines && !last.array.isNull())
        return last.array;
    last.lines = lines;
    if (!collection) {
        last.array = linesJson(lines);
        return last.array;
    }
    // What a collection needs of a line is its amount, not its make-up.
    Internal::JsonWriter w(128 * lines.size() + 2);
    w.beginArray();
    for (const LinePlan *p : lines) {
        w.beginObject();
        w.key(QLatin1StringView("amount"));
        w.valueText(p->line->amount);
        w.member(QLatin1StringView("description"), lineName(*p->line));
        w.member(QLatin1StringView("line_id"), p->line->id);
        w.member(QLatin1StringView("line_no"), p->line->lineNo);
        w.endObject();
    }
    w.endArray();
    last.array = w.take();
    return last.array;
}

PlannedTask Planner::task(const QString &key, const QString &kind, const QString &title,
                          const QList<const LinePlan *> &lines, QByteArray details) const
{
    PlannedTask t;
    t.key = key;
    t.kind = kind;
    t.title = title;
    t.assignee = rules().assignees.value(kind);
    t.lineIds.reserve(lines.size());
    for (const LinePlan *p : lines)
        t.lineIds.append(p->line->id);
    t.details = JsonObjectText::fromCompactJson(std::move(details));
    return t;
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
        const QString title = m_data.title(rush ? Title::RushWorkOrder : Title::WorkOrder)
                                  .fill({m_orderNo, ws.name, linesText(lines)});
        // The details' members in the order of their keys.
        const QByteArray &linesJson = linesArray(lines, false);
        Internal::JsonWriter details(linesJson.size() + 80 * totals.size() + 256);
        details.beginObject();
        details.member(QLatin1StringView("area_m2"), squareMetres(area));
        if (rush)
            details.member(QLatin1StringView("charged_to"), m_order.chargedTo);
        details.member(QLatin1StringView("edge_m"), metres(edge));
        details.key(QLatin1StringView("hardware"));
        details.beginArray();
        for (const HardwareTotal &t : std::as_const(totals)) {
            details.beginObject();
            details.member(QLatin1StringView("code"), t.first->code);
            details.member(QLatin1StringView("name"), t.first->name);
            details.key(QLatin1StringView("quantity"));
            details.valueText(t.quantity);
            details.member(QLatin1StringView("unit"), t.first->unit);
            details.endObject();
        }
        details.endArray();
        details.key(QLatin1StringView("lines"));
        details.json(linesJson);
        details.member(QLatin1StringView("order_no"), m_orderNo);
        details.member(QLatin1StringView("parts"), pieces);
        if (rush)
            details.member(QLatin1StringView("remake_reason"), m_order.remakeReason);
        details.member(QLatin1StringView("rush"), rush);
        details.member(QLatin1StringView("workshop"), ws.code);
        details.member(QLatin1StringView("workshop_name"), ws.name);
        details.endObject();
        PlannedTask t = task(key, QStringLiteral("work_order"), title, lines, details.take());
        t.assignee.unitCode = ws.code;
        t.dueWorkingHours = rush ? rules().remakeDueWorkingHours : ws.dueWorkingHours;
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
        const QString title = m_data.title(Title::Purchase)
                                  .fill({m_orderNo, s.name, linesText(lines)});
        const QByteArray &linesJson = linesArray(lines, false);
        Internal::JsonWriter details(linesJson.size() + 128);
        details.beginObject();
        details.key(QLatin1StringView("lines"));
        details.json(linesJson);
        details.member(QLatin1StringView("order_no"), m_orderNo);
        details.member(QLatin1StringView("supplier"), s.code);
        details.member(QLatin1StringView("supplier_name"), s.name);
        details.endObject();
        PlannedTask t = task(purchasePrefix + s.code, QStringLiteral("purchase"), title, lines,
                             details.take());
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
        const QString title = m_data.title(Title::Shipment)
                                  .fill({m_orderNo, linesText(shipped)});
        const QByteArray &linesJson = linesArray(shipped, false);
        Internal::JsonWriter details(linesJson.size() + 128);
        details.beginObject();
        details.key(QLatin1StringView("lines"));
        details.json(linesJson);
        details.member(QLatin1StringView("order_no"), m_orderNo);
        details.member(QLatin1StringView("ship_mode"), m_order.shipMode);
        details.endObject();
        PlannedTask t = task(QStringLiteral("shipment"), QStringLiteral("shipment"), title,
                             shipped, details.take());
        t.dueWorkingHours = m_readyHours + rules().shipmentAfterReadyHours;
        m_shipmentDue = t.dueWorkingHours;
        m_plan.tasks.append(std::move(t));
    }
    if (!installed.isEmpty()) {
        const int after = m_shipmentDue >= 0 ? m_shipmentDue : m_readyHours;
        const QString title = m_data.title(Title::Installation)
                                  .fill({m_orderNo, linesText(installed)});
        const QByteArray &linesJson = linesArray(installed, false);
        Internal::JsonWriter details(linesJson.size() + 192);
        details.beginObject();
        details.member(QLatin1StringView("city"), m_order.address.city);
        details.member(QLatin1StringView("district"), m_order.address.district);
        details.key(QLatin1StringView("lines"));
        details.json(linesJson);
        details.member(QLatin1StringView("order_no"), m_orderNo);
        details.member(QLatin1StringView("province"), m_order.address.province);
        details.endObject();
        PlannedTask t = task(QStringLiteral("installation"), QStringLiteral("installation"),
                             title, installed, details.take());
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
    // The details of a collection, their members in the order of their keys.
    const auto details = [&](const QString &stage, const QString *stageName) {
        const QByteArray &linesJson = linesArray(lines, true);
        Internal::JsonWriter w(linesJson.size() + 256);
        w.beginObject();
        w.member(QLatin1StringView("deposit_paid_fen"), paid);
        w.member(QLatin1StringView("deposit_required_fen"), required);
        w.key(QLatin1StringView("deposit_share"));
        w.valueText(policy->depositShare);
        w.key(QLatin1StringView("lines"));
        w.json(linesJson);
        w.member(QLatin1StringView("order_no"), m_orderNo);
        w.member(QLatin1StringView("policy"), policy->id);
        w.member(QLatin1StringView("stage"), stage);
        if (stageName)
            w.member(QLatin1StringView("stage_name"), *stageName);
        w.member(QLatin1StringView("total_fen"), total);
        w.endObject();
        return w.take();
    };
    if (deposit > 0) {
        const QString title = m_data.title(Title::Deposit)
                                  .fill({m_orderNo, Core::Money(deposit).toString(),
                                         linesText(lines)});
        PlannedTask t = task(QStringLiteral("collection:deposit"), QStringLiteral("collection"),
                             title, lines, details(QStringLiteral("deposit"), nullptr));
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
    const QString title = m_data.title(Title::Balance)
                              .fill({m_orderNo, Core::Money(balance).toString(), stage->name,
                                     linesText(lines)});
    PlannedTask t = task(QStringLiteral("collection:balance"), QStringLiteral("collection"), title,
                         lines, details(stage->code, &stage->name));
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
    const auto title = [&](Title t, const char *kind, std::initializer_list<const char *> names) {
        const QString pattern = data->rules.titles.value(QLatin1String(kind));
        data->titles[size_t(t)] = Internal::TitlePattern(pattern, names);
    };
    title(Title::WorkOrder, "work_order", {"{order_no}", "{workshop}", "{lines}"});
    title(Title::RushWorkOrder, "rush_work_order", {"{order_no}", "{workshop}", "{lines}"});
    title(Title::Purchase, "purchase", {"{order_no}", "{supplier}", "{lines}"});
    title(Title::Shipment, "shipment", {"{order_no}", "{lines}"});
    title(Title::Installation, "installation", {"{order_no}", "{lines}"});
    title(Title::Deposit, "deposit", {"{order_no}", "{amount}", "{lines}"});
    title(Title::Balance, "balance", {"{order_no}", "{amount}", "{stage}", "{lines}"});
    title(Title::Line, "line", {"{line_no}", "{description}"});
    title(Title::MoreLines, "more_lines", {"{count}"});
    data->lineSeparator = data->rules.titles.value(QStringLiteral("line_separator"));
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
