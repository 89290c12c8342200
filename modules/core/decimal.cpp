#include "decimal.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace Hearth::Core {

namespace {

constexpr qint64 maxMicrosDigits = 18;

std::optional<Decimal> parsePlain(QStringView text, bool roundExtraDecimals = false)
{
    bool negative = false;
    qsizetype i = 0;
    if (i < text.size() && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }

    qint64 intPart = 0;
    qint64 fracPart = 0;
    int fracDigits = 0;
    int intDigits = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    bool roundedExtra = false;
    bool roundUp = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c == u',' && !seenPoint)
            continue;
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        seenDigit = true;
        const int digit = c.unicode() - u'0';
        if (seenPoint) {
            if (fracDigits == Decimal::Scale) {
                if (digit != 0 && !roundExtraDecimals)
                    return std::nullopt;
                if (fracDigits == Decimal::Scale && !roundedExtra) {
                    roundedExtra = true;
                    roundUp = digit >= 5;
                }
                continue;
            }
            fracPart = fracPart * 10 + digit;
            ++fracDigits;
        } else {
            if (intDigits > 0 || digit != 0)
                ++intDigits;
            if (intDigits > maxMicrosDigits - Decimal::Scale)
                return std::nullopt;
            intPart = intPart * 10 + digit;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    for (int d = fracDigits; d < Decimal::Scale; ++d)
        fracPart *= 10;
    const qint64 micros = intPart * Decimal::One + fracPart + (roundUp ? 1 : 0);
    return Decimal::fromMicros(negative ? -micros : micros);
}

// Moves the decimal point of a plain number by exponent places, as text, so no precision is lost.
// Relative distance within which a double is taken for the shorter decimal it approximates.
constexpr double excelNoise = 5e-14;  // about 250 units in the last place

QString shiftPoint(const QString &mantissa, int exponent)
{
    QString sign;
    QString digits = mantissa;
    if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
        if (digits.startsWith(u'-'))
            sign = QStringLiteral("-");
        digits.remove(0, 1);
    }
    qsizetype point = digits.indexOf(u'.');
    if (point < 0)
        point = digits.size();
    else
        digits.remove(point, 1);
    qsizetype newPoint = point + exponent;
    while (newPoint <= 0) {
        digits.prepend(u'0');
        ++newPoint;
    }
    while (newPoint > digits.size())
        digits.append(u'0');
    return sign + digits.left(newPoint) + u'.' + digits.mid(newPoint);
}

// GCC and Clang's 128-bit integer, wide enough for a product of two micros values.
__extension__ using Int128 = __int128;

// Divides rounding half away from zero; divisor is not zero.
Int128 divideRounded(Int128 numerator, Int128 divisor)
{
    Int128 quotient = numerator / divisor;
    const Int128 remainder = numerator % divisor;
    const Int128 absRemainder = remainder < 0 ? -remainder : remainder;
    const Int128 absDivisor = divisor < 0 ? -divisor : divisor;
    if (absRemainder * 2 >= absDivisor)
        quotient += (numerator < 0) == (divisor < 0) ? 1 : -1;
    return quotient;
}

bool fitsMicros(Int128 value)
{
    return value >= std::numeric_limits<qint64>::min()
        && value <= std::numeric_limits<qint64>::max();
}

} // namespace

Decimal Decimal::multiply(Decimal a, Decimal b)
{
    const Int128 product = divideRounded(Int128(a.m_micros) * b.m_micros, One);
    if (!fitsMicros(product))
        return Decimal(product < 0 ? std::numeric_limits<qint64>::min()
                                   : std::numeric_limits<qint64>::max());
    return Decimal(qint64(product));
}

std::optional<Decimal> Decimal::divide(Decimal a, Decimal b)
{
    if (b.m_micros == 0)
        return std::nullopt;
    const Int128 quotient = divideRounded(Int128(a.m_micros) * One, b.m_micros);
    if (!fitsMicros(quotient))
        return std::nullopt;
    return Decimal(qint64(quotient));
}

std::optional<Decimal> Decimal::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    if (text.startsWith(u'¥') || text.startsWith(u'$') || text.startsWith(QChar(0xFFE5)))
        text.remove(0, 1);
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype e = text.indexOf(u'e', 0, Qt::CaseInsensitive);
    if (e > 0) {
        bool ok = false;
        const int exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent < -30 || exponent > 30)
            return std::nullopt;
        return parsePlain(shiftPoint(text.left(e), exponent));
    }
    return parsePlain(text);
}

std::optional<Decimal> Decimal::fromExcelNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    // The shortest decimal (at most Excel's 15 significant digits) that the stored double is
    // only binary noise away from: 85.309199999999805 was 85.3092 when it was typed.
    QString shortest = QString::number(value, 'g', 15);
    for (int digits = 1; digits < 15; ++digits) {
        const QString candidate = QString::number(value, 'g', digits);
        if (std::abs(candidate.toDouble() - value) <= std::abs(value) * excelNoise) {
            shortest = candidate;
            break;
        }
    }
    const qsizetype e = shortest.indexOf(u'e', 0, Qt::CaseInsensitive);
    const QString plain = e > 0 ? shiftPoint(shortest.left(e), shortest.mid(e + 1).toInt())
                                : shortest;
    // A computed figure (a third) can have more decimals than we keep: round at the sixth.
    return parsePlain(plain, true);
}

QString Decimal::toString(int minDecimals) const
{
    const bool negative = m_micros < 0;
    // Work in unsigned to keep the most negative value well defined.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_micros) : quint64(m_micros);
    const quint64 whole = magnitude / quint64(One);
    quint64 frac = magnitude % quint64(One);
    QString fracText = QString::number(frac).rightJustified(Scale, u'0');
    while (fracText.size() > minDecimals && fracText.endsWith(u'0'))
        fracText.chop(1);
    QString result = negative ? QStringLiteral("-") : QString();
    result += QString::number(whole);
    if (!fracText.isEmpty())
        result += u'.' + fracText;
    return result;
}

} // namespace Hearth::Core
