#include "financeformat.h"

namespace Hearth::Finance {

namespace {

QString grouped(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return digits;
}

} // namespace

QString FinanceFormat::fen(qint64 fen)
{
    const qint64 abs = fen < 0 ? -fen : fen;
    const QString text = QStringLiteral("¥%1.%2")
                             .arg(grouped(abs / 100))
                             .arg(abs % 100, 2, 10, QLatin1Char('0'));
    return fen < 0 ? QStringLiteral("−") + text : text;
}

QString FinanceFormat::yuanShort(qint64 fen)
{
    const qint64 abs = fen < 0 ? -fen : fen;
    const qint64 yuan = (abs + 50) / 100;
    return (fen < 0 ? QStringLiteral("−") : QString()) + grouped(yuan);
}

QString FinanceFormat::margin(const std::optional<Core::Decimal> &margin)
{
    if (!margin)
        return tr("no revenue");
    // Micros of a ratio to tenths of a per cent, half away from zero.
    const qint64 m = margin->micros();
    const qint64 abs = m < 0 ? -m : m;
    const qint64 tenths = (abs + 500) / 1000;
    return QStringLiteral("%1%2.%3 %")
        .arg(m < 0 && tenths > 0 ? QStringLiteral("−") : QString())
        .arg(tenths / 10)
        .arg(tenths % 10);
}

} // namespace Hearth::Finance
