#include "jsonvalues.h"

#include <QCoreApplication>

#include <cmath>

namespace Hearth::Workflow::Internal {

namespace {

// JSON numbers are doubles; a rule file writes them with at most six decimals.
std::optional<QString> numberText(double d)
{
    if (!std::isfinite(d) || std::abs(d) >= 1e12)
        return std::nullopt;
    if (d == std::floor(d))
        return QString::number(qint64(d));
    QString text = QString::number(d, 'f', Core::Decimal::Scale);
    while (text.endsWith(u'0'))
        text.chop(1);
    return text;
}

} // namespace

std::optional<QString> formulaText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return numberText(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return std::nullopt;
}

std::optional<Core::Decimal> jsonDecimal(const QJsonValue &value)
{
    if (value.isString())
        return Core::Decimal::parse(value.toString());
    if (value.isDouble()) {
        // Whole numbers, as sizes and counts mostly are, need no text.
        const double d = value.toDouble();
        if (std::isfinite(d) && std::abs(d) < 1e12 && d == std::floor(d))
            return Core::Decimal::fromInt(qint64(d));
        const auto text = numberText(d);
        return text ? Core::Decimal::parse(*text) : std::nullopt;
    }
    return std::nullopt;
}

QString valueTypeName(ValueType type)
{
    switch (type) {
    case ValueType::Bool:
        return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "true/false");
    case ValueType::Number:
        return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "a number");
    case ValueType::Text:
        return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "text");
    case ValueType::Any:
        break;
    }
    return QCoreApplication::translate("Hearth::Workflow::CabinetTemplate", "any value");
}

} // namespace Hearth::Workflow::Internal
