#include "display.h"

#include "core/money.h"
#include "orders/salesorder.h"
#include "widgets/sitetime.h"

#include <QLocale>

namespace Hearth::Orders::Display {

QString moneyFen(qint64 fen)
{
    const QLocale locale;
    const bool negative = fen < 0;
    const qint64 absolute = negative ? -fen : fen;
    QString text = locale.toString(absolute / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString money(Core::Decimal value)
{
    return moneyFen(Core::Money::fromDecimal(value).minor());
}

QString price(Core::Decimal value)
{
    const QLocale locale;
    const QString plain = value.toString(2);
    const bool negative = plain.startsWith(u'-');
    const qsizetype point = plain.indexOf(u'.');
    const QString whole = plain.mid(negative ? 1 : 0, point - (negative ? 1 : 0));
    QString text =
        locale.toString(whole.toLongLong()) + locale.decimalPoint() + plain.mid(point + 1);
    if (negative)
        text.prepend(locale.negativeSign());
    return text;
}

QString decimal(Core::Decimal value)
{
    return value.toString();
}

QString discountPercent(Core::Decimal rate)
{
    if (rate.isZero())
        return {};
    // A rate of six decimals is a percentage of four: move the point by two places exactly.
    return Core::Decimal::fromMicros(rate.micros() * 100).toString() + QLatin1Char('%');
}

QString size(const OrderLine &line, bool compact)
{
    if (!line.isCustom())
        return {};
    QStringList parts;
    for (const auto &dim : {line.widthMm, line.heightMm, line.depthMm})
        parts.append(dim ? QString::number(*dim) : QStringLiteral("–"));
    return parts.join(compact ? QStringLiteral("×") : QStringLiteral(" × "))
        + QStringLiteral(" mm");
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString siteTime(const QString &isoUtc)
{
    return Widgets::SiteTime::formatIso(isoUtc);
}

QString place(const QString &province, const QString &city)
{
    if (city.isEmpty() || city == province)
        return province;
    if (province.isEmpty())
        return city;
    return province + QLatin1Char(' ') + city;
}

} // namespace Hearth::Orders::Display
