#pragma once

#include "decimal.h"

#include <QList>
#include <QString>

namespace Hearth::Core {

/// An amount of money in the currency's minor unit (fen for CNY, cents for USD).
/// Never a binary float. Rounding to the minor unit happens once, in fromDecimal, by the rule
/// "half away from zero" (四舍五入), the rule Chinese invoices use.
class Money
{
public:
    Money() = default;
    explicit Money(qint64 minor, QString currency = QStringLiteral("CNY"))
        : m_minor(minor), m_currency(std::move(currency)) {}

    static Money fromDecimal(Decimal value, const QString &currency = QStringLiteral("CNY"));

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }

    /// "1234.50" (no grouping; the UI formats with the locale).
    QString toString() const;

    /// Splits this amount over the weights in proportion, by largest remainder; the parts always
    /// add up to the whole, and ties go to the earlier part. All-zero weights split evenly.
    QList<Money> allocate(const QList<qint64> &weights) const;

    Money operator+(const Money &o) const { return Money(m_minor + o.m_minor, m_currency); }
    Money operator-(const Money &o) const { return Money(m_minor - o.m_minor, m_currency); }
    bool operator==(const Money &o) const = default;

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("CNY");
};

} // namespace Hearth::Core
