#include "orderscope.h"

#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>
#include <vector>

namespace Hearth::Workflow {

using Orders::OrderLine;
using Orders::SalesOrder;

namespace {

constexpr qint64 microsPerFen = Core::Decimal::One / 100;

const QString linesList = QStringLiteral("lines");

Value number(qint64 units)
{
    return Core::Decimal::fromInt(units);
}

Value optionalNumber(const std::optional<qint64> &units)
{
    return units ? number(*units) : Value();
}

Value dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A number written in a line's spec: JSON numbers and numeric text are both accepted.
Value specNumber(const QJsonObject &spec, const QString &key)
{
    const QJsonValue v = spec.value(key);
    if (v.isString()) {
        const auto d = Core::Decimal::parse(v.toString());
        return d ? Value(*d) : Value();
    }
    if (!v.isDouble())
        return {};
    // Sizes and counts, not money: the nearest millionth of the double is what was written.
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::abs(d) > 1e12)
        return {};
    return Core::Decimal::fromMicros(std::llround(d * double(Core::Decimal::One)));
}

Value specText(const QJsonObject &spec, const QString &key)
{
    const QJsonValue v = spec.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Core::Decimal depositYuan(const SalesOrder &order)
{
    return Core::Decimal::fromMicros(order.depositFen * microsPerFen);
}

int customLineCount(const SalesOrder &order)
{
    int n = 0;
    for (const OrderLine &line : order.lines)
        n += line.isCustom() ? 1 : 0;
    return n;
}

Core::Decimal maxDiscount(const SalesOrder &order)
{
    Core::Decimal largest;
    for (const OrderLine &line : order.lines)
        largest = std::max(largest, line.discount);
    return largest;
}

/// Names and their getters, kept by the name's length: for tables this small comparing the few
/// names of the same length costs less than hashing, and guards read names for every order.
template<typename Getter>
class NameTable
{
public:
    NameTable(std::initializer_list<std::pair<QString, Getter>> entries)
    {
        for (const auto &entry : entries) {
            const auto length = std::min<qsizetype>(entry.first.size(), m_byLength.size() - 1);
            m_byLength[length].push_back(entry);
            m_names.append(entry.first);
        }
        m_names.sort();
        for (const QString &name : std::as_const(m_names))
            m_getters.push_back(value(name));
    }

    /// The getter of the name at the given position of keys(), or nullptr.
    Getter at(qsizetype index) const
    {
        return index >= 0 && index < qsizetype(m_getters.size()) ? m_getters[index] : nullptr;
    }

    Getter value(const QString &name) const
    {
        if (name.size() >= qsizetype(m_byLength.size()) - 1)
            return find(m_byLength.back(), name);
        return find(m_byLength[name.size()], name);
    }

    QStringList keys() const { return m_names; }

private:
    using Entries = std::vector<std::pair<QString, Getter>>;

    static Getter find(const Entries &entries, const QString &name)
    {
        for (const auto &entry : entries) {
            if (entry.first == name)
                return entry.second;
        }
        return nullptr;
    }

    std::array<Entries, 32> m_byLength;  // the last holds every longer name
    QStringList m_names;
    std::vector<Getter> m_getters;  // in the order of m_names
};

using OrderField = Value (*)(const SalesOrder &);
using FactField = Value (*)(const OrderFacts &);
using LineField = Value (*)(const OrderLine &);

const NameTable<OrderField> &orderFields()
{
    static const NameTable<OrderField> fields = {
        {QStringLiteral("order.total"), [](const SalesOrder &o) { return Value(o.total()); }},
        {QStringLiteral("order.deposit"),
         [](const SalesOrder &o) { return Value(depositYuan(o)); }},
        {QStringLiteral("order.deposit_share"),
         [](const SalesOrder &o) {
             const auto share = Core::Decimal::divide(depositYuan(o), o.total());
             return Value(share.value_or(Core::Decimal()));
         }},
        {QStringLiteral("order.line_count"),
         [](const SalesOrder &o) { return number(o.lines.size()); }},
        {QStringLiteral("order.custom_lines"),
         [](const SalesOrder &o) { return number(customLineCount(o)); }},
        {QStringLiteral("order.max_discount"),
         [](const SalesOrder &o) { return Value(maxDiscount(o)); }},
        {QStringLiteral("order.channel"),
         [](const SalesOrder &o) { return Value(Orders::channelCode(o.channel)); }},
        {QStringLiteral("order.status"),
         [](const SalesOrder &o) { return Value(Orders::statusCode(o.status)); }},
        {QStringLiteral("order.order_no"), [](const SalesOrder &o) { return Value(o.orderNo); }},
        {QStringLiteral("order.province"),
         [](const SalesOrder &o) { return Value(o.address.province); }},
        {QStringLiteral("order.city"), [](const SalesOrder &o) { return Value(o.address.city); }},
        {QStringLiteral("order.district"),
         [](const SalesOrder &o) { return Value(o.address.district); }},
        {QStringLiteral("order.street"),
         [](const SalesOrder &o) { return Value(o.address.street); }},
        {QStringLiteral("order.region"), [](const SalesOrder &o) { return Value(o.region); }},
        {QStringLiteral("order.mobile"),
         [](const SalesOrder &o) { return Value(o.customer.mobile); }},
        {QStringLiteral("order.customer"),
         [](const SalesOrder &o) { return Value(o.customer.name); }},
        {QStringLiteral("order.customer_segment"),
         [](const SalesOrder &o) { return Value(o.customer.segment); }},
        {QStringLiteral("order.dealer"), [](const SalesOrder &o) { return Value(o.dealer.code); }},
        {QStringLiteral("order.store"), [](const SalesOrder &o) { return Value(o.store.code); }},
        {QStringLiteral("order.designer"),
         [](const SalesOrder &o) { return Value(o.designer.code); }},
        {QStringLiteral("order.ship_mode"), [](const SalesOrder &o) { return Value(o.shipMode); }},
        {QStringLiteral("order.charged_to"),
         [](const SalesOrder &o) { return Value(o.chargedTo); }},
        {QStringLiteral("order.remake_reason"),
         [](const SalesOrder &o) { return Value(o.remakeReason); }},
        {QStringLiteral("order.signed_on"),
         [](const SalesOrder &o) { return dateText(o.signedOn); }},
        {QStringLiteral("order.promised_on"),
         [](const SalesOrder &o) { return dateText(o.promisedOn); }},
        {QStringLiteral("order.is_remake"),
         [](const SalesOrder &o) { return Value(!o.parentOrderId.isEmpty()); }},
    };
    return fields;
}

const NameTable<FactField> &factFields()
{
    static const NameTable<FactField> fields = {
        {QStringLiteral("review.outcome"),
         [](const OrderFacts &f) { return Value(f.reviewOutcome); }},
        {QStringLiteral("approvals.pending"),
         [](const OrderFacts &f) { return number(f.approvalsPending); }},
        {QStringLiteral("approvals.rejected"),
         [](const OrderFacts &f) { return number(f.approvalsRejected); }},
        {QStringLiteral("approvals.approved"),
         [](const OrderFacts &f) { return number(f.approvalsApproved); }},
        {QStringLiteral("tasks.open"), [](const OrderFacts &f) { return number(f.openTasks); }},
        {QStringLiteral("split.done"), [](const OrderFacts &f) { return Value(f.splitDone); }},
        {QStringLiteral("event"), [](const OrderFacts &f) { return Value(f.event); }},
    };
    return fields;
}

const QHash<QString, ValueType> &lineSchema()
{
    static const QHash<QString, ValueType> fields = [] {
    QHash<QString, ValueType> fields;
    for (const char *name : {"line_no", "width_mm", "height_mm", "depth_mm", "quantity",
                             "unit_price", "discount", "amount", "thickness_mm", "shelves",
                             "doors"})
        fields.insert(QLatin1String(name), ValueType::Number);
    for (const char *name : {"sku", "description", "category", "sub_category", "material",
                             "colour", "unit", "template", "door_style"})
        fields.insert(QLatin1String(name), ValueType::Text);
    fields.insert(QStringLiteral("custom"), ValueType::Bool);
    return fields;
    }();
    return fields;
}

const NameTable<LineField> &lineFields()
{
    static const NameTable<LineField> fields = {
        {QStringLiteral("line_no"), [](const OrderLine &l) { return number(l.lineNo); }},
        {QStringLiteral("width_mm"), [](const OrderLine &l) { return optionalNumber(l.widthMm); }},
        {QStringLiteral("height_mm"),
         [](const OrderLine &l) { return optionalNumber(l.heightMm); }},
        {QStringLiteral("depth_mm"), [](const OrderLine &l) { return optionalNumber(l.depthMm); }},
        {QStringLiteral("quantity"), [](const OrderLine &l) { return Value(l.quantity); }},
        {QStringLiteral("unit_price"),
         [](const OrderLine &l) { return l.unitPrice ? Value(*l.unitPrice) : Value(); }},
        {QStringLiteral("discount"), [](const OrderLine &l) { return Value(l.discount); }},
        {QStringLiteral("amount"), [](const OrderLine &l) { return Value(l.amount); }},
        {QStringLiteral("thickness_mm"),
         [](const OrderLine &l) { return specNumber(l.spec, QStringLiteral("thickness_mm")); }},
        {QStringLiteral("shelves"),
         [](const OrderLine &l) { return specNumber(l.spec, QStringLiteral("shelves")); }},
        {QStringLiteral("doors"),
         [](const OrderLine &l) { return specNumber(l.spec, QStringLiteral("doors")); }},
        {QStringLiteral("sku"), [](const OrderLine &l) { return Value(l.sku); }},
        {QStringLiteral("description"), [](const OrderLine &l) { return Value(l.description); }},
        {QStringLiteral("category"), [](const OrderLine &l) { return Value(l.category); }},
        {QStringLiteral("sub_category"), [](const OrderLine &l) { return Value(l.subCategory); }},
        {QStringLiteral("material"), [](const OrderLine &l) { return Value(l.material); }},
        {QStringLiteral("colour"), [](const OrderLine &l) { return Value(l.colour); }},
        {QStringLiteral("unit"),
         [](const OrderLine &l) { return Value(Orders::unitCode(l.unit)); }},
        {QStringLiteral("template"),
         [](const OrderLine &l) { return specText(l.spec, QStringLiteral("template")); }},
        {QStringLiteral("door_style"),
         [](const OrderLine &l) { return specText(l.spec, QStringLiteral("door_style")); }},
        {QStringLiteral("custom"), [](const OrderLine &l) { return Value(l.isCustom()); }},
    };
    return fields;
}

FieldSchema makeOrderSchema()
{
    FieldSchema schema;
    const QStringList numbers = {QStringLiteral("order.total"), QStringLiteral("order.deposit"),
                                 QStringLiteral("order.deposit_share"),
                                 QStringLiteral("order.line_count"),
                                 QStringLiteral("order.custom_lines"),
                                 QStringLiteral("order.max_discount"),
                                 QStringLiteral("approvals.pending"),
                                 QStringLiteral("approvals.rejected"),
                                 QStringLiteral("approvals.approved"),
                                 QStringLiteral("tasks.open")};
    const QStringList bools = {QStringLiteral("order.is_remake"), QStringLiteral("split.done")};
    auto addAll = [&](const QStringList &names) {
        for (const QString &name : names) {
            const ValueType type = numbers.contains(name) ? ValueType::Number
                : bools.contains(name)                    ? ValueType::Bool
                                                          : ValueType::Text;
            schema.fields.insert(name, type);
        }
    };
    addAll(orderFields().keys());
    addAll(factFields().keys());
    schema.lists.insert(linesList, lineSchema());
    return schema;
}

} // namespace

OrderScope::OrderScope(const SalesOrder &order, const OrderFacts &facts)
    : m_order(order), m_facts(facts)
{
}

const FieldSchema &OrderScope::schema()
{
    static const FieldSchema schema = makeOrderSchema();
    return schema;
}

QStringList OrderScope::factNames()
{
    QStringList names = factFields().keys();
    names.sort();
    return names;
}

Value OrderScope::value(const QString &name) const
{
    if (const auto field = orderFields().value(name))
        return field(m_order);
    if (const auto fact = factFields().value(name))
        return fact(m_facts);
    return {};
}

int OrderScope::count(const QString &list) const
{
    return list == linesList ? int(m_order.lines.size()) : 0;
}

Value OrderScope::item(const QString &list, int index, const QString &field) const
{
    if (list != linesList || index < 0 || index >= m_order.lines.size())
        return {};
    return lineField(m_order.lines.at(index), field);
}

Value OrderScope::lineField(const OrderLine &line, const QString &field)
{
    const auto get = lineFields().value(field);
    return get ? get(line) : Value();
}

LineScope::LineScope(const SalesOrder &order, int lineIndex) : m_order(order)
{
    if (lineIndex >= 0 && lineIndex < order.lines.size())
        m_line = &order.lines.at(lineIndex);
}

const FieldSchema &LineScope::schema()
{
    static const FieldSchema schema = [] {
        FieldSchema s = OrderScope::schema();
        const auto line = lineSchema();
        for (auto it = line.cbegin(); it != line.cend(); ++it)
            s.fields.insert(it.key(), it.value());
        return s;
    }();
    return schema;
}

const QStringList &LineScope::lineFieldNames()
{
    static const QStringList names = lineFields().keys();
    return names;
}

const Value *LineScope::slotValue(const QStringList *names, int slot) const
{
    if (!m_line || names != &lineFieldNames() || slot < 0 || slot >= cacheSize)
        return nullptr;
    const quint32 bit = quint32(1) << slot;
    if (!(m_cached & bit)) {
        const auto get = lineFields().at(slot);
        if (!get)
            return nullptr;
        m_cache[slot] = get(*m_line);
        m_cached |= bit;
    }
    return &m_cache[slot];
}

Value LineScope::value(const QString &name) const
{
    if (m_line) {
        if (const auto get = lineFields().value(name))
            return get(*m_line);
    }
    return m_order.value(name);
}

int LineScope::count(const QString &list) const
{
    return m_order.count(list);
}

Value LineScope::item(const QString &list, int index, const QString &field) const
{
    return m_order.item(list, index, field);
}

} // namespace Hearth::Workflow
