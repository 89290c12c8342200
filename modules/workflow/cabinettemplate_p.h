#pragma once

// The parsed form of a CabinetTemplate, shared by its reader (templatereader.cpp) and its
// evaluation (cabinettemplate.cpp). Not for use elsewhere.

#include "core/decimal.h"
#include "core/result.h"
#include "workflow/cabinettemplate.h"
#include "workflow/expression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

namespace Hearth::Workflow {

namespace Internal {

/// A parameter: from the line's spec, else a split rule, else its default formula.
struct TemplateParameter
{
    QString name;
    QByteArray nameLatin1;  // the name as a JSON key of CabinetGroup::parameters
    QString specKey;
    bool text = false;
    Expression fallback;
    std::optional<Core::Decimal> min;
    std::optional<Core::Decimal> max;
    int index = 0;
    int slot = -1;  // the name's position in CabinetTemplate::Data::names
};

/// A row of a look-up table: the value for inputs up to upTo.
struct TemplateTableRow
{
    std::optional<Core::Decimal> upTo;  // none: every value above the previous row
    Core::Decimal value;
};

/// A name computed from those before it, by a formula or a look-up table.
struct TemplateValue
{
    QString name;
    Expression formula;  // a plain value, or the input of the table
    QList<TemplateTableRow> table;
    int index = 0;
    int slot = -1;  // the name's position in CabinetTemplate::Data::names
};

/// A panel: formulas for its count and finished sizes, its banded edges and grain.
struct TemplatePart
{
    QString code;
    QString name;
    QString nameEn;
    Expression quantity;
    Expression length;
    Expression width;
    Expression thickness;
    Expression material;
    Expression colour;
    QString edges;
    int longEdges = 0;
    int shortEdges = 0;
    QString grain;
    int index = 0;
};

/// Hardware for one cabinet, counted by a formula.
struct TemplateHardware
{
    QString code;
    QString name;
    QString nameEn;
    Expression quantity;
    QString unit;
    int index = 0;
};

/// Reads a template; every problem goes to errors with its place ("templates/<id>.json
/// parts[2].length"). The result is complete only when no error was added.
std::shared_ptr<CabinetTemplate::Data> readTemplate(const QJsonObject &json,
                                                    QList<Core::Error> &errors);

} // namespace Internal

struct CabinetTemplate::Data
{
    QString id;
    QString name;
    QString nameEn;
    QString file;
    qint64 maxWidthMm = 0;
    QList<bool> needs = {true, true, true};  // W, H, D
    QList<Internal::TemplateParameter> parameters;
    QList<int> parametersByName;  // positions in parameters, in the order of their JSON keys
    QList<Internal::TemplateValue> values;
    QList<Internal::TemplatePart> parts;
    QList<Internal::TemplateHardware> hardware;
    QJsonArray examples;
    QStringList names;  // formulas are bound to these (Expression::bindNames)
    std::array<int, 5> inputSlots = {-1, -1, -1, -1, -1};  // W, H, D, material, colour
    FieldSchema schema;
};

} // namespace Hearth::Workflow
