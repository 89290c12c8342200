#include "fieldparser.h"

#include <QRegularExpression>

#include <limits>

namespace Hearth::Orders::FieldParser {

namespace {

__extension__ using Int128 = __int128;

const QRegularExpression &yearFirst()
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
        "(?:[T\\s]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?\\s*$"));
    return re;
}

const QRegularExpression &yearLast()
{
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})"
        "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?\\s*$"));
    return re;
}

const QRegularExpression &compact()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    return re;
}

Int128 roundedDivide(Int128 value, Int128 divisor)
{
    const Int128 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

} // namespace

void DateEvidence::add(const QString &text)
{
    const QRegularExpressionMatch m = yearLast().match(text.trimmed());
    if (!m.hasMatch())
        return;
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    if (first > 12)
        dayFirstProven = true;
    else if (second > 12)
        monthFirstProven = true;
    else if (first != second) {
        ambiguousSeen = true;
        if (samples.size() < 5 && !samples.contains(text.trimmed()))
            samples.append(text.trimmed());
    }
}

std::optional<DateOrder> DateEvidence::decide() const
{
    if (contradictory())
        return std::nullopt;
    if (dayFirstProven)
        return DateOrder::DayMonthYear;
    if (monthFirstProven)
        return DateOrder::MonthDayYear;
    if (ambiguousSeen)
        return std::nullopt;
    return DateOrder::YearMonthDay;  // nothing to tell apart: any order reads the same
}

std::optional<QDate> parseDate(const QString &input, DateOrder order)
{
    const QString text = input.trimmed();
    if (auto m = yearFirst().match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    if (auto m = compact().match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid() && d.year() >= 1990)
            return d;
    }
    if (auto m = yearLast().match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        const int y = m.captured(3).toInt();
        QDate d;
        if (order == DateOrder::MonthDayYear)
            d = QDate(y, a, b);
        else if (order == DateOrder::DayMonthYear)
            d = QDate(y, b, a);
        else if (a == b)
            d = QDate(y, a, b);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    // An Excel serial day number (what a date cell becomes in some CSV exports).
    bool ok = false;
    const double serial = text.toDouble(&ok);
    if (ok && serial >= 20000 && serial < 80000)
        return QDate(1899, 12, 30).addDays(qint64(serial));
    return std::nullopt;
}

std::optional<Core::Decimal> parseDiscount(const QString &input, DiscountMeaning meaning)
{
    QString text = input.trimmed();
    if (text.isEmpty())
        return Core::Decimal();
    // The share paid, as the sheet's number says it, turned into the share taken off.
    const auto off = [meaning](Core::Decimal rate) {
        return meaning == DiscountMeaning::PaidShare
            ? Core::Decimal::fromMicros(Core::Decimal::One - rate.micros())
            : rate;
    };
    if (text.endsWith(u'%')) {
        const auto pct = Core::Decimal::parse(text.chopped(1));
        if (!pct)
            return std::nullopt;
        return off(Core::Decimal::fromMicros(pct->micros() / 100));
    }
    if (text.endsWith(u'折')) {
        // "8折" pays 80 %, "85折" 85 %, "8.5折" 85 %.
        const auto paid = Core::Decimal::parse(text.chopped(1));
        if (!paid || paid->micros() <= 0)
            return std::nullopt;
        const qint64 tenths = paid->micros() >= 10 * Core::Decimal::One ? paid->micros() / 10
                                                                         : paid->micros();
        return Core::Decimal::fromMicros(Core::Decimal::One - tenths / 10);
    }
    const auto rate = Core::Decimal::parse(text);
    if (!rate)
        return std::nullopt;
    return off(*rate);
}

bool parseSize(const QString &text, std::optional<qint64> *w, std::optional<qint64> *h,
               std::optional<qint64> *d)
{
    static const QRegularExpression re(QStringLiteral(
        "^\\s*(\\d{1,5})\\s*[×xX*＊]\\s*(\\d{1,5})"
        "(?:\\s*[×xX*＊]\\s*(\\d{1,5}))?\\s*(?:mm)?\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    *w = m.captured(1).toLongLong();
    *h = m.captured(2).toLongLong();
    if (!m.captured(3).isEmpty())
        *d = m.captured(3).toLongLong();
    return true;
}

std::optional<Unit> parseUnit(const QString &input)
{
    const QString t = input.trimmed().toLower();
    if (t.isEmpty())
        return Unit::Piece;
    if (auto u = unitFromCode(t))
        return u;
    static const QStringList pieces{QStringLiteral("件"), QStringLiteral("个"),
                                    QStringLiteral("张"), QStringLiteral("块"),
                                    QStringLiteral("只"), QStringLiteral("pcs"),
                                    QStringLiteral("pc"), QStringLiteral("ea")};
    static const QStringList sets{QStringLiteral("套"), QStringLiteral("组")};
    static const QStringList areas{QStringLiteral("㎡"), QStringLiteral("平方米"),
                                   QStringLiteral("平米"), QStringLiteral("m²"),
                                   QStringLiteral("sqm")};
    static const QStringList lengths{QStringLiteral("米"), QStringLiteral("延米"),
                                     QStringLiteral("linear m"), QStringLiteral("lm")};
    static const QStringList weights{QStringLiteral("公斤"), QStringLiteral("千克")};
    if (pieces.contains(t))
        return Unit::Piece;
    if (sets.contains(t))
        return Unit::Set;
    if (areas.contains(t))
        return Unit::SquareMetre;
    if (lengths.contains(t))
        return Unit::Metre;
    if (weights.contains(t))
        return Unit::Kilogram;
    return std::nullopt;
}

std::optional<QString> parseMobile(const QString &input)
{
    QString digits;
    QString text = input.trimmed();
    if (text.startsWith(QLatin1String("+86")))
        text = text.mid(3);
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')')
            return std::nullopt;
    }
    return digits;
}

std::optional<OrderStatus> parseStatus(const QString &input)
{
    const QString t = input.trimmed();
    if (auto s = statusFromCode(t.toLower()))
        return s;
    static const QList<std::pair<QString, OrderStatus>> names{
        {QStringLiteral("新建"), OrderStatus::New},
        {QStringLiteral("待审核"), OrderStatus::New},
        {QStringLiteral("审核中"), OrderStatus::Reviewing},
        {QStringLiteral("已审核"), OrderStatus::Approved},
        {QStringLiteral("生产中"), OrderStatus::InProduction},
        {QStringLiteral("已发货"), OrderStatus::Shipped},
        {QStringLiteral("已安装"), OrderStatus::Installed},
        {QStringLiteral("已完成"), OrderStatus::Closed},
        {QStringLiteral("交易成功"), OrderStatus::Closed},
        {QStringLiteral("已取消"), OrderStatus::Cancelled},
        {QStringLiteral("交易关闭"), OrderStatus::Cancelled},
    };
    for (const auto &[name, status] : names) {
        if (t == name)
            return status;
    }
    return std::nullopt;
}

Core::Decimal lineAmount(Core::Decimal unitPrice, Core::Decimal quantity, Core::Decimal discount)
{
    return checkedLineAmount(unitPrice, quantity, discount).value_or(Core::Decimal());
}

std::optional<Core::Decimal> checkedLineAmount(Core::Decimal unitPrice, Core::Decimal quantity,
                                               Core::Decimal discount)
{
    const Int128 one = Core::Decimal::One;
    const Int128 gross = Int128(unitPrice.micros()) * quantity.micros();  // scale 1e12
    const Int128 rate = one - discount.micros();
    // Two 64-bit factors fit in 128 bits; a third may not.
    const Int128 max128 = ~(Int128(1) << 127);
    if (rate != 0 && (gross < 0 ? -gross : gross) > max128 / (rate < 0 ? -rate : rate))
        return std::nullopt;
    const Int128 net = gross * rate;  // scale 1e18
    const Int128 micros = roundedDivide(net, one * one);
    if (micros > std::numeric_limits<qint64>::max() || micros < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Core::Decimal::fromMicros(qint64(micros));
}

} // namespace Hearth::Orders::FieldParser
