#include "mestime.h"

#include <QRegularExpression>

namespace Hearth::Production {

namespace {

// Largest offset any zone has used is +14:00; more is a typing error.
constexpr int MaxOffsetSeconds = 14 * 3600;

} // namespace

Core::Result<QDateTime> MesTime::parse(const QString &text, const QTimeZone &siteZone)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?$"));
    const QString trimmed = text.trimmed();
    const auto expected = [&trimmed, &siteZone]() {
        return Core::Error{tr("\"%1\" is not a time: expected a date and time such as "
                              "2026-03-02T09:15:00+08:00, with Z or an offset, or without one "
                              "for the site's time (%2)")
                               .arg(trimmed, QString::fromLatin1(siteZone.id())),
                           {}};
    };
    const QRegularExpressionMatch m = pattern.match(trimmed);
    if (!m.hasMatch())
        return expected();

    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    int millis = 0;
    if (m.hasCaptured(7))
        millis = (m.captured(7) + QStringLiteral("00")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(),
                     m.hasCaptured(6) ? m.captured(6).toInt() : 0, millis);
    if (!date.isValid() || !time.isValid())
        return expected();

    const QString zone = m.captured(8);
    if (zone.isEmpty()) {
        const QDateTime local(date, time, siteZone);
        // Qt moves a local time the clocks skip to a valid one; such a time never happened.
        if (!local.isValid() || local.date() != date || local.time() != time) {
            return Core::Error{tr("%1 does not exist in the site's zone %2 (the clocks skip it); "
                                  "give the time with its offset")
                                   .arg(trimmed, QString::fromLatin1(siteZone.id())),
                               {}};
        }
        return local.toUTC();
    }
    if (zone.compare(QLatin1String("Z"), Qt::CaseInsensitive) == 0)
        return QDateTime(date, time, Qt::UTC);

    QString digits = zone.mid(1);
    digits.remove(u':');
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    const int offset = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    if (minutes >= 60 || qAbs(offset) > MaxOffsetSeconds)
        return expected();
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QString MesTime::format(const QDateTime &at, const QTimeZone &siteZone)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toTimeZone(siteZone);
    const int offset = local.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QStringLiteral("%1%2:%3")
                 .arg(QChar(offset < 0 ? u'-' : u'+'))
                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Hearth::Production
