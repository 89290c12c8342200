#pragma once

#include "core/result.h"
#include "workflow/jsonobjecttext.h"
#include "workflow/splitplan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Hearth::Orders {
struct OrderLine;
}

namespace Hearth::Workflow {

/// Cabinets of one width inside a line: a line wider than the template's widest cabinet (a
/// kitchen run sold by the linear metre) is made as several cabinets of near-equal width.
struct CabinetGroup
{
    qint64 widthMm = 0;
    int count = 0;           // cabinets of this width per unit of the line's quantity
    JsonObjectText parameters;  // the parameters they were made with: {"T": "18", "doors": "2"}

    bool operator==(const CabinetGroup &) const = default;
};

/// What a template makes of one order line. Parts carry their line, key and sizes; the split
/// fills in the task that makes them.
struct Explosion
{
    QList<CabinetGroup> groups;
    int multiplier = 1;  // the line's quantity for pieces and sets, 1 for lines sold by m or m²
    QList<Part> parts;
    QList<HardwareItem> hardware;
};

/// A parametric cabinet template (柜体模板), kept as data in resources/templates/<id>.json:
/// parameters with defaults, computed values and look-up tables, and the panels and hardware of
/// one cabinet as formulas over W, H, D (mm) and those names. Formulas compute exact decimals;
/// each finished size is rounded once to whole millimetres, half away from zero.
class CabinetTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Hearth::Workflow::CabinetTemplate)

public:
    CabinetTemplate();
    ~CabinetTemplate();
    CabinetTemplate(const CabinetTemplate &other);
    CabinetTemplate &operator=(const CabinetTemplate &other);

    /// Reads and checks a template as check() does; the first problem found is the error.
    static Core::Result<CabinetTemplate> fromJson(const QJsonObject &json);
    /// Every problem of a template, each with its place ("templates/<id>.json parts[2].length"):
    /// structure, unknown names and wrong types in formulas, and parts that come out empty or
    /// larger than the cabinet at the template's example size.
    static QList<Core::Error> check(const QJsonObject &json);

    QString id() const;
    QString name() const;    // 地柜
    QString nameEn() const;  // Base cabinet
    /// The keys of OrderLine::spec the template reads ("thickness_mm", "doors", ...).
    QStringList specKeys() const;
    /// The names formulas may use: W, H, D, material, colour, the parameters and values.
    QStringList names() const;

    /// Why the template cannot make the line (a size is missing), or an empty string.
    QString missingInput(const Orders::OrderLine &line) const;

    /// The line's panels and hardware. Parameters come from the line's spec, then from
    /// `overrides` (a split rule's formulas or numbers), then from the template's defaults.
    /// Pieces and sets multiply everything by the line's quantity. An error names the line,
    /// the part and the size.
    Core::Result<Explosion> explode(const Orders::OrderLine &line,
                                    const QJsonObject &overrides = {}) const;
    /// explode() into out, whose parts and hardware it appends to (its groups and multiplier
    /// become the line's): the split gathers the parts of all lines of an order in one list.
    std::optional<Core::Error> explodeInto(const Orders::OrderLine &line,
                                           const QJsonObject &overrides, Explosion &out) const;

    struct Data;

private:
    QList<Core::Error> checkExamples() const;

    std::shared_ptr<const Data> d;
};

} // namespace Hearth::Workflow
