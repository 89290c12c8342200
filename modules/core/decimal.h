#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Hearth::Core {

/// An exact decimal with six fractional digits, for unit prices, rates and imported figures.
/// Imported values keep the decimals they came with (up to six); money in fen is fixed from
/// them once, by Money::fromDecimal.
class Decimal
{
public:
    static constexpr int Scale = 6;
    static constexpr qint64 One = 1'000'000;

    constexpr Decimal() = default;
    static constexpr Decimal fromMicros(qint64 micros) { return Decimal(micros); }
    static constexpr Decimal fromInt(qint64 units) { return Decimal(units * One); }

    /// Parses "1234.5", "-0.25", "1,234.50", "1.5E-3", "¥12.00"; nullopt when the text is not a
    /// number or has more than six decimals.
    static std::optional<Decimal> parse(const QString &text);

    /// Excel stores numbers as doubles written with 17 digits ("72.947999999999979"); Excel
    /// shows 15 significant digits, which is what the user typed. This recovers that value.
    static std::optional<Decimal> fromExcelNumber(const QString &text);

    /// a × b rounded half away from zero at the sixth decimal; a product beyond the range
    /// (about ±9.2 × 10¹²) is clamped to the nearest end of it.
    static Decimal multiply(Decimal a, Decimal b);
    /// a ÷ b rounded half away from zero at the sixth decimal; nullopt when b is zero or the
    /// quotient is beyond the range.
    static std::optional<Decimal> divide(Decimal a, Decimal b);

    constexpr qint64 micros() const { return m_micros; }
    bool isZero() const { return m_micros == 0; }

    /// Shortest text with at least minDecimals decimals: "72.948", "5.00".
    QString toString(int minDecimals = 0) const;

    friend constexpr Decimal operator+(Decimal a, Decimal b)
    {
        return Decimal(a.m_micros + b.m_micros);
    }
    friend constexpr Decimal operator-(Decimal a, Decimal b)
    {
        return Decimal(a.m_micros - b.m_micros);
    }
    constexpr Decimal &operator+=(Decimal o) { m_micros += o.m_micros; return *this; }
    friend constexpr bool operator==(Decimal a, Decimal b) = default;
    friend constexpr auto operator<=>(Decimal a, Decimal b) = default;

private:
    constexpr explicit Decimal(qint64 micros) : m_micros(micros) {}
    qint64 m_micros = 0;
};

} // namespace Hearth::Core
