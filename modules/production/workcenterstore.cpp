#include "workcenterstore.h"

#include "calendarrules.h"
#include "instanttext.h"
#include "storage/changelog.h"
#include "storage/database.h"
#include "workflow/workcalendar.h"
#include "workflow/writescope.h"

#include <QJsonObject>

namespace Hearth::Production {

using Storage::ChangeLog;
using Storage::Connection;
using Storage::Statement;
using Workflow::Internal::dbError;
using Workflow::Internal::WriteScope;

namespace {

const QStringList kinds = {QStringLiteral("cutting"),  QStringLiteral("edging"),
                           QStringLiteral("boring"),   QStringLiteral("sorting"),
                           QStringLiteral("assembly"), QStringLiteral("painting"),
                           QStringLiteral("packing"),  QStringLiteral("outsourced"),
                           QStringLiteral("other")};

constexpr char Columns[] =
    "SELECT id, code, name, COALESCE(name_en, ''), kind, COALESCE(unit_id, ''), capacity, "
    "COALESCE(calendar_id, ''), setup_seconds, changeover_seconds, setup_by_material, "
    "rate_fen_per_hour, active FROM work_centers";

WorkCenter readCenter(Statement &q)
{
    WorkCenter w;
    w.id = q.text(0);
    w.code = q.text(1);
    w.name = q.text(2);
    w.nameEn = q.text(3);
    w.kind = q.text(4);
    w.unitId = q.text(5);
    w.capacity = int(q.int64(6));
    w.calendarId = q.text(7);
    w.setupSeconds = q.int64(8);
    w.changeoverSeconds = q.int64(9);
    w.setupByMaterial = q.int64(10) != 0;
    w.rateFenPerHour = q.int64(11);
    w.active = q.int64(12) != 0;
    return w;
}

QJsonObject centerJson(const WorkCenter &w)
{
    return QJsonObject{{QStringLiteral("id"), w.id},
                       {QStringLiteral("code"), w.code},
                       {QStringLiteral("name"), w.name},
                       {QStringLiteral("name_en"), w.nameEn},
                       {QStringLiteral("kind"), w.kind},
                       {QStringLiteral("unit_id"), w.unitId},
                       {QStringLiteral("capacity"), w.capacity},
                       {QStringLiteral("calendar_id"), w.calendarId},
                       {QStringLiteral("setup_seconds"), w.setupSeconds},
                       {QStringLiteral("changeover_seconds"), w.changeoverSeconds},
                       {QStringLiteral("setup_by_material"), w.setupByMaterial},
                       {QStringLiteral("rate_fen_per_hour"), w.rateFenPerHour},
                       {QStringLiteral("active"), w.active}};
}

std::optional<Core::Error> refuse(const WorkCenter &w)
{
    const QString where = WorkCenterStore::tr("work center %1").arg(w.code);
    if (w.code.trimmed().isEmpty())
        return Core::Error{WorkCenterStore::tr("a work center needs a code"), where};
    if (w.name.trimmed().isEmpty())
        return Core::Error{WorkCenterStore::tr("a work center needs a name"), where};
    if (!kinds.contains(w.kind))
        return Core::Error{WorkCenterStore::tr("\"%1\" is not a kind of work center: use %2")
                               .arg(w.kind, kinds.join(QStringLiteral(", "))),
                           where};
    if (w.capacity < 1)
        return Core::Error{WorkCenterStore::tr("capacity must be at least 1"), where};
    if (w.setupSeconds < 0 || w.changeoverSeconds < 0)
        return Core::Error{WorkCenterStore::tr("setup and changeover times cannot be negative"),
                           where};
    return std::nullopt;
}

Statement &bindCenter(Statement &q, const WorkCenter &w)
{
    q.bind(1, w.code)
        .bind(2, w.name)
        .bind(3, w.nameEn.isEmpty() ? QString() : w.nameEn)
        .bind(4, w.kind)
        .bind(5, w.unitId.isEmpty() ? QString() : w.unitId)
        .bind(6, w.capacity)
        .bind(7, w.calendarId.isEmpty() ? QString() : w.calendarId)
        .bind(8, w.setupSeconds)
        .bind(9, w.changeoverSeconds)
        .bind(10, w.setupByMaterial ? 1 : 0)
        .bind(11, w.rateFenPerHour)
        .bind(12, w.active ? 1 : 0);
    return q;
}

} // namespace

Core::Result<QList<WorkCenter>> WorkCenterStore::list(Connection &c, bool activeOnly)
{
    static const QByteArray all = QByteArray(Columns) + " WHERE deleted = 0 ORDER BY code";
    static const QByteArray active =
        QByteArray(Columns) + " WHERE deleted = 0 AND active = 1 ORDER BY code";
    Statement &q = c.prepare(activeOnly ? active.constData() : all.constData());
    QList<WorkCenter> centers;
    while (q.next())
        centers.append(readCenter(q));
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "work_centers");
    q.reset();
    return centers;
}

std::optional<WorkCenter> WorkCenterStore::findByCode(Connection &c, const QString &code)
{
    static const QByteArray sql = QByteArray(Columns) + " WHERE deleted = 0 AND code = ?";
    Statement &q = c.prepare(sql.constData());
    q.bind(1, code);
    std::optional<WorkCenter> found;
    if (q.next())
        found = readCenter(q);
    q.reset();
    return found;
}

Core::Result<WorkCenter> WorkCenterStore::create(Connection &c, WorkCenter w,
                                                 const QString &reason)
{
    if (auto refused = refuse(w))
        return *refused;
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("work_centers")};
    if (w.id.isEmpty())
        w.id = Workflow::Internal::newId();
    const QString hlc = Storage::Database::clock().now();
    const QString now = Workflow::Internal::nowIso();
    Statement &q = c.prepare(
        "INSERT INTO work_centers(code, name, name_en, kind, unit_id, capacity, calendar_id, "
        "setup_seconds, changeover_seconds, setup_by_material, rate_fen_per_hour, active, id, "
        "hlc, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindCenter(q, w).bind(13, w.id).bind(14, hlc).bind(15, now).bind(16, now);
    if (!q.exec())
        return dbError(q, "work_centers");
    QJsonObject after = centerJson(w);
    after.insert(QStringLiteral("event"), QStringLiteral("created"));
    if (Core::Status s = ChangeLog::record(
            c, {QStringLiteral("work_centers"), w.id, ChangeLog::Op::Insert, {}, after, hlc,
                reason});
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return w;
}

Core::Status WorkCenterStore::update(Connection &c, const WorkCenter &w, const QString &reason)
{
    if (auto refused = refuse(w))
        return *refused;
    static const QByteArray sql = QByteArray(Columns) + " WHERE deleted = 0 AND id = ?";
    Statement &find = c.prepare(sql.constData());
    find.bind(1, w.id);
    if (!find.next()) {
        find.reset();
        return Core::Error{tr("the work center does not exist (any more)"), w.code};
    }
    const WorkCenter before = readCenter(find);
    find.reset();
    if (before == w)
        return {};

    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), QStringLiteral("work_centers")};
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "UPDATE work_centers SET code = ?, name = ?, name_en = ?, kind = ?, unit_id = ?, "
        "capacity = ?, calendar_id = ?, setup_seconds = ?, changeover_seconds = ?, "
        "setup_by_material = ?, rate_fen_per_hour = ?, active = ?, id = ?, hlc = ?, "
        "updated_at = ? WHERE id = ?");
    bindCenter(q, w).bind(13, w.id).bind(14, hlc).bind(15, Workflow::Internal::nowIso());
    q.bind(16, w.id);
    if (!q.exec())
        return dbError(q, "work_centers");
    QJsonObject after = centerJson(w);
    after.insert(QStringLiteral("event"), QStringLiteral("changed"));
    if (Core::Status s = ChangeLog::record(c, {QStringLiteral("work_centers"), w.id,
                                               ChangeLog::Op::Update, centerJson(before), after,
                                               hlc, reason});
        !s)
        return s;
    return scope.finish();
}

Core::Result<QString> WorkCenterStore::createCalendar(Connection &c, const QString &code,
                                                      const QString &name, const QString &nameEn,
                                                      const QString &timeZone,
                                                      const QString &workingDays,
                                                      const QString &hours, bool siteHolidays,
                                                      const QString &givenId)
{
    const QString where = tr("work calendar %1").arg(code);
    if (code.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Core::Error{tr("a work calendar needs a code and a name"), where};
    if (!Workflow::WorkCalendar::zoneFor(timeZone.toUtf8()).isValid())
        return Core::Error{tr("\"%1\" is not a time zone this computer knows").arg(timeZone),
                           where};
    if (auto days = Workflow::WorkCalendar::parseWorkingDays(workingDays); !days)
        return Core::Error{days.error().message, where};
    if (auto spans = CalendarRules::parseHours(hours); !spans)
        return Core::Error{spans.error().message, where};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    const QString id = givenId.isEmpty() ? Workflow::Internal::newId() : givenId;
    const QString now = Workflow::Internal::nowIso();
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "INSERT INTO work_calendars(id, code, name, name_en, time_zone, working_days, hours, "
        "site_holidays, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, id)
        .bind(2, code)
        .bind(3, name)
        .bind(4, nameEn.isEmpty() ? QString() : nameEn)
        .bind(5, timeZone)
        .bind(6, workingDays)
        .bind(7, hours)
        .bind(8, siteHolidays ? 1 : 0)
        .bind(9, now)
        .bind(10, now)
        .bind(11, hlc);
    if (!q.exec())
        return dbError(q, "work_calendars");
    const QJsonObject after{{QStringLiteral("id"), id},
                            {QStringLiteral("code"), code},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("name_en"), nameEn},
                            {QStringLiteral("time_zone"), timeZone},
                            {QStringLiteral("working_days"), workingDays},
                            {QStringLiteral("hours"), hours},
                            {QStringLiteral("site_holidays"), siteHolidays}};
    if (Core::Status s = ChangeLog::record(
            c, {QStringLiteral("work_calendars"), id, ChangeLog::Op::Insert, {}, after, hlc, {}});
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return id;
}

std::optional<QString> WorkCenterStore::calendarIdByCode(Connection &c, const QString &code)
{
    Statement &q = c.prepare("SELECT id FROM work_calendars WHERE code = ?");
    q.bind(1, code);
    std::optional<QString> id;
    if (q.next())
        id = q.text(0);
    q.reset();
    return id;
}

Core::Status WorkCenterStore::setCalendarDay(Connection &c, const QString &calendarId, QDate day,
                                             const QString &hours, const QString &name)
{
    const QString where = tr("work calendar day %1").arg(day.toString(Qt::ISODate));
    if (!day.isValid())
        return Core::Error{tr("give a date"), where};
    if (auto spans = CalendarRules::parseHours(hours); !spans)
        return Core::Error{spans.error().message, where};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"), where};
    // The day's id is its calendar's and its date, the same on every desk that sets it.
    const QString date = day.toString(Qt::ISODate);
    Statement &q = c.prepare(
        "INSERT INTO work_calendar_days(id, calendar_id, day, hours, name) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(calendar_id, day) DO UPDATE SET hours = excluded.hours, "
        "name = excluded.name");
    q.bind(1, calendarId + u'/' + date).bind(2, calendarId).bind(3, date).bind(4, hours);
    q.bind(5, name);
    if (!q.exec())
        return dbError(q, "work_calendar_days");
    const QString hlc = Storage::Database::clock().now();
    Statement &touch =
        c.prepare("UPDATE work_calendars SET hlc = ?, updated_at = ? WHERE id = ?");
    touch.bind(1, hlc).bind(2, Workflow::Internal::nowIso()).bind(3, calendarId);
    if (!touch.exec())
        return dbError(touch, "work_calendars");
    const QJsonObject after{{QStringLiteral("event"), QStringLiteral("day set")},
                            {QStringLiteral("day"), date},
                            {QStringLiteral("hours"), hours},
                            {QStringLiteral("name"), name}};
    // No before, and a day's fields rather than the calendar's columns: sync sends the
    // calendar whole, its days with it (DeskReplica::touchedFields).
    if (Core::Status s = ChangeLog::record(c, {QStringLiteral("work_calendars"), calendarId,
                                               ChangeLog::Op::Update, {}, after, hlc, {}});
        !s)
        return s;
    return scope.finish();
}

Core::Result<QList<Outage>> WorkCenterStore::outages(Connection &c, qint64 from, qint64 to)
{
    Statement &q = c.prepare(
        "SELECT id, work_center_id, lane, starts_at, ends_at, reason FROM work_center_outages "
        "WHERE deleted = 0 ORDER BY starts_at");
    QList<Outage> list;
    while (q.next()) {
        const auto start = Internal::parseInstant(q.text(3));
        const auto end = Internal::parseInstant(q.text(4));
        if (!start || !end || *end <= from || *start >= to)
            continue;
        list.append({q.text(0), q.text(1), q.isNull(2) ? -1 : int(q.int64(2)), *start, *end,
                     q.text(5)});
    }
    if (Workflow::Internal::stepFailed(q))
        return dbError(q, "work_center_outages");
    q.reset();
    return list;
}

Core::Result<Outage> WorkCenterStore::addOutage(Connection &c, Outage outage)
{
    if (outage.end <= outage.start)
        return Core::Error{tr("an outage must end after it starts"),
                           QStringLiteral("work_center_outages")};
    if (outage.reason.trimmed().isEmpty())
        return Core::Error{tr("say why the work center is out of use"),
                           QStringLiteral("work_center_outages")};
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"),
                           QStringLiteral("work_center_outages")};
    outage.id = Workflow::Internal::newId();
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare(
        "INSERT INTO work_center_outages(id, work_center_id, lane, starts_at, ends_at, reason, "
        "created_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, outage.id)
        .bind(2, outage.workCenterId)
        .bind(3, outage.lane < 0 ? std::optional<qint64>() : std::optional<qint64>(outage.lane))
        .bind(4, Internal::instantText(outage.start))
        .bind(5, Internal::instantText(outage.end))
        .bind(6, outage.reason)
        .bind(7, Workflow::Internal::nowIso())
        .bind(8, hlc);
    if (!q.exec())
        return dbError(q, "work_center_outages");
    const QJsonObject after{{QStringLiteral("id"), outage.id},
                            {QStringLiteral("work_center_id"), outage.workCenterId},
                            {QStringLiteral("lane"), outage.lane},
                            {QStringLiteral("starts_at"), Internal::instantText(outage.start)},
                            {QStringLiteral("ends_at"), Internal::instantText(outage.end)},
                            {QStringLiteral("reason"), outage.reason}};
    if (Core::Status s = ChangeLog::record(c, {QStringLiteral("work_center_outages"), outage.id,
                                               ChangeLog::Op::Insert, {}, after, hlc, {}});
        !s)
        return s.error();
    if (Core::Status s = scope.finish(); !s)
        return s.error();
    return outage;
}

Core::Status WorkCenterStore::removeOutage(Connection &c, const QString &outageId)
{
    WriteScope scope(c);
    if (!scope.isValid())
        return Core::Error{tr("the database is busy; try again"),
                           QStringLiteral("work_center_outages")};
    Statement &live = c.prepare(
        "SELECT COUNT(*) FROM work_center_outages WHERE id = ? AND deleted = 0");
    live.bind(1, outageId);
    const bool found = live.next() && live.int64(0) > 0;
    live.reset();
    if (!found)
        return scope.finish();
    const QString hlc = Storage::Database::clock().now();
    Statement &q = c.prepare("UPDATE work_center_outages SET deleted = 1, hlc = ? WHERE id = ?");
    q.bind(1, hlc).bind(2, outageId);
    if (!q.exec())
        return dbError(q, "work_center_outages");
    if (Core::Status s = ChangeLog::record(c, {QStringLiteral("work_center_outages"), outageId,
                                               ChangeLog::Op::Delete, {}, {}, hlc, {}});
        !s)
        return s;
    return scope.finish();
}

} // namespace Hearth::Production
