#include "cabinettemplate_p.h"

#include "workflow/jsonvalues.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Hearth::Workflow::Internal {

using Core::Error;

namespace {

const QString roundingRule = QStringLiteral("half_away_from_zero");

// The names every template has: the cabinet's size and the line's board.
const QStringList sizeNames = {QStringLiteral("W"), QStringLiteral("H"), QStringLiteral("D")};
const QStringList lineTextNames = {QStringLiteral("material"), QStringLiteral("colour")};

// Reads a template and collects every problem with its place.
class TemplateReader
{
public:
    explicit TemplateReader(const QJsonObject &json) : m_json(json) {}

    std::shared_ptr<CabinetTemplate::Data> read();
    QList<Error> errors;

private:
    void fail(const QString &where, const QString &message)
    {
        errors.append(Error{message, m_data->file + u' ' + where});
    }
    void failFile(const QString &message) { errors.append(Error{message, m_data->file}); }

    std::optional<Expression> formula(const QJsonValue &value, const QString &where,
                                      ValueType type, bool required = true);
    void declare(const QString &name, ValueType type, const QString &where);
    void readParameters();
    void readValues();
    void readParts();
    void readHardware();
    void bindNames();
    std::optional<QList<TemplateTableRow>> readTable(const QJsonValue &value, const QString &where);

    const QJsonObject &m_json;
    std::shared_ptr<CabinetTemplate::Data> m_data;
    FieldSchema m_schema;
};

std::optional<Expression> TemplateReader::formula(const QJsonValue &value, const QString &where,
                                                  ValueType type, bool required)
{
    if (value.isUndefined() || value.isNull()) {
        if (required)
            fail(where, CabinetTemplate::tr("a formula is missing"));
        return std::nullopt;
    }
    const std::optional<QString> text = formulaText(value);
    if (!text) {
        fail(where, CabinetTemplate::tr("expected a formula (text) or a number"));
        return std::nullopt;
    }
    auto parsed = Expression::parse(*text, m_schema);
    if (!parsed) {
        fail(where, CabinetTemplate::tr("%1 (%2) in \"%3\"")
                        .arg(parsed.error().message, parsed.error().where, *text));
        return std::nullopt;
    }
    const ValueType got = parsed->type();
    if (type != ValueType::Any && got != ValueType::Any && got != type) {
        fail(where, CabinetTemplate::tr("\"%1\" gives %2, but %3 is needed")
                        .arg(*text, valueTypeName(got), valueTypeName(type)));
        return std::nullopt;
    }
    return parsed.value();
}

void TemplateReader::declare(const QString &name, ValueType type, const QString &where)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (!identifier.match(name).hasMatch()) {
        fail(where, CabinetTemplate::tr("\"%1\" is not a name (letters, digits and _)")
                        .arg(name));
        return;
    }
    if (m_schema.fields.contains(name)) {
        fail(where, CabinetTemplate::tr("the name \"%1\" is already used").arg(name));
        return;
    }
    m_schema.fields.insert(name, type);
    m_data->names.append(name);
}

std::shared_ptr<CabinetTemplate::Data> TemplateReader::read()
{
    m_data = std::make_shared<CabinetTemplate::Data>();
    m_data->id = m_json.value(QLatin1String("id")).toString();
    m_data->file = QStringLiteral("templates/%1.json")
                       .arg(m_data->id.isEmpty() ? QStringLiteral("?") : m_data->id);
    m_data->name = m_json.value(QLatin1String("name")).toString();
    m_data->nameEn = m_json.value(QLatin1String("name_en")).toString();
    if (m_data->id.isEmpty())
        failFile(CabinetTemplate::tr("the template has no \"id\""));
    if (m_data->name.isEmpty() || m_data->nameEn.isEmpty())
        failFile(CabinetTemplate::tr("the template needs \"name\" (Chinese) and \"name_en\""));

    const QString rounding = m_json.value(QLatin1String("rounding")).toString();
    if (rounding != roundingRule) {
        fail(QStringLiteral("rounding"),
             CabinetTemplate::tr("say how sizes are rounded: \"rounding\": \"%1\" is the one "
                                 "rule known, not \"%2\"")
                 .arg(roundingRule, rounding));
    }
    const QJsonValue maxWidth = m_json.value(QLatin1String("max_width_mm"));
    if (!maxWidth.isUndefined()) {
        const qint64 w = maxWidth.toInteger(-1);
        if (w <= 0)
            fail(QStringLiteral("max_width_mm"),
                 CabinetTemplate::tr("expected a whole number of mm above 0"));
        else
            m_data->maxWidthMm = w;
    }

    const QJsonValue sizes = m_json.value(QLatin1String("sizes"));
    if (!sizes.isUndefined()) {
        const QJsonArray list = sizes.toArray();
        for (int i = 0; i < sizeNames.size(); ++i)
            m_data->needs[i] = list.contains(sizeNames.at(i));
        if (list.isEmpty() || !m_data->needs[0]
            || std::any_of(list.begin(), list.end(), [](const QJsonValue &v) {
                   return !sizeNames.contains(v.toString());
               })) {
            fail(QStringLiteral("sizes"),
                 CabinetTemplate::tr("expected the sizes the template needs, W first, such as "
                                     "[\"W\", \"H\"]"));
        }
    }
    for (const QString &name : sizeNames)
        declare(name, ValueType::Number, name);
    for (const QString &name : lineTextNames)
        declare(name, ValueType::Text, name);
    readParameters();
    readValues();
    readParts();
    readHardware();

    const QJsonValue examples = m_json.value(QLatin1String("examples"));
    if (!examples.isArray() || examples.toArray().isEmpty()) {
        fail(QStringLiteral("examples"),
             CabinetTemplate::tr("give at least one example size, such as "
                                 "{\"width_mm\": 800, \"height_mm\": 720, \"depth_mm\": 560}"));
    } else {
        m_data->examples = examples.toArray();
    }
    m_data->schema = m_schema;
    bindNames();
    return m_data;
}

void TemplateReader::bindNames()
{
    CabinetTemplate::Data &d = *m_data;
    const QStringList *names = &d.names;
    const QStringList inputs = sizeNames + lineTextNames;
    for (int i = 0; i < inputs.size(); ++i)
        d.inputSlots[i] = int(d.names.indexOf(inputs.at(i)));
    for (TemplateParameter &p : d.parameters) {
        p.slot = int(d.names.indexOf(p.name));
        p.nameLatin1 = p.name.toLatin1();
        p.fallback.bindNames(names);
    }
    d.parametersByName.clear();
    for (int i = 0; i < d.parameters.size(); ++i)
        d.parametersByName.append(i);
    std::stable_sort(d.parametersByName.begin(), d.parametersByName.end(), [&](int a, int b) {
        return d.parameters.at(a).nameLatin1 < d.parameters.at(b).nameLatin1;
    });
    for (TemplateValue &v : d.values) {
        v.slot = int(d.names.indexOf(v.name));
        v.formula.bindNames(names);
    }
    for (TemplatePart &p : d.parts) {
        for (Expression *e : {&p.quantity, &p.length, &p.width, &p.thickness, &p.material,
                              &p.colour})
            e->bindNames(names);
    }
    for (TemplateHardware &h : d.hardware)
        h.quantity.bindNames(names);
}

void TemplateReader::readParameters()
{
    const QJsonArray list = m_json.value(QLatin1String("parameters")).toArray();
    QSet<QString> specKeys;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = QStringLiteral("parameters[%1]").arg(i);
        TemplateParameter p;
        p.index = i;
        p.name = o.value(QLatin1String("name")).toString();
        p.specKey = o.value(QLatin1String("spec")).toString();
        const QString type = o.value(QLatin1String("type")).toString(QStringLiteral("number"));
        if (type != QLatin1String("number") && type != QLatin1String("text")) {
            fail(where + QStringLiteral(".type"),
                 CabinetTemplate::tr("expected \"number\" or \"text\", not \"%1\"").arg(type));
        }
        p.text = type == QLatin1String("text");
        if (!p.specKey.isEmpty()) {
            if (specKeys.contains(p.specKey)) {
                fail(where + QStringLiteral(".spec"),
                     CabinetTemplate::tr("two parameters read the spec key \"%1\"")
                         .arg(p.specKey));
            }
            specKeys.insert(p.specKey);
        }
        const ValueType valueType = p.text ? ValueType::Text : ValueType::Number;
        // A default may use the names declared before it, but not the parameter itself.
        if (auto f = formula(o.value(QLatin1String("default")), where + QStringLiteral(".default"),
                             valueType))
            p.fallback = *f;
        for (const char *bound : {"min", "max"}) {
            const QJsonValue v = o.value(QLatin1String(bound));
            if (v.isUndefined())
                continue;
            const auto d = jsonDecimal(v);
            if (!d || p.text) {
                fail(where + u'.' + QLatin1String(bound),
                     CabinetTemplate::tr("expected a number for a number parameter"));
                continue;
            }
            (qstrcmp(bound, "min") == 0 ? p.min : p.max) = *d;
        }
        declare(p.name, valueType, where + QStringLiteral(".name"));
        m_data->parameters.append(p);
    }
}

std::optional<QList<TemplateTableRow>> TemplateReader::readTable(const QJsonValue &value,
                                                         const QString &where)
{
    const QJsonArray rows = value.toArray();
    if (rows.isEmpty()) {
        fail(where, CabinetTemplate::tr("a table needs rows such as {\"up_to\": 900, "
                                        "\"value\": 2}"));
        return std::nullopt;
    }
    QList<TemplateTableRow> table;
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        const QString rowWhere = where + QStringLiteral("[%1]").arg(r);
        TemplateTableRow t;
        const auto v = jsonDecimal(row.value(QLatin1String("value")));
        if (!v) {
            fail(rowWhere + QStringLiteral(".value"), CabinetTemplate::tr("expected a number"));
            return std::nullopt;
        }
        t.value = *v;
        const QJsonValue upTo = row.value(QLatin1String("up_to"));
        if (!upTo.isUndefined() && !upTo.isNull()) {
            const auto u = jsonDecimal(upTo);
            if (!u) {
                fail(rowWhere + QStringLiteral(".up_to"), CabinetTemplate::tr("expected a number"));
                return std::nullopt;
            }
            if (!table.isEmpty() && (!table.last().upTo || *table.last().upTo >= *u)) {
                fail(rowWhere + QStringLiteral(".up_to"),
                     CabinetTemplate::tr("the rows' \"up_to\" must rise from row to row"));
                return std::nullopt;
            }
            t.upTo = *u;
        } else if (r != rows.size() - 1) {
            fail(rowWhere, CabinetTemplate::tr("only the last row may leave out \"up_to\""));
            return std::nullopt;
        }
        table.append(t);
    }
    return table;
}

void TemplateReader::readValues()
{
    const QJsonArray list = m_json.value(QLatin1String("values")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString where = QStringLiteral("values[%1]").arg(i);
        TemplateValue c;
        c.index = i;
        c.name = o.value(QLatin1String("name")).toString();
        const bool isTable = o.contains(QLatin1String("table"));
        if (isTable) {
            if (auto f = formula(o.value(QLatin1String("lookup")),
                                 where + QStringLiteral(".lookup"), ValueType::Number))
                c.formula = *f;
            if (auto t = readTable(o.value(QLatin1String("table")),
                                   where + QStringLiteral(".table")))
                c.table = *t;
        } else if (auto f = formula(o.value(QLatin1String("formula")),
                                    where + QStringLiteral(".formula"), ValueType::Any)) {
            c.formula = *f;
        }
        const ValueType type = isTable || c.formula.type() == ValueType::Any
            ? ValueType::Number
            : c.formula.type();
        declare(c.name, type, where + QStringLiteral(".name"));
        m_data->values.append(c);
    }
}

void TemplateReader::readParts()
{
    static const QRegularExpression edgePattern(QStringLiteral("^(L1)?(L2)?(W1)?(W2)?$"));
    const QJsonArray list = m_json.value(QLatin1String("parts")).toArray();
    if (list.isEmpty())
        fail(QStringLiteral("parts"), CabinetTemplate::tr("a template needs at least one part"));
    QSet<QString> codes;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        TemplatePart p;
        p.index = i;
        p.code = o.value(QLatin1String("code")).toString();
        const QString where = QStringLiteral("parts[%1]").arg(i);
        if (p.code.isEmpty() || codes.contains(p.code)) {
            fail(where + QStringLiteral(".code"),
                 CabinetTemplate::tr("each part needs its own code (\"side\", \"door\", ...)"));
        }
        codes.insert(p.code);
        p.name = o.value(QLatin1String("name")).toString();
        p.nameEn = o.value(QLatin1String("name_en")).toString();
        if (p.name.isEmpty() || p.nameEn.isEmpty()) {
            fail(where, CabinetTemplate::tr("the part needs \"name\" (Chinese) and \"name_en\""));
        }
        const auto number = [&](const char *key, Expression &target) {
            if (auto f = formula(o.value(QLatin1String(key)), where + u'.' + QLatin1String(key),
                                 ValueType::Number))
                target = *f;
        };
        number("quantity", p.quantity);
        number("length", p.length);
        number("width", p.width);
        number("thickness", p.thickness);
        const auto text = [&](const char *key, Expression &target) {
            const QJsonValue v = o.value(QLatin1String(key));
            const QJsonValue f = v.isUndefined() ? QJsonValue(QLatin1String(key)) : v;
            if (auto e = formula(f, where + u'.' + QLatin1String(key), ValueType::Text))
                target = *e;
        };
        text("material", p.material);
        text("colour", p.colour);
        p.edges = o.value(QLatin1String("edges")).toString();
        const auto m = edgePattern.match(p.edges);
        if (!m.hasMatch()) {
            fail(where + QStringLiteral(".edges"),
                 CabinetTemplate::tr("\"%1\" is not a set of banded edges such as \"L1L2W1\"")
                     .arg(p.edges));
        } else {
            p.longEdges = int(!m.captured(1).isEmpty()) + int(!m.captured(2).isEmpty());
            p.shortEdges = int(!m.captured(3).isEmpty()) + int(!m.captured(4).isEmpty());
        }
        p.grain = o.value(QLatin1String("grain")).toString();
        if (p.grain != QLatin1String("length") && p.grain != QLatin1String("width")
            && p.grain != QLatin1String("none")) {
            fail(where + QStringLiteral(".grain"),
                 CabinetTemplate::tr("expected \"length\", \"width\" or \"none\", not \"%1\"")
                     .arg(p.grain));
        }
        m_data->parts.append(p);
    }
}

void TemplateReader::readHardware()
{
    static const QStringList units = {QStringLiteral("piece"), QStringLiteral("set"),
                                      QStringLiteral("pair"), QStringLiteral("m")};
    const QJsonArray list = m_json.value(QLatin1String("hardware")).toArray();
    QSet<QString> codes;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        TemplateHardware h;
        h.index = i;
        const QString where = QStringLiteral("hardware[%1]").arg(i);
        h.code = o.value(QLatin1String("code")).toString();
        if (h.code.isEmpty() || codes.contains(h.code)) {
            fail(where + QStringLiteral(".code"),
                 CabinetTemplate::tr("each hardware item needs its own code (\"hinge\", ...)"));
        }
        codes.insert(h.code);
        h.name = o.value(QLatin1String("name")).toString();
        h.nameEn = o.value(QLatin1String("name_en")).toString();
        if (h.name.isEmpty() || h.nameEn.isEmpty()) {
            fail(where,
                 CabinetTemplate::tr("the hardware item needs \"name\" (Chinese) and "
                                     "\"name_en\""));
        }
        if (auto f = formula(o.value(QLatin1String("quantity")),
                             where + QStringLiteral(".quantity"), ValueType::Number))
            h.quantity = *f;
        h.unit = o.value(QLatin1String("unit")).toString();
        if (!units.contains(h.unit)) {
            fail(where + QStringLiteral(".unit"),
                 CabinetTemplate::tr("expected one of %1, not \"%2\"")
                     .arg(units.join(QStringLiteral(", ")), h.unit));
        }
        m_data->hardware.append(h);
    }
}

} // namespace

std::shared_ptr<CabinetTemplate::Data> readTemplate(const QJsonObject &json, QList<Error> &errors)
{
    TemplateReader reader(json);
    auto data = reader.read();
    errors.append(reader.errors);
    return data;
}

} // namespace Hearth::Workflow::Internal
