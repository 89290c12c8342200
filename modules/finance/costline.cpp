#include "costline.h"

#include <array>
#include <utility>

namespace Hearth::Finance {

namespace {

constexpr std::array<std::pair<CostKind, const char *>, 11> codes{{
    {CostKind::Material, "material"},
    {CostKind::Hardware, "hardware"},
    {CostKind::Labour, "labour"},
    {CostKind::Machine, "machine"},
    {CostKind::BoughtIn, "bought_in"},
    {CostKind::Outsourcing, "outsourcing"},
    {CostKind::Freight, "freight"},
    {CostKind::Installation, "installation"},
    {CostKind::Remake, "remake"},
    {CostKind::Overhead, "overhead"},
    {CostKind::Other, "other"},
}};

} // namespace

QString CostLine::kindCode(CostKind kind)
{
    for (const auto &[k, code] : codes) {
        if (k == kind)
            return QLatin1String(code);
    }
    return QStringLiteral("other");
}

std::optional<CostKind> CostLine::kindFromCode(const QString &code)
{
    for (const auto &[k, c] : codes) {
        if (code == QLatin1String(c))
            return k;
    }
    return std::nullopt;
}

QString CostLine::kindName(CostKind kind)
{
    switch (kind) {
    case CostKind::Material:
        return tr("Material");
    case CostKind::Hardware:
        return tr("Hardware");
    case CostKind::Labour:
        return tr("Labour");
    case CostKind::Machine:
        return tr("Machine time");
    case CostKind::BoughtIn:
        return tr("Bought-in");
    case CostKind::Outsourcing:
        return tr("Outsourcing");
    case CostKind::Freight:
        return tr("Freight");
    case CostKind::Installation:
        return tr("Installation");
    case CostKind::Remake:
        return tr("Re-makes");
    case CostKind::Overhead:
        return tr("Overhead");
    case CostKind::Other:
        break;
    }
    return tr("Other");
}

} // namespace Hearth::Finance
