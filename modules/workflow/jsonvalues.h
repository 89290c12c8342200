#pragma once

#include "core/decimal.h"
#include "workflow/expression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

#include <optional>
#include <variant>

// Reading numbers and formulas from rule and template files; shared by the cabinet templates
// and the split rules. Not for use elsewhere.
namespace Hearth::Workflow::Internal {

/// A formula written as text, or a JSON number written as its decimal text ("18", "0.3").
std::optional<QString> formulaText(const QJsonValue &value);
/// A JSON number or numeric text as an exact decimal; nullopt for anything else.
std::optional<Core::Decimal> jsonDecimal(const QJsonValue &value);
/// "a number", "text", "true/false" — translated, for messages.
QString valueTypeName(ValueType type);

/// Builds a JSON object of texts, whole numbers and truth values. Inserting into a QJsonObject
/// member by member makes temporary containers for every key and text; this writes the members
/// as compact JSON and reads them once, which gives the same object for a fraction of the cost
/// (and inserts member by member where the text could not say exactly the same thing). Keys are
/// not copied: they must outlive the builder (literals, or names kept by a template).
class JsonObjectBuilder
{
public:
    void add(QLatin1StringView key, const QString &value) { m_members.append({key, value}); }
    void add(QLatin1StringView key, qint64 value) { m_members.append({key, value}); }
    void add(QLatin1StringView key, int value) { m_members.append({key, qint64(value)}); }
    void add(QLatin1StringView key, bool value) { m_members.append({key, value}); }

    QJsonObject object() const;
    /// The objects of the builders in one JSON array, read at once.
    static QJsonArray array(const QList<JsonObjectBuilder> &objects);

private:
    using Member = std::pair<QLatin1StringView, std::variant<QString, qint64, bool>>;
    QJsonObject slowObject() const;
    qsizetype room() const;
    char *write(char *out, char *end) const;  // nullptr when the text cannot say it

    QVarLengthArray<Member, 16> m_members;
};

} // namespace Hearth::Workflow::Internal
