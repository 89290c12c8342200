#include "workcalendar.h"

#include "storage/database.h"
#include "writescope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Hearth::Workflow {

using Storage::Connection;
using Storage::Statement;

namespace {

// How far a deadline may look for working time before the pattern is taken to have none.
constexpr int MaxSearchDays = 3660;
// A holiday range longer than this in a file is a typing error, not a holiday.
constexpr int MaxRangeDays = 62;
constexpr qint64 MsPerMinute = 60 * 1000;

QString setting(Connection &c, const char *key, const char *fallback)
{
    Statement &q = c.prepare("SELECT value FROM settings WHERE key = ?");
    q.bind(1, QString::fromLatin1(key));
    QString value;
    if (q.next())
        value = q.text(0).trimmed();
    q.reset();
    return value.isEmpty() ? QString::fromLatin1(fallback) : value;
}

std::optional<int> minuteOfDay(const QString &text)
{
    if (text == QLatin1String("24:00"))
        return 24 * 60;
    const QTime t = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!t.isValid() || t.second() != 0)
        return std::nullopt;
    return t.hour() * 60 + t.minute();
}

Core::Error settingError(const char *key, const Core::Error &e)
{
    return Core::Error{e.message, QString::fromLatin1(key)};
}

} // namespace

WorkCalendar::WorkCalendar()
    : WorkCalendar(zoneFor(DefaultZoneId), parseWorkingDays(QLatin1String(DefaultWorkingDays))
                                               .value(),
                   parseHours(QLatin1String(DefaultHours)).value())
{}

WorkCalendar::WorkCalendar(const QTimeZone &zone, const QList<int> &workingWeekdays,
                           const QList<WorkingPeriod> &periods,
                           const QList<CalendarDay> &exceptions)
    : m_zone(zone), m_weekdays(workingWeekdays), m_periods(periods)
{
    std::sort(m_periods.begin(), m_periods.end(),
              [](const WorkingPeriod &a, const WorkingPeriod &b) {
                  return a.startMinute < b.startMinute;
              });
    for (const CalendarDay &d : exceptions)
        m_exceptions.insert(d.day, d);
}

QTimeZone WorkCalendar::zoneFor(const QByteArray &id)
{
    if (QTimeZone::isTimeZoneIdAvailable(id)) {
        const QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    if (id == DefaultZoneId)
        return QTimeZone(8 * 3600);
    return {};
}

Core::Result<QList<int>> WorkCalendar::parseWorkingDays(const QString &text)
{
    QList<int> days;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 7)
            return Core::Error{tr("\"%1\" is not a weekday: use 1 (Monday) to 7 (Sunday)")
                                   .arg(part.trimmed()),
                               {}};
        if (days.contains(day))
            return Core::Error{tr("weekday %1 is listed twice").arg(day), {}};
        days.append(day);
    }
    if (days.isEmpty())
        return Core::Error{tr("no working weekday is given"), {}};
    std::sort(days.begin(), days.end());
    return days;
}

Core::Result<QList<WorkingPeriod>> WorkCalendar::parseHours(const QString &text)
{
    QList<WorkingPeriod> periods;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        const auto start = ends.size() == 2 ? minuteOfDay(ends[0].trimmed()) : std::nullopt;
        const auto end = ends.size() == 2 ? minuteOfDay(ends[1].trimmed()) : std::nullopt;
        if (!start || !end)
            return Core::Error{
                tr("\"%1\" is not a span of hours such as 08:30-12:00").arg(part.trimmed()), {}};
        if (*end <= *start)
            return Core::Error{tr("\"%1\" ends before it starts").arg(part.trimmed()), {}};
        periods.append({*start, *end});
    }
    if (periods.isEmpty())
        return Core::Error{tr("no working hours are given"), {}};
    std::sort(periods.begin(), periods.end(), [](const WorkingPeriod &a, const WorkingPeriod &b) {
        return a.startMinute < b.startMinute;
    });
    for (qsizetype i = 1; i < periods.size(); ++i) {
        if (periods[i].startMinute < periods[i - 1].endMinute)
            return Core::Error{tr("working hours overlap: %1").arg(text), {}};
    }
    return periods;
}

Core::Result<WorkCalendar> WorkCalendar::load(Connection &c)
{
    const QString zoneId = setting(c, ZoneKey, DefaultZoneId);
    const QTimeZone zone = zoneFor(zoneId.toUtf8());
    if (!zone.isValid())
        return Core::Error{tr("\"%1\" is not a time zone this computer knows").arg(zoneId),
                           QString::fromLatin1(ZoneKey)};
    const auto days = parseWorkingDays(setting(c, WorkingDaysKey, DefaultWorkingDays));
    if (!days)
        return settingError(WorkingDaysKey, days.error());
    const auto hours = parseHours(setting(c, HoursKey, DefaultHours));
    if (!hours)
        return settingError(HoursKey, hours.error());

    QList<CalendarDay> exceptions;
    Statement &q = c.prepare("SELECT day, working, name FROM calendar_days ORDER BY day");
    while (q.next()) {
        const QDate day = QDate::fromString(q.text(0), Qt::ISODate);
        if (day.isValid())
            exceptions.append({day, q.int64(1) != 0, q.text(2)});
    }
    if (Internal::stepFailed(q))
        return Internal::dbError(q, "calendar_days");
    q.reset();
    return WorkCalendar(zone, days.value(), hours.value(), exceptions);
}

Core::Result<QList<CalendarDay>> WorkCalendar::parseHolidays(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Core::Error{tr("not a calendar file: %1 at character %2")
                               .arg(parseError.errorString())
                               .arg(parseError.offset),
                           {}};
    const QJsonValue daysValue = doc.object().value(QLatin1String("days"));
    if (!daysValue.isArray())
        return Core::Error{tr("a calendar file needs a \"days\" list"), {}};

    QList<CalendarDay> result;
    QSet<QDate> seen;
    const QJsonArray entries = daysValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        const QString where = tr("days, entry %1").arg(i + 1);
        const QString name = e.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return Core::Error{tr("a day needs a name"), where};
        if (!e.value(QLatin1String("working")).isBool())
            return Core::Error{tr("\"working\" must be true or false"), where};
        const bool working = e.value(QLatin1String("working")).toBool();
        const QString single = e.value(QLatin1String("date")).toString();
        const QString fromText = single.isEmpty() ? e.value(QLatin1String("from")).toString()
                                                  : single;
        const QString toText = single.isEmpty() ? e.value(QLatin1String("to")).toString()
                                                : single;
        const QDate from = QDate::fromString(fromText, Qt::ISODate);
        const QDate to = QDate::fromString(toText, Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return Core::Error{
                tr("give \"date\", or \"from\" and \"to\", as YYYY-MM-DD (%1)").arg(name), where};
        if (to < from || from.daysTo(to) > MaxRangeDays)
            return Core::Error{tr("%1 to %2 is not a range of days")
                                   .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                               where};
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            if (seen.contains(d))
                return Core::Error{tr("%1 is listed twice").arg(d.toString(Qt::ISODate)), where};
            seen.insert(d);
            result.append({d, working, name});
        }
    }
    return result;
}

Core::Result<int> WorkCalendar::importHolidays(Connection &c, const QByteArray &json)
{
    const auto days = parseHolidays(json);
    if (!days)
        return days.error();
    const int year = QJsonDocument::fromJson(json).object().value(QLatin1String("year")).toInt();

    Internal::WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("calendar_days")};
    if (year > 0) {
        // The file stands for its whole year: a day moved in a corrected file must not linger.
        Statement &clear = c.prepare("DELETE FROM calendar_days WHERE day >= ? AND day <= ?");
        clear.bind(1, QDate(year, 1, 1).toString(Qt::ISODate))
            .bind(2, QDate(year, 12, 31).toString(Qt::ISODate));
        if (!clear.exec())
            return Internal::dbError(clear, "calendar_days");
    }
    Statement &q = c.prepare(
        "INSERT INTO calendar_days(day, working, name) VALUES (?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET working = excluded.working, name = excluded.name");
    for (const CalendarDay &d : days.value()) {
        q.bind(1, d.day.toString(Qt::ISODate)).bind(2, d.working ? 1 : 0).bind(3, d.name);
        if (!q.exec())
            return Internal::dbError(q, "calendar_days");
    }
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return int(days.value().size());
}

QByteArray WorkCalendar::builtInHolidays(int year)
{
    QFile file(QStringLiteral(":/hearth/calendars/cn_%1.json").arg(year));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<CalendarDay> WorkCalendar::exceptions() const
{
    return m_exceptions.values();
}

int WorkCalendar::minutesPerDay() const
{
    int total = 0;
    for (const WorkingPeriod &p : m_periods)
        total += p.endMinute - p.startMinute;
    return total;
}

bool WorkCalendar::isWorkingDay(QDate day) const
{
    const auto it = m_exceptions.constFind(day);
    if (it != m_exceptions.constEnd())
        return it->working;
    return m_weekdays.contains(day.dayOfWeek());
}

QDateTime WorkCalendar::localAt(QDate day, int minute) const
{
    return QDateTime(day.addDays(minute / (24 * 60)),
                     QTime((minute % (24 * 60)) / 60, minute % 60), m_zone);
}

bool WorkCalendar::isWorkingTime(const QDateTime &at) const
{
    if (!at.isValid())
        return false;
    const QDateTime local = at.toTimeZone(m_zone);
    if (!isWorkingDay(local.date()))
        return false;
    const qint64 ms = at.toMSecsSinceEpoch();
    for (const WorkingPeriod &p : m_periods) {
        if (ms >= localAt(local.date(), p.startMinute).toMSecsSinceEpoch()
            && ms < localAt(local.date(), p.endMinute).toMSecsSinceEpoch())
            return true;
    }
    return false;
}

QDateTime WorkCalendar::nextWorkingTime(const QDateTime &at) const
{
    if (isWorkingTime(at))
        return at.toUTC();
    return addWorkingMinutes(at, 0);
}

QDateTime WorkCalendar::addWorkingMinutes(const QDateTime &at, qint64 minutes) const
{
    if (!at.isValid())
        return {};
    qint64 remaining = std::max<qint64>(minutes, 0) * MsPerMinute;
    qint64 cursor = at.toMSecsSinceEpoch();
    QDate day = at.toTimeZone(m_zone).date();
    for (int i = 0; i < MaxSearchDays; ++i, day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        for (const WorkingPeriod &p : m_periods) {
            const qint64 end = localAt(day, p.endMinute).toMSecsSinceEpoch();
            if (end <= cursor)
                continue;
            const qint64 start =
                std::max(localAt(day, p.startMinute).toMSecsSinceEpoch(), cursor);
            if (remaining <= end - start)
                return QDateTime::fromMSecsSinceEpoch(start + remaining, Qt::UTC);
            remaining -= end - start;
            cursor = end;
        }
    }
    return {};
}

QDateTime WorkCalendar::addWorkingHours(const QDateTime &at, int hours) const
{
    return addWorkingMinutes(at, qint64(hours) * 60);
}

QDateTime WorkCalendar::addWorkingDays(const QDateTime &at, int days) const
{
    const QDateTime start = nextWorkingTime(at);
    if (!start.isValid())
        return {};
    const QDateTime local = start.toTimeZone(m_zone);
    const QDate day = addWorkingDays(local.date(), std::max(days, 0));
    if (!day.isValid())
        return {};
    return QDateTime(day, local.time(), m_zone).toUTC();
}

qint64 WorkCalendar::workingMinutesBetween(const QDateTime &a, const QDateTime &b) const
{
    if (!a.isValid() || !b.isValid())
        return 0;
    if (b < a)
        return -workingMinutesBetween(b, a);
    const qint64 from = a.toMSecsSinceEpoch();
    const qint64 to = b.toMSecsSinceEpoch();
    const QDate last = b.toTimeZone(m_zone).date();
    qint64 total = 0;
    for (QDate day = a.toTimeZone(m_zone).date(); day <= last; day = day.addDays(1)) {
        if (!isWorkingDay(day))
            continue;
        for (const WorkingPeriod &p : m_periods) {
            const qint64 start = std::max(localAt(day, p.startMinute).toMSecsSinceEpoch(), from);
            const qint64 end = std::min(localAt(day, p.endMinute).toMSecsSinceEpoch(), to);
            if (end > start)
                total += end - start;
        }
    }
    return total / MsPerMinute;
}

QDate WorkCalendar::addWorkingDays(QDate day, int days) const
{
    if (!day.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    int left = days < 0 ? -days : days;
    QDate d = day;
    for (int searched = 0; left > 0; ++searched) {
        if (searched > MaxSearchDays)
            return {};
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

} // namespace Hearth::Workflow
