#include "cabinettemplate.h"

#include "orders/salesorder.h"
#include "workflow/cabinettemplate_p.h"
#include "workflow/expression.h"
#include "workflow/jsonvalues.h"
#include "workflow/jsonwriter.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringBuilder>

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace Hearth::Workflow {

using Core::Decimal;
using Core::Error;
using Internal::TemplateHardware;
using Internal::TemplateParameter;
using Internal::TemplatePart;
using Internal::TemplateTableRow;
using Internal::TemplateValue;
using Orders::OrderLine;

namespace {

constexpr qint64 maxMultiplier = 100000;

// The values of one cabinet's names while its formulas are evaluated, by their position in
// the template's names: the formulas were bound to them when the template was read.
class SlotScope : public Scope
{
public:
    explicit SlotScope(const QStringList &names) : m_names(names), m_values(names.size()) {}

    void reset()
    {
        for (Value &v : m_values)
            v = Value();
    }
    void set(int slot, Value v)
    {
        if (slot >= 0 && slot < qsizetype(m_values.size()))
            m_values[slot] = std::move(v);
    }
    const Value &at(int slot) const
    {
        static const Value none;
        return slot >= 0 && slot < qsizetype(m_values.size()) ? m_values[slot] : none;
    }

    Value value(const QString &name) const override { return at(int(m_names.indexOf(name))); }
    int count(const QString &) const override { return 0; }
    Value item(const QString &, int, const QString &) const override { return {}; }
    const Value *slotValue(const QStringList *names, int slot) const override
    {
        if (names != &m_names || slot < 0 || slot >= qsizetype(m_values.size()))
            return nullptr;
        return &m_values[slot];
    }

private:
    const QStringList &m_names;
    std::vector<Value> m_values;
};

// Where in the template file a formula is, spelled out only when it fails:
// "parts[2].length".
struct Place
{
    const char *section;
    int index;
    const char *field = nullptr;

    QString text() const
    {
        QString where = QLatin1String(section) + u'[' + QString::number(index) + u']';
        if (field)
            where += u'.' + QLatin1String(field);
        return where;
    }
};

QString localName(const QString &name, const QString &nameEn)
{
    if (QLocale().language() == QLocale::Chinese || nameEn.isEmpty())
        return name;
    return nameEn;
}

QString lineLabel(const OrderLine &line)
{
    const QString what = !line.description.isEmpty() ? line.description : line.sku;
    if (what.isEmpty())
        return CabinetTemplate::tr("line %1").arg(line.lineNo);
    return CabinetTemplate::tr("line %1 (%2)").arg(line.lineNo).arg(what);
}

// a and b in one allocation: the keys of parts and hardware.
QString joined(QStringView a, QStringView b)
{
    QString text(a.size() + b.size(), Qt::Uninitialized);
    QChar *out = text.data();
    out = std::copy(a.begin(), a.end(), out);
    std::copy(b.begin(), b.end(), out);
    return text;
}

qint64 roundToMm(Decimal value)
{
    const qint64 micros = value.micros();
    const qint64 half = Decimal::One / 2;
    return micros >= 0 ? (micros + half) / Decimal::One : -((-micros + half) / Decimal::One);
}

std::optional<qint64> wholeNumber(Decimal value)
{
    if (value.micros() % Decimal::One != 0)
        return std::nullopt;
    return value.micros() / Decimal::One;
}

// Evaluates one cabinet of a line: its names, then its parts and hardware.
class Evaluation
{
public:
    // The line's hardware is merged into the items of out.hardware from firstItem on.
    Evaluation(const CabinetTemplate::Data &data, const OrderLine &line,
               const QJsonObject &overrides, qsizetype firstItem)
        : m_data(data), m_line(line), m_overrides(overrides), m_scope(data.names),
          m_linePrefix(QString::number(line.lineNo) % u'.'), m_firstItem(firstItem)
    {
    }

    std::optional<Error> run(CabinetGroup &group, int groupIndex, int multiplier,
                             Explosion &out);

private:
    Error failure(const Place &where, const QString &message) const
    {
        return Error{lineLabel(m_line) + QStringLiteral(": ") + message,
                     m_data.file + u' ' + where.text()};
    }
    std::optional<Error> evaluate(const Expression &e, const Place &where, Value &out) const;
    std::optional<Error> number(const Expression &e, const Place &where, Decimal &out) const;
    std::optional<Error> setParameter(const TemplateParameter &p);
    std::optional<Error> setValue(const TemplateValue &c);
    std::optional<Error> makePart(const TemplatePart &p, const CabinetGroup &group,
                                  const QString &keyPrefix, int multiplier,
                                  Explosion &out) const;

    const CabinetTemplate::Data &m_data;
    const OrderLine &m_line;
    const QJsonObject &m_overrides;
    SlotScope m_scope;
    QString m_linePrefix;  // "2.", how the keys of the line's parts and hardware start
    qsizetype m_firstItem = 0;
    std::array<qint64, 3> m_box = {0, 0, 0};
};

std::optional<Error> Evaluation::evaluate(const Expression &e, const Place &where,
                                          Value &out) const
{
    Core::Error error;
    if (!e.evaluate(m_scope, out, error))
        return failure(where, error.message);
    return std::nullopt;
}

std::optional<Error> Evaluation::number(const Expression &e, const Place &where,
                                        Decimal &out) const
{
    Value v;
    if (auto error = evaluate(e, where, v))
        return error;
    const Decimal *d = std::get_if<Decimal>(&v);
    if (!d) {
        return failure(where, CabinetTemplate::tr("\"%1\" gives \"%2\", not a number")
                                  .arg(e.text(), valueToString(v)));
    }
    out = *d;
    return std::nullopt;
}

std::optional<Error> Evaluation::setParameter(const TemplateParameter &p)
{
    const Place where{"parameters", p.index};
    Value v;
    const QJsonValue fromSpec = p.specKey.isEmpty() ? QJsonValue() : m_line.spec.value(p.specKey);
    const QJsonValue fromRule = m_overrides.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                                      : m_overrides.value(p.name);
    if (!fromSpec.isUndefined() && !fromSpec.isNull()) {
        if (p.text) {
            if (!fromSpec.isString()) {
                return failure(where, CabinetTemplate::tr("the spec's \"%1\" should be text")
                                          .arg(p.specKey));
            }
            v = fromSpec.toString();
        } else {
            const auto d = Internal::jsonDecimal(fromSpec);
            if (!d) {
                return failure(where, CabinetTemplate::tr("the spec's \"%1\" should be a number")
                                          .arg(p.specKey));
            }
            v = *d;
        }
    } else if (fromRule.isDouble()) {
        const auto d = Internal::jsonDecimal(fromRule);
        if (!d) {
            return failure(where, CabinetTemplate::tr("the split rule's \"%1\" is not a number")
                                      .arg(p.name));
        }
        v = *d;
    } else if (!fromRule.isUndefined()) {
        const auto text = Internal::formulaText(fromRule);
        auto parsed = Expression::parse(text.value_or(QString()), m_data.schema);
        if (!parsed) {
            return failure(where, CabinetTemplate::tr("the split rule's \"%1\": %2")
                                      .arg(p.name, parsed.error().message));
        }
        if (auto error = evaluate(parsed.value(), where, v))
            return error;
    } else if (auto error = evaluate(p.fallback, Place{"parameters", p.index, "default"}, v)) {
        return error;
    }

    if (!p.text) {
        const Decimal *d = std::get_if<Decimal>(&v);
        if (!d) {
            return failure(where, CabinetTemplate::tr("%1 is \"%2\", not a number")
                                      .arg(p.name, valueToString(v)));
        }
        if ((p.min && *d < *p.min) || (p.max && *d > *p.max)) {
            return failure(where, CabinetTemplate::tr("%1 is %2, outside %3–%4")
                                      .arg(p.name, d->toString(),
                                           p.min ? p.min->toString() : QStringLiteral("…"),
                                           p.max ? p.max->toString() : QStringLiteral("…")));
        }
    } else if (!std::holds_alternative<QString>(v)) {
        return failure(where, CabinetTemplate::tr("%1 is \"%2\", not text")
                                  .arg(p.name, valueToString(v)));
    }
    m_scope.set(p.slot, std::move(v));
    return std::nullopt;
}

std::optional<Error> Evaluation::setValue(const TemplateValue &c)
{
    if (c.table.isEmpty()) {
        Value v;
        if (auto error = evaluate(c.formula, Place{"values", c.index}, v))
            return error;
        m_scope.set(c.slot, std::move(v));
        return std::nullopt;
    }
    Decimal input;
    if (auto error = number(c.formula, Place{"values", c.index, "lookup"}, input))
        return error;
    for (const TemplateTableRow &row : c.table) {
        if (!row.upTo || input <= *row.upTo) {
            m_scope.set(c.slot, row.value);
            return std::nullopt;
        }
    }
    return failure(Place{"values", c.index},
                   CabinetTemplate::tr("%1 = %2 is beyond the table of %3")
                       .arg(c.formula.text(), input.toString(), c.name));
}

std::optional<Error> Evaluation::makePart(const TemplatePart &p, const CabinetGroup &group,
                                          const QString &keyPrefix, int multiplier,
                                          Explosion &out) const
{
    const auto label = [&p] { return localName(p.name, p.nameEn); };
    Decimal quantity;
    if (auto error = number(p.quantity, Place{"parts", p.index, "quantity"}, quantity))
        return error;
    const auto pieces = wholeNumber(quantity);
    if (!pieces || *pieces < 0) {
        return failure(Place{"parts", p.index},
                       CabinetTemplate::tr("the quantity of %1 comes out %2, not a whole "
                                           "number of pieces")
                           .arg(label(), quantity.toString()));
    }
    if (*pieces == 0)
        return std::nullopt;

    Decimal length;
    Decimal width;
    Decimal thickness;
    if (auto error = number(p.length, Place{"parts", p.index, "length"}, length))
        return error;
    if (auto error = number(p.width, Place{"parts", p.index, "width"}, width))
        return error;
    if (auto error = number(p.thickness, Place{"parts", p.index, "thickness"}, thickness))
        return error;
    const qint64 lengthMm = roundToMm(length);
    const qint64 widthMm = roundToMm(width);
    const qint64 thicknessMm = roundToMm(thickness);
    if (lengthMm <= 0 || widthMm <= 0 || thicknessMm <= 0) {
        return failure(Place{"parts", p.index},
                       CabinetTemplate::tr("%1 comes out %2 × %3 × %4 mm; a part needs "
                                           "at least 1 mm each way")
                           .arg(label())
                           .arg(lengthMm)
                           .arg(widthMm)
                           .arg(thicknessMm));
    }
    const qint64 longer = std::max(lengthMm, widthMm);
    const qint64 shorter = std::min(lengthMm, widthMm);
    if (longer > m_box[0] || shorter > m_box[1]) {
        return failure(Place{"parts", p.index},
                       CabinetTemplate::tr("%1 comes out %2 × %3 mm, larger than the "
                                           "cabinet %4 × %5 × %6 mm")
                           .arg(label())
                           .arg(lengthMm)
                           .arg(widthMm)
                           .arg(group.widthMm)
                           .arg(m_line.heightMm.value_or(0))
                           .arg(m_line.depthMm.value_or(0)));
    }

    Value material;
    Value colour;
    if (auto error = evaluate(p.material, Place{"parts", p.index, "material"}, material))
        return error;
    if (auto error = evaluate(p.colour, Place{"parts", p.index, "colour"}, colour))
        return error;

    Part &part = out.parts.emplaceBack();
    part.key = joined(keyPrefix, p.code);
    part.lineId = m_line.id;
    part.lineNo = m_line.lineNo;
    part.code = p.code;
    part.name = p.name;
    part.lengthMm = lengthMm;
    part.widthMm = widthMm;
    part.thicknessMm = thicknessMm;
    part.quantity = int(*pieces * group.count * multiplier);
    part.areaMm2 = part.lengthMm * part.widthMm * part.quantity;
    part.edgeMm = (p.longEdges * part.lengthMm + p.shortEdges * part.widthMm) * part.quantity;
    part.edges = p.edges;
    part.grain = p.grain;
    if (QString *text = std::get_if<QString>(&material))
        part.material = std::move(*text);
    else
        part.material = valueToString(material);
    if (QString *text = std::get_if<QString>(&colour))
        part.colour = std::move(*text);
    else
        part.colour = valueToString(colour);
    return std::nullopt;
}

std::optional<Error> Evaluation::run(CabinetGroup &group, int groupIndex, int multiplier,
                                     Explosion &out)
{
    m_scope.reset();
    const auto size = [](const std::optional<qint64> &mm) {
        return mm && *mm > 0 ? Value(Decimal::fromInt(*mm)) : Value();
    };
    m_scope.set(m_data.inputSlots[0], Decimal::fromInt(group.widthMm));
    m_scope.set(m_data.inputSlots[1], size(m_line.heightMm));
    m_scope.set(m_data.inputSlots[2], size(m_line.depthMm));
    m_scope.set(m_data.inputSlots[3], m_line.material);
    m_scope.set(m_data.inputSlots[4], m_line.colour);
    m_box = {group.widthMm, m_line.heightMm.value_or(0), m_line.depthMm.value_or(0)};
    std::sort(m_box.begin(), m_box.end(), std::greater<>());

    for (const TemplateParameter &p : m_data.parameters) {
        if (auto error = setParameter(p))
            return error;
    }
    Internal::JsonWriter w(24 * m_data.parameters.size() + 2);
    w.beginObject();
    for (const int i : m_data.parametersByName) {
        const TemplateParameter &p = m_data.parameters.at(i);
        w.key(QLatin1StringView(p.nameLatin1));
        w.valueText(m_scope.at(p.slot));
    }
    w.endObject();
    group.parameters = JsonObjectText::fromCompactJson(w.take());
    for (const TemplateValue &c : m_data.values) {
        if (auto error = setValue(c))
            return error;
    }
    const QString keyPrefix = m_linePrefix % QString::number(groupIndex) % u'.';
    for (const TemplatePart &p : m_data.parts) {
        if (auto error = makePart(p, group, keyPrefix, multiplier, out))
            return error;
    }
    for (const TemplateHardware &h : m_data.hardware) {
        const Place where{"hardware", h.index};
        Decimal quantity;
        if (auto error = number(h.quantity, Place{"hardware", h.index, "quantity"}, quantity))
            return error;
        if (quantity.micros() < 0) {
            return failure(where, CabinetTemplate::tr("the quantity of %1 comes out %2")
                                      .arg(localName(h.name, h.nameEn), quantity.toString()));
        }
        const qint64 times = qint64(group.count) * multiplier;
        const Decimal total = Decimal::fromMicros(quantity.micros() * times);
        if (total.isZero())
            continue;
        auto same = std::find_if(out.hardware.begin() + m_firstItem, out.hardware.end(),
                                 [&](const HardwareItem &item) { return item.code == h.code; });
        if (same != out.hardware.end()) {
            same->quantity += total;
            continue;
        }
        HardwareItem &item = out.hardware.emplaceBack();
        item.key = joined(m_linePrefix, h.code);
        item.lineId = m_line.id;
        item.lineNo = m_line.lineNo;
        item.code = h.code;
        item.name = h.name;
        item.quantity = total;
        item.unit = h.unit;
    }
    return std::nullopt;
}

QList<CabinetGroup> groupsFor(qint64 widthMm, qint64 maxWidthMm)
{
    if (maxWidthMm <= 0 || widthMm <= maxWidthMm)
        return {CabinetGroup{widthMm, 1, {}}};
    const qint64 n = (widthMm + maxWidthMm - 1) / maxWidthMm;
    const qint64 base = widthMm / n;
    const qint64 wider = widthMm % n;
    QList<CabinetGroup> groups;
    if (wider > 0)
        groups.append(CabinetGroup{base + 1, int(wider), {}});
    groups.append(CabinetGroup{base, int(n - wider), {}});
    return groups;
}

} // namespace

CabinetTemplate::CabinetTemplate() = default;
CabinetTemplate::~CabinetTemplate() = default;
CabinetTemplate::CabinetTemplate(const CabinetTemplate &other) = default;
CabinetTemplate &CabinetTemplate::operator=(const CabinetTemplate &other) = default;

Core::Result<CabinetTemplate> CabinetTemplate::fromJson(const QJsonObject &json)
{
    QList<Error> errors;
    auto data = Internal::readTemplate(json, errors);
    if (!errors.isEmpty())
        return errors.first();
    CabinetTemplate t;
    t.d = data;
    errors = t.checkExamples();
    if (!errors.isEmpty())
        return errors.first();
    return t;
}

QList<Error> CabinetTemplate::check(const QJsonObject &json)
{
    QList<Error> errors;
    auto data = Internal::readTemplate(json, errors);
    if (!errors.isEmpty())
        return errors;
    CabinetTemplate t;
    t.d = data;
    return t.checkExamples();
}

QList<Error> CabinetTemplate::checkExamples() const
{
    QList<Error> errors;
    for (int i = 0; i < d->examples.size(); ++i) {
        const QJsonObject example = d->examples.at(i).toObject();
        OrderLine line;
        line.lineNo = i + 1;
        line.description = tr("example %1").arg(i + 1);
        line.quantity = Decimal::fromInt(1);
        const auto size = [&](const char *key) -> std::optional<qint64> {
            const qint64 mm = example.value(QLatin1String(key)).toInteger(0);
            return mm > 0 ? std::optional<qint64>(mm) : std::nullopt;
        };
        line.widthMm = size("width_mm");
        line.heightMm = size("height_mm");
        line.depthMm = size("depth_mm");
        line.material = QStringLiteral("example");
        line.colour = QStringLiteral("example");
        line.spec = example.value(QLatin1String("spec")).toObject();
        const QString where = d->file + QStringLiteral(" examples[%1]").arg(i);
        if (const QString missing = missingInput(line); !missing.isEmpty()) {
            errors.append(Error{missing, where});
            continue;
        }
        const auto exploded = explode(line);
        if (!exploded)
            errors.append(exploded.error());
        else if (exploded->parts.isEmpty())
            errors.append(Error{tr("the example makes no parts"), where});
    }
    return errors;
}

QString CabinetTemplate::id() const
{
    return d ? d->id : QString();
}

QString CabinetTemplate::name() const
{
    return d ? d->name : QString();
}

QString CabinetTemplate::nameEn() const
{
    return d ? d->nameEn : QString();
}

QStringList CabinetTemplate::specKeys() const
{
    QStringList keys;
    if (d) {
        for (const TemplateParameter &p : d->parameters) {
            if (!p.specKey.isEmpty())
                keys.append(p.specKey);
        }
    }
    return keys;
}

QStringList CabinetTemplate::names() const
{
    return d ? d->names : QStringList();
}

QString CabinetTemplate::missingInput(const OrderLine &line) const
{
    if (!d)
        return tr("no template");
    const std::optional<qint64> sizes[] = {line.widthMm, line.heightMm, line.depthMm};
    static const char *const names[] = {QT_TR_NOOP("width"), QT_TR_NOOP("height"),
                                        QT_TR_NOOP("depth")};
    QStringList missing;
    for (int i = 0; i < 3; ++i) {
        if (d->needs[i] && (!sizes[i] || *sizes[i] <= 0))
            missing.append(tr(names[i]));
    }
    if (missing.isEmpty())
        return {};
    return tr("%1 has no %2 in mm; the template %3 needs it, so no parts are made for it")
        .arg(lineLabel(line), missing.join(QStringLiteral(", ")),
             localName(name(), nameEn()));
}

Core::Result<Explosion> CabinetTemplate::explode(const OrderLine &line,
                                                 const QJsonObject &overrides) const
{
    Explosion out;
    if (auto error = explodeInto(line, overrides, out))
        return *error;
    return out;
}

std::optional<Error> CabinetTemplate::explodeInto(const OrderLine &line,
                                                  const QJsonObject &overrides,
                                                  Explosion &out) const
{
    if (!d)
        return Error{tr("no template"), QString()};
    if (const QString missing = missingInput(line); !missing.isEmpty())
        return Error{missing, d->file};

    out.groups.clear();
    out.multiplier = 1;
    if (line.quantity.micros() <= 0) {
        out.multiplier = 0;
        return std::nullopt;
    }
    if (line.unit == Orders::Unit::Piece || line.unit == Orders::Unit::Set) {
        const auto whole = wholeNumber(line.quantity);
        if (!whole || *whole > maxMultiplier) {
            return Error{tr("%1: the quantity %2 is not a whole number of cabinets")
                             .arg(lineLabel(line), line.quantity.toString()),
                         d->file};
        }
        out.multiplier = int(*whole);
    }
    out.groups = groupsFor(*line.widthMm, d->maxWidthMm);
    // Room for this line, growing as a list grows, since lines are appended one by one.
    const auto room = [](auto &list, qsizetype more) {
        if (list.capacity() - list.size() < more)
            list.reserve(std::max(list.size() + more, 2 * list.capacity()));
    };
    room(out.parts, out.groups.size() * d->parts.size());
    room(out.hardware, d->hardware.size());

    Evaluation evaluation(*d, line, overrides, out.hardware.size());
    for (int g = 0; g < out.groups.size(); ++g) {
        if (auto error = evaluation.run(out.groups[g], g + 1, out.multiplier, out))
            return error;
    }
    return std::nullopt;
}

} // namespace Hearth::Workflow
