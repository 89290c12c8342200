#include "xlsxformat.h"

#include "core/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <cmath>

namespace Hearth::Orders::Internal::XlsxFormat {

namespace {

constexpr qint64 secondsPerDay = 86400;

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

NumberKind builtinKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || id == 36 || (id >= 50 && id <= 54)
        || id == 57 || id == 58) {
        return NumberKind::Date; // 27-36 and 50-58 are the Chinese and Japanese date formats
    }
    if ((id >= 18 && id <= 21) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55
        || id == 56) {
        return NumberKind::Time;
    }
    if (id == 22)
        return NumberKind::DateTime;
    return NumberKind::Plain;
}

NumberKind formatKind(const QString &code)
{
    if (code.compare(u"General", Qt::CaseInsensitive) == 0)
        return NumberKind::Plain;
    bool day = false;
    bool month = false;
    bool time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i].toLower();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            // [h], [mm] and [ss] are elapsed time; anything else is a colour or a locale.
            if (!inside.isEmpty()
                && (inside.count(u'h') == inside.size() || inside.count(u'm') == inside.size()
                    || inside.count(u's') == inside.size())) {
                time = true;
            }
            i = close < 0 ? code.size() : close;
        } else if (c == u'd' || c == u'y') {
            day = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    // Beside hours or seconds, "m" is minutes.
    const bool date = day || (month && !time);
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    return time ? NumberKind::Time : NumberKind::Plain;
}

QString dateSerialText(double serial, NumberKind kind, bool date1904)
{
    const qint64 totalSeconds = std::llround(serial * double(secondsPerDay));
    const qint64 days = totalSeconds / secondsPerDay;
    const QString time = QTime(0, 0).addSecs(int(totalSeconds % secondsPerDay))
                             .toString(QStringLiteral("HH:mm:ss"));
    if (kind == NumberKind::Time && days == 0)
        return time;

    QString date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    else if (days == 0)
        date = QStringLiteral("1900-01-00"); // what Excel shows for serial 0
    else if (days == 60)
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, kept by Excel
    else if (days < 60)
        date = QDate(1899, 12, 31).addDays(days).toString(Qt::ISODate);
    else
        date = QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    return kind == NumberKind::Date ? date : date + u' ' + time;
}

QString plainNumber(double value)
{
    const QString text = QString::number(value, 'g', 15);
    const qsizetype e = text.indexOf(u'e');
    if (e < 0)
        return text;
    const int exponent = text.mid(e + 1).toInt();
    QString digits = text.left(e);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    qsizetype point = digits.indexOf(u'.');
    if (point < 0)
        point = digits.size();
    else
        digits.remove(point, 1);
    const qsizetype newPoint = point + exponent;
    QString result;
    if (newPoint <= 0)
        result = QStringLiteral("0.") + QString(-newPoint, u'0') + digits;
    else if (newPoint >= digits.size())
        result = digits + QString(newPoint - digits.size(), u'0');
    else
        result = digits.left(newPoint) + u'.' + digits.mid(newPoint);
    return negative ? u'-' + result : result;
}

QString isoDateText(const QString &raw)
{
    const QString text = raw.trimmed();
    if (!text.contains(u'T')) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : text;
    }
    const QDateTime dateTime = QDateTime::fromString(text, Qt::ISODate);
    return dateTime.isValid() ? dateTime.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : text;
}

QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            int code = 0;
            for (int k = 2; k < 6 && code >= 0; ++k) {
                const int digit = hexValue(text[i + k]);
                code = digit < 0 ? -1 : code * 16 + digit;
            }
            if (code >= 0) {
                result += QChar(char16_t(code));
                i += 6;
                continue;
            }
        }
        result += text[i];
    }
    return result;
}

bool parseCellReference(QStringView reference, int *column, int *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < reference.size() && reference[i].isLetter() && reference[i].unicode() < 128) {
        col = col * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
        if (col > maxColumns)
            return false;
        ++i;
    }
    if (col == 0)
        return false;
    bool ok = false;
    const int number = reference.mid(i).toInt(&ok);
    if (!ok || number <= 0)
        return false;
    *column = col - 1;
    *row = number;
    return true;
}

QString columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

bool isShortDecimal(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    int digits = 0;
    int decimals = -1;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.' && decimals < 0) {
            decimals = 0;
        } else if (c >= u'0' && c <= u'9') {
            if (digits > 0 || c != u'0')
                ++digits;
            if (decimals >= 0)
                ++decimals;
        } else {
            return false;
        }
    }
    return digits <= 12 && decimals != 0 && decimals <= Core::Decimal::Scale
           && text.size() > (text.startsWith(u'-') ? 1 : 0);
}

} // namespace Hearth::Orders::Internal::XlsxFormat
