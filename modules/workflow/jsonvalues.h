#pragma once

#include "core/decimal.h"
#include "workflow/expression.h"

#include <QJsonValue>
#include <QString>

#include <optional>

// Reading numbers and formulas from rule and template files; shared by the cabinet templates
// and the split rules. Not for use elsewhere.
namespace Hearth::Workflow::Internal {

/// A formula written as text, or a JSON number written as its decimal text ("18", "0.3").
std::optional<QString> formulaText(const QJsonValue &value);
/// A JSON number or numeric text as an exact decimal; nullopt for anything else.
std::optional<Core::Decimal> jsonDecimal(const QJsonValue &value);
/// "a number", "text", "true/false" — translated, for messages.
QString valueTypeName(ValueType type);

} // namespace Hearth::Workflow::Internal
